"""Lists of statistics as releases write them: a label, a colon, the level and its signed
change ("- of which Rail: 4.2 million, +3.0%"). The label names the figure, and the sign says
the rate is the level's change (invented lists)."""

from __future__ import annotations

from audit.extract import extract_claims

_LIST = (
    "Port traffic in May\n\n"
    "- Cargo in total: 9.6 million, +2.4% year-on-year;\n"
    "- of which Bulk: 6.1 million, -1.5%;\n"
    "- of which Containers: 3.5 million, +9.1%;\n"
)


def _drafted(text: str) -> tuple[dict[str, dict], list[dict]]:
    drafted = extract_claims(text, "x", published="2024-06-10")
    return {c["id"]: c for c in drafted["claims"]}, drafted["relations"]


def test_each_label_names_its_figures():
    claims, _ = _drafted(_LIST)
    metrics = {c["value"]: c["metric"] for c in claims.values()}
    assert metrics["9.6 million"] == "Cargo in total"
    assert metrics["6.1 million"] == "Bulk"
    assert metrics["9.1%"] == "Containers"


def test_a_signed_rate_after_a_level_is_its_change():
    claims, relations = _drafted(_LIST)
    growths = [
        (claims[r["roles"]["end"]]["value"], claims[r["roles"]["rate"]]["value"])
        for r in relations
        if r["kind"] == "growth"
    ]
    assert growths == [("9.6 million", "2.4%"), ("6.1 million", "-1.5%"), ("3.5 million", "9.1%")]


def test_an_unsigned_rate_after_a_plain_number_is_left_alone():
    _, relations = _drafted("Port traffic\n\nCargo: 9.6 million, 2.4% of the region's.\n")
    assert [r for r in relations if r["kind"] == "growth"] == []
