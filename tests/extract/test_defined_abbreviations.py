"""A unit the article abbreviates where it first writes it ("148.6 million tonnes (mt)") is
read in full where only the abbreviation follows a number ("155.7 mt")."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from audit.extract.numbers_in_text import defined_abbreviations
from tests.extract.snippets import assert_relation_verdict

_CROP = (
    "Title\n\nWheat output is put at 98.40 million tonnes (mt), up {rate} per cent from "
    "92.10 mt last season. Barley came to 12.35 mt.\n"
)


def test_a_number_before_a_defined_abbreviation_takes_its_words():
    values = [c["value"] for c in extract_claims(_CROP.format(rate="6.8"), "crop")["claims"]]
    assert "92.10 million tonnes" in values
    assert "12.35 million tonnes" in values


@pytest.mark.parametrize(("rate", "verdict"), [("6.8", "consistent"), ("8.6", "inconsistent")])
def test_the_growth_is_checked_on_the_words_the_abbreviation_stands_for(tmp_path, rate, verdict):
    assert_relation_verdict(tmp_path, "crop", _CROP.format(rate=rate), "growth", verdict)


@pytest.mark.parametrize(
    ("text", "defined"),
    [
        (
            "Output was 98.4 million tonnes (mt) and 4.2 lakh hectares (lh).",
            {"mt": "million tonnes", "lh": "lakh hectares"},
        ),
        # letters that are not the words' initials define nothing
        ("Output was 98.4 million tonnes (MoA) this year.", {}),
    ],
)
def test_an_abbreviation_is_defined_by_the_initials_of_its_words(text, defined):
    assert defined_abbreviations(text) == defined
