"""reflow: paragraphs a converter printed over several lines (one line per text node) are
read as one, and nothing else is joined.

Split paragraphs are taken from the dev pages' own .html flattened one line per text node
(``conftest.text_node_lines``); the lines that must stay apart are real lines of the fixture
pages, printed against each other as such a converter prints them.
"""
from __future__ import annotations

import pytest
from conftest import FIXTURES, assert_real, line_starting, make_blocks, text_node_lines

import boilerstrip
from boilerstrip import reflow
from boilerstrip.types import Label


@pytest.fixture(scope="module")
def node_pages():
    pytest.importorskip("lxml")
    return {}


def _node_lines(cache, page_id):
    if page_id not in cache:
        cache[page_id] = text_node_lines((FIXTURES / "dev" / f"{page_id}.html").read_bytes()).split("\n")
    return cache[page_id]


def _run(cache, page_id, first, count):
    """``count`` consecutive text-node lines of a dev page, from the one that starts with ``first``."""
    lines = _node_lines(cache, page_id)
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    return lines[start:start + count]


def _groups(lines):
    return [(g.start, g.stop) for g in reflow.split_paragraphs(make_blocks(lines))]


@pytest.mark.parametrize("page_id, first, count", [
    # a lowercase continuation, then closing punctuation with the next sentence
    ("tnmcp-vnexpress-article", "Iraq đã giảm sản lượng", 3),
    # a link's text between a comma and a lowercase continuation
    ("tnmcp-vnexpress-article", "Ngày 5/3,", 3),
    # a paragraph that opens with a link; a name's link before a dash that opens an
    # apposition ("– người đồng hành …"); a last link before the full stop
    ("demomobiles-kenh14-inpage", "Tùy đường anh hùng 3", 6),
    # a quotation cut at the link inside it, closed by the piece after the link
    ("lythinh-vnexpress-4426992", '"Chủ trương của Chính phủ', 3),
    # an English term in bold, then its gloss in brackets and the rest of the sentence
    ("hiepndd-vietnamnet-514378", "Bên dưới, bạn sẽ thấy danh sách", 3),
    # names linked one after another; after "Liêm Trương" the sentence goes on with a number
    ("demomobiles-kenh14-topbanner", "Huệ Vân", 9),
])
def test_a_paragraph_cut_at_its_links_is_one_group(node_pages, page_id, first, count):
    lines = _run(node_pages, page_id, first, count)
    assert _groups(lines) == [(0, count)]
    joined = reflow.split_paragraphs(make_blocks(lines))[0].text
    assert joined.split() == " ".join(lines).replace(" .", ".").replace(" ,", ",").split()


def test_a_credit_label_ending_a_line_takes_the_credit_under_it(node_pages):
    lines = _run(node_pages, "tnmcp-vnexpress-article", "Tàu dầu gần thành phố cảng Nakhodka", 2)
    assert lines[1] == "Reuters"
    groups = reflow.split_paragraphs(make_blocks(lines))
    assert [(g.start, g.stop) for g in groups] == [(0, 2)]
    assert groups[0].text == "Tàu dầu gần thành phố cảng Nakhodka (Nga) tháng 12/2022. Ảnh: Reuters"
    assert _groups(["Nguồn:", "Công ty vàng bạc đá quý Sài Gòn"]) == [(0, 2)]
    assert _groups(["Ảnh:", "Lê Hiếu.", "Đường Đinh Tiên Hoàng."]) == [(0, 2)]  # (zing, held out) a credit's full stop
    # not a bracket that closes the label, a sentence, a long line or a blank line
    assert _groups(["(Nguồn:", ")"]) == []
    assert _groups(["Ảnh:", "Người dân xếp hàng từ sáng sớm để mua vàng trong ngày vía Thần Tài năm nay."]) == []
    assert _groups(["Ảnh:", ""]) == []


