"""Facts about Unicode and the regex engines that the fast paths rely on.

Each fast path is documented as equal to a slower original; these tests check the
property it needs over every code point (or on hostile shapes), so an upgrade of Python's
Unicode tables or of the ``regex`` module cannot silently change ``extract()`` output.
"""
import pytest
import regex

from boilerstrip import features


def test_lowering_keeps_word_characters():
    """features.compute lowers the joined words instead of re-scanning the lowered line."""
    word = regex.compile(r"\w")
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        low = c.lower()
        is_word = word.match(c) is not None
        assert low and all((word.match(x) is not None) == is_word for x in low), hex(cp)
    assert not any(ch in w for w in features.stopwords() for ch in "σςΣ")


def test_digit_words_counted_like_the_original():
    original = regex.compile(r"\w*\d\w*")
    for text in ["", "abc", "a1b c2 3 d", "2024 năm 12/11/2023 15:30", "x_1y ٣ab", "1" * 50, "ạ1ạ ạ ạ9"]:
        assert len(features._DIGIT_IN_WORD.findall(text)) == len(original.findall(text))


def test_sentence_end_only_needs_the_tail():
    for text in ["a.", "a.)))", "a.))))", "nói.”\n", "x ?”", "abc", "“x”", "end…\n", "", "mê. :P", "nha ^_^\n", "x =)))", "x :-)\n", "ab:)))"]:
        assert (features.SENTENCE_END.search(text) is not None) == (features.SENTENCE_END.search(text[-6:]) is not None)


def _code_points():
    return (chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)


def test_line_key_edges_letters_are_never_stripped():
    """rules.base.line_key skips its strip pattern when both ends are letters."""
    from boilerstrip.rules import base

    lead = regex.compile(r"[\s\d>»›❯•·|*#-]")
    trail = regex.compile(r"[\s:：>»›❯…|.!()\[\]\d-]")
    for c in _code_points():
        if c.isalpha():
            assert not lead.match(c) and not trail.match(c), hex(ord(c))
    for text in ["Tin liên quan", "a", "Xem thêm >>", "1 a b", "Bình luận (33)", "đ", "x1", ""]:
        assert base.line_key(text) == base._KEY_STRIP.sub("", text).casefold()


def test_only_ascii_letters_fold_to_the_prefilter_letters():
    """Case-insensitive literals used by pre-filters (dates._RELATIVE_LAST, chrome's "GP")."""
    for letter in "cyagp":
        pattern = regex.compile(letter, regex.IGNORECASE)
        assert {c for c in _code_points() if pattern.fullmatch(c)} == {letter, letter.upper()}


def test_regex_whitespace_is_python_whitespace():
    """Block.norm is " ".join(split()): no regex \\s but " " is left in it."""
    space = regex.compile(r"\s")
    assert all(c.isspace() for c in _code_points() if space.match(c))


def test_case_variants_are_the_whole_fold_closure():
    """rules.base.case_variants must list every character a case-insensitive letter matches."""
    from boilerstrip.rules import base, captions, chrome, credits

    everything = "".join(_code_points())
    used = set()
    for first in (chrome._FOOTER_FIRST, chrome._BREADCRUMB_FIRST, captions._ILLUSTRATION_FIRST,
                  captions._CREDIT_LINE_FIRST, captions._MEDIA_HEADLINE_FIRST, credits._STAFF_FIRST):
        used |= {c.lower() for c in first if c.isalpha()}
    for letter in sorted(used | set(base._EXTRA_FOLDS)):
        matched = set(regex.findall(regex.escape(letter), everything, flags=regex.IGNORECASE))
        assert matched <= base.case_variants(letter), (letter, matched - base.case_variants(letter))


def test_ends_sentence_equals_the_pattern():
    import random

    rng = random.Random(3)
    alphabet = "a .?!…;\"'”’»)]\n“:=-(^_DP"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        assert features.ends_sentence(text) == (features.SENTENCE_END.search(text) is not None), repr(text)


