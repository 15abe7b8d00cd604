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


QUARTERS = (
    HEAD + "In Q1 the port handled 40 million tonnes of cargo, of which coal made up 9.2 million "
    "tonnes.\n"
    "Second-quarter cargo came to 42 million tonnes, and coal 11.4 million tonnes.\n"
    "The third quarter brought 45 million tonnes; coal and grain reached {c} million tonnes "
    "and 8 million tonnes respectively.\n"
    "Fourth-quarter cargo was 47 million tonnes. Of that, coal took 13.3 million tonnes.\n"
    "Over the whole year, coal reached 46.0 million tonnes.\n"
)


def test_a_whole_year_total_is_the_sum_of_one_figure_of_its_name_per_quarter(tmp_path):
    links = _links(QUARTERS.format(c=12.1))
    year = (
        "sum",
        "46.0 million tonnes",
        ["9.2 million tonnes", "11.4 million tonnes", "12.1 million tonnes", "13.3 million tonnes"],
        "low",
    )
    assert year in links
    # The same words with a part that does not fit: the same link, and the sum fails.
    assert (*year[:2], [*year[2][:2], "14.6 million tonnes", year[2][3]], "low") in _links(
        QUARTERS.format(c=14.6)
    )
    found = [f for f in audit_snippet(tmp_path, "port", QUARTERS.format(c=14.6)) if f.kind == "sum"]
    assert any(f.status == "inconsistent" and "sub-periods" in f.note for f in found)


def test_a_missing_quarter_leaves_the_year_unlinked():
    text = QUARTERS.replace(
        "Fourth-quarter cargo was 47 million tonnes. Of that, coal took 13.3 million tonnes.\n", ""
    )
    assert all(total != "46.0 million tonnes" for _, total, _, _ in _links(text.format(c=12)))


COMPLEMENT = (
    HEAD + "The city's budget income reached 48.2 million euros in the spring.\n"
    "Fee income came to {a} million euros, while non-fee income, at 17.9 million euros, fell.\n"
)


def test_a_thing_and_the_rest_of_it_add_up_to_the_total_of_their_common_name(tmp_path):
    assert _links(COMPLEMENT.format(a=30.3)) == [
        ("sum", "48.2 million euros", ["30.3 million euros", "17.9 million euros"], "low")
    ]
    found = [
        f for f in audit_snippet(tmp_path, "budget", COMPLEMENT.format(a=33.3)) if f.kind == "sum"
    ]
    assert [f.status for f in found] == ["inconsistent"]
    assert found[0].severity == "warning"


def test_the_rest_of_something_the_first_part_does_not_name_is_no_breakdown():
    text = COMPLEMENT.replace("non-fee income", "non-tax income")
    assert _links(text.format(a=30.3)) == []