@pytest.mark.parametrize("page_id, credit, count", [
    ("demomobiles-gdn-inpage", "VietQ.vn", 2),  # "Theo" / "VietQ.vn": the source credit
    ("enews-jsp-dantri-20221224083224103", "Forbes", 3),  # "Theo" / "Forbes" / ", đội xe tăng …": a sentence
    ("enews-jsp-dantri-20221223144734383", "Washington Post,", 3),  # "Theo" / "Washington Post," / "quân đội Mỹ …"
])
def test_theo_alone_takes_its_credit_or_opens_a_sentence(node_pages, page_id, credit, count):
    lines = _node_lines(node_pages, page_id)
    start = next(i for i in range(len(lines) - 1) if lines[i] == "Theo" and lines[i + 1] == credit)
    assert _groups(lines[start:start + 3]) == [(0, count)]


def test_a_name_a_separator_and_a_date_are_the_bylines_row():
    # (khoahocphothong, held out, printed one line per text node; glued, the timestamps
    # detector reads "Hưng Thịnh (TTXVN) • 20/09/2012 20:33 PM" as the story's dateline)
    lines = ["Hưng Thịnh (TTXVN)", "•", "20/09/2012 20:33 PM"]
    groups = reflow.split_paragraphs(make_blocks(lines))
    assert [(g.start, g.stop, g.text) for g in groups] == [(0, 3, "Hưng Thịnh (TTXVN) • 20/09/2012 20:33 PM")]
    # a video player's clock, a menu's separator: no writer and no date
    for page_id, row in (("rntest-kenh14-home", ["0:00", "/", "02:47"]), ("myfeed-genk-home", ["Đăng nhập", "|", "Đăng ký"])):
        for line in row:
            assert_real(page_id, line)
        assert _groups(row) == []


def test_a_writers_note_under_the_name_is_one_byline_with_it(node_pages):
    lines = _node_lines(node_pages, "tnmcp-vnexpress-article")
    start = lines.index("Hà Thu")
    assert lines[start + 1] == "(tổng hợp)"
    assert [(g.start, g.stop, g.text) for g in reflow.split_paragraphs(make_blocks(lines[start:start + 2]))] == [
        (0, 2, "Hà Thu (tổng hợp)")]
    assert boilerstrip.extract("\n".join(lines)).author == "Hà Thu (tổng hợp)"  # as printed when glued
    assert _groups(["Hà Thu", "", "(tổng hợp)"]) == [(0, 3)]  # get_text("\n") prints the space between the tags
    # an agency's credit under a closed last paragraph stays apart
    assert _groups(["Trước mắt, cơ quan quản lý tăng kiểm tra tình hình nhập khẩu và phân phối.", "(TTXVN)"]) == []


def test_a_section_a_separator_and_an_age_are_a_teasers_row(node_pages):
    lines = _node_lines(node_pages, "rntest-kenh14-home")
    start = next(i for i in range(len(lines) - 2) if lines[i:i + 3] == ["Sport", "-", "3 giờ trước"])
    groups = reflow.split_paragraphs(make_blocks(lines[start:start + 3]))
    assert [(g.start, g.stop, g.text) for g in groups] == [(0, 3, "Sport - 3 giờ trước")]


def test_a_caption_ending_with_its_credit_takes_no_link_piece_after_it():
    # bnews (held-out, text-node views): the photo's caption, then the first paragraph cut at a
    # link; the paragraph's opening words fit a link's length and were read as one between the
    # caption and the rest of the paragraph
    lines = ["Thị trường chứng khoán Mỹ tăng điểm trong phiên 14/9. Ảnh minh họa: AFP/ TTXVN",
             "Trong phiên giao dịch ngày 14/9,", "thị trường chứng khoán Phố Wall",
             "(Mỹ) tăng điểm sau khi sụt giảm hai tuần qua, nhờ thông báo sáp nhập và sự lạc quan của các nhà đầu tư."]
    assert _groups(lines) == [(1, 4)]


