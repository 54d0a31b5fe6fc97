"""rules.headlines: headline lists, media tags, slugs, dated items, inline related boxes."""
import pytest
from conftest import assert_real, make_blocks

from boilerstrip.rules import headlines
from boilerstrip.types import Label

POSITIVE = [
    ("markvu94-dantri-home", ">> Lý do Ecuador cho phép Anh bắt ông chủ WikiLeaks", "headlines.list_item"),
    ("markvu94-dantri-home", ">>Hà Nội: Ùn tắc nghiêm trọng ở cửa ngõ, xe dù bến cóc hoành hành", "headlines.list_item"),
    ("obfauto-genk-home", '[Video] Vệ sinh bình nóng lạnh sau hơn 1 thập kỷ và những cảnh tượng "ối dồi ôi"', "headlines.media_tag"),
    ("001_d6688ea0537db0c3", "(INFOGRAPHICS) Hội nghị thượng đỉnh G20: Xây dựng thế giới công bằng và hành tinh bền vững", "headlines.media_tag"),
    ("004_c652dac4ee9552bc", "so doanh nghiep thanh lap moi va quay tro lai hoat dong tang 265", "headlines.slug"),
    ("myfeed-dantri1", "Một công nhân tử vong bởi máy xúc (27/12)", "headlines.dated_item"),
    ("myfeed-dantri1", "Hà Nội: Cháy gần chợ Đồng Xuân, cụ già 74 tuổi tử vong (26/12)", "headlines.dated_item"),
    ("myfeed-vnexpress1", "Đừng làm clip quảng bá du lịch kiểu 'tô son cho gỗ mục' - 00:00 | 26/12/2012Xế độ ở triển lãm hạng sang Mátxcơva - 00:01 | 26/12/2012Chụp ảnh đẹp bằng smartphone - 00:00 | 26/12/2012Trung Quốc muốn cải thiện quan hệ với Nhật Bản - 23:15 | 26/12/2012Samsung định đầu tư 2,2 tỷ USD vào Việt Nam - 17:35 | 26/12/2012Chelsea kể lại câu chuyện vô địch C1 - 16:38 | 26/12/2012Học sinh lớp 11 bị lừa mua điện thoại gửi qua xe đò - 16:10 | 26/12/2012Tại sao hè nóng, đông lạnh? - 15:52 | 26/12/2012Lều Phương Anh học làm xiếc để quay MV - 11:42 | 26/12/2012Giáng sinh đau khổ bên người tình đào hoa - 09:59 | 22/12/2012", "headlines.ticker"),
]


@pytest.mark.parametrize("line", [
    "05/09/2026 23:04 HBC: Báo cáo tài chính bán niên năm 2026",
    # cafef's list of filings through Resiliparse: the item's bullet, its date and time ("CH":
    # chiều, p.m.) glued to the headline, which may end with a full stop
    "• 05/09/2026 3:04:00 CHKem Tràng Tiền dừng bán ở cửa hàng lâu đời bậc nhất Hà Nội.",
    "* 05/09/2026 11:04:00 CHHBC: Báo cáo tài chính bán niên năm 2026.",
])
def test_a_headline_glued_to_its_timestamp_maybe_as_a_list_item(line):
    found = headlines.detect(make_blocks([line]))
    assert found[0].reason.startswith("headlines.glued_timestamp:")


def test_a_bulleted_paragraph_is_no_list_item():
    # thanhnien (2008): a reader's question in a Q&A column, printed with a bullet and signed
    # in brackets (so no final full stop): three sentences make it prose, not a headline
    question = ("* Em là nữ, 19 tuổi, em bị tình trạng lõm ngực. Em muốn biết việc chữa trị ra sao. "
                "Xin bác sĩ tư vấn giúp. (Nguyễn Thy, Tân Thuận, TP.HCM)")
    assert headlines.detect(make_blocks([question])) == {}
    # a bulleted headline of two sentences is still an item
    item = "* Bão số 3 đổ bộ. Hà Nội mưa lớn"
    assert headlines.detect(make_blocks([item]))[0].reason.startswith("headlines.list_item:")


def test_a_paragraph_with_two_dated_events_is_not_a_ticker():
    line = "Trong khoảng thời gian từ 8:30 ngày 24/3/2021 đến 17:00 ngày 30/12/2022, ông Tống Anh Linh đã sử dụng 10 tài khoản chứng khoán."
    assert headlines.detect(make_blocks([line])) == {}


@pytest.mark.parametrize("page, line, rule", POSITIVE)
def test_list_headlines_are_claimed(page, line, rule):
    assert_real(page, line)
    found = headlines.detect(make_blocks([line]))
    assert 0 in found, line
    assert found[0].label is Label.HEADLINE_LIST
    assert found[0].reason.startswith(rule + ":")


