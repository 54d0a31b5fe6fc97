import re
from datetime import datetime, timedelta, timezone
VN = timezone(timedelta(hours=7))
DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)")
TIME = re.compile(r"(?<!\d)(\d{1,2})[:h](\d{2})(?!\d)")
REL = re.compile(r"^\(?\d+ (giây|phút|giờ|ngày|tuần|tháng|năm)( \d+ phút)? trước\)?$")
def parse_datetime(text, relative_to=None):
    for m in DATE.finditer(text):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100: y += 2000
        try:
            t = TIME.search(text)
            hh, mm = (int(t[1]), int(t[2])) if t else (0, 0)
            return datetime(y, mo, d, hh % 24, mm % 60, tzinfo=VN)
        except ValueError: continue
    return None
def timestamp_line(text):
    if REL.match(text): return "relative_time"
    m = DATE.search(text)
    if not m: return None
    rest = DATE.sub(" ", TIME.sub(" ", text))
    rest = re.sub(r"GMT ?\+ ?0?7(:00)?|[|(),:-]", " ", rest)
    if len(rest.split()) <= 5 and not re.search(r"[.!?]$", text): return "dateline"
    return None
def split_glued_timestamp(text):
    m = re.match(r"^(\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2})(?=\S)(.+)$", text)
    if m: return m[1], m[2]
    return None
def trailing_relative_time(text):
    m = re.search(r"\((\d+ (phút|giờ|ngày) trước|\d{1,2}/\d{1,2}(/\d{2,4})?)\)$", text)
    return m[0] if m else None
