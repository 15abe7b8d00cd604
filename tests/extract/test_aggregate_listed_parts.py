"""A total's growth from a list of its parts, each with its level and its own rate: the rate is
bound to the level in its own clause (or by "respectively"), and the clause whose words name
the whole ("the pair", "all", "total", "the four ports") is the total. Links come from these
words only, so a wrong total rate is drafted as readily as a right one and then flagged."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_near_miss, assert_relation_verdict, audit_snippet

# Each text twice: with the total's rate its parts give, and with one they cannot give.
LINKED = {
    # Two parts, the second with its verb left out, then "the pair": 8.0 + 5.0 → 13.8, 6.2%.
    "ports_pair": (
        "Cargo through Kellport rose 5.0% to 8.4m tonnes and through Dunmore 8.0% to 5.4m "
        "tonnes, taking the pair up {rate} to 13.8m tonnes.",
        "6.2%",
        "8.2%",
    ),
    # "respectively", then the total's rate alone: 4.0 + 1.5 → 6.3, 14.5%.
    "ferries_respectively": (
        "Coastal ferries carried 4.2 million and inland ferries 2.1 million, up 5% and 40% "
        "respectively, for total growth of {rate}.",
        "14.5%",
        "21.0%",
    ),
    # Rates in brackets after three levels, one a fall: 30 + 20 + 14 → 64.2, 0.3%.
    "farm_sales_bracketed": (
        "Dairy sales in Varnholm reached 30.6 million euros (+2.0%), meat 21.0 million euros "
        "(+5.0%) and grain 12.6 million euros (-10.0%), while all farm sales rose {rate} to "
        "64.2 million euros.",
        "0.3%",
        "2.3%",
    ),
    # The total first, then three parts: 2.5 + 1.25 + 1.25 → 5.3, 6.0%.
    "arrivals_total_first": (
        "Total tourist arrivals rose {rate} to 5.30 million, with arrivals by air up 8.0% to "
        "2.70 million, by sea up 4.0% to 1.30 million and by road up 4.0% to 1.30 million.",
        "6.0%",
        "7.5%",
    ),
    # A count of the parts in the total's words, matching the list: 10 + 4 + 6 → 21.2, 6.0%.
    "mills_counted": (
        "Output at Arden fell 2.0% to 9.8 million tonnes, Belmoor was up 10.0% to 4.4 million "
        "tonnes and Carrow climbed 17.5% to 7.05 million tonnes, while the three mills grew "
        "by {rate} to 21.25 million tonnes.",
        "6.25%",
        "4.25%",
    ),
    # The total alone in the next sentence, naming what the parts' sentence counts:
    # 800 + 250 → 1,200, 14.3%.
    "payouts_next_sentence": (
        "Payouts from state funds came to 900 million crowns and from private funds 300 "
        "million crowns, up 12.5% and 20.0% respectively. Total payouts grew {rate}.",
        "14.3%",
        "12.1%",
    ),
    # Parts in one sentence, the total's level and rate in the next: 4.0 + 2.0 → 6.56, 9.3%.
    "barley_total_after": (
        "Barley exports rose 12.0 percent to 4.48 billion dollars, while barley imports rose "
        "4.0 percent to 2.08 billion dollars. The total barley trade stood at 6.56 billion "
        "dollars, up {rate}.",
        "9.3 percent",
        "7.1 percent",
    ),
    # A partner's trade, then its two sides naming the partner: 400 + 240 → 540, -15.6%.
    "partner_trade_before": (
        "Trade between Osk and Lira fell {rate} to 540 billion crowns in the half. Osk's exports "
        "to Lira came to 360 billion crowns, down 10.0%, while imports from Lira dropped 25.0% "
        "to 180 billion crowns.",
        "15.6%",
        "10.6%",
    ),
    # No total cue, but two parts that split the metric with nothing left over (urban and
    # rural), and a total naming that metric: 34.29 + 9.17 → 46.0, 5.8%.
    "split_pair_total_before": (
        "Household spending in Corbel rose {rate} to 46.0 billion crowns. Urban households "
        "spent 36.0 billion crowns, up 5.0%, and rural households 10.0 billion crowns, up 9.0%.",
        "5.8%",
        "7.0%",
    ),
    # The same in one sentence (male and female): 60 + 40 → 103.2, 3.2%.
    "split_pair_one_sentence": (
        "Male members paid 61.2 million pounds in fees, up 2.0%, and female members 42.0 "
        "million pounds, up 5.0%, while fees at the club rose {rate} to 103.2 million pounds.",
        "3.2%",
        "4.5%",
    ),
}


@pytest.mark.parametrize("name", sorted(LINKED))
def test_a_listed_total_rate_its_parts_give_holds(tmp_path, name):
    text, right, _ = LINKED[name]
    assert_relation_verdict(
        tmp_path, name, text.format(rate=right), "aggregate_growth", "consistent"
    )


@pytest.mark.parametrize("name", sorted(LINKED))
def test_a_listed_total_rate_its_parts_cannot_give_is_flagged(tmp_path, name):
    text, _, wrong = LINKED[name]
    assert_relation_verdict(
        tmp_path, name, text.format(rate=wrong), "aggregate_growth", "inconsistent"
    )


def _levels_and_rates(name: str) -> tuple[list, list]:
    """The one aggregate growth of a linked text's levels and rates, as written (a rate
    stored with a minus sign as its signed value)."""
    text, right, _ = LINKED[name]
    drafted = extract_claims(text.format(rate=right), "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    (roles,) = [r["roles"] for r in drafted["relations"] if r["kind"] == "aggregate_growth"]
    rates = [values[r] if isinstance(r, str) else r["value"] for r in roles["rates"]]
    return [values[level] for level in roles["levels"]], rates


def test_each_part_keeps_its_own_rate_and_a_fall_its_sign():
    levels, rates = _levels_and_rates("farm_sales_bracketed")
    assert levels == ["30.6 million euros", "21.0 million euros", "12.6 million euros"]
    assert rates == ["2.0%", "5.0%", "-10.0%"]
    levels, rates = _levels_and_rates("ferries_respectively")  # in the order they are listed
    assert (levels, rates) == (["4.2 million", "2.1 million"], ["5%", "40%"])
    levels, rates = _levels_and_rates("ports_pair")  # the verb left out: it rose as well
    assert rates == ["5.0%", "8.0%"]
    levels, rates = _levels_and_rates("partner_trade_before")  # both fell
    assert rates == ["-10.0%", "-25.0%"]


NEAR_MISSES = {
    # "including": the parts named may be only some of the total.
    "including": "Total cargo at the coast's ports rose 9.0% to 20.0m tonnes, including "
    "Kellport, up 5.0% to 8.4m tonnes, and Dunmore, up 8.0% to 5.4m tonnes.",
    # The total counts three parts; two are listed.
    "count_of_parts_differs": "Cargo through Kellport rose 5.0% to 8.4m tonnes and through "
    "Dunmore 8.0% to 5.4m tonnes, while the three ports together grew 9.0% to 16.0m tonnes.",
    # A surplus is a difference of the sides, not their sum.
    "surplus_is_no_total": "Exports rose 6.0% to 30 billion dollars and imports 2.0% to 20 "
    "billion dollars, leaving the total surplus up 15.0%.",
    # Two rates after two levels with no "respectively": which is whose is not said.
    "rates_not_bound": "Kellport handled 8.4m tonnes and Dunmore 5.4m tonnes, up 5.0% and "
    "8.0%, with the pair up 9.0%.",
    # The pair's revenue is another measure than the tonnes of its parts.
    "another_measure": "Cargo through Kellport rose 5.0% to 8.4m tonnes and through Dunmore "
    "8.0% to 5.4m tonnes, taking the pair's revenue up 9.0% to 13.8 million dollars.",
    # The next sentence's total counts another thing.
    "another_metric_next": "Payouts from state funds came to 900 million crowns and from "
    "private funds 300 million crowns, up 12.5% and 20.0% respectively. Total contributions "
    "grew 19.0%.",
    # The parts' sentence opens on a slice of the total before it.
    "slice_after_total": "Total payouts grew 19.0%. In the north, payouts from state funds "
    "came to 900 million crowns and from private funds 300 million crowns, up 12.5% and 20.0% "
    "respectively.",
    # The sides do not name the partner the trade total is with: they may be all trade.
    "partner_not_named": "Trade between Osk and Lira fell 19.0% to 540 billion crowns in the "
    "half. Exports came to 360 billion crowns, down 10.0%, while imports dropped 25.0% to 180 "
    "billion crowns.",
    # Two parts that split spending, but the total beside them is another metric.
    "split_pair_other_metric": "Urban households spent 36.0 billion crowns, up 5.0%, and rural "
    "households 10.0 billion crowns, up 9.0%. Car sales in Corbel rose 7.0% to 46.0 billion "
    "crowns.",
    # Two parts that need not be all of the total: "young" is no complement of "urban".
    "parts_no_split": "Urban households spent 36.0 billion crowns, up 5.0%, and young "
    "households 10.0 billion crowns, up 9.0%. Household spending in Corbel rose 7.0% to 46.0 "
    "billion crowns.",
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_a_list_the_words_do_not_make_a_whole_yields_no_aggregate(tmp_path, name):
    assert_near_miss(tmp_path, name, NEAR_MISSES[name], "aggregate_growth")


def test_a_total_in_another_sentence_is_a_guess_of_medium_confidence():
    for name in ("payouts_next_sentence", "barley_total_after", "partner_trade_before"):
        text, right, _ = LINKED[name]
        drafted = extract_claims(text.format(rate=right), "x")
        found = [r for r in drafted["relations"] if r["kind"] == "aggregate_growth"]
        assert [r.get("confidence") for r in found] == ["medium"]


def test_a_total_named_only_by_the_metric_its_parts_split_is_low_in_another_sentence():
    for name, confidence in (
        ("split_pair_total_before", "low"),
        ("split_pair_one_sentence", "medium"),
    ):
        text, right, _ = LINKED[name]
        drafted = extract_claims(text.format(rate=right), "x")
        found = [r for r in drafted["relations"] if r["kind"] == "aggregate_growth"]
        assert [r.get("confidence") for r in found] == [confidence]


def test_a_breakdown_sentence_names_no_total_of_its_own(tmp_path):
    # The first part's clause says "the total output of rye": a part, in a sentence of parts.
    text = (
        "Harvest\n\nDate: 2024-06-10\n\nIn 2023 the total output of rye, oats and millet in "
        "Dunmore was 12.40 million tons, down 0.8 percent. Specifically, the total output of "
        "rye was 6.90 million tons, down by 2.0 percent; oats 3.50 million tons, up by 0.5 "
        "percent; millet 2.00 million tons, up by 1.0 percent.\n"
    )
    findings = [f for f in audit_snippet(tmp_path, "harvest", text) if f.kind == "aggregate_growth"]
    assert "inconsistent" not in [f.status for f in findings]
