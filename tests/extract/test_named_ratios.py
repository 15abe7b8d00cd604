"""Ratios named for what they divide ("the debt-to-asset ratio", "the loan-to-deposit ratio")
and rates named for a part ("the penetration rate of electric models"), with no share cue,
their figures stated before. Every name and figure is invented."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_near_miss, assert_relation_verdict, roles_written

DEBT = (
    "Harlow Mills' liabilities rose 6.0 percent to 42.0 billion euros while its assets rose "
    "4.0 percent to 70.0 billion euros. The debt-to-asset ratio rose 1.1 percentage points "
    "to 60.0 percent."
)
LOANS = (
    "Brisk Bank's loans rose to 18.6 billion euros and its deposits to 24.0 billion euros, "
    "putting its loan-to-deposit ratio at 77.5 percent."
)
# the ratio's owner between its name and its figure, the terms' rates before their levels
DEBT_OWNED = (
    "By June, total co-op assets had reached 30.00 billion euros, up 2.0 percent, while "
    "their liabilities went up 1.5 percent to 18.30 billion euros. The debt-to-asset ratio "
    "of the co-ops went down 0.3 percentage points to 61.0 percent."
)
RATE_OF = (
    "In April, Pellston dealers sold 24,000 cars, of which 9,000 were hybrids. The "
    "penetration rate of hybrid models was 37.5 percent."
)


def test_the_ratios_terms_name_the_part_and_the_whole():
    assert roles_written(DEBT, "share", ("part", "whole")) == [
        ("42.0 billion euros", "70.0 billion euros", "low")
    ]
    # within one sentence the link is no surer than medium
    assert roles_written(LOANS, "share", ("part", "whole"))[0][2] == "medium"
    assert roles_written(RATE_OF, "share", ("part", "whole")) == [("9,000", "24,000 cars", "low")]


@pytest.mark.parametrize("text", [DEBT, DEBT_OWNED, LOANS, RATE_OF])
def test_a_named_ratio_holds(tmp_path, text):
    assert_relation_verdict(tmp_path, "ok", text, "share", "consistent")


@pytest.mark.parametrize(
    "text",
    [
        DEBT.replace("to 60.0 percent", "to 66.0 percent"),
        DEBT_OWNED.replace("61.0 percent", "64.0 percent"),
        LOANS.replace("77.5 percent", "87.5 percent"),
        RATE_OF.replace("37.5 percent", "33.5 percent"),
    ],
)
def test_a_slipped_ratio_is_flagged(tmp_path, text):
    assert_relation_verdict(tmp_path, "slip", text, "share", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        # current liabilities are not the debt of a debt-to-asset ratio
        "Harlow Mills' current liabilities rose to 42.0 billion euros while its assets rose "
        "to 70.0 billion euros. The debt-to-asset ratio rose to 66.0 percent.",
        # two figures named by the first term: the words do not say which
        "Harlow Mills' liabilities rose to 42.0 billion euros, and its bank's liabilities to "
        "12.0 billion euros, while its assets rose to 70.0 billion euros. The debt-to-asset "
        "ratio rose to 66.0 percent.",
        # a ratio of a whole the text never states
        "Brisk Bank's loans rose to 18.6 billion euros in the year, putting its "
        "loan-to-deposit ratio at 87.5 percent.",
        # the rate is named for another part than the "of which" one
        "In April, Pellston dealers sold 24,000 cars, of which 9,000 were hybrids. The "
        "penetration rate of electric models was 33.5 percent.",
        # a growth rate, not a ratio
        "In April, Pellston dealers sold 24,000 cars, of which 9,000 were hybrids. Sales of "
        "hybrid models rose 33.5 percent.",
    ],
)
def test_a_near_miss_links_nothing(tmp_path, text):
    assert_near_miss(tmp_path, "none", text, "share")
