"""The same amount in two currencies, in two sentences, drafted as a conversion."""

from __future__ import annotations

from audit.extract import extract_claims

HEAD = "Updated: 2024-06-14\n\n"


def _conversions(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (values[r["roles"]["amount"]], values[r["roles"]["converted"]], r.get("confidence"))
        for r in drafted["relations"]
        if r["kind"] == "conversion"
    ]


def test_an_anaphor_restates_the_amount_in_another_currency():
    text = HEAD + "The toymaker's profit reached 12.4 billion yuan.\nThat is about $1.7 billion.\n"
    assert _conversions(text) == [("12.4 billion yuan", "about $1.7 billion", "low")]


def test_in_dollar_terms_names_the_currency_of_the_restated_figure():
    text = (
        HEAD + "Furniture exports rose 6 percent to 310 billion yuan in May.\n"
        "In US dollar terms, furniture exports came to $43 billion.\n"
    )
    assert _conversions(text) == [("310 billion yuan", "$43 billion", "low")]


def test_in_dollar_terms_needs_the_same_words():
    text = (
        HEAD + "Furniture exports rose 6 percent to 310 billion yuan in May.\n"
        "In US dollar terms, steel imports came to $43 billion.\n"
    )
    assert _conversions(text) == []


def test_the_currency_named_must_be_the_figures_own():
    text = (
        HEAD + "Furniture exports rose 6 percent to 310 billion yuan in May.\n"
        "In euro terms, furniture exports came to $43 billion.\n"
    )
    assert _conversions(text) == []


def test_an_anaphor_with_more_words_is_another_statement():
    text = (
        HEAD + "The toymaker's profit reached 12.4 billion yuan.\n"
        "That is well below the $2.9 billion its rival made.\n"
    )
    assert _conversions(text) == []


def test_an_anaphor_two_sentences_on_does_not_link():
    text = (
        HEAD + "The toymaker's profit reached 12.4 billion yuan.\n"
        "Shares rose on the news.\nThat is about $1.7 billion.\n"
    )
    assert _conversions(text) == []
