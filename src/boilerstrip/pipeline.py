"""Placeholder pipeline (replaced by the real one); keeps the public signature stable."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .types import Article, DecodeError, Label, Line


@dataclass(frozen=True)
class Options:
    favor: str = "balanced"


def extract(text: str | bytes, **options: Any) -> Article:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DecodeError(exc.start, exc.reason) from None
    lines = tuple(Line(i, t, Label.BLANK, "stub") for i, t in enumerate(text.splitlines(), 1))
    return Article(page_type="empty", lines=lines)
