"""A quantity and its value set against the two of an earlier period ("sold A tonnes and
earned B, compared to C tonnes at D"): two pairs, each taking the rate a sentence after says
is "in terms of quantity" or "in terms of value"."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

_PAIRS = (
    "Title\n\nThe co-operative shipped 38,250t of barley in June for US$9.18m, against 35,100t "
    "worth US$9.46m in May. Month on month, shipments rose {quantity} per cent in terms of "
    "quantity, while earnings showed a loss of {value} per cent in terms of value.\n"
)


def _growths(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (values[r["roles"]["start"]], values[r["roles"]["end"]], r["roles"].get("rate"))
        for r in drafted["relations"]
        if r["kind"] == "growth"
    ]


def test_each_earlier_figure_is_the_start_of_the_figure_of_its_kind():
    found = _growths(_PAIRS.format(quantity="8.97", value="2.96"))
    assert [(start, end) for start, end, _ in found] == [
        ("35,100 t", "38,250 t"),
        ("US$9.46 million", "US$9.18 million"),
    ]


@pytest.mark.parametrize(
    ("quantity", "value", "statuses"),
    [
        ("8.97", "2.96", ["consistent", "consistent"]),
        ("8.97", "4.96", ["consistent", "inconsistent"]),
        # the rates swapped: each fails its own pair
        ("2.96", "8.97", ["inconsistent", "inconsistent"]),
    ],
)
def test_the_rates_in_terms_of_quantity_and_value_take_their_pairs(
    tmp_path, quantity, value, statuses
):
    text = _PAIRS.format(quantity=quantity, value=value)
    findings = audit_snippet(tmp_path, "barley", text)
    assert sorted(f.status for f in findings if f.kind == "growth") == statuses


def test_figures_of_two_clauses_are_no_pair():
    text = (
        "Title\n\nThe co-operative sold 38,250t of barley, while its rival earned US$9.18m, "
        "compared to 35,100t at US$9.46m in May.\n"
    )
    assert _growths(text) == []


def test_the_earlier_pair_may_be_named_as_last_years_figure():
    text = (
        "Title\n\nIn daily sales, 2.3 million kg worth $7.1 million of the crop was sold on day "
        "20, compared to last year's figure of 1.9 million kg worth $5 million.\n"
    )
    assert [(start, end) for start, end, _ in _growths(text)] == [
        ("1.9 million kg", "2.3 million kg"),
        ("$5 million", "$7.1 million"),
    ]
