"""markdown: inline Markdown read as the plain text it marks up (match form and metadata)."""
import json

import pytest
from conftest import FIXTURES

from boilerstrip import extract
from boilerstrip.evaluation import Prediction
from boilerstrip.markdown import link_share, may_be_markdown, plain_text, rewrite
from boilerstrip.normalize import match_form
from boilerstrip.scoring import score_page

MARKDOWN = FIXTURES / "markdown"


def _md_lines(page_id):
    return (MARKDOWN / f"{page_id}.md").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("page, line, expected", [
    ("lythinh-vnexpress-4426992", "# Việt Nam dự kiến mở lại toàn bộ đường bay quốc tế từ 15/2",
     "Việt Nam dự kiến mở lại toàn bộ đường bay quốc tế từ 15/2"),
    ("lythinh-vnexpress-4426992", "**Đoàn Loan** [__](javascript:;)", "Đoàn Loan "),  # an icon link has no text
    ("lythinh-vnexpress-4426992", '  * [ Thời sự ](/thoi-su "Thời sự")', "  *  Thời sự "),
    ("lythinh-vnexpress-4426992", "![Máy bay tại Tân Sơn Nhất. Ảnh: Quỳnh Trần.](data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==)", ""),
    ("myfeed-genk1", "**", ""),  # marks that print nothing read as a blank line
    (None, "* # 8/3 boy vào bếp chế bánh tình yêu", "8/3 boy vào bếp chế bánh tình yêu"),  # a heading in a list item
    ("myfeed-genk1", " **Con đường của Amazon  **", " Con đường của Amazon"),
    ("myfeed-genk1", " 1\\. Mua hàng qua mạng. ", " 1. Mua hàng qua mạng. "),
    ("myfeed-genk1", "_  Đây là quan điểm của tác giả Venkatesh Rao trên Forbes. _", "Đây là quan điểm của tác giả Venkatesh Rao trên Forbes."),
])
def test_plain_text_of_converted_lines(page, line, expected):
    assert page is None or line in _md_lines(page)
    assert plain_text(line) == expected


@pytest.mark.parametrize("line", [
    ">> Xem thêm",  # plain-text pages mark related links so: the headline rules read it
    "# Bắc Ninh # Hà Nội",  # hashtags, not a heading
    "#Euro2024",
    "snake_case_word",
    "Các trường bắt buộc được đánh dấu *",
    "Giá vàng hôm nay tăng 200.000 đồng/lượng",
])
def test_plain_text_lines_stay_as_they_are(line):
    assert plain_text(line) == line


def test_links_keep_their_text_and_images_print_nothing():
    assert plain_text('"Chủ trương [trước 30/3](https://vnexpress.net/a-4423832.html)," ông nói.') == '"Chủ trương trước 30/3," ông nói.'
    assert plain_text("[![Ảnh](https://x.vn/a.jpg)](https://x.vn/a.html)") == ""  # a linked photo
    assert plain_text("[Tin](https://a.vn/a_(b)) và [Ảnh][1]") == "Tin và Ảnh"
    assert plain_text("## Tin liên quan ##") == "Tin liên quan"
    assert plain_text("##### ## [Dư âm Anh 1-2 Argentina](/the-thao/du-am)") == "Dư âm Anh 1-2 Argentina"  # nested marks


def test_may_be_markdown_is_necessary():
    """plain_text skips rewrite() unless may_be_markdown: every line rewrite() changes must pass it."""
    from conftest import fixture_pages

    samples = [line for page in ("lythinh-vnexpress-4426992", "myfeed-genk1", "sonic-vnexpress1-hocbong") for line in _md_lines(page)]
    samples += [line for _, _, text, _ in fixture_pages() for line in text.splitlines()]
    changed = [line for line in samples if rewrite(line) != line]
    assert changed and all(may_be_markdown(line) for line in changed)


def test_the_match_form_reads_markdown_and_the_output_keeps_the_line():
    line = "### [Tin liên quan](/tin-lien-quan)"
    assert match_form(line) == "Tin liên quan"
    article = extract("\n\n".join(_md_lines("lythinh-vnexpress-4426992")))
    byline = next(l for l in article.lines if l.text.startswith("**Đoàn Loan**"))
    assert byline.text == "**Đoàn Loan** [__](javascript:;)"  # lines are output as printed
    assert article.author == "Đoàn Loan"  # metadata is plain text
    blank = next(l for l in extract("Tin\n**\nTin").lines if l.number == 2)
    assert blank.label.value == "blank" and blank.reason.startswith("normalize.prints_nothing:")


# token F1 floors: Markdown keeps link addresses in body lines (their tokens count against precision)
FLOORS = {"lythinh-vnexpress-4426992": 0.95, "sonic-vnexpress1-hocbong": 0.9, "myfeed-genk1": 0.9}


@pytest.mark.parametrize("page_id", [*FLOORS, "enews-jsp-dantri-cat-the-gioi"])
def test_extract_reads_pages_converted_to_markdown(page_id):
    gold = json.loads((FIXTURES / "dev" / f"{page_id}.json").read_text(encoding="utf-8"))
    article = extract((MARKDOWN / f"{page_id}.md").read_text(encoding="utf-8"))
    assert article.page_type == gold["page_type"]
    if gold["page_type"] == "article":
        prediction = Prediction.from_article(article)
        assert score_page(gold, prediction.text, prediction.meta)["tok_f1"] >= FLOORS[page_id]
        assert article.title == gold["title"]