@pytest.mark.parametrize("text, ends", [
    ("* Em là nữ, 19 tuổi. Xin bác sĩ tư vấn giúp. (Nguyễn Thy, Tân Thuận, TP.HCM)", True),
    ("… như kể trên. (MSNBC)", True),
    ("Câu hỏi? (" + "x" * 60 + ")", True),
    ("Câu hỏi? (" + "x" * 61 + ")", False),  # a note is short
    ("Xong. (a (b) c)", False),  # one pair of brackets
    ("Xong.(MSNBC)", False),  # a space between
    ("Hà Nội (TTXVN)", False),  # no sentence before the note
    ("Xong; (MSNBC)", False),  # ";" ends clauses, not a text a source signs
])
def test_a_sentence_then_a_note_in_brackets_ends_a_sentence(text, ends):
    assert features.ends_sentence(text) is ends
    assert (features.SENTENCE_END.search(text) is not None) is ends


# Pre-filters test what a pattern needs before running it, and were derived by reading
# the pattern. A changed pattern must have its pre-filter re-derived: this fingerprint
# fails first, naming where to look.
PREFILTERED = {
    "rules.chrome.TEMPLATE_CODE": "chrome._TEMPLATE_HINTS",
    "rules.chrome.FOOTER": "chrome._FOOTER_FIRST",
    "rules.chrome.LICENCE_NUMBER": "chrome._LICENCE_HINTS",
    "rules.chrome.BREADCRUMB": "chrome._BREADCRUMB_FIRST",
    "rules.chrome.CRUMB_SEPARATORS": "chrome._CRUMB_MARKS",
    "rules.chrome.PIPE_MENU": "chrome.decide ('|' or 'I')",
    "rules.chrome.KEYWORDS": "chrome.decide (',')",
    "rules.chrome.HASHTAGS": "chrome.decide ('#' first)",
    "rules.chrome.COUNTER": "chrome._may_be_counter",
    "rules.chrome.COMMENT_META": "chrome.decide ('-' or '–')",
    "rules.chrome.FOLLOW_PROMPT": "chrome.decide (first letter T, M, C or P; case-sensitive pattern)",
    "rules.chrome.COOKIE_PROMPT": "chrome.decide ('ookie', case-sensitive in the pattern)",
    "rules.chrome.EMAIL_LINE": "chrome.decide ('@' and no space)",
    "rules.chrome.TOPIC_LABEL": "chrome.decide (first letter S, C, D or T and ':'; case-sensitive pattern)",
    "rules.captions.ILLUSTRATION": "captions._ILLUSTRATION_FIRST",
    "rules.captions.CREDIT_LINE": "captions._CREDIT_LINE_FIRST",
    "rules.captions.MEDIA_HEADLINE": "captions._MEDIA_HEADLINE_FIRST",
    "rules.captions.CREDIT_SUFFIX": "captions._may_have_credit_suffix",
    "rules.captions.SCREENSHOT_SUFFIX": "captions.ends_with_credit ('màn hình' in the last 12 characters; the pattern reads the last 30)",
    "rules.captions.SOCIAL_EMBED": "captions._credit_kind ('(@': every alternative holds it)",
    "rules.captions.SOURCE_SUFFIX": "captions._credit_kind (')' or '.' last, 'guồn')",
    "rules.credits.STAFF": "credits._STAFF_MAX/_STAFF_FIRST",
    "rules.credits.STAFF_DESK": "credits.credit ('nhóm' first, lowered; a bound too: no desk name is longer than _STAFF_DESK_MAX)",
    "features.INNER_SENTENCE": "features.several_sentences (a final mark in the line)",
    "metadata.QA_LABEL": "metadata._title_shape (':' in the line)",
    "rules.credits.THEO": "credits.credit ('Theo')",
    "rules.credits.NGUON": "credits.credit (':')",
    "rules.credits.AUTHOR_PAREN": "credits.credit ('(')",
    "rules.credits.NGUON_URL": "credits._source_address ('://'; credit: ':')",
    "rules.credits.BYLINE_LABEL": "credits.credit (':')",
    "rules.credits.TEXT_AND_PHOTO": "credits.credit (':')",
    "rules.credits.PAREN_AGENCY": "credits.credit ('(' or '[' first)",
    "rules.credits.NAME_OUTLET": "credits.credit ('/')",
    "rules.credits.THREAD_STARTER": "credits.credit ('ắt đầu bởi')",
    "rules.credits.MORE_AUTHORS": "credits.credit ('khác' last, any case)",
    "rules.credits.AUTHOR_WORD": "credits.credit ('Tác giả ' first)",
    "rules.markers.INLINE_RELATED": "markers._inline_related (a related-box opener after the bullets)",
    "rules.markers.RELATED_INVITATION": "markers._related_invitation ('mời ' first after the bullets, any case)",
    "rules.dates.MATCH_MINUTE": "dates._short_line (MATCH_MINUTE_MAX; timestamp_line: a digit)",
    "rules.headlines.LIST_ITEM": "headlines._may_be_list_item",
    "rules.headlines.TEASER_CARD": "headlines.teaser_card ('/', ':' in the first 260 characters of a match form)",
    "rules.headlines.MEDIA_TAG": "headlines.detect ('[' or '(' first)",
    "rules.headlines.TRAILING_COUNTERS": "headlines._may_end_in_digit",
    "rules.dates.DATE_ANY": "dates._DATE_HINT",
    "rules.dates._TAIL_RELATIVE": "dates._RELATIVE_LAST",
    "rules.dates.RELATIVE_TIME": "dates._DIGIT_OR_HOM",
    "rules.dates.TIME_HM": "dates._ANY_DIGIT",
    "rules.dates.TEASER_DATE": "dates._ANY_DIGIT",
    "rules.base._KEY_STRIP": "base.line_key (letters at both ends)",
    "features.SENTENCE_END": "features.ends_sentence",
    "features.DIGIT_WORD": "features._DIGIT_IN_WORD",
    "features.ADDRESS_TAIL": "features._ends_with_address ('/' or 'www.')",
    "metadata.SITE_SUFFIX": "metadata._may_have_site_suffix",
    "metadata.SITE_NAME_FIRST": "metadata._title_shape ('.' in the first 40 characters)",
    "rules.chrome.PAGE_OF": "chrome._PAGER_FIRST",
    "rules.chrome.UI_INSTRUCTION": "chrome.decide (UI_INSTRUCTION_FIRST, ' để ' in the lowered line, at most 80 characters)",
    "coherence.LEAD_OPENER": "coherence.lead_mark (a dash in the first _MARK_REACH characters)",
    "reflow._LOWER_WORD": "reflow.continues (first character lowercase, str.islower)",
    "reflow._DASH_CLAUSE": "reflow.continues (a dash first)",
    "reflow._GLOSS_CLAUSE": "reflow.continues ('(' first)",
    "reflow._NAME_NOTE": "reflow.join_hint, reflow.split_paragraphs ('(' first)",
    "reflow._CREDIT_LABEL_END": "reflow.join_hint, reflow.split_paragraphs (':' last)",
}
FINGERPRINT = "4c6bd36607775a8d"


