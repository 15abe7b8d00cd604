"""Guards on where a base, a whole or a start may come from.

A share written "of (the) GDP" takes a GDP as its whole, never another figure of its sentence;
a GDP the text states (in brackets too: "(GDP was X)", "of GDP (X)") is preferred over a
reference fact.
"""

from __future__ import annotations

from tests.extract.snippets import assert_relation_verdict, audit_snippet, roles_by_name

HEAD = "Updated: 2025-03-02\n\n"

# --- shares of GDP in brackets --------------------------------------------------------------

BUDGET = (
    "Spending in Zembla reached Rs4.20 trillion (15.0 percent of the GDP) as compared to "
    "revenues of Rs3.10 trillion (11.1 percent of the GDP), taking the deficit to "
    "Rs1.10 trillion ({deficit} percent of the GDP).\n"
)


def test_a_share_of_the_gdp_never_takes_a_figure_of_its_sentence_as_whole():
    shares = roles_by_name(HEAD + BUDGET.format(deficit="3.9"), "share")
    assert [(s["part"], s["share"], s.get("whole")) for s in shares] == [
        ("Rs 4.20 trillion", "15.0 percent", None),
        ("Rs 3.10 trillion", "11.1 percent", None),
        ("Rs 1.10 trillion", "3.9 percent", None),
    ]


def test_each_bracketed_share_is_of_the_gdp_the_text_states(tmp_path):
    text = HEAD + "Zembla's GDP was Rs28.0 trillion. " + BUDGET.format(deficit="3.9")
    found = [f for f in audit_snippet(tmp_path, "budget", text) if f.kind == "share"]
    assert [f.status for f in found] == ["consistent"] * 3


def test_a_wrong_bracketed_share_of_the_stated_gdp_is_flagged(tmp_path):
    text = HEAD + "Zembla's GDP was Rs28.0 trillion. " + BUDGET.format(deficit="4.9")
    found = [f for f in audit_snippet(tmp_path, "budget", text) if f.kind == "share"]
    assert sorted(f.status for f in found) == ["consistent", "consistent", "inconsistent"]


# --- a GDP stated in brackets ---------------------------------------------------------------


def test_gdp_named_in_the_bracket_is_the_whole(tmp_path):
    text = (
        HEAD + "Zembla's provincial debt was $1,050 billion, or 41.8% of GDP "
        "(GDP was $2,510 billion in 2021).\n"
    )
    assert roles_by_name(text, "share") == [
        {"part": "$1,050 billion", "whole": "$2,510 billion", "share": "41.8%"}
    ]
    assert_relation_verdict(tmp_path, "debt", text, "share", "consistent")


def test_a_wrong_share_of_the_bracketed_gdp_is_flagged(tmp_path):
    text = (
        HEAD + "Zembla's provincial debt was $1,050 billion, or 43.8% of GDP "
        "(GDP was $2,510 billion in 2021).\n"
    )
    assert_relation_verdict(tmp_path, "debt", text, "share", "inconsistent")


def test_the_stated_gdp_wins_over_the_reference_fact(tmp_path):
    # Canada has a reference GDP for 2021; the text's own (invented) figure is the whole.
    text = (
        HEAD + "For 2021 the gross debt of Canada's provinces was $1,030 billion, or 42.0% of "
        "GDP (GDP was $2,452 billion in 2021).\n"
    )
    assert [s.get("whole") for s in roles_by_name(text, "share")] == ["C$2,452 billion"]
    assert_relation_verdict(tmp_path, "provinces", text, "share", "consistent")


def test_an_amount_in_brackets_right_after_of_gdp_is_the_gdp(tmp_path):
    consistent = (
        HEAD + "Zembla's federal debt was $910 billion, or 38.0% of GDP ($2,395 billion).\n"
    )
    assert_relation_verdict(tmp_path, "federal", consistent, "share", "consistent")
    wrong = consistent.replace("38.0%", "41.0%")
    assert_relation_verdict(tmp_path, "federal", wrong, "share", "inconsistent")


def test_a_bracket_in_another_currency_may_restate_the_part():
    # "Rs910 billion, or 38.0% of GDP ($24 billion)": the dollars may be the debt's.
    text = HEAD + "Zembla's federal debt was Rs910 billion, or 38.0% of GDP ($24 billion).\n"
    assert [s.get("whole") for s in roles_by_name(text, "share")] == [None]


def test_an_amount_of_another_clause_is_no_gdp():
    text = (
        HEAD + "Zembla's federal debt was $910 billion, or 38.0% of GDP, and its exports were "
        "$2,395 billion.\n"
    )
    assert [s.get("whole") for s in roles_by_name(text, "share")] == [None]
