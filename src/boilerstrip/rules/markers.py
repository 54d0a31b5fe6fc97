"""Section markers ("Tin liên quan", "Bình luận", "Từ khóa", …) and one-line UI clutter.

A marker is a line that consists of nothing but a known phrase; phrases live in
``data/markers.tsv`` (with the scope of what they govern) and ``data/line_phrases.tsv``.
Matching is by exact lookup of the line key, so a body sentence that merely contains
"bình luận" is never hit.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

from ..memo import BoundedMemo, LINE_ENTRIES
from ..normalize import match_form
from ..types import Block, Label
from .base import BLOCK, END, LINE, Decision, case_variants, line_key, phrase_table


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
#: Most words of one phrase of a run of interface phrases ("Chia sẻ Lưu tin Bình luận Trở về")
_RUN_PHRASE_WORDS = 6
_RUN_SEPARATORS = "|-–•·/_*"  # between buttons, alone or glued to one ("__Trở về": an icon's marks)


@lru_cache(maxsize=1)
def _run_table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Keys of every whole-line phrase (markers and interface lines), with the words that
    can open and close one: a toolbar's buttons printed on one line are such phrases."""
    keys = frozenset(_markers()) | frozenset(_line_phrases())
    return keys, frozenset(k.split()[0] for k in keys if k), frozenset(k.split()[-1] for k in keys if k)


def _ui_run(key: str) -> int:
    """How many known phrases the line key is made of, back to back (0 unless 2 or more):
    converters print a toolbar's buttons on one line ("Chia sẻ Lưu tin Bình luận Trở về")."""
    keys, firsts, lasts = _run_table()
    first, space, _ = key.partition(" ")  # (a key is single-spaced) most lines fail here
    if not space or first not in firsts or key[key.rfind(" ") + 1:] not in lasts:
        return 0
    words = [w for w in (w.strip(_RUN_SEPARATORS) for w in key.split(" ")) if w]
    n = len(words)
    uncovered = n + 1  # more phrases than words: no cover yet
    fewest = [0] + [uncovered] * n  # fewest phrases covering words[:i]
    for i in range(n):
        if fewest[i] == uncovered:
            continue
        for j in range(i + 1, min(n, i + _RUN_PHRASE_WORDS) + 1):
            if fewest[i] + 1 < fewest[j] and " ".join(words[i:j]) in keys:
                fewest[j] = fewest[i] + 1
    return fewest[n] if 2 <= fewest[n] < uncovered else 0
_BULLETS = ">»-–•* "


@lru_cache(maxsize=1)
def _inline_openers() -> tuple[str, ...]:
    """The markers that open a related box ("Xem thêm", "Tin liên quan"; label related,
    scope block), casefolded: followed by ':' and a headline on the same line, they are an
    inline link to another article."""
    return tuple(sorted(key for key, (label, scope) in _markers().items() if label is Label.RELATED and scope == BLOCK))


#: "Xem thêm: <headline>" / ">> Đọc thêm: <headline>" / "Tin liên quan: <headline>"
INLINE_RELATED = regex.compile(r"^[>»\-–•*\s]*(?P<marker>[^:>»]{2,25}?)\s*(?::|>>|»)\s*\S.{8,}$")
INLINE_RELATED_MAX_CHARS = 250
_INLINE_RELATED = Decision(Label.RELATED, "markers.inline_related: 'Xem thêm: …' links another article", LINE)


@lru_cache(maxsize=1)
def _inline_first() -> frozenset[str]:
    """Characters an inline link's line can start with: a bullet, or any case of an
    opener's first letter (no other character casefolds to the start of an opener:
    tests/test_speed_invariants.py)."""
    return frozenset(_BULLETS) | case_variants("".join(o[0] for o in _inline_openers()))


