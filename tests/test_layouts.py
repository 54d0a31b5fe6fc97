"""extract() on layouts the scored corpus does not show (tests/fixtures/layouts/README.md).

Each page is checked field by field: what a reader of the page would write down as its
title, date, author and credited source, and which lines are the body.
"""
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from boilerstrip import extract

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
VN = timezone(timedelta(hours=7))
NOV21 = datetime(2026, 11, 21, 8, 15, tzinfo=VN)

# page: (title, published, author, source, first words of each body paragraph)
ARTICLES = {
    "caps-byline": ("Hà Nội lập 12 chốt kiểm soát ngập trên các tuyến đường trọng điểm", NOV21, "NGUYỄN HIỀN", None,
                    ["TTO - Sáng 21-11", "Theo Sở Xây dựng", "Tại mỗi chốt", "Ông Nguyễn Văn Hùng", "\"Chúng tôi yêu cầu", "Dự báo của"]),
    "name-slash-outlet": ("Giá cà phê xuất khẩu lập đỉnh mới, nông dân Tây Nguyên phấn khởi", NOV21, "Hoàng Anh", "VOV-Tây Nguyên",
                          ["VOV.VN - Giá cà phê", "Theo khảo sát", "Ông Y Hiêng", "Hiệp hội Cà phê", "Tuy nhiên"]),
    "theo-writer-then-outlet": ("VN-Index vượt mốc 1.500 điểm, khối ngoại mua ròng phiên thứ 5 liên tiếp", NOV21, "Tùng Linh", "Nhịp sống kinh tế",
                                ["Chỉ số VN-Index", "Thanh khoản", "Khối ngoại mua ròng", "Theo các chuyên gia", "Tuy nhiên"]),
    "tin-anh-byline": ("TP HCM: Khởi công tuyến metro số 2 Bến Thành - Tham Lương", NOV21, "Hoàng Triều", None,
                       ["(NLĐO) - Sáng 21-11", "Tuyến metro số 2", "Phát biểu tại", "Theo Ban Quản lý", "Đơn vị thi công"]),
    "caption-over-credit": ("Nắng nóng gay gắt, điện tiêu thụ ở miền Nam tăng kỷ lục", NOV21, "Trần Hoàng", None,
                            ["Lượng điện tiêu thụ", "Theo Tổng công ty", "Để đảm bảo", "Ngành điện cũng"]),
    "agency-slash-credit": ("Xuất khẩu gạo năm 2026 dự kiến đạt 9 triệu tấn", NOV21, None, "TTXVN/Vietnam+",
                            ["Năm 2026", "Theo số liệu", "Giá gạo xuất khẩu", "Các doanh nghiệp"]),
    "author-under-lead": ("Nhật Bản nâng cảnh báo sóng thần sau động đất 7,1 độ", NOV21, "Minh Anh", "Reuters",
                          ["Một trận động đất", "Cơ quan Khí tượng", "Đài truyền hình NHK", "Theo NHK", "Thủ tướng Nhật Bản", "Khu vực Miyagi"]),
    "numbered-sections-and-list": ("5 thói quen buổi sáng giúp giảm nguy cơ cao huyết áp", NOV21.replace(day=23, hour=6, minute=0),
                                   "Lan Hương", None,
                                   ["Theo các chuyên gia", "Cao huyết áp", "1. Uống", "Sau một đêm", "2. Đo", "Việc đo",
                                    "3. Ăn sáng", "Bữa sáng", "- Chuối", "- Yến mạch", "- Cá hồi", "- Sữa chua", "4. Vận động",
                                    "Đi bộ", "5. Tránh", "Nicotine", "Bác sĩ Nguyễn Văn Minh"]),
    "interview-qa": ("Đạo diễn Trần Minh: \"Phim Việt cần những câu chuyện của chính mình\"", NOV21.replace(day=22, hour=10, minute=30),
                     "Hà My (thực hiện)", None,
                     ["Sau thành công", "- Bộ phim", "- Thật sự", "- Điều gì", "- Tôi lớn lên", "- Anh nghĩ gì",
                      "- Thị trường", "- Dự án", "- Tôi đang viết", "- Cảm ơn anh"]),
    "inline-link-and-comments": ("Đề xuất tăng mức phạt với hành vi vượt đèn đỏ lên 10 triệu đồng", NOV21.replace(day=22, hour=9, minute=0),
                                 "Minh Quân", None, ["Bộ Công an", "Theo dự thảo", "Cơ quan soạn thảo", "Dự thảo đang"]),
    "live-match-minutes": ("Trực tiếp Việt Nam 2-1 Thái Lan: Chiến thắng nghẹt thở", NOV21.replace(day=22, hour=21, minute=45),
                           None, None, ["Đội tuyển Việt Nam", "Trọng tài thổi còi", "VÀO!", "Thái Lan gỡ hòa", "Quang Hải mở tỷ số",
                                        "Đội hình xuất phát"]),
    "listicle-sections": ("5 điểm đến lý tưởng cho chuyến du lịch cuối năm ở miền Bắc", NOV21.replace(day=22, hour=7, minute=0),
                          "Thu Hà", None, ["Cuối năm là", "Sa Pa, Lào Cai", "Sa Pa nổi tiếng", "Hà Giang với", "Cao nguyên đá",
                                           "Mộc Châu, Sơn La", "Tháng 11", "Ninh Bình với", "Quần thể", "Hạ Long, Quảng Ninh", "Vịnh Hạ Long"]),
    "contents-and-expert-byline": ("Ăn gì để tốt cho tim mạch? Hướng dẫn từ chuyên gia dinh dưỡng", NOV21.replace(day=23, hour=6, minute=0),
                                   "Bác sĩ Lê Thị Mai", None,
                                   ["Chế độ ăn uống", "1. Vì sao", "Chế độ ăn nhiều muối", "2. Những thực phẩm nên ăn", "Rau xanh",
                                    "3. Những thực phẩm cần hạn chế", "Thịt chế biến sẵn"]),
    "short-item-over-news-list": ("TP HCM: Khởi công tuyến metro số 2 Bến Thành - Tham Lương", NOV21, "Ngọc Ánh", None,
                                  ["(NLĐO) - Sáng 21-11"]),
    "inline-teaser-box": ("Hà Nội thí điểm thu phí không dừng tại bãi đỗ xe từ tháng 12", NOV21.replace(day=22, hour=10, minute=0),
                          "Thanh Hà", None, ["Từ ngày 1/12", "Theo Sở Xây dựng", "Nếu thí điểm", "Người dân có thể"]),
    "stock-widget-header": ("Cận cảnh nhà máy thép ở Hà Tĩnh sau sự cố làm 3 công nhân bị thương", NOV21, "Phạm Trường", "Tiền Phong",
                            ["Nhà máy thép của", "Theo ghi nhận", "Ngay sau sự cố", "Đại diện doanh nghiệp", "Cơ quan chức năng"]),
    "press-review-after-article": ("Giá thép xây dựng tăng lần thứ ba trong tháng, nhà thầu lo đội vốn",
                                   NOV21.replace(hour=10, minute=20), "Minh Châu", None,
                                   ["Các doanh nghiệp thép", "Theo bảng giá mới", "Các doanh nghiệp thép cho biết", "Đại diện một nhà thầu"]),
    # a story's paragraphs glued into one line (get_text() on minified HTML), over a stream of
    # dated teasers: the stream holds less text than the story, though more than two paragraphs
    "glued-story-over-stream": ("Bệnh viện đa khoa tỉnh đưa vào hoạt động khoa chạy thận nhân tạo mới",
                                NOV21.replace(day=20, hour=8, minute=30), None, None, ["Sáng 20-11, Bệnh viện"]),
    "toolbar-email-byline": ("Xe buýt điện chạy thử trên tuyến vành đai, người dân được đi miễn phí một tháng", NOV21, "Đình Huy", None,
                             ["Tuyến xe buýt điện", "Theo Sở Xây dựng", "Nhiều hành khách", "Đơn vị vận hành"]),
}


