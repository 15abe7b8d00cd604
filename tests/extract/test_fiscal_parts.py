"""Parts of a total as fiscal and trade releases write them: the central and local shares of
revenue, a level and its year-ago base, rates of change listed "respectively"."""

from __future__ import annotations

from tests.extract.snippets import figure_written, roles_written, totals_and_parts

HEAD = "Published: 2024-06-10\n\nHeadline\n\n"


def test_a_unit_written_once_after_a_list_is_every_members():
    text = "exports of tea, wool and copper rose 4.5, 12.1 and 7.7 percent respectively"
    for written in ("4.5", "12.1"):
        assert figure_written(text, written).kind == "percent"


def test_a_figure_before_a_comma_and_a_percent_is_no_member_of_a_list():
    text = "Visitors rose to 1,200, 5 percent more than a year before."
    assert figure_written(text, "1,200").kind == "number"


def test_growth_rates_listed_under_of_which_are_no_parts_of_a_rate():
    text = (
        HEAD + "By category, the retail sales of tea, wool and copper increased 4.5, 12.1 and "
        "7.7 percent respectively. Of which, the retail sales of green tea, black tea, fine "
        "wool and scrap went up by 3.2, 6.4, 2.2 and 9.9 percent, respectively.\n"
    )
    assert totals_and_parts(text, "partial_sum") == []


YEAR_AGO = (
    HEAD + "Tin exports were valued at USD 4.4 billion during March 2024 which was 10 per cent "
    "higher than tin exports valued at USD 4.0 billion in March 2023. Non-tin exports were "
    "estimated at USD 15.0 billion in March.\n"
)


def test_a_year_ago_level_is_the_base_of_a_growth_not_a_part():
    assert totals_and_parts(YEAR_AGO, "sum") == []
    assert roles_written(YEAR_AGO, "growth", ("end", "rate", "start")) == [
        ("USD 4.4 billion", "10 per cent", "USD 4.0 billion", "medium")
    ]


def test_a_part_of_another_year_is_no_part_of_the_total():
    text = (
        HEAD + "Tin exports were valued at USD 4.4 billion during March 2024, while tin exports "
        "were valued at USD 4.0 billion in March 2023. Non-tin exports were estimated at USD "
        "15.0 billion in March.\n"
    )
    assert totals_and_parts(text, "sum") == []
