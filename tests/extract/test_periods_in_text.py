"""The period a drafted figure is given: comparisons, "alone", "respectively", "the year to",
and quarters dated by the year nearby figures are about. Invented sentences."""

from __future__ import annotations

import pytest

from audit.claims.periods import parse_period
from audit.extract import relations_evidence as ev
from audit.extract.drafts import draft_claims
from audit.extract.periods_in_text import Anchor, period_near


def _periods(text: str, published: str | None) -> dict[str, str | None]:
    return {d.found.text: d.period for d in draft_claims(text, published).drafts}


def _near(sentence: str, figure: str, anchor: Anchor) -> str | None:
    at = sentence.index(figure)
    return period_near(sentence, at, at + len(figure), anchor)


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Bus fares brought in 6 percent more than in the third quarter.", "6 percent"),
        ("Hotel bookings were 11 percent higher than during the first half.", "11 percent"),
        ("Steel output grew 2.5 percent compared with October.", "2.5 percent"),
        ("Steel output grew 2.5 percent compared to October 2020.", "2.5 percent"),
        ("Cinema takings rose 9 percent versus the second quarter.", "9 percent"),
    ],
)
def test_a_period_after_a_comparison_word_is_the_base_s(sentence, figure):
    assert _near(sentence, figure, Anchor((2021, 12))) is None


def test_a_change_against_an_earlier_quarter_keeps_the_period_of_its_level():
    periods = _periods(
        "Ferry traffic reached 8.4 million passengers in the fourth quarter, 4.2 percent "
        "higher than in the third quarter.",
        "2022-02-01",
    )
    assert periods["8.4 million"] == "2021-10/2021-12"
    assert periods["4.2 percent"] == "2021-10/2021-12"


def test_over_opening_the_sentence_is_during_the_period_not_its_base():
    sentence = "Over the first five months, the port handled 2.6 million containers."
    assert _near(sentence, "2.6 million containers", Anchor((2024, 6))) == "2024-01/2024-05"
    after_a_rate = "Container traffic rose 6 percent over the first five months."
    assert _near(after_a_rate, "6 percent", Anchor((2024, 6))) is None


def test_a_month_opening_the_sentence_is_read():
    sentence = "In August, the mint struck 3.1 million coins."
    assert _near(sentence, "3.1 million coins", Anchor((2019, 10))) == "2019-08"


@pytest.mark.parametrize(
    "text, figure",
    [
        # The total beside the single month is of the whole span, not of that month.
        (
            "The lottery paid out 7.7 million crowns, of which 2.9 million crowns was won in "
            "May alone, the most in a decade.",
            "7.7 million crowns",
        ),
        (
            "In May alone, 2.9 million crowns was won, the season's total reaching 7.7 "
            "million crowns.",
            "7.7 million crowns",
        ),
    ],
)
def test_a_month_alone_is_not_lent_to_a_neighbouring_figure(text, figure):
    periods = _periods(text, "2023-07-01")
    assert periods["2.9 million crowns"] == "2023-05"
    assert periods[figure] is None


def test_without_alone_the_month_still_dates_the_clause():
    periods = _periods("In May, 2.9 million crowns was won, a total of 7.7 million.", "2023-07-01")
    assert periods["7.7 million"] == "2023-05"


@pytest.mark.parametrize(
    "text",
    [
        "Rainfall in April and May was 81 mm and 64 mm respectively.",
        "Rainfall came to 81 mm and 64 mm in April and May, respectively.",
    ],
)
def test_respectively_gives_each_figure_its_own_month(text):
    periods = _periods(text, "2020-09-10")
    assert periods["81 mm"] == "2020-04"
    assert periods["64 mm"] == "2020-05"


def test_between_two_months_is_still_one_span():
    periods = _periods("Between April and May the reservoir lost 12 percent.", "2020-09-10")
    assert periods["12 percent"] == "2020-04/2020-05"


@pytest.mark.parametrize(
    "text, published, figure, period",
    [
        (
            "Profit for the twelve months to 30 June was 800 million pounds.",
            "2021-08-15",
            "800 million pounds",
            "2020-07/2021-06",
        ),
        (
            "In the year to March, rents rose 4.5 percent.",
            "2021-05-01",
            "4.5 percent",
            "2020-04/2021-03",
        ),
        (
            "Prices rose 3 percent in the 12 months ending September 2018.",
            None,
            "3 percent",
            "2017-10/2018-09",
        ),
        (
            "In the three months to November, 41,000 jobs were added.",
            "2022-12-20",
            "41,000",
            "2022-09/2022-11",
        ),
        (
            "Tax receipts in the year to December 2019 were 9 billion dollars.",
            None,
            "9 billion dollars",
            "2019-01/2019-12",
        ),
    ],
)
def test_months_to_a_month_end_then(text, published, figure, period):
    periods = _periods(text, published)
    assert periods[figure] == period
    parse_period(period)


