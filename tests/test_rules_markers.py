"""rules.markers: whole-line section markers and UI phrases, on real fixture lines."""
import pytest
from conftest import assert_real, make_blocks

from boilerstrip.rules import markers
from boilerstrip.rules.base import BLOCK, END, LINE
from boilerstrip.types import Label

POSITIVE = [
    # (page, line, label, scope)
    ("demomobiles-gdn-topbanner", "Tin liên quan", Label.RELATED, BLOCK),
    ("004_c652dac4ee9552bc", "Tin bài liên quan", Label.RELATED, BLOCK),
    ("enews-jsp-dantri-20221224083224103", "Đọc thêm", Label.RELATED, BLOCK),
    ("hiepndd-vietnamnet-514378", "Bình luận", Label.COMMENT, END),
    ("duhoc-vnexpress-sapa", "Tags", Label.TAGS, END),
    ("demomobiles-gdn-inpage", "0BÌNH LUẬN", Label.COMMENT, END),
    ("demomobiles-gdn-inpage", "Ý KIẾN BẠN ĐỌC", Label.COMMENT, END),
    ("demomobiles-gdn-inpage", "Mới nhất", Label.HEADLINE_LIST, BLOCK),
    ("demomobiles-gdn-inpage", "Lên đầu trang", Label.NAVIGATION, LINE),
    ("demomobiles-gdn-inpage", "AA", Label.WIDGET, LINE),
    ("duhoc-vnexpress-sapa", "|", Label.BOILERPLATE, LINE),
]


@pytest.mark.parametrize("page, line, label, scope", POSITIVE)
def test_marker_lines_are_claimed(page, line, label, scope):
    assert_real(page, line)
    found = markers.detect(make_blocks([line]))
    assert 0 in found, line
    assert found[0].label is label
    assert found[0].scope == scope
    assert found[0].reason.startswith("markers.")


def test_section_reason_names_the_phrase():
    found = markers.detect(make_blocks(["Tin liên quan"]))
    assert found[0].reason == "markers.section: 'Tin liên quan' opens a list of links"


def test_xem_them_with_single_guillemet_is_a_marker():
    line = "Xem thêm ›"
    assert_real("hiepndd-vietnamnet-514378", line)
    found = markers.detect(make_blocks([line]))
    assert 0 in found and found[0].label is Label.RELATED


NEGATIVE = [
    # body sentences that merely contain a marker phrase
    ("enews-jsp-dantri-20221224191050762",
     'Không gắn với yếu tố thời sự nóng hổi, không nói về người nổi tiếng, báo điện tử Tin nhanh Việt nam (VnExpress) đăng nhiều câu chuyện khắc họa những con người bình dị "không ai biết mặt biết tên", nhưng có niềm tin vào chính nghĩa, tình yêu cuộc sống thuần khiết, thu hút lượng đọc, lượt tương tác, bình luận, chia sẻ lớn. Trong khi đó, hàng nghìn bài viết đã được đăng trong tuyến "Mỗi ngày một tin tốt, mỗi tuần một câu chuyện đẹp" của Báo Tuổi Trẻ Thành phố Hồ Chí Minh . Báo điện tử Vietnamplus và nhiều cơ quan báo chí cũng có thêm cách thức lan tỏa thông điệp tích cực đến công chúng khi đăng tải các sản phẩm báo chí lên nền tảng mạng xã hội, kéo theo nhiều triệu lượt xem.'),
    ("enews-jsp-dantri-20221223123311491", "Không làm gì cũng thấy tiền bị rút"),
    ("enews-jsp-dantri-20221223140955840", "Chủ nhà đất vẫn hét giá cao"),
    ("demomobiles-gdn-topbanner", "Xin đừng ở mãi trên mây nữa!”"),
]


@pytest.mark.parametrize("page, line", NEGATIVE)
def test_body_lines_are_not_markers(page, line):
    assert_real(page, line)
    assert markers.detect(make_blocks([line])) == {}


def test_short_body_sentence_with_binh_luan_is_not_a_marker():
    # Matching is by whole-line key, so a line that *contains* the phrase is untouched.
    assert markers.detect(make_blocks(["Bình luận của ông được nhiều người chia sẻ."])) == {}


