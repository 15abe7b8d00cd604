"""A share said to be the parts' together ("a combined 26%", "together 28.7%", "98.4% (respectively
64.6% and 33.8%)") is the sum of the parts' shares in its sentence."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet, totals_and_parts

HEAD = "Title\n\n"


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        (
            "The two northern ports together handled a combined 31 per cent of the cargo, with "
            "2.1 million tonnes (18pc) and 1.5 million tonnes (13pc) respectively.",
            "31 per cent",
            ["18%", "13%"],
        ),
        (
            "Hydro supplied 12.4% of the power and biomass 3.1%, together 15.5%.",
            "15.5%",
            ["12.4%", "3.1%"],
        ),
        (
            "Two builders built 71.2% of the new homes (respectively 40.5% and 30.7%).",
            "71.2%",
            ["40.5%", "30.7%"],
        ),
    ],
)
def test_a_combined_share_is_the_sum_of_its_parts_shares(text, total, parts):
    assert [(t, p) for t, p, _ in totals_and_parts(HEAD + text, "sum")] == [(total, parts)]


def test_a_slip_in_a_combined_share_is_found(tmp_path):
    text = HEAD + "Hydro supplied 12.4% of the power and biomass 3.1%, together 16.5%.\n"
    assert [f.status for f in audit_snippet(tmp_path, "power", text) if f.kind == "sum"] == [
        "inconsistent"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # rates of change do not add up
        "Exports and imports together rose 5%, with exports up 3% and imports up 7%.",
        # no word says the one is the others' together
        "Hydro supplied 12.4% of the power, biomass 3.1% and solar 15.5%.",
    ],
)
def test_shares_not_said_to_combine_are_no_sum(text):
    assert totals_and_parts(HEAD + text, "sum") == []


def test_another_clauses_share_is_no_part():
    text = (
        "The two ports together handled a combined 31 per cent of the cargo, with 18pc and 13pc "
        "respectively, while the east coast took 20 per cent."
    )
    assert [(t, p) for t, p, _ in totals_and_parts(HEAD + text, "sum")] == [
        ("31 per cent", ["18%", "13%"])
    ]
