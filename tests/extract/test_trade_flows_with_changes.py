"""Trade and its two flows in one sentence, each flow with its own change: the flows add up
to the trade total, and each level is also the end of its own growth."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.snippets import audit_snippet


@pytest.mark.parametrize(
    "text,verdict",
    [
        (
            "Two-way trade reached $88.0 billion in the quarter, with exports rising 5% to "
            "$47.3 billion and imports falling 2% to $40.7 billion.",
            "consistent",
        ),
        (
            "Two-way trade reached $88.0 billion in the quarter, with exports rising 5% to "
            "$47.3 billion and imports falling 2% to $42.7 billion.",
            "inconsistent",
        ),
    ],
)
def test_the_flows_add_up_to_trade_and_keep_their_growth(tmp_path: Path, text, verdict):
    findings = audit_snippet(tmp_path, "trade", "Trade in the quarter\n\n" + text + "\n")
    assert [f.status for f in findings if f.kind == "sum"] == [verdict]
    assert len([f for f in findings if f.kind == "growth"]) == 2


def test_a_balance_of_trade_is_no_sum_of_its_flows(tmp_path: Path):
    text = (
        "Trade in May\n\nThe balance of trade was $6.6 billion in May, with exports of "
        "$47.3 billion and imports of $40.7 billion.\n"
    )
    assert not [f for f in audit_snippet(tmp_path, "balance", text) if f.kind == "sum"]


def test_flows_leaving_a_balance_keep_their_growth(tmp_path: Path):
    text = (
        "Grain trade\n\nExports rose 9% to 6.1 million tonnes, while imports fell 4% to "
        "2.4 million tonnes, leaving a surplus of 3.7 million tonnes.\n"
    )
    findings = audit_snippet(tmp_path, "grain", text)
    assert [f.status for f in findings if f.kind == "sum"] == ["consistent"]
    assert len([f for f in findings if f.kind == "growth"]) == 2
