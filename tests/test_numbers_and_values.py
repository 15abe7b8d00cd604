from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.claims.numbers import format_decimal, parse_number
from audit.claims.periods import parse_period
from audit.claims.values import parse_value
from audit.errors import InputError
from tests.strategies import written_decimals


@given(written_decimals(), st.booleans())
def test_a_written_decimal_parses_back_to_its_value_and_precision(case, separators):
    value, decimals = case
    step = Decimal(1).scaleb(-decimals)
    text = format_decimal(value, step)
    if not separators:
        text = text.replace(",", "")
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == value
    assert parsed.step == step


@given(
    written_decimals(),
    st.sampled_from(["million", "billion", "trillion", "bn"]),
    st.sampled_from([("", " yuan"), ("$", ""), ("RMB ", ""), ("US$", ""), ("€", "")]),
)
def test_money_as_news_writes_it_keeps_value_and_precision(case, scale, currency):
    value, decimals = case
    prefix, suffix = currency
    text = f"{prefix}{format_decimal(value, Decimal(1).scaleb(-decimals))} {scale}{suffix}"
    stated = parse_value(text)
    factor = {
        "million": Decimal(10) ** 6,
        "billion": Decimal(10) ** 9,
        "bn": Decimal(10) ** 9,
        "trillion": Decimal(10) ** 12,
    }[scale]
    assert stated.number == value * factor
    assert stated.step == Decimal(1).scaleb(-decimals) * factor
    assert stated.currency is not None
    assert stated.lo <= float(stated.number) <= stated.hi


def test_trailing_zeros_are_significant_after_a_decimal_point():
    assert parse_number("7.80").step == Decimal("0.01")
    assert parse_number("7.8").step == Decimal("0.1")


@pytest.mark.parametrize(
    "text, lo, hi, lo_open, hi_open",
    [
        ("7.8%", 7.75, 7.85, False, True),
        ("more than 30 percent", 30, float("inf"), True, False),
        ("at least 30 percent", 30, float("inf"), False, False),
        ("less than 5%", float("-inf"), 5, False, True),
        ("up to 5%", float("-inf"), 5, False, False),
        ("10-12%", 9.5, 12.5, False, True),
        ("between 10 and 12 percent", 9.5, 12.5, False, True),
        ("82,000", 81500, 82500, False, True),
        # "an estimated" says how the figure was arrived at; its digits say how it was rounded.
        ("an estimated 3,786,000", 3785500, 3786500, False, True),
        ("doubled", 2, 2, False, False),
        # A fraction reaches halfway to the nearer of the fractions news writes either side.
        ("a third", 0.3, 11 / 30, False, True),
        ("about a third", 0.3, 11 / 30, False, True),
        ("-a third", -11 / 30, -0.3, False, True),
        ("half", 0.45, 0.55, False, True),
        ("a quarter", 0.225, 0.275, False, True),
        ("two-fifths", 11 / 30, 13 / 30, False, True),
        ("more than half", 0.5, float("inf"), True, False),
        # "one in N" rounds the whole to the unit: N between N - 0.5 and N + 0.5.
        ("one in 28", 100 / 28.5, 100 / 27.5, False, True),
        ("1 in every 4", 100 / 4.5, 100 / 3.5, False, True),
        ("two out of three", 200 / 3.5, 200 / 2.5, False, True),
        # "nearly" stops at the figure: "nearly 8%" is short of 8%, never 8.2%
        ("nearly one in five", 100 / 5.5, 20, False, False),
        ("nearly 8%", 7, 8, False, False),
        ("almost 40,000", 38000, 40000, False, False),
        ("nearly -5%", -5, -4, False, False),
        ("more than one in five", 20, float("inf"), True, False),
    ],
)
def test_qualifiers_shape_the_interval(text, lo, hi, lo_open, hi_open):
    value = parse_value(text)
    assert (value.lo, value.hi, value.lo_open, value.hi_open) == pytest.approx(
        (lo, hi, lo_open, hi_open)
    )


def test_about_is_wider_than_the_rounding_interval():
    plain, about = parse_value("7.9 trillion yuan"), parse_value("about 7.9 trillion yuan")
    assert about.lo < plain.lo and about.hi > plain.hi


@pytest.mark.parametrize(
    "text, unit",
    [
        ("2.6 percentage points", "percentage_point"),
        ("2.6 pp", "percentage_point"),
        ("35 per cent", "percent"),
        ("1.6 times", "times"),
        ("29,619.7 yi yuan", "yuan"),
        ("1.2万亿元", "yuan"),
        ("£300m", "pound_sterling"),
        ("300 m", "meter"),
    ],
)
def test_units_are_read(text, unit):
    assert parse_value(text).unit.name == unit


def test_scale_words_multiply():
    assert parse_value("29,619.7 yi yuan").number == Decimal("2961970000000.0")
    assert parse_value("1.2万亿元").number == Decimal("1.2e12")


@pytest.mark.parametrize(
    "text", ["lots", "5 furlongs", "$5 yuan", "between 5", "five in five", "3 in 2"]
)
def test_not_a_value(text):
    with pytest.raises(InputError):
        parse_value(text)


def test_each_end_of_a_range_keeps_its_scale_word():
    value = parse_value("10 million to 1.2 billion yuan")
    assert value.lo == pytest.approx(9.5e6) and value.hi == pytest.approx(1.25e9)


def test_a_bound_on_a_range_is_refused_and_about_widens_it():
    with pytest.raises(InputError, match="bound"):
        parse_value("more than 10-12%")
    assert parse_value("about 10-12%").lo < parse_value("10-12%").lo


def test_nearly_points_toward_zero_for_a_fall():
    fall = parse_value("nearly -5.0%")
    assert fall.lo <= -4.8 <= fall.hi  # "fell nearly 5%" admits a fall of 4.8%
    assert fall.lo >= -5.05


def test_a_lone_leading_digit_keeps_two_significant_digits():
    assert parse_number("1,000").step == Decimal(100)
    assert parse_number("82,000").step == Decimal(1000)


def test_a_total_of_says_nothing_about_precision():
    assert parse_value("a total of 101.36 trillion yuan").step > 0


def test_multiple_verbs_fix_the_to_reading():
    assert parse_value("doubled").reading == "to"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("2024-02", date(2024, 2, 29)),  # a leap year
        ("2023-02", date(2023, 2, 28)),
        ("1900-02", date(1900, 2, 28)),  # a century, not a leap year
        ("2000-02", date(2000, 2, 29)),
        ("2023-04", date(2023, 4, 30)),
        ("2023-12", date(2023, 12, 31)),
        ("2022-11/2023-12", date(2023, 12, 31)),
    ],
)
def test_a_month_ends_on_its_last_day(text, end):
    assert parse_period(text).end == end


def test_a_share_written_one_in_n_is_a_percentage():
    value = parse_value("one in 28")
    assert value.unit.name == "percent"
    assert value.number == Decimal(100) / Decimal(28)
