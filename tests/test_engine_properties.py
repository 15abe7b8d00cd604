"""Properties of the engine on generated relations: consistent figures pass, figures moved
beyond their stated precision fail, and the verdict does not depend on the unit written."""

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from audit.claims.claims_file import Article, Claim, Fill, Relation
from audit.claims.periods import parse_period
from audit.claims.values import parse_value
from audit.engine import evaluate as engine
from audit.engine.tables import build_tables
from audit.reference import rate_windows, rates
from audit.rule_examples import check_roles
from audit.rules.rule_files import load_rules

RULES = {r.id: r for r in load_rules()}
amounts = st.decimals(min_value=Decimal("1.00"), max_value=Decimal("999.99"), places=2)


def _round(value: Decimal, places: int) -> str:
    return f"{value.quantize(Decimal(1).scaleb(-places))}"


@given(amounts, amounts, st.integers(min_value=1, max_value=3))
def test_a_share_computed_and_rounded_is_consistent(part, extra, places):
    whole = part + extra
    share = part / whole * 100
    result = check_roles(
        RULES["share.mismatch"],
        {
            "part": f"{part} billion yuan",
            "whole": f"{whole} billion yuan",
            "share": f"{_round(share, places)}%",
        },
    )
    assert result.status == "consistent"


@given(
    amounts,
    amounts,
    st.integers(min_value=1, max_value=3),
    st.sampled_from([Decimal("1.5"), Decimal("0.6")]),
)
def test_a_share_moved_well_beyond_its_precision_is_inconsistent(part, extra, places, factor):
    whole = part + extra
    share = part / whole * 100 * factor
    # Moved by more than the rounding of the share and of its recomputation together.
    assume(abs(share - part / whole * 100) > Decimal(2) * Decimal(1).scaleb(-places))
    result = check_roles(
        RULES["share.mismatch"],
        {
            "part": f"{part} billion yuan",
            "whole": f"{whole} billion yuan",
            "share": f"{_round(share, places)}%",
        },
    )
    assert result.status == "inconsistent"


@given(amounts, amounts)
def test_verdicts_do_not_depend_on_the_scale_word(start, end):
    rate = _round((end / start - 1) * 100, 1)
    in_billions = check_roles(
        RULES["growth.mismatch"],
        {"start": f"{start} billion yuan", "end": f"{end} billion yuan", "rate": f"{rate}%"},
    )
    in_millions = check_roles(
        RULES["growth.mismatch"],
        {
            "start": f"{start * 1000} million yuan",
            "end": f"{end * 1000} million yuan",
            "rate": f"{rate}%",
        },
    )
    assert in_billions.status == in_millions.status == "consistent"


@given(amounts, st.integers(min_value=2006, max_value=2025), st.integers(min_value=1, max_value=12))
def test_a_conversion_at_the_months_rate_round_trips(amount, year, month):
    period = f"{year}-{month:02d}"
    low, high = rates.rate_range("CNY", "USD", parse_period(period))
    rate = Decimal(str((low + high) / 2))
    dollars = amount / rate
    result = check_roles(
        RULES["conversion.implausible_rate"],
        {"amount": f"{amount} billion yuan", "converted": f"${dollars:.3f} billion"},
        rate_period=period,
    )
    assert result.status == "consistent"
    back = dollars * rate
    assert abs(back - amount) <= Decimal("0.01")


def test_a_conversion_a_thousand_times_off_names_the_scale_word():
    result = check_roles(
        RULES["conversion.implausible_rate"],
        {"amount": "7.9 trillion yuan", "converted": "$1.11 billion"},
        rate_period="2022-11",
    )
    assert result.status == "inconsistent"
    assert "billion written for trillion" in result.detail


def test_percent_written_for_percentage_points_is_named():
    result = check_roles(RULES["pp.change_mismatch"], {"start": "5%", "end": "7%", "change": "2%"})
    assert result.status == "inconsistent"
    assert "percentage points" in result.detail


def test_transposed_digits_are_named():
    result = check_roles(
        RULES["share.mismatch"],
        {"part": "35 billion yuan", "whole": "100 billion yuan", "share": "53%"},
    )
    assert result.status == "inconsistent"
    assert "transposed" in result.detail


@pytest.mark.parametrize("whole", ["0 yuan", "0.0 billion yuan"])
def test_a_zero_base_is_unverifiable_not_an_error(whole):
    result = check_roles(
        RULES["share.mismatch"], {"part": "5 billion yuan", "whole": whole, "share": "10%"}
    )
    assert result.status == "unverifiable"
    assert "zero" in result.detail


