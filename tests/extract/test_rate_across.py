"""A pair of levels with no rate of its own takes the one rate of change the sentence next to
it, or the headline, states for the same thing (invented articles)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, audit_snippet, roles_by_name

RATE_BEFORE = (
    "Retail\n\nDate: 2024-06-10\n\nRetail sales in Ostria rose {rate} percent year on year in "
    "March. Sales reached 412.5 billion euros, compared with 388.4 billion euros in March 2023.\n"
)
HEADLINE = (
    "Ostria's exports jump {rate}% in May\n\nDate: 2024-06-10\n\nThe trade ministry released "
    "its monthly figures on Tuesday.\n\nExports rose to 5.9 billion dollars from 5.0 billion "
    "dollars a year earlier, led by machinery.\n"
)


@pytest.mark.parametrize(
    "text, rate, verdict",
    [
        (RATE_BEFORE, "6.2", "consistent"),
        (RATE_BEFORE, "8.2", "inconsistent"),
        (HEADLINE, "18", "consistent"),
        (HEADLINE, "28", "inconsistent"),
    ],
)
def test_a_pair_takes_the_rate_its_neighbour_states(tmp_path, text, rate, verdict):
    assert_relation_verdict(tmp_path, "rate", text.format(rate=rate), "growth", verdict)


@pytest.mark.parametrize(
    "text",
    [
        # a narrower thing than the rate names
        RATE_BEFORE.replace("Sales reached", "Online sales reached"),
        # a rate against the month before
        RATE_BEFORE.replace("year on year", "month on month"),
        # two rates of sales: which one the words do not say
        RATE_BEFORE.replace(" in March.", " in March, while wholesale sales rose 3 percent."),
    ],
)
def test_a_rate_the_words_do_not_tie_to_the_pair_is_not_taken(tmp_path, text):
    found = [f for f in audit_snippet(tmp_path, "rate", text.format(rate="6.2"))]
    assert all(f.status != "inconsistent" for f in found if f.kind == "growth")
    assert [f.status for f in found if f.kind == "growth"] == ["unverifiable"]


@pytest.mark.parametrize(
    "text",
    [
        # the level's clause names its month, the rate's names it after the rate
        "Norland's exports rose 9.5 percent on-year in May.\n\nExports in May reached $20.5 "
        "billion, compared with $18.72 billion a year earlier.\n",
        # "outbound shipments" are the exports; a cause "lifted" them; "the first 20 days of
        # May" is the period, no count of days
        "Strong chip demand lifted Norland's exports 9.5 percent on-year in the first 20 days "
        "of May.\n\nOutbound shipments in the May 1-20 period reached $20.5 billion, compared "
        "with $18.72 billion a year earlier.\n",
    ],
)
def test_the_rate_before_names_the_pairs_flow_in_other_words(text):
    growths = roles_by_name("Published: 2024-05-22\n\nNorland trade\n\n" + text, "growth")
    assert growths == [{"start": "$18.72 billion", "end": "$20.5 billion", "rate": "9.5 percent"}]


@pytest.mark.parametrize(
    "text",
    [
        # two rates, the words of one naming the pair's flow
        "Exports fell 4.1 percent on-year in May, while imports rose 9.5 percent.\n\n"
        "Imports in May reached $20.5 billion, compared with $18.72 billion a year earlier.\n",
        # its size said first; the level stated by who reports it ("The bureau put X at")
        "Imports rose by a marginal 9.5 percent on-year in May.\n\nThe bureau's monthly "
        "report put imports at $20.5 billion, compared with $18.72 billion a year earlier.\n",
    ],
)
def test_the_rate_the_words_tie_to_the_pair_is_taken(text):
    growths = roles_by_name("Published: 2024-05-22\n\nNorland trade\n\n" + text, "growth")
    assert growths == [{"start": "$18.72 billion", "end": "$20.5 billion", "rate": "9.5 percent"}]
