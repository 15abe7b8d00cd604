"""Phrasings read from real news shapes: a level "up by R, or C" against the year before. Audited
end to end: a consistent snippet passes, an inconsistent one is flagged, and a near miss drafts
nothing of the kind. Every name and figure is invented."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, audit_snippet

SNIPPETS = {
    "up_by_rate_or_change_ok": (
        "Korsa's total trade was US$96.30 billion in the four months, up by 14%, or nearly US$12 "
        "billion, against last year.",
        "change",
        "consistent",
    ),
    "up_by_rate_or_change_wrong": (
        "Korsa's total trade was US$96.30 billion in the four months, up by 24%, or nearly US$12 "
        "billion, against last year.",
        "change",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_a_news_shape_reaches_its_verdict(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


NEAR_MISSES = {
    # The change is measured against a target, not the year before.
    "change_over_target": (
        "Korsa's total trade was US$96.30 billion in the four months, up by 14%, or nearly US$12 "
        "billion above the target.",
        "change",
    ),
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_a_near_miss_drafts_nothing_of_the_kind(tmp_path, name):
    text, kind = NEAR_MISSES[name]
    assert not [f for f in audit_snippet(tmp_path, name, text) if f.kind == kind]
