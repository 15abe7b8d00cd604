import json

import pytest

from audit.claims.units import CACHE, build_cache, counted_per, names_a_unit, resolve
from audit.errors import InputError


def test_the_start_up_cache_matches_pint():
    # units.json is what start-up reads instead of pint; it must say what pint says.
    assert json.loads(CACHE.read_text(encoding="utf-8")) == json.loads(json.dumps(build_cache()))


def test_currencies_are_dimensions_of_their_own():
    assert resolve("yuan").dimension != resolve("US dollars").dimension
    assert resolve("RMB").currency == "CNY"
    assert resolve("USD").currency == "USD"


def test_percentage_points_are_not_percent():
    assert resolve("percentage points").dimension != resolve("percent").dimension


def test_compound_units():
    unit = resolve("yuan per person")
    assert unit.currency == "CNY" and unit.factor == 1.0


def test_the_ecb_file_is_the_one_currency_converter_ships():
    from pathlib import Path

    from currency_converter import CURRENCY_FILE

    from audit.reference.rates import _currency_file

    assert _currency_file().resolve() == Path(CURRENCY_FILE).resolve()


def test_a_rate_per_a_round_number_of_things():
    per_thousand = resolve("per 1,000 people")
    assert per_thousand.dimension == "" and per_thousand.factor == pytest.approx(1e-3)
    nurses = resolve("nurses per 10,000 residents")
    assert nurses.dimension == resolve("nurses").dimension
    assert nurses.factor == pytest.approx(1e-4)
    assert counted_per("per 1,000 people") == ("[count_person]", "people")
    assert resolve("deaths per 100,000").factor == pytest.approx(1e-5)
    with pytest.raises(InputError, match="divides by zero"):
        resolve("per 0 people")
    with pytest.raises(InputError, match="unknown unit"):
        resolve("per day")  # a daily figure of a plain total is not a rate of its own


def test_gadget_and_index_units():
    assert resolve("GB").factor == 1000 * resolve("MB").factor
    assert resolve("hp").dimension == resolve("kW").dimension
    assert resolve("GHz").dimension == "[time]^-1"
    assert resolve("bps").name == "basis_point"  # never bits per second
    # points are a count of their own: a bare level meets them, workers never do
    assert resolve("points").dimension == "[count_point]" != resolve("workers").dimension


def test_units_are_not_counted_things():
    assert names_a_unit("dollars") and names_a_unit("tonnes") and names_a_unit("years")
    assert not names_a_unit("workers") and not names_a_unit("kiosks")
