"""A trade total's growth from its two sides' rates when their levels are left out but the
balance is given: the sides are (total + balance) / 2 and (total - balance) / 2, the larger
being exports for a surplus and imports for a deficit (balance_aggregate_growth)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_near_miss, assert_relation_verdict

KIND = "balance_aggregate_growth"
# Each text with the total's rate its sides give, and with one they cannot give.
LINKED = {
    # Exports 320, imports 280: 600 / (320 / 1.05 + 280 / 1.01) - 1 is 3.09%.
    "surplus": (
        "Tarsk's goods trade grew {rate} to 600 billion lira in the year, with exports up 5.0% "
        "and imports up 1.0%, leaving a trade surplus of 40 billion lira.",
        "3.1%",
        "5.0%",  # the exports' rate taken for the total's
    ),
    # A deficit: imports 150, exports 100; 250 / (150 / 0.995 + 100 / 0.94) - 1 is -2.78%.
    "deficit": (
        "Two-way trade of Oster fell {rate} to 250 billion euros, as exports dropped 6.0% while "
        "imports were down 0.5%, for a deficit of 50 billion euros.",
        "2.8%",
        "2.0%",
    ),
    # The total alone in the sentence before; the surplus's own rate after it is no side's.
    # Exports 700, imports 500: 1,200 / (700 / 1.09 + 500 / 1.03) - 1 is 6.42%.
    "total_the_sentence_before": (
        "Vell's foreign trade rose {rate} year on year to 1.20 trillion rand in the half. "
        "Exports grew 9.0% while imports grew 3.0%, leaving a surplus of 200 billion rand, "
        "which widened 27.6%.",
        "6.4%",
        "9.0%",
    ),
}


@pytest.mark.parametrize("name", sorted(LINKED))
def test_a_total_rate_its_sides_and_balance_give_holds(tmp_path, name):
    text, right, _ = LINKED[name]
    assert_relation_verdict(tmp_path, name, text.format(rate=right), KIND, "consistent")


@pytest.mark.parametrize("name", sorted(LINKED))
def test_a_total_rate_its_sides_and_balance_cannot_give_is_flagged(tmp_path, name):
    text, _, wrong = LINKED[name]
    assert_relation_verdict(tmp_path, name, text.format(rate=wrong), KIND, "inconsistent")


NEAR_MISSES = {
    # Another balance than the trade total's.
    "services_surplus": "Tarsk's goods trade grew 5.0% to 600 billion lira, with exports up "
    "5.0% and imports up 1.0%, leaving a services surplus of 40 billion lira.",
    # A partner's exports: not a side of the whole total.
    "partner_side": "Tarsk's goods trade grew 5.0% to 600 billion lira, with exports to Varn "
    "up 5.0% and imports up 1.0%, leaving a trade surplus of 40 billion lira.",
    # The total is the surplus's own, not trade.
    "no_trade_total": "Tarsk's output grew 5.0% to 600 billion lira, with exports up 5.0% and "
    "imports up 1.0%, leaving a trade surplus of 40 billion lira.",
    # The sentence before is not a trade total.
    "no_trade_total_before": "Vell's output rose 6.4% year on year to 1.20 trillion rand in "
    "the half. Exports grew 9.0% while imports grew 3.0%, leaving a surplus of 200 billion rand.",
    # The balance in another currency than the total.
    "another_currency": "Tarsk's goods trade grew 5.0% to 600 billion lira, with exports up "
    "5.0% and imports up 1.0%, leaving a trade surplus of 40 billion dollars.",
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_a_sentence_the_words_do_not_make_sides_and_balance_of_yields_nothing(tmp_path, name):
    assert_near_miss(tmp_path, name, NEAR_MISSES[name], KIND)
