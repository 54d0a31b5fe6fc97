"""A datatrove pipeline step (extra ``[datatrove]``): page text in ``doc.text`` -> article body.

Follows datatrove's extractor contract (``BaseExtractor.extract(text) -> str``), so it
inherits datatrove's per-document timeout sandbox, stats and dropping of empty
results, and runs under its Local, Slurm and Ray executors unchanged. Only the body
text goes back into ``doc.text``; for the structured fields (title, date, author...)
use ``boilerstrip batch`` or the Dask helper.
"""
from __future__ import annotations

from typing import Any

from datatrove.pipeline.extractors.base import BaseExtractor

from ..pipeline import extract as _extract


class BoilerstripExtractor(BaseExtractor):
    """datatrove step: replace each document's page text with the extracted article body.

    Documents whose body is empty (listing pages, non-articles) are dropped by
    datatrove, which counts them in its ``dropped`` stat.

    Args:
        timeout: seconds per document before datatrove gives up on it (its sandbox).
        **options: passed to ``boilerstrip.extract``.
    """

    name = "🧹 boilerstrip"

    def __init__(self, timeout: float = 5.0, **options: Any) -> None:
        super().__init__(timeout)
        self.options = options

    def extract(self, text: str) -> str:
        return _extract(text, **self.options).text
