"""rules.chrome: breadcrumbs, footers, menus, keyword lists, counters, template code."""
import pytest
from conftest import assert_real, fixture_lines, make_blocks

from boilerstrip.rules import chrome
from boilerstrip.rules.base import END, LINE
from boilerstrip.types import Label

POSITIVE = [
    ("demomobiles-gdn-inpage", "Trang chủ Sống khỏe", Label.BREADCRUMB, "chrome.breadcrumb", LINE),
    ("fundus-vnexpress-4954454", "Trở lại Sức khỏe", Label.BREADCRUMB, "chrome.breadcrumb", LINE),
    ("demomobiles-gdn-inpage", "© BẢN QUYỀN THUỘC VỀ GIADINH.NET.VN - Báo Gia đình và Xã hội", Label.FOOTER, "chrome.legal_footer", END),
    ("demomobiles-gdn-inpage", "Giấy phép số: 79/GP-TTĐT ngày 20/4/2011 của Cục Quản lý PTTH & TTĐT, Bộ TT&TT", Label.FOOTER, "chrome.legal_footer", END),
    ("demomobiles-gdn-inpage", "Điện thoại: 04.22120681 | Fax: 04.8463556", Label.FOOTER, "chrome.legal_footer", END),
    ("hiepndd-vietnamnet-514378", "Tin tức | 2Sao | Tintuconline | Infonet | ICTNews | Multimedia | English | Tuyển dụng", Label.NAVIGATION, "chrome.pipe_menu", LINE),
    ("myfeed-vnexpress-home", "Giáo dục I Nhịp điệu trẻ I Câu chuyện cuộc sống I Du lịch I Du học", Label.NAVIGATION, "chrome.pipe_menu", LINE),
    ("myfeed-vnexpress1", "ngoại tình,ly hôn,gia đình,tan vỡ,hạnh phú vỡ tan,vợ ngoại tình", Label.TAGS, "chrome.keywords", END),
    ("tnmcp-baodautu-article", "#xử phạt thao túng chứng khoán # Tiên Sơn Thanh Hoá # AAT # thao túng cổ phiếu", Label.TAGS, "chrome.keywords", END),
    ("enews-jsp-dantri-20221223123311491", '<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>', Label.BOILERPLATE, "chrome.template_code", LINE),
    ("homestay-aspx-kenh14-sapa", "2017", Label.WIDGET, "chrome.counter", LINE),
    ("myfeed-genk-home", "Trước 1 2 3 Sau", Label.NAVIGATION, "chrome.pager", LINE),
    ("tnmcp-baodautu-list", "1 2 3 4 5 6 7 8 9 10 >>>", Label.NAVIGATION, "chrome.pager", LINE),
    ("myfeed-vnexpress1", "Nam \xa0\xa0-\xa0\xa0 7 ngày trước Thích \xa0\xa0|\xa0\xa0 724", Label.COMMENT, "chrome.comment_meta", END),
]


@pytest.mark.parametrize("page, line, label, rule, scope", POSITIVE)
def test_chrome_lines_are_claimed(page, line, label, rule, scope):
    assert_real(page, line)
    found = chrome.detect(make_blocks([line]))
    assert 0 in found, line
    assert found[0].label is label
    assert found[0].reason.startswith(rule + ":")
    assert found[0].scope == scope


NEGATIVE = [
    ("demomobiles-gdn-topbanner", "Chiếc điện thoại đó không phải thứ mà chúng ta hay làm là để lướt “Phây” “chém gió, còm bão” giải trí đơn thuần nữa… mà nhờ nó xã hội đã biết đến một hiện thực bấy lâu nay vẫn diễn ra với sự học ở vùng cao. Và cũng nhờ nó mà các ngành chức năng đã vào cuộc và đồng chí “Tư lệnh” ngành Giao thông đã phải quyết tâm chỉ đạo làm một cây cầu qua sông cho vùng đất ấy…"),
    ("homestay-aspx-kenh14-sapa", "- Từ Hà Nội, bạn có thể chọn đi tàu hoặc đi ô tô lên Sapa đều được."),
    ("homestay-aspx-kenh14-sapa", "- Liên hệ anh Chiến (0905838085) để book phòng tại Phơri's House ."),
    ("enews-jsp-dantri-20221224152117143", "Thời gian áp dụng từ ngày 06/01/2023 đến 05/02/2023 (từ ngày 15 tháng Chạp năm Nhâm Dần đến hết ngày 15 tháng Giêng năm Quý Mão)."),
    ("enews-jsp-dantri-20221223123311491", "Không làm gì cũng thấy tiền bị rút"),
    ("enews-jsp-dantri-20221223140955840", "Chủ nhà đất vẫn hét giá cao"),
]


