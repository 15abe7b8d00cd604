"""A change in percentage points to a rate takes its start from the nearest earlier rate when
the words tie the two, in its sentence or the two before."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

HEAD = "Updated: 2024-02-02\n\n"


def _changes(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}

    def written(role):
        return values[role] if isinstance(role, str) else role["value"]

    return [
        (
            written(r["roles"]["start"]),
            written(r["roles"]["end"]),
            written(r["roles"]["change"]),
            r.get("confidence"),
        )
        for r in drafted["relations"]
        if r["kind"] == "pp_change"
    ]


def test_the_start_in_the_sentence_before_with_an_anaphor():
    text = (
        HEAD + "Vacancy in the old town stood at 7.5% in March.\n"
        "By June it had fallen 1.5 percentage points to 6.0%.\n"
    )
    assert _changes(text) == [("7.5%", "6.0%", "-1.5 percentage points", "low")]


def test_the_start_named_with_the_same_words():
    text = (
        HEAD + "Hotel occupancy on the coast was 64% last spring.\n"
        "This spring hotel occupancy rose 5 percentage points to 69%.\n"
    )
    assert _changes(text) == [("64%", "69%", "5 percentage points", "low")]


def test_the_link_holds_whatever_the_numbers_say(tmp_path):
    text = (
        HEAD + "Hotel occupancy on the coast was 64% last spring.\n"
        "This spring hotel occupancy rose 5 percentage points to 72%.\n"
    )
    [found] = [f for f in audit_snippet(tmp_path, "hotels", text) if f.kind == "pp_change"]
    assert found.status == "inconsistent"
    assert found.severity == "warning"


def test_an_unrelated_rate_before_is_not_a_start():
    text = (
        HEAD + "Turnout in the last election was 61%.\n"
        "The share of electric cars rose 2.5 percentage points to 30%.\n"
    )
    assert _changes(text) == []


def test_a_growth_rate_before_is_not_a_start():
    text = (
        HEAD + "Sales of the firm rose 12% to $4 billion.\n"
        "Its share of the market rose 1.1 percentage points to 9.4%.\n"
    )
    assert _changes(text) == []


def test_the_same_measure_of_another_unit_is_not_a_start():
    # Both name an operating margin, one the bakery arm's and the other the dairy arm's.
    text = (
        HEAD + "Fenwick's bakery arm earned an operating margin of 14.2% in the half.\n"
        "The dairy arm's operating margin rose 0.9 percentage points to 11.6%.\n"
    )
    assert _changes(text) == []


def test_one_measure_named_more_fully_once_is_still_a_start():
    text = (
        HEAD + "Fenwick's operating margin was 14.2% in the first half.\n"
        "In the second half its operating margin rose 0.9 percentage points to 15.1%.\n"
    )
    assert _changes(text) == [("14.2%", "15.1%", "0.9 percentage points", "low")]
