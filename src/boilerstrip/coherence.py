"""Coherence detector: does the selected text read as one article or as many teasers?

Teasers of other articles read like body prose, so no line feature tells them apart;
what does is that they do not share vocabulary with each other. A listing page (tag,
category, home page) is a stream of headline + teaser pairs on different subjects; an
article's paragraphs, even with a subheading above each, keep returning to the same
names and terms. Vocabulary is compared as syllable bigrams (most Vietnamese words are
two syllables) without stopwords.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from .features import SENTENCE_END, WORD, stopwords
from .metadata import Title
from .types import Block

MIN_PAIRS = 3
PAIR_SHARE = 0.6  # share of paragraphs introduced by their own headline
LOW_COHERENCE = 0.12  # mean share of a paragraph's bigrams found in the rest of the text


def bigrams(text: str) -> set[tuple[str, str]]:
    stop = stopwords()
    words = [w.lower() for w in WORD.findall(text)]
    return {(a, b) for a, b in zip(words, words[1:]) if not (a in stop and b in stop) and not (a.isdigit() or b.isdigit())}


def cohesion(paragraphs: Sequence[str]) -> float:
    """Mean share of each paragraph's bigrams that occur in some other paragraph."""
    sets = [bigrams(p) for p in paragraphs]
    counts: Counter[tuple[str, str]] = Counter()
    for s in sets:
        counts.update(s)
    shares = [sum(1 for g in s if counts[g] > 1) / len(s) for s in sets if s]
    return sum(shares) / len(shares) if shares else 0.0


def _headline_like(block: Block) -> bool:
    return block.features.words >= 5 and not SENTENCE_END.search(block.norm)


def listing_verdict(seq: Sequence[Block], body: Sequence[int], title: Title | None) -> str | None:
    """A reason when the selected body is a stream of teasers, else None."""
    prose = [pos for pos in body if SENTENCE_END.search(seq[pos].norm) and seq[pos].features.words >= 15]
    if len(prose) < MIN_PAIRS:
        return None
    paired = [pos for pos in prose if pos > 0 and _headline_like(seq[pos - 1])]
    texts = [seq[pos].norm for pos in prose]
    score = cohesion(texts)
    if len(paired) >= MIN_PAIRS and len(paired) >= PAIR_SHARE * len(prose) and score < LOW_COHERENCE:
        return f"coherence.listing: {len(paired)} of {len(prose)} paragraphs follow their own headline, cohesion {score:.2f}"
    if title is None:
        norms = Counter(texts)
        if any(n > 1 for n in norms.values()):
            return "coherence.listing: no headline and a paragraph printed twice (a teaser stream)"
    return None
