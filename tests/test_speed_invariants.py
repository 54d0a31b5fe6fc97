"""Facts about Unicode and the regex engines that the fast paths rely on.

Each fast path is documented as equal to a slower original; these tests check the
property it needs over every code point (or on hostile shapes), so an upgrade of Python's
Unicode tables or of the ``regex`` module cannot silently change ``extract()`` output.
"""
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
    for text in ["a.", "a.)))", "a.))))", "nói.”\n", "x ?”", "abc", "“x”", "end…\n", ""]:
        assert (features.SENTENCE_END.search(text) is not None) == (features.SENTENCE_END.search(text[-6:]) is not None)


def _code_points():
    return (chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)


def test_line_key_edges_letters_are_never_stripped():
    """rules.base.line_key skips its strip pattern when both ends are letters."""
    from boilerstrip.rules import base

    lead = regex.compile(r"[\s\d>»›❯•·|*#-]")
    trail = regex.compile(r"[\s:：>»›❯…|.()\[\]\d-]")
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