def _read(name: str) -> str:
    return (LAYOUTS / f"{name}.txt").read_text(encoding="utf-8")


# Known gaps, kept visible (strict: the test fails once the gap is closed):
GAPS = {
    # a caption that is a full sentence ("Nông dân thu hoạch cà phê ở Đắk Lắk.") reads as
    # a short paragraph between paragraphs; text alone cannot tell them apart
    ("name-slash-outlet", "body"): "a caption ending in '.' is kept as body",
}


def _case(name, field):
    reason = GAPS.get((name, field))
    return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else name


@pytest.mark.parametrize("name", [_case(n, "metadata") for n in sorted(ARTICLES)])
def test_layout_metadata(name):
    title, published, author, source, _ = ARTICLES[name]
    article = extract(_read(name))
    assert article.page_type == "article"
    assert (article.title, article.published, article.source) == (title, published, source)


@pytest.mark.parametrize("name", [_case(n, "author") for n in sorted(ARTICLES)])
def test_layout_author(name):
    assert extract(_read(name)).author == ARTICLES[name][2]


@pytest.mark.parametrize("name", [_case(n, "body") for n in sorted(ARTICLES)])
def test_layout_body(name):
    body = ARTICLES[name][4]
    paragraphs = extract(_read(name)).paragraphs
    assert len(paragraphs) == len(body), paragraphs
    for paragraph, start in zip(paragraphs, body):
        assert paragraph.startswith(start)


