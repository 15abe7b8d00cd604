"""Figures near a rate or a share that are not the level or the whole they seem: an amount that
explains a change ("reflecting £6m of gains in the prior year"), an amount restating a rate
("shrank by 4 per cent or $120 million"), and one half of a split read as "the total" ("valid
votes V, with rejected ballots R, 2.3% of the total votes")."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet, roles_by_name


def _statuses(tmp_path, text: str, kind: str) -> list[str]:
    return [f.status for f in audit_snippet(tmp_path, "story", text) if f.kind == kind]


def test_an_amount_that_explains_a_change_is_not_the_earlier_level(tmp_path):
    text = (
        "Published: 2024-06-12\n\nResults\n\nIn the north, operating profit was down 4.0% "
        "year-on-year at £48m, reflecting £6m of gains on store sales in the prior year.\n"
    )
    assert "inconsistent" not in _statuses(tmp_path, text, "growth")
    assert not [r for r in roles_by_name(text, "growth") if "£6m" in r.values()]


@pytest.mark.parametrize(("start", "status"), [("£50m", "consistent"), ("£60m", "inconsistent")])
def test_an_earlier_level_given_plainly_is_still_the_start(tmp_path, start, status):
    text = (
        "Published: 2024-06-12\n\nResults\n\nIn the south, operating profit was down 4.0% at "
        f"£48m, against {start} in the prior year.\n"
    )
    assert _statuses(tmp_path, text, "growth") == [status]


def test_an_amount_after_a_rate_and_or_is_the_change_not_the_level():
    text = "The deficit shrank by 4.0 per cent or $120 million in the five months."
    for roles in roles_by_name(text, "growth"):
        assert roles.get("end") != "$120 million", roles


def test_the_total_of_two_halves_is_not_one_of_them():
    text = (
        "Valid votes in the count were 4,100,000 with rejected ballots standing at 96,500, "
        "representing 2.3 per cent of the total votes."
    )
    # 96,500 of 4,196,500 is 2.30%; of the valid votes alone it would be 2.35%.
    assert not [r for r in roles_by_name(text, "share") if r.get("whole") == "4,100,000"]


def test_a_change_of_the_non_x_half_takes_no_start_from_x():
    text = (
        "While food inflation eased by 0.2 percentage points to 11.4 percent in May, the "
        "non-food inflation rose 0.4 percentage points to 8.2 percent."
    )
    for roles in roles_by_name(text, "pp_change"):
        assert roles.get("start") != "11.4 percent", roles


def test_split_by_non():
    from audit.extract import relations_evidence as ev

    assert ev.split_by_non("food inflation eased to", "the non-food inflation rose")
    assert not ev.split_by_non("food inflation eased to", "food inflation rose")
    assert not ev.split_by_non("non-oil exports", "non-oil imports")


def test_the_figures_of_a_with_aside_are_not_the_rates_levels():
    text = "Average daily exports rose 4.0 percent, with 9 working days against 8 a year earlier."
    assert all(r.get("end") != "9" for r in roles_by_name(text, "growth"))


def test_a_signed_rate_in_brackets_is_no_share(tmp_path):
    text = (
        "Published: 2021-06-10\n\nTrade\n\nTo its neighbours, Kestria exported goods worth 42.3 "
        "billion euros (+4.1%) and imported 40.8 billion euros (+6.6%).\n"
    )
    assert not [f for f in audit_snippet(tmp_path, "kestria", text) if f.kind == "share"]


def test_a_change_restated_as_a_rate_is_never_a_level():
    text = (
        "Rye output is put at a record 2,410,000 tonnes, up 95,000 tonnes, or 4%, from the June "
        "forecast and up 180,000 tonnes, or 8%, from 2,230,000 tonnes in 2022."
    )
    ends = [r.get("end") for r in roles_by_name(text, "growth")]
    assert "180,000 tonnes" not in ends and "95,000 tonnes" not in ends


def test_the_rate_of_a_change_in_brackets_is_no_share():
    text = (
        "Oat output is estimated at a new record high of 8.15 million tonnes, which is higher "
        "by 0.42 million tonnes (5.43 per cent) than last year."
    )
    assert roles_by_name(text, "share") == []


@pytest.mark.parametrize(("imports", "status"), [("28.3", "consistent"), ("26.3", "inconsistent")])
def test_a_total_made_up_of_its_parts_after_a_period_phrase(tmp_path, imports, status):
    text = (
        "Published: 2021-06-10\n\nTrade\n\nTotal trade reached 64.2 billion euros in the "
        f"quarter, made up of 35.9 billion euros of exports and {imports} billion euros of "
        "imports.\n"
    )
    assert _statuses(tmp_path, text, "sum") == [status]


def test_flows_a_year_earlier_are_not_this_periods_balance(tmp_path):
    text = (
        "Published: 2021-06-10\n\nTrade\n\nOrland posted a surplus of 7.2 billion euros in the "
        "first half. A year earlier, exports were 31.4 billion euros and imports 29.9 billion "
        "euros.\n"
    )
    assert "inconsistent" not in _statuses(tmp_path, text, "sum")


def test_a_rate_the_change_is_compared_with_is_not_its_change(tmp_path):
    text = (
        "Published: 2023-05-10\n\nExports\n\nThough the rise in Ostria's exports slowed to 16 "
        "percent from 24 percent in 2021, the rate is still far above the 3.1 percent increase "
        "for home sales.\n"
    )
    assert "inconsistent" not in _statuses(tmp_path, text, "pp_change")


def test_the_level_a_rate_led_to_is_no_earlier_level(tmp_path):
    text = (
        "Published: 2023-05-10\n\nIncome\n\nPer-head income in Ostria rose 5 percent to 61,200 "
        "dinars. Among its leading trades, fishing recorded the largest growth of 11.8 percent "
        "at 6.4 billion dinars from the previous year.\n"
    )
    assert "inconsistent" not in _statuses(tmp_path, text, "growth")
    assert not [r for r in roles_by_name(text, "growth") if r.get("start") == "6.4 billion dinars"]


def test_flows_compared_to_last_years_quarter_are_not_this_quarters_balance(tmp_path):
    text = (
        "Published: 2024-06-10\n\nTrade\n\nOstria posted a trade surplus of 9.1 billion euros in "
        "the first quarter.\n\nCompared to the same quarter last year, trade came to 70.2 billion "
        "euros, made up of 38.0 billion euros in exports and 32.2 billion euros in imports.\n"
    )
    from tests.extract.snippets import totals_and_parts

    sums = totals_and_parts(text, "sum")
    assert sums  # the quarter a year ago: its trade and its two flows
    assert not [s for s in sums if "9.1 billion euros" in s[1]]
