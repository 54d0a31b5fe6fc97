"""Bylines and source credits: "Theo Nguyễn Tiến (VnExpress.net)", "Nguồn: TTXVN",
"(TTXVN)", "(TTXVN/Vietnam+)", "PV", "Hà Thu (tổng hợp)", "Hà My (thực hiện)",
"Tin, ảnh: Hoàng Triều", "Phóng viên: Ngọc Hà", "Theo: VietNamNet", "Thu Hằng/VOV.VN",
"Minh Nhật/VOV1", and the lone author-name line after the body ("Hà Anh", "NGUYỄN HIỀN").

Each rule also says who is credited, so metadata reads author and source from the same
match that removed the line from the body.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Sequence

import regex

from ..features import stopwords
from ..memo import BoundedMemo, LINE_ENTRIES, LINE_KEY
from ..types import Block, Label
from .base import LINE, Decision, case_variants, decide_lines, without_list_bullet

# A syllable of a Vietnamese proper name: capitalised, letters only (Nguyễn, Thị, Đ.)
_NAME_SYL = r"\p{Lu}[\p{Ll}\p{M}]*\.?"
# Syllables are spaced, but an initial may be glued to the name after it ("T.Phương"; a
# word before a dot is no initial: "Online.Vinmec" is a site's name)
_NAME_SEP = r"(?:[ ]|(?<=(?<!\p{L})\p{Lu}\.))"
PERSON_NAME = regex.compile(rf"^{_NAME_SYL}(?:{_NAME_SEP}{_NAME_SYL}){{0,4}}$")
# Two or three names joined: "Bá Đô - Quỳnh Trang", "Quang Phong - Tùng Nguyên", "Ngọc Anh, Minh Khang"
PERSON_NAMES = regex.compile(rf"^{_NAME_SYL}(?:{_NAME_SEP}{_NAME_SYL}){{0,4}}(?:\s*(?:-|–|,|và)\s*{_NAME_SYL}(?:{_NAME_SEP}{_NAME_SYL}){{0,4}}){{1,3}}$")
# "HN", "T.H", "P.V.": reporters sign short pieces with their initials
INITIALS = regex.compile(r"^\p{Lu}(?:\.?\p{Lu}){1,3}\.?$")
STAFF = regex.compile(r"^(?:PV|CTV|BTV|Nhóm PV|Nhóm phóng viên|Phóng viên|Nhóm thực hiện|P\.V|Q\.H)\.?$", regex.I)
# "Nhóm PV Kinh tế": a group of the paper's reporters, named after their desk
STAFF_DESK = regex.compile(r"^(?i:nhóm pv|nhóm phóng viên)\s+\p{Lu}\w*(?:\s+\w+){0,2}\.?$")
# "Theo Nguyễn Tiến (VnExpress.net)" / "Theo Forbes" / "Theo Minh Nguyễn/Vcamp.vn" / "PP, Theo Trí Thức Trẻ"
# / "Long Trần - Theo Trí Thức Trẻ" / "Theo: VietNamNet"
THEO = regex.compile(r"^(?:(?P<author>[^,.()]{1,30})(?:,\s*|\s+[-–|]\s+))?Theo(?:\s*:)?\s+(?!dõi\b)(?P<who>(?:[^.!?;:]|\.(?=\S)){2,60}?)\.?$")
# "Nguồn: VnEconomy" / "(Nguồn: Reuters)" / "Nguồn tin: X"
NGUON = regex.compile(r"^[(]?Nguồn(?:\s+tin|\s+bài)?\s*:\s*(?P<who>[^()]{0,80}?)[)]?\.?$", regex.I)
# "Nguồn: https://vnexpress.net/…" / "Nguồn Znews: http://news.zing.vn/…": the story's
# address, after the outlet's name or alone (then its host names the outlet)
NGUON_URL = regex.compile(r"^[(]?Nguồn(?:\s+(?P<outlet>\p{Lu}[\p{L}\d.+-]{1,30}))?\s*:?\s*(?P<url>https?://(?:www\.)?(?P<host>[^\s/()<>]+)[^\s()<>]*)[)]?\.?$")
# "(TTXVN)" / "(Dân trí)" / "- TTXVN" as the whole line
PAREN_AGENCY = regex.compile(r"^[(\[](?P<who>[^()\[\]]{2,30})[)\]]\.?$")
# "Hà Thu (tổng hợp)" / "Đăng Khoa (t/h)" / "Ca Tiếu (theo online-tech-tips)" / "Minh Khôi (Theo Reuters)" / "Hà My (thực hiện)"
AUTHOR_PAREN = regex.compile(rf"^(?P<author>{_NAME_SYL}(?:{_NAME_SEP}{_NAME_SYL}){{0,4}})\s*\((?P<note>tổng hợp|t/h|th|lược dịch|dịch|biên dịch|biên soạn|thực hiện|ghi|ghi chép|lược ghi|theo [^()]{{2,40}})\)\.?$", regex.I)
# "Tác giả: X" / "Bài và ảnh: X" / "Tin, ảnh: X" / "Tin - ảnh: X" / "Thực hiện: X" / "Bài: X" /
# "Phóng viên: X" (an interview's "Phóng viên: …?" turn asks: sentence marks rule it out)
BYLINE_LABEL = regex.compile(
    r"^(?:Tác giả|Bài|(?:Bài|Tin)\s*(?:và|,|&|-|–|/|\+)\s*ảnh|Thực hiện|Người viết|Biên tập|Ghi|Phóng viên)\s*:\s*(?P<author>[^.!?]{2,60})$",
    regex.I,
)
# "Tác giả Anh Hoa / baodautu.vn": the label without its colon, a name, maybe the outlet
AUTHOR_WORD = regex.compile(rf"^Tác giả\s+(?P<author>{_NAME_SYL}(?:{_NAME_SEP}{_NAME_SYL}){{0,4}})(?:\s*/\s*(?P<src>[^/\s][^/]{{1,40}}))?$")
# "Tin: Tường Minh - Ảnh: Đỗ Hiền" / "Bài: X, ảnh: Y": the writer, then the photographer;
# a byline, though it ends like a caption's credit ("… Ảnh: Đỗ Hiền")
TEXT_AND_PHOTO = regex.compile(
    r"^(?:Tin|Bài|Nội dung)\s*:\s*(?P<author>[^.!?:]{2,40}?)\s*[-–,;]\s*(?:Ảnh|Video|Clip|Đồ họa|Đồ hoạ)\s*:\s*[^.!?:]{2,40}$",
    regex.I,
)
# "Thu Hằng/VOV.VN" / "Hoàng Anh/VOV-Tây Nguyên" / "Phạm Thành/TTXVN" / "Minh Hòa/Báo Tin tức":
# state media sign a story with the reporter's full name and, after a slash, the outlet or
# bureau, which is named by an acronym, a domain, "Báo …" or "…+" ("Apps/Games" and
# "Ứng Dụng/Thủ Thuật" are menu items of the same shape, without any of these)
NAME_OUTLET = regex.compile(
    rf"^(?P<author>{_NAME_SYL}(?: {_NAME_SYL}){{1,4}}(?:\s*(?:-|–|,)\s*{_NAME_SYL}(?: {_NAME_SYL}){{1,4}}){{0,3}})"
    r"\s*/\s*(?P<src>\p{Lu}[\p{L}\d .&+-]{1,40}|[a-z\d-]+(?:\.[a-z\d-]+)+)$"  # or a domain: "Vân Anh/dulich.petrotimes.vn"
)
_OUTLET_NAME = regex.compile(r"\b\p{Lu}{2,}\d?\b|\.\p{L}{2,3}\b|^Báo |\+$")  # (a channel: "VOV1", "VTV3")
# "Đình Huy - quanghuy95.pr@gmail.com": the reporter's name and e-mail address
NAME_EMAIL = regex.compile(rf"^(?P<author>{_NAME_SYL}(?:{_NAME_SEP}{_NAME_SYL}){{1,4}})\s*[-–|,]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# "Phùng Anh (VTV Online)" / "Minh Thư (TTXVN)": the reporter, then the outlet in brackets
# (not "Ông Nguyễn Văn A (UBND)": a person spoken of, whom a pronoun introduces)
_PRONOUNS = frozenset({"Ông", "Bà", "Anh", "Chị", "Em", "Cô", "Chú", "Bác", "Cháu"})
NAME_PAREN_OUTLET = regex.compile(
    rf"^(?P<author>{_NAME_SYL}(?:{_NAME_SEP}{_NAME_SYL}){{1,4}})\s*\((?P<src>\p{{Lu}}[\p{{L}}\d .&+/-]{{1,40}})\)$"
)
# "NGUYỄN HIỀN" / "HOÀNG ANH - MINH TÚ" / "A.PHƯỚC - X.NGỌC": names printed in capitals
# under the story; each name has 2-5 syllables of at most 7 letters (a Vietnamese
# syllable's length), the family name maybe cut to its initial ("T.PHƯƠNG")
_UPPER_NAME = r"(?:\p{Lu}\.\s?\p{Lu}{1,7}(?: \p{Lu}{1,7}){0,3}|\p{Lu}{1,7}(?: \p{Lu}{1,7}){1,4})"
UPPER_NAMES = regex.compile(rf"^{_UPPER_NAME}(?:\s*(?:-|–|,)\s*{_UPPER_NAME}){{0,3}}$")
# "NHẬT XUÂN và 1 tác giả khác": the first of several authors; pages that print the phrase
# list every author on the lines below it, one name a line ("NHẬT XUÂN" / "NGHI VŨ")
MORE_AUTHORS = regex.compile(r"^(?P<author>[^.!?:;()]{2,50}?)\s+(?:và|cùng|\+)\s+(?P<more>\d{1,2})\s+tác giả khác$", regex.I)
# "Thảo luận trong 'Dịch vụ trực tuyến' bắt đầu bởi cuLong, 14/12/12.": a forum thread's
# header (XenForo's Vietnamese template) names the member who started it, then the date
THREAD_STARTER = regex.compile(r"^(?:Thảo luận trong .{1,80}? )?bắt đầu bởi (?P<author>[^\s,]{2,40}(?: [^\s,]{1,20}){0,3}),\s*\d[\d/.:\s-]{3,20}\.?$", regex.I)
_NOT_A_NAME = frozenset(
    {"Video", "Ảnh", "Clip", "Hà Nội", "Thế Giới", "Xã Hội", "Kinh Doanh", "Giải Trí", "Thể Thao", "Trang Chủ",
     "Hỏi", "Đáp"}  # (a Q&A column's labels)
)
_UPPER_SECTIONS = frozenset(name.upper() for name in _NOT_A_NAME)  # "THẾ GIỚI", "THỂ THAO"


#: Professional titles experts sign with ("Bác sĩ Lê Thị Mai", "ThS.BS Nguyễn An", "Luật sư
#: Trần Minh"): health and law pages are often written by one.
HONORIFICS = (
    "Bác sĩ", "Dược sĩ", "Luật sư", "Kỹ sư", "Kiến trúc sư", "Nhà báo", "Thạc sĩ", "Tiến sĩ", "Giáo sư",
    "Phó giáo sư", "BS", "BSCKI", "BSCKII", "ThS", "TS", "PGS", "GS", "LS", "DS", "KS", "KTS",
)
HONORIFIC = regex.compile(r"^(?:(?:" + "|".join(sorted(map(regex.escape, HONORIFICS), key=len, reverse=True)) + r")\.?\s*)+(?=\p{Lu})")


def looks_like_signed_expert(text: str) -> bool:
    """A person's name after a professional title ("Bác sĩ Lê Thị Mai", "PGS.TS Trần Văn
    Bình", "DS. NGUYỄN BÁ HUY CƯỜNG"): how experts sign the pieces they write."""
    m = HONORIFIC.match(text)
    if m is None or m.end() >= len(text):
        return False
    name = text[m.end():]
    return looks_like_person(name) or upper_names(name)  # "DS. NGUYỄN BÁ HUY CƯỜNG": in capitals too


