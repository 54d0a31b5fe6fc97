"""density: the context-free class of a line and jusText-style smoothing."""
import pytest
from conftest import assert_real

from boilerstrip import density, features
from boilerstrip.density import Density, Thresholds
from boilerstrip.normalize import match_form

G, N, S, B = Density.GOOD, Density.NEAR, Density.SHORT, Density.BAD

LEAD = "Kết luận của Thanh tra Bộ Công Thương chỉ ra loạt tồn tại, hạn chế, thiếu sót, vi phạm của các thương nhân đầu mối trong quá trình hoạt động kinh doanh xăng dầu và những đơn vị liên quan."


def classify(line, t=density.DEFAULT_THRESHOLDS):
    return density.classify(features.compute(match_form(line)), t)


@pytest.mark.parametrize("page, line, expected, rule", [
    ("enews-jsp-dantri-cat-kinh-doanh", LEAD, G, "density.good:"),
    ("demomobiles-kenh14-topbanner", "Vợ chồng Thanh Bùi trong tiệc cưới ngày 28/12/2013", S, "density.short:"),  # a caption
    ("myfeed-genk1", "Đây là quan điểm của tác giả Venkatesh Rao trên Forbes.", N, "density.near:"),
    ("enews-jsp-dantri-20221223140955840", "Chủ nhà đất vẫn hét giá cao", S, "density.short:"),
    ("000_6a551b4711cf0f12", "Thế giới", S, "density.short:"),
    ("hiepndd-vietnamnet-514378", "Tin tức | 2Sao | Tintuconline | Infonet | ICTNews | Multimedia | English | Tuyển dụng", S, "density.short:"),
])
def test_classify_real_lines(page, line, expected, rule):
    assert_real(page, line)
    cls, reason = classify(line)
    assert cls is expected
    assert reason.startswith(rule)


def test_unpunctuated_headline_is_not_good():
    line = "Thanh tra xăng dầu: Vạch ra một loạt sai phạm, có cả lỗi của nhà quản lý"
    assert_real("enews-jsp-dantri-cat-kinh-doanh", line)
    assert classify(line)[0] is not G


def test_long_unpunctuated_prose_is_good_long():
    line = LEAD.rstrip(".") + " " + LEAD.rstrip(".")  # 60+ syllables, no final stop
    cls, reason = classify(line)
    assert cls is G and reason.startswith("density.good_long:")


def test_a_long_run_of_items_without_a_comma_is_not_prose():
    # a classifieds drop-down whose options a converter (inscriptis) printed as one line;
    # the page's .txt has the same items one per line
    items = ["Dịch vụ sửa chữa gia dụng", "Dịch vụ văn phòng", "Bán thiết bị văn phòng và phụ kiện",
             "Mua thiết bị văn phòng và phụ kiện", "Bán ôtô xe máy", "Mua ôtô xe máy", "Bán điện thoại di động",
             "Mua điện thoại di động", "Cho thuê nhà", "Bán nhà", "Cần thuê nhà", "Cần mua nhà", "Tìm việc làm"]
    for item in items:
        assert_real("myfeed-vnexpress-home", item)
    cls, reason = classify(" ".join(items))
    assert cls is S and reason.startswith("density.short:")
    # the same words with a comma between two items read as (unpunctuated) prose
    assert classify(", ".join(items[:2]) + " " + " ".join(items[2:]))[0] is G


def test_thresholds_are_options_not_constants():
    strict = Thresholds(good_min_words=200)
    assert classify(LEAD, strict)[0] is N
    assert classify(LEAD)[0] is G


def test_empty_features_are_short():
    assert density.classify(features.compute(""))[0] is S


@pytest.mark.parametrize("classes, expected", [
    ([G, N, G], [G, G, G]),  # between two paragraphs: body
    ([G, S, N, S, G], [G, S, G, S, G]),  # shorts are looked past
    ([B, N, B], [B, B, B]),  # amid clutter: clutter
    ([N], [B]),  # alone on the page: edges count as clutter
    ([N, B], [B, B]),
    ([G, N, B], [G, N, B]),  # mixed company: undecided
    ([N, N, G], [N, N, G]),  # a NEAR neighbour is not GOOD
    ([S, B, G], [S, B, G]),  # only NEAR is ever changed
])
def test_smooth(classes, expected):
    out = density.smooth(classes)
    assert [c for c, _ in out] == expected
    for before, (after, reason) in zip(classes, out):
        assert (reason is None) == (before is after)
        if reason:
            assert reason.startswith("density.smoothing:")


