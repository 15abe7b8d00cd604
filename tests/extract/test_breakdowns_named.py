"""Breakdowns that name their total: a pair given 'respectively' under the total just before
(exact when the pair splits it, as land-based and sea-based workers do), and a total the
sentence opens with ('Of the total gross collection of T, ...'), exact when its parts are
the two halves of a split such as direct and indirect, else at most the total."""

import pytest

from tests.extract.snippets import assert_relation_verdict, totals_and_parts

RESPECTIVELY = (
    "Cash remittances reached US$18.1 billion. Cash remittances from {pair} workers amounted"
    " to US$14.2 billion and US${b} billion, respectively."
)
OPENING = (
    "Of the total gross collection of Rs 1.6 trillion, {one} brought in Rs {a} trillion and"
    " {two} Rs 0.7 trillion."
)
SPLIT, DIRECT, INDIRECT = "land-based and sea-based", "direct taxes", "indirect taxes"


@pytest.mark.parametrize(
    "name,text,kind,verdict",
    [
        ("pair", RESPECTIVELY.format(pair=SPLIT, b="3.9"), "sum", "consistent"),
        ("pair_bad", RESPECTIVELY.format(pair=SPLIT, b="4.9"), "sum", "inconsistent"),
        ("split", OPENING.format(one=DIRECT, a="0.9", two=INDIRECT), "sum", "consistent"),
        ("split_bad", OPENING.format(one=DIRECT, a="1.1", two=INDIRECT), "sum", "inconsistent"),
        (
            "some",
            OPENING.format(one="income tax", a="0.6", two="customs"),
            "partial_sum",
            "consistent",
        ),
        (
            "some_bad",
            OPENING.format(one="income tax", a="1.1", two="customs"),
            "partial_sum",
            "inconsistent",
        ),
    ],
)
def test_a_named_breakdown_is_checked(tmp_path, name, text, kind, verdict):
    assert_relation_verdict(tmp_path, name, text, kind, verdict)


def test_a_split_that_leaves_nothing_over_is_the_whole_total():
    text = OPENING.format(one=DIRECT, a="0.9", two=INDIRECT)
    assert totals_and_parts(text, "sum") == [
        ("Rs 1.6 trillion", ["Rs 0.9 trillion", "Rs 0.7 trillion"], "medium")
    ]
    assert totals_and_parts(text, "partial_sum") == []


def test_a_pair_that_splits_the_total_before_is_a_guess():
    text = RESPECTIVELY.format(pair=SPLIT, b="3.9")
    assert totals_and_parts(text, "sum") == [
        ("US$18.1 billion", ["US$14.2 billion", "US$3.9 billion"], "low")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two places named, not a split: the pair need not be all of the total
        RESPECTIVELY.format(pair="Qatar and Oman", b="3.9"),
        # 'Of the total ... of T' with no breakdown after the comma
        "Of the total gross collection of Rs 1.6 trillion in May, up 12 percent on Rs 1.43"
        " trillion a year earlier, states kept more.",
        # a figure of another kind among the parts
        "Of the total exports of $5.0 billion, cars made up $2.0 billion and 40,000 tonnes of"
        " grain $1.0 billion.",
    ],
)
def test_near_misses_link_no_breakdown(text):
    assert totals_and_parts(text, "sum") == []
    assert totals_and_parts(text, "partial_sum") == []


GST = (
    "Tax collections in Varna rose 9 per cent to Rs 1.45 trillion in May. This was the third"
    " month above Rs 1.4 trillion, the ministry said. Receipts from imports were also higher."
    " Of the total gross collection, central tax accounted for Rs 26,310 crore, state tax"
    " Rs 33,050 crore, integrated tax Rs 74,420 crore (including Rs 31,000 crore on imports)"
    " and cess Rs {cess} crore."
)


def test_a_named_total_reaches_past_a_threshold_to_its_headline():
    assert totals_and_parts(GST.format(cess="11,220"), "partial_sum") == [
        (
            "Rs 1.45 trillion",
            ["Rs 26,310 crore", "Rs 33,050 crore", "Rs 74,420 crore", "Rs 11,220 crore"],
            "low",
        )
    ]


@pytest.mark.parametrize(
    "name,cess,verdict", [("gst", "11,220", "consistent"), ("gst_bad", "21,220", "inconsistent")]
)
def test_a_named_total_further_up_is_checked(tmp_path, name, cess, verdict):
    assert_relation_verdict(tmp_path, name, GST.format(cess=cess), "partial_sum", verdict)


def test_a_named_total_with_no_level_naming_it_links_nothing():
    text = GST.format(cess="11,220").replace("Tax collections in Varna rose", "Exports rose")
    assert totals_and_parts(text, "partial_sum") == []
    assert totals_and_parts(text, "sum") == []


TRADE = (
    "{trade} reached US$18.1 billion in May. Exports and imports amounted to US$14.2 billion"
    " and US${b} billion, respectively."
)


@pytest.mark.parametrize(
    "name,b,verdict", [("flows", "3.9", "consistent"), ("flows_bad", "4.9", "inconsistent")]
)
def test_exports_and_imports_respectively_split_the_trade_before(tmp_path, name, b, verdict):
    text = TRADE.format(trade="Norland's foreign trade", b=b)
    assert_relation_verdict(tmp_path, name, text, "sum", verdict)


@pytest.mark.parametrize(
    "trade",
    [
        "Trade with Ostmark",  # one partner's trade: the flows may be all partners'
        "The trade surplus",  # a balance, not the sum of the flows (its own check elsewhere)
        "Average monthly trade",  # an average
    ],
)
def test_flows_respectively_under_no_whole_trade_link_nothing(trade):
    assert totals_and_parts(TRADE.format(trade=trade, b="3.9"), "sum", "the two flows") == []
