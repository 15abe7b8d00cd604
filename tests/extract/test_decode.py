"""read_article: every encoding newsrooms leave behind, offsets into the text as returned."""

from __future__ import annotations

import codecs

import pytest

from audit.errors import InputError
from audit.extract import extract_claims, read_article

TEXT = "Revenue rose 5% to 7.9 trillion yuan (€1 trillion) in 2020 — “up” from 2019.\r\nNext line."


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with its byte-order mark
        TEXT.encode("utf-16-le"),  # without one
    ],
)
def test_unicode_encodings_decode_to_the_same_text(tmp_path, encoded):
    path = tmp_path / "a.txt"
    path.write_bytes(encoded)
    assert read_article(path) == TEXT


def test_latin1_and_windows_1252_fall_back(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Caf\u00e9 sales: \u201c5%\u201d of \u00a3300m".encode("cp1252"))
    assert read_article(path) == "Caf\u00e9 sales: \u201c5%\u201d of \u00a3300m"
    path.write_bytes(b"Price \x81 \xe9 12%")  # 0x81 is undefined in cp1252
    assert read_article(path) == "Price \x81 \u00e9 12%"


def test_crlf_is_kept_so_spans_match_the_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title line here for the test\r\nSales were 12.5 per cent higher.\r\n")
    text = read_article(path)
    data = extract_claims(text)
    claim = data["claims"][0]
    assert text[claim["span"][0] : claim["span"][1]] == claim["quote"]
    assert claim["value"] == "12.5 per cent"


def test_binary_file_is_an_input_error(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="not a text file") as error:
        read_article(path)
    assert error.value.path == str(path)


def test_empty_file_has_no_claims(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    data = extract_claims(read_article(path), article_id="empty")
    assert data["claims"] == [] and data["relations"] == []


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        read_article(tmp_path / "nope.txt")
