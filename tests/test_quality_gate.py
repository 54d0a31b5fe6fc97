"""Quality gate: extract() on every gold page (seeds + dev) against the floors below.

ALL floors live in this table. They were measured on main (sessions 2 and 3) with
``python /work/shared/tools/evaluate.py tests/fixtures/seeds tests/fixtures/dev`` and per
page with ``boilerstrip.scoring``, rounded down to 2 decimals, minus a 0.01 margin
(corpus) or 0.02 (pages), so a regression fails the gate. Raise them as the library
improves; never lower one without saying why in the commit.

Corpus figures are macro means over the 43 article pages of seeds + dev together
(listing pages only feed listing_acc), exactly as score.py computes them.
"""
from __future__ import annotations

import unicodedata

import pytest
from conftest import FIXTURES, fixture_pages

import boilerstrip
from boilerstrip.evaluation import Prediction
from boilerstrip.scoring import aggregate, score_page

# --- the floors ----------------------------------------------------------------------
#: measured on main (session 3): tok_f1 0.9765, tok_p 0.9686, tok_r 0.9993, line_f1 0.9715,
#: title_acc 1.0000 (43/43), date_acc 1.0000 (21/21), listing_acc 1.0000 (11/11)
CORPUS_FLOORS = {
    "tok_f1": 0.96,
    "tok_p": 0.95,
    "tok_r": 0.98,
    "line_f1": 0.96,  # measured 0.9715
    "title_acc": 0.99,
    "date_acc": 0.99,
    "listing_acc": 0.99,
}
#: the issue's targets; those in NOT_YET_MET are strict xfails that flip when reached
CORPUS_TARGETS = {
    "tok_f1": 0.97,
    "tok_p": 0.95,
    "tok_r": 0.95,
    "title_acc": 0.95,
    "date_acc": 0.95,
    "listing_acc": 1.0,
}
NOT_YET_MET: set[str] = set()

#: every article page not listed in WEAK_PAGES measured ≥ 0.977 token F1
PAGE_F1_FLOOR = 0.96
#: known weak pages: their measured token F1, floored (documents the current state)
WEAK_PAGES = {
    "enews-jsp-dantri-20221224195638512": 0.25,  # measured 0.2710: 10 per-player paragraphs kept (gold: figcaptions)
    "demomobiles-kenh14-topbanner": 0.89,  # measured 0.9100: photo captions that end with '.' kept as body
    "homestay-aspx-kenh14-sapa": 0.91,  # measured 0.9342: short captions that end with '.' kept as body
    "enews-jsp-dantri-20221224181223256": 0.93,  # measured 0.9505: short captions that end with '.' kept as body
}
#: the dev pages' original .html through the batch HTML converter (batch/html.py: a
#: different converter from the one that made each page's .txt, and no blank lines between
#: paragraphs). Measured (session 3): tok_f1 0.9733, tok_p 0.9641, tok_r 0.9991,
#: title_acc 1.0000, date_acc 1.0000, listing_acc 1.0000, author_acc 0.9474 over the 49 dev pages.
HTML_CONVERTER_FLOORS = {
    "tok_f1": 0.96,
    "tok_p": 0.95,
    "tok_r": 0.98,
    "title_acc": 0.99,
    "date_acc": 0.99,
    "listing_acc": 0.99,
    "author_acc": 0.92,
}
#: the dev pages' original .html printed one line per text node (conftest.text_node_lines, as
#: BeautifulSoup's stripped_strings prints it: paragraphs cut at their links and bold words),
#: each node's whitespace collapsed as a browser shows it, or kept (``collapse=False``: 21 dev
#: pages were saved re-indented, so their text is hard-wrapped too). The same floors hold for
#: both. Measured (session 12), collapsed / kept: tok_f1 0.9705 / 0.9701, tok_p 0.9643 / 0.9642,
#: tok_r 0.9932 / 0.9925, title_acc 0.9744, date_acc 1.0000, listing_acc 1.0000, author_acc
#: 0.8947 over the 49 dev pages; without reflow's joining, tok_f1 0.8522 / 0.3668.
TEXT_NODE_FLOORS = {
    "tok_f1": 0.95,
    "tok_p": 0.95,
    "tok_r": 0.98,
    "title_acc": 0.96,
    "date_acc": 0.99,
    "listing_acc": 0.99,
    "author_acc": 0.88,
}
TEXT_NODE_JOINING_GAIN = 0.10  # token F1 that joining the split paragraphs adds (measured 0.1175 / 0.6025)
#: every gold page with each line wrapped at 78 columns (``textwrap.fill``: the greedy wrap of
#: html2text's default output) reads as the page itself. Measured (session 12) over seeds + dev:
#: tok_f1 0.9716, tok_p 0.9681, tok_r 0.9914, title_acc 0.9767, date_acc 1.0000, listing_acc
#: 1.0000, author_acc 0.9524 (unwrapped: 0.9765 token F1); without reflow's joining 0.0208.
WRAPPED_AT_WIDTH_FLOORS = {
    "tok_f1": 0.96,
    "tok_p": 0.95,
    "tok_r": 0.98,
    "title_acc": 0.95,
    "date_acc": 0.99,
    "listing_acc": 0.99,
    "author_acc": 0.92,
}
#: pages whose gold title the library currently misses (predicts "Cửa sổ Blog")
KNOWN_WRONG_TITLE: set[str] = set()
#: listing pages the library currently reads as an article
KNOWN_MISSED_LISTINGS: set[str] = set()
#: pages whose gold date the library currently misses
KNOWN_WRONG_DATE: set[str] = set()
# --------------------------------------------------------------------------------------

