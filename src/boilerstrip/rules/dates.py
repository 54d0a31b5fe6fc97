"""Vietnamese timestamps: find the publication time in a line, and tell timestamp lines apart.

Why our own rules (not dateutil/dateparser): Vietnamese pages always write dates
**day-first** (``2/11/2023`` is 2 November), often unpadded, glued to weekdays
(``Thứ năm``), zone notes (``GMT+7``), bylines or even the next headline, and a
month-first reading would silently give wrong dates. Every pattern below is compiled
once at import time and has only bounded quantifiers around its alternatives, so
matching is linear in the text; whole-line checks additionally refuse lines longer
than :data:`MAX_TIMESTAMP_LINE` before running any anchored pattern.

Conventions:

* Results are aware datetimes in UTC+07:00 (:data:`VN_TZ`): pages print local
  time, and ``GMT+7`` only confirms it. An ISO string with another offset is
  converted to +07:00.
* Date only → midnight. Seconds are kept when printed.
* Two-digit years (``30/11/12``) → 20yy, unless that lies more than one year after
  the reference year (``relative_to``'s year, else today's), then 19yy: a news page
  cannot be dated in the future, and Vietnamese online news starts in the 1990s.
  Two-digit years are only read with ``/`` (``1.2.10`` is more often a version or an
  amount than a date); ``.`` and ``-`` dates need four digits.
* ``AM/PM`` and the Vietnamese day parts (``sáng`` morning; ``trưa`` noon; ``chiều``
  afternoon; ``tối``, ``đêm`` evening/night) shift 12-hour clocks; a 24-hour hour is
  kept as printed (``15:20 PM`` → 15:20).
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
import unicodedata

import regex

from . import credits

__all__ = [
    "VN_TZ",
    "MAX_TIMESTAMP_LINE",
    "parse_datetime",
    "timestamp_line",
    "time_category_line",
    "split_glued_timestamp",
    "trailing_relative_time",
    "dateline_words_only",
]

VN_TZ = timezone(timedelta(hours=7))
#: Longest line that can still be "only a timestamp" (weekday + prefix + 6 glued words).
MAX_TIMESTAMP_LINE = 160
#: Most words a name/category glued in front of a timestamp may have.
MAX_GLUE_WORDS = 6
#: Most words of a category after ``time | date`` (the related-headline meta line).
MAX_CATEGORY_WORDS = 5
_TAIL_WINDOW = 80  # trailing suffixes are searched only in the last N characters

_I = regex.IGNORECASE | regex.V0

# --- building blocks -----------------------------------------------------------------

WEEKDAY = regex.compile(
    r"(?<!\w)(?:thứ\s{0,3}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s{0,3}nhật|CN|T[2-7]|Th\s{0,2}[2-7])(?!\w)", _I
)
#: Day-first numeric dates. Two-digit years only with "/", see module docstring.
DATE_DMY = regex.compile(
    r"(?<!\d[/.\-]?)"
    r"(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}|\d{2})"
    r"|(?P<d>\d{1,2})(?P<sep>[.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}))"
    r"(?!\d|[/.]\d)"
)
#: "ngày 21 tháng 11 năm 2026", "21 tháng 11, 2026", "21 Tháng 11 2026": the date in words
#: ("21 thg 11, 2026": the month abbreviated, as Vietnamese locales of web platforms print it)
DATE_TEXT = regex.compile(
    r"(?<!\w)(?:ngày\s{1,3})?(?P<d>\d{1,2})\s{1,3}(?:tháng|thg)\s{1,3}(?P<m>\d{1,2})(?:\s{0,3},?\s{0,3}năm\s{1,3}|\s{0,3},\s{0,3}|\s{1,3})(?P<y>\d{4})(?!\d)",
    _I,
)
DATE_ISO = regex.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d{1,9})?)?"
    r"(?P<tz>Z|[+\-]\d{2}:?\d{2})?)?(?!\d)"
)
#: One pass finds the earliest date of any format (ISO first: it is the most specific).
DATE_ANY = regex.compile(
    "|".join(f"(?P<{name}>{p.pattern})" for name, p in
             (("iso", DATE_ISO), ("text", DATE_TEXT), ("dmy", DATE_DMY))),
    _I,
)
_AMPM = r"(?P<ampm>AM|PM|SA|CH|sáng|trưa|chiều|tối|đêm)"
TIME_HM = regex.compile(
    r"(?<![\d:])(?P<H>[01]?\d|2[0-3])(?:(?::|h)(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?)(?!\d)['’]?"  # "08:19' - 15/09/2020"
    rf"(?:\s{{0,3}}{_AMPM}(?!\w))?",
    _I,
)
GMT7 = regex.compile(r"\(?\s{0,3}(?:GMT|UTC)\s{0,3}\+\s{0,3}0?7(?::?00)?\s{0,3}\)?", _I)
_SEP = r"[\s|,\-–—]{0,12}"
#: A time right after a date ("20/03/2014 15:23", "2/11/2023, 19:20", "ngày 5/3 lúc 8h").
TIME_AFTER = regex.compile(rf"{_SEP}(?:(?:vào\s)?lúc\s{{1,3}})?{TIME_HM.pattern}", _I)
#: A time right before a date ("13:04 | 20/03/2021", "00:03 03/06/2016").
TIME_BEFORE = regex.compile(rf"{TIME_HM.pattern}{_SEP}(?:ngày\s{{1,3}})?\Z", _I)
RELATIVE_TIME = regex.compile(
    r"(?<![\w.,])(?:cách\s{1,3}đây\s{1,3})?(?P<n>\d{1,4})\s{0,3}(?P<unit>giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)"
    r"(?:\s{0,3}(?P<n2>\d{1,2})\s{0,3}(?P<unit2>phút|giây))?(?:\s{1,3}trước)(?!\w)"
    r"|(?<!\w)(?P<day>hôm\s{1,3}(?:nay|qua|kia))(?!\w)",
    _I,
)
#: Words that may precede a date on a dateline (after any glued name/category).
_LEAD = regex.compile(
    rf"(?:[\s|,\-–—:/]|{WEEKDAY.pattern}|(?<!\w)(?:cập\s{{1,3}}nhật|ngày\s{{1,3}}đăng|đăng|"
    r"xuất\s{1,3}bản|ngày|lúc|vào|đăng\s{1,3}lúc|posted|updated)(?!\w))+\Z",
    _I,
)
#: What may follow a timestamp on its line: zone, separators, a day part word.
_TRAIL = regex.compile(rf"(?:[\s|,\-–—()]|{GMT7.pattern}|(?<!\w){_AMPM}(?!\w))*", _I)
#: A view counter printed after the dateline ("… 01:00 AM Số lần xem: 169", "| Lượt xem: 1.234"),
#: or before it ("Lượt xem: 530 - 21/11/2016 16:43:03")
_VIEW_COUNT = regex.compile(r"(?:lượt xem|số lần xem|lượt đọc|views?)\s*:?\s*[\d.,]+\s*|[\d.,]+\s*(?:lượt xem|views?)\s*", _I)
#: Words that make the text before a date a phrase about that date ("Giá vàng hôm
#: nay 7/3/2026", "… khai trương từ 1/1/2026"), not a name glued to a dateline.
_DATE_OBJECT = regex.compile(r"(?<!\w)(?:hôm\s+nay|hôm\s+qua|ngày|tháng|năm|từ|đến|trước|sau|kỳ)(?!\w)", _I)
_SENTENCE = regex.compile(r"[.!?…;]\s|[:\"“”'‘’()\[\]]|\d")
TEASER_DATE = regex.compile(r"\(\s{0,2}\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?\s{0,2}\)")
_TAIL_RELATIVE = regex.compile(
    rf"(?:\(\s{{0,2}}(?:{RELATIVE_TIME.pattern})\s{{0,2}}\)|{RELATIVE_TIME.pattern}|{TEASER_DATE.pattern})\s*\Z",
    _I,
)
# --- cheap necessary conditions (pre-filters) ----------------------------------------
# Most lines hold no date at all; these tests are implied by every match of the full
# patterns above, so when one fails the full (slower) pattern cannot match either.

#: Every date, time and teaser-date pattern needs a digit.
_ANY_DIGIT = regex.compile(r"\d")
#: Every DATE_ANY match holds one of these, each its alternative with the lookarounds,
#: the backreference and the leading digits of the first number dropped: "d/m/yy" (dmy
#: with "/"), "d.m.yy" ("d.m.yyyy", "d-m-yyyy" and ISO "yyyy-mm-dd" all hold it: "4-01-15"),
#: "d tháng m" or "d thg m" (text dates). Number-like "1.000" or "3-5" lines, most of those with digits
#: and separators, hold none (tests/test_speed_invariants.py checks the fixture lines).
_DATE_HINT = regex.compile(r"\d/\d{1,2}/\d\d|\d[.\-]\d{1,2}[.\-]\d\d|\d\s{1,3}(?:tháng|thg)\s{1,3}\d", _I)
#: Farthest a _DATE_HINT match lies inside a DATE_ANY match from its start (each starts
#: at the last digit of the first number): "ngày" and three spaces before the last digit
#: of a two-digit day (text dates); 3 for ISO, 1 for dmy.
_HINT_OFFSET = 8
#: A digit or "hôm" (of "hôm nay/qua/kia", the only digit-free relative time): one scan
#: rules out most lines, since no timestamp rule matches without either.
_DIGIT_OR_HOM = regex.compile(r"\d|hôm", _I)
#: Last character of a _TAIL_RELATIVE match on a right-trimmed line: ")" of a teaser date
#: or of "(… trước)", "c" of "trước", "y"/"a" of "nay", "qua", "kia" (either case; no
#: other character folds to these, see tests/test_speed_invariants.py).
_RELATIVE_LAST = (")", "c", "C", "y", "Y", "a", "A")

_DAY_PARTS_PM = {"pm", "ch", "chiều", "tối"}
_RELATIVE_UNITS = {
    "giây": timedelta(seconds=1), "phút": timedelta(minutes=1), "giờ": timedelta(hours=1),
    "tiếng": timedelta(hours=1), "ngày": timedelta(days=1), "tuần": timedelta(weeks=1),
    "tháng": timedelta(days=30), "năm": timedelta(days=365),  # approximate on purpose
}


# --- public API --------------------------------------------------------------------

def parse_datetime(text: str, relative_to: datetime | None = None) -> datetime | None:
    """The first valid absolute date (+ time) in ``text`` as an aware +07:00 datetime.

    Day-first always; an invalid day/month (``12/26/2012``) is skipped and the search
    goes on. Only when no absolute date exists and ``relative_to`` is given are
    relative expressions (``48 phút trước``, ``hôm qua``) resolved against it (a naive
    ``relative_to`` is taken as Vietnamese local time). Returns None otherwise.
    """
    text = unicodedata.normalize("NFC", text)
    ref_year = (relative_to or datetime.now(VN_TZ)).year
    found = _first_datetime(text, ref_year, lenient=False)
    if found is not None:
        return found[0]
    if relative_to is None:
        return None
    return _relative(text, relative_to)


def _trail_end(text: str, pos: int = 0) -> int:
    """Where the separators, "GMT+7" and AM/PM after ``pos`` end (``_TRAIL`` matches
    anywhere, the empty string at worst)."""
    match = _TRAIL.match(text, pos)
    return match.end() if match is not None else pos


def timestamp_line(text: str) -> str | None:
    """Name of the rule when the whole line only says *when*, else None.

    Rules: ``"timestamp"`` (date/time with optional weekday, ``Cập nhật``/``Đăng
    lúc``/``Ngày đăng``/``lúc`` prefix, zone, separators, day-part word),
    ``"timestamp_glued"`` (the same after a short name or category, at most
    :data:`MAX_GLUE_WORDS` words and no sentence punctuation, maybe followed by ``|`` and
    a section name), ``"time_category"``
    (``time | date Category``), ``"relative_time"`` (``(48 phút trước)``, ``Star - 2
    giờ trước``), ``"time_only"`` (``13:28 GMT+7``), ``"date_no_year"`` (``(27/12)``) and
    ``"match_minute"`` (``78'``, ``90+4'``: the entries of a live match report).
    Clock-only lines with seconds (``01:04:32``) are video durations, not times.
    Month-first dates (comment widgets print ``12/26/2012 5:00:00 PM``) still make a
    timestamp line here, although :func:`parse_datetime` will not read them.
    Why bounded: a body sentence mentioning a date has more than a few words around it.
    """
    line = unicodedata.normalize("NFC", text).strip()
    if not line or len(line) > MAX_TIMESTAMP_LINE:
        return None
    rule = _single_timestamp_line(line)
    if rule is None and " | " in line:
        # "Ngày đăng: 21/11/2026 | Cập nhật: 22/11/2026": posted and updated on one line
        parts = line.split(" | ")
        if len(parts) <= 3 and all(_single_timestamp_line(part.strip()) == "timestamp" for part in parts):
            return "timestamp"
    return rule


def _single_timestamp_line(line: str) -> str | None:
    """``timestamp_line`` of a stripped NFC line, without the posted | updated pair."""
    if not line:
        return None
    if _ANY_DIGIT.search(line) is None:  # no date, time or teaser date; maybe "(hôm qua)"
        # = ``_DIGIT_OR_HOM.search(line) is None`` then ``_relative_line``: "hôm" in any
        # case lowers to "hôm" (only h/H, ô/Ô, m/M fold to its letters:
        # tests/test_speed_invariants.py), and where the pattern finds no "hôm" (nor a
        # digit) ``_relative_line`` finds no relative time either, so a superset is exact.
        return _relative_line(line) if "hôm" in line.lower() else None
    core = _find_core(line, lenient=True)
    if core is not None:
        start, end = core
        rest = line[end:]
        trail = _trail_end(rest)
        glue = _glue_before(line[:start])
        if glue is None:
            return None
        if trail == len(rest) or _VIEW_COUNT.fullmatch(rest, trail) is not None:
            return "timestamp_glued" if glue else "timestamp"
        if not glue and TIME_HM.match(line, start) is not None and _is_category(rest[trail:]):
            return "time_category"
        if "|" in rest[:trail] and _is_category(rest[trail:]):
            # "Theo Phạm Trường | 20-07-2026 - 00:15 AM | Thị trường chứng khoán": the
            # byline, the dateline and the section, one line under the headline (or the
            # dateline and the section alone: "07-03-2026 - 00:01 AM | Thị trường chứng khoán")
            return "timestamp_glued" if glue else "timestamp"
        return None
    return _relative_line(line) or _short_line(line)


def time_category_line(text: str) -> str | None:
    """``"time_category"`` for ``15:34 | 20/08/2024 Sự kiện - Vấn đề``-style lines.

    Why separate: under related headlines sites print time, date and the headline's
    category on one line; it is page furniture, not body, but not the page's own
    date either, so callers may want to tell it apart.
    """
    return "time_category" if timestamp_line(text) == "time_category" else None


def split_glued_timestamp(text: str) -> tuple[str, str] | None:
    """Split a leading or trailing timestamp off text it is glued to.

    ``14/11/2020 15:30Mỹ - Trung …`` → (``14/11/2020 15:30``, ``Mỹ - Trung …``);
    ``… 'tô son cho gỗ mục' - 00:00 | 26/12/2012`` → (``00:00 | 26/12/2012``, headline).
    Returns None when there is no dated timestamp at either end, or nothing else.
    Why: scrapers concatenate a dateline with the next headline; the pipeline needs
    both halves (the date for ``published``, the headline as its own line).
    """
    line = unicodedata.normalize("NFC", text).strip()
    if len(line) < 2 or _DATE_HINT.search(line) is None:  # no date at either end
        return None
    ref_year = datetime.now(VN_TZ).year
    head = _first_datetime(line, ref_year, lenient=False)
    if head is not None:
        _, start, end = head
        lead = _LEAD.search(line, 0, start) if start else None
        if start == 0 or (lead is not None and lead.start() == 0):
            stop = _trail_end(line, end)
            rest = line[stop:].strip()
            has_time = TIME_HM.search(line, start, end) is not None
            glued = stop == end and stop < len(line) and not line[stop].isspace()
            if rest and (has_time or glued):
                return line[:stop].strip(" \t|,-–—"), rest
    tail = _last_datetime(line, ref_year)
    if tail is not None:
        start, end = tail
        if _trail_end(line, end) == len(line):
            lead = _LEAD.search(line, 0, start)
            if lead is not None:
                start = _skip_separators(line, lead.start(), start)
            rest = line[:start].rstrip(" \t|,-–—:")
            separated = regex.search(r"[|\-–—]\s*\Z", line[max(0, start - 4):start]) is not None
            has_time = TIME_HM.search(line, start) is not None
            if rest and _trail_end(rest) < len(rest) and (separated or has_time):
                return line[start:].strip(), rest
    return None


def _skip_separators(line: str, lo: int, hi: int) -> int:
    """First position in ``line[lo:hi]`` after leading separators/whitespace."""
    while lo < hi and (line[lo].isspace() or line[lo] in "|,-–—:"):
        lo += 1
    return lo


def trailing_relative_time(text: str) -> str | None:
    """The relative-time or teaser-date suffix of a headline-list item, else None.

    ``… 100.000 đồng (48 phút trước)`` → ``(48 phút trước)``; ``… máy xúc (27/12)`` →
    ``(27/12)``. Why: the suffix marks a line as a list teaser, and the headline
    without it can be compared with other lines.
    """
    line = unicodedata.normalize("NFC", text).rstrip()
    if not line.endswith(_RELATIVE_LAST):
        return None
    window = max(0, len(line) - _TAIL_WINDOW)
    match = _TAIL_RELATIVE.search(line, window)
    return match.group().strip() if match else None


# --- internals ---------------------------------------------------------------------

def _first_datetime(text: str, ref_year: int, *, lenient: bool) -> tuple[datetime, int, int] | None:
    """Earliest valid date with its attached time: (datetime, span start, span end)."""
    hint = _DATE_HINT.search(text)
    if hint is None:
        return None
    # No match starts more than _HINT_OFFSET characters before the first hint (each holds
    # one that far in), and lookbehinds still see the text before ``pos``: the same matches.
    for match in DATE_ANY.finditer(text, max(0, hint.start() - _HINT_OFFSET)):
        day = _valid_date(match, ref_year, lenient=lenient)
        if day is None:
            continue
        return _attach_time(text, match, day)
    return None


def _last_datetime(text: str, ref_year: int) -> tuple[int, int] | None:
    """Span of the last valid date+time, found in the tail window only (linear)."""
    window = max(0, len(text) - _TAIL_WINDOW)
    if _DATE_HINT.search(text, window) is None:
        return None
    last = None
    for match in DATE_ANY.finditer(text, window):
        day = _valid_date(match, ref_year, lenient=False)
        if day is not None:
            _, start, end = _attach_time(text, match, day)
            last = (max(start, window), end)
    return last


def _find_core(line: str, *, lenient: bool) -> tuple[int, int] | None:
    found = _first_datetime(line, datetime.now(VN_TZ).year, lenient=lenient)
    return None if found is None else (found[1], found[2])


def _valid_date(match: regex.Match[str], ref_year: int, *, lenient: bool) -> date | None:
    d, m, y = int(match.group("d")), int(match.group("m")), match.group("y")
    year = int(y)
    if len(y) == 2:
        year += 2000 if 2000 + year <= ref_year + 1 else 1900
    if not 1900 <= year <= 2099:
        return None
    try:
        return date(year, m, d)
    except ValueError:
        pass
    if lenient:
        try:
            return date(year, d, m)
        except ValueError:
            return None
    return None


def _attach_time(text: str, match: regex.Match[str], day: date) -> tuple[datetime, int, int]:
    start, end = match.span()
    if match.group("iso") and match.group("H"):
        clock = time(int(match.group("H")), int(match.group("M")), int(match.group("S") or 0))
        stamp = datetime.combine(day, clock)
        tz = match.group("tz")
        if tz:
            sign = -1 if tz[0] == "-" else 1
            digits = tz[1:].replace(":", "") if tz != "Z" else "0000"
            offset = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
            return stamp.replace(tzinfo=offset).astimezone(VN_TZ), start, end
        return stamp.replace(tzinfo=VN_TZ), start, end
    after = TIME_AFTER.match(text, end)
    if after is not None:
        return datetime.combine(day, _clock(after), VN_TZ), start, after.end()
    before = TIME_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        return datetime.combine(day, _clock(before), VN_TZ), before.start(), end
    return datetime.combine(day, time(0, 0), VN_TZ), start, end


def _clock(match: regex.Match[str]) -> time:
    hour, minute = int(match.group("H")), int(match.group("M"))
    second = int(match.group("S") or 0)
    part = (match.group("ampm") or "").lower()
    if part in _DAY_PARTS_PM and hour < 12:
        hour += 12
    elif part == "đêm" and 6 <= hour < 12:
        hour += 12
    elif part == "trưa" and hour < 5:
        hour += 12
    elif part in ("am", "sa", "sáng") and hour == 12:
        hour = 0
    return time(hour, minute, second)


def _relative(text: str, relative_to: datetime) -> datetime | None:
    ref = relative_to if relative_to.tzinfo else relative_to.replace(tzinfo=VN_TZ)
    ref = ref.astimezone(VN_TZ)
    match = RELATIVE_TIME.search(text)
    if match is None:
        return None
    if match.group("day"):
        back = {"nay": 0, "qua": 1, "kia": 2}[match.group("day").split()[-1].lower()]
        day = ref.date() - timedelta(days=back)
        after = TIME_AFTER.match(text, match.end())
        clock = _clock(after) if after is not None else time(0, 0)
        return datetime.combine(day, clock, VN_TZ)
    delta = int(match.group("n")) * _RELATIVE_UNITS[match.group("unit").lower()]
    if match.group("n2"):
        delta += int(match.group("n2")) * _RELATIVE_UNITS[match.group("unit2").lower()]
    return ref - delta


#: The labels of a byline glued to its date ("Tin:", "Ảnh:"): their colon is no sentence's
_BYLINE_LABELS = regex.compile(r"(?<!\w)(?:tin|bài|ảnh|video|tác giả|thực hiện)\s*:", _I)
#: ... and the note in brackets after the writer's name ("(theo Heathline)", "(tổng hợp)"):
#: its brackets are no sentence's either
_BYLINE_NOTE = regex.compile(r"\((?:theo|tổng hợp|t/h|lược dịch|biên dịch|dịch)\b[^()]{0,40}\)", _I)
#: ... or the writer's outlet in brackets after a name of capitalised syllables ("Hưng Thịnh
#: (TTXVN) • 20/09/2012 20:33", "Minh Thư (vtv.vn) - …"): an acronym or a domain names it
#: (not "Bão số 3 (VIDEO)": lower-case syllables, a headline's)
_BYLINE_OUTLET = regex.compile(r"^(?:\p{Lu}\p{Ll}*\.?\s*){1,5}\K\((?=[^()]*(?:\p{Lu}{2}|\.\p{Ll}{2,3}\b))(?:\p{Lu}[\p{L}\d .&+/-]{1,40}|[a-z\d-]+(?:\.[a-z\d-]+)+)\)")


def _glue_before(before: str) -> str | None:
    """The name/category glued before a dateline ("" if none), None if too long."""
    if not before.strip():
        return ""
    lead = _LEAD.search(before)
    glue = before[: lead.start()] if lead is not None else before
    glue = glue.strip(" \t|,-–—:")
    if not glue or _VIEW_COUNT.fullmatch(glue) is not None:
        return ""  # (or a view counter printed before the date: "Lượt xem: 530 - 21/11/2016 16:43:03")
    words = [w for w in glue.split() if any(ch.isalnum() for ch in w)]
    glue_text = glue
    if ":" in glue:  # "Tin: Tường Minh - Ảnh: Đỗ Hiền• 05/05/2021 15:28": a byline's labels
        glue_text = _BYLINE_LABELS.sub(" ", glue_text)
    if "(" in glue:  # "Quang Minh (theo Heathline) - Thứ hai, 09/12/2024 08:00": a byline's note
        glue_text = _BYLINE_OUTLET.sub(" ", _BYLINE_NOTE.sub(" ", glue_text))
    if "." in glue:  # "DS. NGUYỄN BÁ HUY CƯỜNG • 11/05/2017 09:10 AM": a professional title's dot
        glue_text = credits.HONORIFIC.sub("", glue_text)
    if len(words) > MAX_GLUE_WORDS or _SENTENCE.search(glue_text) or _DATE_OBJECT.search(glue):
        return None
    return glue


#: "Cập nhật lúc 10:32 21/11/2026", "(Cập nhật: …)", "Updated …": a stamp of when the text
#: around it changed, printed inside a story that goes on
UPDATE_STAMP = regex.compile(r"^\(?\s*(?:[Cc]ập nhật|CẬP NHẬT|[Uu]pdated?)\b")


def update_stamp(text: str) -> bool:
    """Whether a timestamp line is an update's stamp (``UPDATE_STAMP``)."""
    return UPDATE_STAMP.match(text) is not None


