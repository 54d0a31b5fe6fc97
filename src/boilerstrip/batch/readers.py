"""Turn batch inputs (folders of .txt, JSONL, WARC/WET; gzip'd or not) into Records.

Everything here streams: files are read record by record, never whole, so a
multi-GB input costs the memory of one record. A file that breaks mid-way (torn
gzip, corrupt WARC) yields one error Record for the unreadable rest and the run
goes on with the next input.
"""
from __future__ import annotations

import gzip

import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from .records import Record, record_from_mapping

FORMATS = ("auto", "txt", "jsonl", "warc")
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class ReaderOptions:
    """How to read inputs. ``max_bytes`` caps one record so a pathological page cannot exhaust memory."""

    format: str = "auto"
    text_field: str = "text"
    id_field: str = "id"
    url_field: str = "url"
    max_bytes: int = 16 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be read at all (missing file, unknown format): reported before the run starts."""


def open_maybe_gzip(path: str | Path) -> BinaryIO:
    """Open a file for binary reading, transparently gunzipping it when it starts with the gzip magic."""
    raw = open(path, "rb")
    head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
    if head == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def detect_format(path: str) -> str:
    """Pick the reader from the name, else from the first bytes (gunzipped if needed)."""
    if path == "-":
        return "jsonl"
    if os.path.isdir(path):
        return "txt"
    name = path.lower()
    for suffix in (".gz", ".gzip"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith((".warc", ".wet", ".arc")):
        return "warc"
    if name.endswith(".txt"):
        return "txt"
    with open_maybe_gzip(path) as f:
        head = f.read(64).lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith((b"{", b"[")):
        return "jsonl"
    raise InputError(f"{path}: cannot tell the format (not .txt/.jsonl/.warc/.wet); pass --format")


def check_inputs(paths: list[str], options: ReaderOptions) -> list[tuple[str, str]]:
    """Resolve every input's format up front so a typo fails in a second, not after hours."""
    resolved = []
    for path in paths:
        if path != "-" and not os.path.exists(path):
            raise InputError(f"{path}: no such file or directory")
        fmt = options.format if options.format != "auto" else detect_format(path)
        if fmt not in FORMATS[1:]:
            raise InputError(f"{path}: unknown format {fmt!r}")
        if fmt == "warc":
            from .warc import require_warcio

            require_warcio()
        resolved.append((path, fmt))
    return resolved


def iter_records(
    paths: list[str], options: ReaderOptions, stats: Counter | None = None
) -> Iterator[Record]:
    """All records of all inputs, in input order (folders walked in sorted order)."""
    stats = stats if stats is not None else Counter()
    for path, fmt in check_inputs(paths, options):
        yield from _guarded(path, _reader(path, fmt, options, stats))


def _reader(path: str, fmt: str, options: ReaderOptions, stats: Counter) -> Iterator[Record]:
    if fmt == "txt":
        return read_txt(path, options)
    if fmt == "jsonl":
        return read_jsonl(path, options)
    from .warc import read_warc

    return read_warc(path, options, stats)


def _guarded(path: str, records: Iterator[Record]) -> Iterator[Record]:
    """Turn a reader that dies mid-file into one error record, so the loss is visible."""
    count = 0
    try:
        for record in records:
            count += 1
            yield record
    except Exception as exc:  # noqa: BLE001 - any reader failure must become a record
        origin = f"{path}#unreadable-after-{count}"
        yield Record(id=origin, origin=origin, error=f"input unreadable after {count} records: {type(exc).__name__}: {exc}")


def read_txt(path: str, options: ReaderOptions) -> Iterator[Record]:
    """A .txt file is one page; a folder is every .txt under it (id = path relative to the folder)."""
    root = Path(path)
    if root.is_dir():
        files = sorted(p for p in root.rglob("*.txt") if p.is_file())
        pairs = [(p, p.relative_to(root).as_posix()) for p in files]
    else:
        pairs = [(root, root.name)]
    for file, rec_id in pairs:
        origin = str(file)
        size = file.stat().st_size
        if size > options.max_bytes:
            yield Record(id=rec_id, origin=origin, error=f"record too large: {size} bytes > --max-bytes {options.max_bytes}")
            continue
        data = file.read_bytes()
        if data.startswith(_GZIP_MAGIC):
            data = gzip.decompress(data)
        yield Record(id=rec_id, origin=origin, text=data, meta={"path": origin})


def read_jsonl(path: str, options: ReaderOptions) -> Iterator[Record]:
    """One record per non-blank line; a line that is not valid UTF-8/JSON becomes an error record."""
    stream = sys.stdin.buffer if path == "-" else open_maybe_gzip(path)
    name = "<stdin>" if path == "-" else path
    try:
        for lineno, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            origin = f"{name}:{lineno}"
            if len(raw) > options.max_bytes:
                yield Record(id=origin, origin=origin, error=f"record too large: {len(raw)} bytes > --max-bytes {options.max_bytes}")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Record(id=origin, origin=origin, error=f"line is not valid UTF-8 at byte offset {exc.start}: {exc.reason}")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Record(id=origin, origin=origin, error=f"invalid JSON: {exc}")
                continue
            yield record_from_mapping(
                obj, origin=origin, text_field=options.text_field, id_field=options.id_field, url_field=options.url_field
            )
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


__all__ = ["FORMATS", "InputError", "ReaderOptions", "check_inputs", "detect_format", "iter_records", "open_maybe_gzip"]
