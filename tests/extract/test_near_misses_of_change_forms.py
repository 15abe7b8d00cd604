"""Sentences that look like the change forms the extractor reads but are not: a figure after
"over" that is more than a part, shares of another whole, years written backwards, a record as
the earlier level, a rate of another clause or a word of another sense ("improved", "higher
than"). None may raise an inconsistent finding."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet, roles_by_name

HEAD = "Published: 2024-05-01\n\nFigures\n\n"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Exports rose 8% to $5.4 billion in 2023, over $1 billion of it to Asia.", "growth"),
        (
            "The fair drew 46,500 visitors in 2023 and 41,000 in 2022, which was a 13.4% rise.",
            "growth",
        ),
        (
            "The port recorded a 12% rise, with 2.5 million containers in 2022 against 2.8 million"
            " in 2023.",
            "growth",
        ),
        ("Profit rose 5% to $21 million, compared with a record of $30 million in 2019.", "growth"),
        ("The budget deficit improved 25% to $9 billion from $12 billion.", "growth"),
        (
            "The average rent rose to $2,400 from $2,300, some 20% higher than in the suburbs.",
            "growth",
        ),
        (
            "Sales were $40 million in the quarter.\n\nThat is up from $35 million a year earlier,"
            " while costs rose 3%.",
            "growth",
        ),
        (
            "Of the 200 stores, 120 are in cities and 80 in towns, accounting for 15% and 10% of"
            " sales.",
            "share",
        ),
    ],
)
def test_no_inconsistent_finding_from_a_near_miss(tmp_path, sentence, kind):
    findings = audit_snippet(tmp_path, "near", HEAD + sentence + "\n")
    assert not [f for f in findings if f.kind == kind and f.status == "inconsistent"]


def test_over_more_than_a_part_keeps_its_qualifier():

    drafted = extract_claims(
        HEAD + "Sales rose from 900 in April to 1,200 in May, over 1,000 of them online.\n", "x"
    )
    assert "over 1,000" in [c["value"] for c in drafted["claims"]]


def test_a_loss_is_no_level_to_grow_from():
    text = HEAD + (
        "Net income was $12 million in the quarter.\n\n"
        "It compares with a loss of $3 million a year earlier.\n"
    )
    assert roles_by_name(text, "growth") == []
