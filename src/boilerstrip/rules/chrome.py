"""Page chrome: breadcrumbs, menus, legal footers, tag lists, counters, template code.

These are facts of how Vietnamese news sites print their frame (every site has a
"Trang chủ › Mục" breadcrumb, a "Giấy phép số …/GP-BTTTT" footer, a keyword line), not
of any one site.
"""
from __future__ import annotations

from typing import Sequence

import regex

from ..features import SENTENCE_END
from ..types import Block, Label
from .base import END, LINE, Decision

BREADCRUMB = regex.compile(r"^(?:Trang chủ|Home)(?:\s*[>›»❯/|»-]?\s*[\p{L}\d&,.-]+){0,8}$|^Trở lại\s+[\p{L} ]{2,30}$", regex.I)
CRUMB_SEPARATORS = regex.compile(r"^[^.!?]{1,80}?(?:\s*[›❯»>]\s*[^.!?›❯»>]{1,30}){1,6}$")
FOOTER = regex.compile(
    r"^(?:©|Copyright|Giấy phép|Bản quyền|Ghi rõ nguồn|Chỉ được phát hành lại|Cơ quan chủ quản|Tổng biên tập|"
    r"Phó tổng biên tập|Chịu trách nhiệm|Tòa soạn|Toà soạn|Trụ sở|Địa chỉ\s*:|Điện thoại\s*:|Hotline|Đường dây nóng|"
    r"Email\s*:|Fax\s*:|Liên hệ\s*:|Thông tin tòa soạn|Báo điện tử .{2,40} (?:thuộc|của)|Mobile\s+0\d)",
    regex.I,
)
LICENCE_NUMBER = regex.compile(r"\b\d+/GP-[A-ZĐ]+\b|GP-BTTTT|GP-TTĐT|GPXB", regex.I)
TEMPLATE_CODE = regex.compile(r"<%|%>|<\?php|<script|</?div|\{\{|\}\}|function\s*\(|document\.|window\.|var\s+\w+\s*=|^\s*[{}]\s*$")
PIPE_MENU = regex.compile(r"^[^|]{1,25}(?:\s+[|I]\s+[^|]{1,25}){2,}$")
KEYWORDS = regex.compile(r"^[\p{Ll}\d ]{2,40}(?:,[\p{Ll}\d ]{2,40}){2,}$")
HASHTAGS = regex.compile(r"^#\s*\S.*#")
COUNTER = regex.compile(r"^[\d\s.,]*\d[\d\s.,]*(?:người|lượt xem|lượt thích|bình luận|chia sẻ|like|views?|comments?)?$", regex.I)
COMMENT_META = regex.compile(r"^.{0,40}\s[-–]\s+\d+\s+(?:phút|giờ|ngày|tuần|tháng|năm)\s+trước\b.*(?:Thích|Trả lời|\|)", regex.I)


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    out: dict[int, Decision] = {}
    for b in blocks:
        text = b.norm
        if not text:
            continue
        if TEMPLATE_CODE.search(text):
            out[b.index] = Decision(Label.BOILERPLATE, "chrome.template_code: markup or script text", LINE)
        elif len(text) <= 300 and (FOOTER.match(text) or LICENCE_NUMBER.search(text)):
            out[b.index] = Decision(Label.FOOTER, "chrome.legal_footer: masthead, licence or contact line", END)
        elif len(text) <= 100 and not SENTENCE_END.search(text) and (BREADCRUMB.match(text) or CRUMB_SEPARATORS.match(text)):
            out[b.index] = Decision(Label.BREADCRUMB, "chrome.breadcrumb: 'Trang chủ › …' navigation path", LINE)
        elif len(text) <= 300 and PIPE_MENU.match(text):
            out[b.index] = Decision(Label.NAVIGATION, "chrome.pipe_menu: menu items separated by '|'", LINE)
        elif KEYWORDS.match(text) or HASHTAGS.match(text):
            out[b.index] = Decision(Label.TAGS, "chrome.keywords: a comma- or hash-separated keyword list", END)
        elif COUNTER.match(text):
            out[b.index] = Decision(Label.WIDGET, "chrome.counter: a number or counter only", LINE)
        elif COMMENT_META.match(text):
            out[b.index] = Decision(Label.COMMENT, "chrome.comment_meta: commenter, age and like count", END)
    return out
