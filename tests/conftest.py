"""Shared helpers for the detector, quality-gate and hostile-input tests."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so a CI result is reproducible;
# HYPOTHESIS_PROFILE=explore draws new ones (the way to hunt for fresh failures).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

from boilerstrip.normalize import split_lines
from boilerstrip.pipeline import text_blocks

FIXTURES = Path(__file__).parent / "fixtures"


def make_blocks(lines):
    """Blocks as the pipeline builds them from text lines, features filled."""
    return text_blocks(lines)


def fixture_pages():
    """(folder, id, raw text, gold dict) for every gold page, seeds then dev."""
    pages = []
    for folder in ("seeds", "dev"):
        for gold_path in sorted((FIXTURES / folder).glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
            pages.append((folder, gold_path.stem, text, gold))
    return pages


def fixture_lines(page_id):
    """The raw lines of one fixture page (to prove a quoted line is real)."""
    for folder in ("seeds", "dev"):
        path = FIXTURES / folder / f"{page_id}.txt"
        if path.exists():
            return split_lines(path.read_text(encoding="utf-8"))
    raise FileNotFoundError(page_id)


def line_starting(page_id, prefix):
    """The page's own (trimmed) line that starts so: body lines are long to quote in full."""
    return next(raw.strip() for raw in fixture_lines(page_id) if raw.strip().startswith(prefix))


def spaced_page(*groups):
    """Lines with a blank line after each group and none inside a group: a converter's
    page that spaces its paragraphs and prints lists and caption + credit line against line."""
    lines = []
    for group in groups:
        lines += list(group) + [""]
    return lines


def assert_real(page_id, line):
    """The quoted line occurs (trimmed) in the fixture page: tests use real lines only."""
    assert line in {raw.strip() for raw in fixture_lines(page_id)}, f"{line!r} is not a line of {page_id}"


@pytest.fixture(scope="session")
def pages():
    return fixture_pages()


def text_node_lines(html: bytes, collapse: bool = True) -> str:
    """The page as a scraper that prints one line per text node makes it (BeautifulSoup's
    ``"\\n".join(soup.stripped_strings)``): a paragraph is cut at each of its links and bold
    words. ``collapse`` squeezes each node's whitespace as a browser shows it; without it a
    node keeps the source's own line breaks and indentation, as ``stripped_strings`` does
    (a re-indented page is then hard-wrapped). Built with lxml (the ``warc`` extra); scripts
    and styles left out."""
    import lxml.html

    root = lxml.html.fromstring(html.decode("utf-8", "replace"))
    for el in list(root.iter("script", "style", "noscript", "template")):
        el.drop_tree()
    out = []
    for el in root.iter():
        for text in (el.text if isinstance(el.tag, str) else None, el.tail if el.getparent() is not None else None):
            if text and text.strip():
                out.append(" ".join(text.split()) if collapse else text.strip())
    return "\n".join(out)
