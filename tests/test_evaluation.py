"""Convention edge cases, the --json shape and the --show-errors view.

All predictions here come from fakes, so the tests hold for any extract()."""
from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip import evaluation
from boilerstrip.scoring import aggregate, author_match, date_match, score_page, title_match
from boilerstrip.types import Article, Label, Line


def gold(body, page_type="article", **meta):
    return {"id": "p", "page_type": page_type, "body": body, **meta}


# ---------------------------------------------------------------- convention edge cases


def test_empty_gold_and_empty_prediction_score_one():
    s = score_page(gold([]), "  \n\n")
    assert (s["tok_p"], s["tok_r"], s["tok_f1"], s["line_f1"], s["empty"]) == (1.0, 1.0, 1.0, 1.0, 1)


@pytest.mark.parametrize("body, pred", [([], "Một dòng thừa."), (["Một đoạn văn."], ""), (["Một đoạn."], " \n ")])
def test_exactly_one_side_empty_scores_zero(body, pred):
    s = score_page(gold(body), pred)
    assert (s["tok_p"], s["tok_r"], s["tok_f1"], s["line_p"], s["line_r"], s["line_f1"]) == (0.0,) * 6


def test_punctuation_only_prediction_counts_as_empty_at_token_level_only():
    s = score_page(gold(["Xin chào."]), "...")
    assert s["tok_f1"] == 0.0 and s["line_f1"] == 0.0 and s["empty"] == 0


def test_bag_of_tokens_and_line_multisets():
    s = score_page(gold(["Hà Nội mưa to.", "Hà Nội mưa to."]), "hà nội MƯA to\nHà Nội mưa to.\nQuảng cáo")
    assert s["tok_p"] == pytest.approx(8 / 10) and s["tok_r"] == 1.0
    assert s["line_p"] == pytest.approx(1 / 3) and s["line_r"] == pytest.approx(1 / 2)


def test_listing_page_is_ok_only_when_prediction_is_blank():
    assert score_page(gold([], "listing"), "\n  \n")["listing_ok"] == 1
    assert score_page(gold([], "listing"), "Tin mới nhất")["listing_ok"] == 0
    pages = [score_page(gold([], "listing"), ""), score_page(gold(["A b."]), "A b.")]
    c = aggregate(pages)
    assert c["listing_acc"] == 1.0 and c["tok_f1"] == 1.0 and c["n_article"] == 1 and c["n_listing"] == 1
    assert "tok_f1" not in pages[0]


def test_corpus_f1_is_mean_of_page_f1s_and_none_without_articles():
    pages = [score_page(gold(["a b c d"]), "a b c d"), score_page(gold(["a b c d"]), "a x")]
    c = aggregate(pages)
    assert c["tok_f1"] == pytest.approx((1.0 + (2 * 0.5 * 0.25 / 0.75)) / 2)
    assert aggregate([score_page(gold([], "listing"), "")])["tok_f1"] is None


def test_title_match_collapses_whitespace_and_case():
    assert title_match("  Mỹ -  Trung\tmở lại\nđối thoại ", "mỹ - trung mở lại đối thoại")
    assert not title_match("Mỹ - Trung mở lại đối thoại.", "Mỹ - Trung mở lại đối thoại")
    assert not title_match(None, "x")


def test_date_with_offset_is_moved_to_vietnam_time():
    assert date_match("2024-03-03T20:00Z", "2024-03-04")
    assert date_match("2024-03-03T17:00:00+00:00", "2024-03-04T08:00+07:00")
    assert not date_match("2024-03-03T16:59:59+00:00", "2024-03-04")
    assert date_match("2024-03-03T23:30", "2024-03-03")  # naive: taken as local
    assert date_match("cập nhật 2024-03-03 lúc 9h", "2024-03-03")
    assert not date_match(None, "2024-03-03") and not date_match("13/3/2024", "2024-03-13")


def test_author_is_equal_token_sequences():
    assert author_match("Nguyễn Văn A.", "nguyễn văn a")
    assert author_match(["Nguyễn A", "Trần B"], "Nguyễn A - Trần B")
    assert not author_match("Văn A Nguyễn", "Nguyễn Văn A")
    assert not author_match("", "...") and not author_match(None, "A")


def test_null_gold_metadata_is_not_scored_and_missing_prediction_is_a_miss():
    s = score_page(gold(["x"], title=None, published="2024-01-01", author="An"), "x", {"published": "2024-01-01"})
    assert "title" not in s and s["published"] == 1 and s["author"] == 0
    c = aggregate([s])
    assert c["title_acc"] is None and c["n_title"] == 0 and c["date_acc"] == 1.0 and c["author_acc"] == 0.0


# ---------------------------------------------------------------- CLI: --json and --show-errors

PAGE_TEXT = "Trang chủ\nTiêu đề bài\nĐoạn một của bài.\nĐoạn hai của bài.\nTin liên quan\nĐoạn ba của bài.\n"