def test_blank_lines_are_skipped():
    assert markers.detect(make_blocks(["", "   "])) == {}


@pytest.mark.parametrize("line", [
    "Xem thêm: Hà Nội lắp thêm 200 camera phạt nguội tại các nút giao",
    ">> Đọc thêm: Giá vàng hôm nay tăng mạnh sau phiên giảm sâu",
    "Tin liên quan: Xuất khẩu nông sản 10 tháng đạt hơn 50 tỷ USD",
    "Xem thêm >> Bão số 10 đổi hướng, miền Trung chuẩn bị ứng phó",
])
def test_a_related_marker_with_its_headline_is_an_inline_link(line):
    found = markers.detect(make_blocks([line]))
    assert found[0].label is Label.RELATED and found[0].scope == "line"
    assert found[0].reason.startswith("markers.inline_related:")


@pytest.mark.parametrize("line", [
    "Xem thêm các bài viết khác của tác giả trên trang cá nhân của anh",  # no ':' after the marker
    "Chia sẻ: Hôm nay là một ngày đặc biệt với tất cả chúng tôi",  # not a related-box marker
    "Đọc thêm: x",  # no headline
    "Theo ông, xem thêm: các quy định hiện hành không cho phép điều này",  # the marker is not first
])
def test_other_lines_with_a_colon_are_not_inline_links(line):
    assert markers.detect(make_blocks([line])) == {}


@pytest.mark.parametrize("line", [
    "* Mời bạn đọc vào chuyên mục Y tế xem các tin, bài liên quan.",  # a held-out page's last line
    "Mời quý độc giả xem thêm các bài viết cùng chuyên mục",
    "MỜI BẠN ĐỌC XEM CÁC TIN, BÀI LIÊN QUAN",
])
def test_an_invitation_to_related_coverage_ends_the_article(line):
    # (it closes the article as "Tin cùng chuyên mục" does: no box inside the article opens so)
    found = markers.detect(make_blocks([line]))
    assert found[0].label is Label.RELATED and found[0].scope == END
    assert found[0].reason.startswith("markers.related_invitation:")


@pytest.mark.parametrize("line", [
    "Mời bạn đọc theo dõi diễn biến trận đấu.",  # no related coverage named
    "Mời các bạn thử sức với ô số Sudoku 2199 mức độ Khó",
    "Bạn đọc có thể xem các tin, bài liên quan tại chuyên mục Y tế.",  # no invitation first
    "Mời bạn đọc xem video. Các bài liên quan ở cuối trang",  # a sentence ends before
])
def test_other_invitations_are_not_related_markers(line):
    assert markers.detect(make_blocks([line])) == {}


def test_inline_openers_are_the_related_markers_that_open_a_box():
    openers = markers._inline_openers()
    assert "xem thêm" in openers and "tin liên quan" in openers
    assert "tin cùng chuyên mục" not in openers  # it ends the article: never inline


def test_an_ads_english_badge_is_an_ad_label_not_initials():
    # baonghean (held-out, text-node views): "AD" over "Quảng cáo" after the body was read as
    # the writer's initials and replaced the byline under the headline
    lines = ["Đến nay, Bệnh viện Đa khoa thành phố Vinh đã tham gia 13 đợt tiêm chủng do tỉnh tổ chức.", "AD", "Quảng cáo"]
    found = markers.detect(make_blocks(lines))
    assert found[1].label is Label.AD and found[1].reason.startswith("markers.ui_phrase:")
    assert not markers.detect(make_blocks(["A.D."]))  # initials are dotted


@pytest.mark.parametrize("line, label", [
    ("Nghe đọc bài", Label.WIDGET), ("Cỡ chữ", Label.WIDGET), ("Đăng ký nhận bản tin", Label.WIDGET),
    ("Theo dõi chúng tôi trên Google News", Label.WIDGET), ("Nội dung tài trợ", Label.AD), ("Bài tiếp theo", Label.NAVIGATION),
])
def test_reading_tools_and_app_prompts_are_interface_text(line, label):
    found = markers.detect(make_blocks([line]))
    assert found[0].label is label and found[0].reason.startswith("markers.ui_phrase:")


