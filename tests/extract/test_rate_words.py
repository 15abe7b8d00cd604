"""Rates of change named by more of news's verbs and nouns: "a gain of 20%" after an up-from
pair, "widened 12% to E from S" for a deficit, "tumbled", "soared". Each snippet is checked
end to end; the slips show the rate is tied to the right figures, not merely found."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict

SNIPPETS = {
    "gain_of_after_up_from_ok": (
        "Bicycle sales reached 4.2 million units, up from 3.5 million units, a gain of 20%.",
        "consistent",
    ),
    "gain_of_after_up_from_slip": (
        "Bicycle sales reached 4.2 million units, up from 3.5 million units, a gain of 30%.",
        "inconsistent",
    ),
    "jump_of_after_rose_to_from": (
        "Ferry passengers rose to 960,000 from 800,000, a jump of 35%.",
        "inconsistent",
    ),
    "deficit_widened_rate_to_from": (
        "The deficit widened 25% to 45 billion euros from 40 billion euros.",
        "inconsistent",
    ),
    "deficit_widened_rate_to_from_ok": (
        "The deficit widened 12.5% to 45 billion euros from 40 billion euros.",
        "consistent",
    ),
    "shares_tumbled": ("The stock tumbled 20% to 8 dollars from 10 dollars.", "consistent"),
    "shares_plummeted_slip": (
        "The stock plummeted 40% to 8 dollars from 10 dollars.",
        "inconsistent",
    ),
    "output_soared": ("Honey output soared 25% to 500 tonnes from 400 tonnes.", "consistent"),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_rate_words(tmp_path, name):
    text, verdict = SNIPPETS[name]
    assert_relation_verdict(tmp_path, name, text, "growth", verdict)
