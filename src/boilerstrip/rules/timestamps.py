"""Datelines and relative times: lines that only say *when*.

The date grammar lives in ``rules.dates``; this detector only turns its verdicts into
line decisions, including the "time | date Category" meta lines printed under related
headlines and the headline that has a timestamp glued to it. One case reads two
grammars: a dateline with the site's follow button after it on the same line (a
converter's work: glued to the time, or after a space), where the rest of the line is
``chrome.FOLLOW_PROMPT`` (``chrome.follow_prompt_at`` finds it).
"""
from __future__ import annotations

from typing import Sequence

from ..memo import BoundedMemo, LINE_ENTRIES, LINE_KEY
from ..types import Block, Label
from . import chrome, dates
from .base import LINE, Decision, decide_lines

_GLUED_FOLLOW = Decision(Label.TIMESTAMP, "timestamps.glued_follow_prompt: a dateline with the site's follow button glued after it", LINE)


def _decide(norm: str) -> Decision | None:
    if len(norm) > 120:
        return None
    rule = dates.timestamp_line(norm)
    if rule:
        return Decision(Label.TIMESTAMP, f"timestamps.{rule}: the line only gives a date or time", LINE)
    if ":" not in norm:  # (most lines reach this far; a dateline's time is "15:29")
        return None
    # converters that join inline elements glue the button to the time ("15:29Theo dõi …") or
    # space them ("15:29 Theo dõi …", html-text), maybe after the section's name
    cut = chrome.follow_prompt_at(norm)
    if cut is not None and dates.timestamp_line(norm[:cut].rstrip()):
        return _GLUED_FOLLOW
    return None


# A function of the line only: the reference year that ``timestamp_line`` reads only picks
# 19yy or 20yy for two-digit years, and both are valid dates alike (they differ only for
# 29/2/00, where 2000 is always chosen since 1999). Pages repeat datelines and "(27/12)".
_DECISIONS = BoundedMemo(_decide, LINE_ENTRIES, LINE_KEY)
#: The decision on a line read alone, memoised: what other detectors ask about a line
line_decision = _DECISIONS.__getitem__


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    return decide_lines(blocks, _DECISIONS)
