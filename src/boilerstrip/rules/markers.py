"""Section markers ("Tin liên quan", "Bình luận", "Từ khóa", …) and one-line UI clutter.

A marker is a line that consists of nothing but a known phrase; phrases live in
``data/markers.tsv`` (with the scope of what they govern) and ``data/line_phrases.tsv``.
Matching is by exact lookup of the line key, so a body sentence that merely contains
"bình luận" is never hit.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..memo import BoundedMemo, LINE_ENTRIES
from ..normalize import match_form
from ..types import Block, Label
from .base import BLOCK, END, LINE, Decision, decide_lines, line_key, phrase_table


@lru_cache(maxsize=1)
def _markers() -> dict[str, tuple[Label, str]]:
    table = {}
    for phrase, label, scope in phrase_table("markers.tsv"):
        table[line_key(match_form(phrase))] = (Label(label), END if scope == "end" else BLOCK)
    return table


@lru_cache(maxsize=1)
def _line_phrases() -> dict[str, Label]:
    return {line_key(match_form(phrase)): Label(label) for phrase, label in phrase_table("line_phrases.tsv")}


MAX_CHARS = 60  # a marker or interface phrase is a short line


def _decide(norm: str) -> Decision | None:
    if not norm or len(norm) > MAX_CHARS:
        return None
    key = line_key(norm)
    markers, phrases = _markers(), _line_phrases()
    if key in markers:
        label, scope = markers[key]
        what = "ends the article" if scope == END else "opens a list of links"
        return Decision(label, f"markers.section: '{norm}' {what}", scope)
    if key in phrases:
        return Decision(phrases[key], f"markers.ui_phrase: '{norm}' is interface text", LINE)
    if not key and not any(c.isalpha() for c in norm) and len(norm) <= 3:
        return Decision(Label.BOILERPLATE, "markers.punctuation: a line of symbols only", LINE)
    return None


# A pure function of the line (the phrase tables are fixed); sites repeat their markers.
_DECISIONS = BoundedMemo(_decide, LINE_ENTRIES, MAX_CHARS)


def opens_list(norm: str) -> bool:
    """Whether the line is a marker that opens a list of links (scope "block")."""
    found = _DECISIONS[norm] if len(norm) <= MAX_CHARS else None
    return found is not None and found.scope == BLOCK


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    return decide_lines(blocks, _DECISIONS, max_chars=MAX_CHARS)
