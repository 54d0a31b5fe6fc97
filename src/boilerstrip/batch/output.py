"""The JSONL output file: ids already done (for ``--resume``) and torn-tail repair."""
from __future__ import annotations

import json
import os


class ResumeError(Exception):
    """OUT cannot be resumed safely (a corrupt line in the middle): stop rather than guess."""


def repair_torn_tail(path: str) -> int:
    """Cut a last line left half-written by a killed run; returns the bytes removed.

    Rows are appended whole and flushed per chunk, so only the last line can be torn;
    its record is simply processed again.
    """
    with open(path, "rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        if size == 0:
            return 0
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return 0
        # scan back for the last newline in blocks, never reading the file whole
        pos, block = size, 1 << 16
        keep = 0
        while pos > 0:
            start = max(0, pos - block)
            f.seek(start)
            data = f.read(pos - start)
            nl = data.rfind(b"\n")
            if nl >= 0:
                keep = start + nl + 1
                break
            pos = start
        f.truncate(keep)
        return size - keep


def done_ids(path: str) -> set[str]:
    """Ids of the rows already in OUT (error rows included: they are results too)."""
    ids: set[str] = set()
    if not os.path.exists(path):
        return ids
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                ids.add(str(json.loads(raw)["id"]))
            except (ValueError, KeyError, TypeError) as exc:
                raise ResumeError(f"{path}:{lineno}: not a boilerstrip output row ({exc}); refusing to resume") from None
    return ids
