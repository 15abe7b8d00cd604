"""Phrasings read from real news shapes: shares with their part or whole in brackets, and "R of
which (P)". Audited end to end: a consistent snippet passes, an inconsistent one is flagged, and
a near miss drafts nothing of the kind. Every name and figure is invented."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, audit_snippet

SNIPPETS = {
    "part_bracketed_rate_of_whole_ok": (
        "This year 31,420 (or 11.60 per cent of 270,860) passed.",
        "share",
        "consistent",
    ),
    "part_bracketed_rate_of_whole_wrong": (
        "This year 31,420 (or 12.60 per cent of 270,860) passed.",
        "share",
        "inconsistent",
    ),
    "rate_of_whole_bracketed_part_ok": (
        "Thirty per cent of the 500,000 candidates (150,900 students) reached the entry mark.",
        "share",
        "consistent",
    ),
    "rate_of_whole_bracketed_part_wrong": (
        "Thirty per cent of the 500,000 candidates (165,900 students) reached the entry mark.",
        "share",
        "inconsistent",
    ),
    "rate_of_which_bracketed_part_ok": (
        "Pellia imported 9.0 million tonnes of barley in April, about 35% of which (3.2 million "
        "tonnes) came from Rivland.",
        "share",
        "consistent",
    ),
    "rate_of_which_bracketed_part_wrong": (
        "Pellia imported 9.0 million tonnes of barley in April, about 35% of which (4.2 million "
        "tonnes) came from Rivland.",
        "share",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_a_news_shape_reaches_its_verdict(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


def test_two_bracketed_shares_in_one_sentence_are_each_checked(tmp_path):
    text = (
        "This year 31,420 (or 11.60 per cent of 270,860) passed, compared to 29,905 (or 11.95 "
        "per cent of 250,480) last year."
    )
    found = [f for f in audit_snippet(tmp_path, "two", text) if f.kind == "share"]
    assert sorted(f.status for f in found) == ["consistent", "inconsistent"]


NEAR_MISSES = {
    # No part is stated: nothing to check, and none is guessed.
    "rate_of_which_without_a_part": (
        "Pellia imported 9.0 million tonnes of barley in April, about 35% of which came from "
        "Rivland.",
        "share",
    ),
    # The bracket gives an earlier figure, not the part.
    "bracket_up_from": (
        "Thirty per cent of the 500,000 candidates (up from 410,000) reached the entry mark.",
        "share",
    ),
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_a_near_miss_drafts_nothing_of_the_kind(tmp_path, name):
    text, kind = NEAR_MISSES[name]
    assert not [f for f in audit_snippet(tmp_path, name, text) if f.kind == kind]
