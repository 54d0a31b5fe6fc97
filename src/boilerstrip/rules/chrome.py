"""Page chrome: breadcrumbs, menus, legal footers, tag lists, counters, template code.

These are facts of how Vietnamese news sites print their frame (every site has a
"Trang chủ › Mục" breadcrumb, a "Giấy phép số …/GP-BTTTT" footer, a keyword line), not
of any one site.
"""
from __future__ import annotations

from typing import Sequence

import regex

from ..features import ends_sentence
from ..memo import BoundedMemo, LINE_ENTRIES, LINE_KEY
from ..types import Block, Label
from .base import END, LINE, Decision, decide_lines, case_variants
from . import dates

# (the path's words come apart at a separator, a space, or a lower-case letter glued to a
# capital, "Trang chủThời sự"; a word is taken whole, dashes inside it included, and never
# given back (an atomic group): one way to read a line, so even a long one is read in linear
# time. innerText prints a path whose separators CSS draws as its words alone: 14 on vinmec)
BREADCRUMB = regex.compile(
    r"^(?:Trang chủ|Home)(?:(?:\s*[>›»❯/|»-]\s*|\s+|(?<=\p{Ll})(?=\p{Lu}))(?>[\p{L}\d&,.]+(?:-[\p{L}\d&,.]+)*)){0,16}$"
    r"|^Trở lại\s+[\p{L} ]{2,30}$",
    regex.I)
# (a separator may close the path too: "Trang chủ Diễn đàn > Khoa học & Công nghệ > Dịch vụ >")
CRUMB_SEPARATORS = regex.compile(r"^[^.!?]{1,80}?(?:\s*[›❯»>]\s*[^.!?›❯»>]{1,30}){1,6}(?:\s*[›❯»>])?$")
FOOTER = regex.compile(
    r"^(?:©|Copyright|Giấy phép|Bản quyền|Ghi rõ nguồn|Chỉ được phát hành lại|Cơ quan chủ quản|Tổng biên tập|"
    r"Phó tổng biên tập|Chịu trách nhiệm|Tòa soạn|Toà soạn|Trụ sở|Địa chỉ\s*:|Điện thoại\s*:|Hotline|Đường dây nóng|"
    r"Email\s*:|Fax\s*:|Liên hệ\s*:|Thông tin tòa soạn|Thông tin toà soạn|Báo điện tử .{2,40} (?:thuộc|của)|Mobile\s+0\d)",
    regex.I,
)
#: The words of a site's rights notice ("© 2003-2026 Bản quyền thuộc về Báo Thanh Niên",
#: "Copyright 2008 – Công ty …", "All rights reserved"), casefolded: the last line of a template
RIGHTS_NOTICE_WORDS = ("bản quyền thuộc", "giữ bản quyền", "bản quyền của", "copyright", "all rights reserved")
LICENCE_NUMBER = regex.compile(r"\b\d+/GP-[A-ZĐ]+\b|GP-BTTTT|GP-TTĐT|GPXB", regex.I)
TEMPLATE_CODE = regex.compile(r"<%|%>|<\?php|<script|</?div|\{\{|\}\}|function\s*\(|document\.|window\.|var\s+\w+\s*=|^\s*[{}]\s*$")
PIPE_MENU = regex.compile(r"^[^|]{1,25}(?:\s+[|I]\s+[^|]{1,25}){2,}$")
KEYWORDS = regex.compile(r"^[\p{Ll}\d ]{2,40}(?:,[\p{Ll}\d ]{2,40}){2,}$")
HASHTAGS = regex.compile(r"^#\s*\S.*#")
COUNTER = regex.compile(r"^[\d\s.,]*\d[\d\s.,]*(?:người|lượt xem|lượt thích|bình luận|chia sẻ|like|views?|comments?)?$", regex.I)
# "Chúng tôi sử dụng cookie để …" / "Website này sử dụng cookies …": the site speaks of itself
# (not "Báo cáo cho thấy nhiều trang web sử dụng cookie …": a sentence about others)
COOKIE_PROMPT = regex.compile(r"^(?i:chúng tôi|(?:trang web|website|trang) này)\b[^.!?]{0,20}?\bsử dụng [Cc]ookies?\b")
# "Theo dõi Dân trí trên:" / "Mời quý độc giả theo dõi … trên Google News": the site asks
# its readers to follow it on another platform (not "Tải ứng dụng Zalo …": a how-to step);
# "Theo dõi VietnamPlus": the follow button, the site's name alone after it; "Thêm SOHA trên
# Google" / "Prefer Nhan Dan on Google": Google's preferred-source button
FOLLOW_PROMPT = regex.compile(
    r"^(?:Theo dõi\s+[^.!?,]{1,40}?\s+trên(?:\s*:?$|\s+(?:Google News|Facebook|Zalo|YouTube|TikTok|fanpage|mạng xã hội)\b)"
    r"|Theo dõi\s+\p{Lu}[\p{L}\d.+-]*(?:\s+\p{Lu}[\p{L}\d.+-]*){0,2}$"
    r"|Mời (?:bạn đọc|quý độc giả|độc giả|quý vị|các bạn)\b[^.!?]{0,80}?\b(?:Google News|Facebook|Zalo|YouTube|TikTok|fanpage)\b"
    r"|Mời (?:bạn đọc|quý độc giả|độc giả|quý vị|các bạn) theo dõi\s+(?:[^.!?,]|\.(?=\S)){1,40}?\s+trên\s*:?$"
    r"|(?:Thêm|Chọn)\s+[^.!?]{1,30}?\s+(?:trên Google|làm nguồn ưu tiên)\b"
    r"|Prefer\s+[^.!?]{1,30}?\s+on Google\b)"
)
#: The words FOLLOW_PROMPT's alternatives open with, for finding a prompt a converter glued
#: after other text (tests/test_rules_chrome.py checks each alternative against them)
FOLLOW_OPENERS = ("Theo dõi", "Mời", "Thêm", "Chọn", "Prefer")
#: (after a space, or glued to a digit: "… 15:29Theo dõi …", a converter's join)
_FOLLOW_INSIDE = regex.compile(r"(?<=\s|\d)(?:" + "|".join(FOLLOW_OPENERS) + ")")


