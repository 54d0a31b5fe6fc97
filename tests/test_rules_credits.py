"""rules.credits: bylines and source credits, and who they credit."""
import pytest
from conftest import assert_real, make_blocks

from boilerstrip.rules import credits
from boilerstrip.types import Label

CREDITS = [
    # (page, line, (rule, author, source))
    ("000_6a551b4711cf0f12", "Theo Nguyễn Tiến (VnExpress.net)", ("theo", "Nguyễn Tiến", "VnExpress.net")),
    ("demomobiles-gdn-inpage", "Theo VietQ.vn", ("theo", None, "VietQ.vn")),
    ("myfeed-genk1", "Theo Minh Nguyễn/Vcamp.vn", ("theo", "Minh Nguyễn", "Vcamp.vn")),
    ("enews-jsp-dantri-20221224084259560", "Theo CNBC", ("theo", None, "CNBC")),
    ("enews-jsp-dantri-20221223144734383", "Theo Newsweek", ("theo", None, "Newsweek")),
    ("enews-jsp-dantri-20221224161000810", "Theo Forbes, Newsweek", ("theo", None, "Forbes, Newsweek")),
    ("hiepndd-vietnamnet-514378", "Ca Tiếu (theo online-tech-tips)", ("author_note", "Ca Tiếu", "online-tech-tips")),
]


@pytest.mark.parametrize("page, line, expected", CREDITS)
def test_credit_reads_author_and_source(page, line, expected):
    assert_real(page, line)
    assert credits.credit(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("PV", ("staff", "PV", None)),
    ("Nhóm PV Kinh tế", ("staff", "Nhóm PV Kinh tế", None)),  # dantri (2014): the reporters of a desk
    ("Nhóm phóng viên Thời sự", ("staff", "Nhóm phóng viên Thời sự", None)),
    ("(TTXVN)", ("agency", None, "TTXVN")),
    ("Nguồn: TTXVN", ("nguon", None, "TTXVN")),
    ("Nguồn: [Link nguồn]", ("nguon", None, None)),  # a placeholder of a link: no outlet
    ("Theo tienphong.vn Copy link", ("theo", None, "tienphong.vn")),  # the copy-link button glued on
    ("Theo Tiền Phong Sao chép liên kết", ("theo", None, "Tiền Phong")),
    ("Hà Thu (tổng hợp)", ("author_note", "Hà Thu", None)),
    ("PP, Theo Trí Thức Trẻ", ("theo", "PP", "Trí Thức Trẻ")),
    ("Long Trần - Theo Trí Thức Trẻ", ("theo", "Long Trần", "Trí Thức Trẻ")),  # the writer, then the outlet
    ("Minh Anh | Theo Dân trí", ("theo", "Minh Anh", "Dân trí")),
    ("(TTXVN/Vietnam+)", ("agency", None, "TTXVN/Vietnam+")),
    ("Tin, ảnh: Hoàng Triều", ("byline_label", "Hoàng Triều", None)),
    ("Tin - ảnh: Hoàng Triều", ("byline_label", "Hoàng Triều", None)),
    ("Bài và ảnh: Ngọc Anh", ("byline_label", "Ngọc Anh", None)),
    ("Thu Hằng/VOV.VN", ("name_outlet", "Thu Hằng", "VOV.VN")),
    ("Hoàng Anh/VOV-Tây Nguyên", ("name_outlet", "Hoàng Anh", "VOV-Tây Nguyên")),
    ("Phạm Thành - Ngọc Hà/TTXVN", ("name_outlet", "Phạm Thành - Ngọc Hà", "TTXVN")),
    ("Minh Hòa/Báo Tin tức", ("name_outlet", "Minh Hòa", "Báo Tin tức")),
    ("Hà My (thực hiện)", ("author_note", "Hà My", None)),  # metadata reports the line as printed
    ("Theo Tùng Linh | Nhịp sống kinh tế", ("theo", "Tùng Linh", "Nhịp sống kinh tế")),
    ("Đăng Khoa (t/h)", ("author_note", "Đăng Khoa", None)),  # "t/h" = tổng hợp (compiled)
    ("Phùng Anh (VTV Online)", ("name_outlet", "Phùng Anh", "VTV Online")),  # the outlet in brackets
    ("Minh Thư (TTXVN)", ("name_outlet", "Minh Thư", "TTXVN")),
    ("Đình Huy - quanghuy95.pr@gmail.com", ("name_email", "Đình Huy", None)),  # name and e-mail address
    ("PV/VOV.VN", ("name_outlet", "PV", "VOV.VN")),  # the outlet's staff reporter
    ("T.Phương (tổng hợp)", ("author_note", "T.Phương", None)),
    # aggregators credit the story's address, after the outlet's name or alone
    ("Nguồn Znews: http://news.zing.vn/quan-uy-trung-uong-post560.html", ("nguon", None, "Znews")),
    ("Nguồn: https://www.vnexpress.net/gia-vang-tang-4954454.html", ("nguon", None, "vnexpress.net")),
    ("(Nguồn: https://tuoitre.vn/bai-viet-2024.htm)", ("nguon", None, "tuoitre.vn")),
    ("Nguồn: https://baomoi.com/" + "a-b-c-" * 30 + "123.epi", ("nguon", None, "baomoi.com")),  # longer than 90
    # bnews through Resiliparse, which bullets the items of a list: the byline is one
    ("• Q.Chung (Theo AFP)", ("author_note", "Q.Chung", "AFP")),
    ("* Nguồn: TTXVN", ("nguon", None, "TTXVN")),
    ("Minh Nhật/VOV1", ("name_outlet", "Minh Nhật", "VOV1")),  # a broadcaster's channel
    ("Phóng viên: Ngọc Hà", ("byline_label", "Ngọc Hà", None)),
    ("Theo: VietNamNet", ("theo", None, "VietNamNet")),  # the label with a colon
])
def test_credit_forms_named_in_the_module_docstring(line, expected):
    assert credits.credit(line) == expected


