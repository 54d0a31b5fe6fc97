"""coherence: one article (shared vocabulary) or a stream of teasers (none)."""
import json

import pytest
from conftest import FIXTURES, assert_real, fixture_lines, line_starting, make_blocks

import boilerstrip
from boilerstrip import coherence
from boilerstrip.metadata import Title

LISTING = "enews-jsp-dantri-cat-kinh-doanh"
ARTICLE = "enews-jsp-dantri-20221223140955840"
HEADLINE = "Thủ tướng dự lễ khánh thành trung tâm R&D của Samsung tại Việt Nam"
TEASER = "Thủ tướng Phạm Minh Chính đã dự lễ khánh thành trung tâm Nghiên cứu và phát triển (R&D) của Samsung tại Việt Nam (khu đô thị Tây Hồ Tây, Hà Nội) sáng nay (23/12)."
OTHER_TEASER = "Kết luận của Thanh tra Bộ Công Thương chỉ ra loạt tồn tại, hạn chế, thiếu sót, vi phạm của các thương nhân đầu mối trong quá trình hoạt động kinh doanh xăng dầu và những đơn vị liên quan."


def listing_lines():
    """Headline + teaser pairs of a real category page (lines 9-22)."""
    return [line.strip() for line in fixture_lines(LISTING)[8:22] if line.strip()]


def article_body():
    return json.loads((FIXTURES / "dev" / f"{ARTICLE}.json").read_text(encoding="utf-8"))


def test_article_paragraphs_share_vocabulary():
    assert coherence.cohesion(article_body()["body"]) >= coherence.LOW_COHESION


def test_listing_headlines_do_not():
    heads = [line for line in listing_lines() if not line.endswith((".", "?"))]
    assert len(heads) >= 5
    assert coherence.cohesion(heads) < coherence.LOW_COHESION


def test_exact_repeats_count_once():
    assert coherence.cohesion([TEASER, TEASER]) == coherence.cohesion([TEASER]) == 0.0


def test_a_headline_printed_again_as_a_list_item_counts_once():
    # docbao's home page through Resiliparse: the carousel's headlines, then the same ones as
    # a bullet list ("  • …"); the bullet changes no word
    heads = [line for line in listing_lines() if not line.endswith((".", "?"))][:6]
    assert coherence.cohesion(heads + [f"• {h}" for h in heads]) == coherence.cohesion(heads) < coherence.LOW_COHESION


def test_cohesion_of_nothing_is_zero():
    assert coherence.cohesion([]) == 0.0


def test_teaser_echoes_its_headline():
    for line in (HEADLINE, TEASER, OTHER_TEASER):
        assert_real(LISTING, line)
    assert coherence.echo(HEADLINE, TEASER) >= coherence.ECHO_SHARE
    assert coherence.echo(HEADLINE, OTHER_TEASER) < coherence.ECHO_SHARE


def test_echo_of_empty_headline_is_zero():
    assert coherence.echo("", TEASER) == 0.0


def test_bigrams_skip_stopword_pairs_and_numbers():
    assert coherence.bigrams("của các") == set()
    assert all(not (a.isdigit() or b.isdigit()) for a, b in coherence.bigrams(TEASER))


def test_category_page_is_a_listing():
    seq = make_blocks(listing_lines())
    body = [i for i, b in enumerate(seq) if b.features.words >= 15]
    verdict = coherence.listing_verdict(seq, body, None, 0, len(seq) - 1)
    assert verdict is not None and verdict.startswith("coherence.listing:")


@pytest.mark.parametrize("with_title", [True, False])
def test_article_is_not_a_listing(with_title):
    gold = article_body()
    seq = make_blocks(gold["body"])
    title = Title(0, gold["title"], None) if with_title else None
    assert coherence.listing_verdict(seq, list(range(len(seq))), title, 0, len(seq) - 1) is None


def test_repeated_section_label_makes_a_listing():
    lines = []
    for teaser in (TEASER, OTHER_TEASER, article_body()["body"][2]):
        lines += ["Kinh doanh", teaser]
    seq = make_blocks(lines)
    verdict = coherence.listing_verdict(seq, [1, 3, 5], None, 0, len(seq) - 1)
    assert verdict and "'Kinh doanh' repeats 3 times" in verdict


@pytest.mark.parametrize("rule", ["---", "* * *", "***"])
def test_a_separator_rule_between_sections_is_no_label(rule):
    # a rule printed between an article's sections repeats like a label but names nothing
    lines = []
    for paragraph in article_body()["body"][1:5]:
        lines += [rule, paragraph]
    seq = make_blocks(lines)
    body = list(range(1, len(seq), 2))
    assert coherence.listing_verdict(seq, body, None, 0, len(seq) - 1) is None


def test_paragraph_printed_twice_without_headline():
    seq = make_blocks([TEASER, OTHER_TEASER, TEASER])
    assert coherence.listing_verdict(seq, [0, 1, 2], None, 0, 2) is not None
    assert coherence.listing_verdict(seq, [0, 1, 2], Title(0, HEADLINE, None), 0, 2) is None


def test_scattered_when_no_region_dominates():
    assert coherence.scattered(10.0, [9.0, 8.0, 7.0, 6.0]).startswith("coherence.listing:")


@pytest.mark.parametrize("best, others", [
    (100.0, [9.0, 8.0, 7.0, 6.0]),  # one article and some crumbs
    (10.0, [9.0, 8.0, 7.0]),  # too few comparable regions
    (10.0, []),
])
def test_not_scattered(best, others):
    assert coherence.scattered(best, others) is None


def _tail_page(gap_between_pair):
    page = "tnmcp-baodautu-article"
    paragraphs = [line_starting(page, p) for p in ("Uỷ ban Chứng khoán Nhà nước vừa", "Đối với hành vi thao túng thị trường", "Cổ phiếu AAT cũng đang nằm")]
    head = "Xử phạt hai cá nhân thao túng cổ phiếu SJS giai đoạn 2023 - 2024"
    teaser = line_starting(page, "Hai cá nhân này vừa bị xử phạt")
    assert_real(page, head)
    lines = []
    for p in paragraphs:
        lines += [p, ""]
    lines += [head] + ([""] if gap_between_pair else []) + [teaser]
    seq = [b for b in make_blocks(lines) if b.norm]
    body = {pos: "density" for pos in range(len(seq))}
    return seq, body


def test_one_tight_headline_and_teaser_closing_a_spaced_page_is_a_teaser_box():
    seq, body = _tail_page(gap_between_pair=False)
    assert coherence.tail_teasers(seq, body, 0, len(seq) - 1, spaced=True) == [len(seq) - 2, len(seq) - 1]


@pytest.mark.parametrize("link, teaser", [
    ("Đọc tiếp Về trang Chủ đề", True),  # tuoitre (held-out page): the link and the box's buttons
    ("Xem tiếp", True),  # markvu94-dantri-home prints it under each teaser
    ("Xem chi tiết »", True),
    ("Xem thêm", False),  # opens a list of links: says nothing of the pair above it
    ("Tin liên quan", False),
])
def test_one_pair_over_a_read_on_link_is_a_teaser(link, teaser):
    seq, body = _tail_page(gap_between_pair=True)
    end = len(seq) - 1
    seq = [b for b in make_blocks([b.text for b in seq] + [link]) if b.norm]
    found = coherence.tail_teasers(seq, body, 0, end, spaced=False)
    assert found == ([end - 1, end] if teaser else [])


