"""Corpus-wide guard of the rule pass: no detector may claim a gold body line.

Rules decide first and are never overruled, so a rule that fires on a body line loses
it for good. Every gold body line of every fixture page, in its page context, must have
at least one occurrence no rule claims.
"""
import pytest
from conftest import fixture_pages, make_blocks

from boilerstrip.normalize import split_lines
from boilerstrip.pipeline import run_rules

PAGES = fixture_pages()


@pytest.mark.parametrize("page_id, text, gold", [(p[1], p[2], p[3]) for p in PAGES], ids=[p[1] for p in PAGES])
def test_no_rule_claims_a_gold_body_line(page_id, text, gold):
    blocks = make_blocks(split_lines(text))
    decisions = run_rules(blocks)
    by_text = {}
    for b in blocks:
        by_text.setdefault(b.text.strip(), []).append(b.index)
    claimed = []
    for line in gold["body"]:
        where = by_text.get(line.strip(), [])
        if where and all(i in decisions for i in where):
            claimed.append((line[:60], decisions[where[0]].reason))
    assert claimed == []


def test_rule_pass_is_first_detector_wins():
    # "Tin liên quan" is a marker; markers run before every other detector.
    blocks = make_blocks(["Tin liên quan"])
    assert run_rules(blocks)[0].reason.startswith("markers.")