def test_caption_printed_over_its_credit_line_is_not_body():
    article = extract(_read("caption-over-credit"))
    caption = next(line for line in article.lines if line.text == "Công nhân điện lực kiểm tra lưới điện tại TP.HCM")
    assert caption.label == "caption" and caption.reason.startswith("captions.above_credit:")


def test_signature_lines_are_labelled_bylines():
    for name, text in (("caps-byline", "NGUYỄN HIỀN"), ("name-slash-outlet", "Hoàng Anh/VOV-Tây Nguyên"),
                       ("tin-anh-byline", "Tin - ảnh: Hoàng Triều"), ("theo-writer-then-outlet", "Nhịp sống kinh tế")):
        line = next(line for line in extract(_read(name)).lines if line.text == text)
        assert line.label in ("byline", "credit"), (name, line)


@pytest.mark.parametrize("options", [{"favor": "recall"}, {"detect_listing": False}])
def test_a_stream_of_full_stories_is_not_the_article_when_no_page_may_be_a_listing(options):
    # a press review of four whole stories under a short article ("Theo vnexpress.net" / its
    # headline / its text, bnews): without the listing test the stream, the larger region,
    # was taken for the article (8 held-out articles lost so with either option)
    default = extract(_read("press-review-after-article"))
    article = extract(_read("press-review-after-article"), **options)
    assert article.page_type == "article" and article.paragraphs == default.paragraphs
    assert article.title == default.title


def test_a_promotion_printed_after_the_sites_footer_is_not_the_article():
    # a tag page of two headlines, then the footer (masthead, licence, "© Copyright … All
    # rights reserved") and the page's overlays: a login dialog and a membership promotion
    # in a modal, five prose lines that were taken for the article (a held-out tuoitre page)
    article = extract(_read("promo-after-footer"))
    assert article.page_type in ("listing", "empty") and article.paragraphs == ()
    promo = next(line for line in article.lines if line.text.startswith("Từ ngày 1-12-2026"))
    assert promo.label != "body"


@pytest.mark.parametrize("stamp", ["10:32", "Cập nhật lúc 10:32 21/11/2026"])
def test_a_time_stamped_inside_the_story_keeps_it_one_dated_story(stamp):
    # a live report's clock time, or an update's stamp, between two of the story's paragraphs:
    # the story was no longer "dated once", and the press review below it made the page a
    # listing (5 and 6 held-out pages with a teaser stream below the article read so in a probe)
    lines = _read("press-review-after-article").split("\n")
    default = extract("\n".join(lines))
    middle = next(line.number for line in default.lines if line.text.startswith("Các doanh nghiệp thép cho biết"))
    article = extract("\n".join(lines[:middle - 1] + [stamp, ""] + lines[middle - 1:]))
    assert article.page_type == "article" and article.paragraphs == default.paragraphs


def test_dated_teaser_tag_page_is_a_listing():
    article = extract(_read("dated-teaser-listing"))
    assert article.page_type == "listing" and article.paragraphs == ()


