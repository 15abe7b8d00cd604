"""A rate after a from-to pair is the pair's growth unless it is said to be of something else
("a 9% increase in wages")."""

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import roles_by_name, roles_written


@pytest.mark.parametrize(
    "text,rate",
    [
        ("Rents are $1,090 a month, up from $1,000 a year ago, a 9% increase in rents.", "9%"),
        ("Turnover rose to $1,090 million from $1,000 million, a 9% increase in real terms.", "9%"),
        ("Turnover rose to $1,090 million from $1,000 million, marking a 9% rise.", "9%"),
    ],
)
def test_the_rate_of_the_pair(text, rate):
    assert [r for _, _, r, _ in roles_written(text, "growth", ("start", "end", "rate"))] == [rate]


def test_a_rate_said_to_be_of_something_else_is_not_the_pairs():
    text = "Rents are $1,090 a month, up from $1,000 a year ago, marking a 4% increase in wages."
    growths = [r for r in extract_claims(text, "x")["relations"] if r["kind"] == "growth"]
    assert len(growths) == 1 and "rate" not in growths[0]["roles"]  # left to be derived


@pytest.mark.parametrize(
    "text,rate",
    [
        ("Ferry crossings rose by only 0.5 percent from 12,040 to 12,100.", "0.5 percent"),
        ("Hotel stays grew by just 3% from 4,000 to 4,120.", "3%"),
        ("Bus trips fell by a mere 2% from 5,100 to 5,000.", "-2%"),
    ],
)
def test_an_emphasis_before_the_rate_keeps_it_the_pairs(text, rate):
    """ "by only R from A to B": the word that says the change was small is no other subject."""
    assert [r.get("rate") for r in roles_by_name(text, "growth")] == [rate]
