"""General news, end to end: short snippets in wire, broadcaster and local-paper styles, each
with a planted error or a consistent relation, run through `audit check` (run_check on a .txt
file). Written for these tests; none comes from the seed articles or the peer suites.

The planted errors are larger than the rounding of the figures allows, so the verdict does not
depend on the tolerance rules: "12%" against 10.3% would pass, as $4.3bn and $3.9bn could be
anything from $4.25bn to $4.35bn and $3.85bn to $3.95bn.
"""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict, audit_snippet

DATED = "Published: 2023-05-10\n"

# name: (text, relation kind, verdict of its rule)
SNIPPETS = {
    # --- percentage points and the classic "percent for points" error --------------------
    "unemployment_pp_ok": (
        "LONDON (Reuters) - Britain's unemployment rate rose to 5.2% in the three months to "
        "March from 4.8% in the previous quarter, an increase of 0.4 percentage points, the "
        "Office for National Statistics said on Tuesday.",
        "pp_change",
        "consistent",
    ),
    "jobless_percent_for_points": (
        "The jobless rate climbed to 5.2 percent in March from 4.8 percent in February, a rise "
        "of 0.4 percent, the state labor department said. Economists had expected no change.",
        "pp_change",
        "inconsistent",
    ),
    "inflation_drop_in_points_wrong": (
        "Annual consumer price inflation fell to 3.4% in December from 3.9% in November, a "
        "drop of 0.8 percentage points, the statistics office said.",
        "pp_change",
        "inconsistent",
    ),
    # --- growth: "up from", "up N% from A", "down N% on last year's A", "a fall of N% from" --
    "council_budget_up_from_wrong_rate": (
        "The city council on Monday approved a budget of $4.3 billion for the 2024 fiscal "
        "year, up from $3.9 billion last year, an increase of 18 percent. Council members said "
        "most of the new money would go to schools and transit.",
        "growth",
        "inconsistent",
    ),
    "football_attendance_up_from": (
        "Average attendance at Premier League matches was 40,200 this season, up 4% from "
        "38,700 last season, the league said.",
        "growth",
        "consistent",
    ),
    "retailer_profit_down_on_last_year": (
        "Pre-tax profit fell to £412 million in the year to March, down 8% on last year's £448 "
        "million, the retailer said on Thursday.",
        "growth",
        "consistent",
    ),
    "crowd_down_on_last_season": (
        "The team drew an average crowd of 31,000, down 12 percent from last season's 35,200.",
        "growth",
        "consistent",
    ),
    "burglaries_fall_wrong": (
        "Police recorded 5,320 burglaries in 2023, a fall of 12% from 6,180 the year before. "
        "Car thefts were broadly unchanged.",
        "growth",
        "inconsistent",
    ),
    "revenue_rose_to_from": (
        "Revenue rose 18% to $2.36 billion from $2 billion a year earlier, beating analysts' "
        "estimates.",
        "growth",
        "consistent",
    ),
    "census_population_from_to": (
        "The population grew from 8.2 million in 2011 to 8.9 million in 2021, an increase of "
        "8.5 percent, census figures released on Wednesday showed.",
        "growth",
        "consistent",
    ),
    "waiting_list_rate_wrong": (
        "Hospital waiting lists in England rose by 7.8% over the year to 7.6 million, from 7.2 "
        "million a year earlier.",
        "growth",
        "inconsistent",
    ),
    "deliveries_increase_from_noun_after_rate": (
        "Tesla delivered 484,507 vehicles in the fourth quarter, a 20% increase from 405,278 a "
        "year earlier.",
        "growth",
        "consistent",
    ),
    "homicides_fell_to_from_wrong": (
        "The number of homicides in the city fell by 15 per cent last year to 342, from 410 in "
        "2022, police figures showed.",
        "growth",
        "inconsistent",
    ),
    "profit_in_crore": (
        "Operating profit jumped 35 per cent to Rs 1,240 crore from Rs 918 crore last year, the "
        "Mumbai-based company said in a filing.",
        "growth",
        "consistent",
    ),
    "hospital_compared_with_wrong": (
        "The hospital treated 12,450 patients in A&E last month, compared with 11,200 in the "
        "same month last year, a rise of 18%.",
        "growth",
        "inconsistent",
    ),
    # --- multiples ------------------------------------------------------------------------
    "measles_times_as_many_wrong": (
        "Health officials recorded 1,800 measles cases in the region in 2023, three times as "
        "many as the 450 cases reported in 2022. Most of the cases were in young children.",
        "multiple",
        "inconsistent",
    ),
    "ev_sales_times_as_many": (
        "Electric car sales reached 310,000 last year, 2.5 times as many as the 124,000 sold in "
        "2020.",
        "multiple",
        "consistent",
    ),
    "food_banks_tripled_wrong": (
        "The number of people using food banks tripled from 2.1 million in 2019 to 4.2 million "
        "in 2023, according to the charity.",
        "multiple",
        "inconsistent",
    ),
    "road_deaths_halved": (
        "Road deaths in the county halved from 3,400 in 2000 to 1,700 last year.",
        "multiple",
        "consistent",
    ),
    "profits_more_than_doubled": (
        "Quarterly profits more than doubled to $4.2 billion from $1.9 billion, the bank said.",
        "multiple",
        "consistent",
    ),
    "cases_nearly_tripled_wrong": (
        "The number of reported cases nearly tripled, from 1,100 to 2,000, the agency said.",
        "multiple",
        "inconsistent",
    ),
    "exports_twice_as_many": (
        "Exports reached 800,000 tonnes, twice as many as the 350,000 tonnes shipped in 2015.",
        "multiple",
        "consistent",
    ),
    # --- totals and parts, shares ---------------------------------------------------------
    "survey_parts_exceed_total": (
        "Of the 1,200 respondents, 700 said they supported the plan and 600 said they opposed "
        "it. The survey was conducted online in May.",
        "sum",
        "inconsistent",
    ),
    "survey_parts_add_up": (
        "Of the 1,200 people polled, 700 backed the new stadium and 500 were against it.",
        "sum",
        "consistent",
    ),
    "affordable_homes_share_wrong": (
        "Of the 2,400 new homes built in the borough last year, 1,150, or 62 percent, were "
        "classed as affordable, council figures show.",
        "share",
        "inconsistent",
    ),
    "parliament_vote_three_parts": (
        "Of the 650 MPs, 320 voted for the bill, 250 against and 80 abstained.",
        "sum",
        "consistent",
    ),
    "seats_share_of_all_wrong": (
        "Women won 263 of the 650 seats, or 45% of all seats in the chamber, a record.",
        "share",
        "inconsistent",
    ),
    "election_turnout": (
        "Turnout was 61.2%, with 2.45 million of the 4 million registered voters casting a "
        "ballot, the electoral commission said.",
        "share",
        "consistent",
    ),
    "stadium_capacity_share_wrong": (
        "A record crowd of 87,192 attended the final at Wembley, 90% of the stadium's 90,000 "
        "capacity.",
        "share",
        "inconsistent",
    ),
    "poverty_share_of_population": (
        "About 1.2 million people, or 18% of the population of 6.8 million, live below the "
        "poverty line, the report found.",
        "share",
        "consistent",
    ),
    "referendum_rest_over_100": (
        "In the referendum, 54% voted to leave and the remaining 49% voted to remain, "
        "according to the final count.",
        "sum",
        "inconsistent",
    ),
    # --- per capita -----------------------------------------------------------------------
    "health_spending_per_head_wrong": (
        "The health board spent £1.2bn last year on its 400,000 residents, or £3,500 per head, "
        "according to its annual accounts.",
        "per_capita",
        "inconsistent",
    ),
    "student_debt_per_capita": (
        "The state's 5.5 million residents owe a combined $27.5 billion in student debt, or "
        "$5,000 per capita.",
        "per_capita",
        "consistent",
    ),
    # --- conversions in other currencies --------------------------------------------------
    "takeover_pounds_to_dollars": (
        DATED + "The company agreed to buy its rival for £3.2bn ($4bn) in cash, the two firms "
        "said in a statement.",
        "conversion",
        "consistent",
    ),
    "eu_fine_euros_to_dollars": (
        DATED + "The European Commission fined the chipmaker €500 million (US$540 million) on "
        "Wednesday for abusing its dominant position.",
        "conversion",
        "consistent",
    ),
    "eu_fine_scale_slip": (
        DATED + "Brussels fined the carmaker €875 million (US$950 billion) for colluding on "
        "emissions technology.",
        "conversion",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_relation_and_verdict(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


def roles(text: str, kind: str) -> dict:
    data = extract_claims(text)
    values = {c["id"]: c["value"] for c in data["claims"]}
    (relation,) = [r for r in data["relations"] if r["kind"] == kind]
    return {
        role: values.get(fill, fill) if isinstance(fill, str) else fill
        for role, fill in relation["roles"].items()
    } | {k: v for k, v in relation.items() if k in ("confidence", "note", "reading")}


def test_end_stated_first_gets_the_right_roles():
    got = roles(SNIPPETS["council_budget_up_from_wrong_rate"][0], "growth")
    assert (got["start"], got["end"], got["rate"]) == ("$3.9 billion", "$4.3 billion", "18 percent")


def test_a_fall_is_a_negative_rate_and_points_fall_too():
    got = roles(SNIPPETS["retailer_profit_down_on_last_year"][0], "growth")
    assert got["start"] == "£448 million" and got["rate"]["value"] == "-8%"
    got = roles(SNIPPETS["inflation_drop_in_points_wrong"][0], "pp_change")
    assert got["change"]["value"] == "-0.8 percentage points"


def test_each_rate_goes_with_its_own_figures_in_a_long_sentence(tmp_path):
    text = (
        "Apple said revenue for the quarter fell 1% to $81.8 billion, compared with $83 "
        "billion a year earlier. iPhone sales rose 2.8% to $39.7 billion, while Mac sales "
        "dropped 7% to $6.8 billion from $7.4 billion."
    )
    data = extract_claims(text)
    values = {c["id"]: c["value"] for c in data["claims"]}
    growth = {
        values[r["roles"]["end"]]: r["roles"]["rate"]
        for r in data["relations"]
        if r["kind"] == "growth"
    }
    assert growth["$81.8 billion"]["value"] == "-1%"
    assert growth["$6.8 billion"]["value"] == "-7%"
    assert values[growth["$39.7 billion"]] == "2.8%"
    assert {f.status for f in audit_snippet(tmp_path, "apple", text) if f.kind == "growth"} <= {
        "consistent",
        "unverifiable",
    }


def test_times_as_many_reads_to_and_keeps_the_start_unqualified():
    got = roles(SNIPPETS["measles_times_as_many_wrong"][0], "multiple")
    assert (got["start"], got["end"], got["reading"]) == ("450 cases", "1,800 cases", "to")


def test_times_more_than_is_left_ambiguous():
    got = roles(
        "Exports reached 900,000 tonnes, three times more than the 300,000 tonnes shipped in 2015.",
        "multiple",
    )
    assert "reading" not in got and got["note"]


def test_from_a_to_b_wins_over_b_from_a():
    got = roles(
        "The drug cut the risk of death by 25%, from 12% in the placebo group to 9%.", "pp_change"
    )
    assert (got["start"], got["end"]) == ("12%", "9%")


def test_guessed_links_say_so():
    for name, kind in (
        ("survey_parts_exceed_total", "sum"),
        ("election_turnout", "share"),
        ("stadium_capacity_share_wrong", "share"),
    ):
        got = roles(SNIPPETS[name][0], kind)
        assert got["confidence"] == "low" and got["note"], name


@pytest.mark.parametrize(
    "text",
    [
        "The charity received $2 million from donors and $5 million from the government.",
        "The council received £3m from the £10m regeneration fund.",
        "Sales rose 5% in 2023. The firm employs 2,000 people in 40 countries.",
        "About 300 of the 1,000 staff work remotely. The rest, 65%, are in the office.",
        "Britain's economy is now 1.8% larger than before the pandemic, compared with 6.1% for the "
        "US.",
        "Mr Smith, 54, said 3 of his 5 children had left the town.",
    ],
)
def test_no_link_on_a_guess_across_unrelated_figures(text):
    assert extract_claims(text)["relations"] == []


def test_value_span_marks_the_figure_inside_the_quote():
    text = SNIPPETS["takeover_pounds_to_dollars"][0]
    data = extract_claims(text)
    written = [text[slice(*c["value_span"])] for c in data["claims"]]
    assert written == ["£3.2bn", "$4bn"]
    for claim in data["claims"]:
        start, end = claim["span"]
        assert start <= claim["value_span"][0] < claim["value_span"][1] <= end


def test_a_result_against_a_forecast_is_a_fact_and_the_forecast_no_base():
    text = (
        "Revenue rose 3% to $5bn in the quarter, compared with analysts' forecasts of "
        "$4.8bn. The company employs 52,000 people, more than economists had expected."
    )
    data = extract_claims(text)
    status = {c["value"]: c["status"] for c in data["claims"]}
    assert status == {"3%": "fact", "$5 bn": "fact", "$4.8 bn": "forecast", "52,000 people": "fact"}
    assert not any("start" in r["roles"] for r in data["relations"])
