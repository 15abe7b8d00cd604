"""A forecast set against a stated fact in words ("expected to decline by 1.1 percent to 9.4
percent, compared to 10.5 percent this year"): the phrasing reads the fact as the start."""

from __future__ import annotations

from tests.extract.snippets import roles_by_name

HEAD = "Published: 2024-06-10\n\nHeadline\n\n"


def _pp_changes(text: str) -> list[dict]:
    return roles_by_name(text, "pp_change")


def test_a_forecast_fall_compared_to_this_years_rate_starts_from_it():
    text = (
        HEAD + "Varro's debt as a share of output is expected to decline by 1.1 percent to 9.4 "
        "percent, compared to 10.5 percent this year.\n"
    )
    [change] = _pp_changes(text)
    assert (change["start"], change["end"]) == ("10.5 percent", "9.4 percent")


def test_a_fact_not_set_against_the_forecast_is_not_its_start():
    text = (
        HEAD + "Varro's debt as a share of output is expected to decline by 1.1 percent to 9.4 "
        "percent, while it was 10.5 percent in 2019.\n"
    )
    assert all(change.get("start") != "10.5 percent" for change in _pp_changes(text))
