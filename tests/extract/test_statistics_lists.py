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


def _totals(text: str) -> list[tuple[str, str, list[str]]]:
    claims, relations = _drafted(text)
    return [
        (
            r["kind"],
            claims[r["roles"]["total"]]["value"],
            [claims[p]["value"] for p in r["roles"]["parts"]],
        )
        for r in relations
        if r["kind"] in ("sum", "partial_sum")
    ]


def test_the_of_which_lines_are_the_parts_of_the_total_above_them():
    text = (
        "Airport traffic in May\n\n"
        "- Passengers in total: 2.9 million, +4.0%;\n"
        "- of which domestic: 1.7 million, +2.2%;\n"
        "- of which international: 1.1 million, +6.8%;\n"
    )
    # Domestic and international are the two halves of the total: they must make all of it.
    assert _totals(text) == [("sum", "2.9 million", ["1.7 million", "1.1 million"])]
    assert "aggregate_growth" in [r["kind"] for r in _drafted(text)[1]]


def test_of_which_lines_that_split_no_whole_may_leave_some_over():
    assert _totals(_LIST) == [("partial_sum", "9.6 million", ["6.1 million", "3.5 million"])]


def test_a_sentence_of_prose_opening_of_which_is_no_list_line():
    text = (
        "Retail\n\nSales of tea rose 4.5 in May. Of which, sales of green tea went up by 3.2 "
        "and black tea by 6.4.\n"
    )
    assert _totals(text) == []
