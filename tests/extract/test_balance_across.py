"""A surplus or deficit is linked to the exports and imports (revenue and spending) it is the
gap between, when they are stated in the sentences after it or, when it says so, before it."""

from __future__ import annotations

from tests.extract.snippets import audit_snippet, totals_and_parts

HEAD = "Updated: 2024-02-02\n\n"


def _sums(text: str) -> list[tuple]:
    return totals_and_parts(text, "sum")


LEAD_THEN_FLOWS = (
    HEAD + "The island nation posted a trade surplus of $4.2 billion in March, its statistics "
    "office said.\n\n"
    "The figure was the largest in a decade.\n\n"
    "Exports of fish and timber climbed 11 percent to ${exports} billion, while imports grew "
    "3 percent to $6.1 billion.\n"
)


def test_flows_in_a_later_sentence_are_the_balance_sides():
    assert _sums(LEAD_THEN_FLOWS.format(exports="10.3")) == [
        ("$10.3 billion", ["$6.1 billion", "$4.2 billion"], "low")
    ]


def test_the_link_holds_whatever_the_numbers_say(tmp_path):
    text = LEAD_THEN_FLOWS.format(exports="11.9")
    assert _sums(text) == [("$11.9 billion", ["$6.1 billion", "$4.2 billion"], "low")]
    [found] = [f for f in audit_snippet(tmp_path, "trade", text) if f.kind == "sum"]
    assert found.status == "inconsistent"
    assert found.severity == "warning"  # a guessed link never fails the gate


def test_a_deficit_takes_spending_as_the_larger_side():
    text = (
        HEAD + "The regional government's budget deficit widened 14% to $2.5 billion.\n"
        "Spending rose to $19.0 billion.\n"
        "Revenue grew to $16.5 billion, helped by fuel duties.\n"
    )
    assert _sums(text) == [("$19.0 billion", ["$16.5 billion", "$2.5 billion"], "low")]


def test_flows_before_are_read_when_the_balance_says_it_follows():
    text = (
        HEAD + "Exports totalled $820 million and imports reached $700 million in the week.\n"
        "The trade surplus therefore came to $120 million.\n"
    )
    assert _sums(text) == [("$820 million", ["$700 million", "$120 million"], "low")]


def test_flows_before_are_not_read_without_such_a_word():
    text = (
        HEAD + "Exports totalled $820 million and imports reached $700 million in the week.\n"
        "In the month, the trade surplus came to $410 million.\n"
    )
    assert _sums(text) == []


def test_the_next_balance_keeps_its_own_flows():
    text = (
        HEAD + "The surplus with Europe was $3 billion.\n"
        "With Asia, the surplus came to $5 billion.\n"
        "Exports to Asia rose to $40 billion and imports from Asia to $35 billion.\n"
    )
    assert _sums(text) == [("$40 billion", ["$35 billion", "$5 billion"], "low")]


def test_one_flow_beside_the_balance_is_not_completed_from_elsewhere():
    text = (
        HEAD + "The country ran a deficit of $900 million with its neighbour, with imports "
        "reaching $2.4 billion.\n"
        "Exports overall rose to $12 billion and imports to $11 billion.\n"
    )
    assert _sums(text) == []


def test_flows_in_the_balance_sentence_after_it_are_a_firmer_link():
    text = (
        HEAD + "The port recorded a deficit of $1.2 billion, as imports rose to $5.0 billion "
        "while exports eased to $3.8 billion.\n"
    )
    assert _sums(text) == [("$5.0 billion", ["$3.8 billion", "$1.2 billion"], "medium")]
