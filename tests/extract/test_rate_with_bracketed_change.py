"""A rate with its change in brackets ("rose 7.5% (€1.8 billion) to E"), and rates stated from
a start: neither the bracketed change nor the start is the level the rate led to."""

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name

DATED = "Updated: 2024-05-02\n\n"
SNIPPETS = {
    # 1.8 / (25.8 - 1.8) is 7.5%.
    "rate_change_to_end_ok": (
        DATED + "Timber exports rose 7.5% (€1.8 billion) to €25.8 billion in April.",
        "change",
        "consistent",
    ),
    "rate_change_to_end_wrong": (
        DATED + "Timber exports rose 9.5% (€1.8 billion) to €25.8 billion in April.",
        "change",
        "inconsistent",
    ),
    # 0.6 / (11.4 + 0.6) is 5%.
    "fall_change_to_end_ok": (
        DATED + "Timber imports fell 5.0% (€0.6 billion) to €11.4 billion in April.",
        "change",
        "consistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_rate_then_bracketed_change_then_end(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


@pytest.mark.parametrize(
    "text",
    [
        # The change in brackets is no level; the start is no end; nor is the start of the rate
        # before it the level of the next rate.
        "Month on month, timber exports rose 7.5% ( €1.8 billion) from €24.0 billion in March, "
        "with timber imports falling by 5.0% (€0.6 billion) over the same month.",
        # Another flow's start after "whereas": not the end of the first rate.
        "In the first half, timber exports climbed 12.0 percent yoy from US$30.5 billion, "
        "whereas timber imports increased from US$28.1 billion in the same period last year.",
        "Timber exports climbed 12.0 percent yoy from US$30.5 billion.",
    ],
)
def test_no_growth_ends_at_a_change_or_a_start(text):
    assert roles_by_name(text, "growth") == []
    assert roles_by_name(text, "change") == []


def test_a_level_before_a_rate_from_its_start_still_ends_it():
    text = "Timber exports were US$34.2 billion, up 12.0 percent yoy from US$30.5 billion."
    assert roles_by_name(text, "growth") == [
        {"start": "US$30.5 billion", "end": "US$34.2 billion", "rate": "12.0 percent"}
    ]
