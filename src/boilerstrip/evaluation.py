"""Score ``extract()`` on gold folders (CONVENTION.md format) and explain its mistakes.

    python -m boilerstrip.evaluation GOLD_DIR [GOLD_DIR ...] [--json] [--show-errors N]

Each folder holds ``<id>.txt`` (raw page text) and ``<id>.json`` (gold). Figures follow
:mod:`boilerstrip.scoring` and therefore equal those of ``shared/tools/score.py``.
``--show-errors N`` lists, for the N worst pages, the lines wrongly kept and wrongly
dropped with the label and reason ``extract()`` recorded for each: the view used to
improve rules. ``cli.py`` wires ``boilerstrip eval`` to :func:`add_arguments` and
:func:`run_cli`; :func:`evaluate` is the Python entry point; :func:`score_predictions`
lets other predictors (the peer benchmark) be scored the same way.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from .types import Article, Label, Line
from .scoring import Scores, aggregate, norm, score_page, scored_lines


@dataclass(frozen=True)
class GoldPage:
    """One gold page: its id, raw text (None when the .txt is absent) and gold dict."""

    id: str
    folder: Path
    gold: dict[str, Any]
    text: str | None

    @property
    def html_path(self) -> Path:
        """Where the original HTML would sit (dev pages have one)."""
        return self.folder / f"{self.id}.html"


@dataclass(frozen=True)
class Prediction:
    """What a predictor said about a page: body text, metadata, and per-line decisions."""

    text: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    lines: tuple[Line, ...] = ()

    @classmethod
    def from_article(cls, article: Article) -> Prediction:
        meta = {"title": article.title, "published": _iso(article.published), "author": article.author}
        return cls(text="\n".join(article.paragraphs), meta=meta, lines=article.lines)


@dataclass(frozen=True)
class PageResult:
    page: GoldPage
    prediction: Prediction
    scores: Scores
    seconds: float


@dataclass(frozen=True)
class FolderReport:
    folder: Path
    results: tuple[PageResult, ...]

    @property
    def corpus(self) -> Scores:
        return aggregate(r.scores for r in self.results)


@dataclass(frozen=True)
class Report:
    folders: tuple[FolderReport, ...]

    @property
    def results(self) -> tuple[PageResult, ...]:
        return tuple(r for f in self.folders for r in f.results)

    @property
    def corpus(self) -> Scores:
        """Figures over all folders' pages together (macro means, as per folder)."""
        return aggregate(r.scores for r in self.results)

    @property
    def speed(self) -> dict[str, float | int | None]:
        """Extraction time only (reading and scoring excluded)."""
        texts = [r.page.text for r in self.results if r.page.text is not None]
        seconds = sum(r.seconds for r in self.results)  # a page without text took 0 s
        size = sum(len(text.encode("utf-8")) for text in texts)
        return {
            "pages": len(texts),
            "seconds": seconds,
            "bytes": size,
            "pages_per_s": len(texts) / seconds if seconds else None,
            "mb_per_s": size / seconds / 1e6 if seconds else None,
        }


@dataclass(frozen=True)
class LineError:
    """A line scored wrong, with what ``extract()`` recorded for it (None if not found)."""

    text: str
    line: Line | None

    def to_dict(self) -> dict[str, Any]:
        if self.line is None:
            return {"number": None, "text": self.text, "label": None, "reason": "not found in Article.lines"}
        return self.line.to_dict()


@dataclass(frozen=True)
class PageErrors:
    id: str
    folder: Path
    scores: Scores
    kept: tuple[LineError, ...]  # predicted, not in the gold body
    dropped: tuple[LineError, ...]  # in the gold body, not predicted


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (datetime, date)) else value


# ---------------------------------------------------------------- loading and scoring


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def load_folder(folder: str | Path) -> list[GoldPage]:
    """Gold pages of a folder, in file-name order, skipping JSON that is not gold (as
    score.py's ``load_gold`` does). The raw text is ``<file stem>.txt``."""
    folder = Path(folder)
    pages = []
    for path in sorted(folder.glob("*.json"), key=lambda p: p.name):
        gold = json.loads(_read(path))
        if not isinstance(gold, dict) or "body" not in gold:
            continue
        gold["id"] = gold.get("id") or path.stem
        txt = path.with_suffix(".txt")
        pages.append(GoldPage(gold["id"], folder, gold, _read(txt) if txt.exists() else None))
    return pages


Predictor = Callable[[GoldPage], Prediction]


