"""More of the forms news writes its figures in: pence glued to digits, prices per unit of a
commodity, names that hold numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.claims.values import parse_value
from audit.extract import find_quantities
from audit.extract.values_out import claim_value
from tests.extract.snippets import figure_written


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("The lender's shares slid to 212p.", "212p", "212"),
        ("Its stock gained 2.5p in early deals.", "2.5p", "2.5"),
        ("A pint of milk went from 85p to 95p, a rise of 10p.", "85p", "85"),
        ("A pint of milk went from 85p to 95p, a rise of 10p.", "10p", "10"),
    ],
)
def test_pence_glued_to_the_digits_are_money(text, written, value):
    found = figure_written(text, written)
    assert (found.kind, found.unit, found.value) == ("money", "penny", Decimal(value))
    assert parse_value(claim_value(found)[0]).unit.name == "penny"


@pytest.mark.parametrize(
    "text",
    [
        "The clip is streamed in 1080p or 720p.",
        "The doors open at 7p.m. sharp.",
    ],
)
def test_a_video_resolution_or_a_clock_is_not_pence(text):
    assert not [f for f in find_quantities(text) if f.kind == "money"]


@pytest.mark.parametrize(
    "text,written,per,unit",
    [
        ("Silver rose to $31 an ounce.", "$31 an ounce", "ounce", "US_dollar/ounce"),
        (
            "Gold was quoted at $2,310 a troy ounce.",
            "$2,310 a troy ounce",
            "troy ounce",
            "US_dollar/troy_ounce",
        ),
        ("Soybeans fetched $12.40 per bushel.", "$12.40 per bushel", "bushel", "US_dollar/bushel"),
        (
            "Households pay 31 cents per kilowatt hour.",
            "31 cents per kilowatt hour",
            "kilowatt hour",
            "cent/kilowatt_hour",
        ),
        (
            "Families spend 3,100 rupees a month on rent.",
            "3,100 rupees a month",
            "month",
            "rupee/month",
        ),
    ],
)
def test_commodity_prices_keep_their_per(text, written, per, unit):
    found = figure_written(text, written)
    assert found.per == per
    assert parse_value(claim_value(found)[0]).unit.name == unit


def test_a_month_on_then_a_comma_still_dates_the_figure():
    assert figure_written("Bookings were 4,200 a month on, and rising.", "4,200").per is None


@pytest.mark.parametrize(
    "text,number",
    [
        ("The Pixel 9 goes on sale in May.", "9"),
        ("Voyager 2 was launched decades ago.", "2"),
        ("Android 14 is on most new handsets.", "14"),
        ("The bank filed an 8-K on Tuesday.", "8"),
        ("She has been world No. 3 since spring.", "3"),
        ("No 10 declined to comment.", "10"),
    ],
)
def test_numbers_naming_products_filings_and_ranks_are_not_figures(text, number):
    found = [f for f in find_quantities(text) if f.number == number]
    assert [f.kind for f in found] == ["identifier"]


@pytest.mark.parametrize(
    "text,number",
    [
        ("Roughly 300 attended the rally.", "300"),
        ("Another 40 were hurt.", "40"),
        ("Today 12 remain in hospital.", "12"),
    ],
)
def test_a_count_at_the_start_of_a_sentence_stays_a_count(text, number):
    found = [f for f in find_quantities(text) if f.number == number]
    assert [f.kind for f in found] == ["number"]


@pytest.mark.parametrize(
    "text,counted",
    [
        ("The carrier leases 48 aircraft.", "aircraft"),
        ("About 500 police were deployed.", "police"),
        ("The farm keeps 1,200 cattle.", "cattle"),
    ],
)
def test_plurals_without_an_s_are_counted(text, counted):
    (found,) = [f for f in find_quantities(text) if f.kind == "number"]
    assert found.counted == counted


@pytest.mark.parametrize(
    "text,written",
    [
        ("Prices rose for a fourth month.", "a fourth month"),
        ("It was a fifth straight weekly loss.", "a fifth"),
        ("The party won a third term.", "a third"),
    ],
)
def test_an_ordinal_after_a_is_no_fraction(text, written):
    found = figure_written(text, written)
    assert (found.kind, found.value) == ("ordinal", None)


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("Its output fell by a fifth.", "a fifth", "20"),
        ("A third of the 600 staff work remotely.", "A third", "33.3"),
    ],
)
def test_a_fraction_after_a_stays_a_fraction(text, written, value):
    found = figure_written(text, written)
    assert found.kind == "percent"
    assert round(found.value, 1) == Decimal(value)


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("The fund raised Dh750 million in its debut.", "Dh750 million", "750000000"),
        ("Flats there rent for Dhs 6,500.", "Dhs 6,500", "6500"),
    ],
)
def test_dirhams_written_dh_are_money(text, written, value):
    found = figure_written(text, written)
    assert (found.kind, found.currency, found.value) == ("money", "AED", Decimal(value))
    assert parse_value(claim_value(found)[0]).currency == "AED"


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("The town's population shrank by 12,000 to 1.4 million.", "12,000", "12000"),
        ("Visitors rose from 650,000 to 2.1 million.", "650,000", "650000"),
    ],
)
def test_a_number_written_in_thousands_takes_no_scale_from_the_next(text, written, value):
    assert figure_written(text, written).value == Decimal(value)


def test_a_range_from_thousands_to_a_scaled_figure_keeps_both_ends():
    found = figure_written(
        "Crowds of 700,000 to 1.1 million are expected.", "700,000 to 1.1 million"
    )
    assert (found.low, found.high) == (Decimal(700000), Decimal("1100000.0"))
    stated = parse_value(claim_value(found)[0])
    assert stated.lo <= 700000 and stated.hi >= 1100000 and stated.hi < 1200000


def test_a_small_number_still_shares_the_scale_word_after_it():
    assert figure_written("Fleets grew from 4 to 6 million cars.", "4").value == Decimal(4000000)


@pytest.mark.parametrize(
    "text,written",
    [("The Knicks edged the Bulls 104-99 at home.", "104-99"), ("They won 121-118.", "121-118")],
)
def test_three_digit_scores_are_scores(text, written):
    assert figure_written(text, written).kind == "score"


@pytest.mark.parametrize(
    "text,written",
    [
        ("The van can tow 3,500 pounds.", "3,500 pounds"),
        ("The newborn weighed 8 pounds 2 ounces.", "8 pounds"),
        ("The pumpkin weighed in at 900 pounds.", "900 pounds"),
    ],
)
def test_pounds_weighed_or_towed_are_a_weight(text, written):
    found = figure_written(text, written)
    assert (found.kind, found.unit, found.currency) == ("measure", "pound_mass", None)
    assert parse_value(claim_value(found)[0]).unit.name == "pound_mass"


def test_pounds_paid_stay_sterling():
    found = figure_written("She was fined 60 pounds for parking.", "60 pounds")
    assert (found.kind, found.currency) == ("money", "GBP")


@pytest.mark.parametrize(
    "text,written,value,kind",
    [
        ("Joblessness rose three-tenths of a percentage point.", "three-tenths", "0.3", "pp"),
        ("The gauge eased a tenth of a point.", "a tenth", "0.1", "measure"),
    ],
)
def test_a_fraction_of_a_point_is_points(text, written, value, kind):
    (found,) = [f for f in find_quantities(text) if f.number == written]
    assert (found.kind, found.value) == (kind, Decimal(value))


@pytest.mark.parametrize(
    "text,written,per",
    [
        ("Offices let for £62 a square foot.", "£62 a square foot", "square foot"),
        ("Cloud storage costs 2 cents per gigabyte.", "2 cents per gigabyte", "gigabyte"),
    ],
)
def test_prices_per_area_and_per_gigabyte_keep_their_per(text, written, per):
    found = figure_written(text, written)
    assert found.per == per
    assert "/" in parse_value(claim_value(found)[0]).unit.name


@pytest.mark.parametrize(
    "text,written,value,currency",
    [
        ("Nairobi will borrow Sh4.5 billion.", "Sh4.5 billion", "4500000000", "KES"),
        ("Accra raised GH¢3.2 billion in bonds.", "GH¢3.2 billion", "3200000000", "GHS"),
        ("The Manila lender earned P7.1 billion.", "P7.1 billion", "7100000000", "PHP"),
        ("Exports reached Y2.4 trillion.", "Y2.4 trillion", "2400000000000", "JPY"),
        ("The fund holds SFr 3bn.", "SFr 3bn", "3000000000", "CHF"),
        ("The outlay is Rs 1,800 cr.", "Rs 1,800 cr", "18000000000", "INR"),
        ("The budget hit 7.2 trln yen.", "7.2 trln yen", "7200000000000", "JPY"),
        ("It holds 40 billion Swedish crowns.", "40 billion Swedish crowns", "40e9", "SEK"),
    ],
)
def test_more_currency_prefixes_codes_and_scale_words(text, written, value, currency):
    found = figure_written(text, written)
    assert (found.kind, found.currency, found.value) == ("money", currency, Decimal(value))
    assert parse_value(claim_value(found)[0]).currency == currency


@pytest.mark.parametrize("text", ["The P90 rifle jammed.", "Fears of a Y2K bug."])
def test_a_bare_p_or_y_without_a_scale_word_is_a_name(text):
    assert not [f for f in find_quantities(text) if f.kind == "money"]


@pytest.mark.parametrize(
    "text,written,per",
    [
        ("It is a $3bn-a-year market.", "$3bn-a-year", "year"),
        ("She quit a £40,000-a-year post.", "£40,000-a-year", "year"),
    ],
)
def test_a_hyphenated_a_year_is_a_rate(text, written, per):
    assert figure_written(text, written).per == per


def test_a_range_of_two_scaled_figures_joined_by_a_dash_is_one_range():
    found = figure_written("Sales may reach 2.1bn-2.4bn units.", "2.1bn-2.4bn")
    assert (found.low, found.high) == (Decimal("2100000000.0"), Decimal("2400000000.0"))


@pytest.mark.parametrize(
    "text",
    [
        "It is one of the largest ports in Europe.",
        "One of its rivals cut prices.",
        "Jobs are the number one concern.",
    ],
)
def test_one_of_and_number_one_are_not_counts(text):
    assert [f for f in find_quantities(text) if f.number.lower() == "one"] == []


def test_one_in_five_is_still_a_share():
    (found,) = find_quantities("One in five homes lacks broadband.")
    assert (found.kind, found.value) == ("percent", Decimal(20))


@pytest.mark.parametrize(
    "text,number,counted",
    [
        ("A 14-storey tower is planned.", "14", "storey"),
        ("The 120-seat assembly sat late.", "120", "seat"),
        ("The firm claims 2 million-plus users.", "2", "users"),
        ("Some 3,000-plus runners took part.", "3,000", "runners"),
    ],
)
def test_compound_and_plus_counts_keep_their_noun(text, number, counted):
    (found,) = [f for f in find_quantities(text) if f.number == number]
    assert found.counted == counted


@pytest.mark.parametrize("text", ["A 10-point plan.", "The FTSE 100-listed miner fell."])
def test_hyphened_words_that_are_no_counted_noun(text):
    assert all(f.counted is None for f in find_quantities(text))


@pytest.mark.parametrize(
    "text,written,unit",
    [
        ("Carers are paid $17/hr.", "$17/hr", "US_dollar/hour"),
        ("Dues are $250/yr.", "$250/yr", "US_dollar/year"),
        ("The line runs at 300 km/hr.", "300 km/hr", "kilometer/hour"),
    ],
)
def test_hr_and_yr_are_the_per_of_a_rate(text, written, unit):
    found = figure_written(text, written)
    assert parse_value(claim_value(found)[0]).unit.name == unit


def test_bytes_spelled_out_are_measures():
    found = figure_written("The archive holds 40 terabytes.", "40 terabytes")
    assert (found.kind, found.unit) == ("measure", "terabyte")


@pytest.mark.parametrize(
    "text,written,value,unit",
    [
        ("Yields touched a 3½-year high.", "3½-year", "3.5", "year"),
        ("The flight took 7½ hours.", "7½ hours", "7.5", "hour"),
        ("The plot sold for $2¼ million.", "$2¼ million", "2250000", "USD"),
    ],
)
def test_fraction_characters_are_read(text, written, value, unit):
    found = figure_written(text, written)
    assert (found.value, found.unit) == (Decimal(value), unit)
    assert parse_value(claim_value(found)[0]).number == Decimal(value)


def test_a_fraction_character_of_a_whole_is_a_share():
    found = figure_written("The state owns ¾ of the airline.", "¾")
    assert (found.kind, found.value) == ("percent", Decimal(75))
    assert claim_value(found)[0] == "75%"


@pytest.mark.parametrize(
    "text,number",
    [
        ("A Category 4 storm is due.", "4"),
        ("The drug is in phase 3 trials.", "3"),
        ("Tier 1 capital ratios held.", "1"),
        ("Flight 212 landed safely.", "212"),
    ],
)
def test_a_labelled_number_names_and_does_not_count(text, number):
    found = [f for f in find_quantities(text) if f.number == number]
    assert [f.kind for f in found] == ["identifier"]


def test_a_share_after_a_label_word_is_still_a_share():
    (found,) = find_quantities("The tier 1 ratio rose to 14%.")[1:]
    assert (found.kind, found.value) == ("percent", Decimal(14))


def test_a_change_then_the_level_it_reached_is_no_range():
    text = "Silver rose $1.10 to $24.80 an ounce."
    assert [f.text for f in find_quantities(text)] == ["$1.10", "$24.80 an ounce"]


def test_a_range_after_a_change_verb_stays_a_range():
    found = figure_written("Sales rose 4 to 6 percent.", "4 to 6 percent")
    assert (found.low, found.high) == (Decimal(4), Decimal(6))


@pytest.mark.parametrize(
    "text,written,unit",
    [
        ("Output averaged 9.8 million bpd.", "9.8 million bpd", "barrel_per_day"),
        ("The 30-yr bond rallied.", "30-yr", "year"),
    ],
)
def test_wire_abbreviations_of_units(text, written, unit):
    found = figure_written(text, written)
    assert (found.kind, found.unit) == ("measure", unit)
    assert parse_value(claim_value(found)[0]).unit.name == unit


@pytest.mark.parametrize(
    "text,written", [("Rents peaked in mid-2021.", "2021"), ("A pre-2008 bubble.", "2008")]
)
def test_a_year_after_mid_or_pre_is_a_year_not_a_code(text, written):
    assert figure_written(text, written).kind == "year"


def test_a_verb_between_a_count_and_a_plural_ends_the_count():
    (found,) = find_quantities("Pupils under 11 get free lunches.")
    assert found.counted is None


@pytest.mark.parametrize(
    "text,written,currency",
    [
        ("Bangkok will spend Bt80 billion.", "Bt80 billion", "THB"),
        ("Manila set aside PHP 4 billion.", "PHP 4 billion", "PHP"),
        ("Riyadh's SR 12 billion fund.", "SR 12 billion", "SAR"),
        ("Doha's QR 6 billion plan.", "QR 6 billion", "QAR"),
    ],
)
def test_codes_read_before_a_scale_word(text, written, currency):
    found = figure_written(text, written)
    assert (found.kind, found.currency) == ("money", currency)
    assert parse_value(claim_value(found)[0]).currency == currency


def test_php_and_sr_before_a_bare_number_are_names():
    assert not [f for f in find_quantities("PHP 8 shipped; the SR 71 flew.") if f.kind == "money"]


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("Free cash flow was -$350m.", "-$350m", "-350000000"),
        ("Net cash stood at −£1.2bn.", "−£1.2bn", "-1200000000"),
        # An en dash glued to a value stated after "of", "was": statistics releases' minus
        ("Payrolls showed a monthly change of –3.2 in June.", "–3.2", "-3.2"),
        ("The trade balance was –0.4% of output.", "–0.4%", "-0.4"),
    ],
)
def test_a_minus_before_the_figure_or_its_currency_sign_is_the_sign(text, written, value):
    found = figure_written(text, written)
    assert found.value == Decimal(value)
    assert parse_value(claim_value(found)[0]).number == Decimal(value)


def test_a_dash_range_of_amounts_keeps_positive_ends():
    found = figure_written("Seats cost $100-$150 each.", "$100-$150")
    assert (found.low, found.high) == (Decimal(100), Decimal(150))


@pytest.mark.parametrize(
    "text,written,low,high",
    [
        ("Growth of 2-to-4 percent is expected.", "2-to-4 percent", "2", "4"),
        ("Some 6-to-8 million homes.", "6-to-8 million", "6000000", "8000000"),
    ],
)
def test_a_range_written_with_to_between_hyphens(text, written, low, high):
    found = figure_written(text, written)
    assert (found.low, found.high) == (Decimal(low), Decimal(high))


def test_a_ratio_written_with_to_between_hyphens_is_no_range():
    assert all(not f.is_range for f in find_quantities("The board voted 3-to-1 in favour."))


@pytest.mark.parametrize(
    "text,written,unit",
    [
        ("Carbon dioxide reached 424 ppm.", "424 ppm", "parts_per_million"),
        ("Tap water held 12 parts per billion.", "12 parts per billion", "parts_per_billion"),
        (
            "Smog hit 180 micrograms per cubic metre.",
            "180 micrograms per cubic metre",
            "microgram/cubic_meter",
        ),
    ],
)
def test_concentrations_are_measures(text, written, unit):
    found = figure_written(text, written)
    assert found.kind == "measure"
    assert parse_value(claim_value(found)[0]).unit.name == unit


@pytest.mark.parametrize(
    "text,written,per",
    [
        ("The well pumped 900 barrels a day from 1,200 barrels a day.", "900 barrels a day", "day"),
        ("Fares rose to $3 a day from $2.50 a day.", "$3 a day", "day"),
        ("The plant makes 80 tonnes a week from March onwards.", "80 tonnes a week", "week"),
        ("Sales grew 5% a year from 2019 to 2023.", "5%", None),
        ("Output will be 300 tonnes a year from now.", "300 tonnes", None),
    ],
)
def test_a_rate_before_from_keeps_its_per_unless_from_dates_it(text, written, per):
    assert figure_written(text, written).per == per


@pytest.mark.parametrize(
    "text,written,qualifier",
    [
        ("Imports added up to 4.7 trillion yen in May.", "4.7 trillion yen", None),
        ("The bills summed up to $310 million.", "$310 million", None),
        ("The stock shot up to 41 dollars before noon.", "41 dollars", None),
        ("Fines of up to 5,000 euros apply.", "5,000 euros", "up to"),
        ("The scheme will create up to 300 jobs.", "300", "up to"),
    ],
)
def test_up_to_after_a_verb_of_its_own_is_the_level_reached(text, written, qualifier):
    assert figure_written(text, written).qualifier == qualifier


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("Wind farms made 4 350 GWh last year.", "4 350 GWh", "4350"),
        ("The barge carried 12 500 tonnes.", "12 500 tonnes", "12500"),
        ("The fee is 2 750 euros.", "2 750 euros", "2750"),
        ("In 2019 1 500 jobs went.", "500", "500"),
        ("The score was 3 250 after the break.", "250", "250"),
    ],
)
def test_one_group_of_thousands_after_a_space_only_before_a_unit(text, written, value):
    assert figure_written(text, written).value == Decimal(value)


@pytest.mark.parametrize(
    "text,written,currency",
    [
        ("Tourists spent euro 757 billion in the year.", "euro 757 billion", "EUR"),
        ("The fund paid Euro 1.2 million in fees.", "Euro 1.2 million", "EUR"),
    ],
)
def test_euro_written_before_a_scaled_figure_is_its_currency(text, written, currency):
    assert figure_written(text, written).currency == currency


def test_euro_before_a_year_names_a_tournament():
    assert figure_written("Euro 2024 drew 2.7 million fans.", "2024").kind == "year"


@pytest.mark.parametrize(
    "text,written,currency",
    [
        ("The plan for the year is Lev 3,480 billion.", "Lev 3,480 billion", "BGN"),
        ("Farm exports earned 4.2 billion leva.", "4.2 billion leva", "BGN"),
        ("The levy raised BGN 310 million.", "BGN 310 million", "BGN"),
    ],
)
def test_the_bulgarian_lev_is_read_as_its_currency(text, written, currency):
    assert figure_written(text, written).currency == currency


def test_lev_before_a_bare_number_is_a_name():
    assert figure_written("Lev 2 drew 400 visitors.", "2").kind == "number"


@pytest.mark.parametrize(
    "text,written,unit",
    [
        ("The grid delivered 0.41 trillion KWH in May.", "0.41 trillion KWH", "kilowatt_hour"),
        ("New plants added 3.2 million KW of capacity.", "3.2 million KW", "kilowatt"),
        ("The dam made 18 GWH.", "18 GWH", "gigawatt_hour"),
        ("Each home used 260 kwh in May.", "260 kwh", "kilowatt_hour"),
    ],
)
def test_power_and_energy_units_in_capitals_or_lower_case(text, written, unit):
    assert figure_written(text, written).unit == unit


@pytest.mark.parametrize(
    "text,written,unit",
    [
        ("Farms emitted 21.4 Mt CO2 eq in 2022.", "21.4 Mt CO2 eq", "megatonne"),
        ("The plant's output fell 3.2MtCO2e.", "3.2MtCO2e", "megatonne"),
        ("The mine shipped 48 Mt of ore.", "48 Mt", "megatonne"),
        ("World emissions reached 37.8 Gt.", "37.8 Gt", "gigatonne"),
    ],
)
def test_emissions_in_megatonnes_and_gigatonnes(text, written, unit):
    assert figure_written(text, written).unit == unit


@pytest.mark.parametrize(
    "text, written",
    [
        ("Payrolls increased 21,300 to 8,402,600 in May.", "8,402,600"),
        ("Payrolls went up 21,300 to 8,402,600.", "8,402,600"),
        ("Jobless claims decreased 4,100 to 196,500.", "196,500"),
    ],
)
def test_any_change_verb_then_the_level_it_reached_is_no_range(text, written):
    assert not any(f.is_range for f in find_quantities(text))
    assert figure_written(text, written).value == Decimal(written.replace(",", ""))


@pytest.mark.parametrize(
    "text, change, level",
    [
        ("Hourly pay rose 4.1% (+$1.12 to $28.44) on the year.", "1.12", "28.44"),
        ("The index gained 0.8% (+3 to 380) in June.", "3", "380"),
    ],
)
def test_a_signed_change_then_the_level_it_reached_is_no_range(text, change, level):
    # Statistics releases put the change, signed, and the level in brackets after the rate.
    found = find_quantities(text)
    assert not any(f.is_range for f in found)
    assert [f.value for f in found[1:]] == [Decimal(change), Decimal(level)]


def test_after_a_change_verb_two_close_numbers_and_one_unit_are_still_a_range():
    (found,) = find_quantities("Premiums increased 10 to 12 percent.")
    assert found.is_range


def test_a_kilo_is_a_kilogram_and_a_60_kilo_bag_no_count():
    text = "Growers sold 2.40 million 60-kilo bags, against 20 kilos a head."
    assert [(f.text, f.kind, f.unit) for f in find_quantities(text)] == [
        ("2.40 million", "number", None),
        ("60-kilo", "measure", "kilogram"),
        ("20 kilos a head", "measure", "kilogram"),
    ]


@pytest.mark.parametrize(
    "text, written, qualifier",
    [
        # A gap, then "more than" the figure it is measured from: no bound on that figure.
        ("Fees came to $9.2m, $1.1m more than $8.1m last year.", "$8.1m", None),
        ("Output is 410 tonnes, 30 tonnes less than 440 tonnes in May.", "440 tonnes", None),
        # A year before "more than" is no gap: the bound stays.
        ("In 2020 more than 5 million people voted.", "5 million", "more than"),
    ],
)
def test_more_than_after_an_amount_is_the_gap_s_comparison(text, written, qualifier):
    assert figure_written(text, written).qualifier == qualifier


def test_an_en_dash_between_two_numbers_is_still_a_span():
    assert [f.value for f in find_quantities("Ages 11 – 15 were asked.")] == [Decimal(13)]
