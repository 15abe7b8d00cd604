"""A total in the lead and its breakdown sentences later: linked from the words alone."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

LEAD = (
    "Updated: 2024-05-20\n\n"
    "Total freight income of the rail operator in January to March came to 640 million "
    "euros, up 3 percent.\n"
    "For March alone, total freight income was 230 million euros.\n"
    "Passenger numbers rose 2 percent.\n"
)
SPLIT = (
    "Split by route, January to March income on coastal lines was {a} million euros, "
    "while inland lines earned {b} million euros."
)


def _sums(text: str) -> list[tuple[str, list[str], str | None]]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (values[r["roles"]["total"]], [values[p] for p in r["roles"]["parts"]], r.get("confidence"))
        for r in drafted["relations"]
        if r["kind"] == "sum"
    ]


def test_a_breakdown_links_to_the_total_of_its_period():
    sums = _sums(LEAD + SPLIT.format(a=400, b=240))
    assert sums == [("640 million euros", ["400 million euros", "240 million euros"], "low")]


def test_the_link_does_not_depend_on_the_numbers_adding_up(tmp_path):
    text = LEAD + SPLIT.format(a=400, b=140)
    assert _sums(text) == [("640 million euros", ["400 million euros", "140 million euros"], "low")]
    [found] = [f for f in audit_snippet(tmp_path, "freight", text) if f.kind == "sum"]
    assert found.status == "inconsistent"
    assert found.severity == "warning"  # a guessed link never fails the error gate
    assert "breakdown after its total" in found.note


def test_no_breakdown_cue_no_link():
    text = LEAD + (
        "Coastal lines earned 400 million euros, while inland lines earned 240 million euros."
    )
    assert _sums(text) == []


def test_no_textual_cue_for_a_total_no_link():
    text = (
        "Updated: 2024-05-20\n\nA new depot cost 90 million euros.\n"
        "Split by route, coastal lines earned 400 million euros, while inland lines "
        "earned 240 million euros."
    )
    assert _sums(text) == []


def test_the_next_sentence_repeating_the_breakdown_links_to_its_own_period():
    text = (
        LEAD + SPLIT.format(a=400, b=240) + " In March, coastal lines made 150 million euros, "
        "and inland lines 80 million euros."
    )
    assert ("230 million euros", ["150 million euros", "80 million euros"], "low") in _sums(text)


def test_a_next_sentence_naming_other_parts_is_not_a_repeat():
    text = (
        LEAD + SPLIT.format(a=400, b=240) + " In March, staff costs were 150 million euros, "
        "and fuel 80 million euros."
    )
    assert all(total != "230 million euros" for total, _, _ in _sums(text))