def score_predictions(
    folders: Iterable[str | Path], predict: Predictor, keep: Callable[[GoldPage], bool] | None = None
) -> Report:
    """Run ``predict`` on every gold page (or those ``keep`` accepts), timing the call
    only, and score it.

    A page without raw text is an empty prediction counted as ``missing``, as score.py
    counts a missing prediction file."""
    reports = []
    for folder in folders:
        results = []
        for page in filter(keep, load_folder(folder)):
            if page.text is None:
                prediction, seconds = Prediction(), 0.0
            else:
                start = time.perf_counter()
                prediction = predict(page)
                seconds = time.perf_counter() - start
            scores = score_page(page.gold, prediction.text, prediction.meta)
            scores["missing"] = int(page.text is None)
            results.append(PageResult(page, prediction, scores, seconds))
        reports.append(FolderReport(Path(folder), tuple(results)))
    return Report(tuple(reports))


def evaluate(folders: Iterable[str | Path], **options: Any) -> Report:
    """Score ``boilerstrip.extract(text, **options)`` on the gold folders."""
    from . import extract  # late: the package __init__ imports nothing from here

    return score_predictions(folders, lambda page: Prediction.from_article(extract(page.text or "", **options)))


# ---------------------------------------------------------------- error view


def _page_badness(scores: Scores) -> float:
    """Lower is worse: token F1 for articles, 0/1 for listing pages."""
    return float(scores["listing_ok"] if scores["page_type"] == "listing" else scores["tok_f1"])


def _locate(texts: list[str], records: dict[str, list[Line]], want_body: bool) -> tuple[LineError, ...]:
    """Attach to each scored line an ``Article.lines`` record with the same normalised text,
    preferring a record whose label agrees with the error (BODY for a wrongly kept line,
    not BODY for a wrongly dropped one), and using each record once."""
    out = []
    for text in texts:
        candidates = records.get(text, [])
        chosen = next((ln for ln in candidates if (ln.label == Label.BODY) == want_body), None)
        chosen = chosen or (candidates[0] if candidates else None)
        if chosen is not None:
            candidates.remove(chosen)
        out.append(LineError(text, chosen))
    return tuple(out)


def _excess(lines: list[str], other: Counter[str]) -> list[str]:
    """Lines of ``lines`` (in order) beyond their count in ``other``."""
    budget = Counter(lines) - other
    out = []
    for line in lines:
        if budget[line] > 0:
            budget[line] -= 1
            out.append(line)
    return out


def page_errors(result: PageResult) -> PageErrors:
    """Wrongly kept and wrongly dropped lines of one page (line-level, as scored)."""
    pred = scored_lines(result.prediction.text)
    gold = scored_lines("\n".join(result.page.gold.get("body") or []))
    records: dict[str, list[Line]] = {}
    for line in result.prediction.lines:
        records.setdefault(norm(line.text).strip(), []).append(line)
    kept = _locate(_excess(pred, Counter(gold)), records, want_body=True)
    dropped = _locate(_excess(gold, Counter(pred)), records, want_body=False)
    return PageErrors(result.page.id, result.page.folder, result.scores, kept, dropped)


def worst_pages(report: Report, n: int) -> list[PageErrors]:
    """The ``n`` lowest-scoring pages that have at least one line error."""
    ranked = sorted(report.results, key=lambda r: (_page_badness(r.scores), r.page.id))
    errors = (page_errors(r) for r in ranked)
    return [e for e in errors if e.kept or e.dropped][:n] if n > 0 else []


# ---------------------------------------------------------------- output


def _f(x: float | None, width: int = 6) -> str:
    return ("-" if x is None else f"{x:.3f}").rjust(width)


def _yn(scores: Scores, key: str) -> str:
    value = scores.get(key)
    return "-" if value is None else {1: "y", 0: "n"}.get(value, "-")


def _corpus_lines(c: Scores) -> list[str]:
    return [
        f"{c['n_pages']} pages ({c['n_article']} article, {c['n_listing']} listing), {c['missing']} missing",
        f"  token  P {_f(c['tok_p'])}  R {_f(c['tok_r'])}  F1 {_f(c['tok_f1'])}   (macro over article pages)",
        f"  line   P {_f(c['line_p'])}  R {_f(c['line_r'])}  F1 {_f(c['line_f1'])}",
        f"  listing accuracy {_f(c['listing_acc'])}   article pages predicted empty {_f(c['art_empty'])}",
        f"  title {_f(c['title_acc'])} (n={c['n_title']})  date {_f(c['date_acc'])} (n={c['n_published']})"
        f"  author {_f(c['author_acc'])} (n={c['n_author']})",
    ]


