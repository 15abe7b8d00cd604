"""The earlier level of a change written where results and statistical releases put it: set
against the level ("E, against S a year ago, up R"), in brackets after its period ("compared
with May 2023 [S]", "(2023: S)"), after a period code ("from S in Q1FY24 to E in Q2FY24"), or
left for the reader to take from the change ("to E, a 2% increase of C"). Each snippet is
audited end to end, and a slipped figure must fail."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict

SNIPPETS = {
    "against_then_rate_ok": (
        "Quarterly profit was Rs 33 crore, against Rs 30 crore a year earlier, up 10 per cent.",
        "growth",
        "consistent",
    ),
    "against_then_rate_slip": (
        "Quarterly profit was Rs 33 crore, against Rs 30 crore a year earlier, up 15 per cent.",
        "growth",
        "inconsistent",
    ),
    "against_then_fall_ok": (
        "Ticket sales were 18,000 as against 20,000 last season, a decline of 10%.",
        "growth",
        "consistent",
    ),
    "bracketed_start_ok": (
        "Exports in April were €50.6 billion, a fall of 8.0% compared with April 2023 [€55.0bn].",
        "growth",
        "consistent",
    ),
    "bracketed_start_slip": (
        "Exports in April were €50.6 billion, a fall of 3.0% compared with April 2023 [€55.0bn].",
        "growth",
        "inconsistent",
    ),
    "prior_year_in_brackets_ok": (
        "Revenue rose 5% to £2.1 billion (2023: £2.0 billion).",
        "growth",
        "consistent",
    ),
    "prior_year_in_brackets_slip": (
        "Operating profit fell 10% to £72m (2023: £90m).",
        "growth",
        "inconsistent",
    ),
    "period_codes_ok": (
        "Net sales fell 20% from Rs 250 crore in Q2FY23 to Rs 200 crore in Q2FY24.",
        "growth",
        "consistent",
    ),
    "period_codes_slip": (
        "Net sales fell 20% from Rs 250 crore in Q2FY23 to Rs 210 crore in Q2FY24.",
        "growth",
        "inconsistent",
    ),
    "rate_and_change_after_end_ok": (
        "The cotton crop rose to 5.1 million bales, a 2% increase of 0.1 million bales.",
        "change",
        "consistent",
    ),
    "rate_and_change_after_end_slip": (
        "The cotton crop rose to 5.1 million bales, a 5% increase of 0.1 million bales.",
        "change",
        "inconsistent",
    ),
    "raised_it_by_per_share_ok": (
        "The bank raised its final dividend by 5 cents to 30 cents a share, a 20% increase.",
        "change",
        "consistent",
    ),
    "raised_it_by_per_share_slip": (
        "The bank raised its final dividend by 5 cents to 30 cents a share, a 25% increase.",
        "change",
        "inconsistent",
    ),
    "cut_it_by_ok": (
        "The miner cut its payout by 12 cents to 36 cents a share, a 25% reduction.",
        "change",
        "consistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_the_earlier_level_is_found(tmp_path, name):
    text, kind, verdict = SNIPPETS[name]
    assert_relation_verdict(tmp_path, name, text, kind, verdict)


@pytest.mark.parametrize(
    "text,verdict",
    [
        ("Club members rose by 3,000, from 21,000 to 24,000.", "consistent"),
        ("Club members rose by 6,000, from 21,000 to 24,000.", "inconsistent"),
        ("Open cases fell by 500, from 9,000 cases to 8,500 cases.", "consistent"),
    ],
)
def test_a_change_by_then_from_to_is_checked(tmp_path, text, verdict):
    assert_relation_verdict(tmp_path, "by_from_to", text, "sum", verdict)
