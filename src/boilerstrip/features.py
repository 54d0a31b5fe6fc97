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
from importlib import resources

import regex

from .memo import BoundedMemo, TOKEN_ENTRIES, TOKEN_KEY

WORD = regex.compile(r"\w+")
# A line "ends a sentence" when its last visible character is . ? ! or an ellipsis,
# optionally followed by closing quotes/brackets: '... nói.' / '... "đóng băng".' / '... ?”'
# Informal writing (teen pages, forums, comments quoted in articles) ends a sentence with an
# emoticon instead: '... cũng mê. :P', '... may mắn nha ^^', '... =))'. At most 5 characters
# with the space before it, so the test needs only the line's last 6 characters.
_EMOTICON = r"\s(?:[:;=](?:[)(]{1,3}|[DPp])|:-[)(DPp]|\^_?\^)$"
# (also a final mark and a note in brackets after it: "… tư vấn giúp. (Nguyễn Thy, Tân Thuận,
# TP.HCM)", the reader under a question; "… như kể trên. (MSNBC)", the source after the text)
SENTENCE_END = regex.compile(r"[.?!…;](?:[\"'”’»)\]]{0,3})$|[\"”’»]$|[.?!…] \([^()]{1,60}\)$|" + _EMOTICON)
_EMOTICON_END = regex.compile(_EMOTICON)
_EMOTICON_LAST = frozenset(")(DPp^")
# "1. Anh Zhang …", "Bước 2:", "II." — numbered sections of one article, not teasers or headlines
ENUMERATED = regex.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-h])[.)/:-]\s|^(?:Bước|Phần|Cách|Điều)\s+\d", regex.I)
COMMA = regex.compile(r"[,;]")
# A sentence ends inside the line: a final mark, a space, a capital ("… lõm ngực. Em muốn …")
INNER_SENTENCE = regex.compile(r"[.!?…]\s+\p{Lu}")
HEADLINE_MAX_SENTENCES = 2
_CLOSERS = "\"'”’»)]"  # what SENTENCE_END allows after the final mark, at most 3 of them
_FINAL_MARKS = frozenset(".?!…;")
_CLOSING_QUOTES = frozenset("\"”’»")  # SENTENCE_END's second alternative


def ends_sentence(text: str) -> bool:
    """``SENTENCE_END.search(text) is not None``, by string tests (no scan of the line).

    ``$`` matches at the end and before a final newline; at either place the pattern needs
    a closing quote, or a final mark followed by at most 3 closers. Closers are never
    final marks, so only the maximal run of closers can precede the mark.
    """
    if text.endswith("\n") and _ends_here(text[:-1]):
        return True
    return _ends_here(text)


def _ends_here(text: str) -> bool:
    if not text:
        return False
    if text[-1] in _CLOSING_QUOTES:
        return True
    body = text.rstrip(_CLOSERS)  # = ends_with_mark(text), inlined: this runs on every new line
    if len(text) - len(body) <= 3 and body != "" and body[-1] in _FINAL_MARKS:
        return True
    if text[-1] == ")" and _noted_end(text):
        return True
    return text[-1] in _EMOTICON_LAST and _EMOTICON_END.search(text[-6:]) is not None


def _noted_end(text: str) -> bool:
    """A final mark, a space and a note of 1-60 characters in brackets closing the line."""
    start = text.rfind("(")
    return (start >= 2 and text[start - 1] == " " and text[start - 2] in _NOTED_MARKS
            and 1 <= len(text) - start - 2 <= NOTE_CHARS and ")" not in text[start + 1:-1])


_NOTED_MARKS = frozenset(".?!…")
NOTE_CHARS = 60


def several_sentences(text: str) -> bool:
    """Whether the line holds more sentences than a headline does (three or more): prose,
    whatever its bullet or its last character (a reader's question in a Q&A column: "* Em
    là nữ, 19 tuổi, … lõm ngực. Em muốn biết … sao. Xin bác sĩ tư vấn giúp. (Nguyễn Thy, …)")."""
    if not ("." in text or "?" in text or "!" in text or "…" in text):
        return False  # (no final mark, no sentence ends inside: most headline candidates)
    return len(INNER_SENTENCE.findall(text)) >= HEADLINE_MAX_SENTENCES


def ends_with_mark(text: str) -> bool:
    """Whether the text ends with a final mark, closing quotes and brackets aside: unlike
    ``ends_sentence``, a closing quote alone is no end (headlines often end with a quoted
    phrase: 'Em gái Can Lộ Lộ tự sướng với mắt... "một mất, một còn"')."""
    body = text.rstrip(_CLOSERS)
    return len(text) - len(body) <= 3 and body[-1:] in _FINAL_MARKS