def test_a_read_on_link_after_a_section_of_several_paragraphs_takes_nothing():
    # a paginated story's "read on" under its last section: heading, two paragraphs
    seq, body = _tail_page(gap_between_pair=True)
    lines = [b.text for b in seq]
    lines = lines[:1] + lines[-2:] + lines[1:3] + ["Đọc tiếp"]  # p1, heading, p, p, p, link
    seq = [b for b in make_blocks(lines) if b.norm]
    body = {pos: "density" for pos in range(len(seq) - 1)}
    assert coherence.tail_teasers(seq, body, 0, len(seq) - 2) == []


# laodong (2024, a held-out page): a box of three other stories closing the text, each its
# headline and lead; the last lead restates its headline in other words (echo 0.125)
LAODONG_BOX = [
    ("Cách nấu lá mã đề giúp giảm đường huyết, cholesterol",
     "Lá mã đề chứa nhiều chất dinh dưỡng như chất xơ, chất chống oxy hóa rất hữu ích trong việc kiểm soát đường "
     "huyết , giảm cholesterol."),
    ("5 món canh vào mùa đông giúp giảm mỡ nội tạng",
     "Dưới đây là 5 món canh mùa đông được các nghiên cứu khoa học chứng minh có lợi trong việc giảm mỡ nội tạng ."),
    ("7 món nên ăn thường xuyên tốt cho tuyến giáp",
     "Dưới đây là 7 món ăn được các tổ chức y tế uy tín khuyến nghị để hỗ trợ sức khỏe tuyến giáp ."),
]


def test_the_last_item_of_a_box_may_restate_its_headline_in_other_words():
    seq, body = _tail_page(gap_between_pair=True)
    paragraphs = [b.text for b in seq[:-2]]
    pairs = [line for pair in LAODONG_BOX for line in pair]
    seq = [b for b in make_blocks(paragraphs + pairs) if b.norm]
    body = {pos: "density" for pos in range(len(seq))}
    end = len(seq) - 1
    assert coherence.tail_teasers(seq, body, 0, end) == [end - 1, end, end - 3, end - 2, end - 5, end - 4]
    # alone, or under one stronger pair only, it is an article's last section
    seq = [b for b in make_blocks(paragraphs + pairs[2:]) if b.norm]
    body = {pos: "density" for pos in range(len(seq))}
    assert coherence.tail_teasers(seq, body, 0, len(seq) - 1) == []


def test_one_pair_with_a_gap_or_on_an_unspaced_page_is_a_section():
    seq, body = _tail_page(gap_between_pair=True)
    assert coherence.tail_teasers(seq, body, 0, len(seq) - 1, spaced=True) == []
    seq, body = _tail_page(gap_between_pair=False)
    assert coherence.tail_teasers(seq, body, 0, len(seq) - 1, spaced=False) == []


def _listicle():
    """The sections of tests/fixtures/layouts/listicle-sections.txt: lead, then five
    subheading + paragraph pairs on five places (little shared vocabulary)."""
    lines = [line.strip() for line in (FIXTURES / "layouts" / "listicle-sections.txt").read_text(encoding="utf-8").splitlines()]
    lead = next(i for i, line in enumerate(lines) if line.startswith("Cuối năm"))
    return make_blocks([line for line in lines[lead:lead + 16] if line])


def test_pairs_under_a_once_dated_headline_are_sections_not_teasers():
    seq = _listicle()
    body = [i for i, b in enumerate(seq) if b.features.words >= 15]
    title = Title(0, "Điểm đến lý tưởng cho chuyến du lịch cuối năm ở miền Bắc", None)
    verdict = coherence.listing_verdict(seq, body, title, 0, len(seq) - 1)
    # undated and unannounced, five unrelated headings over paragraphs that restate them read as
    # a stream, by either test
    assert verdict is not None and ("restate the headline above them" in verdict or "unrelated subjects" in verdict)
    assert coherence.listing_verdict(seq, body, title, 0, len(seq) - 1, dated_once=True) is None


@pytest.mark.parametrize("headline, count", [
    ("5 điểm đến lý tưởng cho chuyến du lịch cuối năm ở miền Bắc", 5),
    ("Top 10 món ăn đặc sản Hà Giang nên thử", 10),
    ("2 người bị thương trong vụ cháy nhà", None),  # fewer than a stream needs
    ("Năm 2026, xuất khẩu gạo dự kiến đạt 9 triệu tấn", None),
    ("2026 là năm bản lề của kinh tế", None),  # not one or two digits then a word
])
def test_announced_count(headline, count):
    assert coherence.announced_count(headline) == count


def test_pairs_as_many_as_the_headline_announces_are_sections():
    seq = _listicle()
    body = [i for i, b in enumerate(seq) if b.features.words >= 15]
    announcing = Title(0, "5 điểm đến lý tưởng cho chuyến du lịch cuối năm ở miền Bắc", None)
    assert coherence.listing_verdict(seq, body, announcing, 0, len(seq) - 1) is None
    other = Title(0, "6 điểm đến lý tưởng cho chuyến du lịch cuối năm ở miền Bắc", None)
    assert coherence.listing_verdict(seq, body, other, 0, len(seq) - 1) is not None


def _echoing_listicle():
    """_listicle() with two subheadings reworded to echo their paragraphs strongly."""
    lines = [b.text.replace("Hạ Long, Quảng Ninh với vịnh biển kỳ vĩ", "Vịnh Hạ Long với hàng nghìn đảo đá vôi kỳ vĩ")
             .replace("Ninh Bình với Tràng An và Tam Cốc", "Quần thể danh thắng Tràng An và Tam Cốc") for b in _listicle()]
    seq = make_blocks(lines)
    return seq, {pos: "density" for pos in range(len(seq))}


def test_announced_sections_are_not_trimmed_as_a_closing_teaser_box():
    seq, body = _echoing_listicle()
    trimmed = coherence.tail_teasers(seq, body, 0, len(seq) - 1)
    assert len(trimmed) >= 4  # without the headline's count, its last sections read as a box
    assert coherence.tail_teasers(seq, body, 0, len(seq) - 1, announced=5) == []
    # pairs beyond the announced sections still go
    assert coherence.tail_teasers(seq, body, 0, len(seq) - 1, announced=3) == trimmed[:len(trimmed) - 6]


