"""Two parts named by complementary qualifiers ("urban" and "rural", "domestic" and
"overseas") make up the total of their common name stated before them, of its period."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet, totals_and_parts

HEAD = "Updated: 2024-08-09\n\n"
TOTAL_THEN_PARTS = (
    HEAD + "Total household electricity use reached 412.6 million kilowatt hours in the half.\n"
    "Urban household electricity use was 301.2 million kilowatt hours, while rural household "
    "electricity use was {rural} million kilowatt hours.\n"
)


def _sums(text: str) -> list[tuple]:
    return totals_and_parts(text, "sum")


def test_urban_and_rural_parts_make_up_the_total_before_them():
    assert _sums(TOTAL_THEN_PARTS.format(rural="111.4")) == [
        (
            "412.6 million kilowatt hours",
            ["301.2 million kilowatt hours", "111.4 million kilowatt hours"],
            "low",
        )
    ]


def test_a_slip_in_one_part_is_inconsistent(tmp_path):
    text = TOTAL_THEN_PARTS.format(rural="121.4")
    [found] = [f for f in audit_snippet(tmp_path, "power", text) if f.kind == "sum"]
    assert found.status == "inconsistent"
    assert found.rule == "sum.mismatch"


def test_parts_of_one_month_are_not_parts_of_the_halfs_total():
    text = (
        HEAD + "Total household electricity use reached 412.6 million kilowatt hours in the "
        "half.\nIn June, urban household electricity use was 50.2 million kilowatt hours, "
        "while rural household electricity use was 19.4 million kilowatt hours.\n"
    )
    assert _sums(text) == []


def test_qualifiers_that_are_no_pair_do_not_make_a_whole():
    text = (
        HEAD + "Total household electricity use reached 412.6 million kilowatt hours.\n"
        "Urban household electricity use was 301.2 million kilowatt hours, while "
        "coastal household electricity use was 111.4 million kilowatt hours.\n"
    )
    assert _sums(text) == []


def test_domestic_and_overseas_parts_of_a_total_of_another_name_are_not_linked():
    text = (
        HEAD + "Total retail spending came to 52.1 billion euros.\n"
        "Domestic tourist spending was 30.0 billion euros, while overseas tourist spending "
        "was 22.1 billion euros.\n"
    )
    assert _sums(text) == []


def test_parts_of_a_narrower_thing_than_the_total_are_not_its_parts():
    text = (
        HEAD + "Total household electricity use reached 412.6 million kilowatt hours.\n"
        "Urban household electricity use in the capital was 301.2 million kilowatt hours, "
        "while rural household electricity use in the capital was 111.4 million kilowatt hours.\n"
    )
    assert _sums(text) == []


@pytest.mark.parametrize(
    ("second", "parts"),
    [
        (
            "Of these, 2,310 were passenger cars and 4,120 were commercial vehicles.",
            ["2,310", "4,120"],
        ),
        ("Of them, 3,340 were boys and 3,090 were girls.", ["3,340", "3,090"]),
    ],
)
def test_vehicle_and_pupil_halves_are_all_of_the_count(second, parts):
    text = HEAD + f"The region counted 6,430 of them last month.\n{second}\n"
    assert [(total, got) for total, got, _ in _sums(text)] == [("6,430", parts)]


def test_halves_with_a_remainder_named_after_them_are_not_all_of_the_total():
    text = HEAD + (
        "Vehicle sales rose to 16,500 units in May.\n"
        "Passenger car sales were 12,000 and commercial vehicle sales 3,000, with buses and "
        "tractors accounting for the remainder.\n"
    )
    assert _sums(text) == []


def test_a_figure_of_one_half_is_no_total_of_both():
    # "urban" names one half of the urban/rural pair: 1,450 is urban, never urban + rural
    text = HEAD + (
        "Electric urban bus orders climbed by 4.1 per cent to 1,450, while diesel urban bus "
        "orders fell 2.2 per cent to 610 units.\n\n"
        "Rural bus orders came to 380 units.\n"
    )
    assert all(total != "1,450" for total, _, _ in totals_and_parts(text, "sum"))
