"""Headline lists and inline related boxes.

Lists of other articles have a recognisable print: items start with "- " or ">>" or end
with " -", carry a relative time "(48 phút trước)" or a teaser date "(27/12)", are tagged
"[Video]" / "(INFOGRAPHICS)", or are URL slugs without accents. A ticker prints
"headline - 00:01 | 26/12/2012" items run together into one long line. Inline related boxes print
the headline twice in one line (link text + title attribute) followed by a teaser.
"""
from __future__ import annotations

from typing import Sequence

import regex

from ..features import ends_sentence, several_sentences
from ..memo import BoundedMemo, LINE_ENTRIES, LINE_KEY
from ..types import Block, Label
from . import dates
from .base import LINE, Decision, without_list_bullet

LIST_ITEM = regex.compile(r"^(?:[-–•·*]|>>?|»)\s*\S.{10,}|^.{10,}\S\s+[-–]$")
MEDIA_TAG = regex.compile(
    r"^[\[(](?:video|clip|ảnh|photo|infographics?|longform|e-?magazine|podcast|trực tiếp|live|quiz|interactive|mega ?story|đồ họa|đồ hoạ)[\])]\s*:?\s*\S",
    regex.I,
)
# "… - 00:01 | 26/12/2012Chụp ảnh đẹp …": headline + clock time + date, several in one line
TIMED_DATE = regex.compile(r"\b\d{1,2}[:h]\d{2}\s*[|,-]?\s*\d{1,2}/\d{1,2}/\d{2,4}")
TICKER_MIN_ITEMS = 3
# "Chốt lịch nghỉ lễ Tết 2013 của công chức, viên chức  10 7 1": counters after a headline
TRAILING_COUNTERS = regex.compile(r"\S\s{2,}\d+(?:\s+\d+){1,4}$")


# "Giá vàng hôm nay tăng mạnh 04/01/2021 08:57 Giá vàng trong nước sáng nay …": a listing's
# teaser card (headline, time, teaser) printed as one line. The headline ends no sentence
# ("TP.HCM" is no full stop); the stamp is a dateline's numeric date with its clock time,
# which prose does not write ("lúc 8h57 ngày 4/1").
TEASER_CARD = regex.compile(
    r"^(?P<head>(?:[^.!?]|\.(?=\S)){15,200}?)\s+(?:\d{1,2}/\d{1,2}/\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*[-|,]?\s*\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*\(?GMT\s*\+\s*7\)?)?\s+[\p{Lu}(\"“]\S*(?:\s+\S+){7}"
)
TEASER_CARD_HEAD_WORDS = 4


def teaser_card(text: str) -> bool:
    """Whether the line (a match form: single spaces) is a teaser card: a headline of 4+
    words, its dateline (date and clock time) and a teaser of 8+ words, run into one line."""
    if "/" not in text or ":" not in text[:260]:  # necessary: the stamp's ':' is within 220 characters
        return False
    m = TEASER_CARD.match(text)
    return m is not None and len(m["head"].split()) >= TEASER_CARD_HEAD_WORDS


def doubled(text: str) -> bool:
    """'X X' with X a headline of 15+ characters: link text and title attribute side by side."""
    n = len(text)
    if n < 31 or n % 2 == 0:
        return False
    half = n // 2
    return text[half] == " " and text[:half] == text[half + 1 :]


_LIST_ITEM_FIRST = frozenset("-–•·*>»")
_LIST_ITEM_LAST = ("-", "–", "-\n", "–\n")  # "$" also matches before a final newline


def _may_be_list_item(text: str) -> bool:
    """Necessary for LIST_ITEM: a bullet first, or a dash last (its two alternatives)."""
    return text[0] in _LIST_ITEM_FIRST or text.endswith(_LIST_ITEM_LAST)


def _may_end_in_digit(text: str) -> bool:
    """Necessary for TRAILING_COUNTERS (ends in a digit): an ASCII last character that is
    neither a digit nor a newline rules it out; anything else goes to the pattern."""
    last = text[-1]
    return not last.isascii() or last.isdigit() or last == "\n"


