"""What a drafted figure measures: metric, entity, period and type, read from invented text."""

from __future__ import annotations

import pytest

from audit.claims.periods import parse_period
from audit.extract import context
from audit.extract.drafts import draft_claims
from audit.extract.periods_in_text import Anchor, period_near, shift_years, without_periods


def _drafts(text: str, published: str | None = None) -> dict[str, object]:
    return {d.found.text: d for d in draft_claims(text, published).drafts}


SCOOTERS = (
    "Shipments of electric scooters in Ruritania reached 412,000 in March, the most since "
    "the record of 455,000 set in October last year.\n"
    "That is up 8.5 percent from 393,000 in February, and up 21 percent from 340,000 units "
    "in the same month last year.\n"
)


def test_anaphora_takes_the_metric_entity_and_period_of_the_sentence_before():
    drafts = _drafts(SCOOTERS, "2024-04-10")
    lead = drafts["412,000"]
    assert (lead.metric, lead.entity, lead.period) == (
        "Shipments of electric scooters",
        "Ruritania",
        "2024-03",
    )
    assert drafts["455,000"].period == "2023-10"
    for figure in ("8.5 percent", "21 percent"):
        assert drafts[figure].metric == "Shipments of electric scooters"
        assert drafts[figure].entity == "Ruritania"
        assert drafts[figure].period == "2024-03"
        assert drafts[figure].figure_type == "rate"
    # The bases after "from" measure the same thing, each in its own period.
    assert drafts["393,000"].metric == "Shipments of electric scooters"
    assert drafts["393,000"].period == "2024-02"
    assert drafts["340,000"].metric == "Shipments of electric scooters"
    assert drafts["340,000"].period == "2023-03"


@pytest.mark.parametrize(
    ("text", "published", "figure", "metric", "period"),
    [
        (
            "In the first half of the year, the port of Valdora handled 18.2 million tonnes.",
            "2023-08-01",
            "18.2 million tonnes",
            None,
            "2023-01/2023-06",
        ),
        (
            "Q3 revenue of the chain came to 4.1 billion euros, compared with 3.6 billion "
            "euros a year earlier.",
            "2022-11-10",
            "3.6 billion euros",
            "revenue of the chain",
            "2021-07/2021-09",
        ),
        (
            "Farm exports rose 6 percent in January-May.",
            "2022-06-20",
            "6 percent",
            "Farm exports",
            "2022-01/2022-05",
        ),
        (
            "Net profit was $310 million last year.",
            "2024-02-02",
            "$310 million",
            "Net profit",
            "2023",
        ),
        (
            "The agency's budget surplus for the first three quarters of 2021 stood at 2.2 "
            "billion dollars.",
            "2022-01-15",
            "2.2 billion dollars",
            "agency's budget surplus",
            "2021-01/2021-09",
        ),
        (
            "Orders for machine tools in December totaled 9,300.",
            "2022-03-01",
            "9,300",
            "Orders for machine tools",
            "2021-12",
        ),
        (
            "Spending from October to March came to $41 billion.",
            "2023-04-30",
            "$41 billion",
            "Spending",
            "2022-10/2023-03",
        ),
        (
            "Wool output in the fourth quarter of 2019 was 3,400 tonnes.",
            None,
            "3,400 tonnes",
            "Wool output",
            "2019-10/2019-12",
        ),
        (
            "Sales of sunscreen hit 2.5 million bottles in the first five months of 2020.",
            None,
            "2.5 million",
            None,
            "2020-01/2020-05",
        ),
        (
            "Tram ridership was 61,000 in H2 2018.",
            None,
            "61,000",
            "Tram ridership",
            "2018-07/2018-12",
        ),
    ],
)
def test_periods_the_text_states(text, published, figure, metric, period):
    draft = _drafts(text, published)[figure]
    assert draft.period == period
    parse_period(draft.period)  # a form the claims grammar reads
    if metric is not None:
        assert draft.metric == metric


def test_a_rate_after_an_amount_shares_its_metric_and_period():
    drafts = _drafts("Tax revenue of 52 billion pesos in June, up 7.5% year-on-year.", "2021-07-03")
    assert drafts["7.5%"].metric == "Tax revenue"
    assert drafts["7.5%"].period == "2021-06"
    assert drafts["52 billion pesos"].figure_type == "amount"
    assert drafts["7.5%"].figure_type == "rate"


def test_a_noun_before_of_at_or_for_names_the_figure():
    text = (
        "Of the new capacity, tidal power accounts for 42 megawatts and wave power for "
        "17 megawatts.\nGross margin of 31.5 percent was the best in years.\n"
    )
    drafts = _drafts(text)
    assert drafts["42 megawatts"].metric == "tidal power"
    assert drafts["17 megawatts"].metric == "wave power"
    assert drafts["31.5 percent"].metric == "Gross margin"


def test_exports_which_gained():
    drafts = _drafts("Coffee exports, which gained 4.4 percent, were the largest item.")
    assert drafts["4.4 percent"].metric == "Coffee exports"


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("Solar made up 14 percent of the country's electricity.", "14 percent", "share"),
        ("Solar's share rose 2 percentage points to 14 percent.", "2 percentage points", "pp"),
        ("Solar's share rose 2 percentage points to 14 percent.", "14 percent", "level"),
        ("The bakery sold 4,000 loaves.", "4,000", "count"),
        ("Rents average 900 dollars a month.", "900 dollars a month", "per_unit"),
        ("Output grew 2.5 times over the decade.", "2.5 times", "multiple"),
        ("The bourse ended the session +0.7%.", "+0.7%", "rate"),
        ("The clinic sees 4 per 1,000 people.", "4 per 1,000 people", "per_unit"),
        ("The ward has 6 nurses per 20 beds.", "6 nurses per 20 beds", "per_unit"),
        ("The bakery hired 14 apprentices.", "14", "count"),
    ],
)
def test_figure_types(sentence, figure, kind):
    assert _drafts(sentence)[figure].figure_type == kind


def test_no_drafted_metric_is_a_placeholder():
    text = (
        SCOOTERS
        + "It fell 3 percent from the previous year.\n"
        + "The figure was 12,000 in April.\n"
    )
    for draft in draft_claims(text, "2024-05-01").drafts:
        assert not context.is_placeholder(draft.metric), draft


@pytest.mark.parametrize("metric", ["", "value", "That", "units", "set", "of these", "It"])
def test_placeholders(metric):
    assert context.is_placeholder(metric)


@pytest.mark.parametrize("metric", ["net profit", "exports", "retail sales of consumer goods"])
def test_real_metrics_are_not_placeholders(metric):
    assert not context.is_placeholder(metric)


def test_a_base_period_is_not_the_figure_s_own():
    sentence = "Imports rose 9 percent from the same month last year."
    at = sentence.index("9 percent")
    anchor = Anchor((2022, 8), current="2022-07")
    assert period_near(sentence, at, at + len("9 percent"), anchor) is None


def test_may_the_verb_is_not_a_month():
    sentence = "The mill may cut 300 jobs."
    at = sentence.index("300")
    assert period_near(sentence, at, at + 3, Anchor((2022, 8))) is None


def test_without_a_date_to_anchor_it_a_month_has_no_year():
    sentence = "Exports were 40 tonnes in June."
    at = sentence.index("40")
    assert period_near(sentence, at, at + 9, Anchor()) is None


def test_helpers():
    assert shift_years("2023-01/2023-06", -1) == "2022-01/2022-06"
    assert without_periods("NEV sales in the first half of the year") == "NEV sales"
    assert without_periods("sales in 2022") == "sales"