def test_prefiltered_patterns_unchanged():
    import hashlib
    import importlib

    digest = hashlib.sha256()
    for name in sorted(PREFILTERED):
        module, attr = name.rsplit(".", 1)
        pattern = getattr(importlib.import_module("boilerstrip." + module), attr)
        digest.update(f"{name}={pattern.pattern}/{pattern.flags}\n".encode())
    assert digest.hexdigest()[:16] == FINGERPRINT, (
        "a pre-filtered pattern changed; re-derive its pre-filter (see PREFILTERED), then update FINGERPRINT "
        f"to {digest.hexdigest()[:16]}"
    )


def test_letters_are_word_characters_without_digits():
    """features: a token of letters (str.isalpha) is one word; str.isupper of its first
    letter is \\p{Lu}; it holds no digit."""
    word, upper, digit = regex.compile(r"\w"), regex.compile(r"\p{Lu}"), regex.compile(r"\d")
    for c in _code_points():
        if c.isalpha():
            assert word.match(c) and not digit.match(c), hex(ord(c))
            assert c.isupper() == (upper.match(c) is not None), hex(ord(c))


def test_bigrams_equal_the_reference():
    from boilerstrip import coherence

    def reference(text):
        stop = features.stopwords()
        words = [w.lower() for w in features.WORD.findall(text)]
        return {(a, b) for a, b in zip(words, words[1:]) if not (a in stop and b in stop) and not (a.isdigit() or b.isdigit())}

    for text in ["Có thể nói, thời gian qua 12 tháng", "ΑΣ'Α ΟΔΟΣ.Α", "İstanbul là thành phố", "a  b\tc", ""]:
        assert coherence.bigrams(text) == reference(text)


