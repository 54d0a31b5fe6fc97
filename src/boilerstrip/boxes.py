"""Boxes printed inside the article: a related box ("Tin liên quan" over a few headlines or
teasers) or an ad slot ("Quảng cáo") between two of its paragraphs.

Why: their markers open a list of links (scope ``block``), and a block marker is a separator
no region crosses (``region.block_score``), so such a box cut the article in two and only the
larger half was kept. The corpus' own inline boxes are packed lists (``rules.packed``) or have
no marker (``headlines.doubled``), so nothing showed it; a probe that printed an ad's label
between two paragraphs in the middle of every article of the corpus and the held-out pages
took token F1 from 0.948 to 0.676 (docs/evaluation.md, "Session 14").

A marker heads a box inside the article when running text stands right above it and the
article's text goes on right under it (past the box's own lines), with nothing between that
ends a story or dates another. Such a marker is then clutter where it stands (scope ``line``),
and the box's lines are labelled as the box's. Runs once per page, on the rule decisions and
density classes, before the region scan; it changes no decision on a page without such a box.
"""
from __future__ import annotations

from typing import Sequence

from . import coherence
from .density import Density
from .rules import dates
from .rules.base import BLOCK, LINE, Decision, link_list_item
from .types import Block, Label

BOX_LINES = 6  # a box inside the article: its marker and a few headlines, or an ad's label
BOX_LABELS = frozenset({Label.RELATED, Label.AD})
BOX_STOPS = frozenset({Label.TIMESTAMP, Label.BYLINE, Label.CREDIT})
BOX_CAPTIONS = frozenset({Label.CAPTION, Label.DUPLICATE})  # a photo's caption (its alt text printed too)
#: Paragraphs under the box before the next marker: the article goes on; one paragraph there
#: may as well be an ad's copy or another story's teaser under the page's last box
BOX_TEXT_PARAGRAPHS = 2

INLINE_BOX_NOTE = "boxes.inline_box: a box inside the article, which goes on under it"
_BOX_HEADLINE = Decision(Label.RELATED, "boxes.inline_box: a headline of a box inside the article", LINE)
_BOX_TEASER = Decision(Label.TEASER, "boxes.inline_box: a teaser of a box inside the article", LINE)


def open_inline_boxes(seq: Sequence[Block], decisions: dict[int, Decision], classes: list[Density],
                      why: list[str], pos_of: dict[int, int]) -> set[int]:
    """Make each box printed inside the article (``inline_box_markers``) clutter where it
    stands instead of a separator: its marker gets scope line, and its headlines and teasers
    (the lines between the marker and the text under it) are the box's, not subheadings.
    ``decisions``, ``classes`` and ``why`` (one per block of ``seq``) are the page's own;
    ``pos_of`` maps a block's index to its position in ``seq``.
    Returns the positions of the boxes' lines, markers included: the region they lie in is
    one article's, whose box lists other stories (``coherence.listing_verdict``'s ``aside``)."""
    boxed: set[int] = set()
    for pos, below in inline_box_markers(seq, decisions, classes, pos_of):
        marker = seq[pos].index
        d = decisions[marker]
        decisions[marker] = Decision(d.label, f"{d.reason}; {INLINE_BOX_NOTE}", LINE, d.overrides)
        why[pos] = decisions[marker].reason
        boxed.update(range(pos, below))
        for inside in range(pos + 1, below):
            index = seq[inside].index
            if index not in decisions:
                item = _BOX_TEASER if classes[inside] is Density.GOOD else _BOX_HEADLINE
                decisions[index] = item
                classes[inside], why[inside] = Density.BAD, item.reason
    return boxed


def listed_boxes(seq: Sequence[Block], decisions: dict[int, Decision], pos_of: dict[int, int]) -> set[int]:
    """Positions of the related boxes whose items the rules claimed: a related marker ("Tin
    liên quan") over its headlines, each claimed as a link of a list (printed line against
    line, ``rules.packed``; or bulleted, ``headlines.list_item``). Like an opened box, such a
    box inside an article lists other stories, and its headlines are no evidence that the
    article is a stream of teasers (a probe's "Tin liên quan" and two headlines made a kenh14
    story of short photo captions a listing)."""
    found: set[int] = set()
    for index, d in decisions.items():
        if d.label is not Label.RELATED or not d.reason.startswith(RELATED_MARKERS):
            continue
        pos = pos_of[index]
        found.add(pos)
        while pos + 1 < len(seq) and link_list_item(decisions.get(seq[pos + 1].index)):
            pos += 1
            found.add(pos)
    return found


RELATED_MARKERS = ("markers.section", "packed.list_marker")


