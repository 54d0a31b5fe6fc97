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
from .base import BLOCK, END, LINE, Decision, line_key, phrase_table


@lru_cache(maxsize=1)
def _markers() -> dict[str, tuple[Label, str]]:
    table = {}
    for phrase, label, scope in phrase_table("markers.tsv"):
        table[line_key(match_form(phrase))] = (Label(label), END if scope == "end" else BLOCK)
    return table


@lru_cache(maxsize=1)
def _line_phrases() -> dict[str, Label]:
    return {line_key(match_form(phrase)): Label(label) for phrase, label in phrase_table("line_phrases.tsv")}


def opens_list(norm: str) -> bool:
    """Whether the line is a marker that opens a list of links (scope "block")."""
    found = _markers().get(line_key(norm)) if len(norm) <= 60 else None
    return found is not None and found[1] == BLOCK


def _decide(norm: str) -> Decision | None:
    if not norm or len(norm) > 60:
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
_DECISIONS = BoundedMemo(_decide, LINE_ENTRIES, 60)


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    out: dict[int, Decision] = {}
    decisions = _DECISIONS
    for b in blocks:
        if b.norm and len(b.norm) <= 60:
            decision = decisions[b.norm]
            if decision is not None:
                out[b.index] = decision
    return out
