"""One batch run: inputs -> (resume filter) -> worker pool -> OUT, with the in/out tally."""
from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Iterator, TextIO

from .output import done_ids, repair_torn_tail
from .progress import progress_bar
from .readers import ReaderOptions, check_inputs, iter_records
from .records import Record
from .runner import RunOptions, map_records


@dataclass(frozen=True)
class Summary:
    """The tally printed at the end. Invariant: ``records_in == written + skipped``."""

    records_in: int
    written: int
    errors: int
    skipped: int
    non_document: int
    repaired_bytes: int = 0

    @property
    def balanced(self) -> bool:
        return self.records_in == self.written + self.skipped

    def describe(self) -> str:
        parts = [f"{self.records_in} records in", f"{self.written} records out ({self.errors} with error)"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in output, --resume)")
        if self.non_document:
            parts.append(f"{self.non_document} non-page WARC records ignored (warcinfo/request/metadata/revisit)")
        if self.repaired_bytes:
            parts.append(f"{self.repaired_bytes} bytes of a torn last line removed from output")
        return "boilerstrip batch: " + ", ".join(parts)


def run_batch(
    inputs: list[str],
    out: str,
    *,
    reader: ReaderOptions = ReaderOptions(),
    run: RunOptions = RunOptions(),
    resume: bool = False,
    progress: bool = False,
    stdout: TextIO | None = None,
) -> Summary:
    """Extract every record of ``inputs`` into the JSONL file ``out`` (``"-"``: stdout).

    With ``resume`` the rows already in ``out`` are kept, their ids skipped, and new
    rows appended. Raises ``readers.InputError``/``output.ResumeError`` before any
    work when the inputs or the output cannot be used.
    """
    check_inputs(inputs, reader)  # fail fast on typos and missing extras
    done: set[str] = set()
    repaired = 0
    if resume and out != "-" and os.path.exists(out):
        repaired = repair_torn_tail(out)
        done = done_ids(out)
    tally: Counter = Counter()

    def todo() -> Iterator[Record]:
        for record in iter_records(inputs, reader, tally):
            tally["in"] += 1
            if record.id in done:
                tally["skipped"] += 1
                continue
            yield record

    bar = progress_bar(progress)
    sink = (stdout or sys.stdout) if out == "-" else open(out, "a" if resume else "w", encoding="utf-8")
    try:
        def emit(lines: list[str], errors: int) -> None:
            sink.write("".join(line + "\n" for line in lines))
            sink.flush()  # whole chunks only: a killed run leaves at most one torn line
            tally["out"] += len(lines)
            tally["errors"] += errors
            bar.update(len(lines))

        map_records(todo(), run, emit)
    finally:
        bar.close()
        if sink is not sys.stdout and sink is not stdout:
            sink.close()
    return Summary(
        records_in=tally["in"], written=tally["out"], errors=tally["errors"], skipped=tally["skipped"],
        non_document=tally["warc_non_document"], repaired_bytes=repaired,
    )
