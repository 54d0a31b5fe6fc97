"""``boilerstrip batch``: argument parsing and exit codes; the work is in ``run.py``."""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from ..pipeline import make_options
from .output import ResumeError
from .readers import FORMATS, InputError, ReaderOptions
from .run import run_batch
from .runner import RunOptions, default_workers


def parse_option(text: str) -> tuple[str, Any]:
    """``KEY=VALUE`` -> (key, value); the value is JSON when it parses (``true``, ``3``), else a string."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    try:
        return key, json.loads(value)
    except ValueError:
        return key, value


def add_option_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-O", "--option", dest="options", metavar="KEY=VALUE", type=parse_option, action="append",
                        default=[], help="option passed to extract() (repeatable), e.g. -O favor=precision")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="folder of .txt pages, .txt, JSONL, WARC or WET file (gzip'd or not); '-' = JSONL on stdin")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="output JSONL ('-' = stdout)")
    parser.add_argument("--format", choices=FORMATS, default="auto", help="input format (default: by name/content)")
    parser.add_argument("--text-field", default="text", help="JSONL field holding the page text (default: text)")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the record id (default: id; "
                        "missing ids become FILE:LINE)")
    parser.add_argument("--url-field", default="url", help="JSONL field holding the URL (default: url)")
    parser.add_argument("-w", "--workers", type=int, default=default_workers(),
                        help="worker processes (default: all cores, %(default)s here)")
    parser.add_argument("--chunk-size", type=int, default=32, help="records per worker task (default: 32)")
    parser.add_argument("--max-bytes", type=int, default=16 * 1024 * 1024,
                        help="larger records become error rows (default: 16 MiB)")
    parser.add_argument("--lines", action="store_true", help="include every line's label and reason in each row")
    parser.add_argument("--resume", action="store_true", help="skip records whose id is already in OUT; append")
    parser.add_argument("--force", action="store_true", help="overwrite an existing OUT")
    bar = parser.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="show a progress bar on stderr (default: when stderr is a terminal)")
    bar.add_argument("--no-progress", dest="progress", action="store_false")
    add_option_argument(parser)


def run_cli(args: argparse.Namespace) -> int:
    """Exit 0 when every record has a row (rows may carry errors), 2 on unusable inputs/output."""
    if args.workers < 1 or args.chunk_size < 1 or args.max_bytes < 1:
        print("boilerstrip batch: --workers, --chunk-size and --max-bytes must be >= 1", file=sys.stderr)
        return 2
    try:
        make_options(dict(args.options))
    except (TypeError, ValueError) as exc:
        print(f"boilerstrip batch: error: {exc}", file=sys.stderr)
        return 2
    out = args.output
    if out != "-" and os.path.exists(out) and not (args.resume or args.force):
        print(f"boilerstrip batch: {out} exists; use --resume to continue it or --force to overwrite", file=sys.stderr)
        return 2
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    reader = ReaderOptions(format=args.format, text_field=args.text_field, id_field=args.id_field,
                           url_field=args.url_field, max_bytes=args.max_bytes)
    run = RunOptions(workers=args.workers, chunk_size=args.chunk_size, options=dict(args.options),
                     with_lines=args.lines)
    try:
        summary = run_batch(args.inputs, out, reader=reader, run=run, resume=args.resume, progress=progress)
    except (InputError, ResumeError) as exc:
        print(f"boilerstrip batch: error: {exc}", file=sys.stderr)
        return 2
    print(summary.describe(), file=sys.stderr)
    if not summary.balanced:  # cannot happen by construction; never let it pass silently
        print("boilerstrip batch: error: records in != records out + skipped", file=sys.stderr)
        return 1
    return 0
