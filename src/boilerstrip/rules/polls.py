"""Poll and rating widgets: a question, its answer options one a line, a vote button.

Papers ask their readers inside or under an article ("Bạn có ủng hộ đề xuất này?" over
"Có" / "Không" / "Bình chọn"; "Bài viết có hữu ích với bạn?" over a rating scale). The
question reads as a closing sentence and the options as a writer's one-word name, so each
line alone is misread; together they are a widget. Two facts keep an article's own list
out: a question in the article is answered by prose, not by lines of two or three words;
and the options must be a poll's answers (data/polls.tsv) or end at its vote button. A
question over a list of short items ("Cần chuẩn bị gì?" / "Hộ chiếu" / "Visa") has neither.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..features import ends_sentence
from ..normalize import match_form
from ..types import Block, Label
from .base import LINE, Decision, line_key, phrase_table

QUESTION_WORDS = 30  # a poll's question is one sentence
OPTION_WORDS = 6  # an answer is a few words
MIN_OPTIONS = 2
MAX_OPTIONS = 8

_POLL = Decision(Label.WIDGET, "polls.poll: a question over its answer options is a poll or rating widget", LINE)


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """line key -> "answer" or "button"."""
    return {line_key(match_form(phrase)): kind for phrase, kind in phrase_table("polls.tsv")}


def _option(b: Block) -> bool:
    return 0 < b.features.words <= OPTION_WORDS and not ends_sentence(b.norm) and not b.norm.endswith(":")


def poll_at(blocks: Sequence[Block], i: int) -> int:
    """How many blocks from ``i`` on are a poll (its question, options and button), else 0:
    options that end at a vote button, or a run of a poll's answers."""
    question = blocks[i]
    if not question.norm.endswith("?") or question.features.words > QUESTION_WORDS:
        return 0
    phrases = _phrases()
    end, answers = i + 1, 0  # answers: the options read so far are all a poll's answers
    while end < len(blocks) and end - i <= MAX_OPTIONS and _option(blocks[end]):
        kind = phrases.get(line_key(blocks[end].norm))
        if kind == "button":
            return end - i + 1 if end - i - 1 >= MIN_OPTIONS else 0
        if kind == "answer" and answers == end - i - 1:
            answers += 1
        end += 1
    return answers + 1 if answers >= MIN_OPTIONS else 0


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    out: dict[int, Decision] = {}
    end = 0  # (a poll's own lines are not read again as the start of another)
    # (a question mark ends the line: the only test most lines reach, in one comprehension)
    for i in [i for i, b in enumerate(blocks) if b.norm.endswith("?")]:
        if i < end:
            continue
        size = poll_at(blocks, i)
        for b in blocks[i:i + size]:
            out[b.index] = _POLL
        end = i + size
    return out