def test_the_count_of_months_in_a_period_is_not_a_figure():
    drafted = draft_claims("Sales for the twelve months to June were 3 billion euros.", "2020-08")
    assert [d.found.text for d in drafted.drafts] == ["3 billion euros"]


@pytest.mark.parametrize(
    "text, figure, period",
    [
        (
            "The airline carried 40 million people in 2017. In the first quarter, it carried "
            "9.5 million.",
            "9.5 million",
            "2017-01/2017-03",
        ),
        (
            "Wine exports fell in 2016.\nQ3 shipments were 2,100 tonnes.",
            "2,100 tonnes",
            "2016-07/2016-09",
        ),
        # The year in the figure's own sentence wins over an older one before it.
        (
            "Wine exports fell in 2016. In 2018, Q3 shipments were 2,100 tonnes.",
            "2,100 tonnes",
            "2018-07/2018-09",
        ),
        # A base's year ("compared with ... in 2015") does not date the news.
        (
            "Wine exports rose to 8,000 tonnes in 2016, up from the 7,000 tonnes shipped in "
            "2015. Q3 shipments were 2,100 tonnes.",
            "2,100 tonnes",
            "2016-07/2016-09",
        ),
    ],
)
def test_a_quarter_without_a_year_takes_the_year_nearby(text, figure, period):
    assert _periods(text, "2019-03-01")[figure] == period


def test_a_year_stated_long_before_does_not_date_a_quarter():
    text = (
        "The airline carried 40 million people in 2017.\nIt has new routes.\nIt has new "
        "planes.\nIt hired pilots.\nIn the first quarter, it carried 9.5 million."
    )
    assert _periods(text, "2019-06-01")["9.5 million"] == "2019-01/2019-03"


def test_the_month_a_longer_period_ended_in_is_not_the_figure_s():
    sentence = "Farm income in the season, which ended in March, rose 7 percent to 4 billion."
    assert _near(sentence, "4 billion", Anchor((2019, 6))) is None


@pytest.mark.parametrize(
    "first, second",
    [
        ("profit in Q2", "profit for the second quarter"),
        ("sales in January-March", "first-quarter sales"),
        ("output in the first half of 2020", "H1 2020 output"),
        ("remittances in the first semester of 2020", "H1 2020 remittances"),
        ("orders on March 3", "orders on 3 March"),
        ("fares on Mondays", "Monday fares"),
    ],
)
def test_relation_evidence_reads_one_period_however_it_is_written(first, second):
    assert ev.periods(first) == ev.periods(second) != frozenset()


@pytest.mark.parametrize(
    "first, second",
    [
        ("profit in Q2", "profit in Q3"),
        ("March exports", "April exports"),
        ("output in 2020", "output in 2021"),
        ("sales in the first half", "sales in the first quarter"),
        ("visitors on Saturday", "visitors on Sunday"),
        ("trips on Sunday", "trips on Sunday, down from the previous day"),
        ("orders on March 3", "orders in March"),
        ("orders on 3 March", "orders on 4 March"),
    ],
)
def test_relation_evidence_tells_two_periods_apart(first, second):
    assert ev.periods(first) != ev.periods(second)


@pytest.mark.parametrize(
    "text",
    ["exports rose, customs data showed on Monday", "the ministry said Tuesday", "released Friday"],
)
def test_the_day_of_a_report_is_no_period_of_its_figures(text):
    assert ev.periods(text) == frozenset()


def test_may_the_verb_names_no_period_for_relations():
    assert ev.periods("exports may rise") == frozenset()


def test_last_year_right_after_a_figure_is_its_own_whatever_year_the_sentence_names():
    periods = _periods(
        "Landfill waste in Corbridge has fallen from 8.12 million tonnes in 2016 to 6.74 "
        "million tonnes last year, the council said.",
        "2020-05-04",
    )
    assert periods["8.12 million tonnes"] == "2016"
    assert periods["6.74 million tonnes"] == "2019"


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("March imports came to $10.00 billion.", "$10.00 billion", "2024-03"),
        ("Total January sales were $4.1 billion.", "$4.1 billion", "2024-01"),
        # a range stays a range
        ("January to March imports came to $9.1 billion.", "$9.1 billion", "2024-01/2024-03"),
    ],
)
def test_a_month_before_the_noun_it_dates(text, figure, period):
    assert _periods(text, "2024-04-20")[figure] == period
