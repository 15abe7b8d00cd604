"""find_quantities on figures as news writes them; values written back parse to the same."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from audit.claims.values import parse_value
from audit.extract import find_quantities
from audit.extract.values_out import claim_value

# (text, expected written figure, value, unit or currency, kind)
CASES = [
    (
        "The total was 1.038 billion yuan last year.",
        "1.038 billion yuan",
        "1038000000",
        "CNY",
        "money",
    ),
    ("Sales hit $3.4bn.", "$3.4bn", "3400000000", "USD", "money"),
    ("The farm made 36 gigawatt hours.", "36 gigawatt hours", "36", "gigawatt_hour", "measure"),
    ("They built a 5 megawatt plant.", "5 megawatt", "5", "megawatt", "measure"),
    ("It cost £300m to build.", "£300m", "300000000", "GBP", "money"),
    ("Output reached RMB 7 trillion.", "RMB 7 trillion", "7000000000000", "CNY", "money"),
    (
        "about 7.9 trillion yuan ($1.11 trillion)",
        "7.9 trillion yuan",
        "7900000000000",
        "CNY",
        "money",
    ),
    ("Turnover was 7.9万亿元 in 2020.", "7.9万亿元", "7900000000000", "CNY", "money"),
    ("GDP was 29,619.7 yi yuan.", "29,619.7 yi yuan", "2961970000000", "CNY", "money"),
    ("a grant of 10,000 yuan", "10,000 yuan", "10000", "CNY", "money"),
    ("deals worth US$1.11tn", "US$1.11tn", "1110000000000", "USD", "money"),
    ("It rose 12.5 per cent.", "12.5 per cent", "12.5", "percent", "percent"),
    ("It rose 2.6 percentage points.", "2.6 percentage points", "2.6", "percentage_point", "pp"),
    ("It increased by 1.6 times.", "1.6 times", "1.6", "times", "multiple"),
    ("Exports doubled.", "doubled", "2", "times", "multiple"),
    ("a 1.6-fold rise", "1.6-fold", "1.6", "times", "multiple"),
    ("between 10 and 12 percent of firms", "10 and 12 percent", "11", "percent", "percent"),
    ("a 10-12% fall", "10-12%", "11", "percent", "percent"),
    ("some 5,000 euros", "5,000 euros", "5000", "EUR", "money"),
    ("Fees of 35 lakh rupees", "35 lakh rupees", "3500000", "INR", "money"),
    ("a third of households", "a third", None, "percent", "percent"),
    ("twenty-one trillion won", "twenty-one trillion won", "21000000000000", "KRW", "money"),
    ("It employs 65,000 people.", "65,000", "65000", None, "number"),
    ("¥500 billion in loans", "¥500 billion", "500000000000", "JPY", "money"),
    ("a budget of Tk 6.8 trillion", "Tk 6.8 trillion", "6800000000000", "BDT", "money"),
    ("fares of ৳450 a seat", "৳450", "450", "BDT", "money"),
    # a plural scale word, as translated copy writes it
    ("Guests rose to 3.4 millions.", "3.4 millions", "3400000", None, "number"),
]


@pytest.mark.parametrize("text,written,value,unit,kind", CASES)
def test_news_figures(text, written, value, unit, kind):
    found = [f for f in find_quantities(text) if f.kind not in ("year", "date")]
    match = next(f for f in found if text[f.start : f.end] == written)
    assert match.kind == kind
    if value is not None:
        assert match.value == Decimal(value)
    if unit is not None:
        assert (match.currency or match.unit) == unit
    parse_value(claim_value(match)[0])  # every drafted value reads


@pytest.mark.parametrize(
    "text,kind",
    [
        ("the 13th Five-Year Plan", "ordinal"),
        ("in 2021", "year"),
        ("during 2016-2021", "period"),
        ("the 14th Five-Year Plan (2021-25)", "period"),
        ("on November 23, 2023", "date"),
        ("COVID-19 cases", "identifier"),
        ("open 24/7", "code"),
        ("at 2 pm", "time"),
    ],
)
def test_not_figures_are_tagged(text, kind):
    assert kind in {f.kind for f in find_quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        "shipped 8.4 million parcels, 5% more than the 8 million of 2022",
        "shipped 7.6 million parcels, 5 per cent fewer than the 8 million of 2022",
        "sold three times as many as the 8 million of 2022",
        "shipped 8.4 million parcels, a 5% increase over the 8 million of 2022",
        "shipped 7.6 million parcels, a decline over 8 million in 2022",
    ],
)
def test_a_comparison_after_a_rate_or_multiple_is_no_bound_of_the_next_figure(text):
    [base] = [f for f in find_quantities(text) if f.text == "8 million"]
    assert base.qualifier is None


def test_over_after_a_verb_is_still_a_bound():
    [figure] = [f for f in find_quantities("parcels rose to over 8 million") if f.value]
    assert figure.qualifier == "over"


def test_glued_names_are_not_figures():
    assert [f.kind for f in find_quantities("5G base stations and L2 caches")] == []


def test_qualifiers_are_read():
    found = find_quantities("more than 280,000 firms, nearly 30% and up to $5 million")
    assert [f.qualifier for f in found] == ["more than", "nearly", "up to"]
    assert [claim_value(f)[0] for f in found] == [
        "more than 280,000 firms",
        "nearly 30%",
        "up to $5 million",
    ]


def test_from_to_is_a_change_not_a_range():
    found = find_quantities("It rose from 5 to 7 percent.")
    assert [(f.value, f.unit) for f in found] == [(Decimal(5), "percent"), (Decimal(7), "percent")]


def test_numbers_inside_urls_are_ignored():
    assert find_quantities("see https://example.com/?q=30%25&page=2 now") == []


# --- properties --------------------------------------------------------------------------


@st.composite
def news_numbers(draw):
    """(written number, exact value): digits with separators and decimals as news writes them."""
    integer = draw(st.integers(min_value=1, max_value=999_999))
    decimals = draw(st.integers(min_value=0, max_value=3))
    fraction = draw(st.integers(min_value=0, max_value=10**decimals - 1)) if decimals else 0
    grouped = draw(st.booleans())
    head = f"{integer:,}" if grouped else str(integer)
    written = f"{head}.{fraction:0{decimals}d}" if decimals else head
    return written, Decimal(written.replace(",", ""))


FORMATS = [
    ("{n}", Decimal(1), None),
    ("{n} billion", Decimal(10) ** 9, None),
    ("${n}bn", Decimal(10) ** 9, "USD"),
    ("{n} per cent", Decimal(1), "percent"),
    ("RMB {n} trillion", Decimal(10) ** 12, "CNY"),
    ("{n} million yuan", Decimal(10) ** 6, "CNY"),
    ("€{n}m", Decimal(10) ** 6, "EUR"),
    ("{n}%", Decimal(1), "percent"),
    ("US${n} million", Decimal(10) ** 6, "USD"),
    ("{n} percentage points", Decimal(1), "percentage_point"),
]


@given(news_numbers(), st.sampled_from(FORMATS), st.sampled_from(["", "about ", "more than "]))
def test_any_news_number_reads_back_with_its_value_and_precision(number, fmt, qualifier):
    written, value = number
    template, scale, unit = fmt
    # A bare 1800-2100 with no unit is read as a year (a period), by design.
    assume(
        not (
            unit is None
            and scale == 1
            and not qualifier
            and written.isdigit()
            and 1800 <= int(written) <= 2100
        )
    )
    figure = qualifier + template.format(n=written)
    text = f"The figure was {figure} last year."
    found = [f for f in find_quantities(text) if f.kind != "year"]
    assert len(found) == 1, found
    item = found[0]
    assert text[item.start : item.end] in figure
    assert item.value == value * scale
    if unit:
        assert (item.currency or item.unit) == unit
    stated = parse_value(claim_value(item)[0])
    assert stated.number == value * scale
    expected_step = parse_value(template.format(n=written)).step
    assert stated.step == expected_step


@given(
    st.text(alphabet=st.sampled_from(list("0123456789 ,.%$€£-abcyuanbillion()\n万亿")), max_size=80)
)
def test_spans_always_point_into_the_text(text):
    for item in find_quantities(text):
        assert text[item.start : item.end] == item.text
        assert 0 <= item.start < item.end <= len(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Fares went up by a third to 4.80 euros.", ["a third", "4.80 euros"]),
        ("Sales fell by a quarter to 300,000 cars.", ["a quarter", "300,000"]),
        ("Between a third and a half of voters stayed home.", ["a third and a half"]),
    ],
)
def test_a_spelled_fraction_and_a_number_are_two_figures_not_a_range(text, expected):
    assert [f.text for f in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("They agreed a $4.5-billion merger.", "$4.5-billion", "4500000000"),
        ("A 2-trillion-yuan stimulus was announced.", "2-trillion-yuan", "2000000000000"),
        ("Public debt hit £2.6tr.", "£2.6tr", "2600000000000"),
        ("Loans reached 3.1tr yuan.", "3.1tr yuan", "3100000000000"),
    ],
)
def test_a_scale_word_joined_by_a_hyphen_or_written_tr_keeps_its_factor(text, written, value):
    found = next(f for f in find_quantities(text) if f.text == written)
    assert found.value == Decimal(value)


def test_a_falling_pair_joined_by_to_is_two_figures_not_a_range():
    # A range is written low to high; high to low is where a change went.
    assert [f.text for f in find_quantities("Banks cut rates 6% to 4.5%.")] == ["6%", "4.5%"]
    assert [f.text for f in find_quantities("Rates of 4.5% to 6% apply.")] == ["4.5% to 6%"]


def test_a_year_like_number_with_a_scale_word_is_an_amount():
    found = find_quantities("Reserves were 1900 billion in 2021.")
    assert [(f.text, f.kind) for f in found] == [("1900 billion", "number"), ("2021", "year")]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares rose 14 percent over 2019.",
        "Output was 2.1 times the level over 2015, the report said.",
        "Sales were up 9% over the 2020 levels.",
    ],
)
def test_over_a_year_after_a_change_names_the_base_year(text):
    found = find_quantities(text)
    assert [f.kind for f in found if f.text[-4:].isdigit() and f.text[-4:-2] in ("19", "20")] == [
        "year"
    ]


@pytest.mark.parametrize(
    "text", ["Attendance was over 2019 on the first night.", "It hired over 2015 workers."]
)
def test_over_a_year_like_number_elsewhere_stays_a_count(text):
    (found,) = find_quantities(text)
    assert found.kind != "year" and found.qualifier


@pytest.mark.parametrize(
    "text",
    [
        "a net inflow of 12 in June (1912 arriving, 1900 leaving)",
        "Of the 1950 emigrating, most went by sea.",
        "a net outflow of 18 (1912 in, 1930 out)",
        "for the year – 1923 in (12,508 last year), 1908 out (1850)",
    ],
)
def test_a_year_like_number_of_people_moving_is_a_count(text):
    found = find_quantities(text)
    assert [f.kind for f in found if f.text[:2] == "19"] and all(
        f.kind == "number" for f in found if f.text[:2] == "19"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Flights resumed in 2021 leaving fares high.",
        "She was elected in 2019 in, she said, a landslide.",
    ],
)
def test_a_year_before_other_words_stays_a_year(text):
    assert [f.kind for f in find_quantities(text)] == ["year"]


def test_a_number_written_n_odd_is_approximate_and_keeps_its_scale():
    found = find_quantities("The fund lent 480-odd million euros.")
    assert [(f.text, f.value, f.qualifier) for f in found] == [
        ("480-odd million euros", Decimal(480_000_000), "about")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Revenue and costs were N12.5 and N9.75 billion.", ["12500000000", "9750000000"]),
        ("Sales were $4 and $6.5 million.", ["4000000", "6500000"]),
        ("They paid $4 and $6 a head.", ["4", "6"]),  # no scale word to share
    ],
)
def test_one_scale_word_serves_both_amounts_of_a_pair(text, expected):
    assert [str(f.value.normalize()) for f in find_quantities(text)] == [
        str(Decimal(v).normalize()) for v in expected
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Membership grew by 2,400 to 51,900.", ["2,400", "51,900"]),
        ("The shortfall widened by $3 billion to $41 billion.", ["$3 billion", "$41 billion"]),
        ("Fares will be cut by 8 to 10 percent.", ["8 to 10 percent"]),
        # the unit written once, but a level forty times the change
        ("The herd kept growing, adding 850 to 36,240 head.", ["850", "36,240"]),
        ("Stocks ended lower, falling 700 to 28,350 tonnes.", ["700", "28,350 tonnes"]),
        ("Crowds of 700 to 2,350 people were counted.", ["700 to 2,350"]),
    ],
)
def test_after_by_a_change_and_the_level_it_reached_are_not_a_range(text, expected):
    assert [f.text for f in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Seats cost $8 and $2.5 million went on repairs.", ["8", "2500000"]),
        ("A day pass is $30 or $2 million for the season.", ["30", "2000000"]),
        ("Costs rose by 4 to 9 percent.", ["6.5"]),  # one percent sign: a range
        ("Losses of -2% to -6% were seen.", ["-4"]),  # a range written by size
    ],
)
def test_a_scale_word_or_a_range_is_shared_only_by_a_pair(text, expected):
    assert [str(f.value.normalize()) for f in find_quantities(text)] == [
        str(Decimal(v).normalize()) for v in expected
    ]


@pytest.mark.parametrize(
    "text,written,value,step,claim",
    [
        (
            "Earnings of the sector came to 38,17.5 billion yuan.",
            "38,17.5 billion yuan",
            "3817500000000",
            "100000000",
            "3,817.5 billion yuan",
        ),
        (
            "The fund holds 5,06.25 million dollars.",
            "5,06.25 million dollars",
            "506250000",
            "10000",
            None,
        ),
    ],
)
def test_a_grouping_comma_before_a_decimal_point_is_one_number(text, written, value, step, claim):
    found = [f for f in find_quantities(text) if f.text == written]
    assert found, find_quantities(text)
    assert found[0].value == Decimal(value)
    written_back = claim_value(found[0])[0]
    stated = parse_value(written_back)
    # The precision is still that of the written decimals.
    assert (stated.number, stated.step) == (Decimal(value), Decimal(step))
    if claim is not None:
        assert written_back == claim


@pytest.mark.parametrize(
    "text,first,second",
    [
        ("Scores were 12, 47.5 and 80.", "12", "47.5"),  # a list writes a space
        ("In 2021, 47.5% said yes.", "2021", "47.5%"),
        ("Rates of 3,4.5 and 6 were quoted.", "3", "4.5"),  # one digit after the comma
    ],
)
def test_a_comma_followed_by_a_space_or_one_digit_does_not_join_numbers(text, first, second):
    joined = text[text.index(first) : text.index(second) + len(second)]
    assert all(joined not in f.text for f in find_quantities(text))
    assert first in [f.text for f in find_quantities(text)]


@pytest.mark.parametrize(
    "text, start",
    [
        ("Profit fell to 2.1 billion euros from 2.6 billion.", "2.6 billion euros"),
        ("Revenue rose to $7.4 billion, up from 6.9 billion.", "$6.9 billion"),
        ("Output reached 3.2 million tonnes, up from 2.9 million.", "2.9 million tonnes"),
    ],
)
def test_a_start_written_without_its_unit_takes_the_end_s(text, start):
    found = [f for f in find_quantities(text) if f.value]
    assert claim_value(found[-1])[0] == start


@pytest.mark.parametrize(
    "text",
    ["Revenue rose to $7.4 billion from 6.9.", "Revenue rose to $7.4 billion from 48 stores."],
)
def test_a_start_without_a_scale_or_with_a_noun_stays_as_written(text):
    found = [f for f in find_quantities(text) if f.value]
    assert found[-1].currency is None


def test_over_after_a_level_before_an_earlier_figure_names_the_base():
    from audit.extract import find_quantities

    text = "Visits grew 9 percent to 1,308,000, over 1,200,000 recorded in the previous year."
    [base] = [f for f in find_quantities(text) if f.text.endswith("1,200,000")]
    assert base.qualifier is None and base.text == "1,200,000"
    # a bound stays a bound: "over 40,000" with nothing of an earlier period after it
    text = "Attendance reached 41,000, over 40,000 for the first time."
    [bound] = [f for f in find_quantities(text) if f.text.endswith("40,000")]
    assert bound.qualifier is not None


def test_over_before_a_figure_of_no_earlier_period_stays_a_bound():
    from audit.extract import find_quantities

    text = "The firm has 3,000 staff, over 200 reported sick on Monday."
    [bound] = [f for f in find_quantities(text) if f.text.endswith("200")]
    assert bound.qualifier is not None


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("up 2.4 index points or a percentage of 1.9 on the month", "percent", "1.9 percent"),
        ("a percentage of 1.9, the bureau said", "percent", "1.9 percent"),
        ("a percentage of 20 pupils in each class", "number", "20 pupils"),
        ("up 2.4 index points on the month", "measure", "2.4 point"),
    ],
)
def test_statistical_release_wording_is_read(text, kind, value):
    found = [f for f in find_quantities(text) if f.text[:2] in ("1.", "20", "2.")][-1]
    assert (found.kind, claim_value(found)[0]) == (kind, value)


def test_two_groups_of_thousands_after_a_plain_space_are_one_number_where_the_text_writes_so():
    text = "Ward A counted 1 204 118 ballots: Ms Obi 612 430 votes and Mr Dlamini 591 688."
    assert [f.text for f in find_quantities(text)] == ["1 204 118", "612 430", "591 688"]
    assert [f.value for f in find_quantities(text)][1:] == [612430, 591688]
    # With comma thousands elsewhere, a plain space keeps two numbers apart.
    mixed = "Ward A counted 1,204,118 ballots: lists 612 430 and 591 688."
    assert "612 430" not in [f.text for f in find_quantities(mixed)]


def test_a_two_group_number_after_a_comma_is_read_whole_where_the_text_writes_so():
    text = "Of the 2 118 400 voters, 1 304 118 voted; of those, 604 221 chose Ms Obi."
    assert [f.value for f in find_quantities(text)] == [2118400, 1304118, 604221]
