"""`boilerstrip batch` on folders and JSONL: invariants that hold for any correct extract()."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from boilerstrip.pipeline import extract_with_warnings
from boilerstrip.batch import Record, RunOptions, map_records, process_record
from boilerstrip.batch.records import ARTICLE_FIELDS

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))
ROW_KEYS = {"id", "url", "origin", "error", "warnings", "meta", *ARTICLE_FIELDS}


def batch(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "boilerstrip.cli", "batch", *args], input=stdin,
                          capture_output=True, timeout=300)


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def expected_fields(text: str | bytes) -> dict:
    article, _ = extract_with_warnings(text)  # the row carries the warnings; compare the fields
    return json.loads(json.dumps(article.to_dict(), ensure_ascii=False))


def assert_success_row_matches_extract(row: dict, text: str | bytes) -> None:
    assert row["error"] is None
    assert {k: row[k] for k in ARTICLE_FIELDS} == expected_fields(text)


@pytest.fixture()
def pages(tmp_path: Path) -> Path:
    """A folder tree of .txt pages: fixture pages, a nested one, and one that is not UTF-8."""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    for src in FIXTURES[:5]:
        shutil.copy(src, root / src.name)
    shutil.copy(FIXTURES[5], root / "sub" / "nested.txt")
    (root / "latin1.txt").write_bytes("Tin tức hôm nay".encode("utf-8") + b"\n\xe9t\xe9\n")
    # a page saved after a wrong decoding: UTF-8 read as cp1252, written back as UTF-8
    misread = FIXTURES[0].read_text(encoding="utf-8").encode("utf-8").decode("cp1252", errors="replace")
    (root / "mojibake.txt").write_text(misread, encoding="utf-8")
    (root / "ignored.html").write_text("<p>not a .txt</p>")
    return root


def test_folder_of_txt_one_row_per_file_in_sorted_order(pages, tmp_path):
    out = tmp_path / "out.jsonl"
    res = batch(str(pages), "-o", str(out), "--workers", "2", "--chunk-size", "2")
    assert res.returncode == 0, res.stderr
    got = rows(out)
    files = sorted(p.relative_to(pages).as_posix() for p in pages.rglob("*.txt"))
    assert [r["id"] for r in got] == files
    assert all(set(r) == ROW_KEYS for r in got)
    by_id = {r["id"]: r for r in got}
    bad = by_id["latin1.txt"]
    assert bad["error"].startswith("DecodeError") and "offset" in bad["error"]
    assert all(bad[k] is None for k in ARTICLE_FIELDS)
    for rel in files:
        if rel != "latin1.txt":
            assert_success_row_matches_extract(by_id[rel], (pages / rel).read_bytes())
    assert by_id["mojibake.txt"]["error"] is None  # a warning, not an error: the row is kept
    assert [w.split(":")[0] for w in by_id["mojibake.txt"]["warnings"]] == ["MojibakeWarning"]
    assert all(by_id[rel]["warnings"] == [] for rel in files if rel not in ("latin1.txt", "mojibake.txt"))
    assert f"{len(files)} records in, {len(files)} records out (1 with error)" in res.stderr.decode()


def write_jsonl(path: Path, lines: list[bytes]) -> None:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wb") as f:
        f.write(b"\n".join(lines) + b"\n")


def broken_jsonl_lines() -> tuple[list[bytes], list[str | None]]:
    """Good and bad records, with the error expected for each non-blank line (None = success)."""
    text = FIXTURES[0].read_text(encoding="utf-8")
    lines = [
        json.dumps({"doc": "a", "body": text, "url": "https://x.vn/a", "lang": "vi", "n": 1}).encode(),
        b"{not json",
        json.dumps({"doc": "c", "content": "wrong field"}).encode(),
        b"",  # blank lines are not records
        json.dumps({"doc": "d", "body": "Tin " + "\udcff"}, ensure_ascii=True).encode(),  # lone surrogate: valid JSON
        b'{"doc": "e", "body": "caf\xe9"}',  # not UTF-8
        json.dumps({"doc": "f", "body": 42}).encode(),
        json.dumps(["an", "array"]).encode(),
        json.dumps({"body": FIXTURES[1].read_text(encoding="utf-8")}).encode(),  # no id: falls back to FILE:LINE
    ]
    expected = [None, "invalid JSON", "missing text field 'body'", "skip", "", "not valid UTF-8", "is int",
                "expected a JSON object", None]
    return lines, expected


@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz"])
def test_jsonl_with_broken_records_never_stops_nor_drops(tmp_path, name):
    src = tmp_path / name
    lines, expected = broken_jsonl_lines()
    write_jsonl(src, lines)
    out = tmp_path / "out.jsonl"
    res = batch(str(src), "-o", str(out), "--text-field", "body", "--id-field", "doc", "-w", "2", "--chunk-size", "1")
    assert res.returncode == 0, res.stderr
    got = rows(out)
    want = [e for e in expected if e != "skip"]
    assert len(got) == len(want) == 8
    assert "8 records in, 8 records out" in res.stderr.decode()
    assert [r["id"] for r in got[:3]] == ["a", f"{src}:2", "c"]
    assert got[-1]["id"] == f"{src}:9"
    for row, err in zip(got, want):
        assert set(row) == ROW_KEYS
        if err is None:
            assert row["error"] is None
        elif err:
            assert err in row["error"]
    # passthrough: unknown fields kept in meta; text/id/url fields are not duplicated there
    assert got[0]["url"] == "https://x.vn/a"
    assert got[0]["meta"] == {"lang": "vi", "n": 1}
    assert_success_row_matches_extract(got[0], FIXTURES[0].read_text(encoding="utf-8"))


def test_jsonl_from_stdin_to_stdout():
    lines = [json.dumps({"id": f"p{i}", "text": p.read_text(encoding="utf-8")}).encode() for i, p in enumerate(FIXTURES[:4])]
    res = batch("-", "-o", "-", "-w", "1", stdin=b"\n".join(lines))
    assert res.returncode == 0, res.stderr
    got = [json.loads(line) for line in res.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in got] == ["p0", "p1", "p2", "p3"]


def many_records_jsonl(path: Path, n: int) -> list[str]:
    ids = []
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            page = FIXTURES[i % len(FIXTURES)]
            ids.append(f"r{i:05d}")
            f.write(json.dumps({"id": ids[-1], "text": page.read_text(encoding="utf-8")[: 200 + i]}, ensure_ascii=False) + "\n")
    return ids


def test_output_is_identical_and_ordered_whatever_the_worker_count(tmp_path):
    src = tmp_path / "in.jsonl"
    ids = many_records_jsonl(src, 300)
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        assert batch(str(src), "-o", str(out), "-w", workers, "--chunk-size", "7").returncode == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert [json.loads(line)["id"] for line in outs[0].splitlines()] == ids


def test_resume_skips_done_ids_repairs_a_torn_line_and_appends(tmp_path):
    src = tmp_path / "in.jsonl"
    ids = many_records_jsonl(src, 120)
    part = tmp_path / "part.jsonl"
    part.write_text("".join(src.read_text(encoding="utf-8").splitlines(keepends=True)[:50]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(part), "-o", str(out), "-w", "2").returncode == 0
    # simulate a run killed mid-write: the 50th row is torn
    data = out.read_bytes()
    out.write_bytes(data[: len(data) - 30])
    res = batch(str(src), "-o", str(out), "--resume", "-w", "2")
    assert res.returncode == 0, res.stderr
    got = [r["id"] for r in rows(out)]
    assert sorted(got) == ids and len(set(got)) == len(got) == 120
    assert got == ids  # resumed rows are appended in input order after the kept ones
    err = res.stderr.decode()
    assert "120 records in, 71 records out (0 with error), 49 skipped" in err
    assert "torn last line" in err
    # resuming a finished run does nothing
    res = batch(str(src), "-o", str(out), "--resume")
    assert "120 records in, 0 records out (0 with error), 120 skipped" in res.stderr.decode()
    assert len(rows(out)) == 120


def test_existing_output_is_not_clobbered_without_resume_or_force(tmp_path):
    src = tmp_path / "in.jsonl"
    many_records_jsonl(src, 3)
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    res = batch(str(src), "-o", str(out))
    assert res.returncode == 2 and b"--resume" in res.stderr
    assert out.read_text() == "precious\n"
    assert batch(str(src), "-o", str(out), "--force").returncode == 0
    assert len(rows(out)) == 3


def test_resume_refuses_an_output_that_is_not_ours(tmp_path):
    src = tmp_path / "in.jsonl"
    many_records_jsonl(src, 3)
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    res = batch(str(src), "-o", str(out), "--resume")
    assert res.returncode == 2 and b"refusing to resume" in res.stderr
    assert out.read_text() == "precious\n"


@pytest.mark.parametrize("args, message", [
    (["nope.jsonl"], b"no such file"),
    (["in.bin"], b"cannot tell the format"),
    (["in.jsonl", "-w", "0"], b"--workers"),
])
def test_unusable_inputs_fail_fast_with_a_clear_message(tmp_path, args, message):
    (tmp_path / "in.bin").write_bytes(b"\x00\x01binary")
    (tmp_path / "in.jsonl").write_text('{"text": "x"}\n')
    args = [str(tmp_path / a) if a.startswith(("nope", "in.")) else a for a in args]
    res = batch(*args, "-o", str(tmp_path / "out.jsonl"))
    assert res.returncode == 2
    assert message in res.stderr
    assert not (tmp_path / "out.jsonl").exists() or (tmp_path / "out.jsonl").read_bytes() == b""


def test_progress_bar_shows_records_per_second_on_stderr(tmp_path):
    pytest.importorskip("tqdm")
    src = tmp_path / "in.jsonl"
    many_records_jsonl(src, 20)
    res = batch(str(src), "-o", str(tmp_path / "out.jsonl"), "--progress", "-w", "1")
    assert res.returncode == 0
    assert b"rec/s" in res.stderr


def test_lines_option_adds_one_line_entry_per_page_line(tmp_path):
    src = tmp_path / "in.jsonl"
    text = FIXTURES[2].read_text(encoding="utf-8")
    src.write_text(json.dumps({"id": "x", "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(src), "-o", str(out), "--lines").returncode == 0
    (row,) = rows(out)
    assert len(row["lines"]) == len(text.splitlines())
    assert all({"number", "text", "label", "reason"} <= set(line) for line in row["lines"])


# ---- runner internals ---------------------------------------------------------------


def test_pool_reads_input_lazily_with_a_bounded_window():
    pulled = 0

    def source():
        nonlocal pulled
        for i in range(2000):
            pulled += 1
            yield Record(id=str(i), origin=str(i), text=f"dòng {i}")

    seen_at_first_emit = []
    out = []

    def emit(lines, errors):
        if not seen_at_first_emit:
            seen_at_first_emit.append(pulled)
        out.extend(lines)

    run = RunOptions(workers=2, chunk_size=5, window=4)
    map_records(source(), run, emit)
    assert len(out) == 2000
    assert [json.loads(line)["id"] for line in out] == [str(i) for i in range(2000)]
    # at most `window` chunks (+ the one being built) were read before the first result came back
    assert seen_at_first_emit[0] <= (run.window + 1) * run.chunk_size


class _KillsTheWorker:
    """Unpickling this in a pool worker kills that process, as an OOM kill would."""

    def __reduce__(self):
        return (os._exit, (3,))


def test_a_dying_worker_becomes_error_rows_not_a_hang_nor_a_loss():
    records = [Record(id=str(i), origin=str(i), text=f"trang {i}") for i in range(40)]
    records[17] = Record(id="17", origin="17", text="x", meta={"poison": _KillsTheWorker()})
    out: list[str] = []
    errors = []
    map_records(records, RunOptions(workers=2, chunk_size=2, window=3), lambda lines, e: (out.extend(lines), errors.append(e)))
    got = [json.loads(line) for line in out]
    assert [r["id"] for r in got] == [str(i) for i in range(40)]
    assert "worker process died" in got[17]["error"]
    assert sum(errors) == sum(r["error"] is not None for r in got)
    assert sum(r["error"] is None for r in got) >= 40 - 2 * 2 * (3 + 1)  # only chunks in flight with the poison


def test_process_record_never_raises():
    row = process_record(Record(id="x", origin="o", text=b"\xff"))
    assert row["error"].startswith("DecodeError")
    row = process_record(Record(id="y", origin="o", error="reader said no"))
    assert row["error"] == "reader said no" and row["text"] is None


def test_rows_with_lone_surrogates_are_still_writable_utf8():
    from boilerstrip.batch.worker import dumps_row

    row = process_record(Record(id="s", origin="o", text="Tin \udcff nóng", meta={"k": "\udcff"}), with_lines=True)
    line = dumps_row(row)
    line.encode("utf-8")
    assert json.loads(line)["id"] == "s"


def test_jsonl_record_with_lone_surrogate_goes_through_the_cli(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s", "text": "Tin \udcff nóng\nđoạn"}) + "\n", encoding="ascii")
    out = tmp_path / "out.jsonl"
    res = batch(str(src), "-o", str(out), "--lines")
    assert res.returncode == 0, res.stderr
    assert [r["id"] for r in rows(out)] == ["s"]


def test_extract_rows_is_a_mappartitions_body_for_spark_rows():
    from boilerstrip.batch import extract_rows

    class Row:  # what pyspark.sql.Row offers
        def __init__(self, **kw):
            self._kw = kw

        def asDict(self):
            return dict(self._kw)

    part = iter([Row(id="a", text="Tin một"), Row(id="b", html="x"), "bare page text"])
    got = list(extract_rows(part, origin_prefix="p7"))
    assert [r["id"] for r in got] == ["a", "b", "p7:2"]
    assert got[0]["error"] is None and "missing text field" in got[1]["error"] and got[2]["error"] is None