# The date tests read the line alone (the reference year only picks 19yy or 20yy for a
# two-digit year, never whether there is a date); lists of other articles repeat their
# dated items across the pages of a site.
_TRAILING_TIME = BoundedMemo(dates.trailing_relative_time, LINE_ENTRIES, LINE_KEY)
_GLUED_TIMESTAMP = BoundedMemo(dates.split_glued_timestamp, LINE_ENTRIES, LINE_KEY)


_TICKER = Decision(Label.HEADLINE_LIST, "headlines.ticker: several headlines with their times run into one line", LINE)
_DOUBLED = Decision(Label.RELATED, "headlines.doubled: a headline printed twice (inline related box)", LINE)
LIST_ITEM_DECISION = Decision(Label.HEADLINE_LIST, "headlines.list_item: starts with '- '/'>>' or ends with ' -'", LINE)
_MEDIA_TAG = Decision(Label.HEADLINE_LIST, "headlines.media_tag: '[Video]'/'(INFOGRAPHICS)' item", LINE)
_SLUG = Decision(Label.HEADLINE_LIST, "headlines.slug: an unaccented URL slug", LINE)
_DATED_ITEM = Decision(Label.HEADLINE_LIST, "headlines.dated_item: ends with a relative time or teaser date", LINE)
_COUNTERS = Decision(Label.HEADLINE_LIST, "headlines.counters: a headline followed by view/like counters", LINE)
_GLUED = Decision(Label.HEADLINE_LIST, "headlines.glued_timestamp: a headline with its timestamp", LINE)
_TEASER = Decision(Label.TEASER, "headlines.inline_box_teaser: teaser under a doubled headline", LINE)


def _shape(text: str) -> tuple[Decision | None, bool]:
    """The tests of ``detect`` that read the (non-empty) line alone: the decision of the
    first shape rule that holds (ticker, doubled, list item, media tag), else whether the
    counters rule holds. The rules between them read the features and stay in the loop."""
    if text.count("/") >= 2 * TICKER_MIN_ITEMS and len(TIMED_DATE.findall(text)) >= TICKER_MIN_ITEMS:
        return _TICKER, False
    if doubled(text):
        return _DOUBLED, False
    if (_may_be_list_item(text) and LIST_ITEM.match(text) and not ends_sentence(text.rstrip(" -–"))
            and not several_sentences(text)):  # (a bulleted paragraph)
        return LIST_ITEM_DECISION, False
    if text[0] in "[(" and MEDIA_TAG.match(text) and len(text) < 200:
        return _MEDIA_TAG, False
    return None, bool(len(text) < 200 and _may_end_in_digit(text) and TRAILING_COUNTERS.search(text))


# A pure function of the line: lists of other articles repeat across the pages of a site.
_SHAPES = BoundedMemo(_shape, LINE_ENTRIES, LINE_KEY)


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    out: dict[int, Decision] = {}
    after_doubled = False
    shapes = _SHAPES
    for b in blocks:
        text = b.norm
        if not text:
            continue
        if after_doubled and b.index not in out:
            after_doubled = False
            if len(text) <= 600:
                out[b.index] = _TEASER
                continue
        shape, counters = shapes[text]
        if shape is not None:
            out[b.index] = shape
            if shape is _DOUBLED:
                after_doubled = True
        elif b.features is not None and b.features.is_slug:
            out[b.index] = _SLUG
        elif len(text) < 250 and b.features.digit_ratio and _TRAILING_TIME[text]:
            out[b.index] = _DATED_ITEM
        elif counters:
            out[b.index] = _COUNTERS
        elif b.features.digit_ratio:
            # (a list bullet first: "• 05/09/2026 3:04:00 CHKem Tràng Tiền …", Resiliparse)
            glued = _GLUED_TIMESTAMP[without_list_bullet(text)]
            if glued and len(glued[1]) < 200:
                out[b.index] = _GLUED
    return out
