"""Links that used to go wrong: two changes from one end, and a change stated by anaphora."""

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet, roles_by_name

DATED = "Updated: 2024-03-20\n\n"


def _growths(text: str) -> list[tuple[str, str, str, str | None]]:
    drafted = extract_claims(text, "x")
    claims = {c["id"]: c["value"] for c in drafted["claims"]}
    return sorted(
        (
            claims[r["roles"]["start"]],
            claims[r["roles"]["end"]],
            claims[r["roles"]["rate"]],
            r.get("confidence"),
        )
        for r in drafted["relations"]
        if r["kind"] == "growth"
    )


def test_two_changes_from_one_end_share_the_end():
    text = DATED + (
        "Bicycle sales in the city came to 48,000 in March, up 20 percent from "
        "40,000 in February, and up 60 percent from 30,000 a year earlier."
    )
    assert _growths(text) == [
        ("30,000", "48,000", "60 percent", None),
        ("40,000", "48,000", "20 percent", None),
    ]


def test_that_is_up_links_to_the_main_figure_of_the_sentence_before():
    text = DATED + (
        "Ferry crossings reached 9,000 in May, short of the record of 9,900 set "
        "last summer. That is up 12.5 percent from 8,000 in April, and up 50 "
        "percent from 6,000 a year earlier."
    )
    assert _growths(text) == [
        ("6,000", "9,000", "50 percent", "medium"),
        ("8,000", "9,000", "12.5 percent", "medium"),
    ]


def test_a_wrong_rate_behind_an_anaphora_is_found(tmp_path):
    text = DATED + (
        "Ferry crossings reached 9,000 in May. That is up 40 percent from 8,000 in April."
    )
    [growth] = [f for f in audit_snippet(tmp_path, "ferry", text) if f.kind == "growth"]
    assert growth.status == "inconsistent"
    assert growth.severity == "error"  # an explicit anaphora is evidence, not a guess


@pytest.mark.parametrize("start", ["$1.25 billion", "profit of $1.25 billion"])
def test_this_represented_a_rise_from_links_the_start_to_the_figure_before(start):
    text = DATED + (
        "Harlow Bank's quarterly profit was $1.40 billion. This represented a 12 percent "
        f"increase from {start} a year earlier.\n"
    )
    assert _growths(text) == [("$1.25 billion", "$1.40 billion", "12 percent", "medium")]


def test_the_year_before_s_level_is_no_restatement():
    text = DATED + (
        "Harlow Bank's quarterly profit was $1.40 billion. Harlow Bank's quarterly profit "
        "was $1.25 billion a year earlier.\n"
    )
    assert not [r for r in extract_claims(text)["relations"] if r["kind"] == "restate"]


def test_no_anaphora_no_link_across_sentences():
    text = DATED + (
        "Ferry crossings reached 9,000 in May. Bus trips were up 12.5 percent from 8,000 in April."
    )
    assert _growths(text) == []


def test_a_change_of_one_clause_is_not_the_change_of_the_next():
    text = DATED + (
        "Spending on schools rose 40 percent from 2015 to 9.1 billion euros in 2020, "
        "and its share of the budget rose from 10.2 percent to 11.5 percent."
    )
    drafted = extract_claims(text, "x")
    claims = {c["id"]: c["value"] for c in drafted["claims"]}
    [pp] = [r for r in drafted["relations"] if r["kind"] == "pp_change"]
    assert claims[pp["roles"]["start"]] == "10.2 percent"
    assert "change" not in pp["roles"]  # no rate of the first clause is taken as its change


def test_a_forecast_in_two_currencies_is_a_conversion_to_check(tmp_path):
    text = DATED + (
        "The ministry expects that by 2027 the sector's income will exceed 2.1 "
        "trillion yuan ($29.5 billion)."
    )
    [conversion] = [f for f in audit_snippet(tmp_path, "plan", text) if f.kind == "conversion"]
    assert conversion.status == "inconsistent"  # billion written for a tenfold larger sum


def test_a_fall_in_a_currency_written_first_is_checked_as_a_fall(tmp_path):
    text = DATED + (
        "The surplus came to US$ 9.50 billion, a decrease of US$ 0.50 billion (5%) "
        "compared with a year before."
    )
    [change] = [f for f in audit_snippet(tmp_path, "surplus", text) if f.kind == "change"]
    assert change.status == "consistent"


def test_years_ago_and_an_annual_rate_make_a_compound_rate(tmp_path):
    text = (
        "Updated: 2021-06-01\n\nThis year the tram network carried over 900 million "
        "passengers, up from 300 million passengers five years ago, which marks an "
        "annual growth rate of 25 percent."
    )
    drafted = extract_claims(text, "x", published="2021-06")
    periods = {c["value"]: c.get("period") for c in drafted["claims"]}
    assert periods["over 900 million passengers"] == "2021"
    assert periods["300 million passengers"] == "2016"
    [cagr] = [f for f in audit_snippet(tmp_path, "tram", text) if f.kind == "cagr"]
    assert cagr.status == "consistent"  # 3x in five years is 24.6% a year


