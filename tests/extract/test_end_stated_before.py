"""A rate and its start with the end a sentence or two before: "Car sales in June rose ... to
E. Even so, June car sales were still down R from S in June of last year." The end is the one
level of the rate's own period, of what its clause names, in the sentences just before."""

from __future__ import annotations

import pytest

from tests.extract.snippets import (
    assert_relation_verdict,
    audit_snippet,
    roles_by_name,
    totals_and_parts,
)

HEAD = "Published: 2021-07-12\n\nTarn car sales recover\n\n"
SALES = (
    "Car sales in June 2021 rose by 120.0 percent to 8,800 units from 4,000 units in May "
    "2021.\n\nDealers said buyers were back.\n\nEven so, June 2021 car sales were still down "
    "{rate} percent from 14,670 units in June 2020.\n"
)


@pytest.mark.parametrize(("rate", "verdict"), [("40.0", "consistent"), ("30.0", "inconsistent")])
def test_the_end_is_the_level_of_the_rates_period_stated_before(tmp_path, rate, verdict):
    text = HEAD + SALES.format(rate=rate)
    growths = [g for g in roles_by_name(text, "growth") if g["start"] == "14,670"]
    assert growths == [{"start": "14,670", "end": "8,800", "rate": f"-{rate} percent"}]
    findings = audit_snippet(tmp_path, "cars", text)
    found = [f for f in findings if f.kind == "growth" and "14,670" in f.quote]
    assert [f.status for f in found] == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # the rate's sentence names no period: which level it is of is not said
        SALES.replace("June 2021 car sales were", "car sales were"),
        # two levels of the period before: the words do not say which
        SALES.replace(
            "Dealers said buyers were back.",
            "Car sales in June 2021 were 9,100 units by another count.",
        ),
        # another thing: vans, not cars
        SALES.replace("June 2021 car sales", "June 2021 van sales"),
    ],
)
def test_no_end_the_words_do_not_point_at(text):
    assert [
        g
        for g in roles_by_name(HEAD + text.format(rate="40.0"), "growth")
        if g.get("start") == "14,670"
    ] == []


GAS = (
    "Published: 2024-04-10\n\nTarn gas output\n\nAverage gas output in March was 2.310 million "
    "barrels per day, which was 60,000 barrels per day, or 2.5 percent, below the agency's "
    "forecast.\n\nMarch's gas output was up 95,000 barrels per day, or {rate} percent, from "
    "February levels.\n"
)


@pytest.mark.parametrize(("rate", "verdict"), [("4.3", "consistent"), ("5.3", "inconsistent")])
def test_a_change_and_its_rate_take_the_level_of_their_month_stated_before(tmp_path, rate, verdict):
    findings = audit_snippet(tmp_path, "gas", GAS.format(rate=rate))
    found = [f for f in findings if f.kind == "change" and "95,000" in f.quote]
    assert [f.status for f in found] == [verdict]


def test_no_level_of_another_month_is_the_end():
    text = GAS.format(rate="4.3").replace("March's gas output was up", "April's gas output was up")
    assert [r for r in roles_by_name(text, "change") if r.get("change") == "95,000"] == []


def test_the_month_named_is_of_the_year_of_publication():
    # published in 2025: "March's output" is March 2025, not the March 2024 level before
    text = (
        "Published: 2025-04-10\n\nTarn gas\n\nGas output in March 2024 was 150 million cubic "
        "metres.\n\nMarch's gas output was up 10 million cubic metres, or 5 percent, from "
        "February levels.\n"
    )
    assert [r for r in roles_by_name(text, "change") if r.get("end", "").startswith("150")] == []


BUDGET = (
    "Published: 2024-06-14\n\nBudget plans\n\n"
    "The draft budget will be Tk 8.6 trillion.\n"
    "That represents an {way} of Tk {change} trillion from the current year's Tk 8.1 "
    "trillion budget.\n"
)


