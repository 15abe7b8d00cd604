"""The earlier level of a change in another sentence: a figure reached "to" after "from a year
earlier" is an end, and a figure "compared with" an expectation is not a level."""

from __future__ import annotations

from audit.extract import extract_claims


def _starts(text: str) -> list[str]:
    drafted = extract_claims(text, "x", published="2024-03")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        values[r["roles"]["start"]]
        for r in drafted["relations"]
        if r["kind"] == "growth" and isinstance(r["roles"].get("start"), str)
    ]


def test_a_level_reached_after_from_a_year_earlier_is_no_start():
    text = (
        "Exports grew 9 percent, reaching 1.4 trillion yuan.\n\n"
        "Trade with the bloc was up 6.2 percent from a year earlier to 2.6 trillion yuan.\n"
    )
    assert "2.6 trillion yuan" not in _starts(text)


def test_an_expectation_compared_with_is_no_start():
    text = "Revenue rose 3 percent to $8.4 billion, compared with a Street view of $8.2 billion.\n"
    assert _starts(text) == []


def test_a_level_compared_with_is_a_start():
    text = "Revenue rose 3 percent to $8.4 billion, compared with $8.16 billion a year earlier.\n"
    assert _starts(text) == ["$8.16 billion"]


def test_the_subject_named_again_ties_a_base_to_the_change():
    text = (
        "Net income rose 12 percent to $1.68 billion. "
        "The income compared with $1.5 billion a year earlier.\n"
    )
    assert _starts(text) == ["$1.5 billion"]
