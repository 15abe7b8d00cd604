"""Decimal points broken by a stray space or line break ("$14. 2 billion"): one figure, one
sentence, and spans that still point into the text as written."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.extract import find_quantities
from audit.extract.broken_points import broken_points, mended
from audit.extract.sentences import sentences
from audit.pipeline import run_check

HEAD = "Published: 2023-06-10\n\nA test title\n\n"


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def _figures(text: str) -> list[tuple[str, Decimal | None]]:
    return [(text[f.start : f.end], f.value) for f in find_quantities(text)]


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("The toy maker's sales climbed to $8. 4 billion last year.", "$8. 4 billion", "8.4e9"),
        ("Of that, RMB12. 6 billion went on wages.", "RMB12. 6 billion", "12.6e9"),
        ("Ferries carried 3. 75 million tonnes of freight.", "3. 75 million tonnes", "3.75e6"),
        ("Prices in the region rose 4. 8 percent in May.", "4. 8 percent", "4.8"),
        ("The mill sold 1,240. 5 million bags.", "1,240. 5 million", "1240.5e6"),
        ("The firm shipped 31.\n7 million phones in the quarter.", "31.\n7 million", "31.7e6"),
    ],
)
def test_a_point_broken_by_a_stray_space_or_line_break_is_one_figure(text, written, value):
    assert (written, Decimal(value)) in _figures(text)
    assert len(_sentences(text)) == 1


@pytest.mark.parametrize(
    "text,first,second",
    [
        # The figure before ends its clause and a new one starts after the unit.
        ("Rents were $8. 4 billion more came from fees.", "Rents were $8.", "4 billion more"),
        ("Shares rose 31. 7% of them fell.", "Shares rose 31.", "7% of them fell."),
        ("The index closed at 3,412. 12 percent of firms reported losses.", "3,412.", "12 per"),
        # A year, three digits after the point, or no unit: a sentence ends there.
        ("Toll roads opened in 2019. 12 percent of trips use them.", "2019.", "12 percent"),
        ("Its score was 12. 350 fans came.", "Its score was 12.", "350 fans came."),
        ("The class had 24. 6 of them passed.", "The class had 24.", "6 of them passed."),
        # A number that starts its line, or follows a heading word, numbers a list or a part.
        ("Findings:\n1. 20 percent of staff left.", "1.", "20 percent of staff left."),
        ("See Chapter 3. 10 percent of firms failed.", "See Chapter 3.", "10 percent of"),
    ],
)
def test_a_real_sentence_end_before_a_numeral_is_not_mended(text, first, second):
    *_, before, after = _sentences(text)
    assert before.endswith(first)
    assert after.startswith(second)


def test_a_line_break_inside_a_number_does_not_end_the_paragraph():
    text = "Refiners processed 14.\n2 million barrels a day. Demand fell.\n12 firms closed."
    assert _sentences(text) == [
        "Refiners processed 14.\n2 million barrels a day.",
        "Demand fell.",
        "12 firms closed.",
    ]


def _statuses(tmp_path, sentence: str) -> list[str]:
    article = tmp_path / "a.txt"
    article.write_text(HEAD + sentence + "\n", encoding="utf-8")
    report, _ = run_check([article])
    return [f.status for f in report.findings() if f.rule.startswith("growth")]


def test_broken_amounts_are_checked_as_the_numbers_they_are(tmp_path):
    right = "Sales at the toy maker rose to $14. 2 billion from $11. 9 billion, up 19.3%."
    wrong = "Sales at the toy maker rose to $14. 2 billion from $11. 9 billion, up 29.3%."
    assert _statuses(tmp_path, right) == ["consistent"]
    assert _statuses(tmp_path, wrong) == ["inconsistent"]


_PIECES = st.sampled_from(
    [
        "$14. 2 billion",
        "31.\n7 million",
        "12. 5 percent",
        " sales ",
        "were ",
        "more came ",
        "2019. ",
        "fell. ",
        "\n",
        "%",
        ", ",
    ]
)


@given(st.lists(_PIECES, max_size=12))
def test_mending_keeps_the_length_and_every_span_points_into_the_text(pieces):
    text = "".join(pieces)
    reading, _ = mended(text)
    assert len(reading) == len(text)
    for found in find_quantities(text):
        assert text[found.start : found.end] == found.text


@given(st.lists(_PIECES, max_size=12))
def test_the_splitter_and_the_finder_agree_on_every_broken_point(pieces):
    text = "".join(pieces)
    spans = [(s.start, s.end) for s in sentences(text)]
    for start, point in broken_points(text):
        # The number stays in one sentence, and the finder reads it whole there.
        (body,) = [(s, e) for s, e in spans if s <= start and point + 2 < e]
        figures = find_quantities(text[body[0] : body[1]])
        assert any(f.start <= start - body[0] and point + 2 - body[0] < f.end for f in figures)


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("Freight rose from 180,300 tonnes to 204, 760 tonnes.", "204, 760 tonnes", "204760"),
        ("The mill reached 3, 400 tonnes in May.", "3, 400 tonnes", "3400"),
    ],
)
def test_a_thousands_comma_broken_by_a_space_is_one_figure(text, written, value):
    assert (written, Decimal(value)) in _figures(text)


@pytest.mark.parametrize(
    "text,first",
    [
        ("On June 14, 600 tonnes of grain left the port.", "14"),  # a date's day
        ("Bids were 98, 120 and 135 tonnes.", "98"),  # a list
        ("In 2019, 510 tonnes were shipped.", "2019"),
        ("Prices rose to 12, 500 buyers said.", "12"),  # no unit after the group
    ],
)
def test_a_comma_and_a_space_between_two_numbers_stay_two(text, first):
    assert _figures(text)[0][0] == first