@pytest.mark.parametrize("line, share", [
    ("Theo báo cáo, tại Hà Nội các [dự án](https://x.vn/du-an.htm) mới tăng giá.", len("dự án") / len("Theo báo cáo, tại Hà Nội các dự án mới tăng giá.")),
    ("[Giá vàng trong nước điều chỉnh theo giá vàng thế giới.](https://x.vn/gia-vang.htm)", 1.0),
    ("[**Giá vàng giảm**](https://x.vn/a) sáng nay", len("Giá vàng giảm") / len("Giá vàng giảm sáng nay")),
    ("![Ảnh](https://x.vn/a.jpg) Khung thành sân Mỹ Đình", 0.0),  # an image is not a link
    ("### [Tin liên quan](/tin-lien-quan)", None),  # a heading: a headline, whatever it links
    ("Một đoạn văn không có liên kết.", None),
])
def test_link_share(line, share):
    found = link_share(line)
    assert found == pytest.approx(share) if share is not None else found is None


def _related_box_page():
    lead = "Giá vàng miếng trong nước sáng nay giảm mạnh theo đà giảm của thế giới, các doanh nghiệp hạ giá bán ra thêm 500.000 đồng mỗi lượng so với cuối tuần trước."
    paragraphs = [
        "Theo khảo sát của phóng viên, lúc 9h sáng nay, các công ty vàng lớn tại Hà Nội đồng loạt điều chỉnh giảm giá vàng miếng, khiến chênh lệch mua bán vẫn ở mức cao.",
        "Trên thị trường thế giới, giá vàng giao ngay giảm khoảng 20 USD một ounce sau khi đồng USD tăng giá và lợi suất trái phiếu Mỹ đi lên trong phiên giao dịch đêm qua.",
        "![Khách mua vàng tại một cửa hàng](https://x.vn/anh.jpg) Khách hàng xếp hàng chờ mua vàng tại một cửa hàng trên phố Trần Nhân Tông, Hà Nội, sáng nay.",
        "Các chuyên gia cho rằng, giá vàng trong nước có thể còn biến động trong thời gian tới, nhà đầu tư cần thận trọng và không nên mua bán theo tâm lý đám đông lúc này.",
        "### [Vàng nhẫn tăng giá](https://x.vn/vang-nhan.htm)",
        "Giá vàng nhẫn tròn trơn lại đi ngược xu hướng, tăng nhẹ 100.000 đồng mỗi lượng trong sáng nay, theo bảng giá niêm yết của nhiều doanh nghiệp kinh doanh vàng bạc.",
    ]
    box = [
        "[Giá vàng thế giới giảm sau khi Tổng thống Mỹ phát tín hiệu có thể không can thiệp vào tình hình ở Trung Đông. Trong nước, giá cũng giảm sau khi đạt đỉnh.](https://x.vn/a.htm)",
        "[Giá vàng trong nước điều chỉnh theo giá vàng thế giới. Hiện diễn biến giá vàng thế giới phụ thuộc vào việc liệu Fed có tiếp tục cắt giảm lãi suất hay không.](https://x.vn/b.htm)",
        "[Trong phiên sáng nay, giá vàng miếng đã tăng nhẹ trở lại sau khi giảm vào phiên hôm qua, nhà đầu tư tiếp tục đổ xô đi mua vàng tích trữ.](https://x.vn/c.htm)",
    ]
    return ["# Giá vàng miếng giảm mạnh sáng nay", "", lead, "", *"\n\n".join(paragraphs).split("\n"), "", *"\n\n".join(box).split("\n")]


def test_prose_that_is_all_link_text_is_a_teaser_not_body():
    article = extract("\n".join(_related_box_page()))
    lines = {l.text: l for l in article.lines}
    teasers = [l for l in article.lines if l.text.startswith("[Giá") or l.text.startswith("[Trong")]
    assert len(teasers) == 3 and all(l.label.value != "body" and "density.linked" in l.reason for l in teasers)
    # a linked heading is a subheading of the article, the paragraphs around it are body
    assert lines["### [Vàng nhẫn tăng giá](https://x.vn/vang-nhan.htm)"].label.value == "body"
    assert len([p for p in article.paragraphs if not p.startswith("###")]) == 5


def test_the_text_beside_an_image_is_its_caption():
    article = extract("\n".join(_related_box_page()))
    caption = next(l for l in article.lines if l.text.startswith("![Khách"))
    assert caption.label.value == "caption" and caption.reason.startswith("captions.image_caption:")
    assert article.title == "Giá vàng miếng giảm mạnh sáng nay"
    # a table row: the text is the next cell (a recipe's step beside its photo), not a caption
    row = "![](/anh/buoc-1.jpg) |  **Bước 1:** Trộn bột và trứng gà với nhau, thêm chút nước cho dễ nhào nặn."
    found = extract("\n".join(_related_box_page()[:4] + [row] + _related_box_page()[4:]))
    assert not next(l for l in found.lines if l.text == row).reason.startswith("captions.image_caption:")