def dateline_words_only(text: str) -> bool:
    """Whether ``text`` holds only the words a dateline prints around its date ("Ngày",
    "Cập nhật lúc", "Thứ hai,"): what is left of a timestamp line once its date is
    taken out is then no name."""
    lead = _LEAD.search(text)
    return lead is not None and lead.start() == 0


def _is_category(rest: str) -> bool:
    """A short section name: few words, starts with a capital, no sentence marks."""
    rest = rest.strip()
    words = rest.split()
    return (0 < len(words) <= MAX_CATEGORY_WORDS and rest[0].isupper()
            and _SENTENCE.search(rest) is None)


def _relative_line(line: str) -> str | None:
    if not line.endswith(_RELATIVE_LAST):  # ``line`` is trimmed: a match must end it
        return None
    match = _TAIL_RELATIVE.search(line, max(0, len(line) - _TAIL_WINDOW))
    if match is None or TEASER_DATE.fullmatch(match.group().strip()):
        return None
    if match.group().strip().lower().startswith("hôm"):
        return None  # "hôm nay" ends many sentences; it is not a timestamp line
    glue = _glue_before(line[: match.start()])
    return "relative_time" if glue is not None else None


# "78'" / "90+4'" / "Phút 45+2": the minute of a live match report's entry
MATCH_MINUTE = regex.compile(r"^(?:(?i:phút) \d{1,3}(?:\+\d{1,2})?['’′]?|\d{1,3}(?:\+\d{1,2})?['’′])$")
MATCH_MINUTE_MAX = 12  # "Phút 120+15'": the longest MATCH_MINUTE line
#: "Hôm qua, 10:30" / "Hôm nay lúc 08:15" / "10:30 hôm qua": a day named relative to today and
#: its clock time, how some pages date their stories and comments (dateparser's vi locale lists
#: "hôm qua" and "hôm nay"). A relative time: no date is read from it without a reference.
DAY_AND_TIME = regex.compile(
    rf"hôm\s{{1,3}}(?:nay|qua|kia)[\s,|\-–—]{{0,6}}(?:lúc\s{{1,3}})?{TIME_HM.pattern}"
    rf"|{TIME_HM.pattern}[\s,|\-–—]{{0,6}}(?:ngày\s{{1,3}})?hôm\s{{1,3}}(?:nay|qua|kia)",
    _I,
)


def _short_line(line: str) -> str | None:
    """Time-only, year-less date and match-minute lines, nothing else on them (or a day
    named relative to today before or after the time)."""
    if "hôm" in line.lower():  # (no other character folds to its letters: see _single_timestamp_line)
        day = DAY_AND_TIME.match(line)
        if day is not None and _trail_end(line, day.end()) == len(line):
            return "relative_time"
    time_match = TIME_HM.match(line)
    if time_match is not None and not time_match.group("S") and _trail_end(line, time_match.end()) == len(line):
        return "time_only"
    if TEASER_DATE.fullmatch(line):  # bare "1/5" is a rating or a page count as often
        return "date_no_year"
    if len(line) <= MATCH_MINUTE_MAX and MATCH_MINUTE.match(line):
        return "match_minute"
    return None
