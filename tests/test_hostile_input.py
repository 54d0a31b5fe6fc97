"""Hostile input: extract() must never raise on str, and keep its line contract."""
import json
import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import boilerstrip
from boilerstrip import extract
from boilerstrip.normalize import display_form

ARTICLE = (
    "Trang chủ › Thế giới\n"
    "Mỹ - Trung mở lại đối thoại 'cửa hậu'\n"
    "Kênh liên lạc bán chính thức này, thường được thực hiện thông qua các cựu quan chức, các tổ chức nghiên cứu, "
    "đã bị gián đoạn trong nhiều năm qua khi quan hệ hai nước xấu đi nhanh chóng.\n"
    "Một cố vấn chính phủ Trung Quốc ngày 13/11 cho biết các giao tiếp như vậy giữa Bắc Kinh và những người "
    "thân cận với ông Biden đã được nối lại trong những tuần gần đây.\n"
    "Theo Nguyễn Tiến (VnExpress.net)\n"
    "Tin liên quan\n"
)


def check_contract(text, article):
    assert len(article.lines) == len(text.splitlines())
    assert [line.number for line in article.lines] == list(range(1, len(article.lines) + 1))
    assert article.text == "\n".join(article.paragraphs)
    # a paragraph is an input line in NFC, trimmed of whitespace and invisible characters
    # (a soft hyphen or zero-width space at its edge): normalize.display_form
    nfc_lines = {display_form(line) for line in text.splitlines()}
    for p in article.paragraphs:
        assert p == p.strip() and p
        assert unicodedata.is_normalized("NFC", p)
    assert article.page_type in ("article", "listing", "empty")
    json.dumps(article.to_dict(with_lines=True))
    return nfc_lines


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t \n\u00a0\n\u3000", "\r\n\r\n", "\ufeff", "\ufeff\n"])
def test_empty_and_whitespace_only(text):
    article = extract(text)
    assert article.page_type == "empty"
    assert article.paragraphs == () and article.title is None and article.published is None
    assert len(article.lines) == len(text.splitlines())
    assert all(line.label is boilerstrip.Label.BLANK for line in article.lines)


def test_article_text_baseline():
    article = extract(ARTICLE)
    assert article.page_type == "article" and len(article.paragraphs) == 2


def test_utf8_bytes_equal_str():
    assert extract(ARTICLE.encode("utf-8")).to_dict(with_lines=True) == extract(ARTICLE).to_dict(with_lines=True)


