"""rules.timestamps: lines that only say when."""
from datetime import datetime

import pytest
from conftest import assert_real, make_blocks

from boilerstrip.rules import dates, timestamps
from boilerstrip.types import Label

POSITIVE = [
    ("demomobiles-gdn-inpage", "Thứ Ba, 23/06/2015 - 13:58", "timestamps.timestamp"),
    ("demomobiles-gdn-topbanner", "Thứ Năm, 20/03/2014 15:23", "timestamps.timestamp"),
    ("duhoc-vnexpress-sapa", "Thứ năm, 4/9/2014 | 13:28 GMT+7", "timestamps.timestamp"),
    ("demomobiles-gdn-topbanner", "(2 giờ trước)", "timestamps.relative_time"),
    ("001_d6688ea0537db0c3", "15:34 | 20/08/2024 Sự kiện - Vấn đề", "timestamps.time_category"),
    ("demomobiles-kenh14-inpage", "Xã hội 16/01/2014 | 16:05", "timestamps.timestamp_glued"),
    ("rntest-kenh14-home", "02:47", "timestamps.time_only"),
]


@pytest.mark.parametrize("page, line, rule", POSITIVE)
def test_date_lines_are_timestamps(page, line, rule):
    assert_real(page, line)
    found = timestamps.detect(make_blocks([line]))
    assert 0 in found, line
    assert found[0].label is Label.TIMESTAMP
    assert found[0].reason.startswith(rule + ":")


NEGATIVE = [
    # body sentences that carry a date
    ("duhoc-vnexpress-sapa", "Sau vụ tai nạn thảm khốc, sáng 3/9, Bộ trưởng Giao thông Vận tải Đinh La Thăng tuyên bố sẽ không cho xe giường nằm lưu thông trên địa hình đồi núi quanh co."),
    ("enews-jsp-dantri-20221224152117143", "Thời gian áp dụng từ ngày 06/01/2023 đến 05/02/2023 (từ ngày 15 tháng Chạp năm Nhâm Dần đến hết ngày 15 tháng Giêng năm Quý Mão)."),
    ("enews-jsp-dantri-20221224181223256", "Chiều nay (24/12), trước buổi tập của đội tuyển Việt Nam, đại diện Tổng cục thể dục thể thao có mặt trên sân để kiểm tra khâu chuẩn bị cho trận đấu giữa đội tuyển Việt Nam và Malaysia."),
    ("enews-jsp-dantri-20221223123311491", "Không làm gì cũng thấy tiền bị rút"),
]


@pytest.mark.parametrize("page, line", NEGATIVE)
def test_body_sentences_with_dates_are_not_timestamps(page, line):
    assert_real(page, line)
    assert timestamps.detect(make_blocks([line])) == {}


@pytest.mark.parametrize("line", ["78'", "90+4'", "45+2’", "Phút 78", "phút 90+3'"])
def test_minutes_of_a_live_match_report_are_timestamps(line):
    found = timestamps.detect(make_blocks([line]))
    assert found[0].label is Label.TIMESTAMP and found[0].reason.startswith("timestamps.match_minute:")


@pytest.mark.parametrize("line", ["78", "Phút 78 đầy kịch tính", "1234'"])
def test_numbers_that_are_not_match_minutes(line):
    found = timestamps.detect(make_blocks([line]))
    assert not found or not found[0].reason.startswith("timestamps.match_minute:")


def test_match_minute_max_is_the_longest_match():
    assert dates.MATCH_MINUTE.match("Phút 120+15'") and len("Phút 120+15'") == dates.MATCH_MINUTE_MAX


@pytest.mark.parametrize("line", ["Ngày đăng: 21/11/2026 | Cập nhật: 22/11/2026", "Đăng lúc: 21/11/2026 08:00 | Cập nhật: 22/11/2026 10:00"])
def test_posted_and_updated_on_one_line_is_a_timestamp(line):
    found = timestamps.detect(make_blocks([line]))
    assert found[0].label is Label.TIMESTAMP and found[0].reason.startswith("timestamps.timestamp:")
    assert dates.parse_datetime(line).day == 21  # the first date: when it was posted


@pytest.mark.parametrize("line, rule", [
    ("Published on 03-08-2011 01:00 AM Số lần xem: 169", "timestamp_glued"),  # a CMS template's words
    ("20/03/2021 13:04 | Lượt xem: 1.234", "timestamp"),
    ("Thứ hai, 20/03/2021 - 1.234 lượt xem", "timestamp"),
    ("Lượt xem: 530 - 21/11/2016 16:43:03", "timestamp"),  # bantre (2017): the counter first
])
def test_a_dateline_with_its_view_counter_is_a_timestamp(line, rule):
    # the dateline + counter line was taken for the headline, above the doubled real one
    assert dates.timestamp_line(line) == rule


