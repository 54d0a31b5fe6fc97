"""Input handling: bytes to text, lines, and the two per-line forms detectors use.

Why two forms: the library must emit the page's own text (the gold body lines are
lines of the input), while detectors need a canonical spelling to match phrases
reliably. ``display_form`` is what we output; ``match_form`` is what we match on.

Tone placement in ``match_form``
--------------------------------
Vietnamese has two accepted placements of the tone mark in open syllables whose
nucleus is ``oa``, ``oe`` or ``uy``: old style ``hòa / khỏe / thủy`` and new style
``hoà / khoẻ / thuỷ``. Pages mix both (even inside one page), so phrase lists would
need every variant. We canonicalise to the **new style** (tone on the main vowel)
because (1) it is a single phonological rule with no exception list: tone goes on the
vowel carrying a quality mark (ă â ê ô ơ ư), else on the last vowel of a closed
syllable, else on the middle of a triphthong, else on the second vowel of ``oa/oe/uy``
and the first of any other diphthong; (2) ``types.Block.norm`` documents new-style
tone marks, so the pipeline contract already names it. The same rule also repairs
misplaced marks after ``qu``/``gi`` onsets (``qùy`` → ``quỳ``, ``gìa`` → ``già``),
where the ``u``/``i`` belongs to the onset, not the vowel nucleus. Syllables whose
placement is not ambiguous (``quá``, ``giữa``, ``hoàng``, ``thuyền``) map to
themselves.

Everything here is linear in the input length: translate tables, ``str.split``,
and one bounded-length regex (a syllable is at most 3 + 3 + 2 letters).
"""
from __future__ import annotations

import html
import re
import unicodedata

from .markdown import may_be_markdown, rewrite as markdown_text
from .memo import BoundedMemo, TOKEN_ENTRIES, TOKEN_KEY
from .types import DecodeError

__all__ = ["decode", "split_lines", "display_form", "match_form", "match_tokens", "line_forms", "canonical_tone"]

_BOM = "\ufeff"

#: Invisible characters that only break tokens: zero-width space/joiners, word joiner,
#: BOM used as ZWNBSP, and the soft hyphen (a hyphenation hint, never a real hyphen).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DROP_INVISIBLE = {ord(c): None for c in _INVISIBLE}
#: Cheap test before ``translate`` (a dict lookup per character): few lines have any.
_HAS_INVISIBLE = re.compile(f"[{_INVISIBLE}]").search

#: Everything ``str.isspace`` treats as whitespace (nbsp and the U+2000 block included)
#: plus the invisible characters: what surrounds a line but is not part of it.
_TRIM = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000" + _INVISIBLE
)

# --- tone tables -------------------------------------------------------------------

_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng
_BASE_VOWELS = "aăâeêioôơuưy"
_MARKED_VOWELS = frozenset("ăâêôơư")  # vowels with a quality mark attract the tone

# toned char -> (toneless char, tone index 1..5); (toneless char, tone) -> toned char.
_SPLIT_TONE: dict[str, tuple[str, int]] = {}
_JOIN_TONE: dict[tuple[str, int], str] = {}
for _v in _BASE_VOWELS + _BASE_VOWELS.upper():
    for _i, _mark in enumerate(_TONE_MARKS, start=1):
        _toned = unicodedata.normalize("NFC", _v + _mark)
        _SPLIT_TONE[_toned] = (_v, _i)
        _JOIN_TONE[(_v, _i)] = _toned
del _v, _i, _mark, _toned

_TONED = "".join(_SPLIT_TONE)
_ALL_VOWELS = _BASE_VOWELS + _BASE_VOWELS.upper() + _TONED

_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")
_CODAS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
_OPEN_SECOND = frozenset({"oa", "oe", "uy"})  # new style: hoà, khoẻ, thuỷ