def test_utf8_bytes_with_bom():
    article = extract(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert article.paragraphs == extract(ARTICLE).paragraphs
    assert not article.lines[0].text.startswith("\ufeff")


def test_str_with_bom():
    assert extract("\ufeff" + ARTICLE).paragraphs == extract(ARTICLE).paragraphs


@pytest.mark.parametrize("data, offset", [
    (b"\xff", 0),
    ("Tin mới".encode() + b"\xc3", len("Tin mới".encode())),
    ("Tin mới: ".encode() + b"\xed\xa0\x80" + ARTICLE.encode(), len("Tin mới: ".encode())),  # a UTF-8 encoded surrogate
])
def test_invalid_bytes_raise_decode_error_with_offset(data, offset):
    with pytest.raises(boilerstrip.DecodeError) as info:
        extract(data)
    assert info.value.offset == offset
    assert isinstance(info.value, ValueError)


def test_nfd_gives_same_paragraphs_as_nfc():
    nfd = unicodedata.normalize("NFD", ARTICLE)
    assert nfd != ARTICLE
    got = [unicodedata.normalize("NFC", p) for p in extract(nfd).paragraphs]
    assert got == list(extract(ARTICLE).paragraphs)


@pytest.mark.parametrize("eol", ["\r\n", "\r", "\u2028", "\x85"])
def test_other_line_ends(eol):
    text = ARTICLE.replace("\n", eol)
    article = extract(text)
    assert article.paragraphs == extract(ARTICLE).paragraphs
    assert len(article.lines) == len(text.splitlines())


def test_invisible_characters_do_not_change_the_body():
    text = ARTICLE.replace("Kênh liên lạc", "Kênh\u00a0liên\u200b lạc").replace("quan hệ", "quan\u00adhệ")
    text = text.replace("Tin liên quan", "Tin\u200b liên\u00a0quan")
    article = extract(text)
    assert len(article.paragraphs) == 2
    assert not any("Tin" in p and "liên" in p and len(p) < 20 for p in article.paragraphs)
    check_contract(text, article)


def test_ten_megabyte_single_line_finishes():
    text = ("Đây là một câu văn rất dài của bài báo, có dấu phẩy và dấu chấm. " * 160_000)[: 10 * 1024 * 1024]
    article = extract(text)
    assert len(article.lines) == 1
    check_contract(text, article)


def test_hundred_thousand_lines_finish():
    lines = [f"Dòng số {i} của trang" if i % 3 else "" for i in range(100_000)]
    lines[50_000] = ARTICLE.splitlines()[2]
    text = "\n".join(lines)
    article = extract(text)
    assert len(article.lines) == len(text.splitlines()) == 99_999  # the last line is blank
    check_contract(text, article)


def test_many_credits_and_packed_headlines_finish():
    # per-line rules that look at neighbours (closing credits, packed lists) must stay
    # linear: 40k credit lines between paragraphs and runs of gap-less headlines
    para = ARTICLE.splitlines()[2]
    head = "Chồng phát hiện vợ ngoại tình khi tìm đường trên Google Maps"
    text = "\n\n".join([para, "PV", f"{head}\n{head} mới"] * 20_000)
    article = extract(text)
    assert len(article.lines) == len(text.splitlines())
    check_contract(text, article)


def test_pages_of_polls_and_comment_threads_finish():
    # the multi-line widget rules (polls, comment frames and threads) read a few lines from
    # each start: a page made of nothing else must stay linear
    units = [["Bạn có ủng hộ đề xuất này?", "Có", "Không", "Bình chọn"],
             ["Nguyễn Văn Hùng", "2 giờ trước", "Bài viết rất hay và bổ ích cho mọi người.", "Thích", "Trả lời"],
             ["Nguyễn Văn Hùng - 2 giờ trước", "Bài viết rất hay và bổ ích cho mọi người."]]
    for unit in units:
        text = "\n".join(unit * (60_000 // len(unit)))
        article = extract(text)
        assert len(article.lines) == len(text.splitlines())
        check_contract(text, article)


def test_an_endless_chain_of_continuations_finishes():
    # every other line continues the one above and no sentence ever closes: each continuation
    # may start a new attempt to join a paragraph, which must not read the whole chain again
    # (before reflow.MAX_PIECES, 4,000 such lines took 15 s and 100,000 would have taken days)
    lines = ["Ông Nguyễn Văn An" if i % 2 == 0 else "nói rằng thị trường còn khó khăn" for i in range(100_000)]
    text = "\n".join(lines)
    article = extract(text)
    assert len(article.lines) == len(lines)
    check_contract(text, article)


def test_a_page_of_wrapped_lines_finishes():
    # 100,000 indented lines at a source's width: reflow reads them as wrapped text and joins
    # them into one block of 8 MB, which must read in linear time like a long single line
    line = "      Đây là một dòng văn bản được ngắt ở cột tám mươi của mã nguồn đã định dạng lại"
    text = "\n".join(line for _ in range(100_000))
    article = extract(text)
    assert len(article.lines) == 100_000
    check_contract(text, article)


def test_a_page_wrapped_at_a_width_finishes():
    # the same for text wrapped at 78 columns (html2text's default): one run of 48,000 lines
    import textwrap

    lines = textwrap.wrap("đây là một câu văn dài của bài báo được ngắt dòng ở cột bảy mươi tám, " * 40_000, 78)
    text = "\n".join(lines)
    article = extract(text)
    assert len(article.lines) == len(lines)
    check_contract(text, article)


@pytest.mark.parametrize("unit", [
    ["BS", "NGUYỄN VĂN AN"],  # a title over a name, joined
    ["Tin, ảnh", ":", "Vũ Phương Thảo"],  # a label, a colon, a name
    ["Anh Hoa", "/", "baodautu.vn", "05/09/2026 09:18"],  # a name, a separator, an outlet, a date
    [":"], ["PGS.TS"],  # the pieces alone
])
def test_a_page_of_byline_rows_finishes(unit):
    # reflow's byline rows join a few lines each: a page made only of them stays linear
    lines = unit * (60_000 // len(unit))
    text = "\n".join(lines)
    article = extract(text)
    assert len(article.lines) == len(lines)
    check_contract(text, article)


def test_lines_shaped_to_make_patterns_backtrack_finish():
    # A 96-character line "Home a-a-a-…#" made the breadcrumb pattern backtrack for minutes
    # (each dash could end a word or start the next one, in 8 nested repeats): found in
    # session 10 by feeding every rule lines of repeated units under the phrases rules open
    # with. Every such line must be read in linear time.
    units = ["a-", "a ", "aB", "1/", "a.", "a,", "(a", "- ", "Ảnh "]
    heads = ["Home ", "Trang chủ ", "Theo ", "Nguồn: ", "Ảnh: ", "(", "Tin liên quan ", ">> ", "Video: ", "Thứ hai, "]
    lines = [head + unit * (n // len(unit)) + tail for head in heads for unit in units for n in (45, 95)
             for tail in ("#", " -", "")]
    text = "\n".join(lines)
    article = extract(text)
    assert len(article.lines) == len(lines)
    check_contract(text, article)


def test_binary_junk_decoded_with_replace():
    rng = random.Random(1234)
    data = bytes(rng.randrange(256) for _ in range(200_000))
    text = data.decode("utf-8", errors="replace")
    check_contract(text, extract(text))


def test_nul_and_control_characters():
    text = "\x00\x01\x02\n" + ARTICLE.replace("Kênh", "K\x00ênh") + "\x1b[31m\x7f\x0b\x0c\n"
    article = extract(text)
    check_contract(text, article)


def test_html_document_as_text():
    html = ("<!DOCTYPE html>\n<html><head><title>Tin</title><script>var a = 1; function(){}</script></head>\n"
            "<body>\n<div class=\"menu\">Trang chủ | Thế giới | Kinh doanh</div>\n"
            + "".join(f"<p>{line}</p>\n" for line in ARTICLE.splitlines()) + "</body></html>\n")
    with pytest.warns(boilerstrip.HTMLInputWarning, match="html_to_text"):
        article = extract(html)
    check_contract(html, article)
    assert not any(p.startswith("<script") or "function(" in p for p in article.paragraphs)


@pytest.mark.parametrize("start", [
    "<!doctype html><html><body>", "\n  <html lang=\"vi\">", "<?xml version=\"1.0\"?>\n<!DOCTYPE html>",
    "<%@ page language=\"java\" %>\n<meta charset=\"UTF-8\">\n<!DOCTYPE html>", "<!--[if IE 7 ]><html class=\"ie7\">",
])
def test_html_documents_are_recognised(start):
    with pytest.warns(boilerstrip.HTMLInputWarning):
        extract(start + "\n<p>Tin</p>\n</body></html>")


@pytest.mark.parametrize("text", [
    ARTICLE,
    "Trang chủ › Thế giới\n<html> là thẻ gốc của mọi trang web, theo hướng dẫn lập trình.",
    "Nhiều trang web bắt đầu bằng <!DOCTYPE html>, bài viết giải thích vì sao.",
])
def test_page_text_mentioning_html_is_not_warned_about(text):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", boilerstrip.HTMLInputWarning)
        extract(text)


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
LINES = st.lists(
    st.one_of(
        st.sampled_from(ARTICLE.splitlines() + ["", "   ", "Xem thêm", "Bình luận", "Ảnh: Reuters", "(TTXVN)", "\u00a0"]),
        st.text(max_size=80),
    ),
    max_size=30,
).map(lambda parts: "\n".join(parts))


@settings(max_examples=200, deadline=None)
@given(st.one_of(TEXT, LINES))
def test_property_extract_never_raises_and_keeps_its_contract(text):
    article = extract(text)
    nfc_lines = check_contract(text, article)
    for p in article.paragraphs:
        assert p in nfc_lines
    assert extract(text).to_dict(with_lines=True) == article.to_dict(with_lines=True)
    json.dumps(article.to_dict())


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_vietnamese_decoded_with_the_wrong_codec_is_warned_about(codec):
    # the page comes out empty: nothing in mojibake reads as Vietnamese; the warning says why
    text = ARTICLE.encode("utf-8").decode(codec, errors="replace")
    with pytest.warns(boilerstrip.MojibakeWarning, match="UTF-8"):
        article = extract(text)
    check_contract(text, article)


def test_real_pages_are_not_taken_for_mojibake(pages):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", boilerstrip.MojibakeWarning)
        for _, _, text, _ in pages:
            extract(text)


def _entities_without_accents(text):
    """What html2text's default (unicode_snob=False) prints for a page that writes every
    Latin-1 letter as an HTML entity ("&agrave;"): the letter without its accents."""
    import unicodedata

    return "".join(unicodedata.normalize("NFD", c)[0] if "\u00c0" <= c <= "\u00ff" and c.isalpha() else c
                   for c in unicodedata.normalize("NFC", text))


def test_an_article_that_lost_its_accents_is_warned_about(pages):
    # (ten held-out pages through html2text's defaults read so; their token F1 fell to 0.60-0.79)
    text = next(p[2] for p in pages if p[1] == "tnmcp-baodautu-article")
    damaged = _entities_without_accents(text)
    assert "Uỷ ban Chứng khoan Nha nước" in damaged  # ỷ and ứ have no entity: they stay
    with pytest.warns(boilerstrip.AccentLossWarning, match="unicode_snob"):
        article = extract(damaged)
    check_contract(damaged, article)
    assert article.page_type == "article"


def test_real_pages_are_not_taken_for_text_without_accents(pages):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", boilerstrip.AccentLossWarning)
        for _, _, text, _ in pages:
            extract(text)


@pytest.mark.parametrize("page_id", ["tnmcp-vietnamnet-article", "duhoc-vnexpress-sapa", "enews-jsp-dantri-20221223144734383"])
def test_a_page_cut_short_in_its_article_keeps_the_article_so_far(pages, page_id):
    # a crawl's size limit (WARC records are truncated) can cut a page inside its article; the
    # vietnamnet template prints a footer block (contacts, "© 1997 Báo VietNamNet. All rights
    # reserved.") above the article, which is then the page's last one
    text = next(p[2] for p in pages if p[1] == page_id)
    full = extract(text)
    body = [line.number for line in full.lines if line.label == "body"]
    cut = body[len(body) // 2]  # the input lines up to the middle body line, that one excluded
    part = extract("\n".join(text.split("\n")[:cut - 1]))
    assert part.page_type == "article" and part.title == full.title
    # its paragraphs so far (a subheading right over the cut has lost the paragraph under it)
    kept = [line.text.strip() for line in full.lines[:cut - 1] if line.label == "body" and len(line.text.split()) >= 20]
    assert len(kept) >= 2 and [p for p in part.paragraphs if p in kept] == kept
