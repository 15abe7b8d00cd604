"""A month's trade as releases lay it out: the balance in the lead, exports and imports each in
a paragraph of their own further down. The article's one whole exports figure and one whole
imports figure of the balance's period are its sides; two of either, or a period the words do
not name, link none."""

from __future__ import annotations

from tests.extract.snippets import audit_snippet, totals_and_parts

HEAD = "Published: 2024-04-20\n\nMarch trade\n\n"
FILLER = "".join(
    f"{crop} was among the goods.\n\n"
    for crop in ("Tea", "Rice", "Corn", "Jute", "Wool", "Silk", "Salt")
)


def _article(exports: str = "5.20", second_exports: str = "") -> str:
    return (
        HEAD + "In March the country's trade showed a $4.80-billion deficit, up 20 percent from"
        " $4.00 billion the year before.\n\n"
        f"Exports in March reached ${exports} billion, down 4 percent from $5.42 billion.\n\n"
        + FILLER
        + second_exports
        + "March imports came to $10.00 billion, up 6.6 percent from $9.42 billion.\n"
    )


def test_the_only_whole_flows_of_the_balances_month_are_its_sides():
    assert [(t, sorted(p)) for t, p, _ in totals_and_parts(_article(), "sum")] == [
        ("$10.00 billion", ["$4.80 billion", "$5.20 billion"]),
        # the same ledger a year earlier, from each flow's own start
        ("$9.42 billion", ["$4.00 billion", "$5.42 billion"]),
    ]


def test_a_side_that_does_not_fit_is_reported(tmp_path):
    found = [f for f in audit_snippet(tmp_path, "ledger", _article("5.90")) if f.kind == "sum"]
    assert [f.status for f in found] == ["inconsistent", "consistent"]  # the year before holds


def test_two_exports_figures_of_the_month_link_none():
    second = "Exports in March were also put at $5.31 billion by the ministry.\n\n"
    assert totals_and_parts(_article(second_exports=second), "sum") == []


def test_flows_whose_sentences_name_no_period_link_none():
    text = (
        HEAD + "In March the country's trade showed a $4.80-billion deficit.\n\n"
        "Exports reached $5.20 billion.\n\n" + FILLER + "Imports came to $10.00 billion.\n"
    )
    assert totals_and_parts(text, "sum") == []


def test_flows_written_with_their_rates_against_the_month_before_are_the_totals_parts():
    text = (
        HEAD + "Total trade in March was $15.20 billion, up 4.1 percent on the month before.\n\n"
        "March exports grew by 5.7 percent from February to $5.20 billion.\n\n"
        "March imports expanded by 12.8 percent against February and by 9.9 percent on the "
        "year, to $10.00 billion.\n"
    )
    assert [(t, sorted(p)) for t, p, _ in totals_and_parts(text, "sum")] == [
        ("$15.20 billion", ["$10.00 billion", "$5.20 billion"])
    ]
