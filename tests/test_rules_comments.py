"""rules.comments: readers' comments printed without their section's heading.

No fixture page prints comments without a heading, so the comments are written here, framed
as comment widgets print them, around a real fixture page.
"""
from conftest import FIXTURES, line_starting, make_blocks

from boilerstrip import extract
from boilerstrip.rules import comments
from boilerstrip.types import Label

PAGE = "htmldate-vnexpress-4672302"
FIRST = "Bài viết rất hay, tôi mong các cơ quan chức năng sớm có biện pháp xử lý dứt điểm để người dân yên tâm."
SECOND = "Tôi không đồng ý với ý kiến trên, vấn đề này cần được nhìn nhận khách quan hơn từ nhiều phía."
COMMENTS = ["Nguyễn Văn Hùng", "2 giờ trước", FIRST, "Thích Trả lời",
            "Trần Thị Mai", "Hôm qua, 21:15", SECOND, "Thích · Trả lời"]


def test_a_commenters_name_and_age_over_the_text_and_its_buttons_is_a_comment():
    lines = [line_starting(PAGE, "Thông tin trên được")] + COMMENTS
    found = comments.detect(make_blocks(lines))
    framed = {lines.index(line) for line in COMMENTS if "Trả lời" not in line}
    assert set(found) == framed
    assert all(d.label is Label.COMMENT and d.reason.startswith("comments.frame:") for d in found.values())


def test_a_byline_over_its_dateline_and_the_lead_is_no_comment():
    # the first two lines of a comment's frame, without the buttons under the text
    lines = ["Anh Minh", "Thứ năm, 2/11/2023, 19:20 (GMT+7)", line_starting(PAGE, "Thông tin trên được"),
             line_starting(PAGE, "Hiện, mức giảm trừ")]
    assert comments.detect(make_blocks(lines)) == {}


def test_the_like_and_reply_buttons_may_be_printed_one_a_line():
    lines = ["Nguyễn Văn Hùng", "2 giờ trước", FIRST, "Thích", "Trả lời"]
    assert set(comments.detect(make_blocks(lines))) == {0, 1, 2}


def test_a_byline_over_its_dateline_and_a_toolbar_is_no_comment():
    # kenh14 through text nodes: the outlet's name, the dateline, the share and like buttons;
    # a lead over a like button has no reply button either
    assert comments.detect(make_blocks(["Trí Thức Trẻ", "00:03 03/06/2016", "Chia sẻ", "Thích"])) == {}
    lead = line_starting(PAGE, "Thông tin trên được")
    assert comments.detect(make_blocks(["Anh Minh", "00:03 03/06/2016", lead, "Thích"])) == {}


def test_a_frame_without_text_is_no_comment():
    assert comments.detect(make_blocks(["Nguyễn Văn Hùng", "2 giờ trước", "Thích Trả lời"])) == {}


def _after_the_signature(inserted):
    """(the fixture page's article, the article with ``inserted`` printed after its signature)."""
    text = (FIXTURES / "dev" / f"{PAGE}.txt").read_text("utf-8")
    plain = extract(text)
    signed = max(line.number for line in plain.lines if line.label in (Label.BODY, Label.BYLINE))
    lines = text.split("\n")
    return plain, extract("\n".join(lines[:signed] + [""] + inserted + [""] + lines[signed:]))


def test_comments_without_a_heading_are_neither_body_nor_the_author():
    # without the rule, the comments read as the article's last paragraphs, and the first
    # commenter as its writer (a probe over 125 corpus and held-out articles: 77 and 60 pages)
    plain, commented = _after_the_signature(COMMENTS)
    assert commented.paragraphs == plain.paragraphs
    assert commented.author == plain.author == "Anh Minh"
    labels = {line.text: line.label for line in commented.lines}
    assert labels[FIRST] is Label.COMMENT and labels[SECOND] is Label.COMMENT


THREAD = ["Nguyễn Văn Hùng - 2 giờ trước", FIRST, "Trần Thị Mai - 5 giờ trước", SECOND]


def test_comments_whose_headers_glue_the_name_to_the_age_are_a_thread():
    found = comments.detect(make_blocks([line_starting(PAGE, "Thông tin trên được")] + THREAD))
    assert set(found) == {1, 2, 3, 4}
    assert all(d.reason.startswith("comments.thread:") for d in found.values())


def test_one_glued_header_or_a_streams_section_labels_are_no_thread():
    lead = line_starting(PAGE, "Thông tin trên được")
    # a story's byline with its age, over the lead
    assert comments.detect(make_blocks(["Nguyễn Văn Hùng - 2 giờ trước", lead])) == {}
    # a teaser stream's items: the section's name glued to the age (kenh14's home page)
    stream = ["Star - 1 giờ trước", lead, "Sport - 3 giờ trước", line_starting(PAGE, "Hiện, mức giảm trừ")]
    assert comments.detect(make_blocks(stream)) == {}


def test_a_thread_after_the_article_is_not_body():
    plain, commented = _after_the_signature(THREAD)
    assert commented.paragraphs == plain.paragraphs and commented.author == plain.author
