"""Every compiled pattern of the library, fed lines shaped to make a regex backtrack.

    python benchmarks/backtracking_probe.py [--limit-ms 10] [--length 100 300]

A rule reads one line, and a line is whatever the page holds. A pattern that can split the
same text in many ways (a word that may end at any character, inside a repeated group)
takes time exponential, or polynomial of a high degree, in the line's length when it fails.
This probe builds lines of a repeated unit ("a-", "aB", "a.", "1/", …) after the phrases
rules open with ("Home ", "Theo ", "Nguồn: ", …), ending in a character no pattern wants,
and times ``search`` of every module-level pattern on each, with a SIGALRM cut-off so a
runaway pattern cannot stall the run. It prints the patterns slower than the limit, worst
first. Figures are what this machine measured; nothing is stored.

Session 10 found the breadcrumb pattern so (`Home a-a-a-…#`, 96 characters: more than a
minute; see docs/design.md, "Patterns that cannot backtrack").
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import regex  # noqa: E402

import boilerstrip  # noqa: E402

UNITS = ("a-", "a ", "aB", "1/", "1:", "a.", "a,", "Ab ", "A. ", "1 ", "a|", "a>", "(a", "- ", "ả ", "1-", "12/",
         "a'", "#a", "A ", "a/", "1.", ":a", "a–", "Ảnh ", "Theo ", "1 2 ", "ab")
HEADS = ("", "Home ", "Trang chủ ", "Theo ", "Nguồn: ", "Ảnh: ", "(", "Thứ hai, ", "12/12/2020 ", "Tin liên quan ",
         "Video: ", "* ", "1. ")
CUT_OFF_S = 0.5


class _TimedOut(Exception):
    pass


def _alarm(*_: object) -> None:
    raise _TimedOut


def patterns() -> dict[str, re.Pattern[str] | regex.Pattern[str]]:
    """Every module-level compiled pattern of the package (batch and integrations aside)."""
    found: dict[str, re.Pattern[str] | regex.Pattern[str]] = {}
    for info in pkgutil.walk_packages(boilerstrip.__path__, "boilerstrip."):
        if any(part in info.name for part in ("batch", "integrations", "cli")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                found[f"{info.name}.{name}"] = value
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit-ms", type=float, default=10.0, help="report patterns slower than this on some line")
    ap.add_argument("--length", type=int, nargs="+", default=[100, 300], help="line lengths to try")
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    found = patterns()
    worst: dict[str, tuple[float, str]] = {}
    tried = 0
    for name, pattern in found.items():
        for head in HEADS:
            for unit in UNITS:
                for length in args.length:
                    line = head + unit * max(1, (length - len(head)) // len(unit)) + "#"
                    tried += 1
                    signal.setitimer(signal.ITIMER_REAL, CUT_OFF_S)
                    start = time.perf_counter()
                    try:
                        pattern.search(line)
                        seconds = time.perf_counter() - start
                    except _TimedOut:
                        seconds = float("inf")
                    finally:
                        signal.setitimer(signal.ITIMER_REAL, 0)
                    if seconds * 1000 > args.limit_ms and seconds > worst.get(name, (0.0, ""))[0]:
                        worst[name] = (seconds, line)
    print(f"{len(found)} patterns, {tried} searches, cut-off {CUT_OFF_S} s, limit {args.limit_ms} ms")
    for name, (seconds, line) in sorted(worst.items(), key=lambda item: -item[1][0]):
        shown = "cut off" if seconds == float("inf") else f"{seconds * 1000:.1f} ms"
        print(f"{shown:>10s}  {name}  on {line[:60]!r}… ({len(line)} characters)")
    if not worst:
        print("none slower than the limit")


if __name__ == "__main__":
    main()
