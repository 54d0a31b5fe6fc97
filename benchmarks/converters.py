"""Extraction quality on text that other HTML-to-text converters made of the same pages.

    python benchmarks/converters.py [FOLDER ...]

Each dev page carries its original .html beside the .txt (made by one converter:
innerText, html-text or lxml itertext). A scraper may flatten pages differently, so
this flattens every .html with other converters, runs ``extract()`` on the result and
scores it against the same gold (``boilerstrip.scoring`` = the corpus convention's
scorer; token figures do not depend on where the converter breaks lines, line figures
do). Prints one row per converter; a converter whose package is missing is skipped
(Resiliparse and trafilatura come with the ``bench`` extra, lxml with ``warc``;
inscriptis, html2text, markdownify and BeautifulSoup are installed by hand).

Two rows are the corpus' own converters, so that pages from elsewhere can be read the way
the corpus (and the pages the library is judged on) were made: html-text's
``extract_text`` (``pip install html-text``) and Chromium's ``document.body.innerText`` of
the page opened from disk with JavaScript off and no network (``pip install playwright``
and a Chromium: ``$BOILERSTRIP_CHROMIUM``, else /usr/bin/chromium). Both reproduce the
corpus' .txt of their pages byte for byte (16 and 18 dev pages).

FOLDER arguments replace the fixtures: folders of ``<id>.html`` + ``<id>.json`` (gold by
the convention), e.g. held-out pages kept outside the repository.
Figures are what this machine measured; nothing is stored.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import FIXTURES, fixture_pages, text_node_lines  # noqa: E402

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
        out["one line per text node (lxml; as BeautifulSoup's stripped_strings)"] = text_node_lines
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
        from bs4 import BeautifulSoup

        def soup(h: bytes) -> BeautifulSoup:
            page = BeautifulSoup(h.decode("utf-8", "replace"), "lxml")
            for el in page(["script", "style", "noscript", "template"]):
                el.decompose()
            return page

        out["BeautifulSoup get_text(\"\\n\") (one line per text node)"] = lambda h: soup(h).get_text("\n")
        out["BeautifulSoup stripped_strings, one a line"] = lambda h: "\n".join(soup(h).stripped_strings)
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
        out["html2text default (Markdown wrapped at 78 columns)"] = lambda h: html2text.html2text(h.decode("utf-8", "replace"))
    except ImportError:
        pass
    try:
        from markdownify import markdownify

        out["markdownify (Markdown, ATX headings)"] = lambda h: markdownify(h.decode("utf-8", "replace"), heading_style="ATX")
    except ImportError:
        pass
    try:
        import html_text

        out["html-text extract_text (a corpus converter)"] = lambda h: html_text.extract_text(h.decode("utf-8", "replace"))
    except ImportError:
        pass
    inner = _inner_text()
    if inner is not None:
        out["Chromium innerText, JS off (a corpus converter)"] = inner
    try:
        import trafilatura

        out["trafilatura.html2txt (one line)"] = lambda h: trafilatura.html2txt(h.decode("utf-8", "replace"))
    except ImportError:
        pass
    return out


def _inner_text() -> Callable[[bytes], str] | None:
    """``document.body.innerText`` in headless Chromium (JavaScript off, offline), or None
    when playwright or a Chromium is missing. One browser serves every page."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    chromium = os.environ.get("BOILERSTRIP_CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        return None
    state: dict[str, object] = {}

    def convert(html: bytes) -> str:
        if "page" not in state:
            pw = sync_playwright().start()
            browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            state["page"] = browser.new_context(java_script_enabled=False, offline=True).new_page()
        page = state["page"]
        tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"boilerstrip-innertext-{os.getpid()}.html"
        tmp.write_bytes(html)  # opened from disk, as a saved page is
        try:
            page.goto(tmp.as_uri(), wait_until="domcontentloaded", timeout=30_000)  # type: ignore[attr-defined]
            return str(page.evaluate("document.body ? document.body.innerText : ''"))  # type: ignore[attr-defined]
        finally:
            tmp.unlink()

    return convert


def _pages(folders: list[str]) -> list[tuple[Path, str, dict]]:
    """(html path, the .txt beside it or "", gold) of every page with its .html."""
    if not folders:
        return [(FIXTURES / folder / f"{page_id}.html", text, gold) for folder, page_id, text, gold in fixture_pages()
                if (FIXTURES / folder / f"{page_id}.html").exists()]
    out = []
    for folder in folders:
        for gold_path in sorted(Path(folder).glob("*.json")):
            html = gold_path.with_suffix(".html")
            txt = gold_path.with_suffix(".txt")
            if html.exists():
                out.append((html, txt.read_text(encoding="utf-8") if txt.exists() else "",
                            json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def main() -> None:
    pages = _pages(sys.argv[1:])
    runs: dict[str, Callable[[Path, str], str]] = {"the pages' own .txt": lambda html, text: text}
    for name, convert in converters().items():
        runs[name] = lambda html, text, convert=convert: convert(html.read_bytes())
    print(f"{len(pages)} pages with their .html; macro means over article pages, as score.py computes them")
    print(f"{'input':52s} " + " ".join(f"{k:>11s}" for k in KEYS))
    for name, make_text in runs.items():
        scores = []
        for html, text, gold in pages:
            prediction = Prediction.from_article(boilerstrip.extract(make_text(html, text)))
            scores.append(score_page(gold, prediction.text, prediction.meta))
        corpus = aggregate(scores)
        # (a figure with no page to measure it, e.g. listings in a folder of articles, is None)
        print(f"{name:52s} " + " ".join(f"{corpus[k]:11.3f}" if corpus[k] is not None else f"{'-':>11s}" for k in KEYS))


if __name__ == "__main__":
    main()