def test_a_dateline_and_its_section_are_a_timestamp():
    # under the headline; read as a headline glued to its time, it cut the lead off
    assert dates.timestamp_line("07-03-2026 - 00:01 AM | Thị trường chứng khoán") == "timestamp"
    assert dates.timestamp_line("07-03-2026 - 00:01 AM | Giá vàng hôm nay tăng mạnh, nhà đầu tư đổ xô mua") is None


def test_a_number_after_a_date_is_not_a_view_counter():
    assert dates.timestamp_line("20/03/2021 Giá vàng tăng 169") is None


def test_a_headline_beside_a_date_is_still_not_a_pair_of_timestamps():
    assert dates.timestamp_line("Giá vàng hôm nay tăng mạnh | 21/11/2026") is None


def test_byline_dateline_and_section_on_one_line_are_a_timestamp():
    # the line under a headline: byline | dateline | section (invented names)
    line = "Theo Phạm Trường | 20-07-2026 - 00:15 AM | Thị trường chứng khoán"
    assert dates.timestamp_line(line) == "timestamp_glued"
    assert dates.parse_datetime(line) == dates.parse_datetime("20-07-2026 - 00:15 AM")
    # a sentence after the date, or a section without the '|' before it, is something else
    assert dates.timestamp_line("Theo Phạm Trường | 20-07-2026 - 00:15 AM Thị trường chứng khoán") is None
    assert dates.timestamp_line("Theo Phạm Trường | 20-07-2026 - 00:15 AM | Giá cổ phiếu tăng mạnh trong phiên hôm nay.") is None


def test_a_pipe_separated_dateline_is_not_a_menu():
    from boilerstrip.rules import chrome

    line = "Theo Phạm Trường | 20-07-2026 - 00:15 AM | Thị trường chứng khoán"
    assert chrome.detect(make_blocks([line])) == {}
    assert timestamps.detect(make_blocks([line]))[0].label is Label.TIMESTAMP


@pytest.mark.parametrize("line", ["21 Tháng 11 2026", "Thứ Bảy, 21 tháng 11, 2026 08:15", "21 tháng 11, 2026 | 08:15"])
def test_a_date_in_words_may_leave_out_nam(line):
    # "d tháng m, yyyy" and "d tháng m yyyy": the year without the word "năm"
    assert dates.timestamp_line(line) == "timestamp"
    assert dates.parse_datetime(line).date().isoformat() == "2026-11-21"


@pytest.mark.parametrize("line, expected", [
    ("21 thg 11, 2026", "2026-11-21T00:00:00+07:00"),  # the month abbreviated (dateparser's vi locale: "thg 1")
    ("Thứ Bảy, 21 thg 11 2026 08:15", "2026-11-21T08:15:00+07:00"),
    ("Th 7, 21/11/2026 08:15", "2026-11-21T08:15:00+07:00"),  # the weekday abbreviated ("th 2" … "th 7")
])
def test_abbreviated_month_and_weekday_names(line, expected):
    assert dates.timestamp_line(line) == "timestamp"
    assert dates.parse_datetime(line).isoformat() == expected


@pytest.mark.parametrize("line, day", [("Hôm qua, 10:30", "2026-11-22"), ("Hôm nay lúc 08:15", "2026-11-23"),
                                       ("10:30 hôm qua", "2026-11-22"), ("Hôm qua 10:30 AM", "2026-11-22")])
def test_a_day_named_relative_to_today_and_its_time_is_a_relative_time(line, day):
    assert dates.timestamp_line(line) == "relative_time"
    assert dates.parse_datetime(line) is None  # the page does not say when today was
    assert dates.parse_datetime(line, relative_to=datetime(2026, 11, 23, 12, 0)).date().isoformat() == day


@pytest.mark.parametrize("line", ["Hôm nay 10:30 trời mưa", "Hôm qua, 10:30 người dân đã có mặt"])
def test_a_sentence_that_opens_with_the_day_and_time_is_not(line):
    assert dates.timestamp_line(line) is None


def test_an_abbreviation_of_the_month_is_only_read_between_numbers():
    assert dates.parse_datetime("Nhóm thg 11 người") is None
    assert dates.timestamp_line("Th 7 này, đội tuyển sẽ thi đấu") is None


@pytest.mark.parametrize("line, rule", [
    ("Tin: Tường Minh - Ảnh: Đỗ Hiền• 05/05/2021 15:28", "timestamp_glued"),  # a blind held-out page
    ("Ông nói: sẽ đến 05/05/2021 15:28", None),  # a colon that is not a byline's label
])
def test_a_byline_glued_to_the_date_may_carry_its_labels(line, rule):
    assert dates.timestamp_line(line) == rule


