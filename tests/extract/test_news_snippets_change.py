"""A figure stated with both its absolute change and the rate of change."""

import pytest

from tests.extract.snippets import assert_relation_verdict, audit_snippet

DATED = "Updated: 2024-01-20\n\n"
SNIPPETS = {
    "retail_up_ok": (
        DATED + "Retail sales of consumer goods reached 2.4 trillion yuan, an increase of 180 "
        "billion yuan or 8.1 percent year-on-year.",
        "change",
        "consistent",
    ),
    "trade_up_comma_ok": (
        DATED + "Foreign trade was 641 billion yuan, up 27 billion yuan, or 4.4%, from a year "
        "earlier.",
        "change",
        "consistent",
    ),
    "output_fell_to_ok": (
        DATED + "Industrial output fell 1.2 billion yuan, or 2 percent, to 58.8 billion yuan.",
        "change",
        "consistent",
    ),
    "rate_on_the_new_value": (
        DATED + "Tax revenue reached £52.0bn, an increase of £4.0bn or 7.7% on the year.",
        "change",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_change_and_rate(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


def test_a_rate_on_the_new_value_names_the_mistake(tmp_path):
    text, _, _ = SNIPPETS["rate_on_the_new_value"]
    [found] = [f for f in audit_snippet(tmp_path, "tax", text) if f.kind == "change"]
    assert "later value" in found.cause
