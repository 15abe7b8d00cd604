"""A compound rate whose sentence names no years, but says it runs over the span the sentence
before states ("Their revenue, meanwhile, rose from A to B at a CAGR of R", "... over the same
period"): the span is that sentence's, at medium confidence. With no such words, or with a
sentence between, no span is read and the rate stays unchecked."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet, roles_by_name

_SUBSCRIBERS = (
    "Broadband subscriptions in Vellin went from 1.2 million in 2016 to 3.0 million in 2022, "
    "at a CAGR of 16.5%. Their revenue, meanwhile, rose from EUR 400 million to EUR 650 "
    "million at a CAGR of {rate}%."
)
_TONNES = (
    "Orchard output in the Karsk valley grew from 80,000 tonnes in 2018 to 120,000 tonnes in "
    "2023, a compound annual growth rate of 8.4 percent. Exports climbed from 20,400 tonnes to "
    "35,900 tonnes over the same period, at a compound annual growth rate of {rate} percent."
)


def _cagr_statuses(tmp_path, text: str) -> list[str]:
    return sorted(f.status for f in audit_snippet(tmp_path, "story", text) if f.kind == "cagr")


@pytest.mark.parametrize(
    "text, rate, statuses",
    [
        (_SUBSCRIBERS, "8.4", ["consistent", "consistent"]),
        (_SUBSCRIBERS, "12.4", ["consistent", "inconsistent"]),
        (_TONNES, "12.0", ["consistent", "consistent"]),
        (_TONNES, "13.4", ["consistent", "inconsistent"]),
    ],
)
def test_a_rate_over_the_span_before(tmp_path, text, rate, statuses):
    assert _cagr_statuses(tmp_path, text.format(rate=rate)) == statuses


def test_the_span_carried_is_a_guess():
    drafted = extract_claims(_SUBSCRIBERS.format(rate="8.4"), "x")
    carried = [r for r in drafted["relations"] if r["kind"] == "cagr" and "before" in r["note"]]
    assert [(r["period"], r.get("confidence")) for r in carried] == [("2016/2022", "medium")]


@pytest.mark.parametrize(
    "text",
    [
        # No words say the second runs over the first's span.
        "Broadband subscriptions in Vellin went from 1.2 million in 2016 to 3.0 million in "
        "2022, at a CAGR of 16.5%. Their revenue rose from EUR 400 million to EUR 650 million "
        "at a CAGR of 12.4%.",
        # A sentence between: "meanwhile" goes on from that one, which states no span.
        "Broadband subscriptions in Vellin went from 1.2 million in 2016 to 3.0 million in "
        "2022, at a CAGR of 16.5%. The regulator counts 14 providers. Their revenue, meanwhile, "
        "rose from EUR 400 million to EUR 650 million at a CAGR of 12.4%.",
    ],
)
def test_no_span_without_the_words_or_next_to_it(tmp_path, text):
    assert "inconsistent" not in _cagr_statuses(tmp_path, text)
    revenue = [r for r in roles_by_name(text, "cagr") if r.get("rate") == "12.4%"]
    assert revenue  # drafted, but with no span to check it over
