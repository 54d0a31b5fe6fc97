"""Density-based detector: a jusText-style classifier calibrated for Vietnamese text lines.

jusText's defaults (stopword density 0.30/0.32, 70/200 characters) do not separate
Vietnamese body from clutter: Vietnamese function words are frequent everywhere, so short
navigation lines already reach 0.3 with jusText's list. On the dev pages the features
that separate are length in syllables together with sentence-final punctuation (87% of
70-120 character body lines end a sentence, 19% of clutter lines of that length do) and,
secondarily, stopword density with newspaper4k's shorter list (median 0.29-0.31 on body
lines of 70+ characters, 0.00-0.17 on short clutter). Below 45 syllables a line without
final punctuation is a headline, subheading or photo caption far more often than body
(27 of 35 such prose-like lines inside the article regions of the dev pages were not
body), so only short *sentences* are NEAR. Classification is context-free first, then
smoothed across neighbours as jusText does.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Sequence

from .features import Features


class Density(str, enum.Enum):
    GOOD = "good"  # running prose: long, ends a sentence, has function words
    NEAR = "near"  # a short sentence: body only in good company
    SHORT = "short"  # a short or unpunctuated line: a subheading, a caption, a headline or a menu item
    BAD = "bad"  # a rule detector already called it clutter


@dataclass(frozen=True)
class Thresholds:
    """Every number the density detector uses, named. Calibrated on tests/fixtures/dev."""

    good_min_words: int = 18  # ≈ 80 characters of Vietnamese
    good_min_stopword_density: float = 0.08
    long_unpunctuated_words: int = 45  # prose cut without final punctuation is still prose
    near_min_words: int = 9  # a short sentence; unpunctuated lines this short are SHORT
    subheading_max_chars: int = 90  # a lone short line between body paragraphs
    max_link_density: float = 0.5  # prose whose printed text is mostly links is a teaser


DEFAULT_THRESHOLDS = Thresholds()


def classify(f: Features, t: Thresholds = DEFAULT_THRESHOLDS, link_density: float | None = None) -> tuple[Density, str]:
    """Context-free class of one block and the rule that decided it. ``link_density`` is
    the block's markup hint (``Block.link_density``), None where the input has no links.

    Prose that is mostly link text is BAD, as in jusText: an article links a few words of
    a paragraph, a teaser of another story is all link. (On the dev pages flattened to
    Markdown, 2 of 31 body lines with a link are over 0.5, both short linked subheadings,
    which stay SHORT; 4,744 of 5,085 other linked lines are. Headings have no link
    density: see ``markdown.link_share``.)"""
    found = _text_class(f, t)
    if link_density is not None and link_density > t.max_link_density and found[0] is not Density.SHORT:
        return Density.BAD, f"density.linked: {link_density:.0%} of the text is links, a teaser of the linked story"
    return found


def _text_class(f: Features, t: Thresholds) -> tuple[Density, str]:
    if f.words >= t.good_min_words and f.ends_sentence and f.stopword_density >= t.good_min_stopword_density:
        return Density.GOOD, f"density.good: {f.words} syllables, ends a sentence, stopwords {f.stopword_density:.2f}"
    # (a long line with neither final punctuation nor a single comma is a run of menu or
    # option items, "Dịch vụ sửa chữa gia dụng Dịch vụ văn phòng Bán thiết bị …", not prose)
    if f.words >= t.long_unpunctuated_words and f.stopword_density >= t.good_min_stopword_density and f.comma_rate > 0:
        return Density.GOOD, f"density.good_long: {f.words} syllables of prose"
    if f.words >= t.near_min_words and f.ends_sentence:
        return Density.NEAR, f"density.near: {f.words} syllables, a short sentence"
    return Density.SHORT, f"density.short: {f.words} syllables"


def smooth(classes: Sequence[Density]) -> list[tuple[Density, str | None]]:
    """jusText's context pass over non-blank blocks: NEAR between GOOD neighbours is GOOD,
    NEAR with BAD on both sides is BAD. Returns the new class and, when it changed, why."""
    out: list[tuple[Density, str | None]] = [(c, None) for c in classes]
    n = len(classes)
    for i, c in enumerate(classes):
        if c is not Density.NEAR:
            continue
        prev = _neighbour(classes, i, -1)
        nxt = _neighbour(classes, i, +1) if i + 1 < n else None
        if prev is Density.GOOD and nxt is Density.GOOD:
            out[i] = (Density.GOOD, "density.smoothing: prose-like line between two body paragraphs")
        elif prev in (Density.BAD, None) and nxt in (Density.BAD, None):
            out[i] = (Density.BAD, "density.smoothing: prose-like line surrounded by clutter")
    return out


def _neighbour(classes: Sequence[Density], i: int, step: int) -> Density | None:
    """Nearest GOOD/NEAR/BAD neighbour, looking past SHORT lines (jusText skips shorts)."""
    j = i + step
    while 0 <= j < len(classes):
        if classes[j] is not Density.SHORT:
            return classes[j]
        j += step
    return None
