"""Figures split in two by the page, shares written as "N in M", and counts of named things."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from audit.claims.values import parse_value
from audit.errors import InputError
from audit.extract import extract_claims, find_quantities
from audit.extract.values_out import claim_value
from audit.pipeline import run_check
from tests.extract.snippets import assert_money_read, audit_snippet, figure_written


@pytest.mark.parametrize(
    "text,written,value,currency",
    [
        (
            "The reserve stood at RMB 3 trillion 215.4 billion.",
            "RMB 3 trillion 215.4 billion",
            "3215400000000",
            "CNY",
        ),
        ("Its debt is $1 trillion 20 billion.", "$1 trillion 20 billion", "1020000000000", "USD"),
        ("The bid came to $27.\n5 billion in cash.", "$27.\n5 billion", "27500000000", "USD"),
        ("The bid came to $27 .5 billion in cash.", "$27 .5 billion", "27500000000", "USD"),
        ("Subsidies reached 31. 8 billion yuan.", "31. 8 billion yuan", "31800000000", "CNY"),
        # three digits after the stray space
        ("Shipments were worth $4. 716 billion.", "$4. 716 billion", "4716000000", "USD"),
    ],
)
def test_a_figure_split_by_a_scale_word_or_a_stray_break_is_one_figure(
    text, written, value, currency
):
    assert_money_read(text, written, value, currency)


@pytest.mark.parametrize(
    "text,figures",
    [
        ("The fee was $30.\nBy then 4 billion people had phones.", ["$30", "4 billion"]),
        ("Prices peaked in 2019. 2 billion were sold later.", ["2019", "2 billion"]),
        ("It cost $40 and 2 billion more.", ["$40", "2 billion"]),
    ],
)
def test_a_real_break_between_two_figures_is_not_joined(text, figures):
    assert [f.text for f in find_quantities(text)] == figures


@pytest.mark.parametrize(
    "text,written,share,ratio",
    [
        ("Two in five renters moved last year.", "Two in five", "40", (2, 5)),
        ("One out of four buses runs late.", "One out of four", "25", (1, 4)),
        ("one in every three pupils walks to school", "one in every three", "33.3", (1, 3)),
        ("Nine out of 10 shops opened on Sunday.", "Nine out of 10", "90", (9, 10)),
        ("About 1 in 250 adults carries the gene.", "1 in 250", "0.4", (1, 250)),
    ],
)
def test_n_in_m_is_a_share(text, written, share, ratio):
    found = figure_written(text, written)
    assert (found.kind, found.value) == ("percent", Decimal(share))
    stated = parse_value(claim_value(found)[0])
    assert stated.lo <= 100 * ratio[0] / ratio[1] <= stated.hi  # the rounding holds the ratio


@pytest.mark.parametrize(
    "text",
    [
        "Critics gave it four out of five stars.",
        "It was a one in a million chance.",
        "The river floods one in 10 years.",
        "Only one in 2020 stood out.",
    ],
)
def test_ratings_idioms_and_years_are_not_shares(text):
    assert all(f.kind != "percent" for f in find_quantities(text))


@pytest.mark.parametrize(
    "text,written,value,counted",
    [
        ("The chain hired 13,000 workers.", "13,000", "13,000 workers", "workers"),
        (
            "The resort drew 4.2 million foreign visitors.",
            "4.2 million",
            "4.2 million visitors",
            "visitors",
        ),
        ("It plans 350 new stores.", "350", "350 stores", "stores"),
        ("The county lost 350 small stores.", "350", "350 stores", "stores"),
        ("The mill took on 2,500 new part-time workers.", "2,500", "2,500 workers", "workers"),
        ("Clinics logged 640 flu cases.", "640", "640 cases", "cases"),
        ("Doctors saw 75 mumps cases.", "75", "75 cases", "cases"),
        ("The hotel has 1 restaurant and a bar.", "1", "1 restaurant", "restaurant"),
        ("The plant made 1,200 widgets.", "1,200", "1,200 counted widgets", "widgets"),
        ("The town hired 40 lifeguards.", "40", "40 counted lifeguards", "lifeguards"),
        ("Organisers expect 12K cyclists.", "12K", "12 thousand counted cyclists", "cyclists"),
        ("The app has 2.1k reviewers.", "2.1k", "2.1 thousand counted reviewers", "reviewers"),
    ],
)
def test_a_count_keeps_its_noun_as_its_unit(text, written, value, counted):
    found = figure_written(text, written)
    assert found.counted == counted
    assert claim_value(found) == (value, None)


@pytest.mark.parametrize(
    "text,written,counted",
    [
        ("Some 140 business leaders attended.", "140", "leaders"),
        ("It paid 600 bonus cheques.", "600", "cheques"),
        ("It runs 12 coffee shops.", "12", "shops"),
        ("The board has 9 non-executive directors.", "9", "directors"),
    ],
)
def test_a_count_counts_the_noun_its_describing_words_lead_to(text, written, counted):
    assert figure_written(text, written).counted == counted


@pytest.mark.parametrize(
    "text,written",
    [
        ("Sales grew by 5 million this year.", "5 million"),
        ("Profits fell for 3 straight quarters.", "3"),
        ("Some 60 others were hurt.", "60"),
        ("The shop sold 30 and the stall 12.", "30"),
        ("It was 1 of the reasons.", "1"),
        ("Only 1 said yes.", "1"),
        ("The lake froze at -4 degrees overnight.", "-4"),
        ("Output rose by 12 thousands of tonnes.", "12"),
        ("The tally grew 40 while rivals fell.", "40"),
        ("The firm hired 200 last month as orders grew.", "200"),
        ("Fares rose 3 more times than wages.", "3"),
        ("Only 40 took prizes.", "40"),
    ],
)
def test_what_follows_a_figure_is_not_always_what_it_counts(text, written):
    assert figure_written(text, written).counted is None


def test_counts_of_one_kind_share_a_dimension_and_other_kinds_do_not():
    nurses, doctors, stores = (parse_value(v).unit for v in ("90 nurses", "40 doctors", "3 shops"))
    assert nurses.dimension == doctors.dimension != stores.dimension
    # A noun the units do not name is refused, so a typo never becomes a kind of its own.
    with pytest.raises(InputError, match="unknown unit 'widgets'"):
        parse_value("1,200 widgets")


def test_a_rate_per_counted_thing_is_a_rate_for_one_of_them():
    found = figure_written("Pay averaged $520 per worker.", "$520 per worker")
    assert (found.kind, found.per) == ("money", "worker")
    unit = parse_value(claim_value(found)[0]).unit
    assert "/" in unit.name and unit.currency == "USD"


COUNTS = """\
article:
  id: counts
  published: 2024-03