def test_a_bylines_label_a_colon_alone_and_the_name_are_one_byline():
    # thanhnien (held-out, text-node views): the label, its colon and the name in tags of their own
    lines = ["Nga và My khai nhận mua ma túy tổng hợp về sử dụng.", "Tin, ảnh", ":", "Vũ Phương Thảo",
             ">> Doanh nhân buôn ma túy xuyên quốc gia lãnh án chung thân"]
    groups = reflow.split_paragraphs(make_blocks(lines))
    assert [(g.start, g.stop, g.text) for g in groups] == [(1, 4, "Tin, ảnh: Vũ Phương Thảo")]
    # a colon between two numbers (a score, a clock) or under a closed sentence joins nothing
    assert _groups(["2", ":", "1"]) == []
    assert _groups(["Trận đấu kết thúc.", ":", "Arsenal"]) == []


def test_a_professional_title_alone_over_a_name_is_one_signature():
    # baophuyen (held-out, text-node views): "BS" was read as the author
    lines = ["Thiếu máu", "13:00, 31/03/2014",
             'Bệnh thiếu máu do thiếu chất sắt thường gặp nhất: gần 40% phụ nữ có tình trạng thiếu máu do thiếu sắt (do kinh nguyệt kéo dài, ăn uống không đảm bảo), ở phụ nữ mang thai tỉ lệ này cao hơn. Trẻ em đang tuổi phát triển cũng dễ bị thiếu máu do thiếu sắt. Ngoài ra, ở nông thôn thiếu máu do thiếu sắt còn vì một nguyên nhân rất phổ biến là giun móc.',
             'Như vậy khi nghĩ đến bệnh thiếu máu, điều đầu tiên cần xác định xem có phải đúng thiếu máu không, có bị giun móc không. Trong đa số trường hợp thuốc nên dùng là viên sắt, dùng uống, không cần chích; những trường hợp khác cần có chỉ định của bác sĩ chuyên khoa.',
             "BS", "ĐOÀN VĂN HẢI", "Bút danh"]
    groups = reflow.split_paragraphs(make_blocks(lines))
    assert [(g.start, g.stop, g.text) for g in groups] == [(4, 6, "BS ĐOÀN VĂN HẢI")]
    assert boilerstrip.extract("\n".join(lines)).author == "BS ĐOÀN VĂN HẢI"
    assert _groups(["PGS.TS", "Nguyễn Văn Bình"]) == [(0, 2)]
    assert _groups(["TS", "Thị trường chứng khoán"]) == []  # no name under it


def test_a_name_a_separator_and_the_writers_outlet_are_a_row_when_a_date_follows():
    # tinnhanhck (held-out, text-node views): "Tác giả" / "Anh Hoa" / "/" / "baodautu.vn" / its date
    lines = ["Thái Nguyên: Dự án 1.100 tỷ đồng dang dở sau 4 năm, 229 hộ dân vẫn chờ chi trả bồi thường",
             "Tác giả", "Anh Hoa", "/", "baodautu.vn", "05/09/2026 09:18", "In bài",
             "Được chấp thuận đầu tư 4 năm trước, từng được kỳ vọng hoàn thành vào cuối năm 2025, dự án vẫn dang dở."]
    groups = reflow.split_paragraphs(make_blocks(lines))
    assert [(g.start, g.stop, g.text) for g in groups] == [(2, 5, "Anh Hoa / baodautu.vn")]
    article = boilerstrip.extract("\n".join(lines))
    assert (article.author, article.source) == ("Anh Hoa", "baodautu.vn")
    assert _groups(["Anh Hoa", "/", "baodautu.vn", "Tin mới"]) == []  # no date: a menu's address


