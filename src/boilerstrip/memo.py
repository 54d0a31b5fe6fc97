"""Bounded memos of pure ``str -> value`` functions, shared by all pages.

Why: pages repeat themselves. Within a page and across the pages of a site the same
lines come back (blank lines, menus, section markers, footers, credit lines), and every
page is written in a small vocabulary of space-separated tokens (syllables, numbers,
punctuated words). Several per-line steps are pure functions of the line, and some are
exact sums of per-token results (a word never spans a space), so remembering per-line
and per-token results turns most of the regex work into dict hits.

Why module-wide and safe: the memoised functions are pure, so sharing results between
pages and threads cannot change any output (benchmarks/snapshot_outputs.py checks it);
entries are deterministic, so concurrent fills are harmless. Why bounded and reset (not
LRU): hostile input full of random lines must not grow memory without limit, and a plain
dict keeps every hit a C-level lookup (an LRU would cost a Python call per hit). Keys
longer than the bound are computed, never stored.

Benchmarks empty them between passes (``clear_all``), so that re-reading the same pages
is not mistaken for speed.
"""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

V = TypeVar("V")

#: Bounds shared by the memos: per-line ones (keys are whole lines; longer lines, mostly
#: prose, rarely repeat) and per-token ones (space-free tokens). Worst case a few tens of MB.
LINE_ENTRIES, LINE_KEY = 50_000, 300
TOKEN_ENTRIES, TOKEN_KEY = 100_000, 40


class BoundedMemo(dict, Generic[V]):
    """``memo[key]`` is ``fn(key)``, computed on first sight and remembered.

    At ``max_entries`` the memo is emptied and refilled by the keys still in use.
    """

    __slots__ = ("fn", "max_entries", "max_key")  # faster attribute reads on every miss

    def __init__(self, fn: Callable[[str], V], max_entries: int, max_key: int) -> None:
        super().__init__()
        self.fn, self.max_entries, self.max_key = fn, max_entries, max_key
        _INSTANCES.append(self)

    def __missing__(self, key: str) -> V:
        value = self.fn(key)
        if len(key) <= self.max_key:
            if len(self) >= self.max_entries:
                self.clear()
            self[key] = value
        return value


_INSTANCES: list[BoundedMemo] = []


def clear_all() -> None:
    """Empty every memo (benchmarks measure a cold start with it; results never change)."""
    for memo in _INSTANCES:
        memo.clear()
