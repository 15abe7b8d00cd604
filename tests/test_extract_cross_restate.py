"""A headline or lead figure restated lower down is drafted as a restate relation."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet


def _restates(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (values[r["roles"]["first"]], values[r["roles"]["second"]], r.get("confidence"))
        for r in drafted["relations"]
        if r["kind"] == "restate"
    ]


ARTICLE = (
    "Orchard exports hit 2.6 billion dollars\n\n"
    "Updated: 2024-07-19\n\n"
    "The valley's growers had a strong season, the farm council said on Friday.\n"
    "Orchard exports reached {value} in the season, mostly apples and pears.\n"
)


def test_the_lead_restating_the_headline_is_linked():
    assert _restates(ARTICLE.format(value="2.61 billion dollars")) == [
        ("2.6 billion dollars", "2.61 billion dollars", "low")
    ]


def test_a_restatement_with_another_value_is_reported_as_a_warning(tmp_path):
    text = ARTICLE.format(value="6.2 billion dollars")
    assert _restates(text) == [("2.6 billion dollars", "6.2 billion dollars", "low")]
    [found] = [f for f in audit_snippet(tmp_path, "orchard", text) if f.kind == "restate"]
    assert found.status == "inconsistent"
    assert found.severity == "warning"


def test_a_qualifier_on_one_only_makes_another_figure():
    text = (
        "Orchard exports hit 2.6 billion dollars\n\n"
        "Daily orchard exports reached 7.1 million dollars at the peak.\n"
    )
    assert _restates(text) == []


def test_another_period_makes_another_figure():
    text = (
        "Orchard exports hit 2.6 billion dollars in 2023\n\n"
        "Orchard exports reached 2.2 billion dollars in 2022.\n"
    )
    assert _restates(text) == []


def test_a_name_the_headline_lacks_makes_another_figure():
    text = (
        "Orchard exports hit 2.6 billion dollars\n\n"
        "Orchard exports to Canada reached 0.4 billion dollars.\n"
    )
    assert _restates(text) == []


def test_other_words_make_another_figure():
    text = (
        "Orchard exports hit 2.6 billion dollars\n\n"
        "Orchard investment reached 0.9 billion dollars.\n"
    )
    assert _restates(text) == []


def test_two_equally_fitting_figures_leave_the_link_out():
    text = (
        "Orchard exports hit 2.6 billion dollars\n\n"
        "Orchard exports reached 2.5 billion dollars.\n"
        "Orchard exports reached 1.3 billion dollars.\n"
    )
    assert [first for first, _, _ in _restates(text) if first == "2.6 billion dollars"] == []


def test_a_projection_is_not_the_figure_booked():
    text = (
        "Tarn Mills upbeat on the year\n\n"
        "Tarn Mills raised its operating income projection to 3.2 billion euros for the "
        "current fiscal year. It also booked operating income of 0.9 billion euros in the "
        "quarter.\n"
    )
    assert _restates(text) == []


def test_a_week_is_not_the_month_so_far():
    text = (
        "Port Lyle trade data\n\n"
        "In the week, Port Lyle ran a trade surplus of 0.6 billion dollars, the result of "
        "2.1 billion dollars in exports and 1.5 billion dollars in imports. In the month so far, "
        "exports came to 7.9 billion dollars and imports to 6.2 billion dollars.\n"
    )
    assert _restates(text) == []


def test_the_same_length_of_time_still_restates():
    text = (
        "Port Lyle ran a trade surplus of 0.6 billion dollars in the week\n\n"
        "Port Lyle's trade surplus was 0.62 billion dollars over the week, customs said.\n"
    )
    assert _restates(text) == [("0.6 billion dollars", "0.62 billion dollars", "low")]


def test_a_week_written_as_the_third_week_is_not_the_month():
    text = (
        "Farm trade news\n\n"
        "In June's second week, Ostland had a trade surplus of 1.2 billion dollars, with 3.1 "
        "billion dollars of exports and 1.9 billion dollars of imports. In the month, exports "
        "were 9.4 billion dollars and imports 6.6 billion dollars.\n"
    )
    assert _restates(text) == []


def test_an_expectation_in_the_sentence_is_not_the_figure_reported():
    text = (
        "Vellor results\n\n"
        "Vellor's operating income fell 12% to 1.9 billion euros. "
        "Analysts had expected sales of 8.1 billion euros, with operating income at 2.1 billion "
        "euros.\n"
    )
    assert _restates(text) == []


def test_a_sentence_going_on_from_a_month_is_not_the_months_so_far():
    text = (
        "Shop sales data\n\n"
        "From January to May, shop sales were 4,120.5 billion pesos. "
        "Among them, sales of goods other than fuel reached 3,870.2 billion pesos.\n\n"
        "In May, shop sales were 910.4 billion pesos. "
        "Among them, sales of goods other than fuel were 851.3 billion pesos.\n"
    )
    assert _restates(text) == []


def test_the_largest_of_many_is_not_the_figure():
    text = (
        "Budget office data\n\n"
        "The largest deficit of the decade was 8.2 trillion shillings, in 2021. "
        "The deficit of 6.1 trillion shillings was financed by borrowing.\n"
    )
    assert _restates(text) == []


def test_a_figure_dated_years_before_publication_is_not_the_undated_lead():
    text = (
        "Club accounts\n\n"
        "Published: 2024-05-02\n\n"
        "Club turnover rose to 40 million pounds. Club turnover in 2021 was 31 million pounds.\n"
    )
    assert _restates(text) == []


def test_points_of_a_lead_and_of_a_move_are_not_restated():
    text = (
        "Poll update\n\n"
        "The Reform bloc keeps a 7-point lead over the Unionists. "
        "The Reform bloc now polls 41%, down two points.\n"
    )
    assert _restates(text) == []


def test_a_lead_figure_of_one_day_is_not_restated_by_the_next_days():
    text = (
        "Ferry crossings fall after the holiday\n\n"
        "On Saturday, the ferries carried 2.7 million passengers.\n"
        "The ferries carried 1.9 million passengers on Sunday, down from the day before.\n"
    )
    assert _restates(text) == []
    same_day = text.replace("on Sunday, down from the day before", "on Saturday")
    assert _restates(same_day) == [("2.7 million passengers", "1.9 million passengers", "low")]


def test_a_figure_for_the_month_of_the_sentence_before_is_that_months():
    text = (
        "Updated: 2024-12-15\n\n"
        "Imports fell in November as the fuel bill dropped 30 percent to 4.2 billion dollars.\n"
        "Imports were valued at 31 billion dollars in November 2023.\n"
        "The fuel bill for the month was 6 billion dollars.\n"
    )
    assert _restates(text) == []


# --- a headline's balance restated in the body with other rounding -----------------------


@pytest.mark.parametrize(
    "text, first, second",
    [
        # The noun after the headline's amount names it; the body says who recorded it and
        # what kind of deficit, which the headline leaves out.
        (
            "Velmora records N8.4tn deficit in four years\n\n"
            "Over a four-year span, the government recorded a fiscal deficit of N8.38tn, "
            "figures from the budget office show. Revenue stood at N6.10tn.\n",
            "₦8.4 tn",
            "₦8.38 tn",
        ),
        # A fiscal gap is a deficit.
        (
            "Velmora faces a budget squeeze\n\n"
            "Velmora's revenue fell short of spending, leaving a fiscal gap of approximately N7 "
            "trillion for the year. Revenue came to N12 trillion. Officials said the fiscal "
            "deficit stood at N7.05 trillion.\n",
            "approximately ₦7 trillion",
            "₦7.05 trillion",
        ),
    ],
)
def test_a_headline_balance_is_restated_with_other_rounding(text, first, second):
    assert _restates(text) == [(first, second, "low")]


@pytest.mark.parametrize(
    "text",
    [
        # Another year.
        "Velmora records N8.4tn deficit in 2020\n\n"
        "In 2021, the government recorded a fiscal deficit of N8.38tn.\n",
        # A headline's trade deficit is not the body's fiscal deficit.
        "Velmora records N8.4tn trade deficit\n\n"
        "The government recorded a fiscal deficit of N8.38tn.\n",
        # A bare deficit with two kinds below it: which one, the words do not say.
        "Velmora records N8.4tn deficit\n\n"
        "The government recorded a fiscal deficit of N8.38tn. The trade deficit was N8.1tn.\n",
        # A gap is no flow: the revenue of the lead's sentence is not its restatement.
        "Velmora faces a budget squeeze\n\n"
        "Velmora's revenue fell short of spending, leaving a fiscal gap of approximately N7 "
        "trillion for the year. Revenue came to N12 trillion.\n",
        # A figure named as a plan is no restatement of the actual measured against it.
        "Velmora budget\n\n"
        "Outlays stood at N21.6 trillion in 2024, 85 per cent of the total planned spending "
        "for the year. Planned spending for 2024 was N25.4 trillion.\n",
        # "Exports to Polaris rose ..., while imports rose to": the imports are Polaris's too.
        "Teravia trade\n\n"
        "Teravia's exports grew 9.0 percent to 31.00 trillion yen. Imports meanwhile rose "
        "11.0 percent to 27.00 trillion yen. Exports to Polaris rose 18.0 percent to 5.00 "
        "trillion yen, while imports rose 7.0 percent to 6.40 trillion yen.\n",
    ],
)
def test_no_restatement_of_a_headline_balance_the_words_tell_apart(text):
    assert _restates(text) == []


def test_a_lead_total_of_two_flows_is_not_restated_by_one_of_them():
    text = (
        "Updated: 2024-07-12\n\n"
        "Norvia's imports and exports passed 8 trillion yuan in the first half.\n"
        "Exports rose 3 percent to 4.6 trillion yuan while imports slipped 2 percent to 3.5 "
        "trillion yuan.\n"
    )
    assert _restates(text) == []
