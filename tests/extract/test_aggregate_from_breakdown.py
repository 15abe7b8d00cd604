"""A breakdown whose total and parts each carry their own growth rate also checks the total's
rate against its parts' (aggregate growth), whether or not the rates agree."""

from __future__ import annotations

from audit.extract import extract_claims

_TEXT = (
    "Harbour traffic in 2023 came to 640 million tonnes, up {total} percent on a year earlier.\n"
    "Split by cargo, harbour traffic of bulk freight in 2023 was 400 million tonnes, an "
    "increase of 5 percent, while harbour traffic of container freight was 240 million tonnes, "
    "{part}.\n"
)


def _aggregate(text: str) -> list[dict]:
    drafted = extract_claims(text, article_id="harbour")
    return [r for r in drafted["relations"] if r["kind"] == "aggregate_growth"]


def test_a_breakdown_with_a_rate_for_each_member_yields_the_growth_of_its_total():
    for total in ("3.6", "9.9"):  # the link is drafted whether the rates agree or not
        found = _aggregate(_TEXT.format(total=total, part="up 1 percent"))
        assert len(found) == 1
        assert len(found[0]["roles"]["levels"]) == len(found[0]["roles"]["rates"]) == 2
        assert "growth-of-breakdown" in found[0]["note"]


def test_a_part_without_a_rate_of_its_own_yields_no_aggregate_growth():
    assert _aggregate(_TEXT.format(total="3.6", part="its highest ever")) == []


def test_growth_rates_are_never_read_as_a_total_and_its_parts():
    text = (
        "Harbour traffic came to 640 million tonnes in 2023, up 3.6 percent, and comprised bulk "
        "freight of 400 million tonnes, up 5 percent, and container freight of 240 million "
        "tonnes, up 1 percent.\n"
    )
    drafted = extract_claims(text, article_id="harbour")
    growths = [r for r in drafted["relations"] if r["kind"] == "growth"]
    assert len(growths) == 3  # each amount keeps its own rate
    assert [r for r in drafted["relations"] if r["kind"] == "sum"] == []
