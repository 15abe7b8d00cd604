"""Shares, multiples and daily figures whose other figures are stated in other sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

HEAD = "Updated: 2024-02-02\n\n"


def _relations(text: str, kind: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    out = []
    for r in drafted["relations"]:
        if r["kind"] != kind:
            continue
        roles = {
            k: values.get(v) if isinstance(v, str) else v.get("value")
            for k, v in r["roles"].items()
        }
        out.append((roles, r.get("confidence")))
    return out


RESPECTIVELY = (
    HEAD + "The retailer's revenue for 2023 was $8.40 billion, up 12% on the year before.\n"
    "Its grocery arm brought in $6.30 billion of revenue, up 15%.\n"
    "The clothing arm earned revenue of $2.10 billion, up 4%.\n"
    "Of the retailer's total revenue, the two arms accounted for {a}% and 25%, respectively.\n"
)


def test_shares_stated_respectively_take_their_parts_from_the_sentences_before():
    assert _relations(RESPECTIVELY.format(a=75), "share") == [
        ({"part": "$6.30 billion", "whole": "$8.40 billion", "share": "75%"}, "low"),
        ({"part": "$2.10 billion", "whole": "$8.40 billion", "share": "25%"}, "low"),
    ]


def test_a_wrong_respective_share_is_a_warning(tmp_path):
    found = [
        f for f in audit_snippet(tmp_path, "arms", RESPECTIVELY.format(a=70)) if f.kind == "share"
    ]
    assert sorted(f.status for f in found) == ["consistent", "inconsistent"]
    assert all(f.severity == "warning" for f in found)


def test_respective_shares_need_as_many_parts_as_the_sentence_counts():
    text = RESPECTIVELY.replace("the two arms", "the three arms").format(a=75)
    assert _relations(text, "share") == []


URBAN_RURAL = (
    HEAD + "Across the region, average income of city and village households combined was "
    "9,000 euros.\n"
    "Average income of city households stood at 12,000 euros in the year.\n"
    "For village households the figure was {rural} euros.\n"
    "In the capital, city households earned 15,500 euros.\n"
    "Over the region, the average income of city households is 2.4 times that of village "
    "households.\n"
)


def test_a_multiple_of_two_groups_takes_each_groups_first_figure():
    assert _relations(URBAN_RURAL.format(rural="5,000"), "multiple") == [
        ({"start": "5,000 euros", "end": "12,000 euros", "multiple": "2.4 times"}, "low")
    ]


def test_the_groups_are_linked_whatever_the_numbers_say(tmp_path):
    text = URBAN_RURAL.format(rural="4,000")
    [found] = [f for f in audit_snippet(tmp_path, "groups", text) if f.kind == "multiple"]
    assert found.status == "inconsistent"
    assert found.severity == "warning"


def test_a_multiple_with_an_amount_in_its_sentence_is_left_to_the_sentence_patterns():
    text = (
        HEAD + "Average income of city households stood at 12,000 euros.\n"
        "For village households the figure was 5,000 euros.\n"
        "The income of city households, 12,500 euros, is 2.4 times that of village households.\n"
    )
    assert _relations(text, "multiple") == []


def test_days_written_in_words_give_a_daily_figure_its_period():
    text = (
        HEAD + "Officials said 90 million journeys were made during the five days of the "
        "festival, averaging 18 million journeys per day.\n"
    )
    assert _relations(text, "per_day") == [
        (
            {"total": "90 million journeys", "per_day": "18 million journeys", "days": "5"},
            "medium",
        )
    ]


def test_a_daily_figure_without_its_days_is_left_alone():
    text = (
        HEAD + "Officials said 90 million journeys were made during the festival, averaging "
        "18 million journeys per day.\n"
    )
    assert _relations(text, "per_day") == []


HEADLINE_DAILY = (
    "Ferry Operator's Daily Takings Top 2 Million Pounds\n\n"
    "Updated: 2024-02-02\n\n"
    "The operator reported takings of {total} million pounds for the first quarter of 2023, "
    "a record.\n"
)


def test_a_headline_daily_figure_is_held_against_the_total_of_its_period(tmp_path):
    assert _relations(HEADLINE_DAILY.format(total=180), "per_day") == [
        ({"total": "180 million pounds", "per_day": "2 million Pounds"}, "low")
    ]
    [found] = [
        f
        for f in audit_snippet(tmp_path, "ferry", HEADLINE_DAILY.format(total=1800))
        if f.kind == "per_day"
    ]
    assert found.status == "inconsistent"


def _share_of_gdp(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (values.get(r["roles"]["part"]), r["roles"]["whole"], values.get(r["roles"]["share"]))
        for r in drafted["relations"]
        if r["kind"] == "share"
    ]


def test_a_share_of_gdp_that_opens_its_sentence_takes_the_amount_before():
    text = (
        HEAD + "In 2019 China's software sector earned 7.2 trillion yuan,\n\n"
        "Accounting for 7.3 percent of the country's GDP, the ministry said.\n"
    )
    [(part, whole, share)] = _share_of_gdp(text)
    assert (part, share) == ("7.2 trillion yuan", "7.3 percent")
    assert whole == {"fact": "chn.gdp_lcu.2019"}


def test_the_end_of_a_rise_in_a_share_of_gdp_is_a_share_of_the_amount():
    text = (
        HEAD + "China's spending on schools rose 40 percent to 3.9 trillion yuan in 2019, and "
        "its share in GDP rose from 3.6 percent to 3.9 percent over the same period.\n"
    )
    [(part, whole, share)] = _share_of_gdp(text)
    assert (part, share) == ("3.9 trillion yuan", "3.9 percent")
    assert whole == {"fact": "chn.gdp_lcu.2019"}


def test_double_the_start_is_checked_as_a_multiple(tmp_path):
    text = HEAD + "The port handled {end} million containers, double the 3.9 million of 2015.\n"
    [ok] = [
        f for f in audit_snippet(tmp_path, "ok", text.format(end="7.8")) if f.kind == "multiple"
    ]
    [bad] = [
        f for f in audit_snippet(tmp_path, "bad", text.format(end="19.8")) if f.kind == "multiple"
    ]
    assert (ok.status, bad.status) == ("consistent", "inconsistent")


POPULATION = (
    HEAD + "The island has a population of {people}.\n"
    "Last year the council spent 900 million pounds on services, or 3,600 pounds per person.\n"
)


def test_a_figure_per_person_takes_the_population_stated_in_another_sentence(tmp_path):
    assert _relations(POPULATION.format(people="250,000"), "per_capita") == [
        (
            {
                "total": "900 million pounds",
                "count": "250,000",
                "per_capita": "3,600 pounds per person",
            },
            "low",
        )
    ]
    [found] = [
        f
        for f in audit_snippet(tmp_path, "isle", POPULATION.format(people="150,000"))
        if f.kind == "per_capita"
    ]
    assert (found.status, found.severity) == ("inconsistent", "warning")


def test_two_populations_to_choose_from_give_no_per_person_link():
    text = POPULATION.replace(
        "a population of {people}.", "250,000 residents; the mainland has 4 million residents."
    )
    assert _relations(text, "per_capita") == []


NAMED_WHOLE = (
    HEAD + "The county's general budget spending totalled 120 billion dollars in the first "
    "half, up 6%.\n"
    "Spending on schools, at 40 billion dollars, was up 5% and accounted for {share}% of the "
    "general budget spending.\n"
)


def test_a_share_of_a_named_whole_takes_the_first_figure_stated_for_it(tmp_path):
    assert _relations(NAMED_WHOLE.format(share=33), "share") == [
        (
            {"part": "40 billion dollars", "whole": "120 billion dollars", "share": "33%"},
            "low",
        )
    ]
    [found] = [
        f
        for f in audit_snippet(tmp_path, "county", NAMED_WHOLE.format(share=43))
        if f.kind == "share"
    ]
    assert found.status == "inconsistent"


def test_a_named_whole_no_figure_is_stated_for_gives_no_share():
    text = NAMED_WHOLE.format(share=33).replace("general budget spending totalled", "income was")
    assert _relations(text, "share") == []


def test_or_a_share_of_the_countrys_exports_takes_the_exports_stated_before():
    text = (
        HEAD + "The country's exports reached 250 billion dollars in 2023, up 4%.\n"
        "Textile exports were 30 billion dollars, or 12% of the country's exports.\n"
    )
    assert _relations(text, "share") == [
        ({"part": "30 billion dollars", "whole": "250 billion dollars", "share": "12%"}, "low")
    ]


# "N times B's <metric>": B's metric is the one amount another sentence states for it.
OWNED = (
    HEAD + "On sales, Northwind led the group with $8.4 billion in the quarter.\n"
    "That figure was 2.5 times Southgate's sales and three times Eastbay's.\n"
    "On Tuesday Southgate reported quarterly sales of 3.9 billion euros ({sales}), a record.\n"
)


def test_a_multiple_of_a_named_owners_metric_takes_the_figure_stated_later():
    # Eastbay's metric is left to "That figure", which names none: no link for it.
    assert _relations(OWNED.format(sales="$3.36 billion"), "multiple") == [
        ({"start": "$3.36 billion", "end": "$8.4 billion", "multiple": "2.5 times"}, "low")
    ]


def test_a_wrong_multiple_of_a_named_owner_is_a_warning_with_its_slip(tmp_path):
    [ok] = [
        f
        for f in audit_snippet(tmp_path, "ok", OWNED.format(sales="$3.36 billion"))
        if f.kind == "multiple"
    ]
    [bad] = [
        f
        for f in audit_snippet(tmp_path, "bad", OWNED.format(sales="$33.6 billion"))
        if f.kind == "multiple"
    ]
    assert (ok.status, bad.status) == ("consistent", "inconsistent")
    assert bad.severity == "warning"
    assert "decimal point" in bad.cause


def test_the_multiplied_figure_may_stand_before_the_multiple_in_its_sentence():
    text = (
        HEAD + "Southgate's sales were 4.2 billion euros in the quarter.\n"
        "Northwind's sales reached 12.6 billion euros, three times Southgate's sales.\n"
    )
    assert _relations(text, "multiple") == [
        (
            {"start": "4.2 billion euros", "end": "12.6 billion euros", "multiple": "three times"},
            "low",
        )
    ]


def test_a_metric_left_out_after_the_owner_is_the_subjects():
    text = (
        HEAD + "Northwind's revenue was 8.4 billion euros.\n"
        "That revenue was three times Eastbay's.\n"
        "Eastbay's {metric} was 2.8 billion euros.\n"
    )
    assert _relations(text.format(metric="revenue"), "multiple") == [
        (
            {"start": "2.8 billion euros", "end": "8.4 billion euros", "multiple": "three times"},
            "low",
        )
    ]
    assert _relations(text.format(metric="profit"), "multiple") == []


def test_two_figures_for_the_named_metric_give_no_link():
    # Which of the two is meant, the words do not say; their values must not decide it.
    text = (
        HEAD + "Southgate's sales were 4.2 billion euros in the quarter.\n"
        "Northwind's sales reached 12.6 billion euros, three times Southgate's sales.\n"
        "In the spring Southgate's sales were 3.1 billion euros.\n"
    )
    assert _relations(text, "multiple") == []


def test_another_owners_figure_or_a_time_is_not_the_named_metric():
    other_owner = (
        HEAD + "Southgate's sales were 4.2 billion euros, behind Westfield's 5 billion euros.\n"
        "Northwind's sales reached 12.6 billion euros, three times Westfield's sales.\n"
    )
    last_year = (
        HEAD + "Last year's sales were 4.2 billion euros.\n"
        "Northwind's sales reached 12.6 billion euros, three times last year's sales.\n"
    )
    assert _relations(other_owner, "multiple") == []
    assert _relations(last_year, "multiple") == []


def test_both_owners_figures_may_be_stated_in_other_sentences():
    text = (
        HEAD + "Northwind's sales were 12.6 billion euros in the quarter.\n"
        "Southgate's sales came to 4.2 billion euros.\n"
        "{owner} sales were three times Southgate's sales.\n"
    )
    assert _relations(text.format(owner="Northwind's"), "multiple") == [
        (
            {"start": "4.2 billion euros", "end": "12.6 billion euros", "multiple": "three times"},
            "low",
        )
    ]
    assert _relations(text.format(owner="Last year's"), "multiple") == []


def test_a_named_owners_figure_in_another_currency_only_is_linked_as_stated():
    # No restatement in dollars: the check converts at the dated rate.
    text = (
        HEAD + "Northwind's sales reached $12.6 billion, three times Southgate's sales.\n"
        "Southgate's sales were 30 billion yuan in the quarter.\n"
    )
    assert _relations(text, "multiple") == [
        (
            {"start": "30 billion yuan", "end": "$12.6 billion", "multiple": "three times"},
            "low",
        )
    ]


_TENTHS = st.integers(min_value=11, max_value=999).map(lambda n: f"{n / 10:.1f}")


@settings(max_examples=25, deadline=None)
@given(end=_TENTHS, start=_TENTHS, times=st.integers(min_value=2, max_value=9))
def test_a_named_owners_link_does_not_depend_on_the_numbers(end, start, times):
    text = (
        HEAD + f"Northwind's sales reached {end} billion euros, {times} times Southgate's sales.\n"
        f"Southgate's sales were {start} billion euros in the quarter.\n"
    )
    assert _relations(text, "multiple") == [
        (
            {
                "start": f"{start} billion euros",
                "end": f"{end} billion euros",
                "multiple": f"{times} times",
            },
            "low",
        )
    ]


def test_the_owner_may_follow_its_metric_or_take_the_subjects():
    text = (
        HEAD + "Southgate's sales were 4.2 billion euros in the quarter.\n"
        "Northwind's sales reached 12.6 billion euros, three times {named}.\n"
    )
    linked = [
        (
            {"start": "4.2 billion euros", "end": "12.6 billion euros", "multiple": "three times"},
            "low",
        )
    ]
    assert _relations(text.format(named="the sales of Southgate"), "multiple") == linked
    assert _relations(text.format(named="that of Southgate"), "multiple") == linked
    assert _relations(text.format(named="the amount of money"), "multiple") == []
