"""Bounded memos of pure ``str -> value`` functions, shared by all pages.

Why: page text is made of a small vocabulary of space-separated tokens (syllables,
numbers, punctuated words) that recur on every page, and several per-line steps are
exact compositions of per-token results (a word never spans a space). Remembering the
per-token result turns most of the per-character regex work into dict hits.

Why module-wide and safe: the memoised functions are pure, so sharing results between
pages and threads cannot change any output; entries are deterministic, so concurrent
fills are harmless. Why bounded and reset (not LRU): hostile input full of random tokens
must not grow memory without limit, and a plain dict keeps every hit a C-level lookup
(an LRU would cost a Python call per hit). Long keys are computed, never stored.
"""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

V = TypeVar("V")

#: Bounds shared by the memos: per-line ones (keys are whole lines; longer lines, mostly
#: prose, rarely repeat) and per-token ones (space-free tokens). Worst case a few tens of MB.
LINE_ENTRIES, LINE_KEY = 50_000, 300
TOKEN_ENTRIES, TOKEN_KEY = 100_000, 40


class BoundedMemo(dict, Generic[V]):  # type: ignore[type-arg]
    """``memo[key]`` is ``fn(key)``, computed on first sight and remembered.

    At ``max_entries`` the memo is emptied and refilled by the keys still in use.
    """

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


_INSTANCES: list[BoundedMemo] = []  # type: ignore[type-arg]


def clear_all() -> None:
    """Empty every memo (benchmarks measure a cold start with it; results never change)."""
    for memo in _INSTANCES:
        memo.clear()