claims:
  - {id: cooks, quote: "1,300 workers", value: "1,300 workers"}
  - {id: kiosks, quote: "240 shops", value: "240 shops"}
  - {id: both, quote: "1,540", value: "1,540"}
  - {id: staff, quote: "1,500 staff", value: "1,500 staff"}
  - {id: nurses, quote: "900 nurses", value: "900 nurses"}
  - {id: porters, quote: "350 porters", value: "350"}
  - {id: wages, quote: "78 million yuan", value: "78 million yuan"}
  - {id: pay, quote: "52,000 yuan per nurse", value: "52,000 yuan per nurse"}
  - {id: pay_wrong, quote: "62,000 yuan per nurse", value: "62,000 yuan per nurse"}
  - {id: nurses_before, quote: "1,500 nurses", value: "1,500 nurses"}
  - {id: shops_before, quote: "200", value: "200"}
  - {id: shop_growth, quote: "20%", value: "20%"}
relations:
  - {id: shops_and_cooks, kind: sum, roles: {total: both, parts: [cooks, kiosks]}}
  - {id: staff_parts, kind: sum, roles: {total: staff, parts: [nurses, porters]}}
  - {id: cooks_share, kind: share, roles: {part: kiosks, whole: cooks, share: shop_growth}}
  - {id: pay_ok, kind: per_capita, roles: {total: wages, count: nurses_before, per_capita: pay}}
  - {id: pay_bad, kind: per_capita,
     roles: {total: wages, count: nurses_before, per_capita: pay_wrong}}
  - {id: shops_up, kind: growth, roles: {start: shops_before, end: kiosks, rate: shop_growth}}
