"""rules.polls: a question over its answer options (and a vote button) is a widget.

No fixture page prints a poll, so the poll's lines are written here, as papers print them,
around real lines of a fixture page; the rating scale is held-out longchau's, as printed.
"""
import pytest
from conftest import FIXTURES, assert_real, line_starting, make_blocks, spaced_page

from boilerstrip import extract
from boilerstrip.rules import packed, polls
from boilerstrip.types import Label

PAGE = "htmldate-vnexpress-4672302"
POLL = ["Bạn có ủng hộ đề xuất này?", "Có", "Không", "Bình chọn"]
RATING = ["Bài viết có hữu ích với bạn?", "Thất vọng", "Không hữu ích", "Bình thường", "Hữu ích", "Rất hữu ích"]


def _paragraphs():
    return [line_starting(PAGE, "Thông tin trên được"), line_starting(PAGE, "Hiện, mức giảm trừ")]


@pytest.mark.parametrize("widget", [POLL, POLL[:3], RATING, ["Bạn đánh giá thế nào?", "Cả hai", "Ý kiến khác", "Gửi"]])
def test_a_question_over_its_answers_is_a_poll(widget):
    first, second = _paragraphs()
    lines = spaced_page([first], widget, [second])
    found = polls.detect(make_blocks(lines))
    assert set(found) == {lines.index(line) for line in widget}
    assert all(d.label is Label.WIDGET and d.reason.startswith("polls.poll:") for d in found.values())


@pytest.mark.parametrize("group", [
    ["Cần chuẩn bị những gì?", "Hộ chiếu", "Thị thực", "Vé máy bay"],  # a list the article's question introduces
    ["Vì sao giá vàng tăng?", "Có"],  # one answer alone is no set of options
    ["Có nên tiêm nhắc lại?", "Có. Theo Bộ Y tế, người dân nên tiêm đủ liều.", "Không"],  # an answer in prose
])
def test_questions_the_article_answers_are_not_polls(group):
    first, second = _paragraphs()
    assert polls.detect(make_blocks(spaced_page([first], group, [second]))) == {}


def test_a_poll_question_is_not_read_as_one_headline_of_a_packed_list():
    # A short closing sentence printed against the question: without the poll test, the two
    # read as a list of two headlines, and the article lost its last line.
    first, second = _paragraphs()
    lines = spaced_page([first], [second], [first], ["Xin đừng ở mãi trên mây nữa!”"] + POLL)
    assert packed.detect(make_blocks(lines)) == {}


def test_a_poll_after_the_article_is_neither_body_nor_its_author():
    text = (FIXTURES / "dev" / f"{PAGE}.txt").read_text("utf-8")
    plain = extract(text)
    last = max(line.number for line in plain.lines if line.label is Label.BODY)
    lines = text.split("\n")
    polled = extract("\n".join(lines[:last] + POLL + lines[last:]))
    assert polled.paragraphs == plain.paragraphs
    assert polled.author == plain.author == "Anh Minh"
    assert [line.label for line in polled.lines[last:last + len(POLL)]] == [Label.WIDGET] * len(POLL)


def test_the_rating_scale_lines_are_answers_of_the_table():
    # (as held-out longchau prints them under "Bài viết có hữu ích với bạn?")
    blocks = make_blocks(RATING)
    assert polls.poll_at(blocks, 0) == len(RATING)


def test_the_page_quoted_here_is_real():
    for line in _paragraphs():
        assert_real(PAGE, line)
