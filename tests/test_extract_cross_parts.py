"""Totals and their parts in different sentences, linked from the words alone."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

HEAD = "Updated: 2024-03-11\n\n"


def _links(text: str, kinds: tuple[str, ...] = ("sum", "partial_sum")) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (
            r["kind"],
            values[r["roles"]["total"]],
            [values[p] for p in r["roles"]["parts"]],
            r.get("confidence"),
        )
        for r in drafted["relations"]
        if r["kind"] in kinds
    ]


ANAPHOR = (
    HEAD + "The county's reservoirs held 820 million cubic metres at the end of May.\n"
    "Of that volume, the northern lakes held {a} million cubic metres, the valley dams "
    "{b} million cubic metres and the hill tanks 95 million cubic metres.\n"
)


def test_an_anaphor_ties_the_breakdown_to_the_total_just_before():
    links = _links(ANAPHOR.format(a=410, b=300))
    assert links == [
        (
            "partial_sum",
            "820 million cubic metres",
            ["410 million cubic metres", "300 million cubic metres", "95 million cubic metres"],
            "medium",
        )
    ]


def test_parts_beyond_the_total_are_reported_whatever_the_numbers(tmp_path):
    text = ANAPHOR.format(a=510, b=300)
    assert len(_links(text)) == 1  # the same link, though the parts now exceed the total
    [found] = [f for f in audit_snippet(tmp_path, "lakes", text) if f.kind == "partial_sum"]
    assert found.status == "inconsistent"
    assert "an anaphor opens the breakdown" in found.note


def test_an_anaphor_looks_only_at_the_sentence_just_before():
    text = (
        HEAD + "The county's reservoirs held 820 million cubic metres at the end of May.\n"
        "Rainfall was light in the north.\n"
        "Of that, the northern lakes held 410 million cubic metres and the valley dams "
        "300 million cubic metres.\n"
    )
    assert _links(text) == []


def test_no_anaphor_no_breakdown():
    text = (
        HEAD + "The county's reservoirs held 820 million cubic metres at the end of May.\n"
        "Meanwhile the northern lakes held 410 million cubic metres and the valley dams "
        "300 million cubic metres.\n"
    )
    assert _links(text) == []


def test_an_average_has_no_parts():
    text = (
        HEAD + "The average farm sold 820 tonnes of grain last season.\n"
        "Of that, wheat made up 410 tonnes and barley 300 tonnes.\n"
    )
    assert _links(text) == []


PAIRS = (
    HEAD + "Sales and rentals of the dealer group rose 4 percent to 96 million euros in the "
    "third quarter.\n"
    "The chief executive called the result solid.\n"
    "Sales for the quarter came to {a} million euros.\n"
    "Rentals brought in {b} million euros, helped by tourists.\n"
)


def test_a_total_that_names_its_two_parts_links_to_them_later():
    assert _links(PAIRS.format(a=70, b=26)) == [
        ("sum", "96 million euros", ["70 million euros", "26 million euros"], "low")
    ]


def test_the_named_parts_link_whether_or_not_they_add_up():
    assert _links(PAIRS.format(a=70, b=36)) == [
        ("sum", "96 million euros", ["70 million euros", "36 million euros"], "low")
    ]


def test_a_part_of_another_period_is_not_a_part():
    text = (
        HEAD + "Sales and rentals of the dealer group came to 96 million euros in 2023.\n"
        "Sales in the first quarter came to 20 million euros.\n"
        "Rentals in the first quarter brought in 5 million euros.\n"
    )
    assert _links(text) == []


def test_a_part_that_names_another_place_is_not_a_part():
    text = (
        HEAD + "Sales and rentals of the dealer group came to 96 million euros in 2023.\n"
        "Sales in Portugal came to 20 million euros.\n"
        "Rentals brought in 26 million euros.\n"
    )
    assert _links(text) == []


def test_per_head_figures_of_two_groups_do_not_add_up():
    text = (
        HEAD + "For men and women combined, average pay reached 41,000 euros in 2023.\n"
        "Pay for men came to 43,000 euros.\n"
        "Pay for women came to 39,000 euros.\n"
    )
    assert _links(text) == []


def test_a_breakdown_sentence_with_its_own_total_sums_within_itself():
    text = (
        HEAD + "Total freight in 2023 came to 90 million tonnes.\n"
        "Broken down by quarter, total freight in Q1 stood at 21 million tonnes; coal "
        "made up 12 million tonnes, while grain came to 9 million tonnes.\n"
    )
    assert _links(text) == [
        ("sum", "21 million tonnes", ["12 million tonnes", "9 million tonnes"], "low")
    ]