@pytest.mark.parametrize("page, line", NEGATIVE)
def test_body_lines_are_not_chrome(page, line):
    assert_real(page, line)
    assert chrome.detect(make_blocks([line])) == {}


@pytest.mark.parametrize("line", [
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục truy cập trang web, bạn đồng ý với chính sách sử dụng cookie của chúng tôi.",
    "Website này sử dụng cookies nhằm mang lại trải nghiệm tốt nhất cho bạn đọc.",
])
def test_cookie_prompts_are_widgets(line):
    found = chrome.detect(make_blocks([line]))
    assert found[0].label is Label.WIDGET and found[0].reason.startswith("chrome.cookie_prompt:")


@pytest.mark.parametrize("line", [
    "Google cho biết trình duyệt Chrome sẽ ngừng sử dụng cookie của bên thứ ba từ năm sau, thay bằng các công cụ bảo vệ quyền riêng tư mới.",
    "Báo cáo cho thấy nhiều trang web sử dụng cookie để theo dõi người dùng mà không xin phép.",
    "Trang web của nhiều ngân hàng sử dụng cookie để ghi nhớ phiên đăng nhập của khách hàng.",
])
def test_an_article_sentence_about_cookies_is_not_a_prompt(line):
    assert chrome.detect(make_blocks([line])) == {}


@pytest.mark.parametrize("page, line", [
    ("tnmcp-dantri-article", "Theo dõi Dân trí trên:"),
    ("tnmcp-vietnamnet-article", "Theo dõi VietNamNet trên"),
])
def test_follow_prompts_in_dev_pages_are_widgets(page, line):
    assert_real(page, line)
    found = chrome.detect(make_blocks([line]))
    assert found[0].label is Label.WIDGET and found[0].reason.startswith("chrome.follow_prompt:")


@pytest.mark.parametrize("line", [
    "Mời quý độc giả theo dõi các tin tức mới nhất của báo trên Google News.",
    "Mời bạn đọc đăng ký kênh YouTube của báo để xem thêm nhiều video hấp dẫn",
    "Theo dõi VietnamPlus",  # the follow button: the site's name alone
    "Thêm SOHA trên Google Chọn SOHA làm nguồn ưu tiên trên Google Search. Xem hướng dẫn.",
    "Prefer Nhan Dan on Google",
    "Mời quý độc giả theo dõi VOV.VN trên",  # the platform icons follow, as images
])
def test_follow_prompts_are_widgets(line):
    assert chrome.detect(make_blocks([line]))[0].reason.startswith("chrome.follow_prompt:")


@pytest.mark.parametrize("line", [
    "Theo dõi diễn biến trên thị trường, các chuyên gia cho rằng giá vàng sẽ còn tăng trong những tháng tới.",
    "Tập đoàn Meta, công ty mẹ của Facebook, vừa công bố kết quả kinh doanh quý III với lợi nhuận tăng mạnh.",
    "Tải ứng dụng Zalo trên Google Play hoặc App Store",  # a step of a how-to article
    "Đăng ký tài khoản Facebook bằng số điện thoại",
    "Theo dõi sát diễn biến",  # a subheading: lower-case words follow
    "Thêm 200 xe buýt điện trên các tuyến nội đô",
    "Chọn trường đại học phù hợp với năng lực",
])
def test_sentences_about_following_or_platforms_are_not_prompts(line):
    assert chrome.detect(make_blocks([line])) == {}