def test_detect_labels_theo_as_credit_and_author_note_as_byline():
    lines = ["Theo Nguyễn Tiến (VnExpress.net)", "Ca Tiếu (theo online-tech-tips)"]
    found = credits.detect(make_blocks(lines))
    assert found[0].label is Label.CREDIT and found[0].reason.startswith("credits.theo:")
    assert found[1].label is Label.BYLINE and found[1].reason.startswith("credits.author_note:")


NOT_CREDITS = [
    # body sentences opening with "Theo X, ..." (attribution inside prose) and widget lines
    ("002_e8d73fd6129a179b", "Theo Reuters, Thứ trưởng Ngoại giao Mỹ Wendy Sherman sẽ tới thăm Nhật Bản, Hàn Quốc và Mông Cổ vào tuần tới, song không dừng chân tại Trung Quốc dù đây là điểm đến đã được giới ngoại giao và một số hãng truyền thông dự đoán và đề cập nhiều trước đó."),
    ("enews-jsp-dantri-20221224083224103", "Theo Forbes, đội xe tăng T-90 với sự hỗ trợ và bọc lót của thiết giáp BMPT, đang có nhiệm vụ chặn lữ đoàn cơ giới 92 của Ukraine."),
    ("enews-jsp-dantri-20221223140955840", "Theo anh Nghi, đa số giá các căn nhà đất bán ra không giảm, chỉ ngang với giá thời điểm đầu năm. Một số ít căn có vị trí không thuận tiện, tiềm năng tăng giá không tốt sẽ được anh cân nhắc bán ra giá thấp hơn giá thị trường khoảng 2-3 triệu đồng/m2."),
    ("tnmcp-dantri-article", "Theo dõi Dân trí trên:"),
    ("myfeed-vnexpress2-ione", "Theo dòng sự kiện:"),
    ("enews-jsp-dantri-20221223123311491", "Không làm gì cũng thấy tiền bị rút"),
]


@pytest.mark.parametrize("page, line", NOT_CREDITS)
def test_body_and_widget_lines_are_not_credits(page, line):
    assert_real(page, line)
    assert credits.credit(line) is None
    assert credits.detect(make_blocks([line])) == {}


@pytest.mark.parametrize("line", [
    "Theo Reuters, đúng như dự đoán, giá dầu đã tăng.",
    "Theo tôi, đây là điều tốt.",
])
def test_short_theo_sentence_is_not_a_credit(line):
    assert credits.credit(line) is None


def test_relative_time_in_parentheses_is_not_an_agency():
    line = "(2 giờ trước)"
    assert_real("demomobiles-gdn-topbanner", line)
    assert credits.credit(line) is None


@pytest.mark.parametrize("page, line", [
    ("duhoc-vnexpress-sapa", "Bá Đô - Quỳnh Trang"),
    ("demomobiles-kenh14-inpage", "Shin Hee"),
    ("demomobiles-gdn-topbanner", "Hà Anh"),
    ("demomobiles-kenh14-topbanner", "HN"),  # initials under the headline
])
def test_author_name_lines_look_like_persons(page, line):
    assert_real(page, line)
    assert credits.looks_like_person(line)


@pytest.mark.parametrize("line", ["Video", "Hà Nội", "Không làm gì cũng thấy tiền bị rút", "Chủ nhà đất vẫn hét giá cao",
                                  "AFF CUP 2022", "KINH DOANH"])