def test_a_booking_button_and_a_details_link_are_interface_text():
    # vinmec (2024, a blind held-out health page): the expert box's buttons, glued on one line,
    # were taken for the headline
    found = markers.detect(make_blocks(["Đặt lịch khám Xem chi tiết", "Xem chi tiết"]))
    assert found[0].label is Label.WIDGET and found[0].reason.startswith("markers.ui_run:")
    assert found[1].label is Label.NAVIGATION


def test_a_disclaimer_box_and_a_rating_prompt_end_the_article():
    # longchau (2026, a blind held-out health page): "Miễn trừ trách nhiệm" heads the site's
    # disclaimer under the text, then "Bài viết có hữu ích với bạn?" asks for a rating
    found = markers.detect(make_blocks(["Miễn trừ trách nhiệm", "Bài viết có hữu ích với bạn?"]))
    assert found[0].label is Label.BOILERPLATE and found[0].scope == END
    assert found[1].label is Label.WIDGET and found[1].scope == END


@pytest.mark.parametrize("line", ["Ý KIẾN ĐỘC GIẢ (12)", "Ý kiến độc giả", "BÌNH LUẬN CỦA BẠN ĐỌC"])
def test_the_headings_of_comment_sections_end_the_article(line):
    # as news-site templates head their comments (found in public templates; the corpus' sites
    # print "Bình luận" and "Ý kiến bạn đọc"): readers' comments read like prose
    found = markers.detect(make_blocks([line]))
    assert found[0].label is Label.COMMENT and found[0].scope == END


def test_table_of_contents_heading_opens_a_list():
    found = markers.detect(make_blocks(["Mục lục"]))
    assert found[0].label is Label.NAVIGATION and found[0].scope == BLOCK


@pytest.mark.parametrize("page, line", [("homestay-aspx-kenh14-sapa", "Tải app"), ("tnmcp-vietnamnet-article", "Tải ứng dụng")])
def test_app_prompts_in_dev_pages_are_interface_text(page, line):
    assert_real(page, line)
    assert markers.detect(make_blocks([line]))[0].label is Label.WIDGET


@pytest.mark.parametrize("name", ["markers.tsv", "line_phrases.tsv"])
def test_phrase_tables_list_each_phrase_once(name):
    from boilerstrip.normalize import match_form
    from boilerstrip.rules.base import line_key, phrase_table

    keys = [line_key(match_form(row[0])) for row in phrase_table(name)]
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)


@pytest.mark.parametrize("name", ["markers.tsv", "line_phrases.tsv"])
def test_every_phrase_can_match(name):
    """A whole-line phrase longer than markers.MAX_CHARS would never be looked up."""
    from boilerstrip.normalize import match_form
    from boilerstrip.rules.base import phrase_table

    assert all(len(match_form(row[0])) <= markers.MAX_CHARS for row in phrase_table(name))


@pytest.mark.parametrize("line, label", [
    ("Your browser doesn’t support HTML5", Label.WIDGET), ("Your browser doesn't support HTML5", Label.WIDGET),
    ("Trình duyệt của bạn không hỗ trợ video.", Label.WIDGET),
    ("Hiện chưa có bình luận nào, hãy là người đầu tiên bình luận", Label.COMMENT),
])
def test_player_fallbacks_and_comment_prompts_are_interface_text(line, label):
    # a video player's fallback text above the lead was read as the headline
    found = markers.detect(make_blocks([line]))
    assert found[0].label is label and found[0].reason.startswith("markers.ui_phrase:")


@pytest.mark.parametrize("line, label", [("Rate this article", Label.WIDGET), ("Share this post on", Label.WIDGET),
                                         ("Leave a Reply", Label.COMMENT)])
def test_the_english_interface_of_cms_templates_is_interface_text(line, label):
    # a forum template's rating widget above the dateline was taken for the headline
    found = markers.detect(make_blocks([line]))
    assert found[0].label is label and found[0].reason.startswith("markers.ui_phrase:")