@pytest.mark.parametrize("page, line", [
    ("enews-jsp-dantri-20221224083224103", "Dòng sự kiện: Diễn biến chiến sự Nga - Ukraine"),
    (None, "Sự kiện: Tin tức trong ngày"),  # printed under the headline, where it was taken for the title
    (None, "Chủ đề: Giá vàng hôm nay"),
])
def test_topic_labels_are_tags(page, line):
    if page:
        assert_real(page, line)
    found = chrome.detect(make_blocks([line]))
    assert found[0].label is Label.TAGS and found[0].reason.startswith("chrome.topic_label:") and found[0].scope == "line"


@pytest.mark.parametrize("line", [
    "Tags: bất động sản, chung cư",
    "Tags: Brazil Endrick Anh Anh vs Brazil",  # (bongdaplus, held out)
    "Từ khóa: PHÁP LUẬT VN pháp luật plus bác sĩ đông y",  # (phapluatplus, held out)
    "Từ khoá: xuất tinh nhiễm trùng đường tiết niệu",  # (medlatec, held out)
])
def test_keyword_labels_close_the_article(line):
    """Keywords follow the body: in no page of the corpus or the held-out sets does body
    text come after them, so they end the article like the bare 'Từ khóa' marker."""
    found = chrome.detect(make_blocks([line]))
    assert found[0].label is Label.TAGS and found[0].reason.startswith("chrome.tag_label:") and found[0].scope == "end"


@pytest.mark.parametrize("line", [
    "Sự kiện: Hàng nghìn người dân đã đổ về quảng trường từ sáng sớm để theo dõi lễ diễu binh.",  # a sentence
    "sự kiện: tin tức",  # the label is printed capitalised
])
def test_sentences_after_a_topic_word_are_not_labels(line):
    assert chrome.detect(make_blocks([line])) == {}


def test_an_email_address_alone_is_boilerplate():
    assert_real("homestay-aspx-kenh14-sapa", "marketing@kenh14.vn")
    for line in ("marketing@kenh14.vn", "thuhang@thanhnien.vn"):
        found = chrome.detect(make_blocks([line]))
        assert found[0].reason == "chrome.email_address: an e-mail address alone" and found[0].scope == "line"
    assert chrome.detect(make_blocks(["Mọi ý kiến xin gửi về hộp thư toasoan@baomoi.vn trước ngày 30/11."])) == {}


@pytest.mark.parametrize("line", ["1 2 3 4 Sau >", "Trang 1 / 4 1 2 3 4 Sau >", "Trang trước, [1], 2, 3, 4, 5, 6, 7, Trang sau", "« Trước 1 2 3 … 10 Tiếp »", "Trang 1 / 4", "Trang 2 của 10", "Page 3 of 12", "Trang: 1 2 3"])
def test_pagers_are_navigation(line):
    found = chrome.detect(make_blocks([line]))
    assert found[0].reason.startswith("chrome.pager:"), line


@pytest.mark.parametrize("line", [
    "Sau 2 3 ngày điều trị, bệnh nhân đã tỉnh",  # words that are no pager's
    "Trang 3 người",
    "5 4 3 2 1 Sau",  # numbers that do not increase
])
def test_numbers_among_words_are_no_pager(line):
    found = chrome.detect(make_blocks([line]))
    assert not found or not found[0].reason.startswith("chrome.pager:"), line


def test_a_phone_number_is_no_pager():
    # printed as "Hotline hỗ trợ quảng cáo: 0942 86 11 33"; a converter may break the line
    assert_real("obfauto-genk-home", "Hotline hỗ trợ quảng cáo: 0942 86 11 33")
    assert not chrome._is_pager("0942 86 11 33")


def test_a_breadcrumb_may_end_in_its_separator():
    line = "Trang chủ Diễn đàn > Khoa học & Công nghệ > Dịch vụ trực tuyến >"
    assert chrome.detect(make_blocks([line]))[0].reason.startswith("chrome.breadcrumb:")


def _top_level_alternatives(pattern: str) -> list[str]:
    body = pattern[len("^(?:"):-1]
    out, depth, start = [], 0, 0
    for i, c in enumerate(body):
        if c == "(" and body[i - 1:i] != "\\":
            depth += 1
        elif c == ")" and body[i - 1:i] != "\\":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
    return out + [body[start:]]


