"""A surplus or deficit is exports minus imports (revenue minus spending) only where its words
make it that balance, of the flows' period: a current account, a primary or a services
balance, or a balance another is compared with, is the gap between no two flows stated
beside it. And the drafting shapes a balance is written in: named after its figure ("the
$2.4 billion trade surplus was attributable to exports of E and imports of I"), following from
the flows before it ("As a result, ... a S surplus"), or the end of a move ("the deficit
narrowed from D0 to D as exports rose to E and imports to I")."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet, totals_and_parts

HEAD = "Updated: 2023-07-05\n\n"


def _sums(text: str) -> list[tuple]:
    return totals_and_parts(text, "sum")


def _verdicts(tmp_path, text: str, kind: str = "sum") -> list[tuple[str, str]]:
    return [
        (f.status, f.severity) for f in audit_snippet(tmp_path, "balance", text) if f.kind == kind
    ]


# --- FA3: the kind of balance must be the flows' kind ------------------------------------

FLOWS_OF_JUNE = (
    "Exports of goods and services reached $30.5 billion, while imports amounted to "
    "$44.1 billion.\n"
)


def test_a_current_account_deficit_is_not_exports_minus_imports():
    text = (
        HEAD
        + "Tarsia's current account recorded a deficit of $640 million in June. "
        + FLOWS_OF_JUNE
    )
    assert _sums(text) == []


def test_a_trade_deficit_of_the_same_flows_is_linked():
    text = HEAD + "Tarsia recorded a trade deficit of $13.6 billion in June. " + FLOWS_OF_JUNE
    assert _sums(text) == [("$44.1 billion", ["$30.5 billion", "$13.6 billion"], "low")]


def test_a_trade_deficit_that_does_not_add_up_is_flagged(tmp_path):
    text = HEAD + "Tarsia recorded a trade deficit of $13.9 billion in June. " + FLOWS_OF_JUNE
    assert _verdicts(tmp_path, text) == [("inconsistent", "warning")]


def test_the_account_named_earlier_in_the_sentence_is_the_second_deficits_too():
    text = (
        HEAD + "Tarsia's current account recorded a deficit of $640 million in June, down from "
        "a $910 million deficit in May. " + FLOWS_OF_JUNE
    )
    assert _sums(text) == []


def test_a_services_surplus_is_not_the_gap_of_all_trade():
    text = (
        HEAD + "The services surplus came to $2.1 billion in May.\n"
        "Exports rose to $9.0 billion and imports to $6.9 billion.\n"
    )
    assert _sums(text) == []


def test_a_services_surplus_is_the_gap_of_services_trade():
    text = (
        HEAD + "The services surplus came to $2.1 billion in May.\n"
        "Exports of services rose to $9.0 billion and imports of services to $6.9 billion.\n"
    )
    assert _sums(text) == [("$9.0 billion", ["$6.9 billion", "$2.1 billion"], "low")]


def test_a_budget_deficit_is_not_the_gap_of_trade_flows():
    text = (
        HEAD + "The budget deficit reached $4.0 billion in May.\n"
        "Exports rose to $19.0 billion and imports to $23.0 billion.\n"
    )
    assert _sums(text) == []


def test_a_primary_surplus_leaves_out_interest():
    text = (
        HEAD + "The primary surplus was $1.2 billion in the quarter.\n"
        "Revenue rose to $30.0 billion and spending to $28.8 billion.\n"
    )
    assert _sums(text) == []


IN_ONE_SENTENCE = (
    HEAD + "Exports rose to $19.0 billion and imports to $23.0 billion, while the {kind} deficit "
    "stood at ${deficit} billion.\n"
)


def test_a_current_account_deficit_after_the_flows_of_its_sentence_links_nothing():
    assert _sums(IN_ONE_SENTENCE.format(kind="current account", deficit="4.0")) == []


def test_a_trade_deficit_after_the_flows_of_its_sentence_is_their_gap(tmp_path):
    assert _sums(IN_ONE_SENTENCE.format(kind="trade", deficit="4.0")) == [
        ("$23.0 billion", ["$19.0 billion", "$4.0 billion"], "medium")
    ]
    text = IN_ONE_SENTENCE.format(kind="trade", deficit="4.5")
    assert _verdicts(tmp_path, text) == [("inconsistent", "error")]


# --- FA3: last year's balance, another week's -------------------------------------------

YEAR_BEFORE = (
    HEAD + "Figures for April showed that Quenby posted a trade surplus of 210.5 billion dollars, "
    "against the year-before deficit of 98.0 billion dollars. In April, exports rose to 4.10 "
    "trillion dollars, up 5.0 percent from a year ago, while imports fell 2.0 percent to "
    "{imports} trillion dollars.\n"
)


def test_the_year_before_balance_takes_no_flows_of_this_year():
    assert _sums(YEAR_BEFORE.format(imports="3.89")) == [
        ("4.10 trillion dollars", ["3.89 trillion dollars", "210.5 billion dollars"], "low")
    ]


def test_only_this_years_balance_is_flagged_when_it_does_not_add_up(tmp_path):
    text = YEAR_BEFORE.format(imports="3.79")
    assert _sums(text) == [
        ("4.10 trillion dollars", ["3.79 trillion dollars", "210.5 billion dollars"], "low")
    ]
    assert _verdicts(tmp_path, text) == [("inconsistent", "warning")]


ANOTHER_WEEK = (
    HEAD + "Dorvale posted a trade surplus of $0.95 billion in the third week of June.\n\n"
    "It was the best result since the first week of March, when the surplus totalled "
    "$1.10 billion.\n\n"
    "Exports during the period totalled ${exports} billion and imports $2.45 billion.\n"
)


def test_the_week_compared_with_is_not_this_weeks_balance():
    assert _sums(ANOTHER_WEEK.format(exports="3.40")) == [
        ("$3.40 billion", ["$2.45 billion", "$0.95 billion"], "low")
    ]


def test_this_weeks_balance_is_flagged_against_its_own_flows(tmp_path):
    text = ANOTHER_WEEK.format(exports="3.55")
    assert _sums(text) == [("$3.55 billion", ["$2.45 billion", "$0.95 billion"], "low")]
    assert _verdicts(tmp_path, text) == [("inconsistent", "warning")]


def test_a_balance_of_a_year_earlier_takes_no_flows():
    text = (
        HEAD + "The country ran a trade deficit of $2.2 billion in the same month last year.\n"
        "Exports rose to $10.0 billion and imports to $12.2 billion.\n"
    )
    assert _sums(text) == []


def test_flows_compared_with_another_periods_are_not_the_balances_sides():
    text = (
        HEAD + "On a yearly basis, the $3.0 billion trade surplus for May 2023 was a decline "
        "from the $3.4 billion trade surplus recorded in May 2022.\n\n"
        "Exports of $20.0 billion were 5.0% more than the $19.0 billion exports recorded in May "
        "2022. Imports of $17.0 billion were 9.0% more than the $15.6 billion imports recorded "
        "in May 2022.\n"
    )
    assert _sums(text) == [("$20.0 billion", ["$17.0 billion", "$3.0 billion"], "low")]


# --- M1: balance named after its figure, "attributable to" ---------------------------------

ATTRIBUTABLE = (
    HEAD + "Velmora said the ${surplus} billion trade surplus for April was attributable to "
    "exports of $31.85 billion and imports of $29.45 billion.\n"
)


def test_a_surplus_named_after_its_figure_is_the_gap_of_the_flows_it_is_put_down_to():
    assert _sums(ATTRIBUTABLE.format(surplus="2.40")) == [
        ("$31.85 billion", ["$29.45 billion", "$2.40 billion"], "medium")
    ]


def test_a_surplus_put_down_to_flows_that_do_not_give_it_is_an_error(tmp_path):
    assert _verdicts(tmp_path, ATTRIBUTABLE.format(surplus="2.60")) == [("inconsistent", "error")]


def test_a_change_of_a_balance_named_after_its_figure_is_no_balance():
    text = (
        HEAD + "Velmora said the $2.40 billion deficit reduction in April was attributable to "
        "exports of $31.85 billion and imports of $29.45 billion.\n"
    )
    assert _sums(text) == []


# --- M1: "As a result", with the flows before -----------------------------------------------

AS_A_RESULT = (
    HEAD + "Exports of goods to the rest of the world in March were €71.6 billion. Imports stood "
    "at €65.2 billion. As a result, the union posted a €{surplus} billion surplus {period}.\n"
)


def test_a_surplus_following_from_the_flows_of_its_period_is_linked_at_medium():
    assert _sums(AS_A_RESULT.format(surplus="6.4", period="in March")) == [
        ("€71.6 billion", ["€65.2 billion", "€6.4 billion"], "medium")
    ]


def test_a_surplus_following_from_flows_it_does_not_give_is_an_error(tmp_path):
    text = AS_A_RESULT.format(surplus="6.9", period="in March")
    assert _verdicts(tmp_path, text) == [("inconsistent", "error")]


def test_a_surplus_naming_no_period_is_only_a_guess():
    assert _sums(AS_A_RESULT.format(surplus="6.4", period="for the month")) == [
        ("€71.6 billion", ["€65.2 billion", "€6.4 billion"], "low")
    ]


def test_a_surplus_of_another_period_does_not_follow_from_the_months_flows():
    assert _sums(AS_A_RESULT.format(surplus="6.4", period="in the first quarter")) == []


# --- M1: the end of a move, against the flows of its clause ----------------------------------

NARROWED = (
    HEAD + "The deficit narrowed from $6.20 billion to ${deficit} billion as exports rose to "
    "$27.3 billion and imports to $32.75 billion.\n"
)


def test_the_end_of_a_move_is_the_gap_of_the_flows_of_its_clause():
    assert _sums(NARROWED.format(deficit="5.45")) == [
        ("$32.75 billion", ["$27.3 billion", "$5.45 billion"], "medium")
    ]


def test_the_end_of_a_move_that_does_not_add_up_is_an_error(tmp_path):
    assert _verdicts(tmp_path, NARROWED.format(deficit="5.85")) == [("inconsistent", "error")]


def test_a_move_with_one_flow_links_nothing():
    text = (
        HEAD + "The deficit narrowed from $6.20 billion to $5.45 billion as exports rose to "
        "$27.3 billion.\n"
    )
    assert _sums(text) == []


def test_the_end_of_a_move_takes_the_flows_of_the_next_sentence():
    text = (
        HEAD + "Asia: The deficit decreased from $4.1 billion in March to $2.9 billion in April. "
        "Exports increased by $1.1 billion to $10.4 billion and imports decreased by "
        "$0.2 billion to $13.3 billion.\n"
    )
    assert _sums(text) == [("$13.3 billion", ["$10.4 billion", "$2.9 billion"], "low")]


@pytest.mark.parametrize(
    ("imports", "status"),
    [("$17.75 billion", "consistent"), ("$19.05 billion", "inconsistent")],
)
def test_a_balance_resulting_from_a_flow_and_the_one_before(tmp_path, imports, status):
    # Exports in one sentence; imports and "resulting in a surplus" in the next.
    text = (
        "Published: 2024-03-22\n\nOstria trade\n\nOstria's exports reached $18.40 billion in "
        f"the first 20 days of March.\n\nImports came to {imports}, resulting in a trade "
        "surplus of $650 million.\n"
    )
    found = [f for f in audit_snippet(tmp_path, "ostria", text) if f.kind == "sum"]
    assert [f.status for f in found] == [status]


def test_a_resulting_balance_takes_no_flow_of_another_kind(tmp_path):
    text = (
        "Published: 2024-03-22\n\nOstria budget\n\nOstria's exports reached $18.40 billion in "
        "March.\n\nSpending came to $19.05 billion, resulting in a budget deficit of $650 "
        "million.\n"
    )
    assert not [f for f in audit_snippet(tmp_path, "ostria", text) if f.kind == "sum"]


def test_a_flows_daily_pace_is_not_the_flow(tmp_path):
    text = (
        "Published: 2024-03-22\n\nOstria trade\n\nPer-day exports rose 9.5 percent to $1.42 "
        "billion.\n\nImports came to $19.05 billion, resulting in a trade surplus of $650 "
        "million.\n"
    )
    assert not [f for f in audit_snippet(tmp_path, "ostria", text) if f.kind == "sum"]


@pytest.mark.parametrize(
    ("outlays", "status"), [("$512 billion", "consistent"), ("$532 billion", "inconsistent")]
)
def test_bullet_lines_take_the_levels_not_their_changes(tmp_path, outlays, status):
    # Each line gives a level, then its change "by C": the balance is of the levels.
    text = (
        "Published: 2024-03-08\n\nTracking the Ostrian deficit\n\n"
        "$290 billion deficit, up year-over-year by $30 billion (12%).\n"
        "$222 billion in revenues, increased year-over-year by $8 billion (4%).\n"
        f"{outlays} in outlays, increased year-over-year by $38 billion (8%).\n"
    )
    found = [f for f in audit_snippet(tmp_path, "ostria", text) if f.kind == "sum"]
    assert [f.status for f in found] == [status]