def inline_box_markers(seq: Sequence[Block], decisions: dict[int, Decision], classes: Sequence[Density],
                       pos_of: dict[int, int]) -> list[tuple[int, int]]:
    """(marker, first paragraph under it) of each box printed inside the article: between two
    paragraphs of running prose, with no signature, dateline or end marker before the text goes
    on, and two paragraphs at least under it before the next marker. Only the rule decisions
    are read for markers (a page has few), not every line."""
    found = []
    for pos in sorted(pos_of[index] for index, d in decisions.items() if d.scope == BLOCK and d.label in BOX_LABELS):
        if not box_marker(seq, decisions, pos):
            continue
        if not _text_above_box(seq, decisions, classes, pos):
            continue
        below = _text_under_box(seq, decisions, classes, pos)
        if (below is not None and not coherence.lead_mark(seq[below].norm)
                and _paragraphs_from(seq, decisions, classes, below) >= BOX_TEXT_PARAGRAPHS):
            found.append((pos, below))
    return found


def box_marker(seq: Sequence[Block], decisions: dict[int, Decision], pos: int) -> bool:
    """Whether the line at ``pos`` is a marker that may head a box inside the article: a
    related or ad section marker (scope block), not a read-on link ("Xem tiếp": the paragraph
    above it is a teaser of the page it links)."""
    d = decisions.get(seq[pos].index)
    return (d is not None and d.scope == BLOCK and d.label in BOX_LABELS and d.reason.startswith("markers.section")
            and not coherence.read_on(seq[pos].norm))


def _paragraphs_from(seq: Sequence[Block], decisions: dict[int, Decision], classes: Sequence[Density], start: int) -> int:
    """Paragraphs of running prose from ``start`` to the next separator (scope block or end)."""
    n = 0
    for pos in range(start, len(seq)):
        d = decisions.get(seq[pos].index)
        if d is not None and d.scope != LINE:
            break
        n += d is None and classes[pos] is Density.GOOD
    return n


def _text_above_box(seq: Sequence[Block], decisions: dict[int, Decision], classes: Sequence[Density], marker: int) -> bool:
    """Whether running text (a paragraph, or a list's short sentences) stands within
    BOX_LINES lines over ``marker``, past photo captions, short lines (a subheading) and the
    box's marker printed twice, and no signature, date, list of links or other marker between."""
    for pos in range(marker - 1, max(-1, marker - 1 - BOX_LINES), -1):
        d = decisions.get(seq[pos].index)
        if d is not None:
            if d.label not in BOX_CAPTIONS and not box_marker(seq, decisions, pos):
                return False
            continue
        if classes[pos] in (Density.GOOD, Density.NEAR):
            return True  # (a list's short sentences run on into the box too)
    return False


def _text_under_box(seq: Sequence[Block], decisions: dict[int, Decision], classes: Sequence[Density], marker: int) -> int | None:
    """The position of the first paragraph (or short sentence) within BOX_LINES lines under
    ``marker``, past the box's short lines and its teasers (a headline over a paragraph that
    restates it), if no other marker, signature or date (a date or an age in a line that is
    no sentence: a box of dated items is a stream's, not one inside an article) comes first."""
    for pos in range(marker + 1, min(len(seq), marker + 2 + BOX_LINES)):
        d = decisions.get(seq[pos].index)
        # (a teaser restates its headline: ECHO_SHARE, as in a teaser stream; the article's own
        # paragraph under a box of related headlines shares their subject, not their words)
        if (d is None and (classes[pos] is Density.GOOD or _short_sentence(seq[pos], classes[pos]))
                and not coherence.teaser_pair(seq[pos - 1], seq[pos], coherence.ECHO_SHARE)):
            return pos
        if not seq[pos].features.ends_sentence and _dated_item(seq[pos].norm):
            return None  # dated items ("24-09-2026 12:02 Hoạt động hội", "2 ngày trước …"): a stream's
            # (a sentence that names a date is the article's: "… có hiệu lực kể từ ngày 31/12/2025.")
        if d is not None and (d.scope != LINE or d.label in BOX_STOPS) and not box_marker(seq, decisions, pos):
            return None  # (a box's marker printed twice, "Quảng cáo" / "Quảng cáo", is one box)
    return None


def _short_sentence(block: Block, density: Density) -> bool:
    """A short line that ends with a full stop: the article's sentence, not a box's headline
    (headlines end without one, or ask or exclaim)."""
    return density is Density.NEAR and block.norm.endswith(".") and not block.norm.endswith("..")


def _dated_item(norm: str) -> bool:
    """Whether a box's line is dated: a date in it, or an age first ("2 ngày trước Hoạt động
    hội"; "hôm nay" in a headline is no age)."""
    if dates.DATE_ANY.search(norm):
        return True
    age = dates.RELATIVE_TIME.match(norm)
    return age is not None and age.group("n") is not None
