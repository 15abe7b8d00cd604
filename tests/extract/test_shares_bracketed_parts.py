"""Shares whose part sits in brackets after the share ("made up 41.5 per cent ($830 million)
of the $2,000 million raised"), and turnouts with "A out of B" in brackets. Audited end to
end; every name and figure is invented."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_near_miss, assert_relation_verdict

BOND = (
    "Bond buying made up 38.40 per cent ($1,152.00 million) of the $3,000.00 million that "
    "came in over the half."
)
TURNOUT = (
    "The highest turnout was 72.15 per cent in Marrow Fen (9,020 voters cast their ballots "
    "out of 12,502)."
)


# the whole by name after the bracket, its figure in the sentence before
NAMED = (
    "Calder's total value of farm lending stood at $4,000.00 million in the half. Dairy "
    "loans, which accounted for 31.25 per cent ($1,250.00 million) of total farm lending, "
    "led the list."
)


@pytest.mark.parametrize("text", [BOND, TURNOUT, NAMED])
def test_the_bracketed_part_checks_the_share(tmp_path, text):
    assert_relation_verdict(tmp_path, "ok", text, "share", "consistent")


@pytest.mark.parametrize(
    "text",
    [
        BOND.replace("$1,152.00", "$1,252.00"),
        TURNOUT.replace("9,020 voters", "8,020 voters"),
        NAMED.replace("31.25 per cent", "35.25 per cent"),
    ],
)
def test_a_slipped_part_is_flagged(tmp_path, text):
    assert_relation_verdict(tmp_path, "slip", text, "share", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        # a rate of change, not a share, before the bracket
        "Bond buying grew 38.40 per cent ($1,152.00 million) of the $3,000.00 million in all.",
        # the bracket gives an earlier level, not the part
        "Bond buying made up 38.40 per cent (against $990.00 million) of the $3,000.00 million.",
        # the figure after the share is itself a part of the named whole, not the whole
        "Dairy loans, which accounted for 31.25 per cent ($1,250.00 million) of total farm "
        "lending, led the list. Farm lending by banks reached $2,990.00 million of total farm "
        "lending.",
        # the bracket counts voters against an earlier count, not out of a whole
        "The highest turnout was 72.15 per cent in Marrow Fen (9,020 voters, up from 8,502).",
    ],
)
def test_a_near_miss_links_nothing(tmp_path, text):
    assert_near_miss(tmp_path, "none", text, "share")
