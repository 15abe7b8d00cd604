"""Properties of the kinds that rebuild a figure from several components: figures computed from
consistent inputs and rounded pass; a stated rate moved well beyond its precision fails."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from audit.engine.examples import check_roles
from audit.rules.rule_files import load_rules

RULES = {r.id: r for r in load_rules()}
levels = st.lists(st.decimals(min_value=Decimal("10.0"), max_value=Decimal("999.9"), places=1),
                  min_size=2, max_size=4)
rates = st.decimals(min_value=Decimal("-20.0"), max_value=Decimal("40.0"), places=1)


def _aggregate(values: list[Decimal], growth: list[Decimal]) -> Decimal:
    earlier = sum(v / (1 + g / 100) for v, g in zip(values, growth, strict=True))
    return (sum(values) / earlier - 1) * 100


def _check(values, growth, total_rate):
    return check_roles(RULES["aggregate.growth_mismatch"], {
        "rate": f"{total_rate:.1f}%", "levels": [f"{v} billion" for v in values],
        "rates": [f"{g}%" for g in growth]})


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
    result = check_roles(RULES["aggregate.growth_mismatch"], {
        "rate": "5.5%", "levels": ["540 billion", "360 billion"], "rates": ["8.0%"]})
    assert result.status == "unverifiable"
    assert "no counterpart" in result.detail


def test_components_in_different_currencies_are_unverifiable():
    result = check_roles(RULES["aggregate.growth_mismatch"], {
        "rate": "5.5%", "levels": ["540 billion yuan", "$360 billion"], "rates": ["8%", "2%"]})
    assert result.status == "unverifiable"