def _inline_related(norm: str) -> Decision | None:
    """Whether the line is a related marker followed by the headline it links."""
    if norm[0] not in _inline_first():
        return None
    head = norm.lstrip(_BULLETS)[:30]  # the regex's marker starts after the bullets
    # and ends, at most 26 characters on in a match form (single spaces), at ':', '>>' or '»'
    if ":" not in head and ">" not in head and "»" not in head:
        return None
    if not head.casefold().startswith(_inline_openers()):
        return None
    m = INLINE_RELATED.match(norm)
    if m is None or line_key(m["marker"]) not in _inline_openers():
        return None
    return _INLINE_RELATED


#: "* Mời bạn đọc vào chuyên mục Y tế xem các tin, bài liên quan.": the paper's invitation to
#: its own related coverage, printed where the article ends and the links begin.
RELATED_INVITATION = regex.compile(
    r"^[>»\-–•*\s]*Mời (?:quý |các )?(?:bạn đọc|bạn|độc giả|vị)\b[^.!?]{0,80}?\b(?:xem|đọc|theo dõi)\b"
    r"[^.!?]{0,60}?\b(?:liên quan|cùng (?:chủ đề|chuyên mục))\b",
    regex.IGNORECASE,
)
RELATED_INVITATION_MAX_CHARS = 200
_RELATED_INVITATION = Decision(
    Label.RELATED, "markers.related_invitation: an invitation to related coverage ends the article", END
)
#: Characters an invitation's line can start with: a bullet or any case of "m"
_INVITATION_FIRST = frozenset(_BULLETS) | case_variants("m")


def _related_invitation(norm: str) -> Decision | None:
    """Whether the line invites the reader to the paper's related coverage."""
    if norm[0] not in _INVITATION_FIRST or not norm.lstrip(_BULLETS)[:4].casefold().startswith("mời "):
        return None
    return _RELATED_INVITATION if RELATED_INVITATION.match(norm) else None


#: A lower-case letter against an upper-case one: words a converter glued ("Chia sẻLưu tin")
_GLUED_WORDS = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def glued_interface_run(text: str) -> bool:
    """Whether ``text`` is a run of interface phrases once the words a converter glued
    together are parted ("Chia sẻLưu tin Bình luậnTrở về", html2text's toolbar). Only for
    the few lines that might be headlines: it costs a scan."""
    if len(text) > MAX_CHARS or _GLUED_WORDS.search(text) is None:  # a run is a short line
        return False
    return _ui_run(line_key(match_form(_GLUED_WORDS.sub(" ", text)))) > 0


def _decide(norm: str) -> Decision | None:
    """The decision for a line of at most MAX_CHARS characters (``detect`` reads longer ones
    for inline links only)."""
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
    run = _ui_run(key)
    if run:
        return Decision(Label.WIDGET, f"markers.ui_run: '{norm}' is {run} interface phrases run together", LINE)
    return _inline_related(norm) or _related_invitation(norm)


# A pure function of the line (the phrase tables are fixed); sites repeat their markers.
_DECISIONS = BoundedMemo(_decide, LINE_ENTRIES, MAX_CHARS)


def line_decision(norm: str) -> Decision | None:
    """The decision on a line of at most ``MAX_CHARS`` read alone (a marker or interface text)."""
    return _DECISIONS[norm] if len(norm) <= MAX_CHARS else None


def list_marker(norm: str) -> Decision | None:
    """The line's decision when it is a marker that opens a list of links (scope "block")."""
    found = line_decision(norm)
    return found if found is not None and found.scope == BLOCK else None


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    out: dict[int, Decision] = {}
    decisions, first, invitation = _DECISIONS, _inline_first(), _INVITATION_FIRST
    for b in blocks:
        text = b.norm
        n = len(text)
        if not n:
            continue
        if n <= MAX_CHARS:
            decision = decisions[text]
        elif n <= INLINE_RELATED_MAX_CHARS and text[0] in first:  # most long lines: two tests
            decision = _inline_related(text)
            if decision is None and n <= RELATED_INVITATION_MAX_CHARS:
                decision = _related_invitation(text)
        elif n <= RELATED_INVITATION_MAX_CHARS and text[0] in invitation:
            decision = _related_invitation(text)
        else:
            continue
        if decision is not None:
            out[b.index] = decision
    return out