def render_table(report: Report) -> str:
    """Per-page table for each folder, then per-folder and overall corpus figures."""
    out: list[str] = []
    width = max([len(r.page.id) for r in report.results] + [4])
    for folder in report.folders:
        out.append(f"== {folder.folder}")
        out.append(f"{'id'.ljust(width)} type     tokP   tokR  tokF1  lineP  lineR lineF1 T D A")
        for r in folder.results:
            s, name = r.scores, r.page.id.ljust(width)
            if s["page_type"] == "listing":
                out.append(f"{name} listing  {'ok (empty)' if s['listing_ok'] else 'FAIL (non-empty prediction)'}")
                continue
            figures = "".join(_f(s[k], 7) for k in ("tok_p", "tok_r", "tok_f1", "line_p", "line_r", "line_f1"))
            flags = f" {_yn(s, 'title')} {_yn(s, 'published')} {_yn(s, 'author')}"
            out.append(f"{name} article{figures}{flags}" + ("  (missing)" if s.get("missing") else ""))
        out.append("corpus: " + "\n".join(_corpus_lines(folder.corpus)))
        out.append("")
    if len(report.folders) > 1:
        out.append("all folders: " + "\n".join(_corpus_lines(report.corpus)))
    speed = report.speed
    if speed["mb_per_s"] is not None:
        out.append(
            f"speed: {speed['pages_per_s']:.1f} pages/s, {speed['mb_per_s']:.2f} MB/s "
            "(extract() time only, one process)"
        )
    return "\n".join(out) + "\n"


def _describe(err: LineError) -> str:
    if err.line is None:
        return f"  ?     [-] (not found in Article.lines) {err.text}"
    return f"  {err.line.number:>5} [{err.line.label}] ({err.line.reason}) {err.line.text.strip()}"


def render_errors(errors: Sequence[PageErrors]) -> str:
    out = []
    for e in errors:
        figure = (
            f"listing_ok={e.scores['listing_ok']}"
            if e.scores["page_type"] == "listing"
            else f"tok_f1={e.scores['tok_f1']:.3f} line_f1={e.scores['line_f1']:.3f}"
        )
        out.append(f"## {e.id} ({e.folder})  {figure}")
        out.append(f" wrongly kept ({len(e.kept)}): line [label] (reason) text")
        out.extend(_describe(x) for x in e.kept)
        out.append(f" wrongly dropped ({len(e.dropped)}): line [label] (reason) text")
        out.extend(_describe(x) for x in e.dropped)
        out.append("")
    return "\n".join(out)


def report_to_json(report: Report, show_errors: int = 0) -> dict[str, Any]:
    """Machine-readable report: per folder its pages (score.py's page dicts) and corpus,
    the overall corpus and speed, and the error view when asked for."""
    out: dict[str, Any] = {
        "folders": [
            {"folder": str(f.folder), "pages": [r.scores for r in f.results], "corpus": f.corpus}
            for f in report.folders
        ],
        "corpus": report.corpus,
        "speed": report.speed,
    }
    if show_errors:
        out["errors"] = [
            {
                "id": e.id,
                "folder": str(e.folder),
                "scores": e.scores,
                "kept": [x.to_dict() for x in e.kept],
                "dropped": [x.to_dict() for x in e.dropped],
            }
            for e in worst_pages(report, show_errors)
        ]
    return out


# ---------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``boilerstrip eval`` (cli.py adds them to its sub-parser)."""
    parser.add_argument("gold_dirs", nargs="+", metavar="GOLD_DIR", help="folders of <id>.txt + <id>.json gold")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--show-errors",
        type=int,
        default=0,
        metavar="N",
        help="for the N worst pages, list the lines wrongly kept / dropped with their label and reason",
    )


def run_cli(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run the evaluation described by parsed ``args``; returns the exit code."""
    out = out or sys.stdout
    missing = [d for d in args.gold_dirs if not Path(d).is_dir()]
    if missing:
        print(f"boilerstrip eval: not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    report = evaluate(args.gold_dirs)
    if args.json:
        json.dump(report_to_json(report, args.show_errors), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    out.write(render_table(report))
    if args.show_errors:
        out.write("\n" + render_errors(worst_pages(report, args.show_errors)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m boilerstrip.evaluation", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run_cli(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
