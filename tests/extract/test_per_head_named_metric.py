"""A per-head figure of a named metric ("GDP per capita came to A") against the one total of
that metric and the one population the article states near it (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name

HEAD = "Economy\n\nDate: 2024-06-10\n\n"
LEAD = "Dunmore's GDP grew 4.8 percent to 612.5 billion dollars last year."


@pytest.mark.parametrize(
    "per_head, verdict",
    [
        ("With 9.8 million people, the country's GDP per capita came to 62,500 dollars.",
         "consistent"),
        ("With 9.8 million people, the country's GDP per capita came to 52,500 dollars.",
         "inconsistent"),
        ("Per capita GDP was 62,500 dollars, with a population of 9.8 million.", "consistent"),
    ],
)  # fmt: skip
def test_per_head_gdp_against_the_total_and_the_population(tmp_path, per_head, verdict):
    text = HEAD + LEAD + " " + per_head + "\n"
    assert_relation_verdict(tmp_path, "economy", text, "per_capita", verdict)


def test_two_totals_of_the_metric_leave_it_unlinked():
    text = HEAD + (
        "Dunmore's GDP grew 4.8 percent to 612.5 billion dollars last year, and the capital's "
        "GDP reached 201.3 billion dollars. With 9.8 million people, the country's GDP per "
        "capita came to 62,500 dollars.\n"
    )
    assert roles_by_name(text, "per_capita") == []


def test_a_per_head_figure_of_another_metric_is_not_linked():
    text = HEAD + (
        LEAD + " Per capita disposable income of its 9.8 million people reached 41,200 dollars.\n"
    )
    assert roles_by_name(text, "per_capita") == []
