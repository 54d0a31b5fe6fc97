"""The benchmark's plumbing, with fake tools: no peer (no [bench] extra) is needed."""
from __future__ import annotations

import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from markup import text_to_html  # noqa: E402
from peers import TOOLS, Output, Tool  # noqa: E402
from report import BATCH_END, BATCH_START, _batch_block, table  # noqa: E402
from runner import run_tool  # noqa: E402

FOLDERS = [ROOT / "tests" / "fixtures" / "seeds", ROOT / "tests" / "fixtures" / "dev"]


def test_text_to_html_escapes_each_non_empty_line_as_a_paragraph():
    doc = text_to_html("Giá <b>vàng</b> & USD\n\n   \n  Tin mới  \n")
    assert '<html lang="vi">' in doc
    assert "<p>Giá &lt;b&gt;vàng&lt;/b&gt; &amp; USD</p>\n<p>Tin mới</p>" in doc
    assert doc.count("<p>") == 2


def _echo_tool(fail_on: str | None = None, text_native: bool = False) -> Tool:
    def load():
        def run(markup: str) -> Output:
            if fail_on and fail_on in markup:
                raise ValueError("boom")
            return Output(markup if text_native else "", {"title": "x"})
        return run
    return Tool("fake", "no-such-dist", "fake()", load, text_native=text_native, meta_fields=("title",))


def test_crashing_pages_are_counted_and_scored_as_empty():
    row, report = run_tool(_echo_tool(fail_on="Hoa Xuân Oánh", text_native=True), "text", FOLDERS[:1])
    assert row.status == "ok" and row.pages == 5 and row.version is None
    assert row.errors == 1 and row.error_samples[0].startswith("001_d6688ea0537db0c3: ValueError: boom")
    (crashed,) = [r for r in report.results if r.prediction.text == ""]
    assert crashed.page.id == "001_d6688ea0537db0c3" and crashed.scores["tok_f1"] == 0.0


def test_html_mode_uses_only_pages_with_html_and_marks_text_native_rows():
    row, report = run_tool(_echo_tool(text_native=True), "html", FOLDERS)
    assert row.pages == len(list((ROOT / "tests" / "fixtures" / "dev").glob("*.html")))
    assert all(r.page.html_path.exists() for r in report.results)
    assert "no HTML input" in row.input_note


def test_missing_peer_is_reported_not_dropped():
    def load():
        raise ImportError("No module named 'nope'")
    row, report = run_tool(Tool("nope", "nope", "nope()", load), "text", FOLDERS[:1])
    assert report is None and row.status.startswith("not available: ImportError")
    assert "not available" in table([row])


def test_batch_block_is_carried_over_or_created_empty():
    previous = f"old\n{BATCH_START}\nkeep me\n{BATCH_END}\ntrailer"
    assert _batch_block(previous) == f"{BATCH_START}\nkeep me\n{BATCH_END}"
    assert _batch_block("") == f"{BATCH_START}\n{BATCH_END}"


def test_every_issue_peer_is_listed():
    names = {t.name for t in TOOLS}
    assert {"boilerstrip", "jusText", "trafilatura", "boilerpy3", "goose3", "Resiliparse", "readability-lxml",
            "newspaper4k", "C4 line rules"} == names


def test_converters_benchmark_reads_a_folder_of_html_and_gold(tmp_path, monkeypatch, capsys):
    # benchmarks/converters.py FOLDER: pages kept outside the repository (held-out pages with
    # their .html), scored through each installed converter; the converters are left out here
    import converters

    lines = (ROOT / "tests" / "fixtures" / "seeds" / "001_d6688ea0537db0c3.txt").read_text("utf-8").splitlines()
    gold = (ROOT / "tests" / "fixtures" / "seeds" / "001_d6688ea0537db0c3.json").read_text("utf-8")
    (tmp_path / "p1.txt").write_text("\n".join(lines), "utf-8")
    (tmp_path / "p1.json").write_text(gold, "utf-8")
    (tmp_path / "p1.html").write_text("<html><body><p>x</p></body></html>", "utf-8")
    (tmp_path / "p2.json").write_text(gold, "utf-8")  # no .html: not a page of this benchmark
    pages = converters._pages([str(tmp_path)])
    assert [html.name for html, _, _ in pages] == ["p1.html"] and pages[0][1].startswith(lines[0])
    monkeypatch.setattr(converters, "converters", lambda: {})
    monkeypatch.setattr(sys, "argv", ["converters.py", str(tmp_path)])
    converters.main()
    out = capsys.readouterr().out
    assert out.startswith("1 pages with their .html")
    row = next(line for line in out.splitlines() if line.startswith("the pages' own .txt"))
    assert row.split()[4] == "1.000"  # token F1 of the seed's own text, as the quality gate has it