def fake_extract(text: str | bytes, **options) -> Article:
    """On the article keeps lines 3, 4 and 5, drops 6: one wrongly kept line and one wrongly
    dropped. On the listing keeps every line (a failed listing)."""
    if str(text).startswith("Tin mới"):
        lines = tuple(Line(i, t, Label.BODY, "teaser kept") for i, t in enumerate(str(text).splitlines(), 1))
        return Article(paragraphs=tuple(ln.text for ln in lines), page_type="article", lines=lines)
    labels = {3: (Label.BODY, "long sentence"), 4: (Label.BODY, "long sentence"), 5: (Label.BODY, "between body"),
              6: (Label.RELATED, "after related marker"), 2: (Label.TITLE, "title guess")}
    lines = tuple(
        Line(i, t, *labels.get(i, (Label.NAVIGATION, "short nav line"))) for i, t in enumerate(str(text).splitlines(), 1)
    )
    body = tuple(ln.text for ln in lines if ln.label == Label.BODY)
    return Article(paragraphs=body, title="Tiêu đề bài", page_type="article", lines=lines)


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a1.txt").write_text(PAGE_TEXT, encoding="utf-8")
    page = {"id": "a1", "page_type": "article", "title": "Tiêu đề bài", "published": None, "author": None,
            "body": ["Đoạn một của bài.", "Đoạn hai của bài.", "Đoạn ba của bài."]}
    (folder / "a1.json").write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    (folder / "l1.txt").write_text("Tin mới\nTin nóng\n", encoding="utf-8")
    (folder / "l1.json").write_text(json.dumps({"id": "l1", "page_type": "listing", "body": []}), encoding="utf-8")
    (folder / "notes.json").write_text("[1, 2]", encoding="utf-8")  # not gold: skipped
    return folder


def run(argv: list[str], monkeypatch) -> str:
    monkeypatch.setattr(boilerstrip, "extract", fake_extract)
    parser = argparse.ArgumentParser()
    evaluation.add_arguments(parser)
    out = io.StringIO()
    assert evaluation.run_cli(parser.parse_args(argv), out) == 0
    return out.getvalue()


def test_json_output_shape(gold_dir, monkeypatch):
    data = json.loads(run([str(gold_dir), "--json"], monkeypatch))
    assert set(data) == {"folders", "corpus", "speed"}
    (folder,) = data["folders"]
    assert folder["folder"] == str(gold_dir)
    assert [p["id"] for p in folder["pages"]] == ["a1", "l1"]
    article, listing = folder["pages"]
    assert set(article) == {"id", "page_type", "tok_p", "tok_r", "tok_f1", "line_p", "line_r", "line_f1",
                            "empty", "title", "missing"}
    assert article["line_p"] == pytest.approx(2 / 3) and article["line_r"] == pytest.approx(2 / 3)
    assert article["title"] == 1
    assert listing == {"id": "l1", "page_type": "listing", "listing_ok": 0, "missing": 0}
    for corpus in (folder["corpus"], data["corpus"]):
        assert corpus["n_pages"] == 2 and corpus["listing_acc"] == 0.0 and corpus["title_acc"] == 1.0
    assert set(data["speed"]) == {"pages", "seconds", "bytes", "pages_per_s", "mb_per_s"}
    assert data["speed"]["pages"] == 2 and data["speed"]["bytes"] == len((PAGE_TEXT + "Tin mới\nTin nóng\n").encode())


def test_json_with_show_errors_lists_kept_and_dropped_lines(gold_dir, monkeypatch):
    data = json.loads(run([str(gold_dir), "--json", "--show-errors", "5"], monkeypatch))
    errors = {e["id"]: e for e in data["errors"]}
    assert [e["id"] for e in data["errors"]] == ["l1", "a1"]  # failed listing (0) ranks before F1 > 0
    assert errors["a1"]["kept"] == [{"number": 5, "text": "Tin liên quan", "label": "body", "reason": "between body"}]
    assert errors["a1"]["dropped"] == [
        {"number": 6, "text": "Đoạn ba của bài.", "label": "related", "reason": "after related marker"}
    ]
    assert [x["number"] for x in errors["l1"]["kept"]] == [1, 2] and errors["l1"]["dropped"] == []


def test_show_errors_text_view_and_limit(gold_dir, monkeypatch):
    text = run([str(gold_dir), "--show-errors", "1"], monkeypatch)
    assert "## l1" in text and "## a1" not in text
    text = run([str(gold_dir), "--show-errors", "2"], monkeypatch)
    block = text[text.index("## a1"):]
    assert "wrongly kept (1)" in block and "5 [body] (between body) Tin liên quan" in block
    assert "wrongly dropped (1)" in block and "6 [related] (after related marker) Đoạn ba của bài." in block


def test_table_has_per_page_rows_and_corpus(gold_dir, monkeypatch):
    text = run([str(gold_dir)], monkeypatch)
    assert "a1" in text and "l1 " in text and "FAIL (non-empty prediction)" in text
    assert "2 pages (1 article, 1 listing)" in text and "speed:" in text


def test_dropped_gold_line_absent_from_input_is_reported_as_not_found():
    page = evaluation.GoldPage("x", Path("."), gold(["Dòng không có trong trang."]), "Khác hẳn")
    result = evaluation.PageResult(page, evaluation.Prediction(lines=(Line(1, "Khác hẳn", Label.AD, "ad"),)),
                                   score_page(page.gold, ""), 0.0)
    (err,) = evaluation.page_errors(result).dropped
    assert err.line is None and err.to_dict()["label"] is None


def test_missing_raw_text_counts_as_missing_empty_prediction(gold_dir, monkeypatch):
    (gold_dir / "a1.txt").unlink()
    data = json.loads(run([str(gold_dir), "--json"], monkeypatch))
    article = data["folders"][0]["pages"][0]
    assert article["missing"] == 1 and article["empty"] == 1 and data["corpus"]["missing"] == 1


def test_not_a_folder_is_an_error(tmp_path, capsys):
    parser = argparse.ArgumentParser()
    evaluation.add_arguments(parser)
    assert evaluation.run_cli(parser.parse_args([str(tmp_path / "nope")])) == 2
    assert "not a folder" in capsys.readouterr().err


def test_module_runs_standalone(gold_dir):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "boilerstrip.evaluation", str(gold_dir), "--json"],
                          capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout)["corpus"]["n_pages"] == 2
