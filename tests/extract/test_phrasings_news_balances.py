"""Phrasings read from real news shapes: a deficit "as compared to" revenues, a winning margin with
both polls, revenue less cost of sales. Audited end to end: a consistent snippet passes, an
inconsistent one is flagged, and a near miss drafts nothing of the kind. Every name and figure
is invented."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, audit_snippet

SNIPPETS = {
    "deficit_as_compared_to_ok": (
        "Dorvia's expenditures were recorded at Rs7.40 trillion as compared to revenues of Rs5.15 "
        "trillion, taking the deficit to Rs2.25 trillion.",
        "sum",
        "consistent",
    ),
    "deficit_as_compared_to_wrong": (
        "Dorvia's expenditures were recorded at Rs7.40 trillion as compared to revenues of Rs5.15 "
        "trillion, taking the deficit to Rs1.95 trillion.",
        "sum",
        "inconsistent",
    ),
    "margin_polling_against_ok": (
        "Mr Tavi won by a margin of 2,418 votes, polling 140,512 votes against 138,094 for his "
        "rival.",
        "sum",
        "consistent",
    ),
    "margin_polling_against_wrong": (
        "Mr Tavi won by a margin of 2,418 votes, polling 140,512 votes against 138,904 for his "
        "rival.",
        "sum",
        "inconsistent",
    ),
    "margin_to_defeat_who_garnered_ok": (
        "Mrs Orla won a second term with a slim margin of 512 votes, polling 230,140 votes to "
        "defeat her former ally, Ben Maro of the Green League, who garnered 229,628 votes.",
        "sum",
        "consistent",
    ),
    "margin_to_defeat_who_garnered_wrong": (
        "Mrs Orla won a second term with a slim margin of 512 votes, polling 230,140 votes to "
        "defeat her former ally, Ben Maro of the Green League, who garnered 229,268 votes.",
        "sum",
        "inconsistent",
    ),
    "gross_profit_ok": (
        "Harl Cement's revenue rose to N720.6 billion, cost of sales stood at N301.2 billion, "
        "while gross profit amounted to N419.4 billion.",
        "sum",
        "consistent",
    ),
    "gross_profit_wrong": (
        "Harl Cement's revenue rose to N720.6 billion, cost of sales stood at N301.2 billion, "
        "while gross profit amounted to N449.4 billion.",
        "sum",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_a_news_shape_reaches_its_verdict(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


NEAR_MISSES = {
    # A primary deficit leaves out interest: it is not spending less revenue.
    "primary_deficit": (
        "Dorvia's expenditures were recorded at Rs7.40 trillion as compared to revenues of Rs5.15 "
        "trillion, taking the primary deficit to Rs0.60 trillion.",
        "sum",
    ),
    # An operating profit has other costs taken off besides the cost of sales.
    "operating_profit": (
        "Harl Cement's revenue rose to N720.6 billion, cost of sales stood at N301.2 billion, "
        "while operating profit amounted to N219.4 billion.",
        "sum",
    ),
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_a_near_miss_drafts_nothing_of_the_kind(tmp_path, name):
    text, kind = NEAR_MISSES[name]
    assert not [f for f in audit_snippet(tmp_path, name, text) if f.kind == kind]
