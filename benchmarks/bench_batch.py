"""Throughput and peak memory of `boilerstrip batch` on a generated WET file.

    python benchmarks/bench_batch.py                # default: 4000 records, 1..all cores
    python benchmarks/bench_batch.py --records 8000 --no-write

Builds a gzip'd WET file (warcio's writer) from tests/fixtures/dev/*.txt as conversion
records, runs the real console script on it at 1, 2, ... N workers, and at growing
input sizes. Prints the figures and rewrites only the part of docs/benchmarks.md between
<!-- batch:start --> and <!-- batch:end --> (other scripts own the rest of that file).
Needs the [warc] extra.
"""
from __future__ import annotations

import argparse
import io
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "dev"
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- batch:start -->", "<!-- batch:end -->"


def build_wet(path: Path, records: int) -> int:
    """Write ``records`` conversion records cycling through the fixture pages; returns payload bytes."""
    from warcio.warcwriter import WARCWriter

    pages = [p.read_bytes() for p in sorted(FIXTURES.glob("*.txt"))]
    total = 0
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "bench_batch"}))
        for i in range(records):
            page = pages[i % len(pages)]
            total += len(page)
            rec = writer.create_warc_record(f"https://bench.invalid/{i}", "conversion", payload=io.BytesIO(page),
                                            warc_content_type="text/plain")
            writer.write_record(rec)
    return total


def run_batch(wet: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, largest single process of the run) of one CLI run."""
    cmd = [sys.executable, "-m", "boilerstrip.cli", "batch", str(wet), "-o", str(out), "--force",
           "--no-progress", "-w", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"batch failed: {stderr}")
    if "records in" not in stderr:
        raise SystemExit(f"unexpected summary: {stderr}")
    return elapsed, usage.ru_maxrss / 1024  # Linux: KiB


def best_of(repeat: int, wet: Path, out: Path, workers: int) -> tuple[float, float]:
    runs = [run_batch(wet, out, workers) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def measure(records: int, max_workers: int, repeat: int) -> str:
    import boilerstrip.pipeline

    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        wet = tmpd / "bench.warc.wet.gz"
        payload = build_wet(wet, records)
        out = tmpd / "out.jsonl"
        lines.append(f"Input: {records} WET conversion records ({payload / 2**20:.1f} MiB of page text, "
                     f"{wet.stat().st_size / 2**20:.1f} MiB gzip'd), built from tests/fixtures/dev/*.txt. "
                     "The records cycle through those pages, so after the first round each worker's memos "
                     "(memo.py) already hold their lines: this measures the batch machinery (reading, "
                     "workers, writing) around a fast extract(); a crawl of new pages runs at the cold "
                     "speed of `benchmarks/bench_extract.py` per worker.")
        lines.append("")
        lines.append("| workers | seconds | records/s | speed-up | peak RSS, MiB |")
        lines.append("|---:|---:|---:|---:|---:|")
        base = None
        for w in range(1, max_workers + 1):
            secs, rss = best_of(repeat, wet, out, w)
            base = base or secs
            lines.append(f"| {w} | {secs:.2f} | {records / secs:,.0f} | {base / secs:.2f}x | {rss:.0f} |")
            print(lines[-1], flush=True)
        lines.append("")
        lines.append(f"Peak RSS as the input grows ({max_workers} workers):")
        lines.append("")
        lines.append("| records | input gzip'd, MiB | seconds | peak RSS, MiB |")
        lines.append("|---:|---:|---:|---:|")
        for n in (records // 4, records, records * 4):
            wet_n = tmpd / f"bench-{n}.warc.wet.gz"
            build_wet(wet_n, n)
            secs, rss = best_of(1, wet_n, out, max_workers)
            lines.append(f"| {n} | {wet_n.stat().st_size / 2**20:.1f} | {secs:.2f} | {rss:.0f} |")
            print(lines[-1], flush=True)
            wet_n.unlink()
    extractor = (boilerstrip.pipeline.__doc__ or "").strip().splitlines()[0]
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    head = [
        "## Batch throughput (`benchmarks/bench_batch.py`)",
        "",
        f"Measured {when} on {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"best of {repeat} runs; extract(): \"{extractor}\". Peak RSS is the largest single process "
        "of the run (os.wait4), i.e. the reader/writer parent or one worker, not their sum.",
        "Regenerate: `python benchmarks/bench_batch.py`.",
        "",
    ]
    return "\n".join(head + lines)


def write_doc(section: str) -> None:
    """Replace the text between the markers, creating the file or the markers if absent."""
    block = f"{START}\n{section}\n{END}"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    if START in text and END in text:
        text = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, text, count=1, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=4000)
    parser.add_argument("--max-workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    section = measure(args.records, args.max_workers, args.repeat)
    print(section)
    if not args.no_write:
        write_doc(section)
        print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
