"""Benchmark boilerstrip against peer extractors on the fixture pages, in one command.

    pip install -e ".[bench]"
    python benchmarks/compare.py            # writes docs/benchmarks.md and docs/benchmarks.png

Runs every tool in text mode (raw text; HTML tools get it as <p> lines) and in html mode
(pages with an original .html), scores them with boilerstrip.evaluation, and writes the
table, the machine, the versions, the date and the command. Peers are the optional
``bench`` extra; a peer that is missing or crashes is reported, never dropped.
"""
from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import warnings
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))  # works without installing the package too

from peers import TOOLS  # noqa: E402
from report import chart, page  # noqa: E402
from runner import MODES, run_tool  # noqa: E402

DEFAULT_FOLDERS = [ROOT / "tests" / "fixtures" / "seeds", ROOT / "tests" / "fixtures" / "dev"]


def pin_to_one_core() -> str:
    """Speed figures are per core: pin the process (and its BLAS pools) to one CPU."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def quiet_peers() -> None:
    """Peers log and warn per page; the benchmark reports errors itself."""
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")


def commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=DEFAULT_FOLDERS, help="gold folders (default: fixtures)")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    ap.add_argument("--chart", type=Path, default=ROOT / "docs" / "benchmarks.png")
    ap.add_argument("--tools", help="comma-separated subset of tool names (default: all)")
    args = ap.parse_args(argv)

    pinned = pin_to_one_core()
    quiet_peers()
    wanted = {t.strip().lower() for t in args.tools.split(",")} if args.tools else None
    tools = [t for t in TOOLS if wanted is None or t.name.lower() in wanted]
    rows = []
    for mode in MODES:
        for tool in tools:
            row, _ = run_tool(tool, mode, args.folders)
            f1 = row.corpus.get("tok_f1")
            print(f"{mode:4} {tool.name:17} {row.status if row.status != 'ok' else f'tok_f1={f1:.3f}'} "
                  f"errors={row.errors} pages={row.pages} {row.seconds:.2f}s", file=sys.stderr)
            rows.append(row)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    chart(rows, args.chart)
    command = "python benchmarks/compare.py" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip()
    folders = ", ".join(str(f.relative_to(ROOT) if f.is_relative_to(ROOT) else f) for f in args.folders)
    previous = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    args.out.write_text(
        page(rows, when=when, command=command.strip(), commit=commit(), chart=os.path.relpath(args.chart, args.out.parent),
             corpus=folders, pinned=pinned, previous=previous),
        encoding="utf-8",
    )
    print(f"wrote {args.out} and {args.chart}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
