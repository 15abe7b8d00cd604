"""A count of a named thing grows like an amount ("415 million trips, up 7.6%"), and its earlier
level may be stated for the same holiday a year before, named by the holiday."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_written

HOLIDAY = (
    "A total of 52 million trips were made across the island during the holiday, rising by "
    "{rate} percent year on year, the ministry said.\n\n"
    "Museums were busy.\n\n"
    "During the Easter holiday last year, 48 million trips were made.\n"
)


def _growth(text: str) -> list[tuple]:
    return roles_written(text, "growth", ("start", "end", "rate"))


def test_a_count_and_its_rate_take_the_earlier_count_of_the_holiday_last_year():
    [(start, end, rate, _)] = _growth(HOLIDAY.format(rate="8.3"))
    assert (start, rate) == ("48 million trips", "8.3 percent")
    assert "52 million trips" in end


def test_a_slipped_rate_of_a_count_fails(tmp_path):
    assert_relation_verdict(tmp_path, "trips", HOLIDAY.format(rate="8.3"), "growth", "consistent")
    slip = HOLIDAY.format(rate="12.3")
    assert_relation_verdict(tmp_path, "trips_slip", slip, "growth", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        # who adopted a rise, not a count that rose
        "The rise is below the 5 percent increase the state advised, which 84 councils adopted.",
        # a bare number is no level a rate is said of
        "The index rose 2 percent to 105.3.",
    ],
)
def test_a_count_is_grown_only_by_the_rate_written_with_it(text):
    assert [end for _, end, _, _ in _growth(text) if end and "84" in end] == []