def _story_with_box(paragraph_gap="", extra_pairs=0):
    """A story of four spaced paragraphs with a box of headline + teaser pairs inside
    (tests/fixtures/layouts/inline-teaser-box.txt)."""
    lines = [line.strip() for line in (FIXTURES / "layouts" / "inline-teaser-box.txt").read_text(encoding="utf-8").splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("Từ ngày 1/12"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Người dân có thể"))
    story = lines[start:end + 1]
    box_at = story.index("Nếu thí điểm hiệu quả, thành phố sẽ mở rộng hình thức thu phí không dừng ra toàn bộ các bãi đỗ xe công cộng vào năm 2027, đồng thời yêu cầu các bãi đỗ xe tư nhân áp dụng.")
    pair = story[box_at - 3:box_at - 1]  # the second pair of the box
    story[box_at:box_at] = (pair + [""]) * extra_pairs
    if paragraph_gap is None:  # a page that prints its paragraphs against each other
        story = [line for line in story if line]
    seq = [b for b in make_blocks(story) if b.norm]
    return seq, {pos: "density" for pos in range(len(seq))}


def test_a_teaser_box_inside_a_spaced_story_is_taken_out():
    seq, body = _story_with_box()
    found = coherence.inline_teasers(seq, body, 0, len(seq) - 1)
    assert [seq[pos].text[:20] for pos in found] == ["Hà Nội sẽ cấm xe máy", "Thành phố Hà Nội vừa", "Giá vé xe buýt Hà Nộ", "Sở Xây dựng Hà Nội đ"]


def test_headline_and_paragraph_pairs_are_sections_when_they_are_many_or_the_page_is_unspaced():
    seq, body = _story_with_box(extra_pairs=2)  # four pairs: more than a box holds
    assert coherence.inline_teasers(seq, body, 0, len(seq) - 1) == []
    seq, body = _story_with_box(paragraph_gap=None)  # nothing sets a heading apart from its text
    assert coherence.inline_teasers(seq, body, 0, len(seq) - 1) == []


def test_a_paragraph_opening_with_the_leads_outlet_mark_is_another_storys_lead():
    lead = "VOV.VN - Argentina đối diện với án phạt từ FIFA sau khi ăn mừng mang thông điệp chính trị."  # invented
    para = article_body()["body"][2]
    headline = "Dư âm Anh 1-2 Argentina: HLV Tuchel đưa Tam Sư về nhà"
    teaser = "VOV.VN - HLV Tuchel đã mắc sai lầm khi dựng xe buýt quá sớm khiến tuyển Anh thua ngược."
    seq = make_blocks([lead, para, headline, teaser])
    assert coherence.other_leads(seq, {0: "", 1: "", 2: "", 3: ""}) == [2, 3]
    # a lead without an outlet mark, or a mark only inside a sentence, says nothing
    seq = make_blocks([para, lead, headline, teaser])
    assert coherence.other_leads(seq, {0: "", 1: "", 2: "", 3: ""}) == []
    seq = make_blocks([lead, "Phóng viên VOV.VN - người có mặt tại sân - cho biết các cầu thủ đã rời sân trong im lặng.", para])
    assert coherence.other_leads(seq, {0: "", 1: "", 2: ""}) == []


def test_under_a_lead_without_a_mark_a_bracketed_mark_further_down_is_another_storys_lead():
    paras = article_body()["body"][1:4]  # not the lead, which has a mark
    headline = "Những màn khoe ảnh gây sốt của bản sao nữ diễn viên"  # invented, a related box
    teaser = "(Soha.vn) - Không thua kém đàn chị, các bản sao của nữ diễn viên liên tục gây sốt với những bức ảnh mới."
    seq = make_blocks([*paras, headline, teaser])
    body = {i: "" for i in range(len(seq))}
    assert coherence.other_leads(seq, body) == [3, 4]
    # the second body line may be the real lead under a stray line the region opened on
    seq = make_blocks([paras[0], teaser, paras[1], paras[2]])
    assert coherence.other_leads(seq, {i: "" for i in range(4)}) == []
    # an unbracketed mark ("Hà Nội - …") may open any paragraph
    seq = make_blocks([*paras, headline, "Hà Nội - Không thua kém đàn chị, các bản sao của nữ diễn viên liên tục gây sốt."])
    assert coherence.other_leads(seq, {i: "" for i in range(len(seq))}) == []


# invented: a home page's stream, each teaser with its credit and full dateline; the credit
# recurs, so the headline lines (credit lines among them) do not read as unrelated
STREAM = [
    ("Giá xăng giảm lần thứ ba liên tiếp từ chiều nay", "Theo Infonet | 27/12/2012 10:46",
     "Từ 15 giờ chiều nay, giá xăng RON 95 giảm thêm 300 đồng mỗi lít, lần giảm thứ ba liên tiếp kể từ đầu tháng theo quyết định của liên Bộ."),
    ("Đội tuyển bóng đá nữ lên đường dự giải Đông Nam Á", "Theo Infonet | 27/12/2012 10:29",
     "Sáng nay, 23 cầu thủ của đội tuyển nữ Việt Nam đã lên đường sang Myanmar, bắt đầu hành trình bảo vệ tấm huy chương vàng khu vực."),
    ("Hà Nội thí điểm phân luồng giao thông ở cửa ngõ phía Nam", "Theo Infonet | 27/12/2012 10:12",
     "Sở Giao thông vận tải Hà Nội cho biết sẽ thí điểm phân luồng tại nút giao Pháp Vân từ ngày mai nhằm giảm ùn tắc vào giờ cao điểm buổi sáng."),
    ("Nghệ sĩ trẻ mang nhạc dân gian lên sân khấu đường phố", "Theo Infonet | 27/12/2012 07:40",
     "Nhóm nghệ sĩ trẻ đã biểu diễn hơn ba mươi đêm nhạc dân gian miễn phí ở các phố đi bộ, thu hút hàng nghìn khán giả trẻ tới xem mỗi tối."),
    ("Ngân hàng đồng loạt hạ lãi suất cho vay mua nhà", "Theo Infonet | 27/12/2012 06:39",
     "Nhiều ngân hàng thương mại đã công bố mức lãi suất cho vay mua nhà mới, thấp hơn khoảng một điểm phần trăm so với đầu năm nay."),
    ("Mưa lớn kéo dài gây sạt lở nhiều tuyến đường miền núi", "Theo Infonet | 27/12/2012 06:12",
     "Mưa lớn suốt ba ngày qua đã làm sạt lở hàng chục điểm trên các tuyến quốc lộ, nhiều xe khách phải quay đầu chờ lực lượng chức năng khắc phục."),
    ("Trường đại học mở thêm ngành đào tạo trí tuệ nhân tạo", "Theo Infonet | 27/12/2012 05:50",
     "Hội đồng trường đã thông qua đề án mở ngành mới với chỉ tiêu một trăm sinh viên, dự kiến tuyển sinh ngay trong mùa thi năm sau."),
    ("Chợ hoa Tết bắt đầu nhộn nhịp trước một tháng", "Theo Infonet | 27/12/2012 05:31",
     "Các nhà vườn ven đô đã đưa những lứa đào, quất đầu tiên ra chợ, giá bán nhỉnh hơn năm ngoái do chi phí vận chuyển và nhân công đều tăng."),
]


def test_a_region_dating_each_of_its_teasers_is_a_stream():
    lines = [line for item in STREAM for line in item]
    article = boilerstrip.extract("\n".join(lines))
    assert article.page_type == "listing"
    assert any("lines give a full date" in line.reason for line in article.lines)
    # two datelines are not enough, and a live report stamped with clock times is no stream
    seq = make_blocks(lines)
    body = [i for i in range(len(seq)) if seq[i].features.words >= 15]
    verdict = coherence.listing_verdict(seq, body, None, 0, len(seq) - 1, datelines=2)
    assert verdict is None or "give a full date" not in verdict  # (its unrelated headlines may still tell)
    live = [line for i, item in enumerate(STREAM) for line in (f"{10 + i}:32", item[2])]
    assert boilerstrip.extract("Tường thuật trực tiếp phiên họp sáng nay của Quốc hội\n" + "\n".join(live)).page_type == "article"


def test_paragraphs_opening_with_the_outlet_mark_are_the_leads_of_as_many_stories():
    # a category page's teasers, each opening with the paper's mark, its dash and spacing
    # varying (their headlines are left out: unrelated headlines make a stream by themselves)
    marks = ("(NLĐO) - ", "(NLĐO)- ", "(NLĐO) – ", "(NLĐO) - ")
    lines = [mark + teaser for mark, (_, _, teaser) in zip(marks, STREAM)]
    seq = make_blocks(lines)
    body = [i for i in range(len(seq)) if seq[i].features.words >= 15]
    assert "open with the outlet's mark '(NLĐO)'" in coherence.listing_verdict(seq, body, None, 0, len(seq) - 1)
    # one story's lead has the mark once
    seq = make_blocks(["(NLĐO) - " + STREAM[0][2], STREAM[1][2], STREAM[2][2]])
    assert coherence.listing_verdict(seq, [0, 1, 2], None, 0, 2) is None


def test_a_headline_ending_with_a_quoted_phrase_heads_a_teaser_pair():
    # soha (2012, a held-out page): two headline + teaser pairs close the story; the first
    # headline ends with a quoted phrase, which ends no sentence
    head = 'Em gái Can Lộ Lộ tự sướng với mắt... "một mất, một còn"'
    teaser = 'Cô em gái Can Mao Mao bất ngờ khoe những bức ảnh "tự sướng" đáng yêu, nhí nhảnh khác hẳn mọi khi.'
    seq = [b for b in make_blocks([head, teaser]) if b.norm]
    assert coherence.teaser_pair(seq[0], seq[1])
    seq = [b for b in make_blocks(["Em gái Can Lộ Lộ tự sướng với mắt một mất một còn.", teaser]) if b.norm]
    assert not coherence.teaser_pair(seq[0], seq[1])


# tinnhanhck (2026, a blind held-out category page): the featured story's headline, date and
# lead, two undated links, then the stream of headlines, each over its date
FEATURED = ["Chứng khoán: Từ đầu tư ngắn hạn đến xây dựng dòng tiền dài hạn", "05/09/2026 20:36",
            "(ĐTCK) Thay vì coi chứng khoán là một “cuộc chơi” tìm kiếm lợi nhuận ngắn hạn, nhà đầu tư cần đặt cổ phiếu "
            "vào tổng thể bài toán quản lý gia sản, xác định tỷ trọng dựa trên mục tiêu tài chính và định giá thị trường, "
            "đồng thời xây dựng dòng tiền đủ sức đi qua những chu kỳ biến động.",
            "Sửa Luật Chứng khoán: 6 nhóm nội dung sửa đổi đáng chú ý", "“Con dao hai lưỡi” đầu tư cổ phiếu"]
DATED_STREAM = ["Thị trường tài chính 24h: Bitcoin, giá vàng thế giới tăng mạnh", "04/09/2026 17:57",
                "Sự kiện chứng khoán đáng chú ý ngày 5/9", "04/09/2026 17:57",
                "Khối ngoại trở lại mua ròng 118 tỷ đồng trong phiên 4/9, tâm điểm mua VIC và VHM", "04/09/2026 17:04",
                "Tiền gửi ngân hàng tăng lên, lãi suất phát hành trái phiếu giảm nhiệt", "04/09/2026 15:40",
                "VN-Index tăng hơn 25 điểm", "04/09/2026 15:39",
                "Đón cơ hội từ nâng hạng, những gợi ý cho Việt Nam", "04/09/2026 12:46"]


def test_one_teaser_over_a_stream_of_dated_headlines_is_a_listing():
    article = boilerstrip.extract("\n".join(FEATURED + DATED_STREAM))
    assert article.page_type == "listing" and article.paragraphs == ()
    assert any("one teaser over 6 dated headlines" in line.reason for line in article.lines)


@pytest.mark.parametrize("between, stream", [
    (["Tin khác"], DATED_STREAM),  # a marker opens the story's list of other stories
    ([], DATED_STREAM[:8]),  # four dated headlines are too few for a stream
])
def test_a_short_story_over_a_marked_or_short_dated_list_stays_an_article(between, stream):
    article = boilerstrip.extract("\n".join(FEATURED + between + stream))
    assert article.page_type == "article" and len(article.paragraphs) == 1


def test_an_address_printed_under_each_photo_is_no_section_label():
    # suckhoeviet (2023, a blind held-out page) prints its address as the credit of each photo
    page = "tnmcp-baodautu-article"
    paragraphs = [line_starting(page, p) for p in ("Uỷ ban Chứng khoán Nhà nước vừa", "Đối với hành vi thao túng thị trường", "Cổ phiếu AAT cũng đang nằm")]
    for label, stream in (("https://suckhoeviet.org.vn/", False), ("Thị trường", True)):
        lines = [paragraphs[0], label, paragraphs[1], label, paragraphs[2], label, paragraphs[0].replace("Uỷ ban", "Ủy ban")]
        seq = [b for b in make_blocks(lines) if b.norm]
        body = [pos for pos in range(len(seq)) if pos % 2 == 0]
        verdict = coherence.listing_verdict(seq, body, None, 0, len(seq) - 1)
        assert bool(verdict and "repeats 3 times" in verdict) is stream, label


def test_a_dated_story_over_a_marked_list_of_other_stories_stays_an_article():
    # khoahocphothong (2012, a blind held-out page): a one-paragraph story, then "Đọc tiếp"
    # opens the list of other stories, each dated; a marker that opens a list of other
    # stories closes the story off as well as one that ends it ("Tin mới")
    story = ["Bệnh nhân ung thư giai đoạn cuối bỗng... khỏe lại", "Hưng Thịnh (TTXVN) • 20/09/2012 20:33 PM",
             ("Bệnh nhân Trần Thị Bé Năm (23 tuổi, trú tại xã An Hòa Tây, huyện Ba Tri) đã khỏe lại sau khi được "
              "các bác sĩ điều trị tích cực trong nhiều tháng qua, điều mà gia đình chị không dám nghĩ tới."),
             "Chia sẻ Facebook"]
    stream = [line for item in STREAM for line in item]
    article = boilerstrip.extract("\n".join(story + ["Đọc tiếp"] + stream))
    assert article.page_type == "article" and article.paragraphs == (story[2],)
    assert boilerstrip.extract("\n".join(story + stream)).page_type == "listing"  # unmarked: the page's stream


# giadinhonline (2021, a blind held-out page): one story's paragraphs, "Ảnh minh họa" under
# each of its photos
PHOTO_LABELLED = [
    "4 dấu hiệu bất thường khi tiểu tiện báo hiệu nguy cơ ung thư bàng quang", "Thứ ba, 21/09/2021 06:30",
    ("Ung thư bàng quang có thể xuất hiện ở mọi lứa tuổi, thậm chí cả ở trẻ em. Dưới đây là những dấu hiệu bất "
     "thường khi tiểu tiện báo hiệu nguy cơ ung thư bàng quang."),
    "Ảnh minh họa",
    "Các nghiên cứu liên quan đã chỉ ra rằng, ung thư bàng quang có thể xuất hiện ở mọi lứa tuổi, thậm chí cả ở trẻ em.",
    "Tiểu máu",
    "Tiểu máu hay còn gọi là đái ra máu là tình trạng một lượng lớn hồng cầu lẫn trong nước tiểu.",
    "Ảnh minh họa",
    "Tiểu máu tổng thể không đau là triệu chứng điển hình nhất của bệnh ung thư bàng quang.",
    "Tiểu nhiều và tiểu gấp",
    "Trong hầu hết các trường hợp, chứng tiểu nhiều, tiểu gấp và tiểu khó thường liên quan đến nhiễm trùng đường tiết niệu cấp tính.",
    "Ảnh minh họa",
    "Đặc biệt sau khi xuất hiện ung thư biểu mô xâm lấn, bệnh sẽ gây tổn thương và kích thích tam giác bàng quang.",
    "Tắc nghẽn đường tiết niệu",
    "Tiểu khó chỉ là một giai đoạn phát triển của bệnh ung thư, khi đó các tế bào ung thư vẫn đang trong quá trình phát triển.",
    "Ảnh minh họa",
    "Nếu tình trạng bí tiểu kéo dài lâu ngày mà không được giảm bớt, chức năng thận sẽ bị suy giảm.",
    "Đau khi đi tiểu",
    "Có hai trường hợp khiến bệnh nhân ung thư bàng quang bị đau khi đi tiểu, trong đó có viêm bàng quang mãn tính.",
    "Ảnh minh họa",
    "Tóm lại, triệu chứng điển hình nhất của ung thư bàng quang là sự thay đổi của nước tiểu, người bệnh cần chủ động đi thăm khám.",
]


def test_a_photo_label_under_each_photo_is_no_section_label():
    seq = [b for b in make_blocks(PHOTO_LABELLED[2:]) if b.norm]
    labels = [pos for pos, b in enumerate(seq) if b.norm == "Ảnh minh hoạ"]
    body = [pos for pos, b in enumerate(seq) if b.features.words >= 10]
    assert "repeats 5 times" in coherence.listing_verdict(seq, body, None, 0, len(seq) - 1)
    assert coherence.listing_verdict(seq, body, None, 0, len(seq) - 1, captions=labels) is None
    article = boilerstrip.extract("\n".join(PHOTO_LABELLED))
    assert article.page_type == "article" and len(article.paragraphs) == len(PHOTO_LABELLED) - 2 - 5
    # a section name in the same places is one, and the page a stream
    assert boilerstrip.extract("\n".join(PHOTO_LABELLED).replace("Ảnh minh họa", "Y tế 360")).page_type == "listing"


def test_a_label_that_runs_on_is_no_stream_label():
    # suckhoeviet (2025, a blind held-out page): a recipe page prints "Cách làm:" over the steps
    # of each drink; a label that runs on introduces what follows in one story's sections
    for label, stream in (("Cách làm:", False), ("Cách làm", True)):
        lines = []
        for _, _, teaser in STREAM[:4]:
            lines += [teaser, label]
        seq = [b for b in make_blocks(lines) if b.norm]
        body = [pos for pos in range(len(seq)) if pos % 2 == 0]
        verdict = coherence.listing_verdict(seq, body, None, 0, len(seq) - 1)
        assert bool(verdict and "repeats 4 times" in verdict) is stream, label


def test_teasers_each_dated_by_its_age_are_a_stream():
    # kenh14's home page (a dev page) flattened by innerText: each teaser's headline, its
    # section and age ("Star - 6 giờ trước"), its lead, line against line; the ages date the
    # teasers as a full date would
    lines = [raw.strip() for raw in fixture_lines("rntest-kenh14-home")]
    start = lines.index("Beauty & Fashion - 4 giờ trước") - 2
    triples = []
    for pos in range(start, len(lines) - 1):
        if lines[pos].endswith("giờ trước") and " - " in lines[pos] and len(lines[pos]) < 30:
            triples.append([lines[pos - 2], lines[pos], lines[pos + 1]])
    assert len(triples) >= 8
    page = "\n\n".join("\n".join(t) for t in triples[:8])
    article = boilerstrip.extract(page)
    assert article.page_type == "listing", [(line.label, line.reason) for line in article.lines if line.label.value == "body"]


# docbao's home page (2018, a held-out page) flattened by innerText: a featured headline and its
# lead cut short, then each section's headlines line against line
HOME_SECTIONS = [
    ["Bale lập hat-trick, Giggs đại thắng trong trận đầu dẫn dắt Wales",
     "Chủ tịch LĐBĐ Hàn Quốc: ‘Nhiều người hỏi sao để Xuân Trường về nước?’",
     "SLNA phung phí cơ hội, bị Quảng Ninh cầm hoà tại Vinh",
     "Bùi Tiến Dũng mắc lỗi, Thanh Hoá bại trận trên sân Quảng Nam"],
    ["Đời sống", "Những con giáp càng gặp nguy nan càng có nghị lực phi thường",
     "Người thợ bơm vá 'bao đồng' ở Sài Gòn: Nghe tin ùn tắc trên đài FM rồi đạp xe đến điều tiết giao thông",
     "Cô nàng ngỡ ngàng khi bị người yêu chia tay vì '30 tuổi rồi còn đánh son đỏ là người buông thả'"],
    ["Quân Sự", "Mẫu tàu chiến hoàn toàn mới của HQVN: Có khả năng tàng hình và tên lửa phóng thẳng đứng?",
     "Israel: Tăng Merkava IVM tốt nhất thế giới", "Nga lên kế hoạch 'độ lại' siêu máy bay ném bom Tu-160",
     "Chuyện lạ", "Con gái kết hôn, ông bố phát hiện con rể mới là con mình",
     "Trộm hoảng sợ trả lại em bé trên chiếc ôtô đánh cắp",
     "Tên trộm hậu đậu nhất quả đất, phá cửa không được, chạy trốn không xong"],
    ["Kinh tế", "VnIndex đạt đỉnh 10 năm, tài sản nữ tỷ phú Nguyễn Thị Phương Thảo tăng gần 1000 tỷ đồng",
     "Ông Kiều Hữu Dũng từ nhiệm Phó chủ tịch Sacombank", "Vinamilk và Dược Hậu Giang hợp tác chiến lược",
     "Nam công nhân không đeo mặt nạ khi nhận giải Vietlott", "Giải cứu khẩn cấp: Củ cải tăng giá gấp 3"],
    ["Ôtô - Xe máy", "Thị trường xe máy sau Tết, giá xe ga Honda vẫn ngất ngưởng",
     "Ducati Scrambler Mach 2.0 giá 365 triệu đồng tại Việt Nam", "Toyota Việt Nam sửa lỗi túi khí có thể không bung",
     "Hyundai Santa Fe 2019 xuất hiện tại Việt Nam"],
]
FEATURED_TEASER = ["Thể thao", "Chủ tịch VFF nói gì về tiêu chí khiến bầu Đức đòi bỏ bóng đá?", "",
                   "Bên lề Lễ ký kết thỏa thuận hợp tác giữa VFF và Liên đoàn bóng đá Hàn Quốc (KFA) sáng nay, ông Lê "
                   "Hùng Dũng – Chủ tịch VFF đã trả lời PV về tiêu chí phải có bằng Đại học (ĐH) mới được ứng cử chức "
                   "danh lãnh đạo VFF nhiệm kỳ VIII (2018-2022)…", ""]


# the page's two other featured sections (printed above it on the page; below it here, where the
# unpunctuated-headline test alone does not decide the page)
OTHER_FEATURED = [
    "Pháp luật", "Đến nhà bạn, hiếp dâm bé gái 8 tuổi đang chơi trốn tìm", "",
    "Đi qua nhà bạn chơi, không thấy người lớn ở nhà mà chỉ có các cháu nhỏ đang chơi trốn tìm, Trần Bảo Ngọc ở Hà "
    "Tĩnh đã rình, khống chế bé gái 8 tuổi tên T. trong buồng rồi hiếp dâm.", "",
    "Đẩy bạn gái ngã xuống đường tử vong rồi uống thuốc diệt cỏ tự tử",
    "Nghi can giết thanh niên 30 tuổi tại phòng trà Sài Gòn đầu thú", "", "",
    "Sao 360°", "Hoa hậu Thu Thảo đã hạ sinh con đầu lòng", "",
    "Hoa hậu Việt Nam 2012 đã sinh con đầu lòng tại một bệnh viện ở TP. HCM chiều 20/3. Hiện tại cả hai mẹ con cô "
    "đều ổn định về sức khoẻ.", "",
    "Phía Nam Em lên tiếng về tin tự tử sau ồn ào tình cảm với Trường Giang",
    "Nghệ sĩ Việt khuyên Nhã Phương dám yêu thì cũng dám bỏ Trường Giang", "", "",
]


def test_an_undated_one_paragraph_story_among_link_lists_is_a_featured_teaser():
    sections = [line for section in HOME_SECTIONS for line in section + ["", ""]]
    article = boilerstrip.extract("\n".join(FEATURED_TEASER + sections + OTHER_FEATURED))
    assert article.page_type == "listing"
    assert any("1 undated paragraph(s) under a headline" in line.reason for line in article.lines)
    # dated, the same stories are articles: every one-paragraph story of the corpus is dated
    dated = FEATURED_TEASER[:2] + ["Thứ Tư, 21/03/2018 10:15"] + FEATURED_TEASER[2:]
    article = boilerstrip.extract("\n".join(dated + sections + OTHER_FEATURED))
    assert article.page_type == "article" and len(article.paragraphs) == 1


def test_two_undated_teasers_among_link_lists_are_a_featured_block():
    # baoquangninh's home page through Resiliparse: a section's featured block is a headline and
    # its lead, then a second headline and its lead, then the section's headlines (bullets)
    second = ["Những chuyện chưa kể về cố Thủ tướng Phan Văn Khải", "",
              "\"Khi được bố trí ăn ở phòng riêng, anh Sáu nhắc \"Túc cứ để mình thoải mái\" và vào ngồi với dân, "
              "ăn uống cùng mọi người.\"", ""]
    sections = [line for section in HOME_SECTIONS for line in section + ["", ""]]
    article = boilerstrip.extract("\n".join(FEATURED_TEASER + second + sections + OTHER_FEATURED))
    assert article.page_type == "listing"
    assert any("undated paragraph(s) under a headline" in line.reason for line in article.lines)
    dated = FEATURED_TEASER[:2] + ["Thứ Tư, 21/03/2018 10:15"] + FEATURED_TEASER[2:]
    article = boilerstrip.extract("\n".join(dated + second + sections + OTHER_FEATURED))
    assert article.page_type == "article"


# bantre's home page (2017, a held-out page, html-text), five of its sections: each a featured
# headline, a view counter with its dateline, a lead, then the section's headlines
DATED_HOME = """\
Tâm lý tuổi teen

Xem tất cả

5 bệnh tâm lý tuổi dậy thì thường mắc phải và các giải pháp phòng ngừa hiệu quả

Lượt xem: 337 - 08/10/2016 16:10:21
5 bệnh tâm lý tuổi teen hay mắc phải. Rối loạn tâm lý, rối loạn cảm xúc rối loạn hành vi stress trầm cảm và các giải pháp chữa trị tích cực tham gia các hoạt động xã hội hoạt động tập thể chế độ dinh dưỡng hợp lý

Tự chọn môn học: Teen vừa sướng vừa lo

Hiểu đúng tâm lý con tuổi teen

Tâm lý thất thường của bạn gái lúc mới yêu

7 dấu hiệu trầm cảm ở tuổi teen

Thời trang giới trẻ

Xem tất cả

Angela Phương Trinh nóng bỏng trong bộ bikini khoe dáng săn chắc

Lượt xem: 256 - 07/06/2017 10:33:08
Diện bộ áo tắm mỏng manh sắc vàng, Angela Phương Trinh khoe tấm lưng trần cùng đường cong bốc lửa.

Mùa hè nóng quá nên các mỹ nhân Showbiz đã diện bồ này đi dự tiệc

Muốn mặc đẹp hãy ghi nhớ 5 cách phối đồ thần thánh này nhé!

Khám phá xu hướng thời trang nam 2017

Thật sai lầm khi dám bảo mặc đồ đen già khú

3 kiểu áo len đẹp vừa ấm vừa không lo lỗi mốt

Khéo tay hay làm

Xem tất cả

SỐC với tác phẩm nghệ thuật nữ y tá tạo ra từ "rác thải y tế"

Lượt xem: 283 - 31/05/2017 14:47:31
Sau 28 năm thu thập các bộ phận của dụng cụ y tế bỏ đi, nữ y tá Tilda Shalof đã biến chúng thành một tác phẩm nghệ thuật vô cùng thú vị. Cùng bantre.com.vn mục sở thị tác phẩm của nữ y tá khéo tay hay làm này nhé!

Hướng dẫn cách làm kem chuối cực ngon và đơn giản

Bạn gái khéo tay với cách làm mứt đu đủ xanh đón tết

Mẹo nấu cháo ngon cho cô nàng lần đầu nấu cháo

Hướng dẫn cách làm cánh gà chiên mật ong cực ngon

Hướng dẫn cách làm khoai lang lắc phô mai cực ngon

Góc tâm hồn

Xem tất cả

Pony Bé Nhỏ - Phim hoạt hình dành cho các bé gái

Lượt xem: 93 - 23/10/2017 15:56:02
My Little Pony: The Movie – Pony Bé Nhỏ là bộ phim thuộc thể loại hoạt hình đáng yêu thu hút được sự quan tâm và chú ý của các gia đình vào dịp cuối tuần vừa qua.

Những mốc thời gian hạnh phúc: Khu tập thể có bánh mì kẹp kem

Nguyên nhân bất ngờ khiến cho lông mày rụng sẽ làm bạn bất ngờ

Top 10 câu nói hay về mối tình đầu cực ý nghĩa

Góc tâm hồn - 11 lý do chia tay tình đầu lại là điều tuyệt vời cho bạn

Bói vui

Xem tất cả

Xem tử vi năm 2018 tuổi Nhâm Thân nam mạng

Lượt xem: 93 - 27/12/2017 15:59:38
Xem tử vi năm 2018 tuổi Nhâm Thân nam mạng cho biết vận trình tình duyên, đường sự nghiệp sức khỏe cũng như sao chiếu mệnh và cách hóa giải, những diễn biến trong năm 2018 như thế nào

Nằm mơ thấy mèo đánh đề bao nhiêu?

Top 3 con giáp được định sẵn sinh quý tử

Giải mã giấc mơ làm nhà mới báo điềm gì?

Chòm sao nam nào có tinh thần trách nhiệm cao nhất

5 tướng đàn ông không nên lấy làm chồng
"""


def test_a_short_story_among_dated_teasers_of_other_stories_is_a_home_page():
    # the featured story with the longest lead was read as an article: every other section
    # prints its featured story the same way (headline, dateline, paragraph)
    article = boilerstrip.extract(DATED_HOME)
    assert article.page_type == "listing"
    assert any("dated teasers of other stories" in line.reason for line in article.lines)
    # the same teasers listed after a marker that ends the story are its "more news"
    lines = DATED_HOME.splitlines()
    story = next(pos for pos, line in enumerate(lines) if line.startswith("SỐC với tác phẩm"))
    featured = lines[story:story + 4]  # headline, blank, dateline, lead
    rest = lines[:story] + lines[story + 4:]
    article = boilerstrip.extract("\n".join(featured + ["", "Tin khác", ""] + rest))
    assert article.page_type == "article" and len(article.paragraphs) == 1


# bongdanet's home page (2018, a held-out page, innerText), six of its league sections: the
# league's name, its menu glued into one line, a featured headline, its teaser, and a row of
# other headlines run together (five of the menus fall in the region read as a story)
LEAGUE_SECTIONS = """\
Bóng đá Ngoại Hạng Anh
Nhận địnhLịchKết quảKèoBXHTrực tiếpLink SopcastVideo
Thủ môn Hugo Lloris nói gì khi chứng kiến Pogba sa sút phong độ?
Theo thủ môn Hugo Lloris, Pogba thể hiện sự thất vọng thời gian gần đây là vì gặp phải chấn thương.
 Sanchez thừa nhận sự thật đắng cay sau khi gia nhập MU Không ngờ Salah lại làm được điều ít-ai-sánh-kịp này ở Ngoại hạng Anh 'Éo le cuộc tình' với MU, Ibra nói gì? Hết kiên nhẫn với Morata, Chelsea quyết chiêu mộ tiền đạo của Inter Milan Ảnh + Video: Những khoảnh khắc khó quên của Ibrahimovic trong màu áo MU Jose Mourinho cay đắng thừa nhận tình cảnh của MU hiện tại PSG "tăm tia" Klopp, Liverpool lo sốt vó
Cúp C1 Châu Âu
Nhận địnhLịchKết quảKèoBXHTrực tiếpLink SopcastVideo
Không phải Barca hay Liverpool, đây mới là CLB duy nhất đủ sức đánh bại Man City
Không phải Barca - CLB đang bất bại tại La Liga, cũng không phải Liverpool - đối thủ của Man City ở tứ kết Cúp C1 châu Âu, CLB duy nhất có thể đánh bại The Citizens ở thời điểm hiện tại là…
 NÓNG: Dybala bất ngờ tới Madrid trước đại chiến Juve vs Real tập 1 Pogba hớn hở gặp lại 'hung thần' của MU ở Champions League CHOÁNG: Real mất tới… 19 cầu thủ trước thềm tứ kết Cúp C1 châu Âu Leroy Sane: "Man City năm nay rất mạnh" Tỉ lệ cược dành cho chức vô địch Cúp C1 châu Âu mùa 2017/18 Mourinho khiến De gea tự ái bằng phát ngôn gây sốc này... Cuối cùng Mourinho cũng chịu trách nhiệm cho việc MU 'out' khỏi Cúp C1
Cúp C2 Châu Âu
Nhận địnhLịchKết quảKèoBXHTrực tiếpLink SopcastVideo
Kết quả bốc thăm tứ kết Europa League 2017/2018: Arsenal vs CSKA Moscow, A.Madrid vs Sporting Lisbon
Đã có kết quả bốc thăm các cặp đấu tại tứ kết Europa League. Hai ứng cử viên cho chức vô địch là Arsenal và Atletico Madrid chỉ phải gặp những đối thủ dưới cơ...
 Bốc tứ kết Europa League: Arsenal 'ngán' đối thủ nào nhất? Danh sách 8 đội vào tứ kết Europa League: Lyon bị loại đáng tiếc Kết quả Arsenal 3-1 AC Milan: Ngược dòng kịch tính Lịch phát sóng trực tiếp cúp C2 hôm nay: Lokomotiv Moscow vs Atletico Madrid Arsenal nhận tin cực vui trước cuộc tiếp đón AC Milan Video: Diego Costa và bí kíp giúp hàng công Atletico thăng hoa Mkhitaryan ca ngợi 'thần thái' mới của Oezil trong trận AC Milan vs Arsenal
Bóng đá La Liga
Nhận địnhLịchKết quảKèoBXHTrực tiếpLink SopcastVideo
Barca hướng tới chức vô địch La Liga tuyệt đối chưa từng có
Đội bóng xứ Catalan còn đang đứng trước cơ hội sở hữu 2 giải thưởng khác là Pichichi và Zamora qua đó hướng tới chức vô địch tuyệt đối ở mùa giải này.
 Siêu kinh điển lượt về Barca vs Real: Kền kền xếp hàng chào 'tân vương'? Iniesta ẤN ĐỊNH thời điểm 'chuồn' khỏi Barca Cầu thủ nào ghi nhiều hat-trick nhất ở châu Âu? Florentino Perez lên tiếng về việc Ronaldo đến Trung Quốc Griezmann CHÍNH THỨC lên tiếng làm rõ tương lai Góc thống kê: Một mình Ronaldo 'chấp' cả đội M.U Ronaldo trốn thuế, chấp nhận nộp phạt để thoát án tù
Bóng đá Bundesliga
Nhận địnhLịchKết quảKèoBXHTrực tiếpLink SopcastVideo
Yêu MU cháy bỏng, Usain Bolt bất ngờ 'cưa đổ' Dortmund
Usain Bolt là một cổ động viên trung thành của MU và không ít lần mong muốn được thi đấu cho Quỷ đỏ. Nhưng huyền thoại môn điền kinh đang 'ăn tập' cùng Dortmund.
 Nóng: Usain Bolt tập luyện cùng Dortmund, vì ... muốn đá bóng Dortmund quyết chiêu mộ thần đồng Argentina Video: Leipzig 2-1 Bayern Munich (Bundesliga, VĐQG Đức vòng 27) Video: Cologne 2-0 Leverkusen (Bundesliga, VĐQG Đức vòng 27) Video: Dortmund 1-0 Hannover (Bundesliga, VĐQG Đức vòng 27) Video: Wolfsburg 0-1 Schalke (Bundesliga, VĐQG Đức vòng 27) Video: M'gladbach 3-3 Hoffenheim (Bundesliga, VĐQG Đức vòng 27)
Bóng đá Serie A
Nhận địnhLịchKết quảKèoBXHTrực tiếpLink SopcastVideo
Video: 5 pha sút phạt đẹp nhất trong sự nghiệp Dybala
Mới 24 tuổi nhưng Dybala đã sở hữu cho mình một bộ sưu tập những bàn thắng đẹp từ các pha sút phạt hàng rào trong màu áo Juventus.
 Buffon lên tiếng về việc bất ngờ tái xuất tuyển Italia Video: Napoli 1-0 Genoa (Serie A, VĐQG Italia vòng 29) Video: Verona 0-5 Atalanta (Serie A, VĐQG Italia vòng 29) Video: Lazio 1-1 Bologna (Serie A, VĐQG Italia vòng 29) Video: Torino 1-2 Fiorentina (Serie A, VĐQG Italia vòng 29) Video: AC Milan 3-2 Chievo (Serie A, VĐQG Italia vòng 29) Video: Crotone 0-2 AS Roma (Serie A, VĐQG Italia vòng 29)
"""


def test_a_glued_menu_repeated_over_each_section_is_a_stream_label():
    article = boilerstrip.extract(LEAGUE_SECTIONS)
    assert article.page_type == "listing"
    assert any("Nhận địnhLịchKết quảKèoBXHTrực tiếpLink SopcastVideo' repeats 5 times" in line.reason
               for line in article.lines)


def test_an_undated_lead_over_its_own_list_stays_an_article():
    # dantri (a dev page) through Resiliparse, which leaves the photo captions out: an undated
    # story's lead, then its own list ("Bukayo Saka (Anh): +10 triệu euro" / …): the list's
    # lines share their words, a home page's section headlines do not
    page = "enews-jsp-dantri-20221224195638512"
    title = "Top 10 ngôi sao tăng giá mạnh nhất sau World Cup 2022"
    lead = line_starting(page, "(Dân trí) - Sau World Cup 2022")
    items = [line_starting(page, name) for name in ("Aurelien Tchouameni", "Bukayo Saka", "Jude Bellingham",
                                                     "Azzedine Ounahi", "Sofyan Amrabat", "Cody Gakpo")]
    assert_real(page, title)
    sections = [line for section in HOME_SECTIONS for line in section + ["", ""]]
    lines = [title, "", lead, ""] + [x for item in items for x in (item, "")] + ["", ""] + sections
    article = boilerstrip.extract("\n".join(lines))
    assert article.page_type == "article" and article.title == title


# vietbao's home page (2018, a held-out page; innerText): headline + teaser pairs, and teasers
# whose headline the page printed as an image's link only
VIETBAO_PAIRS = [
    ("Hoa hậu Đỗ Mỹ Linh đẹp kiêu sa với áo dài truyền thống",
     "Đỗ Mỹ Linh chọn tà áo dài trang nhã có tông màu hồng nude có điểm xuyết hoa văn đến từ NTK Ngô Nhật Huy."),
    ("Loạt sản phẩm dân dã của Việt Nam trên kệ hàng Amazon Mỹ",
     "Những sản phẩm dân dã và thân quen với người Việt dưới đây được rao bán trên Amazon, trang thương mại điện tử lớn nhất nước Mỹ."),
    ("Cận cảnh biệt thự sai phép của gia đình tướng Nguyễn Thanh Hóa",
     "Biệt thự của gia đình nguyên Cục trưởng C50 Nguyễn Thanh Hóa sai phép nhưng chây ỳ tháo dỡ dù đã bị lập biên bản vi phạm hành chính về trật tự xây dựng."),
    ("Có tình mới, Midu càng ngày càng hở bạo khi diện đầm xẻ sâu cao hút",
     "Mới đây, Midu đã gây ngỡ ngàng khi lần đầu diện đầm hở bạo, xẻ sâu cao hút, lột xác từ cô gái dịu dàng thành cô nàng gợi cảm."),
    ("Tan chảy với bộ ảnh ngày 8-3 của 3 thế hệ gia đình Á hậu Diễm Trang",
     "Lần đầu làm mẫu ảnh cùng nhau, 3 thế hệ nhà Á hậu Diễm Trang (BTV của VTV) đốn tim người xem bằng thông điệp gia đình cảm động."),
    ("Dân tình chế ảnh “giết người bằng tỏi” đả kích vụ Châu Việt Cường",
     "Liên quan đến vụ ca sĩ Châu Việt Cường và cái chết của cô gái 9X, dân mạng đã thi nhau chế ảnh đả kích nam ca sĩ người Thanh Hóa."),
    ("Sôi nổi giải bơi chải truyền thống TP Hà Nội",
     "Sáng 6-3, tại hồ Linh Đàm (Hoàng Mai, Hà Nội), hàng trăm vận động viên đã tham dự Giải bơi chải truyền thống TP Hà Nội năm 2018."),
    ("Hàng loạt ô tô sẽ bị phạt nếu chưa dán thẻ thu phí tự động",
     "Tổng cục Đường bộ Việt Nam vừa tổ chức họp nhằm giải quyết các giải pháp thu phí, trong đó chủ trương lớn là nâng cao tính minh bạch của thu giá đường bộ."),
]
VIETBAO_UNHEADED = [
    "Nhìn lại quá khứ, chúng ta sẽ nhận ra một nghịch lý đã tồn tại nhiều năm trong câu chuyện “đem chuông đi đánh xứ người” của nhan sắc Việt.",
    "Tính đến ngày 17/3, cơ quan An ninh điều tra Công an tỉnh Phú Thọ đã khởi tố 83 bị can, gồm 41 bị can về tội tổ chức đánh bạc và 38 bị can về tội đánh bạc.",
    "Dành nhiều thời gian hơn để chăm sóc con cái nhằm lấy lại hình ảnh đẹp trong mắt người hâm mộ, tuy nhiên không phải ngôi sao nào cũng thành công.",
    "Với những pha xử lý tinh tế, những đường rê bóng ảo diệu, Lê Đức Anh, cậu bé 11 tuổi tại Hà Tĩnh được người hâm mộ ví như là Messi nhí.",
]


def test_an_undated_region_of_unrelated_headlines_is_a_stream_at_a_lower_share():
    lines = [line for pair in VIETBAO_PAIRS for line in pair] + VIETBAO_UNHEADED
    seq = [b for b in make_blocks(lines) if b.norm]
    body = list(range(1, len(seq), 2))[:len(VIETBAO_PAIRS)] + list(range(2 * len(VIETBAO_PAIRS), len(seq)))
    # 8 headlines among 20 lines of 6+ syllables: 0.4 of them, under the 0.5 that a dated story's
    # region needs (its sections' headings may be as unrelated as a stream's)
    verdict = coherence.listing_verdict(seq, body, None, 0, len(seq) - 1)
    assert verdict is not None and "unpunctuated headlines on unrelated subjects" in verdict
    assert coherence.listing_verdict(seq, body, None, 0, len(seq) - 1, dated_once=True) is None
