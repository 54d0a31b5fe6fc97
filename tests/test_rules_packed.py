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


# The page's own header, as innerText prints it on new sites (blind held-out pages flattened
# by Chromium): a section name or breadcrumb, the headline, its dateline, line against line.
def _header_page(header):
    return spaced_page([_real_lead()], [PARAGRAPHS[0]], header, [PARAGRAPHS[1]], [PARAGRAPHS[0]])


def test_a_headline_over_its_dateline_is_not_a_link():
    # zing (2012), genk (2026): the headline and the dateline under it
    for header in (["Mọi ngả đường về nhà thờ tắc nghẽn đêm Giáng sinh",
                    "Đời sống Xã hội | Cập nhật thứ hai, ngày 24/12/12 11:05 tối"],
                   ["Vì sao Apple bất ngờ cắt quà tặng sinh viên?", "Thế Duyệt, Đời sống Pháp luật 16/07/2026 16:35"]):
        assert packed.detect(make_blocks(_header_page(header))) == {}
    # saostar (2018): a topic tag over the headline, then the dateline: the tag alone is no list
    tagged = ["The Face Thailand All Stars",
              "Ngạc nhiên chưa, The Face Thái All Stars là phiên bản nam - nữ đầu tiên trên thế giới",
              "TV Show 09:54 01/03/2018"]
    assert packed.detect(make_blocks(_header_page(tagged))) == {}
    # tienphong (2026): the writer's name between the headline and its dateline
    named = ["PNJ sẽ thuê đơn vị quốc tế kiểm định độc lập về kim cương", "Ngọc Mai", "16/07/2026 21:43"]
    assert packed.detect(make_blocks(_header_page(named))) == {}


def test_a_breadcrumb_or_a_dateline_is_no_item_of_a_list():
    # baoangiang (2023): the breadcrumb over the headline; qdnd (2025): the dateline with its
    # follow button over it
    for header in (["Trang chủ > Sức khỏe > Bác sĩ của bạn", "Lý do không nên ngoáy tai thường xuyên"],
                   ["Chia sẻ Chủ nhật, 26/01/2025 - 15:29Theo dõi Báo Quân đội nhân dân trên",
                    "Chuyên gia khuyến cáo phòng tránh nguy cơ ngộ độc rượu trong những ngày Tết"]):
        assert packed.detect(make_blocks(_header_page(header))) == {}


def test_a_headline_over_its_lead_ends_the_list_above_it():
    # zing (2012): five related links, then the story's headline right over its lead
    links = ["Hòa Hiệp - Bá Thắng đeo sừng tuần lộc tại trường HUTECH",
             "Thầy giáo lột trần học sinh vì không làm bài tập",
             "Chủ tịch phường ở Đà Nẵng cải trang đi quét mại dâm"]
    headline = "'Kêu trời' vì văn tả 'mũi con lợn bẹp gí như mũi bố'"
    lines = spaced_page([_real_lead()], [PARAGRAPHS[0]], [*links, headline, PARAGRAPHS[1]], [PARAGRAPHS[0]])
    found = packed.detect(make_blocks(lines))
    assert set(found) == {lines.index(h) for h in links}
    # the same links with a gap under the last one stay one list of four
    lines = spaced_page([_real_lead()], [PARAGRAPHS[0]], [*links, headline], [PARAGRAPHS[1]], [PARAGRAPHS[0]])
    assert len(packed.detect(make_blocks(lines))) == 4


def test_the_list_a_sentence_introduces_is_no_box_of_links():
    # hellobacsi (2020, innerText): the symptoms under "…, các triệu chứng bao gồm:", some of
    # them too short to be headline-shaped, printed line against line
    intro = "Có rất nhiều yếu tố nguy cơ nhiễm Mycoplasma Genitalium STD, như:"
    items = ["Giới tính nữ", "Có nhiều bạn tình", "Nữ giới có quan hệ tình dục với người có các triệu chứng bệnh",
             "Nam giới trẻ tuổi và giao hợp lần đầu tiên"]
    lines = spaced_page([_real_lead()], [PARAGRAPHS[0]], [intro], items, [PARAGRAPHS[1]], [PARAGRAPHS[0]])
    assert packed.detect(make_blocks(lines)) == {}
    # a marker with a colon still heads a box: "Xem thêm:" is no clause
    lines = spaced_page([_real_lead()], [PARAGRAPHS[0]], ["Xem thêm:", *items[2:]], [PARAGRAPHS[1]], [PARAGRAPHS[0]])
    assert {lines.index(h) for h in items[2:]} <= set(packed.detect(make_blocks(lines)))


def test_a_signature_over_its_credit_is_no_box_of_links():
    # thanhnien (2008, innerText): the expert who answers a reader signs under the text, his
    # hospital in brackets under his name; the credit line is no headline, so no run of two
    signature = ["Bác sĩ Trần Thanh Vỹ", "(BV ĐH Y Dược TP.HCM)"]
    lines = spaced_page([_real_lead()], [PARAGRAPHS[0]], [PARAGRAPHS[1]], signature, ["Chia sẻ"])
    assert packed.detect(make_blocks(lines)) == {}
    # the same name over a headline is still one of two packed lines
    lines = spaced_page([_real_lead()], [PARAGRAPHS[0]], [PARAGRAPHS[1]], [signature[0], BOX[0]], ["Chia sẻ"])
    assert len(packed.detect(make_blocks(lines))) == 2


def test_a_row_of_menu_items_is_no_headline():
    # vietnamplus (2026, innerText): the media sections' menu printed on one line, right over
    # the story's headline; the pair read as a box of two links and the page lost its title
    menu = "Tin ảnh Video Podcast Infographics Timeline Tổng hợp Mega Story Short Video Web Story Ảnh 360"
    headline = "Bệnh viện Bạch Mai cơ sở Ninh Bình: Báo động đỏ cứu 8 nạn nhân ngộ độc khí"
    blocks = make_blocks([menu, headline])
    assert not packed.headline_shaped(blocks[0]) and packed.headline_shaped(blocks[1])
    lines = spaced_page([menu, headline], [_real_lead()], [PARAGRAPHS[0]], [PARAGRAPHS[1]], [PARAGRAPHS[0]])
    assert packed.detect(make_blocks(lines)) == {}
    # headlines full of names stay headlines ("Khởi công Nhà ga T3 sân bay Tân Sơn Nhất": 0.6)
    assert packed.headline_shaped(make_blocks(["Khởi công Nhà ga T3 sân bay Tân Sơn Nhất"])[0])