def test_teaser_cards_printed_one_per_line_are_a_listing():
    # each teaser card (headline, date and time, teaser) run into one line by the converter:
    # every line reads as a dated paragraph, but no article has a dateline in each paragraph
    article = extract(_read("teaser-cards-one-line"))
    assert article.page_type == "listing" and article.paragraphs == ()
    teasers = [line for line in article.lines if line.label == "teaser"]
    assert len(teasers) == 6 and all("teaser cards" in line.reason for line in teasers)


def test_every_layout_page_is_checked():
    assert {p.stem for p in LAYOUTS.glob("*.txt")} == set(ARTICLES) | {"dated-teaser-listing", "teaser-cards-one-line", "promo-after-footer"}


def test_listicle_without_dateline_is_an_article_by_its_announced_count():
    # the dateline is one of two facts that make the five headline + paragraph pairs
    # sections; the headline announcing five is the other
    text = _read("listicle-sections").replace("22/11/2026 07:00\n", "")
    assert extract(text).page_type == "article"
    unannounced = text.replace("5 điểm đến lý tưởng", "Những điểm đến lý tưởng")
    assert extract(unannounced).page_type == "listing"  # neither fact: read as a teaser stream


def test_a_short_item_over_a_news_list_needs_its_dateline_to_stay_an_article():
    # the "Tin mới" list of five teasers outweighs the one-paragraph item; what keeps the
    # page an article is the item's dated headline and the marker that ends it
    text = _read("short-item-over-news-list")
    assert extract(text).page_type == "article"
    assert extract(text.replace("21-11-2026 - 08:15 AM\n", "")).page_type == "listing"


def test_a_dateline_printed_under_the_signature_dates_the_story_too():
    # papers that print the date with the writer's name, under the last paragraph: the item
    # is still one dated story, and the "Tin mới" list past its marker does not outweigh it
    # (a probe that moved the dateline there made 7 of 68 corpus and held-out articles listings)
    text = _read("short-item-over-news-list").replace("21-11-2026 - 08:15 AM\n", "")
    moved = text.replace("Ngọc Ánh\n", "Ngọc Ánh\n21-11-2026 - 08:15 AM\n", 1)
    article = extract(moved)
    assert article.page_type == "article"
    assert article.published == NOV21 and article.author == "Ngọc Ánh"
    assert [p[:19] for p in article.paragraphs] == ["(NLĐO) - Sáng 21-11"]


def test_a_dateline_over_the_lead_dates_the_story_when_its_headline_is_lost():
    # a converter that lost the headline (an image's text, a line glued to the menu): the
    # dateline over the lead, past the writer's name and a share button, still dates the
    # story, and the press review past its tags does not outweigh it (a probe that removed
    # each headline made 6 of 124 corpus and held-out articles listings, now 2)
    lines = _read("press-review-after-article").split("\n")
    headless = "\n".join(line for line in lines if not line.startswith("Giá thép xây dựng tăng"))
    article = extract(headless)
    assert article.page_type == "article"
    starts = ["Các doanh nghiệp thép vừa", "Theo bảng giá mới", "Các doanh nghiệp thép cho biết", "Đại diện một nhà thầu"]
    assert len(article.paragraphs) == len(starts)
    assert all(p.startswith(start) for p, start in zip(article.paragraphs, starts))


def test_a_dated_item_whose_region_dates_another_teaser_does_not_close_off_the_list():
    # a category page's featured box: each of its teasers dated, the list past "Tin mới" is
    # the page's stream, not the "more news" under one story
    text = _read("short-item-over-news-list")
    second = ("20-11-2026 - 17:40 PM\n\n(NLĐO) - Chiều 20-11, Sở Giao thông vận tải TP HCM cho biết sẽ điều chỉnh "
              "tổ chức giao thông quanh khu vực nhà ga Bến Thành để phục vụ thi công tuyến metro số 2.\n\nNgọc Ánh\n\nTin mới")
    boxed = text.replace("Ngọc Ánh\n\nTin mới", second, 1)
    assert boxed != text
    assert extract(boxed).page_type == "listing"
