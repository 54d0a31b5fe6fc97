"""Selection of the article region: the best-scoring contiguous run of blocks.

Like boilerpipe's "keep the largest block" but scored: prose adds its length, short
unexplained lines and clutter subtract, and section markers ("Tin liên quan", "Bình luận",
footers) cut the page into segments no region may cross. Within a segment the best run is
found with Kadane's maximum-subarray scan, so the whole selection is linear.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .density import Density
from .rules.base import LINE, Decision
from .types import Label

# Clutter that may sit inside an article (a caption between paragraphs) costs little;
# clutter that belongs to lists of other articles costs more.
INLINE_LABELS = frozenset(
    {Label.CAPTION, Label.TIMESTAMP, Label.CREDIT, Label.BYLINE, Label.DUPLICATE, Label.WIDGET, Label.BOILERPLATE, Label.AD}
)


@dataclass(frozen=True)
class Weights:
    """Per-block scores of the region scan (units ≈ syllables of body text)."""

    good_cap: int = 100  # a GOOD block adds its syllable count, up to this
    near_factor: float = 0.3
    short_cost: float = 5.0
    short_sentence_score: float = 1.0
    inline_clutter_cost: float = 2.0
    list_clutter_cost: float = 8.0


@dataclass(frozen=True)
class Region:
    start: int  # position in the sequence of non-blank blocks, inclusive
    end: int  # inclusive
    score: float


def block_score(density: Density, words: int, decision: Decision | None, w: Weights, sentence: bool = False) -> float | None:
    """Score of one block, or None when the block is a separator no region may cross."""
    if decision is not None:
        if decision.scope != LINE:
            return None
        return -(w.inline_clutter_cost if decision.label in INLINE_LABELS else w.list_clutter_cost)
    if density is Density.GOOD:
        return float(min(words, w.good_cap))
    if density is Density.NEAR:
        return words * w.near_factor
    if sentence and words >= 3:  # a short sentence: the closing line of a paragraph or a quote
        return w.short_sentence_score
    return -w.short_cost


def candidate_regions(scores: Sequence[float | None]) -> list[Region]:
    """The best run of each segment between separators (Kadane per segment)."""
    regions: list[Region] = []
    best: Region | None = None
    run_start, run_sum = 0, 0.0
    for i, s in enumerate(list(scores) + [None]):
        if s is None:
            if best is not None and best.score > 0:
                regions.append(best)
            best, run_sum, run_start = None, 0.0, i + 1
            continue
        if run_sum <= 0:
            run_start, run_sum = i, s
        else:
            run_sum += s
        if s > 0 and (best is None or run_sum > best.score):
            best = Region(run_start, i, run_sum)
    return regions


CLOSING_LABELS = frozenset({Label.BYLINE, Label.CREDIT})
MIN_PARAGRAPHS_BEFORE_CREDIT = 2


def closing_credit(labels: Sequence[Label | None], good: Sequence[bool], start: int, end: int) -> int | None:
    """Position of the byline or credit that closes the article inside [start, end], if any.

    Vietnamese papers sign an article at its end ("Ca Tiếu (theo …)", "Theo TTXVN"); what
    a page prints after the signature — a teaser of the next story, a related box — is not
    body even when it reads as prose. A credit counts as closing when body paragraphs
    precede it and fewer follow it (a credit in mid-article quotes a source and the text
    goes on)."""
    before, total = 0, sum(good[start : end + 1])
    for pos in range(start, end + 1):
        if labels[pos] in CLOSING_LABELS and before >= MIN_PARAGRAPHS_BEFORE_CREDIT:
            if total - before - good[pos] < before:  # paragraphs after the credit
                return pos
        before += good[pos]
    return None