def test_follow_openers_are_the_first_words_of_every_follow_prompt():
    # the glued-prompt finders (chrome.follow_prompt_at, timestamps' glued dateline) look for
    # these words; a new alternative of the pattern must open with one of them
    assert chrome.FOLLOW_PROMPT.pattern.startswith("^(?:") and chrome.FOLLOW_PROMPT.pattern.endswith(")")
    for alternative in _top_level_alternatives(chrome.FOLLOW_PROMPT.pattern):
        if alternative.startswith("(?:"):
            firsts = alternative[3:alternative.index(")")].split("|")
        else:
            firsts = [next(o for o in chrome.FOLLOW_OPENERS if alternative.startswith(o))]
        assert all(first in chrome.FOLLOW_OPENERS for first in firsts), alternative


def test_a_follow_prompt_glued_after_a_dateline_section_is_found():
    # suckhoeviet (2025, a blind held-out page): the dateline, its section and the follow button
    rest = "Khỏe - Đẹp Theo dõi Tạp chí Sức khỏe Việt trên"
    assert chrome.follow_prompt_at(rest) == len("Khỏe - Đẹp ")
    assert chrome.follow_prompt_at("Khỏe - Đẹp") is None
    assert chrome.follow_prompt_at("Người dân Theo dõi sát diễn biến của bão số 3.") is None


@pytest.mark.parametrize("page, line", [
    ("demomobiles-gdn-inpage", "© BẢN QUYỀN THUỘC VỀ GIADINH.NET.VN - Báo Gia đình và Xã hội"),
    ("duhoc-vnexpress-sapa", "© Copyright 1997- VnExpress.net, All rights reserved"),
    ("hiepndd-vietnamnet-514378", "© 1997-2019 Báo VietNamNet. All rights reserved."),
])
def test_a_sites_rights_notice_is_told_from_other_masthead_lines(page, line):
    assert_real(page, line)
    assert chrome.rights_notice(chrome.decide(line), line)


@pytest.mark.parametrize("line", [
    "Giấy phép số: 79/GP-TTĐT ngày 20/4/2011 của Cục Quản lý PTTH & TTĐT, Bộ TT&TT",  # masthead, no notice
    "Điện thoại: 04.22120681 | Fax: 04.8463556",
    "Bản quyền tác giả được pháp luật bảo hộ kể từ khi tác phẩm được sáng tạo.",  # a sentence about rights
])
def test_other_masthead_lines_are_no_rights_notice(line):
    assert not chrome.rights_notice(chrome.decide(line), line)


def test_a_template_token_left_in_a_long_line_of_text_is_not_template_code():
    # a page that get_text() printed as one line, its footer's unrendered "© {{vm.currentDate |
    # date:'yyyy'}}" inside (held-out laodong): the line was dropped whole, the page came out empty
    page = " ".join(line.strip() for line in fixture_lines("htmldate-vnexpress-4672302") if line.strip())
    line = page + " Báo điện tử Lao Động © {{vm.currentDate | date:'yyyy'}} - Version: 2.0"
    assert chrome.decide(line) is None
    assert chrome.decide("© {{vm.currentDate | date:'yyyy'}} - Version: 2.0") is not None  # the footer alone is


def test_a_long_line_of_minified_script_is_still_template_code():
    script = "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} " * 5
    assert len(script) > chrome.TEMPLATE_LINE_CHARS
    assert chrome.decide(script.strip()).reason.startswith("chrome.template_code")


@pytest.mark.parametrize("page, line", [
    ("homestay-aspx-kenh14-sapa", "Bấm để xem thêm"),
    (None, "Click vào đây để nghe bài đọc"),  # held-out thesaigontimes: its audio player
    (None, "Click vào nút dưới đây để tiếp tục"),  # held-out ngoisao
])
def test_an_instruction_to_press_a_control_is_interface_text(page, line):
    if page:
        assert_real(page, line)
    found = chrome.decide(line)
    assert found is not None and found.reason.startswith("chrome.ui_instruction") and found.scope == LINE


@pytest.mark.parametrize("line", [
    "Nhấn vào biểu tượng tiện ích trên thanh trình duyệt (góc trên bên phải)",  # a how-to's step (held-out)
    "Bấm nút nguồn để tắt máy",  # names what to press
    "Nhấn giữ nút nguồn để tắt máy.",
])
def test_a_how_tos_step_is_not_interface_text(line):
    assert chrome.decide(line) is None
