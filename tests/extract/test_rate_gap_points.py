"""A gap between two rates written in basis points, against a rate that is an estimate."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet, roles_by_name

HEAD = "Updated: 2024-02-02\n\n"


def _gaps(text: str) -> list[dict]:
    return roles_by_name(text, "rate_gap")


def test_a_gap_in_basis_points_against_an_estimate():
    text = (
        HEAD + "Core prices rose 4.6%,"
        " which is 30 basis points higher than the agency's estimate of 4.3%.\n"
    )
    assert _gaps(text) == [{"higher": "4.6%", "lower": "4.3%", "gap": "30 basis points"}]


def test_a_wrong_gap_in_basis_points_is_found(tmp_path):
    text = (
        HEAD + "Core prices rose 4.6%,"
        " which is 50 basis points higher than the agency's estimate of 4.3%.\n"
    )
    [found] = [f for f in audit_snippet(tmp_path, "prices", text) if f.kind == "rate_gap"]
    assert found.status == "inconsistent"


def test_basis_points_of_a_move_are_not_a_gap():
    text = HEAD + "The bank raised its main rate by 25 basis points to 5.25%.\n"
    assert _gaps(text) == []


def test_a_rate_in_the_next_clause_is_not_the_one_compared_with():
    text = (
        HEAD + "In June, fuel sales hit 80.2 billion pesos, a year-on-year growth of 6.4 percent,"
        " 1.1 percentage points faster than that of May, or up by 0.8% month on month.\n"
    )
    assert all(gap.get("lower") != "0.8%" for gap in _gaps(text))


def test_a_rate_right_after_than_is_the_one_compared_with():
    text = HEAD + "Fuel sales grew 6.4%, 1.1 percentage points faster than May's 5.3%.\n"
    assert _gaps(text) == [{"higher": "6.4%", "lower": "5.3%", "gap": "1.1 percentage points"}]


def test_a_rate_exceeding_another_by_a_gap_is_checked(tmp_path):
    ok = HEAD + "The shortfall reached 4.6% of output, exceeding the 3% limit by 1.6 points.\n"
    assert _gaps(ok) == [{"higher": "4.6%", "lower": "3%", "gap": "1.6 percentage points"}]
    slip = ok.replace("1.6 points", "2.6 points")
    [found] = [f for f in audit_snippet(tmp_path, "limit", slip) if f.kind == "rate_gap"]
    assert found.status == "inconsistent"


def test_points_below_another_rate_make_the_first_the_lower():
    text = HEAD + "Growth in the west was 3.2%, 0.9 percentage points below the average of 4.1%.\n"
    assert _gaps(text) == [{"lower": "3.2%", "gap": "0.9 percentage points", "higher": "4.1%"}]


def test_a_figure_after_more_than_the_is_the_one_compared_with_not_a_bound():
    from tests.extract.snippets import figure_written

    found = figure_written("Sales were more than the 8 million of 2022.", "8 million")
    assert found.qualifier is None


def test_a_share_reported_in_a_clause_of_its_own_is_not_the_rate_compared_with():
    text = (
        HEAD + "Trade with the lake states came to 41 billion marks, up 8.4 percent, 5.1 "
        "percentage points higher than the overall pace, the customs office said, adding that "
        "the sum made up 23 percent of all trade.\n"
    )
    assert [gap.get("lower") for gap in _gaps(text)] == [None]


def test_a_rate_listed_after_and_a_is_not_the_change_of_the_pair():
    text = (
        HEAD + "Mill output rose 1.2 percent in January, improving from a 0.5 percent drop in "
        "December and a 0.9 percent increase for the whole of last year.\n"
    )
    changes = [
        r["roles"].get("change")
        for r in extract_claims(text, "x")["relations"]
        if r["kind"] == "pp_change"
    ]
    assert changes in ([], [None])


def test_the_figure_of_the_sentence_before_is_the_higher_rate_of_the_gap():
    text = (
        HEAD + "Joblessness in Varro stood at 7.42 percent in March. The agency said the figure "
        "was 0.21 percentage points higher than the 7.21 percent recorded in February.\n"
    )
    assert _gaps(text) == [
        {"higher": "7.42 percent", "lower": "7.21 percent", "gap": "0.21 percentage points"}
    ]


def test_a_gap_with_no_back_reference_takes_no_rate_from_the_sentence_before():
    text = (
        HEAD + "Joblessness in Varro stood at 7.42 percent in March. Youth joblessness was "
        "0.21 percentage points higher than the 7.21 percent recorded in February.\n"
    )
    assert [gap.get("higher") for gap in _gaps(text)] == [None]
