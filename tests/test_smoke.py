import pytest

import boilerstrip


def test_bytes_that_are_not_utf8_raise_decode_error_with_offset():
    with pytest.raises(boilerstrip.DecodeError) as info:
        boilerstrip.extract("Tin mới".encode("utf-8") + b"\xff\xfe")
    assert info.value.offset == len("Tin mới".encode("utf-8"))
    assert isinstance(info.value, ValueError)


def test_one_line_record_per_input_line():
    text = "a\r\nb\n\nc"
    article = boilerstrip.extract(text)
    assert [line.number for line in article.lines] == [1, 2, 3, 4]
