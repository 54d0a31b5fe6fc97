import html, unicodedata, re
from .types import DecodeError
_ZW = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_WS = re.compile(r"\s+")
def decode(data):
    if isinstance(data, str): return data
    try: return data.decode("utf-8-sig")
    except UnicodeDecodeError as e: raise DecodeError(e.start, e.reason) from None
def split_lines(text): return text.splitlines()
def display_form(line): return unicodedata.normalize("NFC", _ZW.sub("", line)).strip()
def match_form(line):
    s = html.unescape(line) if "&" in line else line
    s = unicodedata.normalize("NFC", _ZW.sub("", s))
    return _WS.sub(" ", s).strip()