def test_space_characters_other_than_space_are_unprintable():
    """metadata._single_spaced skips the split for printable text without double spaces."""
    assert all(not c.isprintable() for c in _code_points() if c.isspace() and c != " ")


def test_site_suffix_prefilter_is_necessary():
    """metadata._may_have_site_suffix holds on every single-spaced line SITE_SUFFIX changes."""
    from conftest import fixture_pages

    from boilerstrip import metadata

    lines = {" ".join(raw.split()) for _, _, text, _ in fixture_pages() for raw in text.splitlines()}
    lines |= {"Tin | " + "x" * 40, "Tin - " + "y" * 41, "a – bb", "Đối thoại Mỹ - Trung | Báo Quốc tế"}
    changed = [t for t in lines if metadata.SITE_SUFFIX.sub("", t) != t]
    assert changed  # the corpus has <title> lines "X | Site"
    assert all(metadata._may_have_site_suffix(t) for t in changed)


def test_only_ascii_and_o_acute_fold_to_nhom():
    """rules.credits.credit tests ``text[:4].lower() == "nhóm"`` before STAFF_DESK."""
    for letter, expected in (("n", "nN"), ("h", "hH"), ("ó", "óÓ"), ("m", "mM")):
        pattern = regex.compile(letter, regex.IGNORECASE)
        assert {c for c in _code_points() if pattern.fullmatch(c)} == set(expected)
        assert all(c.lower() in expected.lower() for c in expected)


def test_only_ascii_and_o_circumflex_fold_to_hom():
    """rules.dates.timestamp_line tests ``"hôm" in line.lower()`` instead of _DIGIT_OR_HOM."""
    for letter, expected in (("h", "hH"), ("ô", "ôÔ"), ("m", "mM")):
        pattern = regex.compile(letter, regex.IGNORECASE)
        assert {c for c in _code_points() if pattern.fullmatch(c)} == set(expected)
        assert all(c.lower() in expected.lower() for c in expected)


def test_fast_constructors_build_the_same_objects():
    """features._features and Line.__init__ skip the frozen dataclass's per-field setattr."""
    import dataclasses
    import pickle

    import pytest

    from boilerstrip.types import Label, Line

    args = (12, 3, 0.25, True, 0.5, 0.125, 0.0, False)
    fast, slow = features._features(*args), features.Features(*args)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert dataclasses.astuple(fast) == args and pickle.loads(pickle.dumps(fast)) == slow
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.words = 4  # type: ignore[misc]
    line = Line(3, "x", Label.BODY, "why")
    assert line == Line(number=3, text="x", label=Label.BODY, reason="why") == dataclasses.replace(line)
    assert repr(line) == "Line(number=3, text='x', label=<Label.BODY: 'body'>, reason='why')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.text = "y"  # type: ignore[misc]


def test_chrome_inline_hints_are_the_hint_tuples():
    """chrome.decide tests the hint tuples inline; keep them in step."""
    import inspect

    from boilerstrip.rules import chrome

    source = inspect.getsource(chrome.decide)
    for hints in (chrome._TEMPLATE_HINTS, chrome._LICENCE_HINTS, chrome._CRUMB_MARKS):
        assert " or ".join(f"{h!r} in text".replace("'", '"') for h in hints) in " ".join(source.split())