PAGES = fixture_pages()
ARTICLES = [p for p in PAGES if p[3]["page_type"] == "article"]
LISTINGS = [p for p in PAGES if p[3]["page_type"] == "listing"]


def _score(gold, article):
    prediction = Prediction.from_article(article)
    return score_page(gold, prediction.text, prediction.meta)


@pytest.fixture(scope="module")
def results():
    """page id -> (article, scores), extracted once for the whole module."""
    out = {}
    for _, page_id, text, gold in PAGES:
        article = boilerstrip.extract(text)
        out[page_id] = (article, _score(gold, article))
    return out


def _known(page_id, known, why):
    return pytest.param(page_id, id=page_id, marks=pytest.mark.xfail(strict=True, reason=why) if page_id in known else ())


def test_floor_table_names_real_pages():
    ids = {p[1] for p in PAGES}
    assert set(WEAK_PAGES) | KNOWN_WRONG_TITLE | KNOWN_WRONG_DATE <= {p[1] for p in ARTICLES}
    assert KNOWN_MISSED_LISTINGS <= {p[1] for p in LISTINGS}
    assert len(ids) == len(PAGES)  # page ids are unique across seeds and dev


@pytest.mark.parametrize("page_id", [p[1] for p in ARTICLES])
def test_page_token_f1(results, page_id):
    floor = WEAK_PAGES.get(page_id, PAGE_F1_FLOOR)
    article, scores = results[page_id]
    assert article.page_type == "article"
    assert scores["tok_f1"] >= floor, f"{page_id}: token F1 {scores['tok_f1']:.4f} < floor {floor}"


@pytest.mark.parametrize("page_id", [
    _known(p[1], KNOWN_WRONG_TITLE, "metadata.find_title picks the wrong headline ('Cửa sổ Blog') on this page")
    for p in ARTICLES if p[3].get("title") is not None
])
def test_page_title(results, page_id):
    article, scores = results[page_id]
    assert scores["title"] == 1, f"{page_id}: title {article.title!r}"


@pytest.mark.parametrize("page_id", [
    _known(p[1], KNOWN_WRONG_DATE, "date missed") for p in ARTICLES if p[3].get("published") is not None
])
def test_page_date(results, page_id):
    article, scores = results[page_id]
    assert scores["published"] == 1, f"{page_id}: published {article.published!r}"


@pytest.mark.parametrize("page_id", [
    _known(p[1], KNOWN_MISSED_LISTINGS, "coherence: the genk home page (teaser stream) is read as an article")
    for p in LISTINGS
])
def test_listing_page(results, page_id):
    article, _ = results[page_id]
    assert article.page_type == "listing"
    assert article.paragraphs == ()
    assert article.text == ""


@pytest.fixture(scope="module")
def corpus(results):
    return aggregate(scores for _, scores in results.values())


@pytest.mark.parametrize("key", sorted(CORPUS_FLOORS))
def test_corpus_floor(corpus, key):
    assert corpus[key] >= CORPUS_FLOORS[key], f"corpus {key} {corpus[key]:.4f} < floor {CORPUS_FLOORS[key]}"


@pytest.mark.parametrize("key", [
    pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=f"issue target for {k} not reached yet"))
    if k in NOT_YET_MET else k
    for k in sorted(CORPUS_TARGETS)
])
def test_corpus_target(corpus, key):
    assert corpus[key] >= CORPUS_TARGETS[key], f"corpus {key} {corpus[key]:.4f} < target {CORPUS_TARGETS[key]}"


