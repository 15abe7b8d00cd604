"""Breakdowns and balances spread over sentences as news writes them: a trade total between two
partners or narrowed to some goods with its flows in the next sentence, a total stated after
its flows, a whole breakdown of industry by its own nouns, a quarter's months and its total,
a surplus in the sentence after its flows with no word of consequence, and net exports of a
measured good that "That makes" ties to the flows before."""

from __future__ import annotations

from tests.extract.snippets import (
    assert_near_miss,
    assert_relation_verdict,
    totals_and_parts,
)

HEAD = "Published: 2024-07-15\n\nHeadline\n\n"


def _text(body: str) -> str:
    return HEAD + body + "\n"


def _sums(body: str, kind: str = "sum") -> list[tuple]:
    return totals_and_parts(_text(body), kind)


# --- a trade between two partners, its flows in the next sentence ------------------------------

PARTNERS = (
    "Trade between Pellar and Osk rose 4.0% to 500 billion dollars in the first half. "
    "Pellar's exports to Osk came to {a} billion dollars, while imports from Osk fell to "
    "{b} billion dollars."
)


def test_partner_trade_total_takes_the_flows_to_and_from_the_partner(tmp_path):
    text = PARTNERS.format(a="310", b="190")
    assert _sums(text) == [
        ("500 billion dollars", ["310 billion dollars", "190 billion dollars"], "medium")
    ]
    assert_relation_verdict(tmp_path, "pellar", _text(text), "sum", "consistent")


def test_partner_trade_flows_that_miss_the_total_are_flagged(tmp_path):
    assert_relation_verdict(
        tmp_path, "pellar", _text(PARTNERS.format(a="330", b="190")), "sum", "inconsistent"
    )


def test_flows_that_name_no_partner_are_not_the_partner_trade(tmp_path):
    text = (
        "Trade between Pellar and Osk rose 4.0% to 500 billion dollars in the first half. "
        "Exports came to 310 billion dollars, while imports fell to 190 billion dollars."
    )
    assert_near_miss(tmp_path, "pellar", _text(text), "sum")


# --- a trade narrowed to some goods; flows written "Imports were A and exports B" --------------

GRAIN = "Grain trade of Upper Vessa reached 12.5 billion dollars in the year.\n\n{flows}"


def test_goods_trade_takes_the_flows_after_it(tmp_path):
    text = GRAIN.format(flows="Imports were 8.1 billion dollars and exports 4.4 billion dollars.")
    assert _sums(text) == [
        ("12.5 billion dollars", ["4.4 billion dollars", "8.1 billion dollars"], "medium")
    ]
    assert_relation_verdict(tmp_path, "vessa", _text(text), "sum", "consistent")


def test_goods_trade_flows_that_overshoot_are_flagged(tmp_path):
    text = GRAIN.format(flows="Imports were 8.1 billion dollars and exports 5.4 billion dollars.")
    assert_relation_verdict(tmp_path, "vessa", _text(text), "sum", "inconsistent")


def test_flows_of_some_goods_are_no_parts_of_all_trade(tmp_path):
    text = (
        "Trade of Upper Vessa reached 92.5 billion dollars in the year. Grain imports were "
        "8.1 billion dollars and grain exports 4.4 billion dollars."
    )
    assert_near_miss(tmp_path, "vessa", _text(text), "sum")


# --- the total after its flows ----------------------------------------------------------------

AFTER = (
    "In the first quarter, Tembrook's fish exports rose 6.0 percent to 3.20 billion dollars, "
    "while fish imports rose 2.0 percent to 1.10 billion dollars.\n\n"
    "The {total} stood at {t} billion dollars."
)


def test_a_total_after_its_flows_sums_them(tmp_path):
    text = AFTER.format(total="total fish trade volume", t="4.30")
    assert _sums(text) == [
        ("4.30 billion dollars", ["3.20 billion dollars", "1.10 billion dollars"], "medium")
    ]
    assert_relation_verdict(tmp_path, "tembrook", _text(text), "sum", "consistent")


def test_a_total_after_its_flows_that_misses_them_is_flagged(tmp_path):
    text = AFTER.format(total="total fish trade volume", t="4.90")
    assert_relation_verdict(tmp_path, "tembrook", _text(text), "sum", "inconsistent")


def test_a_trade_figure_after_flows_that_says_no_total_takes_none(tmp_path):
    text = AFTER.format(total="fish trade with Varland", t="4.30")
    assert_near_miss(tmp_path, "tembrook", _text(text), "sum")


def test_a_total_of_another_period_after_flows_takes_none(tmp_path):
    text = AFTER.format(total="total fish trade volume", t="4.30").replace(
        "The total", "In the fourth quarter of 2023, the total"
    )
    assert_near_miss(tmp_path, "tembrook", _text(text), "sum")