def test_section_names_and_sentences_do_not_look_like_persons(line):
    assert not credits.looks_like_person(line)


@pytest.mark.parametrize("page, line", [
    ("obfauto-genk-home", "Apps/Games"),
    ("homestay-aspx-kenh14-sapa", "Ứng Dụng/Thủ Thuật"),
])
def test_menu_items_with_a_slash_are_not_name_outlet_signatures(page, line):
    assert_real(page, line)
    assert credits.credit(line) is None


@pytest.mark.parametrize("text", ["NGUYỄN HIỀN", "TRẦN HOÀNG - MINH TÚ", "ĐỖ HÙNG",
                                  # the family name cut to its initial, one or several reporters
                                  "T.PHƯƠNG", "A.PHƯỚC - X.NGỌC - M.TRÂN", "N. BÌNH"])
def test_names_in_capitals_open_with_a_family_name(text):
    assert credits.looks_like_upper_names(text)


@pytest.mark.parametrize("page, text", [
    ("enews-jsp-dantri-20221224095943188", "THẾ GIỚI"),
    ("enews-jsp-dantri-20221224152117143", "BẤT ĐỘNG SẢN"),
])
def test_section_names_in_capitals_are_not_names(page, text):
    assert_real(page, text)
    assert not credits.looks_like_upper_names(text)
    assert not credits.looks_like_person(text)


@pytest.mark.parametrize("line", ["Hà Nội (Việt Nam)", "Ông Nguyễn Văn Hùng (UBND)", "Bà Lê Thị Mai (Sở Y tế)"])
def test_places_and_people_spoken_of_are_not_name_outlet_bylines(line):
    assert credits.credit(line) is None


def test_initialled_names_in_mixed_case_look_like_persons():
    assert credits.looks_like_person("T.Phương")
    assert credits.looks_like_person("T.Phương - N.Bình")
    assert not credits.looks_like_person("TP.HCM")
    # a word before the dot is no initial: a site's name in a menu (vinmec, a blind held-out page)
    assert not credits.looks_like_person("Online.Vinmec")


def test_an_expert_in_capitals_signs_with_the_title():
    # khoahocphothong and baophuyen (blind held-out pages): a pharmacist's and a doctor's pieces
    assert credits.looks_like_signed_expert("DS. NGUYỄN BÁ HUY CƯỜNG")
    assert credits.looks_like_signed_expert("BS ĐOÀN VĂN HẢI")
    assert not credits.looks_like_signed_expert("BS THẾ GIỚI")  # a section name in capitals


def test_the_labels_of_a_qa_column_are_no_names():
    # vinmec (2024, a blind held-out page): "Hỏi" over the reader's question was read as the author
    assert not credits.looks_like_person("Hỏi") and not credits.looks_like_person("Đáp")
    assert credits.looks_like_person("Hải")


def test_upper_names_pattern_needs_two_syllables_of_at_most_seven_letters():
    assert not credits.looks_like_upper_names("NGUYỄN")
    assert not credits.looks_like_upper_names("NGUYỄN ABCDEFGH")


@pytest.mark.parametrize("text, expected", [
    ("Bác sĩ Lê Thị Mai", True), ("PGS.TS Trần Văn Bình", True), ("ThS.BS Nguyễn An", True), ("BS. Hoàng Nam", True),
    ("Luật sư Trần Minh", True),
    ("Bác sĩ khuyên", False),  # a title, then a verb: a sentence fragment, not a signature
    ("TS.", False), ("Tiến sĩ Khoa học", False),
])
def test_experts_sign_with_a_professional_title(text, expected):
    assert credits.looks_like_signed_expert(text) is expected


# tuoitre (2026) signs a story by several reporters with the first name and a count, then
# lists every name on its own line (a held-out page; the names are pen names in capitals,
# which need no family name here: the byline above vouches for them)
AUTHOR_LIST = ["NHẬT XUÂN và 1 tác giả khác", "NHẬT XUÂN", "NGHI VŨ"]


def test_a_byline_naming_more_authors_credits_the_first():
    assert credits.credit("NHẬT XUÂN và 1 tác giả khác") == ("more_authors", "NHẬT XUÂN", None)
    assert credits.credit("Minh Anh và 2 tác giả khác") == ("more_authors", "Minh Anh", None)
    assert credits.credit("NHẬT XUÂN VÀ 1 TÁC GIẢ KHÁC") == ("more_authors", "NHẬT XUÂN", None)  # all in capitals
    # a clause that mentions other authors names nobody
    assert credits.credit("Cuốn sách được viết chung với 3 tác giả khác") is None