def test_ascii_word_characters_are_letters_digits_and_underscore():
    """features._ascii_counts splits ASCII tokens with str methods instead of the patterns."""
    word, upper, digit = regex.compile(r"\w"), regex.compile(r"\p{Lu}"), regex.compile(r"\d")
    for cp in range(128):
        c = chr(cp)
        assert (word.match(c) is not None) == (c.isalnum() or c == "_"), hex(cp)
        assert (upper.match(c) is not None) == c.isupper() and (digit.match(c) is not None) == c.isdigit(), hex(cp)
        assert c.lower().isascii()


def test_bigram_count_equals_the_ungrouped_pattern():
    """features._bigram_hits: a pair is only looked for when both its words occur, and the
    grouped ``\\b`` pattern matches where one ``(?<!\\w)head(?=\\W+tail(?!\\w))`` per pair does."""
    import random

    pairs = features._bigram_pairs()
    reference = regex.compile(r"(?<!\w)(?:" + "|".join(
        rf"{regex.escape(a)}(?=\W+{regex.escape(b)}(?!\w))" for a, b in pairs) + ")")
    pieces = [w for pair in pairs for w in pair] + ["a", "ể", "1", "_", " ", ", ", "-", "\u0301", "  "]
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert features._bigram_hits(text) == len(reference.findall(text)), repr(text)


def test_date_hint_is_necessary():
    """Every DATE_ANY match holds a rules.dates._DATE_HINT match starting at most
    _HINT_OFFSET characters after its own start (_first_datetime searches from there)."""
    from conftest import fixture_pages

    from boilerstrip.rules import dates

    lines = {" ".join(raw.split()) for _, _, text, _ in fixture_pages() for raw in text.splitlines()}
    lines |= {"2024-01-15T10:00:00+07:00", "ngày   12 tháng 3 năm 2024", "NGÀY 1 THÁNG 12, NĂM 2020",
              "1.2.2010", "01-02-2010", "30/11/12", "5/3/2024 8h", "x1/2/33", "2024-1-15", "1.000 đồng",
              "21 tháng 11, 2026", "21 Tháng   11 2026"}
    found = 0
    for text in lines:
        for match in dates.DATE_ANY.finditer(text):
            found += 1
            hint = dates._DATE_HINT.search(text, match.start())
            assert hint is not None and hint.start() <= match.start() + dates._HINT_OFFSET, text
    assert found > 100


def test_inline_related_prefilter_is_necessary():
    """Every line that INLINE_RELATED matches with a related-box opener as its marker
    passes markers._inline_related's opener test (which runs first)."""
    from conftest import fixture_pages

    from boilerstrip.rules import markers
    from boilerstrip.rules.base import line_key

    lines = {" ".join(raw.split()) for _, _, text, _ in fixture_pages() for raw in text.splitlines()}
    lines |= {">>>>>>>>>>>>>>>>>>>>>>>>>>>>>> Xem thêm: Giá vàng hôm nay tăng mạnh", "• Đọc thêm » Bão số 10 đổi hướng",
              "XEM THÊM: Hà Nội lắp thêm 200 camera", "- - Tin liên quan: Xuất khẩu nông sản tăng"}
    found = 0
    for text in lines:
        m = markers.INLINE_RELATED.match(text)
        if m and line_key(m["marker"]) in markers._inline_openers():
            found += 1
            assert markers._inline_related(text) is not None, text
    assert found >= 4


def test_inline_related_first_characters_cover_every_casefold():
    """markers._inline_first: any character whose casefold can begin an opener is in the
    set (so the early exit never drops a line that the casefolded startswith test takes)."""
    import sys

    from boilerstrip.rules import markers

    openers = markers._inline_openers()
    allowed = markers._inline_first()
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        folded = c.casefold()
        if folded and any(opener.startswith(folded) for opener in openers):
            assert c in allowed, repr(c)


