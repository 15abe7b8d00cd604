"""A total in the lead and its breakdown sentences later: linked from the words alone."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

LEAD = (
    "Updated: 2024-05-20\n\n"
    "Total freight income of the rail operator in January to March came to 640 million "
    "euros, up 3 percent.\n"
    "For March alone, total freight income was 230 million euros.\n"
    "Passenger numbers rose 2 percent.\n"
)
SPLIT = (
    "Split by route, January to March income on coastal lines was {a} million euros, "
    "while inland lines earned {b} million euros."
)


def _sums(text: str) -> list[tuple[str, list[str], str | None]]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (values[r["roles"]["total"]], [values[p] for p in r["roles"]["parts"]], r.get("confidence"))
        for r in drafted["relations"]
        if r["kind"] == "sum"
    ]


def test_a_breakdown_links_to_the_total_of_its_period():
    sums = _sums(LEAD + SPLIT.format(a=400, b=240))
    assert sums == [("640 million euros", ["400 million euros", "240 million euros"], "low")]


def test_the_link_does_not_depend_on_the_numbers_adding_up(tmp_path):
    text = LEAD + SPLIT.format(a=400, b=140)
    assert _sums(text) == [("640 million euros", ["400 million euros", "140 million euros"], "low")]
    [found] = [f for f in audit_snippet(tmp_path, "freight", text) if f.kind == "sum"]
    assert found.status == "inconsistent"
    assert found.severity == "warning"  # a guessed link never fails the error gate
    assert "breakdown after its total" in found.note


def test_no_breakdown_cue_no_link():
    text = LEAD + (
        "Coastal lines earned 400 million euros, while inland lines earned 240 million euros."
    )
    assert _sums(text) == []


def test_no_textual_cue_for_a_total_no_link():
    text = (
        "Updated: 2024-05-20\n\nA new depot cost 90 million euros.\n"
        "Split by route, coastal lines earned 400 million euros, while inland lines "
        "earned 240 million euros."
    )
    assert _sums(text) == []


def test_the_next_sentence_repeating_the_breakdown_links_to_its_own_period():
    text = (
        LEAD + SPLIT.format(a=400, b=240) + " In March, coastal lines made 150 million euros, "
        "and inland lines 80 million euros."
    )
    assert ("230 million euros", ["150 million euros", "80 million euros"], "low") in _sums(text)


def test_a_next_sentence_naming_other_parts_is_not_a_repeat():
    text = (
        LEAD + SPLIT.format(a=400, b=240) + " In March, staff costs were 150 million euros, "
        "and fuel 80 million euros."
    )
    assert all(total != "230 million euros" for total, _, _ in _sums(text))


GRAIN = (
    "Updated: 2024-05-20\n\n"
    "Halvik's total grain production was 48,600,000 tonnes in 2023, up 1.1%.\n"
    "In terms of product, rice production is {rice} tonnes, up 0.6%; barley production is "
    "11,200,000 tonnes, with a slight decline; and {last} is 2,900,000 tonnes.\n"
)


def _partials(text: str) -> list[tuple[str, list[str], str | None]]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (values[r["roles"]["total"]], [values[p] for p in r["roles"]["parts"]], r.get("confidence"))
        for r in drafted["relations"]
        if r["kind"] == "partial_sum"
    ]


def test_a_list_of_products_is_at_most_its_total():
    text = GRAIN.format(rice="19,800,000", last="millet")
    assert _sums(text) == []
    assert _partials(text) == [
        ("48,600,000 tonnes", ["19,800,000 tonnes", "11,200,000 tonnes", "2,900,000 tonnes"], "low")
    ]


def test_a_list_of_products_larger_than_its_total_is_flagged(tmp_path):
    text = GRAIN.format(rice="39,800,000", last="millet")
    [found] = [f for f in audit_snippet(tmp_path, "grain", text) if f.kind == "partial_sum"]
    assert found.status == "inconsistent"
    assert found.severity == "warning"


def test_a_list_ending_in_the_others_is_all_of_its_total():
    text = GRAIN.format(rice="19,800,000", last="other grain")
    assert _partials(text) == []
    assert [total for total, _, _ in _sums(text)] == ["48,600,000 tonnes"]


def test_two_parts_under_a_cue_that_does_not_say_split_are_at_most_the_whole():
    text = LEAD + (
        "By region, January to March income on coastal lines was 400 million euros, "
        "while inland lines earned 240 million euros."
    )
    assert _sums(text) == []
    assert _partials(text) == [
        ("640 million euros", ["400 million euros", "240 million euros"], "low")
    ]
