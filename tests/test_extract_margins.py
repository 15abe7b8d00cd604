"""Profit margins linked to the profit and the revenue the article states, from the words alone."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.extract import extract_claims, relations_margin
from tests.extract.snippets import audit_snippet

HEAD = "Updated: 2024-03-11\n\n"


def _margins(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (
            values[r["roles"]["part"]],
            values[r["roles"]["whole"]],
            values[r["roles"]["share"]],
            r.get("confidence"),
        )
        for r in drafted["relations"]
        if r["kind"] == "share" and "profit-margin" in r.get("note", "")
    ]


SPREAD = (
    HEAD + "Harrow Mills reported revenue of {revenue} billion euros for 2023.\n"
    "Its factories ran close to capacity all year.\n"
    "Net profit climbed to {profit} million euros in 2023, the company said.\n"
    "The net margin was {margin}%, the best in a decade.\n"
)


def test_a_margin_links_the_profit_and_revenue_of_other_sentences():
    text = SPREAD.format(revenue="4.2", profit="310", margin="7.4")
    assert _margins(text) == [("310 million euros", "4.2 billion euros", "7.4%", "medium")]


def test_a_margin_that_disagrees_is_reported_with_the_same_link(tmp_path):
    text = SPREAD.format(revenue="4.2", profit="310", margin="17.4")
    assert len(_margins(text)) == 1
    [found] = [f for f in audit_snippet(tmp_path, "mills", text) if f.kind == "share"]
    assert found.status == "inconsistent"
    assert "the margin's words name profit over revenue" in found.note


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=100, max_value=999),
    st.integers(min_value=1, max_value=60),
)
def test_the_link_never_depends_on_whether_the_numbers_agree(revenue, profit, margin):
    text = SPREAD.format(revenue=f"{revenue}.5", profit=str(profit), margin=f"{margin}.1")
    assert [link[1:] for link in _margins(text)] == [
        (f"{revenue}.5 billion euros", f"{margin}.1%", "medium")
    ]


def test_an_operating_margin_takes_the_operating_profit_not_the_net_profit():
    text = (
        HEAD + "Dunmore Rail had sales of 900 million pounds in 2022.\n"
        "Operating profit was 72 million pounds and net profit 41 million pounds in 2022.\n"
        "Its operating margin stood at 8%.\n"
    )
    assert _margins(text) == [("72 million pounds", "900 million pounds", "8%", "medium")]


def test_a_plain_profit_margin_with_two_profits_links_nothing():
    text = (
        HEAD + "Dunmore Rail had sales of 900 million pounds in 2022.\n"
        "Operating profit was 72 million pounds and net profit 41 million pounds in 2022.\n"
        "Its profit margin stood at 8%.\n"
    )
    assert _margins(text) == []


def test_two_years_of_figures_and_a_margin_of_no_year_link_nothing():
    text = (
        HEAD + "Revenue was 5.1 billion dollars in 2022 and 5.6 billion dollars in 2023.\n"
        "Net profit was 400 million dollars in 2022 and 470 million dollars in 2023.\n"
        "The net margin improved to 8.4%.\n"
    )
    assert _margins(text) == []


def test_a_margin_names_its_base_when_the_text_calls_revenue_income():
    text = (
        HEAD + "Total profit of the province's mills reached 61.8 billion yuan in 2021.\n"
        "Their operating income came to 1.12 trillion yuan in 2021.\n"
        "The operating income profit margin was 5.52%.\n"
    )
    assert _margins(text) == [("61.8 billion yuan", "1.12 trillion yuan", "5.52%", "medium")]


def test_a_subgroups_profit_is_set_aside_and_the_link_stays_a_guess():
    text = (
        HEAD + "Profit of the region's chemical makers reached 48 billion yuan in 2021.\n"
        "Among them, private firms made a profit of 20 billion yuan in 2021.\n"
        "Sales of the chemical makers were 610 billion yuan in 2021, with a profit margin "
        "of 7.9%.\n"
    )
    assert _margins(text) == [("48 billion yuan", "610 billion yuan", "7.9%", "low")]


def test_margins_that_are_not_profit_over_revenue_link_nothing():
    for sentence in (
        "The poll of 1,200 voters has a margin of error of 3%.",
        "She won the seat by a margin of 12%.",
        "The net margin rose 2% on the year.",
    ):
        text = (
            HEAD + "Revenue was 5.1 billion dollars in 2023.\n"
            "Net profit was 400 million dollars in 2023.\n" + sentence + "\n"
        )
        assert _margins(text) == [], sentence


def test_a_side_stating_no_period_is_of_the_period_the_other_states():
    text = (
        HEAD + "The brewer made a net profit of 84 million euros last year.\n"
        "Its sales were 1.2 billion euros, and the net margin was 7%.\n"
    )
    assert _margins(text) == [("84 million euros", "1.2 billion euros", "7%", "medium")]


def test_a_revenue_that_rose_by_an_amount_to_a_level_is_the_level():
    text = (
        HEAD + "Revenue rose by 0.3 billion euros to 4.2 billion euros in 2023.\n"
        "Net profit was 310 million euros in 2023, and the net margin was 7.4%.\n"
    )
    assert _margins(text) == [("310 million euros", "4.2 billion euros", "7.4%", "medium")]


def test_an_ebitda_margin_takes_the_ebitda_figure_not_the_net_profit():
    text = (
        HEAD + "Pellow Freight earned EBITDA of $18 million and a net profit of $6 million.\n"
        "Its revenue came to $90 million.\n"
        "The EBITDA margin was 20%, its highest yet.\n"
    )
    assert _margins(text) == [("$18 million", "$90 million", "20%", "medium")]


def test_each_figure_is_read_once_however_many_margins_see_it(monkeypatch):
    reads: Counter = Counter()
    metric = relations_margin._metric

    def counting(b, draft):
        reads[draft.id] += 1
        return metric(b, draft)

    monkeypatch.setattr(relations_margin, "_metric", counting)
    text = HEAD + "".join(
        f"Unit {n} made a net profit of ${n} million on revenue of ${n * 9} million.\n"
        f"Its net margin was {n}%.\n"
        for n in range(2, 12)
    )
    extract_claims(text, "x")
    assert reads and max(reads.values()) == 1
