"""Tests for boilerstrip.normalize: decoding, line splitting, display and match forms."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from boilerstrip.normalize import canonical_tone, decode, display_form, is_syllable, match_form, split_lines
from boilerstrip.types import DecodeError

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_lines(name: str) -> list[str]:
    return (FIXTURES / name).read_text(encoding="utf-8").splitlines()


# --- decode ---------------------------------------------------------------------------

def test_decode_str_is_returned_unchanged():
    assert decode("Tin mới\r\n") == "Tin mới\r\n"


def test_decode_bytes_utf8():
    assert decode("Thứ năm, 2/11/2023".encode("utf-8")) == "Thứ năm, 2/11/2023"


def test_decode_drops_leading_bom_bytes_and_str():
    assert decode(b"\xef\xbb\xbfTin m\xe1\xbb\x9bi") == "Tin mới"
    assert decode("\ufeffTin mới") == "Tin mới"


def test_decode_keeps_interior_bom():
    assert decode("a\ufeffb".encode()) == "a\ufeffb"


def test_decode_accepts_bytearray():
    assert decode(bytearray("hoà".encode())) == "hoà"


@pytest.mark.parametrize(
    "data, offset",
    [
        ("Tin mới".encode() + b"\xff\xfe", len("Tin mới".encode())),
        (b"\xef\xbb\xbfab\xc3", 5),  # offset counts the BOM: it is in the caller's bytes
        (b"\x80", 0),
        ("Thứ".encode()[:-1] + b" x", 2),  # truncated multi-byte sequence
    ],
)
def test_decode_error_has_offset_of_first_bad_byte(data, offset):
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert info.value.offset == offset
    assert isinstance(info.value, ValueError)
    assert info.value.reason


def test_decode_rejects_other_types():
    with pytest.raises(TypeError):
        decode(42)  # type: ignore[arg-type]


# --- split_lines ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "a\r\nb\n\nc",
        "a\rb\r\n",
        "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i",
        "",
        "\n",
        "no newline",
        "trailing\n\n",
    ],
)
def test_split_lines_matches_str_splitlines(text):
    assert split_lines(text) == text.splitlines()


def test_split_lines_on_fixture_converted_to_crlf_and_cr():
    text = (FIXTURES / "dev" / "demomobiles-gdn-topbanner.txt").read_text(encoding="utf-8")
    lf = text.splitlines()
    for sep in ("\r\n", "\r"):
        converted = decode((sep.join(lf) + sep).encode("utf-8"))
        assert split_lines(converted) == lf


# --- display_form ---------------------------------------------------------------------

def test_display_form_is_nfc_and_trimmed():
    nfd = unicodedata.normalize("NFD", "  Thứ năm, 2/11/2023 \t")
    assert display_form(nfd) == "Thứ năm, 2/11/2023"


def test_display_form_trims_nbsp_and_zero_width_but_keeps_interior():
    assert display_form("\u00a0\u200b Sức\u00a0khỏe \ufeff\u2060\u3000") == "Sức\u00a0khỏe"


def test_display_form_keeps_tone_placement_and_entities():
    # Output must be the page's own text: no tone moves, no entity decoding.
    assert display_form("Tòa soạn &amp; Toà soạn") == "Tòa soạn &amp; Toà soạn"


def test_display_and_match_form_on_fixture_lines_with_nbsp():
    lines = [line for line in fixture_lines("dev/demomobiles-gdn-topbanner.txt") if "\u00a0" in line]
    assert lines
    for line in lines:
        shown = display_form(line)
        assert shown == shown.strip("\u00a0 ")
        assert "\u00a0" not in match_form(line)


# --- match_form: cleanup --------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Tin&nbsp;mới", "Tin mới"),
        ("Đường dây nóng &amp; Hotline", "Đường dây nóng & Hotline"),
        ("&#8220;Mục sở thị&#8221;", "\u201cMục sở thị\u201d"),
        ("&#x110;à Nẵng", "Đà Nẵng"),
        ("&lt;b&gt;", "<b>"),
        ("A & B", "A & B"),  # a bare ampersand survives
        ("Tin\u200bmới", "Tinmới"),
        ("Tin\u200c\u200d\u2060mới", "Tinmới"),
        ("\ufeffTin mới", "Tin mới"),
        ("phát\u00adhiện", "pháthiện"),
        ("Tin\u00a0\u00a0mới", "Tin mới"),
        ("Tin\u2003\u2009\u202f\u3000mới", "Tin mới"),
        ("  Tin \t\t mới  ", "Tin mới"),
        ("&#8203;Tin mới", "Tin mới"),  # an entity that decodes to an invisible char
        ("", ""),
        ("\u00a0\u200b", ""),
    ],
)
def test_match_form_cleanup(raw, expected):
    assert match_form(raw) == expected


def test_match_form_nfd_to_nfc():
    nfd = unicodedata.normalize("NFD", "Thứ năm, Sức khoẻ, Việt Nam")
    assert nfd != "Thứ năm, Sức khoẻ, Việt Nam"
    assert match_form(nfd) == "Thứ năm, Sức khoẻ, Việt Nam"
    assert unicodedata.is_normalized("NFC", match_form(nfd))


def test_match_form_nfd_old_style_becomes_nfc_new_style():
    assert match_form("Ho\u0300a Bi\u0300nh") == "Hoà Bình"
    assert match_form("thu\u0309y") == "thuỷ"


def test_match_form_crlf_line_ending_is_trimmed():
    assert match_form("Sức khỏe\r\n") == "Sức khoẻ"


# --- match_form: tone placement -------------------------------------------------------

@pytest.mark.parametrize(
    "old, new",
    [
        ("hòa", "hoà"), ("hóa", "hoá"), ("hỏa", "hoả"), ("hõa", "hoã"), ("họa", "hoạ"),
        ("khỏe", "khoẻ"), ("khóe", "khoé"), ("thủy", "thuỷ"), ("hủy", "huỷ"), ("túy", "tuý"),
        ("ủy", "uỷ"), ("òa", "oà"), ("Tòa", "Toà"), ("HÒA", "HOÀ"), ("KHỎE", "KHOẺ"),
        ("ThỦy", "ThUỷ"), ("qùy", "quỳ"), ("qúa", "quá"), ("Qúy", "Quý"), ("gìa", "già"),
        ("GÌA", "GIÀ"), ("óai", "oái"), ("ngóai", "ngoái"), ("hòan", "hoàn"), ("khủyu", "khuỷu"),
    ],
)
def test_tone_old_style_and_misplaced_marks_move_to_canonical(old, new):
    assert match_form(old) == new
    assert match_form(new) == new  # idempotent


@pytest.mark.parametrize(
    "word",
    [
        # not ambiguous: must stay exactly as written
        "quá", "quý", "quỹ", "quỳnh", "quyền", "giữa", "già", "gì", "gìn", "giếng",
        "hoàng", "hoàn", "hoạch", "thuyền", "khuyết", "được", "rượu", "người", "mùa",
        "của", "mía", "túi", "gửi", "tài", "cáo", "kéo", "nói", "tôi", "yêu", "khuỷu",
        "xoáy", "ngoẻo", "thuế", "thuở", "hoặc", "tuần", "Việt", "Hà", "Nội", "Bình",
        # toneless / foreign: untouched
        "hoa", "thuy", "queue", "café", "Toyota", "iPhone", "ò ó o",
    ],
)
def test_tone_unambiguous_syllables_untouched(word):
    assert match_form(word) == word


def test_tone_variants_from_fixtures_match_each_other():
    # Both spellings occur in the corpus pages (footer "Tòa soạn" vs "Toà soạn").
    lines = [line for name in ("seeds", "dev") for path in sorted((FIXTURES / name).glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    old = next(line for line in lines if line.startswith("Tòa soạn:"))
    new = next(line for line in lines if line.startswith("Toà soạn:"))
    assert match_form(old).startswith("Toà soạn:")
    assert match_form(new).startswith("Toà soạn:")
    assert match_form("Sức khỏe") == match_form("Sức khoẻ")
    assert match_form("Văn hóa") == match_form("Văn hoá")


def test_tone_in_sentence_keeps_punctuation_and_digits():
    assert match_form("(Hòa Bình), thủy-điện 2hòa hòa2") == "(Hoà Bình), thuỷ-điện 2hoà hoà2"


def test_canonical_tone_is_idempotent_on_fixture_page():
    text = (FIXTURES / "dev" / "demomobiles-gdn-inpage.txt").read_text(encoding="utf-8")
    once = canonical_tone(unicodedata.normalize("NFC", text))
    assert canonical_tone(once) == once
    assert "hóa chất" not in once and "hoá chất" in once


# --- linear time ----------------------------------------------------------------------

def test_match_form_on_10mb_single_line():
    page = (FIXTURES / "dev" / "demomobiles-gdn-inpage.txt").read_text(encoding="utf-8")
    unit = " ".join(page.split()) + " "
    line = (unit * (10_000_000 // len(unit) + 1))[:10_000_000]
    out = match_form(line)
    assert len(out) == len(line.strip())  # tone moves and collapsing keep lengths here
    assert "hóa" not in out and "hoá" in out


@pytest.mark.parametrize("unit", ["a", "ò", "hòa", "&", " \u200b", "&#"])
def test_match_form_pathological_10mb_lines(unit):
    line = unit * (10_000_000 // len(unit))
    out = match_form(line)
    assert len(out) <= len(line)


def test_display_form_10mb_line():
    line = " \u200b" * 2_500_000 + "x" + "\u00a0" * 2_500_000
    assert display_form(line) == "x"


def test_100k_lines_text():
    page = (FIXTURES / "dev" / "demomobiles-gdn-inpage.txt").read_text(encoding="utf-8")
    base = page.splitlines()
    text = "\r\n".join(base[i % len(base)] for i in range(100_000))
    lines = split_lines(text)
    assert len(lines) == 100_000
    forms = [match_form(line) for line in lines]
    assert len(forms) == 100_000
    assert all("  " not in form for form in forms)


def test_patterns_spell_old_style_tones_also_in_the_match_form():
    """Detectors match the match form, which places tones new-style ("hoạ", "khoẻ", "thuỷ").
    A pattern that spells a syllable old-style ("họa") must also spell it so, or it never
    matches ('(Ảnh minh họa)' was missed that way)."""
    import importlib
    import pkgutil
    import regex

    import boilerstrip
    import boilerstrip.rules
    from boilerstrip.normalize import canonical_tone

    old_style = regex.compile(r"\w*(?:[òóỏõọ][ae]|[ùúủũụ]y)\w*", regex.I)
    names = ["boilerstrip." + m.name for m in pkgutil.iter_modules(boilerstrip.__path__)]
    names += ["boilerstrip.rules." + m.name for m in pkgutil.iter_modules(boilerstrip.rules.__path__)]
    checked = 0
    for name in names:
        if name.endswith(("__main__", ".cli", ".batch", ".integrations")):
            continue
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            pattern = getattr(value, "pattern", None)
            if not isinstance(pattern, str):
                continue
            for word in old_style.findall(pattern):
                checked += 1
                assert canonical_tone(word) in pattern, f"{name}.{attr}: '{word}' without '{canonical_tone(word)}'"
    assert checked > 0  # the patterns do spell old-style syllables (both forms)


@pytest.mark.parametrize("word, spelled", [
    ("Trước", True), ("Anh", True), ("nghiệp", True), ("Đường", True), ("hoà", True),
    ("Ởnhiều", False), ("Cvà", False), ("Ok", False), ("tớií", False), ("x1", False),
])
def test_is_syllable(word, spelled):
    assert is_syllable(word) is spelled
