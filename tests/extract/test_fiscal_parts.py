"""Parts of a total as fiscal and trade releases write them: the central and local shares of
revenue, a level and its year-ago base, rates of change listed "respectively"."""

from __future__ import annotations

from tests.extract.snippets import figure_written, totals_and_parts

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
