"""Inline Markdown read as the plain text it marks up.

Many scrapers flatten pages to Markdown rather than plain text (html2text, markdownify,
crawl4ai and LLM-oriented readers): a link is ``[Tin liên quan](/tin-lien-quan)``, the
headline ``# Việt Nam mở lại …``, a photo ``![Máy bay tại Tân Sơn Nhất.](https://…)``, a
byline ``**Đoàn Loan**``. The detectors match phrases and shapes of plain text, so the
match form reads such a line as its plain text: link and image texts stay, addresses and
marks go. The lines the library outputs stay as printed (the convention: body paragraphs
are input lines); metadata (title, author, …) is reported as plain text.

Only lines that hold a Markdown construct are rewritten (``may_be_markdown``), and every
pattern is linear: brackets and parentheses are matched without nesting but one level of
parentheses inside an address (``(https://x.vn/a_(b))``) or a quoted link title.
"""
from __future__ import annotations

import re

__all__ = ["link_share", "may_be_markdown", "plain_text", "rewrite"]

# ``[text](address "title")``: the text stays; ``![alt](address)``: an image, whose alt
# text a reader does not see (converters print a story's photos with its headline as alt
# text, which would read as the headline repeated). An address holds no space but before
# its quoted title; one level of parentheses may occur in it.
_LINK = re.compile(r"(!?)\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\s*\)")
# ``[text][ref]`` reference links
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
# Emphasis that wraps words: **x**, __x__, *x*, _x_ (converters leave spaces inside:
# "**Con đường của Amazon  **"); not snake_case
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*([^*]+?)\*(?![\w*])|(?<![\w_])_([^_]+?)_(?![\w_])")
# What is left when nothing is: unpaired marks ("**", "_", "# ")
_MARKS = frozenset("*_# \t")
# A heading mark at the line's start: "## Tin liên quan". (Block quotes are left: plain
# text pages print ">> Xem thêm" links, which the headline rules read by that mark.)
# (converters nest them: "##### ## Tin", and print a heading inside a list item: "* # Tin")
_HEADING = re.compile(r"^\s*(?:[*+-]\s+)?#{1,6}(?:\s+#{1,6})*\s+")
# A heading's closing hashes: "## Tin liên quan ##"
_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
# Markdown escapes: "1\. Hà Nội", "\- mục", "\*"
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def may_be_markdown(line: str) -> bool:
    """Necessary for ``plain_text`` to change the line: a link or image ("]"), emphasis
    ("*" or "_"), an escape ("\\"), a heading mark first ("#", maybe after a bullet)."""
    return "]" in line or "*" in line or "_" in line or "\\" in line or ("#" in line and line.lstrip(" \t+-")[:1] == "#")


def plain_text(line: str) -> str:
    """The line without its inline Markdown: the text a reader sees."""
    return rewrite(line) if may_be_markdown(line) else line


def rewrite(line: str) -> str:
    """``plain_text`` of a line that ``may_be_markdown``."""
    text = line
    heading = _HEADING.match(text)
    if heading is not None:
        rest = _CLOSING_HASHES.sub("", text[heading.end():])
        if "#" not in rest:  # "# Bắc Ninh # Hà Nội" is a list of hashtags, not a heading
            text = rest
    # links twice: an image inside a link ("[![alt](img)](page)") leaves "[](page)"
    text = _LINK.sub(_link_text, _LINK.sub(_link_text, text))
    text = _REF_LINK.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", _EMPHASIS.sub(_emphasised, _STRONG.sub(_strong, text)))
    # a line of marks only ("**", "_ _") prints nothing: it reads as a blank line (as one
    # that only held an image or an icon link, "[ ](#)", does once they are gone)
    return "" if text.strip() and _MARKS.issuperset(text) else text


def link_share(line: str) -> float | None:
    """The share of the line's printed characters that are link text, or None for a line
    without a link. Why: it is the one markup hint Markdown keeps. A paragraph of an article
    links a few words at most ("các [dự án](…)"); a teaser of another story is its link's
    text (``[Giá vàng giảm sau khi …](…)``). The HTML path fills the same figure from the DOM.
    A heading has none: it is a headline, whose link is no hint (the headlines of a teaser
    stream link their stories, and so do an article's linked subheadings)."""
    if "](" not in line or _HEADING.match(line) is not None:
        return None
    linked = 0
    for match in _LINK.finditer(line):
        if not match.group(1):
            linked += len(plain_text(match.group(2)).strip())
    printed = len(plain_text(line).strip())
    return min(1.0, linked / printed) if printed else None


def _link_text(match: re.Match[str]) -> str:
    """A link's text; nothing for an image or an icon link ("[ ](#)", "[__](javascript:;)")."""
    text = match.group(2)
    return text if not match.group(1) and any(c.isalnum() for c in text) else ""


def _strong(match: re.Match[str]) -> str:
    inner = match.group(2)
    return inner.strip() if inner.strip() else match.group(0)


def _emphasised(match: re.Match[str]) -> str:
    inner = match.group(1) if match.group(1) is not None else match.group(2)
    return inner.strip() if inner.strip() else match.group(0)
