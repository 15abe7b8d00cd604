"""Figures in the forms news writes them: glued codes, decimal commas, rates, names, scores."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.claims.values import parse_value
from audit.extract import extract_claims, find_quantities
from audit.extract.drafts import NOT_FIGURES
from audit.extract.values_out import claim_value
from tests.extract.snippets import figure_written

# (text, figure as written, value, currency or unit, kind)
MONEY = [
    ("The studio raised EUR45m from backers.", "EUR45m", "45000000", "EUR", "money"),
    ("Tickets run at USD7,250 apiece.", "USD7,250", "7250", "USD", "money"),
    ("Its profit climbed to RMB93.4bn.", "RMB93.4bn", "93400000000", "CNY", "money"),
    ("Loans reached CNY8.7 trillion.", "CNY8.7 trillion", "8700000000000", "CNY", "money"),
    ("The club lost $US2.8m last season.", "$US2.8m", "2800000", "USD", "money"),
    ("A cottage went for $A640,000.", "$A640,000", "640000", "AUD", "money"),
    ("Dairy exports hit NZ$3.1bn.", "NZ$3.1bn", "3100000000", "NZD", "money"),
    ("Fares rose to HK$12.80.", "HK$12.80", "12.80", "HKD", "money"),
    ("A bowl of noodles is RM9.50.", "RM9.50", "9.50", "MYR", "money"),
    ("Rents of S$4,100 a flat", "S$4,100", "4100", "SGD", "money"),
    ("a fee of Rs. 750 per form", "Rs. 750", "750", "INR", "money"),
    ("a bonus of ₹3,500", "₹3,500", "3500", "INR", "money"),
    ("Ottawa pledged CA $7 billion more.", "CA $7 billion", "7000000000", "CAD", "money"),
    ("Lagos set aside N912.4 billion for roads.", "N912.4 billion", "912400000000", "NGN", "money"),
    ("Receipts reached ₦3.3 trillion.", "₦3.3 trillion", "3300000000000", "NGN", "money"),
    ("Costs were £7.2bn over budget.", "£7.2bn", "7200000000", "GBP", "money"),
    ("Debt neared $2tn.", "$2tn", "2000000000000", "USD", "money"),
    # Short scale words a letter currency needs after it, as wire copy writes them
    ("Abuja budgets N2.35trn for 2025", "N2.35trn", "2350000000000", "NGN", "money"),
    ("Miners lost R4.1bln in the strike.", "R4.1bln", "4100000000", "ZAR", "money"),
    # a decimal comma, a hyphen before the scale word, spaced thousands: South African copy
    ("The surplus came to R7,36-billion.", "R7,36-billion", "7360000000", "ZAR", "money"),
    ("Imports hit R1 047,9-billion.", "R1 047,9-billion", "1047900000000", "ZAR", "money"),
]


@pytest.mark.parametrize("text,written,value,unit,kind", MONEY)
def test_currency_prefixes_glued_or_spaced(text, written, value, unit, kind):
    found = figure_written(text, written)
    assert (found.kind, found.value, found.currency) == (kind, Decimal(value), unit)
    assert parse_value(claim_value(found)[0]).currency == unit


def test_a_missed_prefix_never_leaves_its_tail():
    text = "The regulator fined it $US98,765,000 and USD4,321 more."
    values = [f.value for f in find_quantities(text)]
    assert values == [Decimal(98765000), Decimal(4321)]


def test_a_bare_letter_n_before_digits_is_a_name_not_naira():
    assert find_quantities("Nurses wore N99 masks all shift.") == []


@pytest.mark.parametrize(
    "text,written,value,currency",
    [
        (
            "Over the term, revenue stood at N41.72, while spending was N44.05 trillion.",
            "N41.72",
            "41720000000000",
            "NGN",
        ),
        (
            "Exports were R12.5, whereas imports totalled R13.1 billion.",
            "R12.5",
            "12500000000",
            "ZAR",
        ),
    ],
)
def test_a_bare_letter_figure_shares_the_scale_of_its_parallel_clause(
    text, written, value, currency
):
    found = figure_written(text, written)
    assert (found.value, found.currency) == (Decimal(value), currency)


@pytest.mark.parametrize(
    "text",
    [
        "He wore an N99, while the masks were N2 billion in all.",  # no verb states the first
        "Sales were N41.72, while spending was R44.05 trillion.",  # another letter
        "Fuel sold at N617.50 per litre, while the subsidy was N4.39 trillion.",  # a rate
        "Sales were N41.72; spending was N44.05 trillion.",  # no parallel clause
    ],
)
def test_a_bare_letter_without_a_parallel_scaled_figure_stays_unread(text):
    assert [f.text for f in find_quantities(text) if f.scale is None] == []


@pytest.mark.parametrize(
    "text,written,value,kind",
    [
        ("Turnover came to 31,27 billion euros.", "31,27 billion euros", "31270000000", "money"),
        ("Unemployment eased to 6,8% in June.", "6,8%", "6.8", "percent"),
        ("a scholarship of Rs 2,50,000", "Rs 2,50,000", "250000", "money"),
        (
            "The scheme costs 7,35,418 crore rupees.",
            "7,35,418 crore rupees",
            "7354180000000",
            "money",
        ),
        (
            "Tax receipts hit 21 lakh crore rupees.",
            "21 lakh crore rupees",
            "21000000000000",
            "money",
        ),
        ("Farm loans of 6 lakh rupees", "6 lakh rupees", "600000", "money"),
    ],
)
def test_decimal_commas_and_indian_grouping(text, written, value, kind):
    found = figure_written(text, written)
    assert (found.kind, found.value) == (kind, Decimal(value))
    assert parse_value(claim_value(found)[0]).number == Decimal(value)


def test_a_comma_with_three_digits_stays_a_thousands_separator():
    assert figure_written("It sold 4,215 bikes.", "4,215").value == Decimal(4215)


@pytest.mark.parametrize(
    "text,written,value,kind",
    [
        (
            "Reserves were 3 trillion 215.4 billion yuan.",
            "3 trillion 215.4 billion yuan",
            "3215400000000",
            "money",
        ),
        ("The bid was $27. 5 billion in cash.", "$27. 5 billion", "27500000000", "money"),
        ("Prices firmed +0.4% in the month.", "+0.4%", "0.4", "percent"),
        ("Pay grew 3pc this year.", "3pc", "3", "percent"),
        ("a 2.5-percent cut in rates", "2.5-percent", "2.5", "percent"),
        ("Analysts see 4.5%-5% growth.", "4.5%-5%", "4.75", "percent"),
        ("They forecast 2.5-3 percent growth.", "2.5-3 percent", "2.75", "percent"),
        ("Roughly one in four homes has solar.", "one in four", "25", "percent"),
        ("The brand shipped 48m handsets.", "48m", "48000000", "number"),
        # a company's accounts named before: millions, not metres
        ("Turnover: 912.4m against 806.1m, 13%.", "806.1m", "806100000", "number"),
        ("Pre-tax profit climbed to 74.2m (2023: 61.8m).", "61.8m", "61800000", "number"),
        ("The page has 3.4k likes and 15K shares.", "3.4k", "3400", "number"),
        ("Yields fell 15 bps on the day.", "15 bps", "15", "bp"),
        ("Temperatures fell to minus 40 overnight.", "minus 40", "-40", "number"),
    ],
)
def test_joined_forms_signs_and_short_forms(text, written, value, kind):
    found = figure_written(text, written)
    assert (found.kind, found.value) == (kind, Decimal(value))
    parse_value(claim_value(found)[0])


def test_a_real_sentence_end_is_not_joined():
    text = "It cost $30. Now 4 billion people can buy it."
    assert [f.text for f in find_quantities(text)] == ["$30", "4 billion"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("She won the 400m hurdles.", "400m"),
        ("Sales rose. The new store is 12.5m wide.", "12.5m"),
        ("Profit rose, and the hall is 8.5m high.", "8.5m"),
        ("Funding from the trust paid for a 14m footbridge.", "14m"),
        ("Spending on defences raised the sea wall to 4.6m from 3.9 metres.", "4.6m"),
    ],
)
def test_metres_stay_metres_in_a_race_or_a_building(text, written):
    found = figure_written(text, written)
    assert (found.kind, found.unit) == ("measure", "meter")


@pytest.mark.parametrize(
    "text,written,per,value",
    [
        ("A studio rents for $950 a month.", "$950 a month", "month", "950 US dollars per month"),
        ("Brent traded at $82 a barrel.", "$82 a barrel", "barrel", "82 US dollars per barrel"),
        (
            "Flats sell at 41,000 yuan per square metre.",
            "41,000 yuan per square metre",
            "square metre",
            "41,000 yuan per square_meter",
        ),
        (
            "Diesel sold at $95 a barrel on Monday.",
            "$95 a barrel",
            "barrel",
            "95 US dollars per barrel",
        ),
        ("Rooms go for €140 per night.", "€140 per night", "night", "140 euros per night"),
        ("The inn charges £80 a night.", "£80 a night", "night", "80 pounds per night"),
    ],
)
def test_rates_keep_their_per(text, written, per, value):
    found = figure_written(text, written)
    assert found.per == per
    assert claim_value(found)[0] == value
    assert "/" in parse_value(value).unit.name  # a per-unit rate, not an amount


def test_a_year_earlier_dates_a_figure_and_does_not_make_it_a_rate():
    found = figure_written("Sales were 8,500 a year earlier.", "8,500")
    assert found.per is None


def test_a_year_on_dates_a_figure_and_a_barrel_on_monday_is_still_a_rate():
    assert figure_written("Sales were 8,500 a year on.", "8,500").per is None
    assert figure_written("Oil was $70 a barrel on Friday.", "$70 a barrel").per == "barrel"


def test_a_rate_per_thousand_people_keeps_its_base():
    found = figure_written("There are 3 per 1,000 people.", "3 per 1,000 people")
    assert found.per == "1,000 people"
    value, left_out = claim_value(found)
    assert (value, left_out) == ("3 per 1,000 people", None)
    assert parse_value(value).unit.factor == pytest.approx(0.001)  # 0.003 per person


@pytest.mark.parametrize(
    "text,written,counted,per,value,factor",
    [
        (
            "The county has 4.5 doctors per 10,000 residents.",
            "4.5 doctors per 10,000 residents",
            "doctors",
            "10,000 residents",
            "4.5 doctors per 10,000 residents",
            1e-4,
        ),
        (
            "It saw 7 burglaries per 1,000 homes.",
            "7 burglaries per 1,000 homes",
            "burglaries",
            "1,000 homes",
            "7 counted burglaries per 1,000 homes",
            1e-3,
        ),
        (
            "Towns report 2.4 clinics per 100,000 inhabitants.",
            "2.4 clinics per 100,000 inhabitants",
            "clinics",
            "100,000 inhabitants",
            "2.4 clinics per 100,000 inhabitants",
            1e-5,
        ),
        (
            "The flu killed 11 people per 100,000 last winter.",
            "11 people per 100,000",
            "people",
            "100,000",
            "11 people per 100,000",
            1e-5,
        ),
        (
            "Depots hold 30 buses per site.",
            "30 buses per site",
            "buses",
            "site",
            "30 buses per site",
            1.0,
        ),
    ],
)
def test_a_count_per_other_things_is_one_rate(text, written, counted, per, value, factor):
    found = figure_written(text, written)
    assert (found.counted, found.per) == (counted, per)
    assert claim_value(found) == (value, None)
    assert parse_value(value).unit.factor == pytest.approx(factor)


def test_a_small_range_is_not_a_score():
    assert [(f.text, f.kind) for f in find_quantities("Repairs take 2-4 weeks.")] == [
        ("2-4 weeks", "measure")
    ]
    assert [f.kind for f in find_quantities("Children aged 5-9 were tested.")] == ["number"]


def test_a_count_a_day_stays_a_count():
    # the daily figure of a total over days is checked as a count, not as a rate
    found = figure_written("Trains carried 4 million riders a day.", "4 million")
    assert (found.counted, found.per) == ("riders", None)


@pytest.mark.parametrize(
    "text,number,kind",
    [
        ("The Nasdaq 100 slipped in late trade.", "100", "identifier"),
        ("Shoppers queued for the iPhone 16 launch.", "16", "identifier"),
        ("An Airbus 320 was grounded.", "320", "identifier"),
        ("The Boeing 787 drew buyers at the show.", "787", "identifier"),
        ("The shop at 14 Mill Road closed.", "14", "address"),
        ("Rovers beat United 4-2 at home.", "4-2", "score"),
        ("The derby ended 1-1.", "1-1", "score"),
        ("The polls close at 10pm.", "10pm", "time"),
        ("The ferry sails at 6.15am daily.", "6.15am", "time"),
        ("Service resumed at 8a.m. sharp.", "8a.m.", "time"),
        ("Town lost 0-2 at the weekend.", "0-2", "score"),
        ("It was a 1-3 defeat for the hosts.", "1-3", "score"),
        ("Smith, 63, stepped down.", "63", "age"),
    ],
)
def test_numbers_in_names_addresses_scores_and_ages_are_not_figures(text, number, kind):
    found = [f for f in find_quantities(text) if f.number == number.split("-")[0]]
    assert [f.kind for f in found] == [kind]
    assert NOT_FIGURES[kind]  # listed under skipped with its own reason


def test_a_clock_time_is_a_time_not_two_numbers():
    assert [(f.text, f.kind) for f in find_quantities("Doors open at 9:30 daily.")] == [
        ("9:30", "time")
    ]


def test_counts_after_a_capitalised_place_are_still_counts():
    found = figure_written("In Chengdu 450 firms signed up.", "450")
    assert found.kind == "number" and found.counted == "firms"


def test_a_count_keeps_its_counted_noun():
    text = "The chain hired 2,600 cashiers and drew 3.1 million shoppers."
    counted = {f.text: f.counted for f in find_quantities(text)}
    assert counted == {"2,600": "cashiers", "3.1 million": "shoppers"}


def test_names_holding_numbers_are_listed_as_skipped_not_claimed():
    text = "The Nasdaq 100 rose 2.1% on Monday, and Rovers beat United 4-2.\n"
    drafted = extract_claims(text)
    quotes = {item["quote"] for item in drafted["article"]["skipped"]}
    assert {"100", "4-2"} <= quotes
    claimed = {claim["value"] for claim in drafted["claims"]}
    assert "2.1%" in claimed and not claimed & {"100", "4-2", "3"}


@pytest.mark.parametrize(
    "text,written,unit,unit_text",
    [
        ("The laptop ships with 16GB of memory.", "16GB", "gigabyte", "GB"),
        ("It stores photos on a 2TB drive.", "2TB", "terabyte", "TB"),
        ("The limit is 50mph on that road.", "50mph", "mile_per_hour", "mph"),
        ("Trains reach 300 km/h on the line.", "300 km/h", "kilometer_per_hour", "km/h"),
        ("Its engine makes 380hp.", "380hp", "horsepower", "hp"),
        ("The chip is clocked at 2.8GHz.", "2.8GHz", "gigahertz", "GHz"),
        ("A 4500mAh cell powers it.", "4500mAh", "milliampere_hour", "mAh"),
        ("Homes get 900Mbps links.", "900Mbps", "megabit_per_second", "Mbps"),
        ("The hybrid returns 58mpg.", "58mpg", "mile_per_gallon", "mpg"),
        ("It has a 6.7in screen.", "6.7in", "inch", "in"),
        ("The ride takes 25min.", "25min", "minute", "min"),
        ("The benchmark gained 42.7 points.", "42.7 points", "point", "points"),
    ],
)
def test_units_glued_to_digits_are_read_not_dropped(text, written, unit, unit_text):
    found = figure_written(text, written)
    assert (found.kind, found.unit, found.unit_text) == ("measure", unit, unit_text)
    value, left_out = claim_value(found)
    assert left_out is None
    # the claims grammar may spell a speed as a quotient of the same units
    assert parse_value(value).unit.name in (unit, unit.replace("_per_", "/"))


@pytest.mark.parametrize(
    "text,written",
    [
        ("Prices rose 5 in May.", "5"),
        ("It rose 3 min later.", "3 min"),
    ],
)
def test_a_unit_that_is_also_a_word_is_read_only_where_it_is_one(text, written):
    found = [f for f in find_quantities(text) if f.text == written]
    if written == "5":
        assert found and found[0].unit is None  # "in" only glued to the digits
    else:
        assert found and found[0].unit == "minute"


def test_index_points_are_not_joined_to_the_level_they_reach():
    found = find_quantities("The index rose 85.3 points to 4,512 on Friday.")
    assert [(f.text, f.unit) for f in found] == [("85.3 points", "point"), ("4,512", None)]
    assert claim_value(found[0]) == ("85.3 points", None)
    # a bare level beside points is a count whose noun was left out: the two meet
    assert parse_value("85.3 points").unit.dimension == "[count_point]"


def test_minus_with_a_hyphen_is_a_sign_not_a_code():
    found = figure_written("The reading dropped to minus-25 at dawn.", "minus-25")
    assert (found.kind, found.value) == ("number", Decimal(-25))


def test_the_terms_of_a_structure_are_shares_in_percent():
    text = "Farming, industry and services stood at 7.3 : 39.4 : 53.3 last year."
    terms = [(f.number, f.kind, claim_value(f)[0]) for f in find_quantities(text)]
    assert terms == [
        ("7.3", "percent", "7.3%"),
        ("39.4", "percent", "39.4%"),
        ("53.3", "percent", "53.3%"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Votes split 3:1 in favour.", "Mix flour, sugar and butter 3 : 2 : 1.", "a 1.5:1 ratio"],
)
def test_whole_number_or_two_term_ratios_stay_ratio_terms(text):
    assert {f.kind for f in find_quantities(text)} == {"ratio"}


def test_a_colon_after_a_label_does_not_make_a_ratio():
    kinds = [f.kind for f in find_quantities("Figure 2: 45% of firms")]
    assert "ratio" not in kinds