@pytest.fixture(scope="module")
def html_converter_corpus():
    """Scores of extract() on every dev page's .html flattened by the batch converter."""
    html = pytest.importorskip("boilerstrip.batch.html")
    pytest.importorskip("lxml")
    scores = []
    for folder, page_id, _, gold in PAGES:
        path = FIXTURES / folder / f"{page_id}.html"
        if path.exists():
            article = boilerstrip.extract(html.html_to_text(path.read_bytes()))
            scores.append(_score(gold, article))
    assert len(scores) >= 40  # the dev pages carry their .html
    return aggregate(scores)


@pytest.mark.parametrize("key", sorted(HTML_CONVERTER_FLOORS))
def test_quality_holds_on_text_from_another_converter(html_converter_corpus, key):
    """Sites and scrapers flatten HTML differently; the floors must hold on text that another
    converter made of the same pages, not only on the corpus' own text."""
    value = html_converter_corpus[key]
    assert value >= HTML_CONVERTER_FLOORS[key], f"{key} {value:.4f} < floor {HTML_CONVERTER_FLOORS[key]}"


@pytest.fixture(scope="module", params=[True, False], ids=["collapsed", "wrapped"])
def text_node_corpus(request):
    """(scores with joining, scores without) of extract() on every dev page's .html
    printed one line per text node, each node's whitespace collapsed or kept."""
    pytest.importorskip("lxml")
    from conftest import text_node_lines

    joined, apart = [], []
    for folder, page_id, _, gold in PAGES:
        path = FIXTURES / folder / f"{page_id}.html"
        if path.exists():
            text = text_node_lines(path.read_bytes(), collapse=request.param)
            joined.append(_score(gold, boilerstrip.extract(text)))
            apart.append(_score(gold, boilerstrip.extract(text, join_fragments=False)))
    assert len(joined) >= 40
    return aggregate(joined), aggregate(apart)


@pytest.mark.parametrize("key", sorted(TEXT_NODE_FLOORS))
def test_quality_holds_on_text_printed_one_line_per_text_node(text_node_corpus, key):
    """A scraper's own flattening (one line per text node) cuts paragraphs at every link, and
    keeps a re-indented source's line breaks unless it collapses whitespace."""
    joined, _ = text_node_corpus
    assert joined[key] >= TEXT_NODE_FLOORS[key], f"{key} {joined[key]:.4f} < floor {TEXT_NODE_FLOORS[key]}"


def test_joining_split_paragraphs_is_what_reads_them(text_node_corpus):
    joined, apart = text_node_corpus
    assert joined["tok_f1"] - apart["tok_f1"] >= TEXT_NODE_JOINING_GAIN, (joined["tok_f1"], apart["tok_f1"])


@pytest.fixture(scope="module")
def wrapped_at_width_corpus():
    import textwrap

    scores = []
    for _, _, text, gold in PAGES:
        wrapped = "\n".join(textwrap.fill(line, 78) if line.strip() else line for line in text.split("\n"))
        scores.append(_score(gold, boilerstrip.extract(wrapped)))
    return aggregate(scores)


@pytest.mark.parametrize("key", sorted(WRAPPED_AT_WIDTH_FLOORS))
def test_quality_holds_on_text_wrapped_at_a_width(wrapped_at_width_corpus, key):
    """Converters that wrap their output at a width (html2text's default) cut every paragraph
    and headline into lines of 78 columns; reflow reads them whole again."""
    value = wrapped_at_width_corpus[key]
    assert value >= WRAPPED_AT_WIDTH_FLOORS[key], f"{key} {value:.4f} < floor {WRAPPED_AT_WIDTH_FLOORS[key]}"


def _nfc(text):
    return text if text is None else unicodedata.normalize("NFC", text)


def _article_fields(article):
    return (tuple(map(_nfc, article.paragraphs)), _nfc(article.title), article.published,
            _nfc(article.author), _nfc(article.source), _nfc(article.category), article.page_type)


@pytest.mark.parametrize("variant", ["NFD", "CRLF", "CR"])
def test_every_page_reads_the_same_decomposed_or_with_other_line_ends(results, variant):
    """Pages arrive decomposed (NFD) and with Windows or old Mac line ends; none of that
    may change what is extracted from any gold page."""
    make = {"NFD": lambda t: unicodedata.normalize("NFD", t),
            "CRLF": lambda t: t.replace("\n", "\r\n"), "CR": lambda t: t.replace("\n", "\r")}[variant]
    changed = [page_id for _, page_id, text, _ in PAGES
               if _article_fields(boilerstrip.extract(make(text))) != _article_fields(results[page_id][0])]
    assert changed == []
