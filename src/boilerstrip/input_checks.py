"""What may be wrong with the text handed to ``extract()``, said as warnings.

``extract()`` never raises on a ``str``, so input it can only read badly gets a warning
that names the cause and the fix, instead of a silently poor article: an HTML document
(markup read as text) and Vietnamese decoded with the wrong codec (nothing reads as
Vietnamese). Only the start of the text is looked at, so the checks cost next to nothing.
One more check reads the article found (``body_warnings``): Vietnamese that lost its accents.
"""
from __future__ import annotations

import regex

from .types import AccentLossWarning, HTMLInputWarning, MojibakeWarning

#: An HTML document's start: a doctype or <html>, maybe after other tags (an XML
#: declaration, comments, <meta>, server-page directives such as "<%@ page … %>"),
#: looked for in its first characters only.
HTML_DOCUMENT = regex.compile(r"\s*(?:<[^<>]{0,500}>\s*)*?(?:<!doctype\s+html|<html[\s>])", regex.I)
HTML_SNIFF_CHARS = 2048

#: What UTF-8 Vietnamese becomes when read as cp1252 or Latin-1: the lead bytes of ạ…ỹ
#: (E1 BA/BB: "áº", "á»"), ư/ơ (C6 B0/A1: "Æ°", "Æ¡"), đ (C4 91: "Ä‘" or "Ä\x91"), and à/á/
#: â/ã/è/é/ê/ì/í/ò/ó/ô/õ/ù/ú/ý (C3 xx: "Ã" and a Latin-1 symbol). None occurs in Vietnamese.
MOJIBAKE = regex.compile("á[º»]|Æ[°¡]|Ä[‘\x91]|Ã[\xa0-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
MOJIBAKE_SIGNS = 5  # a few letters of a page is enough, a name or a quote is not
MOJIBAKE_SNIFF_CHARS = 4_000  # mis-decoded Vietnamese shows a sign every few words


def input_warnings(text: str) -> list[Warning]:
    """The warnings ``extract()`` gives about ``text`` (already decoded), in order."""
    if HTML_DOCUMENT.match(text, 0, HTML_SNIFF_CHARS):
        return [HTMLInputWarning(
            "extract() reads page text, and this is an HTML document: its markup is read as text. "
            "Convert it first, e.g. boilerstrip.batch.html.html_to_text(html) (pip install 'boilerstrip[warc]')."
        )]
    if misdecoded(text):
        return [MojibakeWarning(
            "extract() got Vietnamese text decoded with the wrong codec (UTF-8 bytes read as cp1252 or "
            "Latin-1: 'Ä‘á»“ng' for 'đồng'); nothing in it reads as Vietnamese. Decode the bytes as UTF-8, "
            "or pass the bytes to extract()."
        )]
    return []


def misdecoded(text: str) -> bool:
    """Whether the start of ``text`` holds MOJIBAKE_SIGNS or more mis-decoded letters."""
    head = text[:MOJIBAKE_SNIFF_CHARS]
    # every MOJIBAKE match holds one of these (string searches, much faster than the scan)
    if "á»" not in head and "áº" not in head and "Æ" not in head and "Ä" not in head and "Ã" not in head:
        return False
    found = 0
    for _ in MOJIBAKE.finditer(head):
        found += 1
        if found >= MOJIBAKE_SIGNS:
            return True
    return False


#: Words of every Vietnamese text whose accent is a Latin-1 letter (à á â ã è é ê ì í ò ó ô õ ù
#: ú ý, the letters HTML names as entities), as they read without it, spaced: "và" is "va".
#: Few of them are words of their own ("va chạm", "con ong"), and those are rare.
UNACCENTED_WORDS = (" va ", " cac ", " co ", " la ", " khong ", " tren ", " đa ", " toi ", " ong ")
ACCENTED_WORDS = (" và ", " các ", " có ", " là ", " không ", " trên ", " đã ", " tôi ", " ông ")
ACCENT_LOSS_MIN = 10  # unaccented function words in the body: a sentence or two is not enough


def body_warnings(body: str) -> list[Warning]:
    """The warnings ``extract()`` gives about the article's text (``Article.text``)."""
    if not lost_accents(body):
        return []
    return [AccentLossWarning(
        "extract() found an article whose Vietnamese lost its accents in many words ('va' for 'và', "
        "'cac' for 'các'): html2text's default (unicode_snob=False) writes letters that a page gives as "
        "HTML entities so. Convert with html2text.HTML2Text().unicode_snob = True, or decode the "
        "entities first; words without their accents cannot be repaired."
    )]


def lost_accents(body: str) -> bool:
    """Whether more function words of ``body`` read without their accents ("va", "cac")
    than with them, ACCENT_LOSS_MIN at least."""
    if body.count(" va ") + body.count(" cac ") < 2:
        return False  # (almost every article: "và" and "các" are in each paragraph)
    lost = sum(body.count(word) for word in UNACCENTED_WORDS)
    return lost >= ACCENT_LOSS_MIN and lost > sum(body.count(word) for word in ACCENTED_WORDS)
