"""Parts listed with their shares, the whole stated in a sentence before: "Exports came to T.
... The leading buyers were A at X (P percent), B at Y (Q percent)" and "The clinic recorded
N cases. Most cases came from the north with X at P percent, ...". The whole is the earlier
figure the list's head names; the shares are then checked against it."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet, roles_by_name

HEAD = "Published: 2024-06-20\n\nVarn trade in May\n\n"
EXPORTS = (
    "Exports in May came to $8.40 billion, down 3 percent from $8.66 billion a year earlier.\n\n"
    "Officials said the fall was smaller than feared.\n\n"
    "The leading buyers were Osland at $1.26 billion ({share} percent), Merrow at $840 million"
    " (10.0 percent) and Tarn at $420 million (5.0 percent).\n"
)
CASES = (
    "The health office recorded 12,000 fever cases in the first half.\n\n"
    "Most cases came from the north with 3,000 at {share} percent, the east with 2,400 at 20 "
    "percent and the west with 1,200 at 10 percent.\n"
)


def _shares(text: str) -> list[dict]:
    return sorted((r for r in roles_by_name(text, "share")), key=lambda r: (r["part"], r["share"]))


def test_each_listed_part_is_a_share_of_the_exports_before():
    shares = _shares(HEAD + EXPORTS.format(share="15.0"))
    assert shares == [
        {"part": "$1.26 billion", "whole": "$8.40 billion", "share": "15.0 percent"},
        {"part": "$420 million", "whole": "$8.40 billion", "share": "5.0 percent"},
        {"part": "$840 million", "whole": "$8.40 billion", "share": "10.0 percent"},
    ]


def test_counts_listed_at_their_shares_take_the_count_of_the_cases_before():
    shares = _shares(HEAD + CASES.format(share="25"))
    assert {s["whole"] for s in shares} == {"12,000 cases"}
    assert [s["part"] for s in shares] == ["1,200", "2,400", "3,000"]


@pytest.mark.parametrize(("share", "verdict"), [("15.0", "consistent"), ("19.0", "inconsistent")])
def test_a_listed_share_is_checked_against_the_whole(tmp_path, share, verdict):
    findings = audit_snippet(tmp_path, "exports", HEAD + EXPORTS.format(share=share))
    found = [f for f in findings if f.kind == "share" and f"{share} percent" in f.quote]
    assert [f.status for f in found] == [verdict]
    # a link the words only suggest: it never fails the gate
    assert all(f.severity != "error" for f in found)


def test_a_list_going_on_after_a_share_of_the_total_keeps_its_whole():
    text = HEAD + (
        "Imports in May totalled $9.2 billion.\n\nMachinery was the biggest item at $2.3 "
        "billion (25.0 percent of total), then chemicals at $920 million (10.0 percent).\n"
    )
    assert {"part": "$920 million", "whole": "$9.2 billion", "share": "10.0 percent"} in _shares(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        # the sentence states a figure of its own that may be the whole: not a bare list
        "Exports came to $8.40 billion.\n\nOf $5.1 billion in goods, the leading buyers were "
        "Osland at $1.26 billion (15.0 percent) and Merrow at $840 million (10.0 percent).\n",
        # two earlier figures named alike: the words do not say which
        "Exports of grain came to $8.40 billion and exports of ore to $6.10 billion.\n\nThe "
        "leading buyers were Osland at $1.26 billion (15.0 percent) and Merrow at $840 "
        "million (10.0 percent).\n",
        # nothing before is named by the list's head
        "Tourist spending came to $8.40 billion.\n\nThe leading buyers were Osland at $1.26 "
        "billion (15.0 percent) and Merrow at $840 million (10.0 percent).\n",
        # "(up 5.0 percent)" is a change, not a share
        "Exports came to $8.40 billion.\n\nThe leading buyers were Osland at $1.26 billion (up "
        "15.0 percent) and Merrow at $840 million (up 10.0 percent).\n",
    ],
)
def test_no_whole_where_the_words_do_not_name_one(text):
    assert [
        s for s in _shares(HEAD + text) if s["whole"] in ("$8.40 billion", "$6.10 billion")
    ] == []


def test_the_base_of_a_comparison_is_no_whole_of_the_breakdown():
    # the nearer figure is last year's level, the base of this year's rise
    text = HEAD + (
        "The office recorded 65,000 cases this year.\n\nThat is up 20 percent compared to the "
        "54,000 cases of last year.\n\nMost cases came from the north with 9,000 at 14 percent "
        "and the east with 7,800 at 12 percent.\n"
    )
    assert {s["whole"] for s in _shares(text)} == {"65,000 cases"}


def test_the_sentence_may_state_the_whole_before_its_list():
    text = HEAD + (
        "For the four weeks, when 14,200 cases were recorded, the regions with the most cases "
        "were the north with 2,840 at 20 percent, the coast with 1,562 at 11 percent and the east "
        "with 1,420 at 10 percent.\n"
    )
    assert {s["whole"] for s in _shares(text)} == {"14,200 cases"}


def test_a_base_before_the_list_is_no_whole():
    text = HEAD + (
        "Compared with 15,900 cases a year earlier, the regions with the most cases were the "
        "north with 2,840 at 20 percent and the coast with 1,562 at 11 percent.\n"
    )
    assert [s for s in _shares(text) if s["whole"].startswith("15,900")] == []


@pytest.mark.parametrize(
    "text",
    [
        # a change and its rate, not a part and its share
        "Gas output reached 120 million cubic metres in March.\n\nGas output was up 20 million "
        "cubic metres, or 20 percent, from February.\n",
        "The fund's assets stood at $120 million in March.\n\nIn the quarter the fund's assets "
        "rose $20 million, or 20 percent.\n",
        # "at P" after an amount is a rate charged, where no "with" makes it a share
        "The treasury auctioned $12 billion of bills.\n\nIt sold bills worth $4.2 billion at 4.1 "
        "percent, and bills worth $2.1 billion at 4.4 percent.\n",
    ],
)
def test_no_share_of_a_change_or_of_a_rate_charged(text):
    assert _shares(HEAD + text) == []


def test_a_subtotal_is_no_whole_of_the_list():
    # the list may break down either: the subtotal never, the total where the words say so
    text = HEAD + (
        "The office recorded 12,000 cases last year.\n\nOf these, 8,000 cases were in children."
        "\n\nMost cases came from the north with 3,000 at 25 percent and the east with 2,400 at "
        "20 percent.\n"
    )
    assert {s["whole"] for s in _shares(text)} <= {"12,000 cases"}


def test_a_larger_figure_between_whole_and_list_leaves_the_whole_unsaid():
    text = HEAD + (
        "Exports came to $8.40 billion in May.\n\nShipments to the region, at $2.1 billion, were "
        "the highest on record.\n\nThe leading buyers were Osland at $1.26 billion (60 percent) "
        "and Merrow at $840 million (40 percent).\n"
    )
    assert _shares(text) == []
