"""Throughput of ``boilerstrip.extract()`` on the fixture pages, one core.

    python benchmarks/bench_extract.py [--runs 5] [--warm] [FOLDER ...]

Reads every ``*.txt`` under the folders (default: tests/fixtures/seeds and dev), runs one
warm-up pass (lazy tables, regex compilation), then ``--runs`` timed passes, and prints
the median MB/s of page text (UTF-8 bytes) and pages/s. Figures are what this machine
measured; nothing is stored.

The module-wide memos (src/boilerstrip/memo.py) are emptied before every timed pass, so
a pass never profits from having seen the same pages in an earlier one: only what repeats
across (or within) the pages of one pass is reused, as in a first crawl. ``--warm`` keeps
them (a steady state in which every page was seen before: an upper bound, not a fair
figure for new pages).
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from boilerstrip import extract, memo  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", default=[str(ROOT / "tests/fixtures/seeds"), str(ROOT / "tests/fixtures/dev")])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warm", action="store_true", help="keep the module-wide memos between passes (upper bound)")
    args = ap.parse_args()
    texts = [p.read_text("utf-8") for folder in args.folders for p in sorted(Path(folder).glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    for t in texts:  # warm-up
        extract(t)
    times = []
    for _ in range(args.runs):
        if not args.warm:
            memo.clear_all()
        t0 = time.perf_counter()
        for t in texts:
            extract(t)
        times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    print(f"pages={len(texts)} bytes={size} runs={args.runs} memos={'warm' if args.warm else 'cold'} python={platform.python_version()} cpu={platform.processor() or platform.machine()} cores_used=1 (of {os.cpu_count()})")
    print(f"median {median:.3f} s/pass  {size / median / 1e6:.2f} MB/s  {len(texts) / median:.1f} pages/s  (min {min(times):.3f} s, max {max(times):.3f} s)")


if __name__ == "__main__":
    main()