def test_teaser_card_prefilter_is_necessary():
    """headlines.teaser_card skips the pattern unless ':' lies in the first 260 characters:
    the longest head (200) and stamp still put it before that in a single-spaced line."""
    from boilerstrip.rules import headlines

    head = "Tiêu đề " + "x" * 192  # 200 characters
    for stamp in ("04/01/2021 - 08:57", "08:57 | 04/01/2021", "04/01/2021 08:57 (GMT+7)"):
        line = f"{head} {stamp} Giá vàng trong nước sáng nay tiếp tục tăng theo đà của thị trường."
        assert headlines.TEASER_CARD.match(line) and line.index(":") < 260


def test_lead_mark_hint_is_necessary():
    """A LEAD_OPENER match on a single-spaced line ends its dash within _MARK_REACH
    characters, so coherence.lead_mark may skip lines without a dash there."""
    from conftest import fixture_pages

    from boilerstrip import coherence

    lines = {" ".join(raw.split()) for _, _, text, _ in fixture_pages() for raw in text.splitlines()}
    lines |= {"(" + "x" * 24 + ") - tin", "(" + "Đ" * 24 + ") – tin", "V" + "x" * 20 + " — tin", "(NLĐO)- tin"}
    found = 0
    for text in lines:
        m = coherence.LEAD_OPENER.match(text)
        if m:
            found += 1
            assert m.end() <= coherence._MARK_REACH, text
            assert coherence.lead_mark(text) is not None
    assert found > 20


def test_the_continuation_prefilter_is_necessary():
    """``reflow.continues`` tests the first character (lowercase, a closer or a dash) before
    ``reflow._continuation``, every branch of which needs one of them."""
    from boilerstrip import reflow

    for c in map(chr, range(0x3000)):
        for line in (c + "ó là", c + " người đồng hành", c + "a) b", c + "Khác), sau đó"):
            if reflow._continuation(line):
                assert c.islower() or c in reflow._OPENS_CONTINUATION, repr(c)


def test_join_hint_is_continues_or_a_credit_label_or_a_separator(pages):
    """reflow.join_hint inlines reflow.continues, reflow._credit_label and the row separator
    test (it reads every line)."""
    from boilerstrip import reflow
    from boilerstrip.normalize import display_form

    lines = {display_form(line) for _, _, text, _ in pages for line in text.splitlines()}
    lines |= {"Theo", "THEO", "theo", "Theo:", "Nguồn:", "Tàu dầu tháng 12/2022. Ảnh:", "eo biển Hormuz", ". Theo", "– người",
              "•", "-", "|", "–", "(tổng hợp)", "(TTXVN)"}
    for line in lines:
        separator = len(line) == 1 and line in reflow.ROW_SEPARATORS
        note = line[:1] == "(" and reflow._NAME_NOTE.match(line) is not None
        assert reflow.join_hint(line) == (reflow.continues(line) or reflow._credit_label(line) or separator or note), line


def test_lowercase_lines_bound_the_wrap_points_before_lowercase(pages):
    """reflow.wrapped_lines skips the width test when fewer than WRAP_MIN_PAIRS lines start
    lowercase once trimmed (counted on display forms, from the per-line memo); the test counts
    wrap points before a raw line whose first non-space character is lowercase, so every such
    raw line must give a display form that starts lowercase (NFD and invisibles included)."""
    import unicodedata

    from boilerstrip import reflow
    from boilerstrip.normalize import display_form

    lines = {line for _, _, text, _ in pages for line in text.splitlines()}
    lines |= {unicodedata.normalize("NFD", line) for line in list(lines)}
    lines |= {"\u200b" + line for line in list(lines)[:500]} | {"  \u00a0ở đâu", "\tđó là"}
    for line in lines:
        if line.lstrip()[:1].islower():
            assert reflow.line_hints(display_form(line)) & reflow.LOWERCASE, repr(line)
