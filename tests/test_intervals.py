import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from audit import intervals as iv
from audit.rules.expr import compile_formula
from tests.strategies import interval_and_point, positive


def _contains(result: iv.Iv, value: float) -> bool:
    return bool(result.lo[0] <= value <= result.hi[0])


@given(interval_and_point(), interval_and_point())
def test_arithmetic_contains_the_true_value(a, b):
    (x, px), (y, py) = a, b
    assert _contains(iv.add(x, y), px + py)
    assert _contains(iv.sub(x, y), px - py)
    assert _contains(iv.mul(x, y), px * py)
    if not (y.lo[0] <= 0 <= y.hi[0]):
        assert _contains(iv.div(x, y), px / py)


@given(interval_and_point(positive), interval_and_point(st.floats(min_value=-5, max_value=5)))
def test_powers_contain_the_true_value(base, exponent):
    (x, px), (y, py) = base, exponent
    true = px**py
    assume(math.isfinite(true))
    assert _contains(iv.power(x, y), true)


@given(
    interval_and_point(positive),
    interval_and_point(positive),
    interval_and_point(st.floats(min_value=1, max_value=30)),
)
def test_a_compiled_formula_contains_the_value_from_any_inputs_inside(start, end, years):
    formula = compile_formula("((end / start) ** (1 / years) - 1) * 100", ["start", "end", "years"])
    result = formula.evaluate({"start": start[0], "end": end[0], "years": years[0]})
    true = ((end[1] / start[1]) ** (1 / years[1]) - 1) * 100
    assume(math.isfinite(true))
    assert _contains(result, true)


def test_division_by_an_interval_around_zero_is_anything():
    result = iv.div(iv.Iv.point(1.0), iv.Iv(np.array([-1.0]), np.array([1.0])))
    assert result.lo[0] == -np.inf and result.hi[0] == np.inf


def test_half_open_stated_interval_does_not_meet_its_open_end():
    computed = iv.Iv(np.array([7.85]), np.array([7.9]))
    meets = iv.overlap(
        np.array([7.75]), np.array([7.85]), np.array([False]), np.array([True]), computed
    )
    assert not meets[0]


def test_more_than_excludes_the_bound():
    computed = iv.Iv.point(np.array([30.0]))
    meets = iv.overlap(
        np.array([30.0]), np.array([np.inf]), np.array([True]), np.array([False]), computed
    )
    assert not meets[0]


@pytest.mark.parametrize(
    "formula, problem",
    [
        ("foo(part)", "unknown function"),
        ("part.real", "attribute"),
        ("'a'", "constant"),
        ("lambda: 1", "lambda"),
        ("secret + 1", "unknown name"),
        ("part +", "not valid"),
        ("part < whole < 3", "chained"),
        ("min(part)", "takes 2"),
    ],
)
def test_formulas_outside_the_language_are_refused(formula, problem):
    from audit.errors import InputError

    with pytest.raises(InputError, match=problem):
        compile_formula(formula, ["part", "whole"])


def test_caret_is_a_power():
    result = compile_formula("x ^ 2", ["x"]).evaluate({"x": iv.Iv.point(np.array([3.0]))})
    assert _contains(result, 9.0)