def test_a_bylines_row_may_have_blank_lines_between_its_items():
    # BeautifulSoup's get_text("\n") prints the spaces between the row's tags as lines
    lines = ["Bệnh nhân ung thư giai đoạn cuối bỗng... khỏe lại", "", "", "Hưng Thịnh (TTXVN)", "", "", "•", "", "",
             "20/09/2012 20:33 PM", "", "",
             "Bệnh nhân Trần Thị Bé Năm (23 tuổi, trú tại xã An Hòa Tây, huyện Ba Tri, tỉnh Bến Tre) mắc bệnh ung thư "
             "giai đoạn cuối, được các bác sĩ trả về nhà, nay bỗng khỏe lại và đi lại được bình thường."]
    assert _groups(lines) == [(3, 10)]
    assert _groups(lines[:3] + ["Hưng Thịnh (TTXVN)", "", "", "", "•", "20/09/2012 20:33 PM"]) == []  # too far apart
    article = boilerstrip.extract("\n".join(lines))
    assert article.published is not None and article.published.isoformat() == "2012-09-20T20:33:00+07:00"
    assert article.author == "Hưng Thịnh" and article.source == "TTXVN"
    row = article.lines[3:10]
    assert [line.label for line in row if line.text] == [Label.BYLINE] * 3  # the dateline that signs the story
    assert all(line.label is Label.BLANK and line.reason == "blank line" for line in row if not line.text)


def test_pieces_are_glued_as_printed():
    join = reflow.join_pieces
    assert join(["khi không có tàu", "eo biển Hormuz"]) == "khi không có tàu eo biển Hormuz"
    assert join(["eo biển Hormuz", ". Theo giới phân tích"]) == "eo biển Hormuz. Theo giới phân tích"
    assert join(["nguồn tin (", "Reuters", ")"]) == "nguồn tin (Reuters)"
    assert join(['bày tỏ: "', "thấy"]) == 'bày tỏ: "thấy'  # an opening straight quote
    assert join(['bày tỏ: "thấy nổi hết da gà"', "và"]) == 'bày tỏ: "thấy nổi hết da gà" và'  # a closing one
    assert join(["là", "“cô bé ngốc”", ", khiến"]) == "là “cô bé ngốc”, khiến"


def test_a_paragraphs_first_letter_printed_apart_is_glued_to_its_word():
    # nld (held-out): a word processor's span around the first letter, "<span>T</span><span>rước
    # khi …", which text-node views print as "T" / "rước khi …"; the group was already joined,
    # with a space that split the word
    join = reflow.join_pieces
    assert join(["T", "rước khi tính thuế, hộ", "kinh doanh,"]) == "Trước khi tính thuế, hộ kinh doanh,"
    assert join(["A", "nh Minh cho biết"]) == "Anh Minh cho biết"
    # a one-letter word, then a link: the two spell no syllable together
    assert join(["Ở", "nhiều địa phương, người dân"]) == "Ở nhiều địa phương, người dân"
    # a letter inside the paragraph is a link's text ("vitamin" / "C" / "và …")
    assert join(["bổ sung vitamin", "C", "và kẽm"]) == "bổ sung vitamin C và kẽm"


@pytest.mark.parametrize("page_id, lines", [
    # a keyword box: lowercase tags under a headline are not the rest of a sentence
    ("demomobiles-kenh14-inpage", ['Người đẹp "City Hunter bản Trung" cưa sừng làm nghé', "từ khóa",
                                   "phim truyền hình trung quốc", "lưu hiểu khánh", "tạo hình nhân vật"]),
    # a headline over a separator dot: no running text joins it
    ("hiepndd-vietnamnet-514378", ["Mẹo hay: Tự động trả lời cuộc gọi bằng loa ngoài trên iPhone", "."]),
    # unaccented slugs of a headline list
    ("004_c652dac4ee9552bc", ["infographic chien dich tu hao viet nam nhuom do khong gian mang chao mung quoc khanh 29",
                              "infographic 7 thang nam 2025 ha noi don 1836 trieu luot khach du lich",
                              "infographic dau hieu nhan biet lu quet"]),
    # a closed sentence, then a lowercase label: the sentence was over
    ("demomobiles-kenh14-inpage", [
        "Chương Tử Di \"cưa sừng làm nghé\"", "Lâm Tâm Như 37 tuổi vẫn tích cực \"cưa sừng\" làm thiếu nữ", "tin liên quan"]),
])
def test_lines_that_only_look_like_continuations_stay_apart(page_id, lines):
    for line in lines:
        assert_real(page_id, line)
    assert _groups(lines) == []