def test_doubled_headline_and_its_teaser_are_an_inline_box():
    head = "Mỹ sợ Trung Quốc biến đảo Guam thành Trân Châu Cảng thứ 2 Mỹ sợ Trung Quốc biến đảo Guam thành Trân Châu Cảng thứ 2"
    teaser = "Mỹ đang lo ngại về việc căn cứ quân sự quan trọng bậc nhất của Mỹ ở Thái Bình Dương - bị “đánh úp” bởi quân đội Trung Quốc."
    after = "Ngoại trưởng Mỹ Antony Blinken và Cố vấn an ninh quốc gia Jake Sullivan đã hội đàm với Ủy viên Bộ chính trị đảng Cộng sản Trung Quốc Dương Khiết Trì cùng Ngoại trưởng Vương Nghị ở thành phố Anchorage, Alaska vào ngày 18 và 19/3 (giờ Mỹ). Đây là cuộc gặp trực tiếp đầu tiên giữa hai phái đoàn cấp cao Mỹ-Trung kể từ khi Tổng thống Joe Biden nhậm chức vào ngày 20/1."
    for line in (head, teaser, after):
        assert_real("004_c652dac4ee9552bc", line)
    assert headlines.doubled(head)
    found = headlines.detect(make_blocks([head, "", teaser, after]))
    assert found[0].label is Label.RELATED and found[0].reason.startswith("headlines.doubled:")
    assert found[2].label is Label.TEASER and found[2].reason.startswith("headlines.inline_box_teaser:")
    assert 3 not in found  # only the one line under the box is its teaser


@pytest.mark.parametrize("text", ["abc abc", "x" * 20 + " " + "x" * 21, "Mỹ sợ Trung Quốc Mỹ sợ Trung Quốc!"])
def test_doubled_needs_two_equal_halves_of_15_plus_chars(text):
    assert not headlines.doubled(text)


NEGATIVE = [
    # dash-led body lines that end a sentence (practical tips in a travel article)
    ("homestay-aspx-kenh14-sapa", "- Từ Hà Nội, bạn có thể chọn đi tàu hoặc đi ô tô lên Sapa đều được."),
    ("homestay-aspx-kenh14-sapa", "- Liên hệ anh Chiến (0905838085) để book phòng tại Phơri's House ."),
    # subheadings and date-bearing body sentences
    ("enews-jsp-dantri-20221223123311491", "Không làm gì cũng thấy tiền bị rút"),
    ("enews-jsp-dantri-20221224181223256", "Chiều nay (24/12), trước buổi tập của đội tuyển Việt Nam, đại diện Tổng cục thể dục thể thao có mặt trên sân để kiểm tra khâu chuẩn bị cho trận đấu giữa đội tuyển Việt Nam và Malaysia."),
]


@pytest.mark.parametrize("page, line", NEGATIVE)
def test_body_lines_are_not_headline_lists(page, line):
    assert_real(page, line)
    assert headlines.detect(make_blocks([line])) == {}


@pytest.mark.parametrize("line", [
    # teaser cards of tag pages, run into one line each (invented headlines and teasers)
    "Thị trường hàng Tết: siết chặt quản lý từ khâu sản xuất 04/01/2021 08:57 Vào những tháng cuối năm, sức mua tăng mạnh, hàng giả có thêm cơ hội tiêu thụ.",
    "Dừng tổ chức lễ hội pháo hoa năm nay 18:00 | 21/02/2020 (DNVN) - Lễ hội sẽ không được tổ chức như mọi năm để phòng dịch bệnh lây lan.",
    "Mưa lớn gây ngập nhiều tuyến phố ở TP.HCM 02/01/2021 21:40 Cơn mưa kéo dài hơn hai giờ khiến nhiều tuyến đường ngập sâu.",
])
def test_teaser_cards_run_into_one_line(line):
    assert headlines.teaser_card(line)


@pytest.mark.parametrize("line", [
    # a dateline alone, a headline with its dateline and no teaser, body sentences with dates
    "04/01/2021 08:57 Vào những tháng cuối năm, sức mua tăng mạnh, hàng giả có thêm cơ hội tiêu thụ.",
    "Thị trường hàng Tết: siết chặt quản lý từ khâu sản xuất 04/01/2021 08:57",
    "Ông cho biết. Đến 04/01/2021 08:57 vẫn chưa có người nào đến nhận tiền của mình tại trụ sở.",
    "Chiều nay (24/12), trước buổi tập của đội tuyển Việt Nam, đại diện Tổng cục thể dục thể thao có mặt trên sân để kiểm tra khâu chuẩn bị cho trận đấu giữa đội tuyển Việt Nam và Malaysia.",
])
def test_other_dated_lines_are_not_teaser_cards(line):
    assert not headlines.teaser_card(line)
