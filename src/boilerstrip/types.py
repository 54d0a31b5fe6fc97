"""Public data types: labels, lines, blocks and the extracted article.

A *block* is the unit every detector works on. Today blocks come from text lines;
the HTML path will build the same blocks from DOM nodes and fill the optional
markup hints (``link_density``, ``tag``), so detectors never care where a block
came from.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class Label(str, enum.Enum):
    """Closed set of line labels. ``BODY`` is the only label that is article text."""

    BODY = "body"
    TITLE = "title"
    CAPTION = "caption"
    BYLINE = "byline"
    CREDIT = "credit"
    TIMESTAMP = "timestamp"
    BREADCRUMB = "breadcrumb"
    RELATED = "related"
    HEADLINE_LIST = "headline_list"
    WIDGET = "widget"
    AD = "ad"
    FOOTER = "footer"
    TAGS = "tags"
    COMMENT = "comment"
    NAVIGATION = "navigation"
    DUPLICATE = "duplicate"
    TEASER = "teaser"
    BOILERPLATE = "boilerplate"
    BLANK = "blank"

    def __str__(self) -> str:  # "body", not "Label.BODY", in reports
        return self.value


PAGE_TYPES = ("article", "listing", "empty")


@dataclass(frozen=True)
class Line:
    """One input line with the decision taken on it and why."""

    number: int  # 1-based, as editors and ``text.splitlines()`` users count
    text: str  # the original line, NFC, not trimmed
    label: Label
    reason: str

    def __init__(self, number: int, text: str, label: Label, reason: str) -> None:
        # = the generated frozen __init__ (one object.__setattr__ per field), at 2/3 of
        # its cost: every input line of every page gets a Line.
        self.__dict__.update(number=number, text=text, label=label, reason=reason)

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "text": self.text, "label": self.label.value, "reason": self.reason}


@dataclass
class Block:
    """A unit of page text with the features detectors read.

    ``text`` is the trimmed original (NFC); ``norm`` is the matching form (NFC, new-style
    tone marks, collapsed whitespace, invisible characters removed). ``link_density`` and
    ``tag`` are markup hints: a Markdown line with a link fills ``link_density`` (the share
    of its printed text inside links), a DOM node would fill both; plain text leaves None.
    ``tight`` says the block sits against the previous one with no paragraph gap: a text
    line with no blank line above it (the HTML path: a sibling item of the same list).
    Converters put blank lines between paragraphs but not between the links of a list.
    """

    index: int
    text: str
    norm: str
    link_density: float | None = None
    tag: str | None = None
    tight: bool = False
    features: Any = None  # features.Features, filled by the pipeline


@dataclass(frozen=True)
class Article:
    """What ``extract()`` returns. ``paragraphs`` is the body; ``lines`` explains every line."""

    paragraphs: tuple[str, ...] = ()
    title: str | None = None
    published: datetime | None = None
    author: str | None = None
    source: str | None = None
    category: str | None = None
    page_type: str = "empty"
    lines: tuple[Line, ...] = field(default=(), repr=False)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    def to_dict(self, *, with_lines: bool = False) -> dict[str, Any]:
        """JSON-ready dict; ``published`` as ISO 8601. Lines only on request (they are bulky)."""
        out: dict[str, Any] = {
            "page_type": self.page_type,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "author": self.author,
            "source": self.source,
            "category": self.category,
            "paragraphs": list(self.paragraphs),
            "text": self.text,
        }
        if with_lines:
            out["lines"] = [line.to_dict() for line in self.lines]
        return out


class HTMLInputWarning(UserWarning):
    """Warned when ``extract()`` is given an HTML document instead of page text: it reads
    the markup as text (one ``Line`` per source line, so the contract holds), which gives a
    poor article. Convert the HTML first (``boilerstrip.batch.html.html_to_text``)."""


class MojibakeWarning(UserWarning):
    """Warned when ``extract()`` is given Vietnamese text that was decoded with the wrong
    codec ("Ä‘á»“ng" for "đồng": UTF-8 bytes read as cp1252 or Latin-1). Nothing in it
    reads as Vietnamese, so the page comes out empty; decode the bytes as UTF-8 (or pass
    the bytes to ``extract``)."""


class AccentLossWarning(UserWarning):
    """Warned when the article ``extract()`` found is Vietnamese that lost its accents in many
    words ("va" for "và", "cac" for "các"): html2text's default (``unicode_snob = False``)
    writes a letter a page gives as an HTML entity so, and text typed without accents reads
    the same. The detectors read such words as unknown ones; the words themselves cannot be
    repaired. Convert with ``unicode_snob = True`` (or decode the entities first)."""


class DecodeError(ValueError):
    """Raised when ``bytes`` input is not valid UTF-8; ``offset`` is the first bad byte."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(f"input is not valid UTF-8 at byte offset {offset}: {reason}")
        self.offset = offset
        self.reason = reason
