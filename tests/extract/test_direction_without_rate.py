"""A change from a start to an end with no rate stated is still checked for the direction the
words give it: "fell to E from S" needs S to be the larger, "rose to E from S" E."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet, roles_by_name

HEAD = "Published: 2024-03-01\n\nCity figures\n\n"


@pytest.mark.parametrize(
    ("sentence", "larger", "smaller"),
    [
        ("Car thefts have fallen to 412 from 455.", "455", "412"),
        # a year dating the first figure, a restatement in brackets after it
        (
            "Bus fares brought in less, falling from $61 million in 2022 to $54 million.",
            "$61 million",
            "$54 million",
        ),
        (
            "Seed imports eased, decreasing from Ksh20.4 billion ($158 million) to Ksh18.9"
            " billion.",
            "Ksh 20.4 billion",
            "Ksh 18.9 billion",
        ),
        ("Tram trips rose to 8.4 million from 7.9 million.", "8.4 million", "7.9 million"),
        ("Tram trips reached 8.4 million, up from 7.9 million.", "8.4 million", "7.9 million"),
        ("Tram trips were 7.9 million, down from 8.4 million.", "8.4 million", "7.9 million"),
        # a year dating the end, the start in brackets
        ("Ferry trips fell to 3,720 in 2023 (down from 4,150).", "4,150", "3,720"),
        # a half-year code and its year, with a comma, dating the start
        (
            "Profit rose from $65.7 million in H1, 2022 to $96.3 million.",
            "$96.3 million",
            "$65.7 million",
        ),
        # "dipped", and the start named as last year's
        ("Shoplifting dipped to 412 cases from last year's 455.", "455", "412 cases"),
        # the verb that governs the pair, not one of another clause
        (
            "Tram trips, which fell in May, rose to 8.4 million from 7.9 million.",
            "8.4 million",
            "7.9 million",
        ),
        # a rate's change in points with no points stated
        ("The vacancy rate dropped to 6.2% from 6.45%.", "6.45%", "6.2%"),
    ],
)
def test_the_words_give_the_order_of_a_pair_with_no_rate(sentence, larger, smaller):
    assert roles_by_name(HEAD + sentence, "order") == [{"larger": larger, "smaller": smaller}]


def test_a_pair_moving_against_its_words_is_flagged(tmp_path):
    findings = audit_snippet(
        tmp_path, "trams", HEAD + "Tram trips rose to 7.4 million from 7.9 million."
    )
    assert [f.status for f in findings if f.kind == "order"] == ["inconsistent"]


@pytest.mark.parametrize(
    "sentence",
    [
        # no direction said
        "Tram trips were 8.4 million, compared with 7.9 million a year earlier.",
        # a rate is stated: the growth checks it, no order is added
        "Tram trips rose 6.3% to 8.4 million from 7.9 million.",
        # a direction word of another clause, or inside a name
        "Bus trips, which fell in May, reached 8.4 million, compared with 7.9 million.",
        "Although fares rose, ridership went from 8.4 million to 7.9 million.",
        "Places in higher education went from 43,500 to 41,000.",
        "Claims for falls at home went from 3,100 to 3,450 in the year.",
        "The number of down payments went from 4,100 to 4,600.",
    ],
)
def test_no_order_without_one_direction_or_with_a_rate(sentence):
    assert roles_by_name(HEAD + sentence, "order") == []
