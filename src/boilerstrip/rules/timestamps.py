"""Datelines and relative times: lines that only say *when*.

The date grammar lives in ``rules.dates``; this detector only turns its verdicts into
line decisions, including the "time | date Category" meta lines printed under related
headlines and the headline that has a timestamp glued to it.
"""
from __future__ import annotations

from typing import Sequence

from ..types import Block, Label
from . import dates
from .base import LINE, Decision


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    out: dict[int, Decision] = {}
    seen: dict[str, str | None] = {}  # a page prints its datelines and "(27/12)" many times
    for b in blocks:
        if not b.norm or len(b.norm) > 120:
            continue
        if b.norm in seen:
            rule = seen[b.norm]
        else:
            rule = seen[b.norm] = dates.timestamp_line(b.norm)
        if rule:
            out[b.index] = Decision(Label.TIMESTAMP, f"timestamps.{rule}: the line only gives a date or time", LINE)
    return out
