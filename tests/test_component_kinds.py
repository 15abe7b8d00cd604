"""Properties of the new aggregate and compounding kinds: figures computed from
consistent inputs and rounded pass; a stated rate moved well beyond its precision fails."""

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from audit.rule_examples import check_roles
from audit.rules.rule_files import load_rules

RULES = {r.id: r for r in load_rules()}
levels = st.lists(
    st.decimals(min_value=Decimal("10.0"), max_value=Decimal("999.9"), places=1),
    min_size=2,
    max_size=4,
)
rates = st.decimals(min_value=Decimal("-20.0"), max_value=Decimal("40.0"), places=1)


def _aggregate(values: list[Decimal], growth: list[Decimal]) -> Decimal:
    earlier = sum(v / (1 + g / 100) for v, g in zip(values, growth, strict=True))
    return (sum(values) / earlier - 1) * 100


def _check(values, growth, total_rate):
    return check_roles(
        RULES["aggregate.growth_mismatch"],
        {
            "rate": f"{total_rate:.1f}%",
            "levels": [f"{v} billion" for v in values],
            "rates": [f"{g}%" for g in growth],
        },
    )


@given(levels, st.data())
def test_a_total_rate_from_its_components_is_consistent(values, data):
    growth = [data.draw(rates) for _ in values]
    assert _check(values, growth, _aggregate(values, growth)).status == "consistent"


@given(levels, st.data(), st.sampled_from([Decimal(-3), Decimal(3)]))
def test_a_total_rate_three_points_off_is_inconsistent(values, data, shift):
    growth = [data.draw(rates) for _ in values]
    result = _check(values, growth, _aggregate(values, growth) + shift)
    assert result.status == "inconsistent"


def test_a_component_without_its_rate_leaves_the_total_unverifiable():
    result = check_roles(
        RULES["aggregate.growth_mismatch"],
        {"rate": "5.5%", "levels": ["540 billion", "360 billion"], "rates": ["8.0%"]},
    )
    assert result.status == "unverifiable"
    assert "no counterpart" in result.detail


def test_components_in_different_currencies_are_unverifiable():
    result = check_roles(
        RULES["aggregate.growth_mismatch"],
        {"rate": "5.5%", "levels": ["540 billion yuan", "$360 billion"], "rates": ["8%", "2%"]},
    )
    assert result.status == "unverifiable"


sides = st.decimals(min_value=Decimal("100.0"), max_value=Decimal("999.9"), places=1)


def _difference(a, a_rate, b, b_rate):
    return ((a - b) / (a / (1 + a_rate / 100) - b / (1 + b_rate / 100)) - 1) * 100


def _check_difference(a, a_rate, b, b_rate, rate):
    return check_roles(
        RULES["difference.growth_mismatch"],
        {
            "a": f"{a} billion",
            "a_rate": f"{a_rate}%",
            "b": f"{b} billion",
            "b_rate": f"{b_rate}%",
            "rate": f"{rate:.1f}%",
        },
    )


@given(sides, st.floats(min_value=0.1, max_value=0.8), rates, rates)
def test_a_surplus_growth_from_both_sides_is_consistent(a, ratio, a_rate, b_rate):
    b = (a * Decimal(ratio)).quantize(Decimal("0.1"))
    assume(a / (1 + a_rate / 100) > b / (1 + b_rate / 100) * Decimal("1.2"))
    result = _check_difference(a, a_rate, b, b_rate, _difference(a, a_rate, b, b_rate))
    assert result.status == "consistent"


@given(
    sides,
    st.floats(min_value=0.1, max_value=0.5),
    rates,
    rates,
    st.sampled_from([Decimal(-20), Decimal(20)]),
)
def test_a_surplus_growth_far_off_is_inconsistent(a, ratio, a_rate, b_rate, shift):
    b = (a * Decimal(ratio)).quantize(Decimal("0.1"))
    assume(a / (1 + a_rate / 100) > b / (1 + b_rate / 100) * Decimal("1.5"))
    result = _check_difference(a, a_rate, b, b_rate, _difference(a, a_rate, b, b_rate) + shift)
    assert result.status == "inconsistent"


cumulative = st.decimals(min_value=Decimal("-40.0"), max_value=Decimal("300.0"), places=1)


@given(cumulative, st.integers(min_value=2, max_value=15))
def test_an_annual_rate_compounded_from_the_cumulative_change_is_consistent(change, years):
    rate = ((1 + change / 100) ** (Decimal(1) / years) - 1) * 100
    result = check_roles(
        RULES["cagr.cumulative_mismatch"],
        {"rate": f"{rate:.1f}%", "change": f"{change}%", "years": str(years)},
    )
    assert result.status == "consistent"


@given(
    cumulative,
    st.integers(min_value=2, max_value=15),
    st.sampled_from([Decimal("-0.5"), Decimal("0.5")]),
)
def test_an_annual_rate_half_a_point_off_is_inconsistent(change, years, shift):
    rate = ((1 + change / 100) ** (Decimal(1) / years) - 1) * 100 + shift
    result = check_roles(
        RULES["cagr.cumulative_mismatch"],
        {"rate": f"{rate:.2f}%", "change": f"{change}%", "years": str(years)},
    )
    assert result.status == "inconsistent"