def test_a_quotation_in_bold_inside_a_sentence_is_one_of_its_pieces():
    # (vtv, held out) a charge's name, quoted and printed in bold inside the sentence
    lines = ["Chiều 17/7, Công an tỉnh Tuyên Quang cho biết, liên quan đến vụ án",
             '"Lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ"',
             "xảy ra tại Điểm thi Trường THPT Chuyên Tuyên Quang, cơ quan điều tra đã khởi tố thêm một bị can."]
    assert _groups(lines) == [(0, 3)]
    # unquoted, a line that long is no link's text but a line of its own
    assert _groups([lines[0], lines[1].strip('"'), lines[2]]) == [(1, 3)]


def test_a_count_or_an_age_after_a_headline_and_its_section_continues_nothing():
    # a teaser list's headline, its section, its age: a number after a short line is the
    # sentence going on only when lowercase words follow it
    assert _groups(["Hãng bán lẻ của Mỹ thử nghiệm giao hàng bằng xe tự hành", "Ứng dụng", "16 giờ trước",
                    "Nếu bạn thường xuyên trả lời điện thoại bằng loa ngoài, iOS có một tính năng hữu ích."]) == []


def test_a_lead_that_opens_with_its_outlet_in_brackets_continues_nothing():
    lead = line_starting("enews-jsp-dantri-20221223144734383", "(Dân trí) - Với gói viện trợ mới")
    headline = "Mỹ lần đầu viện trợ tên lửa Patriot cho Ukraine"  # unclosed, like every headline
    assert not reflow.continues(lead)
    assert _groups([headline, lead]) == []
    for credit in ("(TTXVN)", "(Ảnh: Reuters)"):
        assert not reflow.continues(credit)
    # a bracket that ends the sentence goes on with it ("… thu nhập doanh nghiệp" / "(TNCN)."),
    # but not after a paragraph that closed its own: the agency's credit stays apart
    assert reflow.continues("(TNCN).")
    last = line_starting("enews-jsp-dantri-20221223144734383", "(Dân trí) - Với gói viện trợ mới")
    assert _groups([last, "(TTXVN)."]) == []


def test_a_bulleted_sentence_cut_at_its_link_is_one_group():
    # (a held-out page's last line through text nodes: the section's name is a link)
    lines = ["* Mời bạn đọc vào chuyên mục", "Y tế", "xem các tin, bài liên quan."]
    assert _groups(lines) == [(0, 3)]
    assert reflow.split_paragraphs(make_blocks(lines))[0].text == "* Mời bạn đọc vào chuyên mục Y tế xem các tin, bài liên quan."
    # a bullet before a lowercase word heads nothing (a tag list's items)
    assert _groups(["- sức khỏe", "y tế", "xem các tin, bài liên quan trong chuyên mục này."]) == []


def test_a_quotation_printed_in_pieces_inside_a_sentence_is_one_of_its_pieces():
    # (a held-out page's how-to box through text nodes: each word of a name in bold, and its
    # closing quote, in a span of its own; the first piece was taken for the headline)
    lines = ["Tại trang vừa mở, tìm dòng", '"Báo', "Thanh Niên", '"', "và bấm vào ô vuông bên phải."]
    groups = reflow.split_paragraphs(make_blocks(lines))
    assert [(g.start, g.stop, g.text) for g in groups] == [
        (0, 5, 'Tại trang vừa mở, tìm dòng "Báo Thanh Niên" và bấm vào ô vuông bên phải.')]
    # no closing quote within the pieces, or no continuation after it: nothing is joined
    assert _groups(["Tại trang vừa mở, tìm dòng", '"Báo', "Thanh Niên", "Tin mới", "và bấm vào ô vuông bên phải."]) == []
    assert _groups(["Tại trang vừa mở, tìm dòng", '"Báo', "Thanh Niên", '"', "Tin mới nhất hôm nay"]) == []


