"""A start named after "That": "Freight reached E in May. That is up from S a year before, a R
rise." The level "That" names is the one level of the start's kind in the sentence before;
with two, the words do not say which, and nothing is linked."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name

HEAD = "Published: 2024-06-20\n\nHarbour freight\n\n"


@pytest.mark.parametrize(("rate", "verdict"), [("4.2", "consistent"), ("8.2", "inconsistent")])
def test_that_is_up_from_pairs_the_start_with_the_level_before(tmp_path, rate, verdict):
    text = HEAD + (
        "Freight through Calder harbour reached 9.92 million tonnes in May.\n\n"
        f"That is up from 9.52 million tonnes a year before, a {rate}% increase.\n"
    )
    assert roles_by_name(text, "growth") == [
        {"start": "9.52 million tonnes", "end": "9.92 million tonnes", "rate": f"{rate}%"}
    ]
    assert_relation_verdict(tmp_path, "freight", text, "growth", verdict)


def test_the_rate_may_come_first_and_say_the_fall():
    text = HEAD + (
        "Freight through Calder harbour came to 7,300 containers.\n\n"
        "That was 5.2 per cent down from 7,700 in 2022.\n"
    )
    assert roles_by_name(text, "growth") == [
        {"start": "7,700", "end": "7,300 containers", "rate": "-5.2 per cent"}
    ]


def test_that_compares_with_pairs_each_level_with_its_own_kind_before():
    text = HEAD + (
        "Net income at Ferrow Lines rose to $412 million, or $2.05 per share.\n\n"
        "That compares with a year-earlier net income of $377 million, or $1.88 per share.\n"
    )
    pairs = {(g["start"], g["end"]) for g in roles_by_name(text, "growth")}
    assert ("$377 million", "$412 million") in pairs
    assert ("$377 million", "$2.05 per share") not in pairs
    assert len(pairs) == 2


@pytest.mark.parametrize(
    "first",
    [
        # two levels of the start's kind: which one "That" names is not said
        "Calder handled 9.92 million tonnes and Rusk 4.10 million tonnes in May.",
        # no "That": the start is no start of the sentence before
        "Freight through Calder harbour reached 9.92 million tonnes in May.",
    ],
)
def test_no_start_the_words_do_not_point_at(first):
    second = (
        "Exports were up from 9.52 million tonnes a year before."
        if first.endswith("harbour reached 9.92 million tonnes in May.")
        else "That is up from 9.52 million tonnes a year before."
    )
    text = HEAD + f"{first}\n\n{second}\n"
    assert all(g.get("start") != "9.52 million tonnes" for g in roles_by_name(text, "growth"))


def test_a_bracketed_restatement_in_another_currency_is_no_level_of_its_own():
    # no currency code for the first amount: the bracket still restates it, no rate checks it
    text = HEAD + (
        "Port dues reached 48.6 billion shillings in the first half.\n\n"
        "That is up from 45.0 billion shillings ($350 million) a year before, an 8% increase.\n"
    )
    growths = roles_by_name(text, "growth")
    assert growths == [{"start": "45.0 billion", "end": "48.6 billion", "rate": "8%"}]
