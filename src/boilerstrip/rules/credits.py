"""Bylines and source credits: "Theo Nguyễn Tiến (VnExpress.net)", "Nguồn: TTXVN",
"(TTXVN)", "PV", "Hà Thu (tổng hợp)", and the lone author-name line after the body.

Each rule also says who is credited, so metadata reads author and source from the same
match that removed the line from the body.
"""
from __future__ import annotations

from typing import Sequence

import regex

from ..memo import BoundedMemo, LINE_ENTRIES, LINE_KEY
from ..types import Block, Label
from .base import LINE, Decision, decide_lines, case_variants

# A syllable of a Vietnamese proper name: capitalised, letters only (Nguyễn, Thị, Đ.)
_NAME_SYL = r"\p{Lu}[\p{Ll}\p{M}]*\.?"
PERSON_NAME = regex.compile(rf"^{_NAME_SYL}(?:[ ]{_NAME_SYL}){{0,4}}$")
# Two or three names joined: "Bá Đô - Quỳnh Trang", "Quang Phong - Tùng Nguyên", "Ngọc Anh, Minh Khang"
PERSON_NAMES = regex.compile(rf"^{_NAME_SYL}(?: {_NAME_SYL}){{0,4}}(?:\s*(?:-|–|,|và)\s*{_NAME_SYL}(?: {_NAME_SYL}){{0,4}}){{1,3}}$")
# "HN", "T.H", "P.V.": reporters sign short pieces with their initials
INITIALS = regex.compile(r"^\p{Lu}(?:\.?\p{Lu}){1,3}\.?$")
STAFF = regex.compile(r"^(?:PV|CTV|BTV|Nhóm PV|Nhóm phóng viên|Phóng viên|Nhóm thực hiện|P\.V|Q\.H)\.?$", regex.I)
# "Theo Nguyễn Tiến (VnExpress.net)" / "Theo Forbes" / "Theo Minh Nguyễn/Vcamp.vn" / "PP, Theo Trí Thức Trẻ"
THEO = regex.compile(r"^(?:(?P<author>[^,.()]{1,30}),\s*)?Theo\s+(?!dõi\b)(?P<who>(?:[^.!?;:]|\.(?=\S)){2,60}?)\.?$")
# "Nguồn: VnEconomy" / "(Nguồn: Reuters)" / "Nguồn tin: X"
NGUON = regex.compile(r"^[(]?Nguồn(?:\s+tin|\s+bài)?\s*:\s*(?P<who>[^()]{0,80}?)[)]?\.?$", regex.I)
# "(TTXVN)" / "(Dân trí)" / "- TTXVN" as the whole line
PAREN_AGENCY = regex.compile(r"^[(\[](?P<who>[^()\[\]]{2,30})[)\]]\.?$")
# "Hà Thu (tổng hợp)" / "Ca Tiếu (theo online-tech-tips)" / "Minh Khôi (Theo Reuters)"
AUTHOR_PAREN = regex.compile(rf"^(?P<author>{_NAME_SYL}(?: {_NAME_SYL}){{0,4}})\s*\((?P<note>tổng hợp|lược dịch|dịch|biên dịch|theo [^()]{{2,40}})\)\.?$", regex.I)
# "Tác giả: X" / "Bài và ảnh: X" / "Thực hiện: X" / "Bài: X"
BYLINE_LABEL = regex.compile(r"^(?:Tác giả|Bài và ảnh|Bài, ảnh|Bài & ảnh|Bài|Thực hiện|Người viết|Biên tập|Ghi)\s*:\s*(?P<author>[^.!?]{2,60})$", regex.I)
_NOT_A_NAME = frozenset(
    {"Video", "Ảnh", "Clip", "Hà Nội", "Thế Giới", "Xã Hội", "Kinh Doanh", "Giải Trí", "Thể Thao", "Trang Chủ"}
)


def looks_like_person(text: str) -> bool:
    """A short line of capitalised name syllables (or initials): how papers print the
    author under a story."""
    if len(text) > 50 or text in _NOT_A_NAME:
        return False
    return bool(PERSON_NAME.match(text) or PERSON_NAMES.match(text) or INITIALS.match(text))


# "Theo Reuters, đúng như dự đoán, …" / "Theo tôi, …": a clause follows, not a name list
_THEO_CLAUSE = regex.compile(r"\b(?:đó|này|ông|bà|anh|chị|họ|các|những|cho biết|nói)\b|,\s*\p{Ll}")
_NAME_AND_OUTLET = regex.compile(r"^(?P<name>[^()]+?)\s*\((?P<src>[^()]+)\)$")
_AGENCY_NAME = regex.compile(r"^\p{Lu}[\p{L}\d .&/-]*$")
#: Longest STAFF match: "Nhóm phóng viên" + "." + the final newline "$" allows.
_STAFF_MAX = 17
_STAFF_FIRST = case_variants("pcbnq")  # PV, CTV, BTV, Nhóm …, Phóng viên, P.V, Q.H


def credit(text: str) -> tuple[str, str | None, str | None] | None:
    """(rule, author, source) when the line is a credit or byline, else None.

    Each pattern runs only when the text has what it needs ("Theo", a colon, a
    parenthesis, a short length): most lines are none of these, and each test is cheap.
    """
    if len(text) > 90:
        return None
    if len(text) <= _STAFF_MAX and text[:1] in _STAFF_FIRST and STAFF.match(text):
        return "staff", text.rstrip("."), None
    theo = text[1:-1] if text.startswith("(") and text.endswith(")") else text
    m = THEO.match(theo) if "Theo" in theo else None
    if m and not _THEO_CLAUSE.search(m["who"]):
        who = m["who"].strip()
        author = (m["author"] or "").strip() or None
        inner = _NAME_AND_OUTLET.match(who)
        if inner:  # "Theo Nguyễn Tiến (VnExpress.net)": a person credited via an outlet
            return "theo", author or inner["name"].strip(), inner["src"].strip()
        if "/" in who:  # "Theo Minh Nguyễn/Vcamp.vn"
            name, _, src = who.partition("/")
            return "theo", author or name.strip(), src.strip()
        return "theo", author, who
    colon = ":" in text  # NGUON and BYLINE_LABEL need one
    m = NGUON.match(text) if colon else None
    if m:
        return "nguon", None, (m["who"].strip() or None)
    m = AUTHOR_PAREN.match(text) if "(" in text else None
    if m:
        note = m["note"]
        source = note[5:].strip() if note.lower().startswith("theo ") else None
        return "author_note", m["author"].strip(), source
    m = BYLINE_LABEL.match(text) if colon else None
    if m:
        return "byline_label", m["author"].strip(), None
    m = PAREN_AGENCY.match(text) if text[:1] in ("(", "[") else None
    if m and _AGENCY_NAME.match(m["who"]) and "ảnh" not in m["who"].lower():
        return "agency", None, m["who"].strip()
    return None


def _decide(norm: str) -> Decision | None:
    found = credit(norm)
    if not found:
        return None
    rule = found[0]
    label = Label.CREDIT if rule in ("theo", "nguon", "agency") else Label.BYLINE
    return Decision(label, f"credits.{rule}: '{norm}' credits the author or source", LINE)


# A pure function of the line; pages and the pages of a site repeat their credit lines.
_DECISIONS = BoundedMemo(_decide, LINE_ENTRIES, LINE_KEY)


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    return decide_lines(blocks, _DECISIONS)