def test_different_currencies_cannot_be_compared_without_a_rate():
    roles = {"part": "$5 billion", "whole": "100 billion yuan", "share": "5%"}
    result = check_roles(RULES["share.mismatch"], roles)
    assert result.status == "unverifiable"
    assert "no date for the exchange rate" in result.detail
    # With a date, the yuan whole is converted: $5 billion is about a third of it, not 5%.
    result = check_roles(RULES["share.mismatch"], roles, rate_period="2022-11")
    assert result.status == "inconsistent"
    assert "wrong currency" in result.detail


def test_doubled_means_to_twice_not_by_twice():
    rule = RULES["multiple.mismatch"]
    from audit.claims.claims_file import Article, Claim, Fill, Relation
    from audit.claims.values import parse_value
    from audit.engine.evaluate import run
    from audit.engine.tables import build_tables

    def verdict(end: str) -> str:
        article = Article("a", "a.yaml")
        for claim_id, text in (("s", "10 billion yuan"), ("e", end), ("m", "doubled")):
            article.claims[claim_id] = Claim(claim_id, parse_value(text))
        article.relations.append(
            Relation(
                "r",
                "multiple",
                {
                    "start": (Fill("claim", "s"),),
                    "end": (Fill("claim", "e"),),
                    "multiple": (Fill("claim", "m"),),
                },
            )
        )
        tables = build_tables([article], {}, rate_windows.build([article], {}))
        return str(run(tables, [rule])["status"][0])

    assert verdict("20 billion yuan") == "consistent"
    assert verdict("30 billion yuan") == "inconsistent"


def test_a_per_capita_count_must_be_a_number():
    result = check_roles(
        RULES["per_capita.mismatch"],
        {"total": "2.4 billion yuan", "count": "1.2 million yuan", "per_capita": "2,000 yuan"},
    )
    assert result.status == "unverifiable"
    assert (
        check_roles(
            RULES["per_capita.mismatch"],
            {
                "total": "2.4 billion yuan",
                "count": "1.2 million",
                "per_capita": "2,000 yuan per capita",
            },
        ).status
        == "consistent"
    )


def test_basis_points_are_hundredths_of_a_percentage_point():
    assert (
        check_roles(
            RULES["pp.change_mismatch"],
            {"start": "4.50%", "end": "5.00%", "change": "50 basis points"},
        ).status
        == "consistent"
    )
    assert (
        check_roles(
            RULES["gap.rate_gap_mismatch"], {"higher": "5.25%", "lower": "5.00%", "gap": "25 bp"}
        ).status
        == "consistent"
    )


def test_a_fall_written_as_a_rise_is_named():
    result = check_roles(
        RULES["growth.mismatch"],
        {"start": "200 billion yuan", "end": "180 billion yuan", "rate": "10%"},
    )
    assert result.status == "inconsistent"
    assert "opposite sign" in result.detail


def test_the_engine_runs_on_tables_exchanged_through_pandas():
    # The engine's tables can come from a DataFrame engine partition by partition.
    from audit.engine.columns import Table
    from audit.engine.evaluate import run
    from audit.engine.tables import Tables, build_tables
    from audit.rule_examples import _article
    from audit.rules.rule_files import Example

    rule = RULES["share.mismatch"]
    example = Example(
        {"part": "7.9 trillion yuan", "whole": "101.36 trillion yuan", "share": "8.8%"}, 0
    )
    articles = [_article(rule, example, "a")]
    tables = build_tables(articles, {}, rate_windows.build(articles, {}))
    exchanged = Tables(
        *(Table.from_pandas(t.to_pandas()) for t in (tables.values, tables.relations, tables.fills))
    )
    direct, through = run(tables, [rule]), run(exchanged, [rule])
    assert list(direct["status"]) == list(through["status"]) == ["inconsistent"]


def test_a_sum_of_facts_holds_under_any_combination_of_their_vintages(tmp_path):
    from audit.pipeline import run_check

    claims = tmp_path / "sum.yaml"
    claims.write_text(
        "claims:\n  - {id: total, value: 216.28 trillion yuan}\n"
        "relations:\n  - kind: sum\n    roles:\n      total: total\n"
        "      parts: [{fact: china.gdp.2020}, {fact: china.gdp.2021}]\n",
        encoding="utf-8",
    )
    report, _ = run_check([claims])
    assert [f.status for f in report.findings()] == ["consistent"]


