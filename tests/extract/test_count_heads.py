"""A count counts the head of its noun phrase: the last of two plural nouns ("news articles"),
never an adverb that happens to end in s ("jobs overseas")."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims, find_quantities


def _counted(text: str, written: str) -> str | None:
    found = [f for f in find_quantities(text) if f.text == written]
    assert found, find_quantities(text)
    return found[0].counted


@pytest.mark.parametrize(
    "text,written,counted",
    [
        ("The paper ran 40 news stories on the flood.", "40", "stories"),
        ("Savers opened 2,000 savings accounts in May.", "2,000", "accounts"),
        ("The port hired 35 customs officers.", "35", "officers"),
        ("The dealer sold 12 sports cars.", "12", "cars"),
        ("Clinics saw 90 measles cases.", "90", "cases"),
        ("The works employs 300 sales staff.", "300", "staff"),
    ],
)
def test_the_last_of_two_plural_nouns_is_what_is_counted(text, written, counted):
    assert _counted(text, written) == counted


@pytest.mark.parametrize(
    "text,written,counted",
    [
        ("The bank cut 200 jobs overseas.", "200", "jobs"),
        ("It moved 50 workers indoors.", "50", "workers"),
        ("The mill ran 500 looms days and nights.", "500", "looms"),
    ],
)
def test_a_word_after_the_noun_that_is_no_noun_leaves_it_counted(text, written, counted):
    assert _counted(text, written) == counted


def test_the_drafted_claim_writes_the_head_noun_as_its_unit():
    text = "The paper ran 40 news stories and 12 photo essays."
    values = [c["value"] for c in extract_claims(text, "x", published="2024-05")["claims"]]
    assert values == ["40 counted stories", "12 counted essays"]
