"""Packed link lists: headlines printed line against line on a page that spaces its paragraphs.

Page-text converters (innerText, html-text) put a blank line between paragraphs but none
between the items of a list or the links of a box. On a page whose prose paragraphs are
gap-separated, two or more headline-shaped lines in a row with no gap between them are
the links of a box — "Tin liên quan" inside the article, "Tin nóng", the links after the
byline — even when no marker announces them. A marker line heading such a run governs
exactly that run, so it stops being a wall the article region cannot cross: the lead
above an inline related box stays with the paragraphs below it.

The same layout fact (``layout.spaces_paragraphs``) marks photo captions, which
``captions`` reads: a caption and its named credit ("Ảnh: …") are one block.

The page's own header is printed line against line too: a section name or breadcrumb, the
headline, its dateline. Two facts keep it out of the lists. A line that another detector
reads alone as something else (a dateline, a breadcrumb, interface text) is no headline
of a list; and the line right over a dateline, maybe through a writer's name, is a dated
headline (the page's own, or one teaser of a stream), not one link of a box. And lines
right under a sentence that ends with a colon ("Ở nam giới, các triệu chứng bao gồm:") are
the list it introduces, article text however short its items are.

Pages without gap-separated paragraphs (everything on consecutive lines) give no signal
and are left alone. On the HTML path ``Block.tight`` marks items of one list.
"""
from __future__ import annotations

from typing import Sequence

import regex

from ..types import Block, Label
from . import captions, chrome, credits, markers, polls, timestamps
from .base import LINE, Decision
from .layout import is_paragraph, spaces_paragraphs

HEADLINE_WORDS = (5, 30)
MIN_ITEMS = 2
# A headline ends without a full stop: '?' and '!' are headline punctuation too.
FULL_STOP = regex.compile(r"[.;:…](?:[\"'”’»)\]]{0,3})$")


def headline_shaped(b: Block) -> bool:
    """A clause of words without a full stop; not a date line, a score table, a row of
    menu items or a photo caption ending in its credit ('… Ảnh: Reuters')."""
    f = b.features
    return (HEADLINE_WORDS[0] <= f.words <= HEADLINE_WORDS[1] and f.digit_ratio < 0.5
            and not (f.words >= MENU_ROW_WORDS and f.capital_ratio >= MENU_ROW_CAPITALS)
            and not FULL_STOP.search(b.norm) and not captions.ends_with_credit(b.norm))


# Vietnamese headlines are written in sentence case: of the 138 headlines in the corpus' and
# held-out gold, none of 8+ syllables has more than 0.6 of its words capitalised. A menu's
# items printed on one line are ("Tin ảnh Video Podcast Infographics Timeline Tổng hợp Mega
# Story …": 0.81, vietnamplus through innerText, packed with the headline under it).
MENU_ROW_WORDS, MENU_ROW_CAPITALS = 8, 0.75


_LIST_KINDS = frozenset({Label.NAVIGATION, Label.HEADLINE_LIST})
BYLINE_WORDS = 4  # a writer's name between a headline and its dateline ("Ngọc Mai")
INTRO_WORDS = 4  # a clause that introduces a list, not a marker ("Xem thêm:")
SHORT_ITEMS = 3  # items of that list too short to be headline-shaped, above the run


def _item(b: Block) -> bool:
    """Headline-shaped, and not a line that reads alone as something else (the other
    detectors' memoised verdicts: a dateline, a breadcrumb, a row of interface words, a
    credit such as the signing expert's hospital, "(BV ĐH Y Dược TP.HCM)")."""
    norm = b.norm
    return (headline_shaped(b) and timestamps.line_decision(norm) is None
            and chrome.line_decision(norm) is None and markers.line_decision(norm) is None
            and credits.line_decision(norm) is None)


def _run_item(blocks: Sequence[Block], k: int) -> bool:
    """An item of a packed list: ``_item``, and not the question of a poll (``polls``), which
    is printed against its answers just as a list is."""
    b = blocks[k]
    return bool(b.norm) and _item(b) and not (b.norm.endswith("?") and polls.poll_at(blocks, k))


def _introduced(blocks: Sequence[Block], i: int) -> bool:
    """Whether a clause that ends with a colon and is no marker stands above ``i`` (with or
    without a gap), maybe over a few shorter items of the same list ("Giới tính nữ"): the
    run from ``i`` is the list it introduces."""
    k = i - 1
    while k >= 0 and i - k <= SHORT_ITEMS and blocks[k + 1].tight and blocks[k].features.words < HEADLINE_WORDS[0]:
        k -= 1  # (a short item of the list, printed against the run)
    while k >= 0 and not blocks[k].norm:  # (the pipeline leaves blank lines out; a caller may not)
        k -= 1
    if k < 0:
        return False
    above = blocks[k]
    return (above.norm.endswith(":") and above.features.words >= INTRO_WORDS
            and markers.line_decision(above.norm) is None)


def _over_dateline(blocks: Sequence[Block], i: int) -> bool:
    """Whether the line at ``i`` is printed right over a dateline, maybe through a short
    name line, or right over a paragraph, with no gap: a dated headline, a headline over
    its lead."""
    for k in (i + 1, i + 2):
        if k >= len(blocks) or not blocks[k].tight:
            return False
        if timestamps.line_decision(blocks[k].norm) is not None:
            return True
        if k == i + 1 and is_paragraph(blocks[k]):
            return True
        if blocks[k].features.words > BYLINE_WORDS:
            return False
    return False


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    if not spaces_paragraphs(blocks):
        return {}
    out: dict[int, Decision] = {}
    i, n = 0, len(blocks)
    while i < n:
        # a list has two items at least: only a line with a tight successor can start one
        if not (i + 1 < n and blocks[i + 1].tight and _run_item(blocks, i)):
            i += 1
            continue
        end = i
        while end + 1 < n and blocks[end + 1].tight and _run_item(blocks, end + 1):
            end += 1
        # the run's last line may be a dated headline; the lines over it may still be a list
        j = end - 1 if _over_dateline(blocks, end) else end
        items = j - i + 1
        if items >= MIN_ITEMS and not _introduced(blocks, i):
            head = blocks[i - 1] if i > 0 and blocks[i].tight else None
            closes = j + 1 >= n or not (blocks[j + 1].norm and blocks[j + 1].tight)
            marker = markers.list_marker(head.norm) if head is not None and closes else None
            # a table of contents or a headline list says so in its marker ("Mục lục", "Tin
            # nóng"); any other list of headlines is other articles ("Xin chờ trong giây lát…"
            # is a loading widget above a list of related videos)
            label = marker.label if marker is not None and marker.label in _LIST_KINDS else Label.RELATED
            for b in blocks[i : j + 1]:
                out[b.index] = Decision(label, f"packed.link_list: one of {items} headlines printed without paragraph gaps", LINE)
            if head is not None and marker is not None:
                out[head.index] = Decision(marker.label, f"packed.list_marker: '{head.norm}' heads a packed list of {items} links",
                                          LINE, overrides=True)
        i = end + 1
    return out

