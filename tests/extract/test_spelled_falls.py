"""A fall written with a spelled number ("a decline of five percent") is checked as a fall, and
the other ways news words a change's rate: "a fall by a third", "That was, however, a drop of".
"""

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict, roles_by_name


@pytest.mark.parametrize(
    "text,rate",
    [
        ("The depot sent 4,400 vans. That was a decline of five percent from 4,630 vans.", "-5"),
        ("Bus trips fell twelve per cent to 4,400 from 5,000.", "-12"),
        ("The ferry carried 40 cars, a fall by a third from 61 cars in May.", "-a third"),
        ("The ferry carried 40 cars. That was, however, a drop of 34% from 61 cars.", "-34%"),
        ("Revenue was $410 million, an increase by 12% from $366 million.", "12%"),
        (
            "Milk output posted a 4.7% decline from 15 million litres to 14.3 million litres.",
            "-4.7%",
        ),
        (
            "Tea output saw a 4.7% fall from last year's record high of 15 million kilos to"
            " 14.3 million kilos.",
            "-4.7%",
        ),
    ],
)
def test_the_rate_is_the_changes_with_its_sign(text, rate):
    [growth] = roles_by_name(text, "growth")
    assert str(growth["rate"]).startswith(rate)


def test_a_spelled_fall_that_holds_passes(tmp_path):
    text = "Title\n\nThe depot sent 4,400 vans. That was a decline of five percent from 4,630.\n"
    assert_relation_verdict(tmp_path, "vans", text, "growth", "consistent")


def test_a_fraction_or_digits_keep_their_own_minus():
    drafted = extract_claims("Bus trips fell 12% to 4,400 from 5,000.", "x")
    [growth] = [r for r in drafted["relations"] if r["kind"] == "growth"]
    assert growth["roles"]["rate"]["value"] == "-12%"
