"""The unit of batch work: one input record, whatever file format it came from.

Readers turn every input (a .txt file, a JSONL line, a WARC/WET record) into a
``Record`` so the worker and the output writer never care where a page came from.
A record the reader could not understand still becomes a ``Record`` (with ``error``
set) instead of vanishing: records in == records out is the batch contract.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

# Output fields taken from Article.to_dict(); an error row carries them as null so
# every row has the same keys (column stores and pandas like a fixed schema).
ARTICLE_FIELDS = ("page_type", "title", "published", "author", "source", "category", "paragraphs", "text")


@dataclass(frozen=True)
class Record:
    """One page to extract.

    ``id`` is never empty: readers fall back to ``origin`` when the input has no id,
    because ``--resume`` matches records by id. ``kind`` is ``"text"`` (page text, the
    input ``extract()`` takes) or ``"html"`` (a WARC response payload, converted to text
    in the worker). ``text`` is ``bytes`` when the reader did not decode it, so the
    UTF-8 check happens in ``extract()`` and a bad page becomes an error row.
    """

    id: str
    origin: str
    text: str | bytes | None = None
    url: str | None = None
    kind: str = "text"
    charset: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    error: str | None = None


def record_from_mapping(
    obj: Any,
    *,
    origin: str,
    text_field: str = "text",
    id_field: str = "id",
    url_field: str = "url",
) -> Record:
    """Build a Record from a decoded JSON object (or a dict-like row from Dask/Spark).

    Fields other than text/id/url are kept in ``meta`` and passed through to the output.
    """
    if not isinstance(obj, Mapping):
        return Record(id=origin, origin=origin, error=f"expected a JSON object, got {type(obj).__name__}")
    raw_id = obj.get(id_field)
    rec_id = origin if raw_id is None or raw_id == "" else str(raw_id)
    url = obj.get(url_field)
    url = None if url is None else str(url)
    meta = {k: v for k, v in obj.items() if k not in (text_field, id_field, url_field)}
    if text_field not in obj:
        return Record(id=rec_id, origin=origin, url=url, meta=meta, error=f"missing text field {text_field!r}")
    text = obj[text_field]
    if not isinstance(text, (str, bytes)):
        return Record(
            id=rec_id, origin=origin, url=url, meta=meta,
            error=f"text field {text_field!r} is {type(text).__name__}, not a string",
        )
    return Record(id=rec_id, origin=origin, text=text, url=url, meta=meta)
