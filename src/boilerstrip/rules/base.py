"""What a rule detector returns, and the shared way phrase tables are read.

A detector looks at the blocks of a page and returns ``{block index: Decision}`` for the
blocks it is sure about. It never sees the others' decisions; the pipeline composes them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Mapping, Sequence

import regex

from ..types import Block, Label

# Scopes of a decision: how it bears on selecting the article region.
LINE = "line"  # only this line is clutter
BLOCK = "block"  # this line opens a list of other articles/links
END = "end"  # the article is over once this appears after body text


@dataclass(frozen=True)
class Decision:
    label: Label
    reason: str  # "<detector>.<rule>: <why>"
    scope: str = LINE
    # A detector that knows the extent of another's decision (a marker heading a list
    # whose end is known) overrides the usual first-claim priority.
    overrides: bool = False


#: The labels of the lines of a list of links to other stories (a related box's items, a
#: list of headlines)
LINK_LIST_LABELS = frozenset((Label.RELATED, Label.HEADLINE_LIST))


def link_list_item(d: Decision | None) -> bool:
    """Whether a decision claims its line as one link of a list (scope line): a box's or a
    headline list's item, whose extent is known."""
    return d is not None and d.scope == LINE and d.label in LINK_LIST_LABELS


#: The bullets converters print before the items of a list ("• Q.Chung (Theo AFP)",
#: Resiliparse; "* …", Markdown): not part of the line's words. Not "- ": "- TTXVN" is a
#: credit's own dash.
LIST_BULLETS = frozenset(("* ", "+ ", "• "))
_BULLET_FIRST = frozenset(b[0] for b in LIST_BULLETS)  # (every bullet is a mark and a space)


def without_list_bullet(text: str) -> str:
    """``text`` without a list bullet before its words. (A first-character test: the
    cheapest measured, as credits runs it on every new line.)"""
    if text and text[0] in _BULLET_FIRST and text[1:2] == " ":
        return text[2:].lstrip()
    return text


# Counters, arrows and trailing punctuation that widgets print next to their phrase:
# "Ý kiến bạn đọc ( 33 )", "Xem thêm >>", "Từ khóa:", "0CHIA SẺ", "Tin liên quan…",
# "Copy link thành công!" (a toast)
_KEY_STRIP = regex.compile(r"^[\s\d>»›❯•·|*#(\[-]+|[\s:：>»›❯…|.!()\[\]\d-]+$")


#: Characters other than its two cases that match a letter under ``regex.IGNORECASE``
#: (tests/test_speed_invariants.py checks every letter that ``case_variants`` is used on).
_EXTRA_FOLDS = {"i": "İ", "k": "\u212a", "s": "\u017f"}


def case_variants(chars: str) -> frozenset[str]:
    """Every character that matches one of ``chars`` in a case-insensitive pattern.

    Why: a pattern anchored at the line start can only match a line whose first
    character is one of its alternatives' first characters; testing that set first
    skips the pattern call on most lines (patterns are listed next to their sets).
    """
    out = set(chars.lower() + chars.upper())
    for c in chars.lower():
        out.update(_EXTRA_FOLDS.get(c, ""))
    return frozenset(out)


def line_key(norm: str) -> str:
    """The form a whole-line phrase table is matched against."""
    if norm[:1].isalpha() and norm[-1:].isalpha():
        # Letters are never spaces, digits or the listed marks (tests/test_speed_invariants.py),
        # so neither end can be stripped: skip the scan (most lines start and end so).
        return norm.casefold()
    return _KEY_STRIP.sub("", norm).casefold()


@lru_cache(maxsize=None)
def phrase_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file under data/, '#' comments and blanks skipped."""
    text = resources.files("boilerstrip").joinpath("data").joinpath(name).read_text("utf-8")  # one name per call: Python 3.10
    rows = []
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in raw.split("\t")))
    return tuple(rows)


def decide_lines(blocks: Sequence[Block], decide: Mapping[str, Decision | None], max_chars: int | None = None) -> dict[int, Decision]:
    """``{index: decision}`` for detectors whose rules read one line alone: ``decide`` maps
    a line's ``norm`` to its decision (a memo of a pure function, see memo.py). Lines longer
    than ``max_chars`` are skipped without a lookup."""
    out: dict[int, Decision] = {}
    for b in blocks:
        text = b.norm
        if text and (max_chars is None or len(text) <= max_chars):
            decision = decide[text]
            if decision is not None:
                out[b.index] = decision
    return out
