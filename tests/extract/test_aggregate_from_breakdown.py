"""A breakdown whose total and parts each carry their own growth rate also checks the total's
rate against its parts' (aggregate growth), whether or not the rates agree."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

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


_ATTRIBUTED = (
    "Published: 2024-03-04\n\nTarn trade\n\n"
    "The trade ministry said Tarn's trade for the first quarter grew by {rate} per cent to"
    " 84.0 billion crowns.\n\n"
    "Exports accelerated by 6.0 per cent to 45.0 billion crowns, while imports grew at a"
    " slower pace of 3.0 per cent to 39.0 billion crowns.\n"
)


def test_an_attributed_trade_total_and_accelerating_exports_check_the_totals_rate(tmp_path):
    found = _aggregate(_ATTRIBUTED.format(rate="4.6"))
    assert len(found) == 1 and len(found[0]["roles"]["rates"]) == 2
    for rate, verdict in (("4.6", "consistent"), ("7.6", "inconsistent")):
        findings = audit_snippet(tmp_path, f"tarn{rate[0]}", _ATTRIBUTED.format(rate=rate))
        assert [f.status for f in findings if f.kind == "aggregate_growth"] == [verdict]