# --- a whole breakdown of industry named by its own nouns -------------------------------------

INDUSTRY = (
    "Industrial profits in Keswold reached 900.0 billion dollars in the first half, up 2.0 "
    "percent.\n\nMining made {a} billion dollars, down 5.0 percent; manufacturing made 700.0 "
    "billion dollars, up 3.0 percent{rest}."
)


def test_mining_manufacturing_and_utilities_are_all_of_industry(tmp_path):
    text = INDUSTRY.format(a="120.0", rest="; and utilities made 80.0 billion dollars")
    assert _sums(text) == [
        (
            "900.0 billion dollars",
            ["120.0 billion dollars", "700.0 billion dollars", "80.0 billion dollars"],
            "low",
        )
    ]
    assert_relation_verdict(tmp_path, "keswold", _text(text), "sum", "consistent")


def test_a_whole_breakdown_of_industry_that_overshoots_is_flagged(tmp_path):
    text = INDUSTRY.format(a="150.0", rest="; and utilities made 80.0 billion dollars")
    assert_relation_verdict(tmp_path, "keswold", _text(text), "sum", "inconsistent")


def test_two_of_the_three_branches_are_at_most_the_total():
    text = INDUSTRY.format(a="120.0", rest="")
    assert _sums(text) == []
    assert _sums(text, "partial_sum") == [
        ("900.0 billion dollars", ["120.0 billion dollars", "700.0 billion dollars"], "low")
    ]


# --- a quarter's months and its total ---------------------------------------------------------

MONTHS = (
    "Visitor spending in Harlow Bay came to 310 million dollars in June, 280 million dollars "
    "in May and 260 million dollars in April, or {t} million dollars in the {period}."
)


def test_three_months_and_their_quarter(tmp_path):
    text = MONTHS.format(t="850", period="quarter")
    assert _sums(text) == [
        (
            "850 million dollars",
            ["310 million dollars", "280 million dollars", "260 million dollars"],
            "medium",
        )
    ]
    assert_relation_verdict(tmp_path, "harlow", _text(text), "sum", "consistent")


def test_three_months_that_miss_their_quarter_are_flagged(tmp_path):
    text = MONTHS.format(t="880", period="quarter")
    assert_relation_verdict(tmp_path, "harlow", _text(text), "sum", "inconsistent")


def test_three_months_and_a_half_year_are_no_sum(tmp_path):
    assert_near_miss(
        tmp_path, "harlow", _text(MONTHS.format(t="1,700", period="first half")), "sum"
    )


# --- a surplus in the sentence after its flows ------------------------------------------------

SURPLUS = (
    "{opening}exports reached 48.0 billion dollars, while imports came to 31.5 billion "
    "dollars. Dunmere's surplus widened 9.0% to {s} billion dollars."
)


def test_a_surplus_right_after_its_flows_is_their_gap(tmp_path):
    text = SURPLUS.format(opening="In the first half, Dunmere's ", s="16.5")
    assert _sums(text) == [
        ("48.0 billion dollars", ["31.5 billion dollars", "16.5 billion dollars"], "low")
    ]
    assert_relation_verdict(tmp_path, "dunmere", _text(text), "sum", "consistent")


def test_a_surplus_right_after_its_flows_that_misses_their_gap_is_flagged(tmp_path):
    text = SURPLUS.format(opening="In the first half, Dunmere's ", s="18.5")
    assert_relation_verdict(tmp_path, "dunmere", _text(text), "sum", "inconsistent")


def test_a_surplus_after_a_year_earlier_s_flows_takes_none(tmp_path):
    text = SURPLUS.format(opening="A year earlier, Dunmere's ", s="18.5")
    assert_near_miss(tmp_path, "dunmere", _text(text), "sum")


# --- net exports of a measured good -----------------------------------------------------------

NET = (
    "Corran exported 6.40 million tons of rice, while rice imports fell to 1.10 million tons."
    "\n\n{closing} of {n} million tons."
)


def test_that_makes_net_exports_ties_them_to_the_flows_before(tmp_path):
    text = NET.format(closing="That makes net rice exports", n="5.30")
    assert _sums(text) == [("6.40 million tons", ["1.10 million tons", "5.30 million tons"], "low")]
    assert_relation_verdict(tmp_path, "corran", _text(text), "sum", "consistent")


def test_net_exports_that_miss_the_gap_are_flagged(tmp_path):
    text = NET.format(closing="That makes net rice exports", n="4.30")
    assert_relation_verdict(tmp_path, "corran", _text(text), "sum", "inconsistent")


def test_net_exports_with_no_word_tying_them_to_the_flows_take_none(tmp_path):
    text = NET.format(closing="Separately, the ministry put net wheat exports", n="4.30")
    assert_near_miss(tmp_path, "corran", _text(text), "sum")
