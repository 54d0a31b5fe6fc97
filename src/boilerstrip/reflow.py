"""Paragraphs that a converter split at inline markup or wrapped, joined back into one block.

Why: a scraper that writes every text node on its own line (BeautifulSoup's
``get_text("\\n")`` or ``"\\n".join(soup.stripped_strings)``, lxml's ``itertext()`` joined
with newlines) cuts a paragraph wherever a link, a bold name or an italic title sits
inside it::

    Tại Nhật Bản, nguồn tin của
    Bloomberg
    hôm 5/3 cũng cho biết ít nhất một nhà máy lọc dầu nước này đã hủy các lô hàng …

Each piece alone reads as a short unended line (a menu item, a headline, a caption's
credit), and the detectors take it for one: the dev pages flattened so scored token F1 0.852,
against 0.975 from their own text (docs/evaluation.md).

The facts used, true of Vietnamese news prose whatever the site:

* a paragraph never opens with a lowercase word, with closing punctuation (``,`` ``.``
  ``)`` ``”`` …), with a dash before a lowercase word or with a bracketed gloss the sentence
  goes on or ends after (``(Chia sẻ vị trí) và bấm nút …``, ``(TNCN).``); a line that does
  continues the line above it, unless that line closed its sentence (``.`` ``!`` ``?`` ``…``);
* a short piece (at most ``LINK_WORDS`` words, or a quotation wholly in quotes) between an
  unclosed line and such a continuation is the text of the link or the bold name between them,
  and so is a quotation printed in a few pieces (``"Báo`` / ``Thanh Niên`` / ``"``);
* a credit's label at the end of a line (``… tháng 12/2022. Ảnh:``, ``Nguồn:``), or ``Theo``
  alone, is followed by its credit, which the link it is printed in puts on the next line
  (``Reuters``, ``Lê Hiếu.``), unless the line after that continues a sentence (``Theo`` /
  ``Washington Post,`` / ``quân đội Mỹ đã sử dụng …`` opens a paragraph);
* a note in brackets that opens lowercase (``(tổng hợp)``, ``(theo online-tech-tips)``) under a
  short capitalised line is the writer's note under the name;
* a separator alone on a line (``•``, ``|``, ``-`` …) stands between two items of one row; when
  a date or an age follows it, the row is a byline's or a teaser's (``MAI QUẾ`` / ``•`` /
  ``08/01/2026 10:02``, ``Sport`` / ``-`` / ``3 giờ trước``), and the writer's outlet may stand
  between the separator and the date (``Anh Hoa`` / ``/`` / ``baodautu.vn`` / its date);
* a byline's label, a colon alone and a name are one byline (``Tin, ảnh`` / ``:`` / ``Vũ
  Phương Thảo``), and a professional title alone over a name one signature (``BS`` / ``ĐOÀN
  VĂN HẢI``);
* hard-wrapped text is joined first (``wrapped_lines``): a re-indented page's text nodes
  through BeautifulSoup (a line and the indented lines under it), or text a converter wrapped
  at a width itself (html2text's default: a line ends where the next word would not fit);
* what is joined must read as a paragraph once joined: it holds a piece of running text
  (``CONTINUATION_MIN_WORDS`` words, or punctuation followed by words), ends a sentence (or
  a colon that introduces a quotation) and has at least ``PARAGRAPH_MIN_WORDS`` words. A
  run of lowercase tags, a list's ``a)`` items, a headline over a separator dot or a close
  button stay lines of their own.

Text converters that keep a paragraph on one line give almost no such run (in five
converters' views of the corpus and the held-out pages: a footer sentence and a notice that
the page breaks with a ``<br>``, and a sign-up dialog, all outside the body), so their pages
read as before.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate
from typing import Callable, Iterable, Sequence

import regex

from .features import ends_sentence
from .normalize import display_form, is_syllable
from .rules.captions import MEDIA_WORDS, ends_with_credit
from .rules.credits import HONORIFICS, looks_like_person, upper_names
from .types import Block

LINK_WORDS = 6  # a link's or a bold name's text between two pieces of one sentence
QUOTE_WORDS = 20  # ... or a quotation in bold ('"Lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ"')
CREDIT_WORDS = 10  # a credit's name: an agency, a photographer, a company ("Công ty vàng bạc đá quý Sài Gòn")
CONTINUATION_MIN_WORDS = 2  # a piece of running text, not a lone tag or a close button ("x")
PARAGRAPH_MIN_WORDS = 12  # a joined paragraph is a paragraph, not a headline and its tag
#: A paragraph cut at 20 links; the longest seen has 15 pieces (kenh14 links every name). Why a
#: bound: each line that continues may start a new attempt, and an endless chain that never
#: closes a sentence must not be read again from every line of it (quadratic).
MAX_PIECES = 40

#: A credit's label with its colon ending a line: the credit follows ("… 12/2022. Ảnh:" / "Reuters").
_CREDIT_LABEL_END = regex.compile(
    rf"(?:^|[\s.(\[])(?:{'|'.join(map(regex.escape, MEDIA_WORDS + ('Nguồn',)))})\s*:$", regex.IGNORECASE)
#: A separator printed alone between the items of one row ("MAI QUẾ" / "•" / "08/01/2026 10:02").
ROW_SEPARATORS = frozenset("•·|/-–—")
ROW_ITEM_WORDS = 10  # the name before the separator: a writer, maybe with a note ("Hưng Thịnh (TTXVN)")
ROW_GAP = 2  # blank lines between a row's items (the spaces between its tags, as get_text("\n") prints them)
#: An outlet's address after a byline row's separator ("Anh Hoa" / "/" / "baodautu.vn" / its date).
_OUTLET = regex.compile(r"[\w-]+(?:\.[\w-]+)+")
#: A professional title printed apart from the name it heads ("BS" / "ĐOÀN VĂN HẢI", "PGS.TS").
_TITLE_ALONE = regex.compile(r"(?:(?:" + "|".join(sorted(map(regex.escape, HONORIFICS), key=len, reverse=True)) + r")\.?\s*)+")
_TITLE_FIRSTS = frozenset(h[0] for h in HONORIFICS)
TITLE_CHARS = 16  # "BSCKII.", "PGS.TS"; a title in words ("Phó giáo sư Tiến sĩ") is printed with its name
LABEL_WORDS = 4  # a byline's label over a colon alone ("Tin, ảnh" / ":" / "Vũ Phương Thảo")
#: A numbered list item ("1. ", "2) ").
_NUMBERED_ITEM = regex.compile(r"\d{1,3}[.)]\s")
#: Closing punctuation: never the first character of a paragraph.
_CLOSERS = ",.;:!?)]}%»”’…"
#: A paragraph's first piece: a capital, a digit or an opening quote or bracket before one,
#: maybe after a list bullet ("* Mời bạn đọc vào chuyên mục" / link / "xem các tin, …").
_HEAD = regex.compile(r"(?:[-*•+–]\s)?[\"“‘(\[]?[\p{Lu}\d]")
#: A lowercase word (not a list marker "a)" / "b." nor a web address "https://…").
_LOWER_WORD = regex.compile(r"\p{Ll}+(?:$|[\s,;!?]|[:.](?!\S))")
_LIST_MARK = regex.compile(r"\p{Ll}[).]\s")
#: A dash that opens an apposition ("– người đồng hành cùng bộ phim …"); "- Tin …" is a list item.
_DASH_CLAUSE = regex.compile(r"[–—-]\s+\p{Ll}+\s")
#: A bracketed gloss, then the sentence goes on ("(Chia sẻ vị trí) và bấm nút …", "(Khác), sau
#: đó …") or ends ("(TNCN)."): the term before it was printed in bold. Not a lead's "(Dân trí) -
#: Ông …" nor a credit alone ("(TTXVN)", "(Ảnh: Reuters)").
_GLOSS_CLAUSE = regex.compile(r"\([^()]{1,60}\)(?:[,;:]?\s+\p{Ll}|[,;:.!?]\s+\p{L}|[.!?…]$)")
#: A writer's note in brackets, printed in a tag of its own under the name ("Hà Thu" /
#: "(tổng hợp)", "Ca Tiếu" / "(theo online-tech-tips)"); an agency's credit is capitalised ("(TTXVN)").
_NAME_NOTE = regex.compile(r"\(\p{Ll}[^()]{0,40}\)$")
NAME_WORDS = 6  # the name over the note
#: A number, then a lowercase word that goes on ("18 tuổi và …"; not "3 giờ trước" alone).
_NUMBER_THEN_WORD = regex.compile(r"\d+(?:[.,]\d+)*\s+\p{Ll}+\s+\p{Ll}")
#: Closing punctuation followed by words (", Bộ Công Thương nhận định …").
_PUNCT_THEN_WORDS = regex.compile(rf"[{regex.escape(_CLOSERS)}]+\s*\p{{L}}")
#: What a continuation starts with besides a lowercase letter (``str.islower``). Why: two
#: string tests on each line's first character keep the pages without continuations cheap.
_OPENS_CONTINUATION = frozenset(_CLOSERS + "–—-(")


@dataclass(frozen=True)
class Group:
    """Consecutive lines (block positions ``start`` to ``stop - 1``) that print one paragraph."""

    start: int
    stop: int
    text: str  # the pieces' display forms joined as the page printed them
    how: str = "split at inline markup"

    @property
    def note(self) -> str:
        return f"reflow.joined: lines {self.start + 1}-{self.stop} are one paragraph {self.how}"


# Hard-wrapped text comes two ways. A page whose text nodes keep the source's line breaks
# (BeautifulSoup's get_text and stripped_strings of a re-indented page): no line is longer than
# the source's width, and a node's lines after its first keep the source's indentation. And
# text a converter wrapped itself at a width (html2text's default, 78 columns; markdownify of a
# page whose source breaks its lines): its lines pile up just under the width, none just over
# it, and a line ends where the next word would not have fitted.
WRAP_MAX_CHARS = 130  # a longer line is a paragraph a converter left whole: no source wrapping
WRAP_MIN_WIDTH = 60  # the source's width (80 and 120 seen; a list of short items is no wrap)
WRAP_MIN_PAIRS = 10  # indented lines under a line with text (a short story has 18); or wrap points
WIDTHS = range(40, 161)  # the widths a converter may wrap at
WIDTH_BAND = 12  # the lines just under the width (a word's length) and just over it
WIDTH_MIN_LINES = 15  # lines just under the width: a pile-up, not a few long headlines
WIDTH_CLIFF = 4  # ... with at most a quarter of that just over it
WIDTH_EDGE = 4  # the columns each side of the width where the count of lines drops
WRAPPED = "the converter wrapped"
#: A line that opens a block of its own in Markdown text: a list item, a heading, a quote, a
#: table row; the line above it is never wrapped into it.
_OPENS_BLOCK = regex.compile(r"\s*(?:[-*+•]\s|\d{1,3}[.)]\s|#|>|\|)")


def wrapped_lines(raw: Sequence[str], lowercase_lines: int | None = None) -> list[Group]:
    """The runs of lines that a converter hard-wrapped, each one block of text; [] unless the
    page is wrapped (see the constants above). ``raw`` are the input lines as given: their
    lengths and indentation are the evidence. ``lowercase_lines``: how many lines start with a
    lowercase letter once trimmed (``line_hints``), when the caller knows it."""
    found = _indented_wraps(raw)
    if found:
        return found
    if lowercase_lines is None:
        lowercase_lines = sum(1 for line in raw if line.lstrip()[:1].islower())
    if lowercase_lines < WRAP_MIN_PAIRS:
        return []  # (most pages: the width test needs that many wrap points before a lowercase word)
    return _width_wraps(raw)


def _indented_wraps(raw: Sequence[str]) -> list[Group]:
    """A text node's first line and the indented lines under it, on a page printed so."""
    if not raw:
        return []
    longest = max(raw, key=len)
    if len(longest) > WRAP_MAX_CHARS:  # (one C-level pass: the pages of most other converters stop here)
        if unicodedata.is_normalized("NFC", longest):
            return []
        raw = _composed(raw)  # text decomposed (NFD) after it was wrapped: measured composed
        if max(map(len, raw)) > WRAP_MAX_CHARS:
            return []
    lengths = sorted(len(line.rstrip()) for line in raw if line.strip())
    width = lengths[len(lengths) * 19 // 20] if lengths else 0
    if width < WRAP_MIN_WIDTH:
        return []
    indented = sum(1 for line, below in zip(raw, raw[1:]) if _wrapped_on(below) and line.strip())
    if indented < WRAP_MIN_PAIRS:
        return []
    return _groups_of_runs(raw, _runs(len(raw), lambda pos: _wrapped_on(raw[pos]) and bool(raw[pos - 1].strip())))


def _width_wraps(raw: Sequence[str]) -> list[Group]:
    """The lines a converter wrapped at a width, each joined with the lines it ran on into.
    A wrapper counts the code points it was given: text decomposed (NFD) before it was wrapped
    is measured as it is, text decomposed after it (a file saved so) once composed again."""
    found = _width_wraps_as_given(raw)
    composed = _composed(raw)
    if composed is not raw:  # (measured both ways, the reading that finds more wraps)
        other = _width_wraps_as_given(composed)
        if sum(g.stop - g.start for g in other) > sum(g.stop - g.start for g in found):
            return other
    return found


def _width_wraps_as_given(raw: Sequence[str]) -> list[Group]:
    width = _wrap_width(raw)
    if width is None:
        return []
    points = lower = 0
    for line, below in zip(raw, raw[1:]):
        if _wraps_into(line, below, width):
            points += 1
            lower += below.lstrip()[:1].islower()
    # Vietnamese prose is mostly lowercase syllables, so most wrap points fall before one; a
    # list of headlines cut at a length limit piles up under it too, but each starts capitalised
    if lower < WRAP_MIN_PAIRS or 2 * lower < points:
        return []
    return _groups_of_runs(raw, _runs(len(raw), lambda pos: _wraps_into(raw[pos - 1], raw[pos], width)))


def _composed(raw: Sequence[str]) -> Sequence[str]:
    """The lines in NFC when some are not (a decomposed letter, "ệ" as "e" and two combining
    marks, is three code points), else ``raw`` itself."""
    if all(line.isascii() or unicodedata.is_normalized("NFC", line) for line in raw):
        return raw
    return [unicodedata.normalize("NFC", line) for line in raw]


def _wrap_width(raw: Sequence[str]) -> int | None:
    """The width the page's text was wrapped at, if its line lengths show one. A width is a
    candidate with ``WIDTH_MIN_LINES`` lines or more just under it (within ``WIDTH_BAND``
    characters) and at most ``1 / WIDTH_CLIFF`` of that just over it (words longer than the
    space left: a link's address, which html2text does not break); the width is the candidate
    where the count of lines drops most sharply (``WIDTH_EDGE`` characters each side: the last
    column the wrapper filled, not a column a few overrunning lines reach)."""
    counts = Counter(len(line) for line in raw if not _overruns(line))
    top = WIDTHS.stop + WIDTH_BAND
    upto = list(accumulate((counts[n] for n in range(top + 1)), initial=0))  # upto[n]: lines shorter than n

    def lines(first: int, last: int) -> int:
        return upto[last + 1] - upto[first]

    best: tuple[int, int] | None = None  # (drop, width)
    for width in WIDTHS:
        below = lines(width - WIDTH_BAND + 1, width)
        if below < WIDTH_MIN_LINES or WIDTH_CLIFF * lines(width + 1, width + WIDTH_BAND) > below:
            continue
        drop = lines(width - WIDTH_EDGE + 1, width) - lines(width + 1, width + WIDTH_EDGE)
        if best is None or drop > best[0]:
            best = (drop, width)
    return None if best is None else best[1]


def _overruns(line: str) -> bool:
    """Whether the line holds an address ("https://…", "](data:image/gif;base64,R0lG…)"): no
    wrapper breaks one, so such a line may run past the width and is no evidence of it (the
    width 79 or 80 that a few such lines made, instead of html2text's 78, missed the wraps
    of lines that end at 78)."""
    return "://" in line or "data:" in line


def _wraps_into(line: str, below: str, width: int) -> bool:
    """Whether ``line`` was cut at ``width`` and goes on in ``below``: ``below``'s first word
    would not have fitted on it."""
    if not below.strip() or not line.strip() or len(line) > width or _OPENS_BLOCK.match(below):
        return False
    return len(line) + 1 + len(below.split(None, 1)[0]) > width


def _runs(count: int, goes_on: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The runs (start, stop) of two or more lines among ``count``, each line of a run but its
    first one that ``goes_on`` from the line above."""
    runs = []
    start = 0
    while start < count:
        stop = start + 1
        while stop < count and goes_on(stop):
            stop += 1
        if stop - start > 1:
            runs.append((start, stop))
        start = stop
    return runs


def _groups_of_runs(raw: Sequence[str], runs: list[tuple[int, int]]) -> list[Group]:
    return [Group(start, stop, _unwrapped(display_form(line) for line in raw[start:stop]), WRAPPED)
            for start, stop in runs]


def _unwrapped(lines: Iterable[str]) -> str:
    """Wrapped lines joined with a space where the wrap took one; a wrap after a hyphen inside
    a word ("…xe-dap-dien-" / "bien-do-quan-doi/", as textwrap and html2text break a link's
    address) took none. A dash between words has a space before it ("Mỹ -" / "Israel")."""
    out: list[str] = []
    for line in lines:
        if out and not (len(out[-1]) > 1 and out[-1][-1] == "-" and out[-1][-2].isalnum()):
            out.append(" ")
        out.append(line)
    return "".join(out)


def _wrapped_on(line: str) -> bool:
    """An indented line of words: the rest of a wrapped text node (not a list item, which a
    layout-preserving converter or Markdown indents too: "  • Lộ danh tính …", "   1. [Golf](…)")."""
    if line[:1] not in " \t":
        return False
    text = line.lstrip()
    return text[:1].isalnum() and _NUMBERED_ITEM.match(text) is None


def split_paragraphs(blocks: Sequence[Block], starts: Sequence[int] | None = None) -> list[Group]:
    """The paragraphs printed over several lines, in order; ``blocks`` are one per input
    line (``blocks[i]`` is line ``i``, blank ones included). ``starts``, when given, are the
    positions of the lines with a ``join_hint`` (the pipeline knows them from its per-line memo)."""
    if starts is None:
        starts = [pos for pos, b in enumerate(blocks) if join_hint(b.text)]
    groups: list[Group] = []
    done = 0  # positions before it are in a group already
    for pos in starts:
        if pos >= done:
            group = _group_at(blocks, pos, done)
            if group is not None:
                groups.append(group)
                done = group.stop
    return groups


def _group_at(blocks: Sequence[Block], pos: int, done: int) -> Group | None:
    """The group the line at ``pos`` (a line with a ``join_hint``) belongs to, if any, none
    of it before ``done``: a row around a separator, a name over its note, a label over its
    credit, or a paragraph that starts one or two lines above it."""
    text = blocks[pos].text
    if len(text) == 1 and text in ROW_SEPARATORS:
        return _dated_row(blocks, pos, done)
    if text == ":":
        return _labelled(blocks, pos, done)
    if _title_alone(text):
        return _titled(blocks, pos)
    if text[0] == "(" and _NAME_NOTE.match(text):
        noted = _noted(blocks, pos, done)
        if noted is not None:
            return noted
    if _credit_label(text):
        return _credited(blocks, pos)
    for head in (pos - 2, pos - 1):
        if head >= done and head >= 0:
            group = _group_from(blocks, head)
            if group is not None:
                return group
    if pos > 0 and blocks[pos - 1].text[-1:] in ('"', "”"):  # a quotation printed in pieces above
        for head in range(pos - 3, max(done, pos - QUOTE_PIECES - 2) - 1, -1):
            group = _group_from(blocks, head)
            if group is not None:
                return group
    return None


JOINS, LOWERCASE = 1, 2  # the bits of ``line_hints``


def line_hints(text: str) -> int:
    """What reflow needs to know of a line (a display form), remembered per line by the
    pipeline: ``JOINS`` if it may be joined with its neighbours (``join_hint``), ``LOWERCASE``
    if it starts with a lowercase letter (``wrapped_lines`` counts them)."""
    return join_hint(text) | (LOWERCASE if text[:1].islower() else 0)


def join_hint(text: str) -> bool:
    """Whether a line (a display form) may be joined with its neighbours: it continues a
    sentence of the line above (``continues``), or ends with a credit's label
    (``_credit_label``). Remembered per line; the tests are inlined (it reads every line)."""
    first = text[:1]
    if len(text) == 1 and first in ROW_SEPARATORS:
        return True
    if first.islower() or first in _OPENS_CONTINUATION:
        return _continuation(text) or (first == "(" and _NAME_NOTE.match(text) is not None)
    last = text[-1:]
    if last == ":":
        return _CREDIT_LABEL_END.search(text) is not None
    if _title_alone(text):
        return True
    return (last == "o" or last == "O") and len(text) == 4 and text.lower() == "theo"


def _dated_row(blocks: Sequence[Block], pos: int, done: int) -> Group | None:
    """A name, a separator alone and a date: the byline's row a converter printed one item a
    line. Blank lines may stand between them (``get_text("\\n")`` prints the spaces between
    the row's tags as lines of their own); the name is not before ``done``."""
    row = _row(blocks, pos, done, ROW_ITEM_WORDS)  # (a writer's name starts with a letter: not "0:00" / "/" / "02:47")
    if row is None:
        return None
    above, below, name, date = row
    if _OUTLET.fullmatch(date):  # the writer's outlet, then the date ("Anh Hoa" / "/" / "baodautu.vn")
        after = _next_printed(blocks, below, 1)
        if after is None or not _dated(blocks[after].text):
            return None
    elif not _dated(date):
        return None
    return Group(above, below + 1, f"{name} {blocks[pos].text} {date}")


def _dated(text: str) -> bool:
    """A date, a time or an age ("3 giờ trước": a teaser's, after its section)."""
    return text[:1].isdigit() and ("/" in text or ":" in text or text.endswith("trước"))


def _labelled(blocks: Sequence[Block], pos: int, done: int) -> Group | None:
    """A byline's label, a colon alone and the name: the label and the name are printed in
    tags of their own ("Tin, ảnh" / ":" / "Vũ Phương Thảo")."""
    row = _row(blocks, pos, done, LABEL_WORDS)
    if row is None:
        return None
    above, below, label, name = row
    if not name[:1].isupper() or len(name.split(None, CREDIT_WORDS)) > CREDIT_WORDS:
        return None
    return Group(above, below + 1, f"{label}: {name}")


def _row(blocks: Sequence[Block], pos: int, done: int, words: int) -> tuple[int, int, str, str] | None:
    """The nearest printed lines above and below ``pos`` (a row's separator, a colon) and their
    texts, when the one above is a short item of a row (it starts with a letter, closes no
    sentence, has at most ``words`` words) and not before ``done``."""
    above = _next_printed(blocks, pos, -1)
    below = _next_printed(blocks, pos, 1)
    if above is None or below is None or above < done:
        return None
    item = blocks[above].text
    if not item[:1].isalpha() or _closed(item) or len(item.split(None, words)) > words:
        return None
    return above, below, item, blocks[below].text


def _title_alone(text: str) -> bool:
    """A professional title on a line of its own ("BS", "PGS.TS"); the first tests are cheap,
    as ``join_hint`` reads every line."""
    return len(text) <= TITLE_CHARS and text[:1] in _TITLE_FIRSTS and _TITLE_ALONE.fullmatch(text) is not None


def _titled(blocks: Sequence[Block], pos: int) -> Group | None:
    """A professional title and the name under it, as one signature ("BS" / "ĐOÀN VĂN HẢI")."""
    below = _next_printed(blocks, pos, 1)
    if below is None:
        return None
    name = blocks[below].text
    if not (looks_like_person(name) or upper_names(name)):
        return None
    return Group(pos, below + 1, f"{blocks[pos].text} {name}")


def _next_printed(blocks: Sequence[Block], pos: int, step: int) -> int | None:
    """The nearest line with text from ``pos`` in direction ``step``, past at most
    ``ROW_GAP`` blank lines."""
    for near in range(pos + step, pos + step * (ROW_GAP + 2), step):
        if not 0 <= near < len(blocks):
            return None
        if blocks[near].text:
            return near
    return None


def _noted(blocks: Sequence[Block], pos: int, done: int) -> Group | None:
    """A writer's name and the note in brackets under it, as one byline (blank lines may
    stand between, as in a row); the name is not before ``done``."""
    above = _next_printed(blocks, pos, -1)
    if above is None or above < done:
        return None
    name = blocks[above].text
    if not name[:1].isupper() or _closed(name) or len(name.split(None, NAME_WORDS)) > NAME_WORDS:
        return None
    return Group(above, pos + 1, f"{name} {blocks[pos].text}")


def _credit_label(text: str) -> bool:
    """A line that ends with a credit's label ("… Ảnh:", "Nguồn:") or is "Theo" alone."""
    if text.endswith(":"):
        return _CREDIT_LABEL_END.search(text) is not None
    return len(text) == 4 and text.lower() == "theo"


def _credited(blocks: Sequence[Block], pos: int) -> Group | None:
    """A line that ends with a credit's label, and the credit on the next line."""
    if pos + 1 >= len(blocks):
        return None
    credit = blocks[pos + 1].text
    if not credit or len(credit.split(None, CREDIT_WORDS)) > CREDIT_WORDS or credit[0] in _CLOSERS:
        return None  # (a credit may end with a full stop: "Ảnh:" / "Lê Hiếu.")
    if pos + 2 < len(blocks) and blocks[pos + 2].text and continues(blocks[pos + 2].text):
        return None  # the label opens a sentence that goes on ("Theo" / "Forbes" / ", đội xe tăng …")
    return Group(pos, pos + 2, blocks[pos].text + " " + credit)


def continues(text: str) -> bool:
    """Whether a line (a display form) reads as the rest of a sentence, as only the rest of
    one may start (see the module docstring)."""
    first = text[:1]
    if not (first.islower() or first in _OPENS_CONTINUATION):
        return False  # most lines: a capital or a digit first
    return _continuation(text)


def _continuation(text: str) -> bool:
    first = text[0]
    if first in _CLOSERS:
        return True
    if first in "–—-":
        return _DASH_CLAUSE.match(text) is not None
    if first == "(":
        return _GLOSS_CLAUSE.match(text) is not None
    # (str.islower, not only \p{Ll}: split_paragraphs pre-tests it on every line)
    return first.islower() and _LOWER_WORD.match(text) is not None and _LIST_MARK.match(text) is None


def _running_text(text: str) -> bool:
    """A continuation that carries the sentence on (words, not a lone mark or tag)."""
    if text[0] in _CLOSERS:
        return _PUNCT_THEN_WORDS.match(text) is not None
    return len(text.split(None, CONTINUATION_MIN_WORDS - 1)) >= CONTINUATION_MIN_WORDS


def _group_from(blocks: Sequence[Block], head: int) -> Group | None:
    """The paragraph that starts at ``head``, if the lines after it continue it and the
    whole reads as a paragraph."""
    last = blocks[head].text  # the text so far ends as its last piece does
    if not last or _HEAD.match(last) is None:
        return None
    pieces, pos, running = [last], head + 1, False
    n = min(len(blocks), head + MAX_PIECES)  # a longer chain is no paragraph (see MAX_PIECES)
    # a photo's caption that ends with its credit is whole ("… phiên 14/9. Ảnh minh họa: AFP/
    # TTXVN" over the lead's first words, "Trong phiên giao dịch ngày 14/9,", and their link)
    while pos < n and blocks[pos].text and not _closed(last) and not ends_with_credit(last):
        piece = blocks[pos].text
        if _continuation(piece):
            pieces.append(piece)
            pos += 1
        elif (pos + 1 < n and blocks[pos + 1].text and _inline_piece(piece)
              and not _closed(piece) and _after_link(blocks[pos + 1].text)):
            pieces += (piece, blocks[pos + 1].text)
            pos += 2
        elif (after := _quoted_run(blocks, pos, n)) is not None:
            pieces += [b.text for b in blocks[pos:after]]
            pos = after
        else:
            break
        last = pieces[-1]
        running = running or _running_text(last)
    if pos == head + 1 or not running:
        return None
    text = join_pieces(pieces)
    if len(text.split()) < PARAGRAPH_MIN_WORDS or not (ends_sentence(text) or text.endswith(":")):
        return None
    return Group(head, pos, text)


QUOTE_PIECES = 4  # the pieces of one quotation whose words a page prints in spans of their own


def _quoted_run(blocks: Sequence[Block], pos: int, n: int) -> int | None:
    """The position after a quotation printed in pieces and the continuation under it, if
    ``pos`` opens one: an opening quote whose closing quote comes some pieces on, every piece
    short (``"Báo`` / ``Thanh Niên`` / ``"`` / ``và bấm vào ô vuông bên phải.``: the words of
    a name in bold inside a sentence, each in a span of its own)."""
    text = blocks[pos].text
    if text[0] not in "\"“" or text.count('"') + text.count("“") + text.count("”") != 1:
        return None
    words = len(text.split())
    for end in range(pos + 1, min(n, pos + QUOTE_PIECES)):
        piece = blocks[end].text
        words += len(piece.split())
        if not piece or words > QUOTE_WORDS or '"' in piece[:-1] or "“" in piece:
            return None
        if piece[-1] in "\"”":
            below = end + 1
            return below + 1 if below < n and blocks[below].text and _after_link(blocks[below].text) else None
    return None


def _inline_piece(text: str) -> bool:
    """A link's or a bold name's text (``LINK_WORDS`` words at most), or a quotation wholly in
    quotes (``QUOTE_WORDS``: a charge, a title, a slogan printed in bold inside the sentence)."""
    words = len(text.split(None, QUOTE_WORDS))
    if words <= LINK_WORDS:
        return True
    return words <= QUOTE_WORDS and text[0] in "\"“" and text[-1] in "\"”"


def _after_link(text: str) -> bool:
    """What may follow a link's text inside a sentence: a continuation, or a number before a
    lowercase word ("Liêm Trương" / "18 tuổi và anh trai …"), which after a name or a link is
    the sentence going on (after a headline or a long line it may be a count or a date)."""
    return _continuation(text) if not text[0].isdigit() else _NUMBER_THEN_WORD.match(text) is not None


def _closed(text: str) -> bool:
    """Whether ``text`` closes its sentence: a final mark, maybe before closing quotes or brackets."""
    return text.rstrip('"”’)]')[-1:] in (".", "!", "?", "…")


def join_pieces(pieces: Sequence[str]) -> str:
    """The pieces of one paragraph joined as printed: no space before closing punctuation
    nor after an opening bracket or quote, nor after a paragraph's first letter printed
    apart (``_split_initial``)."""
    out, quotes = [pieces[0]], pieces[0].count('"')
    for i, (before, piece) in enumerate(zip(pieces, pieces[1:])):
        end = before[-1]
        if not (piece[0] in _CLOSERS or end in "(“‘[" or (end == '"' and quotes % 2) or (piece[0] == '"' and quotes % 2)
                or (i == 0 and _split_initial(before, piece))):
            out.append(" ")
        out.append(piece)
        quotes += piece.count('"')
    return "".join(out)


def _split_initial(first: str, piece: str) -> bool:
    """Whether ``first`` is a paragraph's first letter printed apart from the rest of its
    word: a drop cap, or a word processor's span around one letter (``<span>T</span><span>rước
    khi …``), which text-node views print as ``T`` / ``rước khi …``. Only where the letter and
    the word under it spell one syllable: "Ở" / "nhiều nơi …" is a word and a link."""
    if len(first) != 1 or not first.isupper():
        return False
    word = piece.split(None, 1)[0].rstrip(_CLOSERS)
    return is_syllable(first + word)