def follow_prompt_at(text: str) -> int | None:
    """Where a follow prompt glued after other words starts, if one is: a dateline's section
    and the follow button on one line ("16:03 | 06/08/2025 Khỏe - Đẹp Theo dõi Tạp chí Sức
    khỏe Việt trên", "Chủ nhật, 26/01/2025 - 15:29Theo dõi Báo Quân đội nhân dân trên")."""
    for m in _FOLLOW_INSIDE.finditer(text):
        if FOLLOW_PROMPT.match(text[m.start():]):
            return m.start()
    return None


def without_follow_prompt(text: str) -> str:
    """``text`` without a follow prompt glued after its words (see ``follow_prompt_at``)."""
    cut = follow_prompt_at(text)
    return text if cut is None else text[:cut].rstrip()


# "Sự kiện: Tin tức trong ngày" / "Chủ đề: Giá vàng" / "Tags: bất động sản": the topic
# labels a paper prints under the headline or after the body (the markers detector reads
# the label alone, "Chủ đề", as a marker). Keywords ("Từ khóa:", "Tags:") come after the
# body only: in no page of the corpus or the held-out sets (7 sites) does body text follow
# them, so they close the article as the bare "Từ khóa" marker does.
TOPIC_LABEL = regex.compile(r"^(?:Sự kiện|Chủ đề|Dòng sự kiện|(Từ khóa|Từ khoá|Tags?)|Topics?)\s*:\s*[^.!?]{2,80}$")
# "thuhang@thanhnien.vn": an address alone, the reporter's under the byline or the site's
EMAIL_LINE = regex.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# "Bấm để xem thêm", "Click vào đây để nghe bài đọc", "Click vào nút dưới đây để tiếp tục",
# "Nhấn để xem ảnh": an instruction to press a control (this one, here, the button below), the
# control's own text; not a how-to's step, which names what to press ("Nhấn vào biểu tượng tiện
# ích …", "Bấm nút nguồn để tắt máy") or ends as a sentence
UI_INSTRUCTION = regex.compile(
    r"^(?:Bấm|Nhấn|Click|Chạm|Nhấp)(?:\s+vào)?(?:\s+(?:đây|nút\s+(?:(?:bên\s+)?dưới(?:\s+đây)?|này)))?\s+để\s+[^.!?:]{2,40}$",
    regex.I)