@pytest.mark.parametrize(
    "rule, roles, cause",
    [
        ("growth.mismatch", {"start": "100", "end": "125", "rate": "20%"}, "later value"),
        (
            "cagr.mismatch",
            {"start": "100", "end": "200", "years": "5", "rate": "20%"},
            "divided by the years",
        ),
        (
            "change.rate_mismatch",
            {"end": "5.1 trillion yuan", "change": "360 billion yuan", "rate": "7.1%"},
            "later value",
        ),
    ],
)
def test_a_known_wrong_formula_is_named(rule, roles, cause):
    result = check_roles(RULES[rule], roles)
    assert result.status == "inconsistent"
    assert cause in result.detail


def test_a_decimal_point_moved_one_place_is_named():
    result = check_roles(
        RULES["conversion.implausible_rate"],
        {"amount": "925 billion yuan", "converted": "$12.86 billion"},
        rate_period="2023-08",
    )
    assert result.status == "inconsistent"
    assert "decimal point moved one place" in result.detail


# (amount unit, converted unit, exact factor as a Decimal): kilometres per mile and so on.
UNIT_PAIRS = [
    ("miles", "km", Decimal("1.609344")),
    ("acres", "hectares", Decimal("0.40468564224")),
    ("tonnes", "lb", Decimal(1000) / Decimal("0.45359237")),
    ("imperial gallons", "litres", Decimal("4.54609")),
    ("kWh", "MJ", Decimal("3.6")),
]


@given(amounts, st.sampled_from(UNIT_PAIRS), st.integers(min_value=1, max_value=3))
def test_a_unit_conversion_rounded_is_consistent(amount, pair, places):
    unit, other, factor = pair
    result = check_roles(
        RULES["conversion.unit_mismatch"],
        {"amount": f"{amount} {unit}", "converted": f"{_round(amount * factor, places)} {other}"},
    )
    assert result.status == "consistent"


@given(amounts, st.sampled_from(UNIT_PAIRS), st.sampled_from([Decimal("1.05"), Decimal("0.95")]))
def test_a_unit_conversion_off_by_five_percent_is_inconsistent(amount, pair, off):
    unit, other, factor = pair
    result = check_roles(
        RULES["conversion.unit_mismatch"],
        {"amount": f"{amount} {unit}", "converted": f"{_round(amount * factor * off, 3)} {other}"},
    )
    assert result.status == "inconsistent"


@given(st.decimals(min_value=Decimal("-40.0"), max_value=Decimal("50.0"), places=1))
def test_celsius_to_fahrenheit_holds_with_the_offset(celsius):
    fahrenheit = celsius * Decimal("1.8") + 32
    result = check_roles(
        RULES["conversion.unit_mismatch"],
        {"amount": f"{celsius}C", "converted": f"{_round(fahrenheit, 1)}F"},
    )
    assert result.status == "consistent"


def test_a_level_under_a_bound_is_above_zero():
    # From under 3.2 trillion to 4.5 trillion in five years is at least 7.06% a year.
    rule = RULES["cagr.mismatch"]
    low = check_roles(
        rule, {"start": "under 3.2 trillion", "end": "4.5 trillion", "rate": "6.0%", "years": "5"}
    )
    high = check_roles(
        rule, {"start": "under 3.2 trillion", "end": "4.5 trillion", "rate": "8.0%", "years": "5"}
    )
    assert (low.status, high.status) == ("inconsistent", "consistent")


def test_a_change_under_a_bound_may_still_be_negative():
    result = check_roles(
        RULES["change.rate_mismatch"],
        {"end": "5.1 trillion", "change": "less than 360 billion", "rate": "-2%"},
    )
    assert result.status != "inconsistent"


def test_only_the_other_reading_holding_is_consistent_but_ambiguous():
    # The level is 42.5 times the base: 'to' holds, the literal 'by' does not.
    def article(reading):
        art = Article(f"a-{reading}", "x.yaml")
        for cid, text in (("s", "2.00 billion"), ("e", "85.0 billion"), ("m", "42.5 times")):
            art.claims[cid] = Claim(cid, parse_value(text))
        art.relations.append(
            Relation(
                "r",
                "multiple",
                {
                    role: (Fill("claim", ref=cid),)
                    for role, cid in (("start", "s"), ("end", "e"), ("multiple", "m"))
                },
                reading,
            )
        )
        return art

    articles = [article(None), article("by")]
    findings = engine.run(
        build_tables(articles, {}, rate_windows.build(articles, {})), [RULES["multiple.mismatch"]]
    )
    rows = {row.article: row for row in findings.rows()}
    open_reading, fixed = rows["a-None"], rows["a-by"]
    assert (open_reading.status, open_reading.ambiguous, open_reading.holding) == (
        "consistent",
        True,
        "to",
    )
    assert fixed.status == "inconsistent" and "reads the other way" in fixed.cause
