"""A threshold passed ("has exceeded 5 trillion yuan", a headline's "tops 700 million tonnes")
bounds the exact figure its words name elsewhere in the article: the figure must be above it.
"T, more than the S it recorded in 2019" orders two levels. Audited end to end."""

from __future__ import annotations

import pytest

from tests.extract.snippets import (
    assert_near_miss,
    assert_relation_verdict,
)

SNIPPETS = {
    "threshold_after_exact_ok": (
        "Pella's trade stood at 5.12 trillion yuan. This is the first time that the trade has "
        "exceeded 5 trillion yuan.",
        "bound",
        "consistent",
    ),
    "headline_threshold_ok": (
        "Kestrel grain output tops 700 million tonnes\n\nKestrel's grain output reached 712.4 "
        "million tonnes last year, the farm ministry said on Monday.",
        "bound",
        "consistent",
    ),
    "headline_threshold_slip": (
        "Kestrel grain output tops 700 million tonnes\n\nKestrel's grain output reached 695.3 "
        "million tonnes last year, the farm ministry said on Monday.",
        "bound",
        "inconsistent",
    ),
    "more_than_the_earlier_ok": (
        "Mira's online sales reached 310.0 billion yuan, more than the 250.0 billion yuan it "
        "recorded in 2019.",
        "order",
        "consistent",
    ),
    "more_than_the_earlier_slip": (
        "Mira's online sales reached 210.0 billion yuan, more than the 250.0 billion yuan it "
        "recorded in 2019.",
        "order",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", SNIPPETS)
def test_snippet_verdict(tmp_path, name):
    text, kind, verdict = SNIPPETS[name]
    assert_relation_verdict(tmp_path, name, text, kind, verdict)


NONE = {
    "threshold_of_another_crop": (
        "Kestrel grain output tops 700 million tonnes\n\nKestrel's rice output reached 695.3 "
        "million tonnes last year, the farm ministry said on Monday.",
        "bound",
    ),
    "threshold_not_passed": (
        "Pella's trade stood at 4.92 trillion yuan. The trade has not exceeded 5 trillion yuan.",
        "bound",
    ),
    "threshold_of_another_year": (
        "Pella's trade stood at 4.92 trillion yuan in 2024. The trade first exceeded 5 trillion "
        "yuan in 2021.",
        "bound",
    ),
    "threshold_two_fits": (
        "Trade through the north port stood at 5.12 trillion yuan. Trade through the south port "
        "stood at 4.80 trillion yuan. Trade has exceeded 5 trillion yuan.",
        "bound",
    ),
    "more_than_double": (
        "Mira's online sales reached 310.0 billion yuan, more than double the 150.0 billion yuan "
        "it recorded in 2019.",
        "order",
    ),
}


@pytest.mark.parametrize("name", NONE)
def test_near_miss_links_nothing(tmp_path, name):
    text, kind = NONE[name]
    assert_near_miss(tmp_path, name, text, kind)


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("Orvel's ferry trips passed 2 million for the first time, reaching 2.14 million in "
         "the year, an increase of 7.0% from 2.00 million.", "consistent"),
        ("Orvel's ferry trips passed 2 million for the first time, reaching 2.14 million in "
         "the year, an increase of 9.0% from 2.00 million.", "inconsistent"),
    ],
)  # fmt: skip
def test_the_figure_a_threshold_bounds_may_still_end_a_growth(tmp_path, sentence, verdict):
    assert_relation_verdict(tmp_path, "ferries", f"Ferries\n\n{sentence}\n", "growth", verdict)