UI_INSTRUCTION_FIRST = case_variants("bnc")  # its verbs' first letters
# A pager: page numbers in increasing order (not "0942 86 11 33", a phone number) with its
# previous/next links ("1 2 3 4 Sau >", "« Trước 1 2 3 … 10 Tiếp »", "Trang trước, [1], 2,
# 3, Trang sau"), or where the reader is in a paged article or thread ("Trang 1 / 4")
PAGER_WORDS = frozenset((
    "trang", "page", "trang:", "page:", "trước", "sau", "tiếp", "theo", "đầu", "cuối", "next", "prev", "previous",
    "first", "last", "«", "»", "‹", "›", "<", ">", "<<", ">>", "<<<", ">>>", "«»", "…", "...", "..", "|",
))
PAGE_OF = regex.compile(r"^(?:Trang|Page)\s*\d{1,4}\s*(?:/|của|trên|of)\s*\d{1,4}(?!\d)", regex.I)
COMMENT_META = regex.compile(r"^.{0,40}\s[-–]\s+\d+\s+(?:phút|giờ|ngày|tuần|tháng|năm)\s+trước\b.*(?:Thích|Trả lời|\|)", regex.I)


# Cheap necessary conditions of the patterns above, tested first because most lines
# are none of these things (each pattern needs the characters named; no flag folds them).
_TEMPLATE_HINTS = ("<", "%", "{", "}", "function", "document.", "window.", "var")  # TEMPLATE_CODE
_LICENCE_HINTS = ("GP", "gp", "Gp", "gP")  # LICENCE_NUMBER: every alternative has "GP"
_CRUMB_MARKS = ("›", "❯", "»", ">")  # CRUMB_SEPARATORS
# First characters of the anchored, case-insensitive FOOTER and BREADCRUMB alternatives.
_FOOTER_FIRST = case_variants("©cgbtpđhefml")
_BREADCRUMB_FIRST = case_variants("th")  # Trang chủ, Home, Trở lại
_PAGER_FIRST = case_variants("".join({w[0] for w in PAGER_WORDS}))  # or a digit
_ASCII_DIGIT = regex.compile(r"[0-9]").search  # a pager's page numbers
_COUNTER_START = frozenset("0123456789., \t\n\r\x0b\x0c")  # ASCII starts of a COUNTER match

_TEMPLATE = Decision(Label.BOILERPLATE, "chrome.template_code: markup or script text", LINE)
_FOOTER = Decision(Label.FOOTER, "chrome.legal_footer: masthead, licence or contact line", END)
_BREADCRUMB = Decision(Label.BREADCRUMB, "chrome.breadcrumb: 'Trang chủ › …' navigation path", LINE)
_PIPE_MENU = Decision(Label.NAVIGATION, "chrome.pipe_menu: menu items separated by '|'", LINE)
_KEYWORDS = Decision(Label.TAGS, "chrome.keywords: a comma- or hash-separated keyword list", END)
_COUNTER = Decision(Label.WIDGET, "chrome.counter: a number or counter only", LINE)
_COMMENT_META = Decision(Label.COMMENT, "chrome.comment_meta: commenter, age and like count", END)
_TOPIC_LABEL = Decision(Label.TAGS, "chrome.topic_label: 'Sự kiện:'/'Chủ đề:' and the topic", LINE)
_TAG_LABEL = Decision(Label.TAGS, "chrome.tag_label: 'Từ khóa:'/'Tags:' and the keywords, after the body", END)
_EMAIL = Decision(Label.BOILERPLATE, "chrome.email_address: an e-mail address alone", LINE)
_FOLLOW_PROMPT = Decision(Label.WIDGET, "chrome.follow_prompt: the site asks to be followed elsewhere", LINE)
_COOKIE_PROMPT = Decision(Label.WIDGET, "chrome.cookie_prompt: the site asks to use cookies", LINE)
_PAGER = Decision(Label.NAVIGATION, "chrome.pager: page numbers and previous/next links", LINE)
_UI_INSTRUCTION = Decision(Label.WIDGET, "chrome.ui_instruction: an instruction to press a control ('Bấm để …')", LINE)


def rights_notice(decision: Decision | None, text: str) -> bool:
    """Whether a line the rules claimed is the site's rights notice (a legal footer line that
    says whose the rights are), not another masthead line (an address, an editor's name)."""
    return decision is _FOOTER and _contains_any(text.casefold(), RIGHTS_NOTICE_WORDS)


def _contains_any(text: str, needles: tuple[str, ...]) -> bool:
    for needle in needles:
        if needle in text:
            return True
    return False


def _is_pager(text: str) -> bool:
    """Page numbers in increasing order (two at least) among pager words, at least one
    of them ("1 2 3 4 Sau >"; "1 2 3 4" alone is a counter), or a "Trang 1 / 4" line, alone
    or glued to its pager ("Trang 1 / 4 1 2 3 4 Sau >", as html2text prints a thread's)."""
    where = PAGE_OF.match(text)
    if where:
        rest = text[where.end():].strip()
        return not rest or _is_pager(rest)
    numbers: list[int] = []
    words = 0
    for token in text.casefold().split():
        token = token.strip(",[]()")  # "Trang trước, [1], 2, 3, Trang sau": the current page bracketed
        if not token:
            continue
        if token.isascii() and token.isdigit() and len(token) <= 4:
            if numbers and int(token) <= numbers[-1]:
                return False
            numbers.append(int(token))
        elif token in PAGER_WORDS:
            words += 1
        else:
            return False
    return len(numbers) >= 2 and words > 0


