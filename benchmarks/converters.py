"""Extraction quality on text that other HTML-to-text converters made of the same pages.

    python benchmarks/converters.py

Each dev page carries its original .html beside the .txt (made by one converter:
innerText, html-text or lxml itertext). A scraper may flatten pages differently, so
this flattens every .html with other converters, runs ``extract()`` on the result and
scores it against the same gold (``boilerstrip.scoring`` = the corpus convention's
scorer; token figures do not depend on where the converter breaks lines, line figures
do). Prints one row per converter; a converter whose package is missing is skipped
(Resiliparse and trafilatura come with the ``bench`` extra, lxml with ``warc``;
inscriptis, html2text and markdownify are installed by hand).
Figures are what this machine measured; nothing is stored.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import FIXTURES, fixture_pages  # noqa: E402

import boilerstrip  # noqa: E402
from boilerstrip.evaluation import Prediction  # noqa: E402
from boilerstrip.scoring import aggregate, score_page  # noqa: E402

KEYS = ("tok_f1", "tok_p", "tok_r", "line_f1", "listing_acc", "title_acc", "date_acc", "author_acc")


def converters() -> dict[str, Callable[[bytes], str]]:
    """Name -> html bytes to page text, for the converters that are installed."""
    out: dict[str, Callable[[bytes], str]] = {}
    try:
        from boilerstrip.batch.html import html_to_text
        import lxml  # noqa: F401
        out["boilerstrip batch (lxml, a line per block)"] = html_to_text
    except ImportError:
        pass
    try:
        from resiliparse.extract.html2text import extract_plain_text

        out["Resiliparse, whole page, preserve_formatting"] = lambda h: extract_plain_text(
            h.decode("utf-8", "replace"), main_content=False, preserve_formatting=True, alt_texts=False)
        out["Resiliparse, whole page, no formatting (one line)"] = lambda h: extract_plain_text(
            h.decode("utf-8", "replace"), main_content=False, preserve_formatting=False)
    except ImportError:
        pass
    try:
        import inscriptis

        out["inscriptis (layout-preserving text)"] = lambda h: inscriptis.get_text(h.decode("utf-8", "replace"))
    except ImportError:
        pass
    try:
        import html2text

        def markdown(h: bytes) -> str:
            converter = html2text.HTML2Text()
            converter.body_width = 0  # no re-wrapping: one line per block
            return converter.handle(h.decode("utf-8", "replace"))

        out["html2text (Markdown, no wrapping)"] = markdown
    except ImportError:
        pass
    try:
        from markdownify import markdownify

        out["markdownify (Markdown, ATX headings)"] = lambda h: markdownify(h.decode("utf-8", "replace"), heading_style="ATX")
    except ImportError:
        pass
    try:
        import trafilatura

        out["trafilatura.html2txt (one line)"] = lambda h: trafilatura.html2txt(h.decode("utf-8", "replace"))
    except ImportError:
        pass
    return out


def main() -> None:
    pages = [(folder, page_id, text, gold) for folder, page_id, text, gold in fixture_pages()
             if (FIXTURES / folder / f"{page_id}.html").exists()]
    runs: dict[str, Callable[[str, str, str], str]] = {"the corpus' own .txt": lambda folder, page_id, text: text}
    for name, convert in converters().items():
        runs[name] = lambda folder, page_id, text, convert=convert: convert((FIXTURES / folder / f"{page_id}.html").read_bytes())
    print(f"{len(pages)} pages with their .html; macro means over article pages, as score.py computes them")
    print(f"{'input':52s} " + " ".join(f"{k:>11s}" for k in KEYS))
    for name, make_text in runs.items():
        scores = []
        for folder, page_id, text, gold in pages:
            prediction = Prediction.from_article(boilerstrip.extract(make_text(folder, page_id, text)))
            scores.append(score_page(gold, prediction.text, prediction.meta))
        corpus = aggregate(scores)
        print(f"{name:52s} " + " ".join(f"{corpus[k]:11.3f}" for k in KEYS))


if __name__ == "__main__":
    main()
