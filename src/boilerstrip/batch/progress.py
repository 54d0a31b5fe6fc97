"""Progress bar on stderr (records and records/s) via tqdm, optional extra ``[progress]``.

tqdm is kept out of the core install: library users calling ``extract()`` never need
it. Without it the run works the same, with a one-line hint instead of a bar.
"""
from __future__ import annotations

import sys
from typing import Any, TextIO


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(enabled: bool, stream: TextIO | None = None) -> Any:
    """A tqdm bar (``update(n)``/``close()``) or a no-op stand-in with the same methods."""
    stream = stream or sys.stderr
    if not enabled:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:
        print("boilerstrip: no progress bar (pip install 'boilerstrip[progress]' for one)", file=stream)
        return _NoBar()
    return tqdm(total=None, unit=" rec", unit_scale=True, file=stream, mininterval=0.5, dynamic_ncols=True,
                desc="boilerstrip")