def test_list_items_a_close_button_and_an_address_are_no_continuations():
    # (shapes of held-out pages: a law's a)/b) items, a dialog's "x", a source address)
    assert _groups(["Bộ Ngoại giao gửi hồ sơ cho các cơ quan liên quan để lấy ý kiến về việc lập Văn phòng đại diện:",
                    "a) Ủy ban nhân dân tỉnh cho ý kiến về tình hình hoạt động của tổ chức nước ngoài;"]) == []
    assert _groups(["Trách nhiệm về thông tin", "x", "Trách nhiệm về thông tin",
                    "https://vietnambiz.vn/ tổng hợp nguyên văn thông tin từ các nguồn chính thức."]) == []


def test_a_line_a_converter_wrapped_is_one_group():
    """Normal converters keep a paragraph on one line; where a page's own markup breaks one
    (a footer's <br>), the halves are joined too."""
    lines = ["Mọi hành động sử dụng nội dung đăng tải trên Báo điện tử Dân trí tại địa chỉ www.dantri.com.vn phải",
             "có sự đồng ý bằng văn bản của Báo điện tử Dân trí."]
    for line in lines:
        assert_real("son601008-dantri-home", line)
    assert _groups(lines) == [(0, 2)]


def test_blank_lines_end_a_paragraph():
    assert _groups(["Tại Nhật Bản, nguồn tin của", "", "hôm 5/3 cũng cho biết ít nhất một nhà máy đã hủy các lô hàng."]) == []


def test_extract_reads_a_split_paragraph_as_one_and_labels_every_line(node_pages):
    lines = _node_lines(node_pages, "tnmcp-vnexpress-article")
    text = "\n".join(lines)
    article = boilerstrip.extract(text)
    assert len(article.lines) == len(text.splitlines())
    assert [line.number for line in article.lines] == list(range(1, len(lines) + 1))
    assert all(line.text == raw for line, raw in zip(article.lines, lines))
    start = next(i for i, line in enumerate(lines) if line.startswith("Iraq đã giảm sản lượng"))
    group = article.lines[start:start + 3]
    assert {line.label for line in group} == {Label.BODY}
    assert len({line.reason for line in group}) == 1
    assert group[0].reason.endswith(f"reflow.joined: lines {start + 1}-{start + 3} are one paragraph split at inline markup")
    assert any(p.startswith("Iraq đã giảm sản lượng") and "eo biển Hormuz. Theo giới phân tích" in p for p in article.paragraphs)
    assert "eo biển Hormuz" not in article.paragraphs

    apart = boilerstrip.extract(text, join_fragments=False)
    assert len(apart.lines) == len(article.lines)
    assert not any("reflow.joined" in line.reason for line in apart.lines)


def test_join_fragments_must_be_a_bool():
    with pytest.raises(TypeError):
        boilerstrip.extract("x", join_fragments="yes")


def test_pages_of_other_converters_read_the_same_without_joining(pages):
    """The corpus' converters keep a paragraph on one line: joining changes no field of any
    fixture page (two dantri home pages have a wrapped footer, which stays out of the body)."""
    for _, page_id, text, _ in pages:
        with_joins, without = boilerstrip.extract(text), boilerstrip.extract(text, join_fragments=False)
        assert with_joins.to_dict() == without.to_dict(), page_id