#: Candidate syllables: a toned vowel inside a 2-3 vowel run, optional onset (``q``
#: and ``g`` included so ``qùy``/``gìa`` are found) and coda, delimited by non-letters.
#: Every piece has a fixed maximum length, so matching is linear in the text.
#: Stdlib ``re`` on purpose: on this plain character-class pattern it scans a 10 MB
#: line about 2x faster than ``regex`` (measured), and no ``regex`` feature is needed.
_V = f"[{_ALL_VOWELS}]"
_T = f"[{_TONED}]"
SYLLABLE_CANDIDATE = re.compile(
    r"(?<![^\W\d_])"
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    rf"(?:{_T}{_V}{{1,2}}|{_V}{_T}{_V}?|{_V}{{2}}{_T})"
    r"(?:ch|ng|nh|[cmnpt])?"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def decode(data: str | bytes) -> str:
    """Return the page text; bytes must be UTF-8. A leading BOM is dropped.

    Why strict: a silently replaced byte would corrupt Vietnamese diacritics and the
    caller could never tell; ``DecodeError.offset`` points at the first bad byte of
    the *original* input (BOM included) so it can be inspected.
    """
    if isinstance(data, str):
        text = data
    elif isinstance(data, (bytes, bytearray, memoryview)):
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DecodeError(exc.start, exc.reason) from None
    else:
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    # A BOM alone stays: dropping it would leave no line where ``splitlines`` sees one, and
    # ``Article.lines`` has one entry per input line (it is trimmed as an invisible anyway).
    return text[1:] if text.startswith(_BOM) and text != _BOM else text


def split_lines(text: str) -> list[str]:
    """Split exactly like ``str.splitlines()`` so line numbers agree with it.

    Why not ``split("\\n")``: pages arrive with CRLF, bare CR, NEL, U+2028…, and
    users count lines with ``splitlines`` (the gold convention does too).
    """
    return text.splitlines()


def display_form(line: str) -> str:
    """The line as the library outputs it: NFC, trimmed of whitespace/invisibles.

    Interior text is untouched (no tone moves, no entity decoding): output must be
    the page's own words so it lines up with the gold body lines.
    """
    return unicodedata.normalize("NFC", line).strip(_TRIM)


def match_form(line: str, memo: dict[str, str] | None = None) -> str:
    """The canonical form detectors match on (see module docstring).

    Steps: HTML entities unescaped, inline Markdown read as its text, NFC, invisible
    characters removed, every Unicode space → one ASCII space, trimmed, tone marks moved
    to new-style placement.
    Steps that cannot change the text are skipped (measured: most lines need none of
    NFC, invisible removal or tone moves): pure-ASCII text has no composed characters,
    invisibles or tone marks, and ``translate`` only runs when an invisible is present.
    """
    if memo is None:
        return " ".join(match_tokens(line))
    return canonical_tone(" ".join(_cleaned(line).split()), memo)


def match_tokens(line: str, nfc: str | None = None) -> list[str]:
    """The space-separated tokens of ``match_form(line)`` (``[]`` when it is empty).

    Why: callers that also need per-token facts of the match form (``features``) reuse
    these instead of splitting the joined line again; the tokens of non-ASCII lines are
    the tone memo's own strings, whose hashes are already cached. ``nfc``, when given,
    must be ``NFC(line)``: it spares a second normalisation of a line without ``&``.
    """
    text = _cleaned(line, nfc)
    if text.isascii():
        return text.split()
    # = canonical_tone(" ".join(text.split())).split(" "): one split serves the whitespace
    # collapse and the per-token tone memo (tokens hold no space).
    return list(map(_TOKEN_TONES.__getitem__, text.split()))


def _cleaned(line: str, nfc: str | None = None) -> str:
    """``line`` with HTML entities unescaped, inline Markdown read as plain text (see
    markdown.py), in NFC, without invisible characters (``nfc``: see ``match_tokens``).
    Pure-ASCII text skips the NFC and invisible steps: it has no composed characters and
    no invisibles."""
    if "&" in line:
        text, nfc = html.unescape(line), None
    else:
        text = line
    if may_be_markdown(text):
        plain = markdown_text(text)
        if plain != text:
            text, nfc = plain, None
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text) if nfc is None else nfc
    if _HAS_INVISIBLE(text):
        text = text.translate(_DROP_INVISIBLE)
    return text


def line_forms(line: str) -> tuple[str, str, list[str]]:
    """``display_form(line)``, ``match_form(line)`` and ``match_tokens(line)`` at once,
    normalising the line to NFC only once."""
    nfc = unicodedata.normalize("NFC", line)
    tokens = match_tokens(line, nfc)
    return nfc.strip(_TRIM), " ".join(tokens), tokens


def canonical_tone(text: str, memo: dict[str, str] | None = None) -> str:
    """Move tone marks in ``text`` (NFC) to the new-style placement; linear time.

    Why memos: text repeats the same few thousand syllables. By default the module-wide
    tables serve (the result is a pure function of each space-separated token, so
    sharing them between pages and threads keeps this function pure); a caller may still
    pass its own ``memo`` dict (syllable → canonical), which is then used instead.
    """
    if text.isascii():  # no tone mark, so no candidate syllable
        return text
    if memo is None:
        # A candidate is a run of letters, so it never spans a space, and a space is a
        # non-letter boundary exactly like the ends of the string: rewriting each
        # space-separated token on its own gives the same text as one scan of the whole.
        return " ".join(map(_TOKEN_TONES.__getitem__, text.split(" ")))

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        out = memo.get(word)
        if out is None:
            out = memo[word] = _place_tone(word)
        return out

    return SYLLABLE_CANDIDATE.sub(fix, text)


