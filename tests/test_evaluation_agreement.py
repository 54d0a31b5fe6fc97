"""Our figures must EQUAL the reference scorer's (../shared/tools/score.py) on the fixtures.

Whatever extract() predicts today (a placeholder, later the real pipeline), the
predictions are written the way shared/tools/evaluate.py writes them, scored by score.py,
and compared page by page and for the corpus. A deterministic fake predictor that keeps
part of the gold and adds noise exercises non-trivial overlaps, since the placeholder
alone would only compare zeros.
"""
from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType

import pytest

from boilerstrip import evaluation, scoring
from boilerstrip.evaluation import GoldPage, Prediction

ROOT = Path(__file__).resolve().parents[1]
SCORE_PY = ROOT.parent / "shared" / "tools" / "score.py"
FOLDERS = [ROOT / "tests" / "fixtures" / "seeds", ROOT / "tests" / "fixtures" / "dev"]


@pytest.fixture(scope="module")
def score() -> ModuleType:
    if not SCORE_PY.exists():
        pytest.fail(f"reference scorer not found at {SCORE_PY} (shared/ must sit beside the repo)")
    spec = importlib.util.spec_from_file_location("reference_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _noisy(page: GoldPage) -> Prediction:
    """Keeps every other gold line, adds a few raw lines, varies the metadata format."""
    body = page.gold.get("body") or []
    raw = (page.text or "").splitlines()
    kept = body[::2] + raw[:3] + ([body[0].upper()] if body else [])
    gold = page.gold
    meta = {
        "title": f"  {gold['title'].upper()} " if gold.get("title") and len(page.id) % 2 else "wrong title",
        "published": (gold.get("published") or "")[:10] + "T23:30:00+00:00" if len(page.id) % 3 else gold.get("published"),
        "author": (gold.get("author") or "") + "." if len(page.id) % 2 else None,
    }
    return Prediction(text="\n".join(kept), meta=meta)


def _equal(ours: dict, theirs: dict) -> None:
    assert set(ours) == set(theirs)
    for key, value in theirs.items():
        if isinstance(value, float):
            assert math.isclose(ours[key], value, rel_tol=0, abs_tol=1e-12), key
        else:
            assert ours[key] == value, key


def _write_predictions(folder_report: evaluation.FolderReport, out: Path) -> None:
    """Exactly as shared/tools/evaluate.py writes them."""
    out.mkdir()
    for result in folder_report.results:
        (out / f"{result.page.id}.txt").write_text(result.prediction.text, encoding="utf-8")
        (out / f"{result.page.id}.json").write_text(json.dumps(result.prediction.meta, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("predictor", ["extract", "noisy"])
def test_figures_equal_reference_scorer_on_all_fixtures(score, tmp_path, predictor):
    if predictor == "extract":
        report = evaluation.evaluate(FOLDERS)
    else:
        report = evaluation.score_predictions(FOLDERS, _noisy)
    all_theirs = []
    for folder_report in report.folders:
        pred_dir = tmp_path / folder_report.folder.name
        _write_predictions(folder_report, pred_dir)
        theirs = score.score_dirs(str(folder_report.folder), str(pred_dir))
        assert [p["id"] for p in theirs["pages"]] == [r.page.id for r in folder_report.results]
        for ours_page, their_page in zip(folder_report.results, theirs["pages"]):
            _equal(ours_page.scores, their_page)
        _equal(folder_report.corpus, theirs["corpus"])
        all_theirs += theirs["pages"]
    _equal(report.corpus, score.aggregate(all_theirs))
    assert report.corpus["n_pages"] == sum(len(scoring_pages.results) for scoring_pages in report.folders)


def test_fixture_corpus_is_all_there():
    pages = [p for folder in FOLDERS for p in evaluation.load_folder(folder)]
    assert len(pages) >= 50
    assert all(p.text is not None for p in pages)
    assert {p.gold["page_type"] for p in pages} == {"article", "listing"}


def test_convention_helpers_match_reference_on_tricky_strings(score):
    samples = [
        "", "  ", "Nguyễn Văn A.", "nguyễn  văn a", "TP.HCM – Hà Nội", "Ðà Nẵng", "ĐÀ NẴNG",
        "Hoà\u0300 bình", "ß Straße", "x\u0301y", "a_b 1,5% ngày 12/3", "e\u0323\u0302 ệ",
    ]
    for text in samples:
        assert scoring.tokens(text) == score.tokens(text)
        assert scoring.scored_lines(text + "\n  \n" + text) == score.lines(text + "\n  \n" + text)
    dates = ["2024-03-03T20:00Z", "2024-03-03T20:00:00+00:00", "2024-03-03", "2024-03-03T23:59",
             "ngày 2024-03-03", "3/3/2024", "", None, "2024-02-30", "2024-03-03T16:59:59-00:00"]
    for a in dates:
        for b in dates:
            assert scoring.date_match(a, b) == score._date_eq(a, b), (a, b)
    for a in samples + [None, ["Nguyễn Văn A", "Trần B"]]:
        for b in samples:
            assert scoring.author_match(a, b) == score._author_eq(a, b), (a, b)
            assert scoring.title_match(a if not isinstance(a, list) else None, b) == score._title_eq(
                a if not isinstance(a, list) else None, b
            )