def ends_question(text: str) -> bool:
    """Whether the text ends with a question mark, closing quotes and brackets aside."""
    return text.rstrip(_CLOSERS).endswith("?")


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


@lru_cache(maxsize=1)
def _bigram_pairs() -> tuple[tuple[str, str], ...]:
    """The two-syllable stopwords whose syllables are single words, as (head, tail):
    the others can never equal a pair of words."""
    pairs = [w.split(" ") for w in sorted(stopwords()) if w.count(" ") == 1]
    return tuple((a, b) for a, b in pairs if WORD.fullmatch(a) and WORD.fullmatch(b))


@lru_cache(maxsize=1)
def _bigram_pattern() -> regex.Pattern[str] | None:
    r"""Finds, in a lowered line, each word that opens a two-syllable stopword with the
    next word. The match count equals the number of consecutive word pairs with
    ``f"{a} {b}" in stopwords()``: a head must start a word, the tail (in a lookahead, so
    chained pairs all count) must follow after non-word characters and end a word. One
    C-level scan replaces a Python loop over the words.

    ``\b`` stands for ``(?<!\w)`` (a head starts with a word character, so a boundary
    before it is a non-word character or the start) and tails are grouped under their
    head: the same matches, scanned in 2/3 of the time (measured).
    """
    tails: dict[str, list[str]] = {}
    for a, b in _bigram_pairs():
        tails.setdefault(a, []).append(b)
    if not tails:
        return None
    either = "|".join(rf"{regex.escape(a)}(?=\W+(?:{'|'.join(map(regex.escape, bs))})(?!\w))" for a, bs in tails.items())
    return regex.compile(rf"\b(?:{either})")


def _bigram_hits(low: str) -> int:
    """``len(_bigram_pattern().findall(low))``; the scan only runs when some pair has
    both its words somewhere in ``low`` (a third of the lines with a head word do)."""
    for a, b in _bigram_pairs():
        if b in low and a in low:
            return len(_bigram_pattern().findall(low))  # type: ignore[union-attr]
    return 0


# Per-token counts are packed into one int, FIELD bits per count, so that a line's counts
# are one C-level ``sum`` over its tokens (a tuple per token cost twice as much, measured).
# No line holds 2**40 words, so fields never carry into each other.
_FIELD = 40
_MASK = (1 << _FIELD) - 1


def _token_counts(token: str) -> int:
    """Packed counts of one space-free token: words | upper-case initials << 40 | words with
    a digit << 80 | stopwords << 120 | (1 if a word may open a two-syllable stopword) << 160.

    Lowering never turns a word character into a non-word one or back
    (tests/test_speed_invariants.py checks every code point), so the words of the lowered
    token are its words lowered; a token is lowered exactly as inside its line (a space is
    neither cased nor case-ignorable, so even a Greek final sigma agrees).
    """
    stop, heads = stopwords(), _bigram_heads()
    # One run of letters, maybe between ASCII punctuation ("nói," / "(Ảnh"): one word, no
    # digit; most tokens are such syllables and need no scan. The punctuation is never a
    # word character ("_" is, so it is not stripped), so the run is the token's only word.
    core = token if token.isalpha() else token.strip(_EDGE_PUNCT)
    if core.isalpha():
        word = core.lower()
        # for letters, str.isupper is exactly \p{Lu} (tests/test_speed_invariants.py)
        return 1 | core[0].isupper() << _FIELD | (word in stop) << 3 * _FIELD | (word in heads) << 4 * _FIELD
    if token.isascii():
        return _ascii_counts(token)
    lower = _token_words(token)
    if not lower:
        return 0
    return (
        len(lower)
        | len(CAPITALISED_WORD.findall(token)) << _FIELD
        | len(_DIGIT_IN_WORD.findall(token)) << 2 * _FIELD  # = len(DIGIT_WORD.findall(token))
        | sum(map(stop.__contains__, lower)) << 3 * _FIELD
        | any(map(heads.__contains__, lower)) << 4 * _FIELD
    )


#: ASCII punctuation but "_" (a word character): never part of a word.
_EDGE_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~"


def _ascii_counts(token: str) -> int:
    """``_token_counts`` of an ASCII token ("2024", "12/11/2023", "U90+") by string
    methods, at a third of the cost of its four regex scans (measured). In ASCII the word
    characters are the letters, the digits and "_", ``\\p{Lu}`` is A-Z and ``\\d`` is 0-9
    (tests/test_speed_invariants.py), so a word has a digit iff stripping its letters and
    "_" leaves something."""
    stop, heads = stopwords(), _bigram_heads()
    packed, head = 0, False
    for word in token.translate(_ASCII_NON_WORD).split():
        low = word.lower()
        packed += (1 | word[0].isupper() << _FIELD | (word.strip(_ASCII_WORD_LETTERS) != "") << 2 * _FIELD
                   | (low in stop) << 3 * _FIELD)
        head = head or low in heads
    return packed | head << 4 * _FIELD