def _token_tone(token: str) -> str:
    """``canonical_tone`` of one space-free token (the unit of :data:`_TOKEN_TONES`)."""
    if token.isascii():
        return token
    if token.isalpha():
        # Letters only: a candidate is bounded by non-letters, so it can only be the whole
        # token (letters are never digits or "_": tests/test_speed_invariants.py).
        return _SYLLABLE_TONES[token] if _FULL_CANDIDATE(token) else token
    core = token.strip(_EDGE_PUNCT)
    if core.isalpha():  # "hòa," / "(Ảnh": ASCII punctuation around one run of letters
        start = token.index(core)
        return token[:start] + (_SYLLABLE_TONES[core] if _FULL_CANDIDATE(core) else core) + token[start + len(core):]
    return SYLLABLE_CANDIDATE.sub(_canonical_match, token)


#: ASCII punctuation: never letters, so never part of a candidate (they bound one).
_EDGE_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_FULL_CANDIDATE = SYLLABLE_CANDIDATE.fullmatch


def _canonical_match(match: re.Match[str]) -> str:
    return _SYLLABLE_TONES[match[0]]


#: syllable candidate -> canonical spelling (a syllable is at most 8 letters).
_SYLLABLE_TONES = BoundedMemo(lambda word: _place_tone(word), TOKEN_ENTRIES, 8)
#: space-free token -> ``canonical_tone`` of it; tokens repeat across lines and pages.
_TOKEN_TONES = BoundedMemo(_token_tone, TOKEN_ENTRIES, TOKEN_KEY)


def _place_tone(word: str) -> str:
    """Return ``word`` (one syllable) with its single tone on the canonical vowel.

    Anything that does not parse as one Vietnamese syllable (foreign words, two tone
    marks, an unknown coda) is returned unchanged: we only fix what we understand.
    Where the tone goes depends only on the lowered toneless letters (``_tone_target``).
    """
    toneless = word.translate(_UNTONE)
    if toneless == word:
        return word
    toned = [i for i, (a, b) in enumerate(zip(word, toneless)) if a != b]
    if len(toned) > 1:
        return word
    target = _TONE_TARGETS[toneless.lower()]
    if target is None or target == toned[0]:
        return word  # already in place, or nothing understood
    bare = list(toneless)
    bare[target] = _JOIN_TONE[(bare[target], _SPLIT_TONE[word[toned[0]]][1])]
    return "".join(bare)


_UNTONE = {ord(toned): bare for toned, (bare, _) in _SPLIT_TONE.items()}


def _tone_target(low: str) -> int | None:
    """Index of the vowel that carries the tone in a lowered toneless syllable, or None
    when ``low`` does not parse as one syllable (see the module docstring)."""
    onset = ""
    if low[:2] in ("gi", "qu") and len(low) > 2 and low[2] in _BASE_VOWELS:
        onset = low[:2]
    else:
        for candidate in _ONSETS:
            if low.startswith(candidate) and candidate not in ("gi", "qu"):
                onset = candidate
                break
    rest = low[len(onset):]
    n = 0
    while n < len(rest) and rest[n] in _BASE_VOWELS:
        n += 1
    nucleus, coda = rest[:n], rest[n:]
    if not nucleus or len(nucleus) > 3 or coda not in _CODAS:
        return None
    marked = [i for i, c in enumerate(nucleus) if c in _MARKED_VOWELS]
    if marked:
        pos = marked[-1]  # ươ → ơ
    elif coda:
        pos = len(nucleus) - 1
    elif len(nucleus) == 3:
        pos = 1
    elif len(nucleus) == 2:
        pos = 1 if nucleus in _OPEN_SECOND else 0
    else:
        pos = 0
    return len(onset) + pos


def is_syllable(word: str) -> bool:
    """Whether ``word`` (NFC) spells one Vietnamese syllable: letters only, an onset, a
    vowel nucleus of 1-3 letters and a coda, at most one tone mark."""
    if not word.isalpha():
        return False
    toneless = word.translate(_UNTONE)
    if sum(a != b for a, b in zip(word, toneless)) > 1:
        return False
    return _TONE_TARGETS[toneless.lower()] is not None


#: lowered toneless syllable -> index of its tone vowel (None: not a syllable).
_TONE_TARGETS = BoundedMemo(_tone_target, TOKEN_ENTRIES, 8)
