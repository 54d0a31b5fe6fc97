"""The ``boilerstrip`` console script.

Every subcommand is a module exposing ``add_arguments(parser)`` and ``run_cli(args) -> int``
and is listed once in ``SUBCOMMANDS``; adding one (e.g. ``eval`` from
``boilerstrip.evaluation``) is one more entry there.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from types import ModuleType
from typing import Sequence, TextIO

from .pipeline import extract_with_warnings, make_options
from .types import Article, DecodeError, Label

# (name, module, one-line help). "." means this module; modules are imported when the parser is built.
SUBCOMMANDS: tuple[tuple[str, str, str], ...] = (
    ("extract", ".", "extract the article from one page (.txt or '-' for stdin)"),
    ("batch", "boilerstrip.batch.cli", "extract many pages (folders, JSONL, WARC/WET) into JSONL"),
    ("eval", "boilerstrip.evaluation", "score extract() on gold folders (CONVENTION.md format)"),
)

# ANSI SGR per label: body stands out, chrome is dimmed. Plain text when not a terminal.
_COLOURS = {
    Label.BODY: "32", Label.TITLE: "1;36", Label.CAPTION: "35", Label.BYLINE: "34", Label.CREDIT: "34",
    Label.TIMESTAMP: "34", Label.BLANK: "2", Label.DUPLICATE: "2",
}
_OTHER_COLOUR = "33"


def _module(path: str) -> ModuleType:
    return sys.modules[__name__] if path == "." else importlib.import_module(path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="boilerstrip", description="Extract articles from Vietnamese news page text.")
    from . import __version__

    parser.add_argument("--version", action="version", version=f"boilerstrip {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, path, help_text in SUBCOMMANDS:
        module = _module(path)
        p = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(p)
        p.set_defaults(_run=module.run_cli)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args._run(args))
    except KeyboardInterrupt:
        print("boilerstrip: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `boilerstrip extract x | head`: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


# ---- extract subcommand --------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .batch.cli import add_option_argument

    parser.add_argument("page", metavar="PAGE", help="page text file (UTF-8), or '-' for stdin")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print Article.to_dict() as JSON")
    mode.add_argument("--explain", action="store_true", help="print every line with its label and reason")
    parser.add_argument("--lines", action="store_true", help="with --json: include the per-line labels")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour --explain (auto: on a terminal unless NO_COLOR is set)")
    add_option_argument(parser)


def use_colour(choice: str, stream: TextIO, environ: dict[str, str] | os._Environ = os.environ) -> bool:
    """https://no-color.org: any non-empty NO_COLOR disables colour unless asked for explicitly."""
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def render_explain(article: Article, colour: bool) -> str:
    """One row per input line: number, label, reason, text. Columns aligned, deterministic."""
    width_n = len(str(len(article.lines))) if article.lines else 1
    width_l = max((len(line.label.value) for line in article.lines), default=0)
    width_r = max((len(line.reason) for line in article.lines), default=0)
    rows = []
    for line in article.lines:
        label = line.label.value.ljust(width_l)
        reason = line.reason.ljust(width_r)
        if colour:
            sgr = _COLOURS.get(line.label, _OTHER_COLOUR)
            rows.append(f"{line.number:>{width_n}}  \033[{sgr}m{label}\033[0m  \033[2m{reason}\033[0m  {line.text}")
        else:
            rows.append(f"{line.number:>{width_n}}  {label}  {reason}  {line.text}".rstrip())
    return "\n".join(rows)


def _read_page(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def run_cli(args: argparse.Namespace) -> int:
    try:
        make_options(dict(args.options))
    except (TypeError, ValueError) as exc:
        print(f"boilerstrip extract: error: {exc}", file=sys.stderr)
        return 2
    try:
        data = _read_page(args.page)
    except OSError as exc:
        print(f"boilerstrip extract: error: {args.page}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        article, problems = extract_with_warnings(data, **dict(args.options))
    except DecodeError as exc:
        print(f"boilerstrip extract: error: {args.page}: {exc}", file=sys.stderr)
        return 1
    for problem in problems:  # said once, plainly, not as a Python warning with a source line
        print(f"boilerstrip extract: warning: {args.page}: {problem}", file=sys.stderr)
    out = sys.stdout
    if args.json:
        out.write(json.dumps(article.to_dict(with_lines=args.lines), ensure_ascii=False, indent=2) + "\n")
    elif args.explain:
        text = render_explain(article, use_colour(args.color, out))
        out.write(text + "\n" if text else "")
    else:
        out.write(article.text + "\n" if article.text else "")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