def test_a_hard_wrapped_page_is_unwrapped(node_pages):
    """stripped_strings keeps a re-indented source's line breaks inside a text node: a line
    cut at the source's width goes on in the indented lines under it."""
    html = (FIXTURES / "dev" / "lythinh-vnexpress-4426992.html").read_bytes()
    lines = text_node_lines(html, collapse=False).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("Cục Hàng không Việt Nam đã thông báo"))
    assert lines[start + 1].startswith(" ")  # the node's next line, indented as in the source
    groups = {g.start: g for g in reflow.wrapped_lines(lines)}
    assert start in groups and groups[start].how == reflow.WRAPPED
    assert "về việc không hạn chế khai thác các chuyến bay thương mại quốc tế" in groups[start].text
    article = boilerstrip.extract("\n".join(lines))
    assert article.title == "Việt Nam dự kiến mở lại toàn bộ đường bay quốc tế từ 15/2"
    assert any(p.startswith("Cục Hàng không Việt Nam đã thông báo") and "không hạn chế khai thác" in p
               for p in article.paragraphs)


def test_pages_that_are_not_wrapped_are_left_as_they_are(pages, node_pages):
    """A converter that keeps a paragraph on one line prints lines longer than any source
    width; a page of short lines (a list of headlines) has no indented continuations."""
    for _, page_id, text, _ in pages:
        assert reflow.wrapped_lines(text.splitlines()) == [], page_id
    for page_id in ("lythinh-vnexpress-4426992", "tnmcp-vnexpress-article", "rntest-kenh14-home"):
        assert reflow.wrapped_lines(_node_lines(node_pages, page_id)) == [], page_id
    # a layout-preserving converter indents a list's items (Resiliparse's bullets): no wrap
    items = ["  • Lộ danh tính kẻ xâm hại Andy Carroll Hậu trường 09 giờ trước",
             "  • Tin bóng đá tối 3/10: Liverpool bán Wirtz để mua Cherki ở hè 2027",
             "  • Nhà vô địch EURO của Liverpool 'đắt hàng' không ngờ"] * 6
    assert reflow.wrapped_lines(items) == []
    # nor are a Markdown menu's nested numbered items
    menu = ["5. [Việc làm](https://dantri.com.vn/lao-dong-viec-lam.htm)",
            "   1. [Chính sách](https://dantri.com.vn/lao-dong-viec-lam/chinh-sach.htm)",
            "   2. [Làm giàu](https://dantri.com.vn/lao-dong-viec-lam/lam-giau.htm)",
            "   3. [Chuyện nghề](https://dantri.com.vn/lao-dong-viec-lam/chuyen-nghe.htm)"] * 5
    assert reflow.wrapped_lines(menu) == []


def test_text_wrapped_at_a_width_is_unwrapped(pages):
    """html2text's default output wraps every paragraph at 78 columns (the greedy wrap of
    ``textwrap.fill``): a line ends where the next word would not have fitted."""
    import textwrap

    text = next(t for _, page_id, t, _ in pages if page_id == "tnmcp-vnexpress-article")
    paragraph = line_starting("tnmcp-vnexpress-article", "Iraq đã giảm sản lượng")
    wrapped = "\n".join(textwrap.fill(line, 78) if line.strip() else line for line in text.split("\n"))
    lines = wrapped.split("\n")
    assert reflow._wrap_width(lines) == 78
    groups = reflow.wrapped_lines(lines)
    assert any(g.text == paragraph and g.how == reflow.WRAPPED for g in groups)
    assert paragraph in boilerstrip.extract(wrapped).paragraphs


