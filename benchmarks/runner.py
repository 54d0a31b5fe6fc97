"""Run one tool on the gold pages in one input mode, and score it with boilerstrip's
evaluation code (= the corpus convention).

Inputs are built before timing; each call is timed alone (extraction only), after a
warm-up on the first pages (then a tool's caches are emptied, if it has a ``reset``). A crash on a page counts as an empty prediction for that page
and is counted in ``errors``, so a crashing tool is never silently flattered.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boilerstrip.evaluation import GoldPage, Prediction, Report, load_folder, score_predictions
from markup import text_to_html
from peers import Output, Tool

WARMUP_PAGES = 3
MODES = ("text", "html")


@dataclass
class Row:
    """One line of the results table."""

    tool: Tool
    mode: str
    input_note: str
    version: str | None = None
    status: str = "ok"  # "ok", or why the tool gave no figures
    pages: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    corpus: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    input_bytes: int = 0

    @property
    def pages_per_s(self) -> float | None:
        return self.pages / self.seconds if self.seconds else None

    @property
    def mb_per_s(self) -> float | None:
        return self.input_bytes / self.seconds / 1e6 if self.seconds else None


def has_html(page: GoldPage) -> bool:
    return page.html_path.exists()


def tool_input(tool: Tool, page: GoldPage, mode: str) -> str:
    """What the tool is given: text-native tools always get the raw text; HTML tools get
    the page's own HTML in html mode, the text wrapped as minimal HTML in text mode."""
    text = page.text or ""
    if tool.text_native:
        return text
    if mode == "html":
        return page.html_path.read_text(encoding="utf-8", errors="replace")
    return text_to_html(text)


def input_note(tool: Tool, mode: str) -> str:
    if tool.text_native:
        return "raw .txt" if mode == "text" else "raw .txt (no HTML input yet)"
    return "text as <p> lines" if mode == "text" else "original .html"


def _prediction(output: Output, tool: Tool) -> Prediction:
    meta = {key: (output.meta.get(key) or None) for key in tool.meta_fields}
    return Prediction(text=output.text or "", meta=meta)


def run_tool(tool: Tool, mode: str, folders: Sequence[Path]) -> tuple[Row, Report | None]:
    """Figures of one tool in one mode; a tool that cannot load gets a row saying why."""
    row = Row(tool, mode, input_note(tool, mode), version=tool.version())
    try:
        extract = tool.load()
    except Exception as exc:  # not installed, or broken on import: report, don't drop
        row.status = f"not available: {type(exc).__name__}: {exc}"[:200]
        return row, None

    keep = has_html if mode == "html" else None
    pages = [p for folder in folders for p in load_folder(folder) if p.text is not None and (keep is None or keep(p))]
    inputs = {(p.folder, p.id): tool_input(tool, p, mode) for p in pages}

    for page in pages[:WARMUP_PAGES]:
        try:
            extract(inputs[(page.folder, page.id)])
        except Exception:
            pass  # counted in the timed pass
    if tool.reset is not None:
        tool.reset()

    def predict(page: GoldPage) -> Prediction:
        try:
            return _prediction(extract(inputs[(page.folder, page.id)]), tool)
        except Exception as exc:
            row.errors += 1
            if len(row.error_samples) < 3:
                row.error_samples.append(f"{page.id}: {type(exc).__name__}: {exc}"[:160])
            return Prediction()

    report = score_predictions(folders, predict, keep=lambda p: (p.folder, p.id) in inputs)
    row.pages = len(report.results)
    row.corpus = report.corpus
    row.seconds = sum(r.seconds for r in report.results)
    row.input_bytes = sum(len(text.encode("utf-8")) for text in inputs.values())
    return row, report