@pytest.mark.parametrize("line", ["[Quay lại]", "(Quay lại)", "[ Trang chủ ]"])
def test_a_bracketed_button_is_interface_text(line):
    # old pages print their buttons as bracketed links; "[Quay lại]" under the byline
    # read as a bracketed outlet ("(TTXVN)") and became the source
    found = markers.detect(make_blocks([line]))
    assert found[0].label is Label.NAVIGATION and found[0].reason.startswith("markers.ui_phrase:")


def test_no_phrase_is_both_a_marker_and_an_interface_line():
    assert not set(markers._markers()) & set(markers._line_phrases())


@pytest.mark.parametrize("page, line, phrases", [
    ("homestay-aspx-kenh14-sapa", "0 Bình luận Chia sẻ", 2),  # a counter, then two buttons
    (None, "Chia sẻ Lưu tin Bình luận Trở về", 4),  # a toolbar under a headline, on one line
    (None, "Đăng nhập | Đăng ký", 2),
    (None, "Facebook Zalo Email In", 4),
    (None, "Nghe Chia sẻ Lưu tin Bình luận Trở về", 5),  # "Nghe": the listen button
    (None, "Facebook Google Twitter Youtube", 4),  # follow buttons, read as the category once
    # baolaocai (2025, a blind held-out page flattened by innerText): taken for the headline
    (None, "Chia sẻ qua Twitter In bài viết Chia sẻ qua Email", 3),
])
def test_interface_phrases_run_together_are_interface_text(page, line, phrases):
    if page:
        assert_real(page, line)
    found = markers.detect(make_blocks([line]))
    assert found[0].label is Label.WIDGET and found[0].scope == "line"
    assert found[0].reason == f"markers.ui_run: '{line}' is {phrases} interface phrases run together"


@pytest.mark.parametrize("line", [
    "Chia sẻ cảm nhận của bạn đọc",  # words left over that are no phrase
    "Trang chủ Thời sự",  # a breadcrumb: section names are no interface phrases
    "Bình luận",  # one phrase is a marker, not a run
    "Hà Nội đăng ký xe máy",
])
def test_lines_that_are_not_runs_of_interface_phrases(line):
    found = markers.detect(make_blocks([line]))
    assert 0 not in found or not found[0].reason.startswith("markers.ui_run")


@pytest.mark.parametrize("text, expected", [
    ("Chia sẻLưu tin Bình luậnTrở về", True),  # html2text glues a toolbar's buttons together
    ("NgheChia sẻ Lưu tinBình luận __Trở về", True),  # an icon's marks glued on too
    ("iPhone 15: Thông số kỹ thuật", False),  # brand names have the same case shape
    ("VnExpress ra mắt giao diện mới", False),
    ("Chia sẻ Lưu tin", False),  # nothing glued: the line's own run rule reads it
])
def test_a_toolbar_glued_together_is_read_once_parted(text, expected):
    assert markers.glued_interface_run(text) is expected


def test_a_toast_with_an_exclamation_mark_is_its_marker():
    # the line key drops a final "!": "Copy link thành công!" is the marker "Copy link thành công"
    found = markers.detect(make_blocks(["Copy link thành công!"]))
    assert found[0].reason.startswith("markers.section:")


@pytest.mark.parametrize("line", ["A A", "A- A+", "A A A", "A- A A+"])
def test_font_size_buttons_are_interface_text(line):
    # baoangiang (2023, a blind held-out page) printed "A A" between two paragraphs, where it
    # read as a subheading
    found = markers.detect(make_blocks([line]))
    assert found[0].label is Label.WIDGET and found[0].reason.startswith("markers.ui_phrase:")


@pytest.mark.parametrize("line", ["Thêm vào Nguồn ưu tiên", "Nguồn ưu tiên"])
def test_the_preferred_sources_button_is_interface_text(line):
    # hellobacsi (2020 story, page saved after 2025): Google Search's "preferred sources"
    # button, printed between the breadcrumb and the headline
    found = markers.detect(make_blocks([line]))
    assert found[0].label is Label.WIDGET and found[0].reason.startswith("markers.ui_phrase:")