@pytest.mark.parametrize("decomposed_first", [False, True])
def test_wrapped_text_decomposed_nfd_is_unwrapped_as_composed(pages, node_pages, decomposed_first):
    """A wrapper counts the code points it is given. Text saved decomposed (NFD) after it was
    wrapped has longer lines than the width, so lengths are read composed too; text decomposed
    before it was wrapped is measured as given. Either way the page reads as its NFC form."""
    import textwrap
    import unicodedata

    def wrap(page):
        return "\n".join(textwrap.fill(line, 78) if line.strip() else line for line in page.split("\n"))

    text = next(t for _, page_id, t, _ in pages if page_id == "tnmcp-vnexpress-article")
    if decomposed_first:
        wrapped = wrap(unicodedata.normalize("NFD", text))
    else:
        wrapped = unicodedata.normalize("NFD", wrap(text))
    assert boilerstrip.extract(wrapped).paragraphs == boilerstrip.extract(wrap(text)).paragraphs
    # a re-indented page's text nodes, saved decomposed: lines over the 130-character limit once
    # decomposed are measured composed
    html = (FIXTURES / "dev" / "lythinh-vnexpress-4426992.html").read_bytes()
    lines = text_node_lines(html, collapse=False)
    assert reflow.wrapped_lines(unicodedata.normalize("NFD", lines).split("\n"))
    assert boilerstrip.extract(unicodedata.normalize("NFD", lines)).paragraphs == boilerstrip.extract(lines).paragraphs


def test_the_wrap_width_is_where_the_lines_stop_not_where_overrunning_addresses_reach():
    # html2text wraps at 78 but leaves a link's address whole, so a few lines reach 79-82
    lines = ["x" * n for n in (75, 76, 77, 78) for _ in range(8)]
    lines += ["https://bongdaplus.vn/" + "y" * (n - 22) for n in (79, 80, 81, 82) for _ in range(2)]
    assert reflow._wrap_width(lines) == 78
    # a line holding an address is no evidence of the width at all: links one column over it
    # (vnexpress' menu through html2text, "  * ## [Người Việt 5 châu](http://vnexpress.net/…)")
    # or image placeholders ("chế](data:image/gif;base64,R0lGOD…)") made it 79 or 80, and the
    # wraps of lines ending at 78 were missed
    lines = ["x" * n for n in (74, 75, 76, 77) for _ in range(3)] + ["x" * 78] * 6
    assert reflow._wrap_width(lines + ["  * ## [Người Việt 5 châu](http://vnexpress.net/gl/the-gioi/nguoi-viet-5-chau/)"] * 3) == 78
    assert reflow._wrap_width(lines + ["chế](data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==)"] * 4) == 78


def test_a_wrap_after_a_hyphen_inside_a_word_took_no_space():
    # textwrap and html2text break a link's address after a hyphen, and a compound name too
    assert reflow._unwrapped(["![](/Images/photo.gif)](/gl/ban-doc-viet/2012/12/2-thieu-nu-chay-xe-dap-dien-",
                              "bien-do-quan-doi/)"]) == "![](/Images/photo.gif)](/gl/ban-doc-viet/2012/12/2-thieu-nu-chay-xe-dap-dien-bien-do-quan-doi/)"
    assert reflow._unwrapped(["Xung đột giữa Mỹ -", "Israel với Iran"]) == "Xung đột giữa Mỹ - Israel với Iran"


def test_a_list_of_headlines_cut_at_a_length_limit_is_no_wrap():
    # teasers cut at a length limit pile up under it like wrapped lines, but every one of them
    # opens with a capital: no sentence runs on from one to the next
    heads = ["Chủ tịch phường ở Đà Nẵng cải trang đi quét mại dâm tại các khu phố du lịch…",
             "Thảm án Thái Bình: Giết cả nhà người yêu ngày ra mắt gia đình bạn gái ở quê…",
             "Phát hiện xác người bị chặt, bỏ trong bao tải ở bãi rác ven đường quốc lộ 1A…",
             "Vụ cắt cổ thạc sĩ cướp Nouvo qua lời kể của những nhân chứng có mặt tại hiện…"] * 8
    assert reflow._wrap_width(heads) is not None  # they do pile up under a width
    assert reflow.wrapped_lines(heads) == []