#: Markup or script fills its line; one template token left in a long line of text is not
#: the line (a whole page that get_text() printed as one line, with an unrendered
#: "© {{vm.currentDate | date:'yyyy'}}" in its footer, was dropped whole). Past this length
#: a line is template code only when code marks are at least CODE_SHARE of its characters
#: (minified script: about 0.15; text with a stray token: under 0.005).
TEMPLATE_LINE_CHARS = 300
CODE_SHARE = 0.05
_CODE_MARKS = "{}();=<>"


def _code_share(text: str) -> float:
    return sum(text.count(c) for c in _CODE_MARKS) / len(text)


def _may_be_counter(text: str) -> bool:
    """COUNTER starts with a digit, a space, '.' or ','; an ASCII letter start rules it out."""
    first = text[0]
    return not first.isascii() or first in _COUNTER_START


def decide(text: str) -> Decision | None:
    """The chrome decision for one non-empty line (``Block.norm``), else None."""
    # The hint tuples, tested inline (a call and a loop per line cost more than the tests).
    n = len(text)
    if ("<" in text or "%" in text or "{" in text or "}" in text or "function" in text
            or "document." in text or "window." in text or "var" in text) and TEMPLATE_CODE.search(text) and (
            n <= TEMPLATE_LINE_CHARS or _code_share(text) >= CODE_SHARE):
        return _TEMPLATE  # _TEMPLATE_HINTS
    first = text[0]
    if n <= 300 and (
        (first in _FOOTER_FIRST and FOOTER.match(text))
        or (("GP" in text or "gp" in text or "Gp" in text or "gP" in text) and LICENCE_NUMBER.search(text))
    ):  # _LICENCE_HINTS
        return _FOOTER
    if n <= 100 and not ends_sentence(text) and (
        (first in _BREADCRUMB_FIRST and BREADCRUMB.match(text))
        or (("›" in text or "❯" in text or "»" in text or ">" in text) and CRUMB_SEPARATORS.match(text))
    ):  # _CRUMB_MARKS
        return _BREADCRUMB
    if n <= 300 and ("|" in text or "I" in text) and PIPE_MENU.match(text):  # "a | b | c" / "a I b I c"
        # (not "Theo Phạm Trường | 20-07-2026 - 00:15 AM | Chứng khoán": a dateline, the
        # timestamps detector's, which metadata reads the date and byline from)
        if dates.timestamp_line(text) is None:
            return _PIPE_MENU
    if ("," in text and KEYWORDS.match(text)) or (first == "#" and HASHTAGS.match(text)):
        return _KEYWORDS
    if _may_be_counter(text) and COUNTER.match(text):
        return _COUNTER
    if ("-" in text or "–" in text) and COMMENT_META.match(text):  # "<name> - 3 giờ trước …"
        return _COMMENT_META
    if n <= 200 and first in "TMCP" and FOLLOW_PROMPT.match(text):  # its alternatives' first letters
        return _FOLLOW_PROMPT
    if n <= 100 and first in "SCDT" and ":" in text:  # its first letters; case-sensitive
        topic = TOPIC_LABEL.match(text)
        if topic:
            return _TAG_LABEL if topic.group(1) else _TOPIC_LABEL
    if n <= 100 and "@" in text and " " not in text and EMAIL_LINE.match(text):
        return _EMAIL
    if "ookie" in text and COOKIE_PROMPT.match(text):  # the pattern spells "ookie" in lower case
        return _COOKIE_PROMPT
    if n <= 120 and (first in _PAGER_FIRST or first.isdigit()) and _ASCII_DIGIT(text) and _is_pager(text):
        return _PAGER
    if n <= 80 and first in UI_INSTRUCTION_FIRST and " để " in text.lower() and UI_INSTRUCTION.match(text):
        return _UI_INSTRUCTION
    return None


# decide() is a pure function of the line and sites print the same frame on every page.
_DECISIONS = BoundedMemo(decide, LINE_ENTRIES, LINE_KEY)
#: ``decide``, memoised: what other detectors ask about a line
line_decision = _DECISIONS.__getitem__


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    return decide_lines(blocks, _DECISIONS)