def test_smooth_does_not_cascade():
    # smoothing reads the original classes: the second NEAR has a NEAR (not GOOD) neighbour
    assert [c for c, _ in density.smooth([G, N, N, G])] == [G, N, N, G]


def test_smooth_empty():
    assert density.smooth([]) == []


@pytest.mark.parametrize("line, ends", [
    ("Nhìn ngộ nghĩnh thế này thì kiểu gì cũng mê. :P", True),
    ("Chúc các bạn may mắn nha ^^", True),
    ("Đem bánh đi nướng ở 160 độ nha. ^_^", True),
    ("Cười muốn xỉu luôn =))", True),
    ("Buồn quá :(", True),
    ("Trang chủ :: Thể thao", False),  # a separator, not a face
    ("Thể thao (Bóng đá)", False),
    ("Hà Nội: P", False),
])
def test_an_emoticon_ends_an_informal_sentence(line, ends):
    assert features.ends_sentence(line) is ends
    assert (features.SENTENCE_END.search(line) is not None) is ends


@pytest.mark.parametrize("line, marked", [
    ('Em gái Can Lộ Lộ tự sướng với mắt... "một mất, một còn"', False),  # a headline's quoted phrase
    ('Ông nói: "Chúng tôi sẽ làm."', True),
    ('Ông gọi đó là "cuộc chơi".', True),
    ("Chứng khoán thủng mốc 1.800 điểm", False),
    ("", False),
])
def test_a_closing_quote_alone_is_no_final_mark(line, marked):
    assert features.ends_with_mark(line) is marked


@pytest.mark.parametrize("line, ends", [
    # tinhte (2012, a held-out page): the full stop left off after a link
    ("Để xem Mối quan hệ bạn bè này, bạn chỉ cần sử dụng đường dẫn web có cú pháp như sau: http://facebook.com/A?and=B", True),
    ("Trong đó, A và B là nick mà bạn sử dụng trong đường dẫn Fb của bạn, ví dụ Fb.com/WillLong, Fb.com/cuhiep hoặc Fb.com/tinhte.vn", True),
    ("Người dân có thể nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia tại địa chỉ www.dichvucong.gov.vn", True),  # invented
    # a site name closes headlines; a unit is no address; a bare link line is no sentence
    ("Cộng đồng Khoa học & Công nghệ chia sẻ những mẹo hay nhất để dùng mạng xã hội Facebook an toàn - Tinhte.vn", False),
    ("Giá rau xanh tại các chợ dân sinh ở Hà Nội tăng mạnh trong tuần qua, rau muống lên tới 18.000đ/kg", False),
    ("Báo giá: http://vads.vn", False),
    # a bare link: its own words are many, but no clause comes before it (nguoiquansat, held-out)
    ("https://nguoiquansat.vn/day-la-nhung-tam-ho-chieu-quyen-luc-nhat-the-gioi-nam-2024-123456.html", False),
])
def test_a_sentence_may_end_with_a_web_address(line, ends):
    assert features.compute(line).ends_sentence is ends


def test_a_question_signed_with_the_readers_name_in_brackets_is_prose():
    # thanhnien's Q&A column (held-out): the reader's question ends with the reader's name and
    # place in brackets after its last sentence; without a final mark last, it read as a short line
    from boilerstrip.pipeline import text_blocks

    line = ("* Em là nữ, 19 tuổi, em bị tình trạng lõm ngực. Em muốn biết việc chữa trị ra sao. "
            "Xin bác sĩ tư vấn giúp. (Nguyễn Thy, Tân Thuận, TP.HCM)")
    block = text_blocks([line])[0]
    assert block.features.ends_sentence
    assert density.classify(block.features)[0] is Density.GOOD
