"""A whole said to be made of parts ("The proposed spending consists of A, which is P%, and B,
which is Q%"): each part's share is of the one amount the sentences before state for what the
sentence's subject names; a part given its own share is never the next part's whole."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet, roles_by_name

_BUDGET = (
    "Title\n\n"
    "The council plans total spending of $640.0 million next year.\n\n"
    "The planned spending, the treasurer said, consists of capital spending of $256.0 "
    "million, which is {capital} per cent, and running costs of $384.0 million, which is 60.0 "
    "per cent.\n"
)


def test_each_part_is_a_share_of_the_whole_stated_before():
    text = _BUDGET.format(capital="40.0")
    assert [(r["part"], r["whole"]) for r in roles_by_name(text, "share")] == [
        ("$256.0 million", "$640.0 million"),
        ("$384.0 million", "$640.0 million"),
    ]


@pytest.mark.parametrize(("capital", "slips"), [("40.0", 0), ("46.0", 1)])
def test_a_slip_in_a_parts_share_is_found(tmp_path, capital, slips):
    findings = audit_snippet(tmp_path, "budget", _BUDGET.format(capital=capital))
    statuses = [f.status for f in findings if f.kind == "share"]
    assert sorted(statuses) == sorted(["inconsistent"] * slips + ["consistent"] * (2 - slips))


@pytest.mark.parametrize(
    "text",
    [
        # the whole before names another thing than the subject
        "Title\n\nThe council collected revenue of $640.0 million last year.\n\n"
        "The planned spending consists of capital spending of $256.0 million, which is 40.0 "
        "per cent, and running costs of $384.0 million, which is 60.0 per cent.\n",
        # two amounts of the subject before: which one, the words do not say
        "Title\n\nSpending was $600.0 million last year and will be $640.0 million next "
        "year.\n\nThe planned spending consists of capital spending of $256.0 million, which "
        "is 40.0 per cent, and running costs of $384.0 million, which is 60.0 per cent.\n",
    ],
)
def test_no_one_whole_named_before_leaves_the_shares_alone(text):
    assert roles_by_name(text, "share") == []


def test_a_part_with_its_own_share_is_no_whole_of_the_next():
    text = (
        "Title\n\nThe plan consists of capital spending of $256.0 million, which is 40.0 per "
        "cent, and running costs of $384.0 million, which is 60.0 per cent.\n"
    )
    assert roles_by_name(text, "share") == []
