"""Growths told as parallel lists in one sentence ("fell R1 in May and R2 in June, to E1 and E2,
compared with S1 and S2"): one growth for each place in the lists."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

_LISTS = (
    "Title\n\nFerry crossings dropped by {may} percent in May and 2.0 percent in June, to 48,510 "
    "and 52,920, compared with 49,500 and 54,000 a year earlier.\n"
)


def _parallel(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (values[r["roles"]["start"]], values[r["roles"]["end"]], r["roles"]["rate"]["value"])
        for r in drafted["relations"]
        if "parallel lists" in r.get("note", "")
    ]


def test_each_rate_takes_its_own_pair_in_order():
    assert _parallel(_LISTS.format(may="2.0")) == [
        ("49,500", "48,510", "-2.0 percent"),
        ("54,000", "52,920", "-2.0 percent"),
    ]


@pytest.mark.parametrize(("may", "slips"), [("2.0", 0), ("3.0", 1)])
def test_a_slip_in_one_place_of_the_lists_is_found(tmp_path, may, slips):
    findings = audit_snippet(tmp_path, "ferries", _LISTS.format(may=may))
    statuses = [f.status for f in findings if f.kind == "growth"]
    assert len(statuses) == 2
    assert statuses.count("inconsistent") == slips


@pytest.mark.parametrize(
    "text",
    [
        # lists of unequal length: which rate is whose, the words do not say
        "Title\n\nFerry crossings dropped by 2.0 percent and 2.0 percent, to 48,510, compared "
        "with 49,500 and 54,000.\n",
        # no verb of change: the percentages are no rates
        "Title\n\nThe shares were 41 percent and 35 percent, to 48,510 and 52,920, against "
        "49,500 and 54,000.\n",
    ],
)
def test_lists_that_do_not_pair_link_nothing(text):
    assert _parallel(text) == []