@pytest.mark.parametrize(
    ("way", "change", "verdict"),
    [("increase", "0.5", "consistent"), ("increase", "0.7", "inconsistent")],
)
def test_the_figure_named_by_an_anaphor_is_the_end_of_its_change(tmp_path, way, change, verdict):
    text = BUDGET.format(way=way, change=change)
    assert_relation_verdict(tmp_path, "budget", text, "sum", verdict)


@pytest.mark.parametrize(
    "anaphor", ["That was", "According to the farm board, which counts every herd, the figure was"]
)
def test_a_fall_named_by_an_anaphor_is_stored_signed(tmp_path, anaphor):
    text = HEAD + (
        "Dairy output was 61,400 tonnes last year.\n"
        f"{anaphor} a drop of 2,300 tonnes on the previous year's 63,700 tonnes.\n"
    )
    assert_relation_verdict(tmp_path, "dairy", text, "sum", "consistent")


@pytest.mark.parametrize(
    "second",
    [
        # the change's own sentence states its level: nothing to reach back for
        "Beef output rose to 9,900 tonnes, an increase of 700 tonnes from 9,200 tonnes.",
        # no anaphor: another thing's change
        "Beef output saw an increase of 700 tonnes from 9,200 tonnes.",
    ],
)
def test_no_anaphor_no_end_before(second):
    text = HEAD + f"Dairy output was 61,400 tonnes last year.\n{second}\n"
    assert all(total != "61,400 tonnes" for total, _, _ in totals_and_parts(text, "sum"))


@pytest.mark.parametrize(
    ("change", "verdict"), [("51,200", "consistent"), ("61,200", "inconsistent")]
)
@pytest.mark.parametrize("anaphor", ["That is", "The figures show"])
def test_that_is_an_increase_of_is_the_change_between_the_pair_before(
    tmp_path, change, verdict, anaphor
):
    text = HEAD + (
        "A total of 574,100 pupils sat the exam, compared to 522,900 pupils in 2020.\n"
        f"{anaphor} an increase of {change} pupils.\n"
    )
    assert_relation_verdict(tmp_path, "exam", text, "sum", verdict)


def test_no_anaphoric_end_where_the_sentence_before_states_two_levels():
    text = HEAD + (
        "Of the $4.2 billion budget, health gets $1.3 billion.\n"
        "That is an increase of $100 million from last year's $1.2 billion.\n"
    )
    assert all(total != "$4.2 billion" for total, _, _ in totals_and_parts(text, "sum"))


_SPENT = (
    "Published: 2023-06-01\n\nVisitor spending\n\n"
    "In the first quarter, foreign visitors spent 412 million euros in Corvia, an increase of "
    "{rate} per cent on the same period of 2022.\n\n"
    "Spending by visitors to Corvia was up, rising by 38 million euros from the first quarter "
    "of last year.\n"
)


@pytest.mark.parametrize(("rate", "verdict"), [("10.2", "consistent"), ("12.2", "inconsistent")])
def test_a_change_with_no_level_is_the_change_of_the_growth_before(tmp_path, rate, verdict):
    text = _SPENT.format(rate=rate)
    assert roles_by_name(text, "change") == [
        {"end": "412 million euros", "change": "38 million euros", "rate": f"{rate} per cent"}
    ]
    # the change after "by" is never the start of the growth
    assert all(g.get("start") != "38 million euros" for g in roles_by_name(text, "growth"))
    assert_relation_verdict(tmp_path, "spent", text, "change", verdict)


def test_no_change_of_the_growth_before_for_another_thing():
    # the place both sentences name is no shared quantity
    text = _SPENT.format(rate="10.2").replace("Spending by visitors", "Hotel investment")
    assert roles_by_name(text, "change") == []


@pytest.mark.parametrize(("rate", "verdict"), [("12.5", "consistent"), ("15.5", "inconsistent")])
def test_the_figure_is_an_increase_of_a_rate_over_a_start_grows_from_it(tmp_path, rate, verdict):
    text = HEAD + (
        "The council's budget for next year comes to $450 million.\n"
        f"The proposal is an increase of {rate} percent over the $400 million approved last "
        "year.\n"
    )
    assert roles_by_name(text, "growth") == [
        {"start": "$400 million", "end": "$450 million", "rate": f"{rate} percent"}
    ]
    assert_relation_verdict(tmp_path, "budget", text, "growth", verdict)


