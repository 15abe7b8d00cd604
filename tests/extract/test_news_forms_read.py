"""Forms of real news figures the reader reads: currency codes that are English words glued to
an amount, the peso and naira letters in their less common forms, thousands grouped by spaces or
by a comma and a space, mass, camera, screen and speed units, temperatures in "degrees"; and
what is not a figure: footnote marks, ages, a company's nine-month period."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from audit.claims.values import parse_value
from audit.extract import find_quantities
from audit.extract.values_out import claim_value
from tests.extract.snippets import assert_money_read, assert_relation_verdict, figure_written


def _read(text: str) -> list[tuple]:
    return [(f.text, f.kind, f.value, f.currency or f.unit) for f in find_quantities(text)]


def _figures(text: str) -> list[tuple]:
    """What the benchmarks count as figures: every kind but names, ages, periods and dates."""
    skipped = {"identifier", "age", "period", "year", "date", "ordinal", "time", "code"}
    return [
        (f.value, f.currency or f.unit)
        for f in find_quantities(text)
        if f.kind not in skipped and f.value is not None
    ]


# --- 1. codes that are English words, glued to an amount ------------------------------------


@pytest.mark.parametrize(
    "text,written,value,currency",
    [
        ("Casino takings in Ostrel hit MOP12.40 billion.", "MOP12.40 billion", "12.40e9", "MOP"),
        ("The Varn fund raised MAD5 billion in bonds.", "MAD5 billion", "5e9", "MAD"),
        ("The Qiro mine owes PEN3.2 million in fees.", "PEN3.2 million", "3.2e6", "PEN"),
        ("The Dunel road will cost RON1.5 billion.", "RON1.5 billion", "1.5e9", "RON"),
        ("The Dunel bridge cost RON2,450,000 to mend.", "RON2,450,000", "2450000", "RON"),
    ],
)
def test_a_code_that_is_a_word_reads_as_money_only_glued_to_an_amount(
    text, written, value, currency
):
    assert_money_read(text, written, value, currency)


@pytest.mark.parametrize(
    "text",
    [
        "Fans went MAD 5 times over the winter.",  # a space: the word
        "Motorists in Kelt filled up with RON95 petrol.",  # a fuel grade
        "The critics loved PEN15 and its sequel.",  # a title
        "She will MOP 12 floors tonight.",
    ],
)
def test_a_code_that_is_a_word_stays_a_word_apart_from_an_amount(text):
    assert not any(f.kind == "money" for f in find_quantities(text))


def test_a_growth_between_glued_codes_is_checked(tmp_path: Path):
    ok = "Gaming revenue in Ostrel rose 10% to MOP12.10 billion from MOP11.00 billion."
    bad = "Gaming revenue in Ostrel rose 10% to MOP13.40 billion from MOP11.00 billion."
    assert_relation_verdict(tmp_path, "mop_ok", ok, "growth", "consistent")
    assert_relation_verdict(tmp_path, "mop_bad", bad, "growth", "inconsistent")


# --- 2. the peso's "P" with centavos, the naira's "N" with a space or a long number ----------


@pytest.mark.parametrize(
    "text,written,value,currency",
    [
        ("Rice in Dalvia costs P48.20 per kilo.", "P48.20 per kilo", "48.20", "PHP"),
        ("A bus fare in Dalvia is P13.75 now.", "P13.75", "13.75", "PHP"),
        ("The board got N 84.5 billion in May.", "N 84.5 billion", "84.5e9", "NGN"),
        ("Builders in Orlu were paid N1,204,556,300.", "N1,204,556,300", "1204556300", "NGN"),
    ],
)
def test_the_peso_and_naira_letters_in_their_less_common_forms(text, written, value, currency):
    found = figure_written(text, written)
    assert (found.kind, found.value, found.currency) == ("money", Decimal(value), currency)


def test_the_peso_price_keeps_its_per_kilo():
    assert figure_written("Rice costs P48.20 per kilo.", "P48.20 per kilo").per == "kilo"


@pytest.mark.parametrize(
    "text",
    [
        "The P5 members met in Geneva.",  # the permanent five
        "Only P3 students sat the test.",  # a school year
        "The P48.2 result was void.",  # one decimal: a name
        "Staff wore N95 masks.",
        "The N1,200 bus fare rose.",  # too short for the bare letter
        "Grid N 8 was closed.",  # a space and no scale word
    ],
)
def test_a_letter_before_other_numbers_stays_a_name(text):
    assert not any(f.kind == "money" for f in find_quantities(text))


def test_a_growth_between_naira_amounts_written_whole_is_checked(tmp_path: Path):
    ok = "Builders in Orlu were paid N1,320,000,000 this year, up 10% from N1,200,000,000."
    bad = "Builders in Orlu were paid N1,500,000,000 this year, up 10% from N1,200,000,000."
    assert_relation_verdict(tmp_path, "naira_ok", ok, "growth", "consistent")
    assert_relation_verdict(tmp_path, "naira_bad", bad, "growth", "inconsistent")


def test_a_growth_between_peso_prices_is_checked(tmp_path: Path):
    ok = "Rice in Dalvia rose 10% to P48.40 per kilo from P44.00 per kilo."
    bad = "Rice in Dalvia rose 10% to P52.80 per kilo from P44.00 per kilo."
    assert_relation_verdict(tmp_path, "peso_ok", ok, "growth", "consistent")
    assert_relation_verdict(tmp_path, "peso_bad", bad, "growth", "inconsistent")


# --- 3. thousands grouped by a space with decimals, or by a comma and a space ---------------


@pytest.mark.parametrize(
    "text,written,value,unit",
    [
        ("Exports of Vellmark came to R1 204.30 billion.", "R1 204.30 billion", "1204.30e9", "ZAR"),
        ("Officers burned 1 204.5kg of khat.", "1 204.5kg", "1204.5", "kilogram"),
        ("Officers burned 3 850.25 kg of khat.", "3 850.25 kg", "3850.25", "kilogram"),
        ("The Varn budget is €1 741.9 bn.", "€1 741.9 bn", "1741.9e9", "EUR"),
        ("Ostrel has 41, 250, 118 people.", "41, 250, 118", "41250118", None),
        # one stray space: a group no list item could be
        ("The Greens polled 31, 062 votes.", "31, 062", "31062", None),
        # thousands grouped by points, two groups at least
        ("Guests from abroad: 12.408.000 nights.", "12.408.000", "12408000", None),
        ("The hall cost 2.345.678,50 euros.", "2.345.678,50 euros", "2345678.50", "EUR"),
    ],
)
def test_thousands_grouped_by_spaces_with_decimals_are_one_number(text, written, value, unit):
    found = figure_written(text, written)
    assert found.value == Decimal(value)
    assert (found.currency or found.unit) == unit


def test_a_comma_spaced_number_is_written_in_the_claim_as_one():
    found = figure_written("Ostrel has 41, 250, 118 people.", "41, 250, 118")
    assert parse_value(claim_value(found)[0]).number == Decimal(41250118)


@pytest.mark.parametrize(
    "text,values",
    [
        # a year, then a count: as before
        ("In 2019 1 500 jobs went.", [(Decimal(1), None), (Decimal(500), None)]),
        # a decimal part with no unit or scale after it: two numbers
        ("Grades were 3 204.5 on average.", [(Decimal(3), None), (Decimal("204.5"), None)]),
        # members of a list: each rises, or the list goes on
        (
            "Sizes: 128, 256, 512 GB.",
            [(Decimal(128), None), (Decimal(256), None), (512, "gigabyte")],
        ),
        (
            "Lots 12, 250, 118, 30 sold.",
            [(Decimal(12), None), (Decimal(250), None), (Decimal(118), None), (Decimal(30), None)],
        ),
        (
            "Seats 41, 250, 118 and 120 are free.",
            [(Decimal(41), None), (Decimal(250), None), (Decimal(118), None), (Decimal(120), None)],
        ),
        ("Scores of 41, 250 were posted.", [(Decimal(41), None), (Decimal(250), None)]),
        ("On day 3, 250,000 people marched.", [(Decimal(3), None), (Decimal(250000), None)]),
        # one point is a decimal point
        ("Grades were 12.408 on average.", [(Decimal("12.408"), None)]),
        (
            "Sizes of 3, 1,200 and 5 were sold.",
            [(Decimal(3), None), (Decimal(1200), None), (5, None)],
        ),
    ],
)
def test_near_misses_of_grouped_thousands_stay_apart(text, values):
    assert _figures(text) == values


def test_a_growth_between_space_grouped_amounts_is_checked(tmp_path: Path):
    ok = "Vellmark's exports rose 20% to R1 204.80 billion from R1 004 billion a year earlier."
    bad = "Vellmark's exports rose 20% to R1 304.80 billion from R1 004 billion a year earlier."
    assert_relation_verdict(tmp_path, "rand_ok", ok, "growth", "consistent")
    assert_relation_verdict(tmp_path, "rand_bad", bad, "growth", "inconsistent")


# --- 4. units ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,written,value,unit",
    [
        ("Police found 320 grammes of powder.", "320 grammes", "320", "gram"),
        ("A 1 gramme sachet was found.", "1 gramme", "1", "gram"),
        ("They hid 45 kilogrammes of resin.", "45 kilogrammes", "45", "kilogram"),
        ("A 2 kilogramme block was found.", "2 kilogramme", "2", "kilogram"),
        ("Officers took 150 gm of opium.", "150 gm", "150", "gram"),
        ("Customs seized 12.4kgs of heroin.", "12.4kgs", "12.4", "kilogram"),
        ("Farmers in Hadra sold 8.2 quintals of wheat.", "8.2 quintals", "8.2", "quintal"),
        ("Each bag holds 1 quintal of rice.", "1 quintal", "1", "quintal"),
        ("The Zeno phone has a 48MP camera.", "48MP", "48", "megapixel"),
        ("The Zeno phone has a 12 MP camera.", "12 MP", "12", "megapixel"),
        ("Its screen runs at 90Hz.", "90Hz", "90", "hertz"),
        ("A 3 kHz tone sounds.", "3 kHz", "3", "kilohertz"),
        ("It records at 120fps.", "120fps", "120", "frame_per_second"),
        ("It records at 60 fps.", "60 fps", "60", "frame_per_second"),
        ("The Zeno phone weighs 176g.", "176g", "176", "gram"),
        (
            "The probe moves at 17 kilometres per second.",
            "17 kilometres per second",
            "17",
            "kilometer_per_second",
        ),
        (
            "Sound moves at 343 metres per second.",
            "343 metres per second",
            "343",
            "meter_per_second",
        ),
        ("It flew at 50 miles per second.", "50 miles per second", "50", "mile_per_second"),
    ],
)
def test_mass_camera_screen_and_speed_units_are_read(text, written, value, unit):
    found = figure_written(text, written)
    assert (found.kind, found.value, found.unit) == ("measure", Decimal(value), unit)
    assert parse_value(claim_value(found)[0]).number == Decimal(value)


@pytest.mark.parametrize(
    "text,values",
    [
        ("He drove 5 g forces.", [(Decimal(5), None)]),  # "g" only glued
        ("The Labour group has 12 MPs.", [(Decimal(12), None)]),  # members, not megapixels
        ("Thieves took a 4g phone.", []),  # the network, in lower case
    ],
)
def test_near_misses_of_the_new_units(text, values):
    assert _figures(text) == values


@pytest.mark.parametrize(
    "text,value",
    [
        ("Temperatures in Tarsk will reach 88 degrees on Saturday.", "88"),
        ("Overnight lows will fall to about 27 degrees.", "27"),
        ("It is about 62 degrees outside, and it will get colder.", "62"),
        ("Highs will reach the 50 degree mark.", "50"),
        ("It felt like 95° in the sun and 90 degrees in the shade.", "90"),
    ],
)
def test_degrees_after_a_temperature_word_are_a_temperature(text, value):
    found = [f for f in find_quantities(text) if f.value == Decimal(value)]
    assert [(f.kind, f.unit) for f in found] == [("measure", "degree")]


def test_degrees_with_a_stated_scale_letter_take_it():
    found = figure_written("It was 30 degrees C in Tarsk.", "30 degrees C")
    assert found.unit == "degree_Celsius"


@pytest.mark.parametrize(
    "text",
    [
        "The crane turned 90 degrees before it fell.",  # an angle
        "The road bends 45 degrees. Temperatures were mild.",  # the word is in the next sentence
        "The college awarded 400 degrees this summer.",
    ],
)
def test_degrees_without_a_temperature_word_are_no_temperature(text):
    assert all(f.unit is None for f in find_quantities(text))


def test_a_growth_between_new_units_is_checked(tmp_path: Path):
    # each end in another spelling of one unit, or in another unit: checked only when both read
    ok = "Police seized 320 grammes of heroin, up 60% from 200 grams a year earlier."
    bad = "Police seized 380 grammes of heroin, up 60% from 200 grams a year earlier."
    assert_relation_verdict(tmp_path, "grams_ok", ok, "growth", "consistent")
    assert_relation_verdict(tmp_path, "grams_bad", bad, "growth", "inconsistent")
    ok = "Wheat sales in Hadra rose 20% to 840 kg from 7 quintals."
    bad = "Wheat sales in Hadra rose 20% to 940 kg from 7 quintals."
    assert_relation_verdict(tmp_path, "quintal_ok", ok, "growth", "consistent")
    assert_relation_verdict(tmp_path, "quintal_bad", bad, "growth", "inconsistent")


# --- 5. not figures: footnote marks, ages, a company's period --------------------------------


@pytest.mark.parametrize(
    "text,values",
    [
        ("The Orva canal is 193 kilometres long,[4] and busy.", [(Decimal(193), "kilometer")]),
        ("About 600 species live in the reef.[12]", [(Decimal(600), None)]),
        ("It is 240 kilometres (150 mi)[10] each way.", [(240, "kilometer"), (150, "mile")]),
    ],
)
def test_a_footnote_mark_is_no_figure(text, values):
    assert _figures(text) == values


def test_a_bracketed_number_after_a_space_is_still_read():
    # "[4]" standing apart is no footnote mark: a list item, a bracketed count
    assert _figures("Votes in favour [4] were few.") == [(Decimal(4), None)]


@pytest.mark.parametrize(
    "text,written",
    [
        ("Police held a 44-year-old driver in Ostrel.", "44-year"),
        ("A 58-year-old woman was hurt.", "58-year"),
        ("The 19 year-old student was fined.", "19 year"),
        ("Doctors saved a two-month-old baby.", "two-month"),
    ],
)
def test_an_age_is_skipped_as_an_age(text, written):
    found = figure_written(text, written)
    assert found.kind == "age"
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("Oil hit a 10-year high in May.", 10, "year"),
        ("Silver touched a seven-month low on Friday.", 7, "month"),
        ("Copper touched a three-month high.", 3, "month"),
        ("The Varn deal runs for a 30-year term.", 30, "year"),  # a span, not an age
    ],
)
def test_a_period_high_or_low_reads_as_the_10_year_high_does(text, value, unit):
    assert _figures(text) == [(Decimal(value), unit)]


@pytest.mark.parametrize(
    "text", ["The Varn group posted a nine-month profit of $320m.", "Its 9-month revenue was $1bn."]
)
def test_the_period_of_a_companys_results_is_no_figure(text):
    assert [unit for _, unit in _figures(text)] == ["USD"]
