"""Two levels of one thing set side by side in one sentence, one dated to the period before in
its own clause ("E this month, while in the same month of the previous year it was S"): a
growth from S to E, and its direction where the later clause's verb says it."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet


def _pairs(text: str) -> list[tuple[str, str]]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (values[r["roles"]["start"]], values[r["roles"]["end"]])
        for r in drafted["relations"]
        if "one dated to the period before" in r.get("note", "")
    ]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "Ticket sales at the museum came to $4.8 million in the season, while in the same "
            "season of the previous year ticket takings stood at $4.1 million.",
            ("$4.1 million", "$4.8 million"),
        ),
        (
            "Freight handled in the first half of the previous fiscal year came to 52 million "
            "tonnes, whereas this year it has slipped to 49 million tonnes.",
            ("52 million tonnes", "49 million tonnes"),
        ),
        (
            "Having stood at $730 million in the third quarter of last year, the current account "
            "surplus has climbed to $812 million.",
            ("$730 million", "$812 million"),
        ),
    ],
)
def test_the_level_dated_before_is_the_start(sentence, pair):
    assert _pairs(f"Title\n\n{sentence}\n") == [pair]


@pytest.mark.parametrize(
    "sentence",
    [
        # two subjects: the museum's sales against the gallery's
        "Ticket sales at the museum came to $4.8 million in the season, while in the same "
        "season of the previous year gallery donations were $4.1 million.",
        # two places
        "Freight handled in Kenya amounted to 52 million tonnes, whereas in Uganda in the "
        "previous fiscal year it was 49 million tonnes.",
        # both clauses dated to the year before
        "Freight in the previous fiscal year was 52 million tonnes, whereas a year earlier it "
        "was 49 million tonnes.",
        # three levels: which two, the words do not say
        "Freight was 52 million tonnes and 12 million tonnes of it was coal, while in the same "
        "period of the previous year freight was 49 million tonnes.",
    ],
)
def test_levels_the_words_do_not_tie_are_left_alone(sentence):
    assert _pairs(f"Title\n\n{sentence}\n") == []


@pytest.mark.parametrize(("end", "status"), [("49", "consistent"), ("55", "inconsistent")])
def test_the_later_clauses_verb_gives_the_direction(tmp_path, end, status):
    text = (
        "Title\n\nFreight handled in the first half of the previous fiscal year came to 52 "
        f"million tonnes, whereas this year it has slipped to {end} million tonnes.\n"
    )
    findings = audit_snippet(tmp_path, "freight", text)
    assert [f.status for f in findings if f.kind == "order"] == [status]


@pytest.mark.parametrize(("change", "status"), [("0.7", "consistent"), ("0.9", "inconsistent")])
def test_that_marks_a_decrease_in_the_thing_by_c(tmp_path, change, status):
    text = (
        "Title\n\nTicket sales at the museum came to $4.1 million in the season, while in the "
        "same season of the previous year ticket takings stood at $4.8 million.\n\n"
        f"That marks a decrease in ticket sales by ${change} million.\n"
    )
    findings = audit_snippet(tmp_path, "tickets", text)
    assert [f.status for f in findings if f.kind == "sum"] == [status]