def test_two_levels_before_leave_the_anaphors_rate_alone():
    text = HEAD + (
        "The council will spend $450 million and raise $380 million next year.\n"
        "The proposal is an increase of 12.5 percent over the $400 million approved last year.\n"
    )
    assert roles_by_name(text, "growth") == []


@pytest.mark.parametrize(("rate", "verdict"), [("14", "consistent"), ("24", "inconsistent")])
def test_a_rate_from_a_dated_start_ends_at_the_next_years_level_before(tmp_path, rate, verdict):
    text = HEAD + (
        f"Police recorded 550 burglaries in 2023.\nBurglaries were down {rate}% from 638 in 2022.\n"
    )
    assert [(g["start"], g["end"]) for g in roles_by_name(text, "growth")] == [
        ("638", "550 counted burglaries")
    ]
    assert_relation_verdict(tmp_path, "crime", text, "growth", verdict)


@pytest.mark.parametrize(
    "second",
    [
        "Burglaries were down 14% from 638 in 2021.",  # two years apart: not the level before
        "In 2022 burglaries were down 14% from 638.",  # the year is said before the start
    ],
)
def test_a_rate_from_a_start_of_another_year_takes_no_end(second):
    text = HEAD + f"Police recorded 550 burglaries in 2023.\n{second}\n"
    assert [
        g for g in roles_by_name(text, "growth") if g.get("end") == "550 counted burglaries"
    ] == []


_ON_THE_YEAR = (
    "Title\n\nBad loans were higher in June, having risen 2.5% to Rs8,200.00 crore from "
    "Rs8,000.00 crore in March. On the year, they were up {rate}% from Rs6,560.00 crore.\n"
)


@pytest.mark.parametrize(
    ("rate", "statuses"), [("25", ["consistent"] * 2), ("35", ["consistent", "inconsistent"])]
)
def test_year_on_year_they_rose_from_s_grows_the_level_just_reached(tmp_path, rate, statuses):
    findings = audit_snippet(tmp_path, "loans", _ON_THE_YEAR.format(rate=rate))
    assert sorted(f.status for f in findings if f.kind == "growth") == statuses


def test_they_of_two_changes_before_is_left_alone():
    text = (
        "Title\n\nBad loans rose 2.5% to Rs8,200.00 crore, and write-offs fell 4% to Rs960.00 "
        "crore. Year on year, they jumped 25% from Rs6,560.00 crore.\n"
    )
    growths = roles_by_name(text, "growth")
    assert all(g.get("start") != "Rs 6,560.00 crore" for g in growths)


_SHOWS = (
    "Title\n\nCotton sales reached 44.2 million kg at the close of the week. The {subject} "
    "auctioned this season shows a {rate}% increase from last year's figure of 40.0 million "
    "kg.\n"
)


@pytest.mark.parametrize(("rate", "status"), [("10.5", "consistent"), ("20.5", "inconsistent")])
def test_the_subject_shows_a_rate_from_s_grows_its_level_stated_before(tmp_path, rate, status):
    findings = audit_snippet(tmp_path, "cotton", _SHOWS.format(subject="cotton", rate=rate))
    assert [f.status for f in findings if f.kind == "growth"] == [status]


def test_a_subject_the_sentence_before_does_not_name_is_left_alone():
    growths = roles_by_name(_SHOWS.format(subject="maize", rate="10.5"), "growth")
    assert all(g.get("start") != "40.0 million kg" for g in growths)


@pytest.mark.parametrize(("rate", "status"), [("18", "consistent"), ("15", "inconsistent")])
def test_a_base_of_the_period_before_with_the_rate_ends_at_the_count_before(tmp_path, rate, status):
    text = (
        "Title\n\nThe county has recorded 742 car thefts so far this year. There were 905 thefts "
        f"over the same period last year, a decrease of {rate} per cent.\n"
    )
    findings = audit_snippet(tmp_path, "thefts", text)
    assert [f.status for f in findings if f.kind == "growth"] == [status]
