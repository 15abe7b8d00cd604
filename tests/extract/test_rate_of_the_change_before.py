"""A rate in its own sentence after a change stated without one ("That was an increase of R",
"That is a R month-on-month rise") is that change's rate."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.snippets import audit_snippet, roles_by_name


@pytest.mark.parametrize(
    "rate_sentence,verdict",
    [
        ("That is a 4.2% month-on-month increase.", "consistent"),
        ("That was an increase of 4.2 percent.", "consistent"),
        ("This represents a 6.2 percent rise.", "inconsistent"),
    ],
)
def test_the_rate_after_is_the_rate_of_the_change_before(tmp_path: Path, rate_sentence, verdict):
    text = (
        f"Depots\n\nStock at the depots rose from 84,100 tonnes to 87,600 tonnes. {rate_sentence}\n"
    )
    growth = [f for f in audit_snippet(tmp_path, "depots", text) if f.kind == "growth"]
    assert [f.status for f in growth] == [verdict]


def test_a_fall_after_it_is_negative():
    text = "Depots\n\nStock fell from 87,600 tonnes to 84,100 tonnes. That was a 4 percent drop.\n"
    [growth] = roles_by_name(text, "growth")
    assert growth["rate"] == "-4 percent"


@pytest.mark.parametrize(
    "text",
    [
        # Two changes before: the words do not say which.
        "Wheat stock rose from 84,100 tonnes to 87,600 tonnes and rice stock from 41,000 "
        "tonnes to 43,800 tonnes. That is a 4.2% increase.",
        # A share, not a change.
        "Stock rose from 84,100 tonnes to 87,600 tonnes. That is a 12 percent share of the "
        "national reserve.",
    ],
)
def test_no_rate_is_given_where_the_words_do_not_say_whose(text):
    assert all("rate" not in r for r in roles_by_name("Depots\n\n" + text + "\n", "growth"))
