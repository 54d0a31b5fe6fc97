"""WARC and WET input through warcio (extra ``[warc]``); never hand-parsed.

WET ``conversion`` records are page text already (the main case). WARC ``response``
and ``resource`` records with an HTML payload are marked ``kind="html"`` and turned
into text in the worker (see ``html.py``), because ``extract()`` takes page text.
``warcinfo``/``request``/``metadata``/``revisit`` records are not pages: they are
counted (``stats["warc_non_document"]``) and reported, not emitted.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterator

from .records import Record

DOCUMENT_TYPES = ("response", "resource", "conversion")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_INSTALL_HINT = "WARC/WET input needs warcio: pip install 'boilerstrip[warc]'"


def require_warcio() -> None:
    """Fail before the run, with the install command, when the extra is missing."""
    try:
        import warcio  # noqa: F401
    except ImportError:
        from .readers import InputError

        raise InputError(_INSTALL_HINT) from None


def _media_type(value: str | None) -> tuple[str | None, str | None]:
    """'text/html; charset=UTF-8' -> ('text/html', 'utf-8')."""
    if not value:
        return None, None
    parts = [p.strip() for p in value.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, val = p.partition("=")
        if key.strip().lower() == "charset" and val:
            charset = val.strip().strip("\"'").lower()
    return parts[0].lower() or None, charset


def read_warc(path: str, options, stats: Counter) -> Iterator[Record]:
    """Yield one Record per document record of a WARC/WET file (gzip per record or whole, or plain)."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as f:
        for index, rec in enumerate(ArchiveIterator(f)):
            if rec.rec_type not in DOCUMENT_TYPES:
                stats["warc_non_document"] += 1
                continue
            headers = rec.rec_headers
            origin = f"{path}#{index}"
            rec_id = headers.get_header("WARC-Record-ID") or origin
            url = headers.get_header("WARC-Target-URI")
            meta = {
                "warc_type": rec.rec_type,
                "warc_date": headers.get_header("WARC-Date"),
            }
            refers = headers.get_header("WARC-Refers-To")
            if refers:
                meta["warc_refers_to"] = refers
            kind, charset, error = "text", None, None
            if rec.rec_type == "response" and rec.http_headers is not None:
                status = rec.http_headers.get_statuscode()
                meta["http_status"] = int(status) if status and status.isdigit() else status
                mime, charset = _media_type(rec.http_headers.get_header("Content-Type"))
            else:
                mime, charset = _media_type(headers.get_header("Content-Type"))
            identified = headers.get_header("WARC-Identified-Payload-Type")
            if identified:
                mime = identified.lower()
            meta["content_type"] = mime
            if rec.rec_type == "conversion" or mime in (None, "text/plain"):
                kind = "text"
            elif mime in HTML_TYPES:
                kind = "html"
            else:
                error = f"unsupported payload type {mime!r} (only HTML and text pages)"
            if error:
                yield Record(id=rec_id, origin=origin, url=url, meta=meta, error=error)
                continue
            payload = rec.content_stream().read(options.max_bytes + 1)
            if len(payload) > options.max_bytes:
                yield Record(id=rec_id, origin=origin, url=url, meta=meta,
                             error=f"record too large: > --max-bytes {options.max_bytes}")
                continue
            missing = getattr(rec.raw_stream, "limit", 0)  # warcio reads short records without complaint
            if missing:
                yield Record(id=rec_id, origin=origin, url=url, meta=meta,
                             error=f"record truncated: {missing} bytes missing (input cut short?)")
                continue
            yield Record(id=rec_id, origin=origin, text=payload, url=url, kind=kind, charset=charset, meta=meta)