def test_an_annual_rate_between_figures_of_unknown_years_is_never_a_simple_growth():
    text = DATED + (
        "Ticket revenue climbed to 7.2 million euros, up from 3.1 million euros at the"
        " start of the decade, an annual growth rate of 9 percent."
    )
    drafted = extract_claims(text, "x")
    kinds = {r["kind"] for r in drafted["relations"]}
    assert "growth" not in kinds
    assert "cagr" in kinds


def test_every_drafted_relation_names_its_evidence():
    text = DATED + (
        "Sales reached 48,000 cars in March, up 20 percent from 40,000 in February. "
        "Exports were 5 billion yuan ($0.7 billion), an increase of 1 billion yuan "
        "or 25 percent year on year. Ridership hit 12.6 million trips, up 5 percent "
        "or 600,000 from a year earlier."
    )
    relations = extract_claims(text, "x")["relations"]
    assert len(relations) >= 3
    for relation in relations:
        assert relation["note"].startswith(("pattern ", "phrasing ")), relation


def test_that_figure_represents_an_increase_links_back():
    text = DATED + (
        "Net income of the lender came to 60 million dollars in the half. That "
        "figure represents an increase of 20 percent from 50 million dollars last "
        "year."
    )
    assert _growths(text) == [("50 million dollars", "60 million dollars", "20 percent", "medium")]


def test_a_deficit_before_its_colon_list_of_outlays_and_revenues(tmp_path):
    text = DATED + (
        "For May alone, the city's deficit totalled $4.5 million: total outlays "
        "reached $60 million, up 2 percent, and total revenues were $55.5 million."
    )
    [found] = [f for f in audit_snippet(tmp_path, "city", text) if f.kind == "sum"]
    assert found.status == "consistent"
    wrong = text.replace("$55.5 million", "$52.5 million")
    [found] = [f for f in audit_snippet(tmp_path, "city2", wrong) if f.kind == "sum"]
    assert found.status == "inconsistent"


@pytest.mark.parametrize(
    "text",
    [
        "Remittances reached $8 billion in 2022, which was about Rs 66,000 crore.",
        "The airport cost £900 million, equivalent to $1.1 billion.",
    ],
)
def test_an_amount_restated_in_another_currency_after_a_relative_clause_is_a_conversion(text):
    drafted = extract_claims(text, article_id="remit")
    assert [r["kind"] for r in drafted["relations"]] == ["conversion"]


def test_a_relative_clause_onto_a_figure_of_the_same_currency_is_no_conversion():
    drafted = extract_claims("Sales were $5 billion, which was $1 billion more.", article_id="s")
    assert "conversion" not in [r["kind"] for r in drafted["relations"]]


@pytest.mark.parametrize(
    "second",
    [
        "The figure, however, represents a 38 percent rise on five years ago (5,800).",
        "That is a 38 percent rise on 2019 (5,800).",
    ],
)
def test_a_start_in_brackets_after_the_period_it_is_of(second):
    text = DATED + f"Ferry crossings reached 8,000 in May. {second}"
    assert _growths(text) == [("5,800", "8,000", "38 percent", "medium")]


def test_a_start_in_brackets_is_never_the_end_of_the_next_rate():
    text = DATED + (
        "Ferry crossings reached 9,000 in May. For crossings a day this is a 2 percent rise on "
        "2022 (8,800 in all, or 290 a day) and a 20 percent rise on 2019 (7,500, or 250 a day)."
    )
    assert all(end != "8,800" for _, end, _, _ in _growths(text))


@pytest.mark.parametrize(
    ("written", "rate"),
    [("4% below the five-year average of", "-4%"), ("5% above the five-year average of", "5%")],
)
def test_a_rate_above_or_below_a_named_level_is_its_growth(written, rate):
    text = DATED + f"The oat crop is put at 2.97 million tonnes, {written} 2.83 million tonnes."
    [growth] = roles_by_name(text, "growth")
    assert growth == {"start": "2.83 million tonnes", "end": "2.97 million tonnes", "rate": rate}


@pytest.mark.parametrize(
    ("sentence", "start", "rate"),
    [
        (
            "Road deaths fell to 2,790, in comparison to last year's 3,000, representing a "
            "seven per cent decrease.",
            "3,000",
            "-7 per cent",
        ),
        (
            "Arrivals were 2,100, 30 per cent lower than the peak number of 3,000.",
            "3,000",
            "-30 per cent",
        ),
        ("Arrivals were 3,900, 30 per cent higher than the 3,000 of 2019.", "3,000", "30 per cent"),
    ],
)
def test_other_words_of_comparison_name_the_start(sentence, start, rate):
    [growth] = roles_by_name(DATED + sentence, "growth")
    assert (growth["start"], growth["rate"]) == (start, rate)


def test_a_rate_above_another_rate_is_left_alone():
    # points or percent, the words do not say
    assert (
        roles_by_name(
            DATED + "Wages rose 4% in May, 1.5% above the inflation rate of 2.5%.", "pp_change"
        )
        == []
    )
