"""End-to-end tests of `boilerstrip extract` (subprocess), valid for any correct extract()."""
from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip.cli import SUBCOMMANDS, render_explain, use_colour

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))
PAGE = FIXTURES[0]
ANSI = "\033["


def cli(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "boilerstrip.cli", *args], input=stdin, capture_output=True,
                          env=full_env, timeout=120)


def test_extract_prints_the_body():
    res = cli("extract", str(PAGE))
    assert res.returncode == 0, res.stderr
    body = boilerstrip.extract(PAGE.read_bytes()).text
    assert res.stdout.decode("utf-8") == (body + "\n" if body else "")


def test_extract_reads_stdin():
    res = cli("extract", "--json", "-", stdin=PAGE.read_bytes())
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == json.loads(json.dumps(boilerstrip.extract(PAGE.read_bytes()).to_dict()))


def test_extract_json_with_lines_has_one_entry_per_line():
    res = cli("extract", "--json", "--lines", str(PAGE))
    data = json.loads(res.stdout)
    text = PAGE.read_bytes().decode("utf-8")
    assert [line["number"] for line in data["lines"]] == list(range(1, len(text.splitlines()) + 1))
    assert set(data) >= {"page_type", "title", "published", "author", "source", "category", "paragraphs", "text"}


def test_explain_prints_every_line_with_label_and_reason_plain_when_piped():
    res = cli("extract", "--explain", str(PAGE))
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode("utf-8")
    assert ANSI not in out
    rows = out.splitlines()
    article = boilerstrip.extract(PAGE.read_bytes())
    text = PAGE.read_bytes().decode("utf-8")
    assert len(rows) == len(text.splitlines()) == len(article.lines)
    for row, line in zip(rows, article.lines):
        fields = row.split()
        assert fields[0] == str(line.number)
        assert fields[1] == line.label.value
        assert line.reason in row
        assert row.endswith(line.text.strip()) or not line.text.strip()


def _run_on_tty(args: list[str], env: dict[str, str]) -> str:
    """Run the CLI with stdout on a pseudo-terminal, as a person at a terminal would."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "boilerstrip.cli", *args], stdout=slave, stderr=subprocess.PIPE,
                            env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    assert proc.returncode == 0, proc.stderr.read()
    return b"".join(chunks).decode("utf-8", "replace")


def test_explain_is_coloured_on_a_terminal_unless_no_color():
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert ANSI in _run_on_tty(["extract", "--explain", str(PAGE)], env)
    assert ANSI not in _run_on_tty(["extract", "--explain", str(PAGE)], {**env, "NO_COLOR": "1"})


def test_explain_color_always_forces_colour_when_piped():
    assert ANSI in cli("extract", "--explain", "--color", "always", str(PAGE)).stdout.decode()


def test_use_colour_rules():
    class Tty:
        def isatty(self) -> bool:
            return True

    assert use_colour("auto", Tty(), {}) is True
    assert use_colour("auto", Tty(), {"NO_COLOR": "1"}) is False
    assert use_colour("auto", Tty(), {"NO_COLOR": ""}) is True  # no-color.org: only a non-empty value counts
    assert use_colour("never", Tty(), {}) is False
    assert use_colour("always", sys.stdout, {"NO_COLOR": "1"}) is True


def test_render_explain_one_row_per_line_even_for_blank_lines():
    article = boilerstrip.extract("a\n\n\nb\r\nc")
    assert len(render_explain(article, colour=False).split("\n")) == 5
    assert len(render_explain(article, colour=True).split("\n")) == 5


def test_non_utf8_page_is_a_clear_error():
    bad = PAGE.read_bytes()[:40] + b"\xff\xfe rest"
    res = cli("extract", "-", stdin=bad)
    assert res.returncode == 1
    assert b"not valid UTF-8" in res.stderr and b"offset" in res.stderr
    assert res.stdout == b""


def test_an_html_document_gets_a_plain_warning_and_still_an_answer():
    html = PAGE.with_suffix(".html").read_bytes()
    res = cli("extract", "-", stdin=html)
    assert res.returncode == 0
    err = res.stderr.decode("utf-8")
    assert err.startswith("boilerstrip extract: warning: -: ") and "html_to_text" in err
    assert "HTMLInputWarning" not in err  # not a Python warning with a source line


def test_a_plain_page_gets_no_warning():
    res = cli("extract", str(PAGE))
    assert res.returncode == 0 and res.stderr == b""


def test_missing_page_is_a_clear_error(tmp_path):
    res = cli("extract", str(tmp_path / "nope.txt"))
    assert res.returncode == 2
    assert b"nope.txt" in res.stderr


@pytest.mark.parametrize("bad", [["extract"], ["frobnicate"], []])
def test_usage_errors_exit_2(bad):
    assert cli(*bad).returncode == 2


def test_help_lists_every_subcommand():
    out = cli("--help").stdout.decode()
    for name, _, _ in SUBCOMMANDS:
        assert name in out


def test_console_script_entry_point_is_declared():
    from importlib.metadata import entry_points

    eps = {ep.name: ep.value for ep in entry_points(group="console_scripts")}
    assert eps.get("boilerstrip") == "boilerstrip.cli:main"


@pytest.mark.parametrize("option", ["thresholds=0.5", "favor=fast", "bogus=1"])
def test_bad_options_are_a_clear_usage_error(option):
    for args in (["extract", str(PAGE)], ["batch", str(PAGE), "-o", "-"]):
        done = cli(*args, "-O", option)
        assert done.returncode == 2, done.stderr
        assert b"error:" in done.stderr and b"Traceback" not in done.stderr


def test_join_fragments_is_an_option_of_the_cli():
    page = ("Giá xăng dầu tăng mạnh\n"
            "Tại Nhật Bản, nguồn tin của\nBloomberg\nhôm 5/3 cũng cho biết ít nhất một nhà máy lọc dầu "
            "nước này đã hủy các lô hàng xăng, nhiên liệu máy bay và dầu diesel xuất khẩu.\n").encode()
    for value, joined in (("true", True), ("false", False)):
        done = cli("extract", "--json", "--lines", "-O", f"join_fragments={value}", "-", stdin=page)
        assert done.returncode == 0, done.stderr
        lines = json.loads(done.stdout)["lines"]
        assert len(lines) == 4
        assert any("reflow.joined" in line["reason"] for line in lines) is joined
