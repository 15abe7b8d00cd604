"""Shares of GDP in two sentences of one economy, period and status, with no GDP to divide
by, imply one GDP: each later pair is held against the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.snippets import audit_snippet

_HEAD = "Accounts\n\nPublished: 2025-03-02\n\n"


def _held(tmp_path: Path, text: str) -> list[str]:
    findings = audit_snippet(tmp_path, "accounts", _HEAD + text + "\n")
    return [f.status for f in findings if f.kind == "shares_of_one_whole"]


@pytest.mark.parametrize(
    "revenue,verdict",
    [
        ("€44 billion, or 22.0% of GDP", "consistent"),
        ("€44 billion, or 26.0% of GDP", "inconsistent"),
    ],
)
def test_two_sentences_of_one_year_imply_one_gdp(tmp_path: Path, revenue, verdict):
    text = (
        f"The deficit for 2024 came to €6 billion, or 3.0% of GDP. Revenue in 2024 was {revenue}."
    )
    assert _held(tmp_path, text) == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # Two years: two GDPs.
        "The deficit for 2024 came to €6 billion, or 3.0% of GDP. Revenue in 2023 was €44 "
        "billion, or 26.0% of GDP.",
        # A fact and a plan: the plan's GDP is a forecast.
        "The deficit for 2024 came to €6 billion, or 3.0% of GDP. Revenue in 2024 is expected "
        "to reach €44 billion, or 26.0% of GDP.",
        # The earlier year named in the sentence: its share was made with another GDP.
        "The deficit for 2024 came to €6 billion, or 3.0% of GDP, against €9 billion, or 5.2% "
        "of GDP, in the previous fiscal year.",
    ],
)
def test_shares_of_two_gdps_are_not_held_together(tmp_path: Path, text):
    assert _held(tmp_path, text) == []
