"""Public API: options, the Article type, labels and reasons."""
import dataclasses
import json
import re
from datetime import datetime

import pytest
from conftest import fixture_pages

import boilerstrip
from boilerstrip import Article, Label, Line, Options, extract

PAGES = fixture_pages()
PAGE_IDS = [p[1] for p in PAGES]
SAMPLE = next(p[2] for p in PAGES if p[1] == "000_6a551b4711cf0f12")

DETECTOR_MODULES = ("markers", "chrome", "timestamps", "captions", "credits", "headlines", "comments", "polls", "packed",
                    "density", "region", "metadata", "coherence")
# "options.favor: not clearly body (density....)" names the option that dropped a prose line
REASON = re.compile(rf"^(?:{'|'.join(DETECTOR_MODULES)}|options)\.[a-z_]+: \S")


@pytest.fixture(scope="module")
def by_favor():
    return {pid: {f: extract(text, favor=f) for f in ("balanced", "precision", "recall")} for _, pid, text, _ in PAGES}


def test_public_names():
    assert set(boilerstrip.__all__) >= {"Article", "Block", "DecodeError", "Label", "Line", "Options", "extract", "__version__"}
    assert issubclass(boilerstrip.DecodeError, ValueError)


@pytest.mark.parametrize("favor", ["balanced", "precision", "recall"])
def test_favor_values_are_accepted(favor):
    assert extract(SAMPLE, favor=favor).page_type == "article"


def test_default_is_balanced():
    assert extract(SAMPLE).to_dict(with_lines=True) == extract(SAMPLE, favor="balanced").to_dict(with_lines=True)


@pytest.mark.parametrize("favor", ["", "Balanced", "fast", None, 1])
def test_bad_favor_is_value_error(favor):
    with pytest.raises(ValueError, match="favor"):
        extract(SAMPLE, favor=favor)


@pytest.mark.parametrize("options", [{"favour": "recall"}, {"language": "vi"}, {"favor": "recall", "bogus": 1}])
def test_unknown_option_is_type_error(options):
    with pytest.raises(TypeError, match="unknown option"):
        extract(SAMPLE, **options)


def test_options_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Options().favor = "recall"


def test_detect_listing_false_never_reports_a_listing():
    listing = next(p[2] for p in PAGES if p[1] == "002_e8d73fd6129a179b")
    assert extract(listing).page_type == "listing"
    assert extract(listing, detect_listing=False).page_type != "listing"


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_precision_body_is_a_subset_of_balanced(by_favor, page_id):
    got = by_favor[page_id]
    assert set(got["precision"].paragraphs) <= set(got["balanced"].paragraphs)


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_balanced_body_is_a_subset_of_recall(by_favor, page_id):
    got = by_favor[page_id]
    assert set(got["balanced"].paragraphs) <= set(got["recall"].paragraphs)


def test_article_and_line_are_frozen():
    article = extract(SAMPLE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.lines[0].label = Label.BODY
    assert isinstance(article.paragraphs, tuple) and isinstance(article.lines, tuple)
    assert all(isinstance(line, Line) for line in article.lines)


def test_to_dict_keys_and_json():
    article = extract(SAMPLE)
    d = article.to_dict()
    assert set(d) == {"page_type", "title", "published", "author", "source", "category", "paragraphs", "text"}
    assert d["text"] == article.text and d["paragraphs"] == list(article.paragraphs)
    assert isinstance(article.published, datetime) and d["published"] == article.published.isoformat()
    full = article.to_dict(with_lines=True)
    assert set(full) == set(d) | {"lines"}
    assert set(full["lines"][0]) == {"number", "text", "label", "reason"}
    assert all(isinstance(line["label"], str) for line in full["lines"])
    json.dumps(full, ensure_ascii=False)


def test_seed_metadata():
    article = extract(SAMPLE)
    assert article.title == "Mỹ - Trung mở lại đối thoại 'cửa hậu'"
    assert (article.author, article.source, article.category) == ("Nguyễn Tiến", "VnExpress.net", "Thế giới")


def test_label_is_a_closed_str_enum():
    assert str(Label.BODY) == "body" and Label("teaser") is Label.TEASER
    with pytest.raises(ValueError):
        Label("paragraph")


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_line_has_a_label_and_a_reason_naming_a_detector(by_favor, page_id):
    for favor, article in by_favor[page_id].items():
        for line in article.lines:
            assert isinstance(line.label, Label)
            if line.label is Label.BLANK:
                assert line.reason == "blank line" and not line.text.strip()
                continue
            assert REASON.match(line.reason), (favor, line)


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_body_lines_are_exactly_the_paragraphs(by_favor, page_id):
    article = by_favor[page_id]["balanced"]
    body = [line.text.strip() for line in article.lines if line.label is Label.BODY]
    assert tuple(body) == article.paragraphs
    titles = [line for line in article.lines if line.label is Label.TITLE]
    assert len(titles) <= 1
    if article.page_type == "listing":
        assert article.paragraphs == () and article.title is None


def test_article_type_defaults():
    empty = Article()
    assert empty.page_type == "empty" and empty.text == "" and empty.to_dict()["paragraphs"] == []


@pytest.mark.parametrize("options, name", [
    ({"thresholds": "0.5"}, "thresholds"), ({"weights": {"good_cap": 5}}, "weights"), ({"detect_listing": "no"}, "detect_listing"),
])
def test_options_of_the_wrong_type_are_type_errors(options, name):
    with pytest.raises(TypeError, match=name):
        extract(SAMPLE, **options)
