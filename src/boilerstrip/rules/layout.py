"""Whether a page spaces its paragraphs: the layout fact two detectors read.

Page-text converters (innerText, html-text) put a blank line between paragraphs but none
between the items of a list, the links of a box, or a photo's caption and its credit. On
a page whose prose paragraphs are gap-separated, what is printed line against line is one
block of furniture (``packed`` reads link lists so, ``captions`` a caption over its credit);
a page that prints everything on consecutive lines gives no such signal.
"""
from __future__ import annotations

from typing import Sequence

from ..types import Block

GAP_PAGE_MIN_PARAGRAPHS = 3
GAP_PAGE_SHARE = 0.75  # share of prose paragraphs with a blank line above them
PARAGRAPH_WORDS = 18


def is_paragraph(block: Block) -> bool:
    """A paragraph of prose: a full sentence of ``PARAGRAPH_WORDS`` syllables or more (not a
    headline, a caption or a list item)."""
    return block.features.words >= PARAGRAPH_WORDS and block.features.ends_sentence


def spaces_paragraphs(blocks: Sequence[Block]) -> bool:
    """Whether the page separates its prose paragraphs with blank lines."""
    # (is_paragraph, inlined: this reads every block of a page, up to three times)
    paragraphs = [b for b in blocks if b.norm and b.features.words >= PARAGRAPH_WORDS and b.features.ends_sentence]
    if len(paragraphs) < GAP_PAGE_MIN_PARAGRAPHS:
        return False
    return sum(not b.tight for b in paragraphs) >= GAP_PAGE_SHARE * len(paragraphs)
