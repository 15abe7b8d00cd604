"""A drafted figure is named by the subject of its own clause: in "A rose to X and B fell
to Y", Y is B's, while "X and rose 5%" and "A and B totaled X and Y" keep the one subject."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c["value"]: c["metric"] for c in extract_claims(text, "x")["claims"]}


@pytest.mark.parametrize(
    "text,value,metric",
    [
        (
            "Coffee exports totaled $2.5 billion and tea imports reached $1.2 billion.",
            "$1.2 billion",
            "tea imports",
        ),
        (
            "Revenue rose 5% to €3 billion and net profit jumped 20% to €1 billion.",
            "20%",
            "net profit",
        ),
        (
            "Wheat output was 40 million tonnes and the maize harvest came to 25 million tonnes.",
            "25 million tonnes",
            "maize harvest",
        ),
    ],
)
def test_a_figure_after_and_takes_the_subject_of_its_own_clause(text, value, metric):
    assert _metrics(text)[value] == metric


@pytest.mark.parametrize(
    "text,value,metric",
    [
        ("Coffee exports totaled $2.5 billion and rose 5% on the year.", "5%", "Coffee exports"),
        (
            "Exports and imports totaled $2.5 billion and $1.2 billion respectively.",
            "$2.5 billion",
            "Exports and imports",
        ),
    ],
)
def test_a_clause_without_a_subject_of_its_own_keeps_the_first(text, value, metric):
    assert _metrics(text)[value] == metric


@pytest.mark.parametrize(
    "text,value,metric",
    [
        # What the first figure counts ("billion", "bn", "m") ends at the conjunction.
        (
            "Freight came to $9.2 billion, with rail at $5.1 billion and road haulage at "
            "$4.1 billion.",
            "$4.1 billion",
            "road haulage",
        ),
        ("Trade was $12.5bn, with exports at $7.5bn and imports at $5bn.", "$5 bn", "imports"),
        # A participle of change with its figure after it is the clause's verb.
        (
            "Revenue reached €81 million, with exports climbing 8% on a year earlier to "
            "€23 million.",
            "€23 million",
            "exports",
        ),
    ],
)
def test_a_figure_after_another_in_a_with_clause_is_named_by_its_own_noun(text, value, metric):
    assert _metrics(text)[value] == metric


def test_a_participle_before_its_noun_is_no_verb():
    # "Rising" opens the noun phrase: the figure is still named by the words around it.
    assert _metrics("Rising rents lifted inflation to 4.1% in June.")["4.1%"] == "inflation"


def test_a_clause_opened_by_as_has_its_own_subject():
    text = "The shortfall shrank to $1.4 billion from $2.9 billion, as sales rose to $8.8 billion."
    assert _metrics(text)["$8.8 billion"] == "sales"
    # "as of", "as well as" open no clause.
    assert _metrics("As of June, reserves stood at $31 billion.")["$31 billion"] == "reserves"


def test_a_comparison_after_a_count_is_not_what_it_counts():
    text = "Visits were 1.4 million, 90,000 fewer than a year before, when they were 1.49 million."
    assert _metrics(text)["90,000"] == "Visits"


def test_the_subjects_own_figure_is_no_part_of_a_later_figures_name():
    metrics = _metrics("Outlays of €9.4 billion exceeded receipts of €7.9 billion by €1.5 billion.")
    assert "9.4" not in metrics["€7.9 billion"] and "9.4" not in metrics["€1.5 billion"]
    # What the figure before counts ("billion by") names nothing after it.
    assert not metrics["€1.5 billion"].startswith("billion")