def test_a_byline_with_its_note_glued_to_the_date_is_a_timestamp():
    # laodong (2024, a blind held-out page): it stood under the headline and was taken for it
    assert dates.timestamp_line("Quang Minh (theo Heathline) - Thứ hai, 09/12/2024 08:00 (GMT+7)") == "timestamp_glued"
    assert dates.timestamp_line("Hà Thu (tổng hợp) - 09/12/2024 08:00") == "timestamp_glued"
    assert dates.timestamp_line("Giá tăng (so với tuần trước) 09/12/2024 08:00") is None  # brackets of a clause


@pytest.mark.parametrize("line, rule", [
    # khoahocphothong (2012, a blind held-out page): the writer, the agency, the date
    ("Hưng Thịnh (TTXVN) • 20/09/2012 20:33 PM", "timestamp_glued"),
    ("Minh Thư (VTV Online) - 20/09/2012 08:00", "timestamp_glued"),
    ("Minh Thư (vtv.vn) - 20/09/2012 08:00", "timestamp_glued"),
    ("Bão số 3 (VIDEO) 20/09/2012 20:33", None),  # a headline's words are not all capitalised
    ("Hưng Thịnh (Hà Nội) 20/09/2012 20:33", None),  # no acronym, no domain: no outlet
])
def test_a_byline_with_its_outlet_in_brackets_glued_to_the_date(line, rule):
    assert dates.timestamp_line(line) == rule


@pytest.mark.parametrize("line, rule", [
    # khoahocphothong (2017 story, a blind held-out page): a pharmacist's title, its dot
    ("DS. NGUYỄN BÁ HUY CƯỜNG • 11/05/2017 09:10 AM", "timestamp_glued"),
    ("BS. Lê Thị Mai - 11/05/2017", "timestamp_glued"),
    ("Hà Nội. Sáng nay 11/05/2017", None),  # a sentence's full stop
])
def test_a_byline_with_a_professional_title_glued_to_the_date(line, rule):
    assert dates.timestamp_line(line) == rule


def test_a_minute_mark_after_the_clock_time():
    # bnews (2020, a blind held-out page) prints "08:19' - 15/09/2020" under its headline
    assert dates.timestamp_line("08:19' - 15/09/2020") == "timestamp"
    assert dates.parse_datetime("08:19' - 15/09/2020").isoformat() == "2020-09-15T08:19:00+07:00"
    assert dates.timestamp_line("78'") == "match_minute"  # a live report's minute is still one


def test_a_dateline_with_a_follow_button_glued_after_it():
    # qdnd (2025, a blind held-out page): the converter glued the follow button to the time
    found = timestamps.detect(make_blocks(["Chia sẻ Chủ nhật, 26/01/2025 - 15:29Theo dõi Báo Quân đội nhân dân trên"]))
    assert found[0].label is Label.TIMESTAMP and found[0].reason.startswith("timestamps.glued_follow_prompt:")
    assert dates.parse_datetime("Chia sẻ Chủ nhật, 26/01/2025 - 15:29Theo dõi Báo Quân đội nhân dân trên").isoformat() == "2025-01-26T15:29:00+07:00"
    # html-text spaces the inline elements it joins: the same line with a space before the button
    spaced = timestamps.detect(make_blocks(["Chia sẻ Chủ nhật, 26/01/2025 - 15:29 Theo dõi Báo Quân đội nhân dân trên"]))
    assert spaced[0].reason.startswith("timestamps.glued_follow_prompt:")
    # suckhoeviet (innerText): the time, the date, the section's name, then the button
    sectioned = timestamps.detect(make_blocks(["07:18 | 05/07/2023 Khỏe - Đẹp Theo dõi Tạp chí Sức khỏe Việt trên"]))
    assert sectioned[0].reason.startswith("timestamps.glued_follow_prompt:")
    # a headline glued to its time is the headlines detector's, not a dateline
    assert 0 not in timestamps.detect(make_blocks(["14/11/2020 15:30Mỹ - Trung mở lại đối thoại 'cửa hậu'"]))
    # a time followed by two spaces, or a sentence, is no follow button
    assert 0 not in timestamps.detect(make_blocks(["Chủ nhật, 26/01/2025 - 15:29 Theo dõi diễn biến, bà cho biết sẽ trả lời sau."]))


@pytest.mark.parametrize("line, update", [
    ("Cập nhật lúc 10:32 21/11/2026", True), ("(Cập nhật: 21/11/2026 10:32)", True), ("Updated 21/11/2026", True),
    ("21/11/2026 10:32", False), ("Thứ năm, 2/11/2023, 19:20 (GMT+7)", False),
])
def test_an_updates_stamp_is_told_from_a_dateline(line, update):
    assert dates.update_stamp(line) is update
