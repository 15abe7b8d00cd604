"""An amount for one of the people counted, told by "each", "on average" or "an average of"
rather than "per person": in its sentence ("1.2 million visitors spending an average of 3,000
yuan each") or after a total and a count stated just before ("Shoppers numbered 300,000.
Each shopper spent about 8,000 yuan on average.")."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet


def _per_capita(tmp_path, body: str) -> list[str]:
    text = f"Published: 2024-10-08\n\nHoliday spending\n\n{body}\n"
    return [f.status for f in audit_snippet(tmp_path, "story", text) if f.kind == "per_capita"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "Visitors to the fair spent 4.8 billion yuan, with 1.6 million visitors spending an "
            "average of 3,000 yuan each.",
            "consistent",
        ),
        (
            "Visitors to the fair spent 4.8 billion yuan, with 1.6 million visitors spending an "
            "average of 2,000 yuan each.",
            "inconsistent",
        ),
        (
            "Outlet sales reached 1.80 billion yuan. Shoppers numbered 200,000. Each shopper "
            "spent about 9,000 yuan on average.",
            "consistent",
        ),
        (
            "Outlet sales reached 1.80 billion yuan. Shoppers numbered 200,000. Each shopper "
            "spent about 7,000 yuan on average.",
            "inconsistent",
        ),
    ],
)
def test_an_amount_each_of_the_people_counted(tmp_path, body, status):
    assert _per_capita(tmp_path, body) == [status]


def test_an_average_with_two_totals_before_links_nothing(tmp_path):
    body = (
        "Outlet sales reached 1.80 billion yuan and hotel takings 2.10 billion yuan. Shoppers "
        "numbered 200,000. Each shopper spent about 9,000 yuan on average."
    )
    assert _per_capita(tmp_path, body) == []


def test_an_average_each_day_is_no_amount_per_person(tmp_path):
    body = (
        "The lender has 12.5 million customers and earned an average of Sh40.2 million in "
        "profit each day or Sh1.7 million every hour."
    )
    assert _per_capita(tmp_path, body) == []
