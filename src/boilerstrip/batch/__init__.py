"""Batch extraction over many pages: folders of .txt, JSONL, WARC/WET -> one JSONL row per record.

>>> from boilerstrip.batch import run_batch
>>> run_batch(["dump.jsonl.gz"], "out.jsonl")     # doctest: +SKIP
"""
from .readers import InputError, ReaderOptions, iter_records
from .records import Record, record_from_mapping
from .run import Summary, run_batch
from .runner import RunOptions, default_workers, map_records
from .worker import extract_rows, process_record

__all__ = [
    "InputError", "ReaderOptions", "Record", "RunOptions", "Summary", "default_workers", "extract_rows",
    "iter_records", "map_records", "process_record", "record_from_mapping", "run_batch",
]
