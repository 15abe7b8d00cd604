import json

from audit.claims.units import CACHE, build_cache, resolve


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
