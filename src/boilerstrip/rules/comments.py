"""Readers' comments printed without their section's heading: a commenter's name over the
comment's age, the comment, then its reply button.

A comment section's heading ("Bình luận", "Ý kiến bạn đọc") ends the article (``markers``);
but a heading drawn as an icon, or one the converter left out, leaves the comments to read as
the article's last paragraphs and the first commenter's name as its writer's. Each comment is
framed the same way: a name, the comment's age or date on the next line, its text, and its
reply button. A writer's byline over a dateline has the first two, never a reply button a
few lines under them: the button makes the frame.
"""
from __future__ import annotations

from typing import Sequence

import regex

from ..types import Block, Label
from . import chrome, credits, markers, timestamps
from .base import LINE, Decision, line_key

MAX_TEXT_LINES = 3  # lines of one comment's text between its age and its buttons
TEXT_WORDS = 6  # an unpunctuated line of this many words is a comment's text too
NAME_CHARS = 50  # credits.looks_like_person reads no longer line
AGE_CHARS = 60  # a comment's age or date, maybe with the commenter's badge: a short line
LIKE_WORD = "thích"  # a like button printed on its own line, over the reply button
#: Words of a comment's reply button: its line is interface text that holds one of them
#: ("Trả lời", "Thích · Trả lời", "Thích Trả lời Báo vi phạm", "Phản hồi"). Not a like button
#: alone: toolbars print "Thích" beside a story's share buttons.
REPLY_WORDS = ("trả lời", "phản hồi")

_COMMENT = Decision(Label.COMMENT, "comments.frame: a commenter's name and the comment's age, over the "
                    "comment and its reply button", LINE, overrides=True)


def _button(b: Block) -> str | None:
    """What button the line is: "reply" (a comment's reply button), "like" (a like button
    alone), else None."""
    d = markers.line_decision(b.norm) if b.norm else None
    if d is None or d.label not in (Label.WIDGET, Label.COMMENT):
        return None
    key = line_key(b.norm)
    if any(word in key for word in REPLY_WORDS):
        return "reply"
    return "like" if LIKE_WORD in key else None


def _text(b: Block) -> bool:
    """A line of a comment's text: words a reader wrote, not interface text (a share button
    between a byline's dateline and a like button is no comment)."""
    return (markers.line_decision(b.norm) is None and chrome.line_decision(b.norm) is None
            and (b.features.ends_sentence or b.features.words >= TEXT_WORDS))


def comment_at(blocks: Sequence[Block], i: int) -> int:
    """How many blocks from ``i`` on are one comment's name, age and text, else 0."""
    if i + 2 >= len(blocks) or timestamps.line_decision(blocks[i + 1].norm) is None:
        return 0  # (the age first: a lookup of the timestamps detector's memoised verdict)
    if len(blocks[i].norm) > NAME_CHARS or not credits.looks_like_person(blocks[i].norm):
        return 0
    text, liked = 0, False
    for j in range(i + 2, min(len(blocks), i + 4 + MAX_TEXT_LINES)):  # text, a like button, the reply
        button = _button(blocks[j])
        if button == "reply":
            return 2 + text if text else 0  # the name, the age and the text (a comment has text)
        if button == "like" and text and not liked:
            liked = True  # (the reply button follows)
            continue
        if liked or text == MAX_TEXT_LINES or not _text(blocks[j]):
            return 0
        text += 1
    return 0


#: "Nguyễn Văn Hùng - 2 giờ trước": a commenter's name glued to the comment's age, the header
#: of a comment that threads print on one line
GLUED_HEADER = regex.compile(
    r"^(?P<name>[^|•·\-–]{2,50}?)\s*[-–·•|]\s*\d{1,3}\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước$", regex.I)
MIN_THREAD = 2  # one glued header over a paragraph may be a story's byline with its age

_THREAD = Decision(Label.COMMENT, "comments.thread: commenters' names glued to their comments' ages, each over "
                   "its comment", LINE, overrides=True)


def _glued_header(b: Block) -> bool:
    """A person's full name glued to an age: a family name first or last ("Nguyễn Văn Hùng",
    "Hùng Nguyễn"); a stream prints its section's name so ("Star - 1 giờ trước" over a teaser)."""
    m = GLUED_HEADER.match(b.norm)
    if m is None:
        return False
    name = m.group("name").strip()
    words = name.upper().split()
    return (len(words) >= 2 and (words[0] in credits.surnames() or words[-1] in credits.surnames())
            and credits.looks_like_person(name))


def _thread(blocks: Sequence[Block], headers: list[int], out: dict[int, Decision]) -> None:
    """Label the runs of ``MIN_THREAD`` comments or more, each a glued header over 1 to
    ``MAX_TEXT_LINES`` lines of text, the next header right under them."""
    run: list[tuple[int, int]] = []  # (header, end of its text)
    for h in headers + [-1]:
        if run and h != run[-1][1]:
            if len(run) >= MIN_THREAD:
                for start, end in run:
                    for b in blocks[start:end]:
                        out[b.index] = _THREAD
            run = []
        if h < 0:
            break
        end = h + 1
        while end < len(blocks) and end - h <= MAX_TEXT_LINES and _text(blocks[end]) and not _glued_header(blocks[end]):
            end += 1
        if end > h + 1:
            run.append((h, end))


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    out: dict[int, Decision] = {}
    # (the age under the name, or glued to it: a short line with a digit, the test most lines
    # reach; every timestamp line holds one: "hôm qua" alone is none, "Hôm qua, 10:30" is)
    short = [i for i, b in enumerate(blocks) if b.features.digit_ratio > 0 and len(b.norm) <= AGE_CHARS]
    for i in short:
        size = comment_at(blocks, i - 1) if i else 0
        for b in blocks[i - 1:i - 1 + size]:
            out[b.index] = _COMMENT
    headers = [i for i in short if "trước" in blocks[i].norm and _glued_header(blocks[i])]
    if len(headers) >= MIN_THREAD:
        _thread(blocks, headers, out)
    return out
