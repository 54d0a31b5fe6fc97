"""Dask bag helpers (extra ``[dask]``): the batch worker mapped over partitions.

Rows come out exactly as ``boilerstrip batch`` writes them (id, url, origin, error,
Article fields, meta), so results are interchangeable between the two paths, and a
bad record is an error row here too, never a failed task.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping

import dask.bag as db
from dask import delayed

from ..batch.readers import ReaderOptions, check_inputs, iter_records
from ..batch.worker import extract_rows, process_record


def _extract_partition(rows: Iterable[Any], text_field: str, id_field: str, url_field: str,
                       options: Mapping[str, Any], with_lines: bool, partition: int) -> list[dict[str, Any]]:
    return list(extract_rows(rows, text_field=text_field, id_field=id_field, url_field=url_field,
                             options=options, with_lines=with_lines, origin_prefix=f"partition-{partition}"))


def extract_bag(
    bag: db.Bag,
    *,
    text_field: str = "text",
    id_field: str = "id",
    url_field: str = "url",
    with_lines: bool = False,
    **options: Any,
) -> db.Bag:
    """A bag of dicts (or page strings) -> a bag of output rows, one per input item, same order.

    Rows without an id get ``partition-P:I`` (partition, index) so ids stay unique.
    """
    return db.from_delayed([
        delayed(_extract_partition, pure=True)(part, text_field, id_field, url_field, dict(options), with_lines, i)
        for i, part in enumerate(bag.to_delayed())
    ])


def _read_and_extract(path: str, reader: ReaderOptions, options: Mapping[str, Any],
                      with_lines: bool) -> list[dict[str, Any]]:
    return [process_record(r, options, with_lines) for r in iter_records([path], reader)]


def read_and_extract(
    paths: list[str],
    *,
    reader: ReaderOptions = ReaderOptions(),
    with_lines: bool = False,
    **options: Any,
) -> db.Bag:
    """One partition per input file (folder, JSONL, WARC/WET), read and extracted on the workers.

    Files are read where the work runs, so the client never touches the data; paths must
    be visible to every worker (shared filesystem). Inputs are checked on the client first.
    """
    paths = list(paths)
    check_inputs(paths, reader)
    return db.from_delayed([
        delayed(_read_and_extract, pure=True)(path, reader, dict(options), with_lines) for path in paths
    ])