def test_the_names_listed_under_such_a_byline_are_bylines():
    blocks = make_blocks(["Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh", *AUTHOR_LIST,
                          "Xung đột ở khu vực Trung Đông khiến các shop hoa ghi nhận tình trạng hoa nhập khẩu khan hiếm."])
    found = credits.detect(blocks)
    assert [found[i].label for i in (1, 2, 3)] == [Label.BYLINE] * 3
    assert found[3].reason.startswith("credits.author_list:")
    assert 0 not in found and 4 not in found
    assert list(credits.author_list(blocks, 1)) == [2, 3]


def test_a_list_cut_short_is_no_author_list():
    # the count says two names follow; one name and a paragraph do not make the list
    blocks = make_blocks(["Minh Anh và 2 tác giả khác", "Minh Anh", "Hà Thu",
                          "Xung đột ở khu vực Trung Đông khiến các shop hoa ghi nhận tình trạng hoa nhập khẩu khan hiếm."])
    assert not credits.author_list(blocks, 0)
    assert set(credits.detect(blocks)) == {0}


@pytest.mark.parametrize("line, author", [
    ("Thảo luận trong 'Dịch vụ trực tuyến' bắt đầu bởi cuLong, 14/12/12.", "cuLong"),  # tinhte (held-out page)
    ("Bắt đầu bởi Hoàng Nam, 03/05/2021", "Hoàng Nam"),  # invented
    ("Cuộc thi được bắt đầu bởi một nhóm sinh viên, năm 2019 đã có hơn 300 đội tham gia.", None),
    ("Sửa lần cuối bởi levuongthinh, 14/12/12", None),  # an editor, not the author
])
def test_a_forum_thread_header_names_its_starter(line, author):
    found = credits.credit(line)
    assert (found == ("thread_starter", author, None)) if author else (found is None or found[0] != "thread_starter")


def test_a_byline_naming_writer_and_photographer_is_no_caption():
    # baohaiphong (2021, a blind held-out page) signs the story under its last paragraph
    line = "Tin: Tường Minh - Ảnh: Đỗ Hiền"
    assert credits.credit(line) == ("text_and_photo", "Tường Minh", None)
    from boilerstrip.pipeline import run_rules
    found = run_rules(make_blocks([line]))
    assert found[0].label is Label.BYLINE  # though rules.captions reads a photo credit at its end
    assert credits.credit("Tin: Hà Nội mưa lớn") is None  # no photographer: not this rule's


@pytest.mark.parametrize("line, expected", [
    ("Tác giả Anh Hoa / baodautu.vn", ("byline_label", "Anh Hoa", "baodautu.vn")),  # tinnhanhck, blind held-out
    ("Tác giả Anh Hoa", ("byline_label", "Anh Hoa", None)),
    ("Tác giả của cuốn sách là một nhà báo", None),  # no name after the label
])
def test_the_author_label_without_its_colon(line, expected):
    assert credits.credit(line) == expected


def test_a_name_over_a_lowercase_domain_and_a_credit_naming_the_story():
    # suckhoeviet (2023, a blind held-out page) ends with the taken story's headline as its
    # "source", then the writer and the outlet's domain
    assert credits.credit("Vân Anh/dulich.petrotimes.vn") == ("name_outlet", "Vân Anh", "dulich.petrotimes.vn")
    assert credits.credit("Nguồn: Mách bạn cách ăn tối chuẩn để có vòng eo 'con kiến', giảm 0,5kg/ngày") == ("nguon", None, None)
    assert credits.credit("Nguồn: Trung tâm Kiểm soát bệnh tật Hà Nội") == ("nguon", None, "Trung tâm Kiểm soát bệnh tật Hà Nội")


def test_a_sentence_about_a_group_of_reporters_is_no_byline():
    assert credits.credit("Nhóm phóng viên đã có mặt tại hiện trường") is None


@pytest.mark.parametrize("word", ["Có", "Không", "Năm", "Tháng", "Ngày", "Mới"])
def test_a_common_word_alone_is_no_pen_name(word):
    # a poll's answers and a date picker's labels are capitalised one-word lines too
    assert not credits.looks_like_person(word)


@pytest.mark.parametrize("page, name", [("myfeed-vnexpress1", "Trung"), ("myfeed-vnexpress2-ione", "Papai")])
def test_a_one_word_pen_name_is_still_a_name(page, name):
    assert_real(page, name)
    assert credits.looks_like_person(name)


@pytest.mark.parametrize("line", ["Phóng viên: Thưa ông, dự án này sẽ hoàn thành khi nào?",
                                  "Phóng viên: Xin ông cho biết thêm về kế hoạch này."])
def test_an_interviewers_turn_is_no_byline(line):
    # interviews label the reporter's questions "Phóng viên:"; a question is a sentence
    assert credits.credit(line) is None
