"""rules.packed: headlines printed line against line on a page that spaces its paragraphs."""
from conftest import assert_real, line_starting, make_blocks, spaced_page

from boilerstrip.rules import packed
from boilerstrip.rules.layout import spaces_paragraphs
from boilerstrip.types import Label

PAGE = "hiepndd-vietnamnet-514378"
BOX = [
    "Chồng phát hiện vợ ngoại tình khi tìm đường trên Google Maps",
    "Cách nghe nhạc ngay trên ứng dụng Google Maps",
    "Google Maps cho phép theo dõi địa điểm có khuyến mại giảm giá",
]


PARAGRAPHS = [line_starting(PAGE, "Để có thể sử dụng chức năng"), line_starting(PAGE, "Quá trình chia sẻ vị trí")]
SUBHEAD = "Cách chia sẻ vị trí Google Maps"


def _real_lead():
    return line_starting(PAGE, "Cho dù bạn sở hữu")


def test_an_unannounced_box_of_packed_headlines_is_a_link_list():
    lead = _real_lead()
    for line in BOX + [SUBHEAD]:
        assert_real(PAGE, line)
    lines = spaced_page([lead], BOX, [PARAGRAPHS[0]], [PARAGRAPHS[1]], [SUBHEAD], [PARAGRAPHS[1]])
    found = packed.detect(make_blocks(lines))
    box = {lines.index(h) for h in BOX}
    assert set(found) == box
    assert all(d.label is Label.RELATED and d.reason.startswith("packed.link_list:") for d in found.values())


def test_a_lone_subheading_between_gaps_is_not_a_list():
    lines = spaced_page([_real_lead()], [SUBHEAD], [PARAGRAPHS[0]], [PARAGRAPHS[1]], [PARAGRAPHS[0]])
    assert packed.detect(make_blocks(lines)) == {}


def test_a_page_without_paragraph_gaps_gives_no_signal():
    lines = [_real_lead(), *BOX, PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[0]]
    assert not spaces_paragraphs(make_blocks(lines))
    assert packed.detect(make_blocks(lines)) == {}


def test_sentences_and_dates_are_not_headlines():
    blocks = make_blocks(["Nguyên Minh - 07/03/2026 08:47", PARAGRAPHS[1], SUBHEAD])
    assert not packed.headline_shaped(blocks[0])  # a byline with its date line
    assert not packed.headline_shaped(blocks[1])  # ends with a full stop
    assert packed.headline_shaped(blocks[2])


def test_a_marker_heading_a_packed_list_governs_only_that_list():
    page = "tnmcp-baodautu-article"
    lead = line_starting(page, "Ông Tống Anh Linh - Giám đốc")
    marker = "TIN LIÊN QUAN"
    items = ["Một cá nhân bị xử phạt vì dùng 19 tài khoản thao túng giá cổ phiếu PAS",
             "Một cá nhân dùng 10 tài khoản thao túng giá cổ phiếu CRC của Create Capital"]
    for line in [marker, *items]:
        assert_real(page, line)
    lines = spaced_page([PARAGRAPHS[0]], [lead, marker, *items], [PARAGRAPHS[1]], [PARAGRAPHS[0]])
    found = packed.detect(make_blocks(lines))
    m = lines.index(marker)
    assert found[m].reason.startswith("packed.list_marker:") and found[m].scope == "line" and found[m].overrides
    assert {lines.index(i) for i in items} | {m} == set(found)  # the lead above is not claimed


def test_a_table_of_contents_is_labelled_navigation_not_related():
    paragraph = ("Chế độ ăn uống đóng vai trò quan trọng trong việc phòng ngừa bệnh tim mạch, và các chuyên gia "
                 "khuyên nên ưu tiên rau xanh, cá và ngũ cốc nguyên hạt trong mỗi bữa ăn hằng ngày.")
    lines = [paragraph, "", paragraph.replace("Chế độ", "Thói quen"), "", "Mục lục",
             "1. Vì sao chế độ ăn ảnh hưởng tới tim mạch", "2. Những thực phẩm nên ăn mỗi ngày để bảo vệ tim",
             "3. Những thực phẩm cần hạn chế trong bữa ăn", "", paragraph.replace("Chế độ", "Lối sống"), "",
             paragraph.replace("Chế độ", "Việc ăn uống")]
    found = packed.detect(make_blocks(lines))
    assert found[4].label is Label.NAVIGATION and found[4].reason.startswith("packed.list_marker:")
    assert all(found[i].label is Label.NAVIGATION for i in (5, 6, 7))
