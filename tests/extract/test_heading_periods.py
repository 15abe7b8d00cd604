"""A list of results under a heading that names its period ("Fourth-quarter 2023 results:",
"First half"): its lines name no period of their own, so the heading's is theirs. A line of
the quarter's list is never the restatement of the same line in the half year's list, and a
figure the body dates is restated by the line of the list its period heads."""

from __future__ import annotations

import pytest

from audit.pipeline import run_check

_QUARTER_AND_YEAR = (
    "Published: 2024-02-20\n\nMarlow Freight posts a record year\n\n"
    "Marlow Freight, the haulier based in Ostrava, runs 41 depots and employs 2,300 drivers.\n\n"
    "It said on Tuesday that demand held up in every region it serves.\n\n"
    "Net sales in the fourth quarter of 2023 came to EUR {quarter} million, the company said.\n\n"
    "Fourth-quarter 2023 results:\n\n"
    "Net sales of EUR 412.6 million, up 8.1% year on year\n\n"
    "Operating profit of EUR 38.2 million, up 3.5%\n\n"
    "Full year 2023 results:\n\n"
    "Net sales of EUR 1,571.4 million, up 6.4% year on year\n\n"
    "Operating profit of EUR 140.9 million, up 2.2%\n"
)

_TWO_HALVES = (
    "Published: 2022-07-29\n\nTerno Pumps keeps its forecast\n\n"
    "Terno Pumps has 18 plants in 6 countries and 9,400 staff.\n\n"
    "Its chief executive, Ilse Varga, told analysts that the order book is full.\n\n"
    "Second quarter\n\n"
    "Orders received rose 4% to CHF 264 million.\n\n"
    "Sales were CHF 251 million, 2% more than a year before.\n\n"
    "First half\n\n"
    "Orders received rose 6% to CHF 530 million.\n\n"
    "Sales were CHF 497 million, 3% more than a year before.\n"
)


def _restates(tmp_path, text: str) -> list[tuple[str, str]]:
    """(status, severity) of each restatement finding."""
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    report, _ = run_check([path])
    assert not report.errors, report.errors
    return [(f.status, f.severity) for f in report.findings() if f.rule == "restate.mismatch"]


@pytest.mark.parametrize("quarter, status", [("412.6", "consistent"), ("421.6", "inconsistent")])
def test_a_dated_figure_is_restated_by_its_period_s_list(tmp_path, quarter, status):
    found = _restates(tmp_path, _QUARTER_AND_YEAR.format(quarter=quarter))
    assert [s for s, _ in found] == [status]
    assert all(severity != "error" for _, severity in found)  # a guess across sentences


def test_the_quarter_s_list_is_no_restatement_of_the_year_s(tmp_path):
    # Without the headings' periods, the net sales of the quarter and of the year, or the
    # orders of the quarter and of the half, read as one figure stated twice.
    undated = _QUARTER_AND_YEAR.replace(
        "Net sales in the fourth quarter of 2023 came to EUR {quarter} million, the company said.",
        "Its fleet grew by 120 trucks.",
    )
    assert _restates(tmp_path, undated) == []
    assert _restates(tmp_path, _TWO_HALVES) == []