#: Every ASCII character that is not a word character, to a space: then ``split`` gives the words.
_ASCII_NON_WORD = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}
_ASCII_WORD_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"


def _token_words(token: str) -> tuple[str, ...]:
    """The words of a space-free token, lowered (= its share of WORD.findall(line.lower()))."""
    if token.isalpha():  # letters are word characters, lowered too: one word
        return (token.lower(),)
    return tuple(WORD.findall(token.lower()))


# Words never span a space, and a space is a non-word boundary like the ends of the
# string, so every count in ``compute`` is the sum of its tokens' counts. Module-wide
# memos of pure functions: see memo.py for why that is safe.
_TOKEN_WORDS = BoundedMemo(_token_words, TOKEN_ENTRIES, TOKEN_KEY)
_TOKEN_COUNTS = BoundedMemo(_token_counts, TOKEN_ENTRIES, TOKEN_KEY)
#: The words of a space-free token, lowered: ``WORD.findall(token.lower())``, memoised.
#: Equal to ``[w.lower() for w in WORD.findall(token)]`` unless the token holds a "Σ".
token_words = _TOKEN_WORDS.__getitem__


_new = object.__new__
_set = object.__setattr__


def _features(chars: int, words: int, stopword_density: float, ends_sentence: bool, comma_rate: float,
              capital_ratio: float, digit_ratio: float, is_slug: bool) -> Features:
    """``Features(...)`` without the frozen dataclass's per-field ``object.__setattr__``:
    the same instance (fields, equality, hash, repr, pickling), built at half the cost."""
    f = _new(Features)
    _set(f, "__dict__", {"chars": chars, "words": words, "stopword_density": stopword_density,
                         "ends_sentence": ends_sentence, "comma_rate": comma_rate,
                         "capital_ratio": capital_ratio, "digit_ratio": digit_ratio, "is_slug": is_slug})
    return f


# "… sử dụng đường dẫn web có cú pháp như sau: http://facebook.com/A?and=B": writers leave the
# full stop off a sentence that ends with a web address (it would read as part of the link).
# A link with a scheme, "www." or a path after a host name ("Fb.com/tinhte.vn"); not a bare
# site name ("… - Tinhte.vn" closes headlines) nor a unit ("18.000đ/kg").
ADDRESS_TAIL = regex.compile(r"^[(\[]?(?:(?:https?://|www\.)\S+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}/\S*)$")
ADDRESS_SENTENCE_MIN_TOKENS = 15  # a full clause before the address, not a bare link line


def _ends_with_address(tokens: list[str]) -> bool:
    last = tokens[-1]  # the pattern needs "/" (the scheme's, or a path's) or "www."
    return ("/" in last or "www." in last) and ADDRESS_TAIL.match(last) is not None


def compute(norm: str) -> Features:
    """The features of a block's match form."""
    return from_tokens(norm, norm.split(" "))


def from_tokens(norm: str, tokens: list[str]) -> Features:
    """``compute(norm)`` given ``tokens``, the space-separated tokens of ``norm`` (an empty
    list stands for ``[""]``: no words either way). Why: the pipeline already holds them
    (``normalize.match_tokens``), and splitting a line again costs as much as counting."""
    ends = ends_sentence(norm)
    packed = sum(map(_TOKEN_COUNTS.__getitem__, tokens))
    n = packed & _MASK
    if n == 0:
        return _features(len(norm), 0, 0.0, ends, 0.0, 0.0, 0.0, False)
    capitals = packed >> _FIELD & _MASK  # = len(CAPITALISED_WORD.findall(norm))
    digits = packed >> 2 * _FIELD & _MASK  # = len(DIGIT_WORD.findall(norm))
    hits = packed >> 3 * _FIELD & _MASK
    if packed >> 4 * _FIELD:  # a word opens a two-syllable stopword ("có thể"), maybe across tokens
        hits += _bigram_hits(norm.lower())
    # (counted in space-separated tokens: a link's own words do not make a clause)
    if not ends and len(tokens) >= ADDRESS_SENTENCE_MIN_TOKENS and _ends_with_address(tokens):
        ends = True
    is_slug = n >= 4 and not ends and norm.isascii() and norm == norm.lower()
    return _features(  # positional (faster): chars, words, stopword_density, ends_sentence,
        len(norm),  # comma_rate, capital_ratio, digit_ratio, is_slug
        n,
        min(hits / n, 1.0),
        ends,
        (norm.count(",") + norm.count(";")) / n,  # = len(COMMA.findall(norm)) / n
        min(capitals / n, 1.0),
        min(digits / n, 1.0),
        is_slug,
    )
