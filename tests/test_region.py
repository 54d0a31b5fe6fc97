"""region: per-block scores and the best run per separator-delimited segment (Kadane)."""
import pytest

from boilerstrip.density import Density
from boilerstrip.region import Region, Weights, block_score, candidate_regions, closing_credit
from boilerstrip.rules.base import BLOCK, END, LINE, Decision
from boilerstrip.types import Label

W = Weights()


def test_good_block_adds_its_words_capped():
    assert block_score(Density.GOOD, 40, None, W) == 40.0
    assert block_score(Density.GOOD, 500, None, W) == float(W.good_cap)


def test_near_block_adds_a_fraction():
    assert block_score(Density.NEAR, 10, None, W) == pytest.approx(10 * W.near_factor)


def test_short_block_costs_unless_a_short_sentence():
    assert block_score(Density.SHORT, 2, None, W) == -W.short_cost
    assert block_score(Density.SHORT, 5, None, W, sentence=True) == W.short_sentence_score
    assert block_score(Density.SHORT, 2, None, W, sentence=True) == -W.short_cost  # too short to be a sentence


@pytest.mark.parametrize("scope", [BLOCK, END])
def test_section_markers_are_separators(scope):
    d = Decision(Label.RELATED, "markers.section: 'Tin liên quan' opens a list of links", scope)
    assert block_score(Density.BAD, 3, d, W) is None


def test_inline_clutter_costs_less_than_list_clutter():
    caption = Decision(Label.CAPTION, "captions.media_label: x", LINE)
    listed = Decision(Label.HEADLINE_LIST, "headlines.list_item: x", LINE)
    assert block_score(Density.BAD, 20, caption, W) == -W.inline_clutter_cost
    assert block_score(Density.BAD, 20, listed, W) == -W.list_clutter_cost
    assert -W.list_clutter_cost < -W.inline_clutter_cost < 0


def test_weights_are_options():
    assert block_score(Density.GOOD, 40, None, Weights(good_cap=10)) == 10.0


def test_kadane_one_segment():
    assert candidate_regions([10, -5, 20, -50, 3]) == [Region(0, 2, 25.0)]


def test_kadane_restarts_after_a_negative_run():
    assert candidate_regions([5, -20, 8, 8]) == [Region(2, 3, 16.0)]


def test_one_region_per_segment_and_separators_are_never_crossed():
    scores = [10, -5, 20, None, 3, -10, 4, None, -1, -2]
    assert candidate_regions(scores) == [Region(0, 2, 25.0), Region(6, 6, 4.0)]


def test_separator_cuts_even_a_strong_run():
    regions = candidate_regions([50, None, 50])
    assert regions == [Region(0, 0, 50.0), Region(2, 2, 50.0)]


@pytest.mark.parametrize("scores", [[], [None], [-1, -5], [None, -3, None], [0.0, 0.0]])
def test_no_positive_block_no_region(scores):
    assert candidate_regions(scores) == []


def test_region_is_maximal_subarray():
    # brute force agreement on a mixed segment
    scores = [3, -4, 6, -1, 2, -9, 7, -2, 1]
    best = max((sum(scores[i:j + 1]), i, j) for i in range(len(scores)) for j in range(i, len(scores)))
    (region,) = candidate_regions(scores)
    assert region.score == best[0]
    assert sum(scores[region.start:region.end + 1]) == region.score


def test_a_byline_after_the_paragraphs_closes_the_article():
    # paragraphs, the signature, then a headline + teaser of another story
    labels = [None, None, None, Label.BYLINE, None, None]
    good = [True, True, True, False, False, True]
    assert closing_credit(labels, good, 0, 5) == 3


def test_a_credit_in_mid_article_does_not_close_it():
    labels = [None, None, Label.CREDIT, None, None, None]
    good = [True, True, False, True, True, True]
    assert closing_credit(labels, good, 0, 5) is None


def test_a_byline_under_the_headline_does_not_close_it():
    labels = [Label.BYLINE, None, None, None]
    good = [False, True, True, True]
    assert closing_credit(labels, good, 0, 3) is None