"""


def _verdicts(tmp_path: Path, text: str, suffix: str) -> dict:
    path = tmp_path / f"counts{suffix}"
    path.write_text(text, encoding="utf-8")
    report, _ = run_check([path])
    return {f.relation: (f.status, f.message) for f in report.findings()}


def test_counts_of_different_kinds_are_not_added_and_one_kind_is(tmp_path):
    got = _verdicts(tmp_path, COUNTS, ".yaml")
    assert got["shops_and_cooks"][0] == "unverifiable"
    assert "counts of workers and of shops cannot be added" in got["shops_and_cooks"][1]
    assert got["cooks_share"][0] == "unverifiable"
    # 900 nurses + 350 porters (a plain count) is 1,250, not 1,500 staff: staff are people.
    assert got["staff_parts"][0] == "inconsistent"
    # A bare count beside a count of shops is a count of shops: 200 -> 240 is 20%.
    assert got["shops_up"][0] == "consistent"
    assert got["pay_ok"][0] == "consistent" and got["pay_bad"][0] == "inconsistent"


def test_drafted_counts_of_different_kinds_never_add_up(tmp_path):
    text = (
        "Published: 2024-03-01\n\nThe chain now runs 240 shops and employs 1,300 workers, "
        "1,800 in all.\n"
    )
    drafted = extract_claims(text, "mixed")
    values = {c["value"] for c in drafted["claims"]}
    assert {"240 shops", "1,300 workers"} <= values
    got = _verdicts(tmp_path, text, ".txt")
    assert all(status != "inconsistent" for status, _ in got.values())


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("A coffee costs €4,50 at the kiosk.", "€4,50", "4.50"),
        ("Tickets are € 12,99 each.", "€ 12,99", "12.99"),
        ("A loaf is 2,49 euros now.", "2,49 euros", "2.49"),
        ("The wheat yield is 4,35t/ha this season.", "4,35t/ha", "4.35"),
        ("Each parcel weighs 2,5 kg.", "2,5 kg", "2.5"),
        ("Shares rose 31.\n7% in a day.", "31.\n7%", "31.7"),
    ],
)
def test_decimal_commas_beside_a_currency_and_a_rate_broken_by_the_page(text, written, value):
    found = figure_written(text, written)
    assert found.value == Decimal(value)
    assert parse_value(claim_value(found)[0]).number == Decimal(value)


@pytest.mark.parametrize(
    "text,values",
    [
        ("It costs $4,500 to enter.", ["4500"]),
        ("The list ran 1,2 and 3.", ["1", "3"]),
        ("It weighs 6,950t in all.", ["6950"]),
        ("Shares rose 31. 7% of them fell.", ["31", "7"]),
    ],
)
def test_three_digits_after_a_comma_stay_thousands_and_a_bare_list_is_not_joined(text, values):
    assert [str(f.value) for f in find_quantities(text)] == values


@pytest.mark.parametrize(
    "text,written,value,low,high",
    [
        ("Forecasts put growth at 2.5%-3% next year.", "2.5%-3%", "2.5-3%", 2.45, 3.5),
        (
            "Output may grow between 2.5 and 3 percent.",
            "2.5 and 3 percent",
            "2.5-3 percent",
            2.45,
            3.5,
        ),
        (
            "Fines range between 20 million and 1.5 billion yuan.",
            "20 million and 1.5 billion yuan",
            "20 million-1.5 billion yuan",
            1.95e7,
            1.55e9,
        ),
        ("Nights fell to between -4 and -9 degrees.", "-4 and -9", "-4 to -9", -9.5, -3.5),
        (
            "The plan hires between 4,000 and 6,000 workers.",
            "4,000 and 6,000",
            "4,000-6,000 workers",
            3950,
            6050,
        ),
    ],
)
def test_a_range_is_one_interval_with_each_end_as_written(text, written, value, low, high):
    found = figure_written(text, written)
    assert claim_value(found)[0] == value
    stated = parse_value(value)
    assert (stated.lo, stated.hi) == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # decimals with a comma, thousands with a space: "3,152 million" is 3.152 million
        (
            "The wheat crop is put at 3,152 million tons. The yield is 4,35t/ha, up 2,5%, "
            "and 18 400t more.",
            ["3152000.000", "4.35", "2.5", "18400"],
        ),
        # a decimal point elsewhere: the comma groups thousands
        ("The wheat crop is put at 3,152 million tons, up 2.5%.", ["3152000000", "2.5"]),
        # a comma grouping thousands elsewhere: so it does before the scale word too
        (
            "The crop is put at 3,152 million tons, with 1,250 tonnes lost; yields rose 2,5%.",
            ["3152000000", "1250", "2.5"],
        ),
    ],
)
def test_a_text_writing_decimal_commas_reads_them_before_a_scale_word_too(text, values):
    assert [str(f.value) for f in find_quantities(text)] == values


def test_a_decimal_comma_before_a_scale_word_is_drafted_as_a_point():
    text = "Title\n\nThe wheat crop is put at 3,152 million tons. The yield is 4,35t/ha.\n"
    values = {c["value"] for c in extract_claims(text, "crop")["claims"]}
    assert "3.152 million tons" in values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # two numbers of two space groups and no comma grouping: the spaces group thousands
        (
            "Of the 10 774 vans sold, 5 274 were electric, up 16.1%.",
            ["10774", "5274", "16.1"],
        ),
        # a comma grouping elsewhere: the space does not
        ("Of the 10 774 vans sold, 1,054 were electric.", ["10", "774", "1054"]),
        # a stray space in the last group of a comma-grouped count before its noun
        ("The winner polled 2,324, 837 votes.", ["2324837"]),
        # a list of numbers is no one number
        ("Scores were 1,250, 837 and 900.", ["1250", "837", "900"]),
    ],
)
def test_thousands_groups_written_with_stray_or_plain_spaces(text, values):
    assert [str(f.value) for f in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "written", "value", "scale"),
    [
        ("Output eased to 1.41mb/d in March.", "1.41mb/d", "1410000", "million"),
        ("The field pumps 2.7 MMbpd at its peak.", "2.7 MMbpd", "2700000", "million"),
        ("The new plant refines 45,000bp/d.", "45,000bp/d", "45000", None),
        ("Exports rose to 1.9 million b/d.", "1.9 million b/d", "1900000", "million"),
        ("Shipments reached 310 kb/d.", "310 kb/d", "310000", "thousand"),
    ],
)
def test_oil_flows_written_short_carry_their_scale_and_per(text, written, value, scale):
    (found,) = find_quantities(text)
    assert (found.text, found.value, found.scale) == (written, Decimal(value), scale)
    assert (found.kind, found.unit, found.per) == ("measure", "barrel", "day")


def test_a_flow_written_short_and_one_written_out_are_one_kind_of_figure(tmp_path):
    text = (
        "Title\n\nCondensate output eased by {rate} percent to 2.05 million barrels per day "
        "from 2.20mb/d in March.\n"
    )
    statuses = [
        [f.status for f in audit_snippet(tmp_path, "oil", text.format(rate=rate))]
        for rate in ("6.8", "9.8")
    ]
    assert statuses == [["consistent"], ["inconsistent"]]
