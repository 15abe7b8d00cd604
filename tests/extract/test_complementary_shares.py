"""Shares that the words say make up a whole ("the gas sector ... the non-gas sector", the
three sectors of output "respectively") are checked to add up to 100%; other shares never."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

HEAD = "Updated: 2024-05-06\n\n"


def _sums(text: str) -> list[list[str]]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        [values[p] for p in r["roles"]["parts"]]
        for r in drafted["relations"]
        if r["kind"] == "sum" and r["roles"]["total"] == {"value": "100%"}
    ]


def test_a_share_and_the_share_of_the_rest_named_non_are_the_whole(tmp_path):
    text = (
        HEAD + "The timber sector accounted for 6.7% of the province's output in 2023. "
        "The non-timber sector accounted for 92.3%.\n"
    )
    assert _sums(text) == [["6.7%", "92.3%"]]
    [found] = [f for f in audit_snippet(tmp_path, "timber", text) if f.kind == "sum"]
    assert found.status == "inconsistent"
    assert found.rule == "sum.mismatch"


def test_shares_of_two_years_are_not_one_whole():
    text = (
        HEAD + "The timber sector accounted for 6.7% of output in 2021. "
        "The non-timber sector accounted for 93.3% in 2023.\n"
    )
    assert _sums(text) == []


def test_contributions_to_growth_are_not_shares_of_a_whole():
    text = (
        HEAD + "The timber sector contributed 0.8% to growth in the province, and the "
        "non-timber sector contributed 2.9%.\n"
    )
    assert _sums(text) == []


def test_the_three_sectors_of_output_respectively_are_the_whole(tmp_path):
    text = (
        HEAD + "Industry, services and farming accounted for 33.9%, 55.4% and 11.7% of GDP, "
        "respectively.\n"
    )
    assert _sums(text) == [["33.9%", "55.4%", "11.7%"]]
    slip = text.replace("11.7%", "12.7%")
    [found] = [f for f in audit_snippet(tmp_path, "sectors", slip) if f.kind == "sum"]
    assert found.status == "inconsistent"


def test_shares_of_named_parts_alone_respectively_are_not_summed():
    text = (
        HEAD + "Steel, cement and glass accounted for 33.9%, 25.4% and 11.7% of the region's "
        "total output, respectively.\n"
    )
    assert _sums(text) == []


def test_the_shares_of_two_halves_of_a_split_are_the_whole(tmp_path):
    text = HEAD + "Women accounted for 38% of the island's nurses and men for 59%.\n"
    [found] = [f for f in audit_snippet(tmp_path, "nurses", text) if f.kind == "sum"]
    assert found.status == "inconsistent"


def test_halves_that_contribute_to_growth_or_have_rates_of_their_own_are_not_summed():
    for text in (
        "Urban output contributed 1.8% to growth and rural output 0.7%.",
        "Women's jobless rate was 6.2% and men's 5.9%.",
    ):
        drafted = extract_claims(HEAD + text + "\n", "x")
        assert not [r for r in drafted["relations"] if r["kind"] in ("sum", "partial_sum")]


def test_a_list_of_shares_with_the_rest_in_a_with_clause_is_the_whole(tmp_path):
    text = (
        HEAD + "Rent took 41% of the grant and wages 33%, with the remaining 22% spent on "
        "equipment.\n"
    )
    [found] = [f for f in audit_snippet(tmp_path, "grant", text) if f.kind == "sum"]
    assert (found.status, found.rule) == ("inconsistent", "sum.mismatch")


def test_overlapping_shares_before_a_rest_in_a_with_clause_are_not_summed():
    for text in (
        "About 64% of staff have had the first dose and 41% a second, with the remaining 36% "
        "yet to start.",
        "Gas supplied 52% of the heat, with boilers at 30% and pumps at 12%, with the "
        "remaining 6% from wood.",
    ):
        drafted = extract_claims(HEAD + text + "\n", "x")
        assert not [r for r in drafted["relations"] if r["kind"] == "sum"]
