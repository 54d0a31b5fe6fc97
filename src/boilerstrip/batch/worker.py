"""Record -> output row. Runs in pool workers, Dask workers and Spark executors alike.

Every failure of one record (bad UTF-8, HTML without lxml, a bug in extract())
becomes an ``error`` string on that record's row: one record can never stop a run.
What extract() would warn about (an HTML document given as text, mis-decoded text) goes
into the row's ``warnings`` list.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, Mapping

from ..pipeline import extract_with_warnings
from ..types import DecodeError
from .html import html_to_text
from .records import ARTICLE_FIELDS, Record, record_from_mapping


def process_record(record: Record, options: Mapping[str, Any] | None = None, with_lines: bool = False) -> dict[str, Any]:
    """Extract one record; always returns a row (``error`` is None on success)."""
    row: dict[str, Any] = {"id": record.id, "url": record.url, "origin": record.origin, "error": record.error,
                           "warnings": []}
    article = None
    if record.error is None:
        try:
            text = record.text
            if record.kind == "html":
                text = html_to_text(text if text is not None else b"", record.charset)
            article, problems = extract_with_warnings(text if text is not None else "", **dict(options or {}))
            row["warnings"] = [f"{type(p).__name__}: {p}" for p in problems]
        except DecodeError as exc:
            row["error"] = f"DecodeError: {exc}"
        except Exception as exc:  # noqa: BLE001 - a bad record must not stop the run
            row["error"] = f"{type(exc).__name__}: {exc}"
    if article is not None:
        row.update(article.to_dict(with_lines=with_lines))
    else:
        row.update(dict.fromkeys(ARTICLE_FIELDS))
        if with_lines:
            row["lines"] = None
    row["meta"] = dict(record.meta)
    return row


def dumps_row(row: Mapping[str, Any]) -> str:
    """One JSONL line; UTF-8 kept readable, non-JSON meta values stringified rather than failing.

    A lone surrogate (valid in JSON input, not encodable as UTF-8) falls back to
    ``\\uXXXX`` escapes for that row, so the output file can always be written.
    """
    line = json.dumps(row, ensure_ascii=False, default=str)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(row, ensure_ascii=True, default=str)
    return line


def process_chunk(
    records: list[Record], options: Mapping[str, Any] | None, with_lines: bool
) -> tuple[list[str], int]:
    """Pool task: a chunk of records -> (their JSONL lines in order, how many are errors).

    Rows are serialised here, in the worker, so the parent only writes strings.
    """
    lines, errors = [], 0
    for r in records:
        row = process_record(r, options, with_lines)
        errors += row["error"] is not None
        lines.append(dumps_row(row))
    return lines, errors


def extract_rows(
    rows: Iterable[Any],
    *,
    text_field: str = "text",
    id_field: str = "id",
    url_field: str = "url",
    options: Mapping[str, Any] | None = None,
    with_lines: bool = False,
    origin_prefix: str = "row",
) -> Iterator[dict[str, Any]]:
    """Rows (dicts, or Spark ``Row`` via ``asDict()``) -> output rows; the Dask/Spark ``mapPartitions`` body."""
    for i, row in enumerate(rows):
        if hasattr(row, "asDict"):
            row = row.asDict()
        if isinstance(row, (str, bytes)):
            row = {text_field: row}
        record = record_from_mapping(
            row, origin=f"{origin_prefix}:{i}", text_field=text_field, id_field=id_field, url_field=url_field
        )
        yield process_record(record, options, with_lines)
