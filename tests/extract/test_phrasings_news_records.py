"""Phrasings read from real news shapes: "R above its previous record of S" and "more than doubling
from S". Audited end to end: a consistent snippet passes, an inconsistent one is flagged, and a
near miss drafts nothing of the kind. Every name and figure is invented."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, audit_snippet

SNIPPETS = {
    "above_previous_record_ok": (
        "Brisa delivered 45,000 scooters in the quarter, 12.5 per cent above its previous record "
        "of 40,000 units.",
        "growth",
        "consistent",
    ),
    "above_previous_record_wrong": (
        "Brisa delivered 45,000 scooters in the quarter, 21.5 per cent above its previous record "
        "of 40,000 units.",
        "growth",
        "inconsistent",
    ),
    "more_than_doubling_ok": (
        "Net profit at Lunar Tea reached 4.60 billion yuan, more than doubling from 2.10 "
        "billion yuan a year earlier.",
        "multiple",
        "consistent",
    ),
    "more_than_doubling_but_less": (
        "Net profit at Lunar Tea reached 4.60 billion yuan, more than doubling from 2.40 "
        "billion yuan a year earlier.",
        "multiple",
        "inconsistent",
    ),
    "more_than_doubled_ok": (
        "Bookings at Corve hit 61,000 in May, more than doubled from 28,700 in May 2023.",
        "multiple",
        "consistent",
    ),
    "more_than_doubled_but_less": (
        "Bookings at Corve hit 61,000 in May, more than doubled from 31,700 in May 2023.",
        "multiple",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_a_news_shape_reaches_its_verdict(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


NEAR_MISSES = {
    # "Its previous record" names no figure: the 40,000 is another metric.
    "record_without_a_figure": (
        "Brisa delivered 45,000 scooters in the quarter, 12.5 per cent above its previous record, "
        "and sold 40,000 units abroad.",
        "growth",
    ),
    # Something else doubled: the dividend, not the profit.
    "doubling_another_figure": (
        "Net profit at Lunar Tea reached 4.60 billion yuan, more than doubling its dividend from "
        "2.10 yuan a share.",
        "multiple",
    ),
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_a_near_miss_drafts_nothing_of_the_kind(tmp_path, name):
    text, kind = NEAR_MISSES[name]
    assert not [f for f in audit_snippet(tmp_path, name, text) if f.kind == kind]
