"""A level set against the earlier one with the change named after ("showing growth of R",
"that is an R increase"), a level with its rate and the amount in brackets ("an increase of R
(C)"), and a rate before its levels ("fell by R; from S to E"): each checked, a slip in any
figure flagged."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_written, totals_and_parts

CASES = {
    "showing_growth_ok": (
        "Shipments stood at 7.540 billion dollars against 6.820 billion dollars a year earlier, "
        "showing growth of 10.56 percent.",
        "growth",
        "consistent",
    ),
    "showing_growth_slip": (
        "Shipments stood at 7.540 billion dollars against 6.820 billion dollars a year earlier, "
        "showing growth of 12.56 percent.",
        "growth",
        "inconsistent",
    ),
    "that_is_an_increase_ok": (
        "Park revenue reached 14.7 billion rand, against 13.5 billion rand in the same period "
        "last year, that is an 8.9% increase.",
        "growth",
        "consistent",
    ),
    "that_is_an_increase_slip": (
        "Park revenue reached 14.7 billion rand, against 13.5 billion rand in the same period "
        "last year, that is an 6.9% increase.",
        "growth",
        "inconsistent",
    ),
    "bracketed_change_ok": (
        "Imports totalled $204.8 billion, an increase of 4.1% ($8.06 billion) from a year ago.",
        "change",
        "consistent",
    ),
    "bracketed_change_slip": (
        "Imports totalled $204.8 billion, an increase of 4.1% ($10.06 billion) from a year ago.",
        "change",
        "inconsistent",
    ),
    "rate_then_semicolon_from_to_ok": (
        "Imports fell by 8.5%; from 6.70 billion dollars to 6.13 billion dollars over the year.",
        "growth",
        "consistent",
    ),
    "rate_then_semicolon_from_to_slip": (
        "Imports fell by 6.5%; from 6.70 billion dollars to 6.13 billion dollars over the year.",
        "growth",
        "inconsistent",
    ),
    "bracketed_fall_ok": (
        "Fares came to 61.2 million euros in June, a decline of 2.5% (1.57 million euros).",
        "change",
        "consistent",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_verdict(tmp_path, name):
    text, kind, verdict = CASES[name]
    assert_relation_verdict(tmp_path, name, text, kind, verdict)


@pytest.mark.parametrize(("rate", "verdict"), [("38.4", "consistent"), ("48.4", "inconsistent")])
def test_an_average_yearly_rise_from_to_is_a_compound_rate(tmp_path, rate, verdict):
    text = (
        "Brisk Audio shipped 1.90 million units in 2022, up from 38,000 units in 2010, an "
        f"average yearly rise of {rate} percent."
    )
    assert_relation_verdict(tmp_path, "cagr_rise", text, "cagr", verdict)


def test_the_level_after_against_is_no_end_of_the_change_after_it():
    text = (
        "Cocoa output in May reached 41.8 million kilograms against 44.0 million kilograms in"
        " May 2022, a decrease of 2.2 million kilograms or 5.0 percent."
    )
    assert roles_written(text, "change", ("end",)) == []
    assert totals_and_parts(text, "sum") == [
        ("44.0 million kilograms", ["41.8 million kilograms", "2.2 million kilograms"], "medium")
    ]
