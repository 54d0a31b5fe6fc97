"""Per-block shallow text features: the text-only stand-ins for what DOM extractors read.

Link density is lost in page text, so the features are those that survive it: length in
syllables, Vietnamese stopword density (function words mark running prose), sentence-final
punctuation (98% of long Vietnamese body lines end in one), comma rate, the share of
capitalised syllables (menus and name lists), digit share (scores, prices, dates) and
whether the line is an unaccented URL slug.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from importlib import resources

import regex

WORD = regex.compile(r"\w+")
# A line "ends a sentence" when its last visible character is . ? ! or an ellipsis,
# optionally followed by closing quotes/brackets: '... nói.' / '... "đóng băng".' / '... ?”'
SENTENCE_END = regex.compile(r"[.?!…;](?:[\"'”’»)\]]{0,3})$|[\"”’»]$")
COMMA = regex.compile(r"[,;]")
VIETNAMESE_LETTER = regex.compile(
    r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", regex.IGNORECASE
)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """newspaper4k's Vietnamese list (MIT; see data/STOPWORDS_LICENSE.txt), lowercased.

    Multi-syllable entries ("có thể", "thời gian") are kept as space-joined bigrams and
    matched on syllable pairs, because Vietnamese text is written one syllable a token.
    """
    text = resources.files("boilerstrip").joinpath("data/stopwords_vi.txt").read_text("utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip())


@dataclass(frozen=True)
class Features:
    chars: int
    words: int
    stopword_density: float
    ends_sentence: bool
    comma_rate: float  # commas per word
    capital_ratio: float  # share of words starting upper-case
    digit_ratio: float  # share of words containing a digit
    is_slug: bool  # unaccented lowercase word run ("infographic chien dich ...")


CAPITALISED_WORD = regex.compile(r"(?<!\w)\p{Lu}\w*")
DIGIT_WORD = regex.compile(r"\w*\d\w*")
# Counts the same words as DIGIT_WORD in linear time: from the first digit of a word to
# its end, so each word with a digit gives one match. (``\w*\d\w*`` is retried from every
# position of a long digit-free word: quadratic on a 1 MB run of letters.)
_DIGIT_IN_WORD = regex.compile(r"\d\w*")


@lru_cache(maxsize=1)
def _bigram_heads() -> frozenset[str]:
    """First syllables of the multi-syllable stopwords: only pairs starting so are looked up."""
    return frozenset(w.split()[0] for w in stopwords() if " " in w)


def compute(norm: str) -> Features:
    # Words of the lowered line: lowering never turns a word character into a non-word
    # one or back (tests/test_speed_invariants.py checks every code point), so these are
    # the line's words lowered, one per word (a Greek final sigma may lower to σ or ς
    # depending on context, and no stopword contains either): one scan serves the word
    # count and the stopword lookups.
    lower = WORD.findall(norm.lower())
    n = len(lower)
    # Only the last few characters can take part in a sentence end (4 + a final "\n").
    ends = SENTENCE_END.search(norm[-6:]) is not None
    if n == 0:
        return Features(len(norm), 0, 0.0, ends, 0.0, 0.0, 0.0, False)
    stop = stopwords()
    hits = sum(map(stop.__contains__, lower))
    heads = _bigram_heads()
    # bigram stopwords: look pairs up only where a head syllable stands (C-level scan)
    for i in compress(range(n - 1), map(heads.__contains__, lower)):
        if f"{lower[i]} {lower[i + 1]}" in stop:
            hits += 1
    is_slug = n >= 4 and not ends and norm.isascii() and norm == norm.lower()
    return Features(
        chars=len(norm),
        words=n,
        stopword_density=min(hits / n, 1.0),
        ends_sentence=ends,
        comma_rate=(norm.count(",") + norm.count(";")) / n,  # = len(COMMA.findall(norm)) / n
        capital_ratio=min(len(CAPITALISED_WORD.findall(norm)) / n, 1.0),
        digit_ratio=min(len(_DIGIT_IN_WORD.findall(norm)) / n, 1.0),  # = DIGIT_WORD matches
        is_slug=is_slug,
    )