def looks_like_person(text: str) -> bool:
    """A short line of capitalised name syllables (or initials): how papers print the
    author under a story."""
    if len(text) > 50 or len(text) < 2 or text in _NOT_A_NAME:
        return False  # (a capital alone is an avatar's initial or a list's letter, no name)
    if " " not in text and text.lower() in stopwords():
        return False  # "Có", "Không": a poll's or a rating's answers, a button, never a pen name
    return bool(PERSON_NAME.match(text) or PERSON_NAMES.match(text) or INITIALS.match(text))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Vietnamese family names, upper-cased (data/surnames_vi.txt)."""
    text = resources.files("boilerstrip").joinpath("data/surnames_vi.txt").read_text("utf-8")
    return frozenset(w.strip().upper() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _upper_shape(text: str) -> bool:
    """2-5 syllables of at most 7 letters a name, in capitals (``UPPER_NAMES``)."""
    return len(text) <= 50 and UPPER_NAMES.match(text) is not None


def upper_names(text: str) -> bool:
    """Names in capitals by their shape alone ("DIỄM LỆ", "AN AN - VŨ LINH"), not a section
    name in capitals. ``looks_like_upper_names`` asks for a family name instead."""
    return _upper_shape(text) and text not in _UPPER_SECTIONS


def looks_like_upper_names(text: str) -> bool:
    """Names printed in capitals that open with a family name ("NGUYỄN HIỀN", "TRẦN
    HOÀNG - MINH TÚ"). Kept apart from ``looks_like_person``: a section name in capitals
    ("THẾ GIỚI") has the same shape, so only the line that signs the article right after
    its last paragraph is read so, and only when its first word is a family name."""
    if not _upper_shape(text):
        return False
    first = text.split(" ", 1)[0]
    return first in surnames() or first[1:2] == "."  # "T.PHƯƠNG": the family name's initial


def _is_name(text: str) -> bool:
    """A name in any case: where a byline vouches for it, a name in capitals needs no
    family name first (pen names: "NHẬT XUÂN")."""
    return looks_like_person(text) or upper_names(text)


def author_list(blocks: Sequence[Block], pos: int) -> range:
    """Positions of the names listed under the "X và N tác giả khác" byline at ``pos``:
    the next N + 1 lines when each is a name, else an empty range (the list is printed
    whole or not at all)."""
    m = MORE_AUTHORS.match(blocks[pos].norm)
    if m is None:
        return range(0)
    names = range(pos + 1, pos + 2 + int(m["more"]))
    if names.stop > len(blocks) or not all(_is_name(blocks[p].norm) for p in names):
        return range(0)
    return names


# "Theo Reuters, đúng như dự đoán, …" / "Theo tôi, …": a clause follows, not a name list
_THEO_CLAUSE = regex.compile(r"\b(?:đó|này|ông|bà|anh|chị|họ|các|những|cho biết|nói)\b|,\s*\p{Ll}")
_NAME_AND_OUTLET = regex.compile(r"^(?P<name>[^()]+?)\s*\((?P<src>[^()]+)\)$")
_AGENCY_NAME = regex.compile(r"^\p{Lu}[\p{L}\d .&/+-]*$")  # "TTXVN/Vietnam+"
#: Longest STAFF match: "Nhóm phóng viên" + "." + the final newline "$" allows.
_STAFF_MAX = 17
_STAFF_FIRST = case_variants("pcbnq")  # PV, CTV, BTV, Nhóm …, Phóng viên, P.V, Q.H
_STAFF_DESK_MAX = 45  # "Nhóm phóng viên" and a desk of three words (a bound: no desk name is longer)


#: The copy-link button a converter glues to the credit line ("Theo tienphong.vn Copy link")
_GLUED_BUTTONS = (" Copy link", " Sao chép link", " Sao chép liên kết")


def credit(text: str) -> tuple[str, str | None, str | None] | None:
    """(rule, author, source) when the line is a credit or byline, else None.

    Each pattern runs only when the text has what it needs ("Theo", a colon, a
    parenthesis, a short length): most lines are none of these, and each test is cheap.
    A list bullet before the words is left out: sites print the byline as a list item.
    """
    text = without_list_bullet(text)
    if text.endswith(_GLUED_BUTTONS):
        text = text[: -len(next(b for b in _GLUED_BUTTONS if text.endswith(b)))]
    if len(text) > 90:
        return _source_address(text)
    if len(text) <= _STAFF_MAX and text[:1] in _STAFF_FIRST and STAFF.match(text):
        return "staff", text.rstrip("."), None
    if len(text) <= _STAFF_DESK_MAX and text[:4].lower() == "nhóm" and STAFF_DESK.match(text):
        return "staff", text.rstrip("."), None
    if text[-4:].lower() == "khác":  # MORE_AUTHORS is case-insensitive
        m = MORE_AUTHORS.match(text)
        if m and _is_name(m["author"]):
            return "more_authors", m["author"], None
    if "ắt đầu bởi" in text:  # "bắt"/"Bắt"
        m = THREAD_STARTER.match(text)
        if m:
            return "thread_starter", m["author"], None
    theo = text[1:-1] if text.startswith("(") and text.endswith(")") else text
    m = THEO.match(theo) if "Theo" in theo else None
    if m and not _THEO_CLAUSE.search(m["who"]):
        who = m["who"].strip()
        author = (m["author"] or "").strip() or None
        inner = _NAME_AND_OUTLET.match(who)
        if inner:  # "Theo Nguyễn Tiến (VnExpress.net)": a person credited via an outlet
            return "theo", author or inner["name"].strip(), inner["src"].strip()
        for mark in ("/", " | "):  # "Theo Minh Nguyễn/Vcamp.vn" / "Theo Tùng Linh | Nhịp sống kinh tế"
            if mark in who:
                name, _, src = who.partition(mark)
                return "theo", author or name.strip(), src.strip()
        return "theo", author, who
    colon = ":" in text  # NGUON, NGUON_URL and BYLINE_LABEL need one
    found = _source_address(text) if colon else None
    if found:
        return found
    m = NGUON.match(text) if colon else None
    if m:
        who = m["who"].strip()
        # "Nguồn: [Link nguồn]": a placeholder of a link, no outlet; "Nguồn: <the story's
        # headline>" names the story taken, not its outlet (an outlet's name is short)
        placeholder = who.startswith("[") and who.endswith("]")
        return "nguon", None, (who if who and not placeholder and len(who.split()) <= SOURCE_MAX_WORDS else None)
    m = AUTHOR_PAREN.match(text) if "(" in text else None
    if m:
        note = m["note"]
        source = note[5:].strip() if note.lower().startswith("theo ") else None
        return "author_note", m["author"].strip(), source
    m = NAME_PAREN_OUTLET.match(text) if text.endswith(")") else None
    if m and _OUTLET_NAME.search(m["src"]) and text.split(" ", 1)[0] not in _PRONOUNS:
        return "name_outlet", m["author"].strip(), m["src"].strip()
    m = AUTHOR_WORD.match(text) if text.startswith("Tác giả ") else None
    if m:
        return "byline_label", m["author"], (m["src"].strip() if m["src"] else None)
    m = TEXT_AND_PHOTO.match(text) if colon else None
    if m:
        return "text_and_photo", m["author"].strip(), None
    m = BYLINE_LABEL.match(text) if colon else None
    if m:
        return "byline_label", m["author"].strip(), None
    if "/" in text:  # "Thu Hằng/VOV.VN", or the outlet's staff reporter: "PV/VOV.VN"
        m = NAME_OUTLET.match(text)
        if m and _OUTLET_NAME.search(m["src"]):
            return "name_outlet", m["author"].strip(), m["src"].strip()
        staff, _, outlet = text.partition("/")
        if len(staff) <= _STAFF_MAX and STAFF.match(staff.strip()) and _OUTLET_NAME.search(outlet.strip()):
            return "name_outlet", staff.strip(), outlet.strip()
    m = NAME_EMAIL.match(text) if "@" in text else None
    if m:
        return "name_email", m["author"].strip(), None
    m = PAREN_AGENCY.match(text) if text[:1] in ("(", "[") else None
    if m and _AGENCY_NAME.match(m["who"]) and "ảnh" not in m["who"].lower():
        return "agency", None, m["who"].strip()
    return None


#: Most words of a credited source ("Trung tâm Kiểm soát bệnh tật Hà Nội" has 9); a
#: headline after "Nguồn:" is longer
SOURCE_MAX_WORDS = 10


#: Longest line read as a source address (a story's URL can be long; a paragraph is longer).
_ADDRESS_MAX = 300


def _source_address(text: str) -> tuple[str, str | None, str | None] | None:
    """``("nguon", None, outlet)`` for a "Nguồn [Outlet]: <URL>" line, else None."""
    if len(text) > _ADDRESS_MAX or "://" not in text:
        return None
    m = NGUON_URL.match(text)
    if m is None:
        return None
    return "nguon", None, m["outlet"] or m["host"]


def _decide(norm: str) -> Decision | None:
    found = credit(norm)
    if not found:
        return None
    rule = found[0]
    label = Label.CREDIT if rule in ("theo", "nguon", "agency") else Label.BYLINE
    # the photographer's credit at its end makes it read as a caption to rules.captions
    return Decision(label, f"credits.{rule}: '{norm}' credits the author or source", LINE, overrides=rule == "text_and_photo")


# A pure function of the line; pages and the pages of a site repeat their credit lines.
_DECISIONS = BoundedMemo(_decide, LINE_ENTRIES, LINE_KEY)
#: The decision on a line read alone, memoised: what other detectors ask about a line
line_decision = _DECISIONS.__getitem__


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    found = decide_lines(blocks, _DECISIONS)
    if not any(d.reason.startswith(MORE_AUTHORS_REASON) for d in found.values()):
        return found
    heads = [pos for pos, b in enumerate(blocks) if b.index in found and found[b.index].reason.startswith(MORE_AUTHORS_REASON)]
    for pos in heads:
        for p in author_list(blocks, pos):
            found[blocks[p].index] = Decision(
                Label.BYLINE, f"credits.author_list: '{blocks[p].norm}' is listed under '{blocks[pos].norm}'", LINE)
    return found


#: The reason prefix of a "X và N tác giả khác" byline (metadata reads the list under it)
MORE_AUTHORS_REASON = "credits.more_authors:"
