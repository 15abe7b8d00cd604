"""A finding quotes the clauses that hold its figures, with the whole sentence as context."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import check_json, invoke_assert_code
from hypothesis import given
from hypothesis import strategies as st

from audit.engine.clauses import ELIDED, clause, source_offset


def _article(tmp_path, text: str) -> str:
    path = tmp_path / "port.txt"
    path.write_text("Published: 2024-03-02\n\nPort results\n\n" + text + "\n", encoding="utf-8")
    return str(path)


def test_a_finding_quotes_its_own_clause_not_the_neighbouring_claims(tmp_path, capsys, monkeypatch):
    text = (
        "Cargo at the north quay rose 12% to 4.8 million tonnes from 4.0 million tonnes,"
        " while passenger numbers fell 3% to 910,000 from 940,000."
    )
    path = _article(tmp_path, text)
    report = check_json([path, "--fail-on", "never"], capsys, monkeypatch)
    cargo = next(f for f in report["findings"] if "4.8 million" in f["arithmetic"])
    assert cargo["quote"].startswith("Cargo at the north quay rose 12%")
    assert "910,000" not in cargo["quote"]
    assert cargo["context"].endswith("from 940,000.")
    start, end = cargo["span"]
    source = Path(path).read_text(encoding="utf-8")
    assert source[start:end] == cargo["quote"]
    for mark_start, mark_end in cargo["figures_in_quote"]:
        assert cargo["quote"][mark_start:mark_end] in (
            "12%",
            "4.8 million tonnes",
            "4.0 million tonnes",
        )


def test_a_sentence_that_is_all_one_claim_is_quoted_whole(tmp_path, capsys, monkeypatch):
    text = "Cargo at the north quay rose 12% to 4.8 million tonnes from 4.0 million tonnes."
    report = check_json([_article(tmp_path, text), "--fail-on", "never"], capsys, monkeypatch)
    (finding,) = [f for f in report["findings"] if f["rule"].startswith("growth")]
    assert finding["quote"] == text
    assert finding["context"] is None


@given(
    st.text(alphabet="abc ,;:.", max_size=30),
    st.text(alphabet="abc ,;:.", max_size=30),
    st.text(alphabet="abc ,;:.", max_size=30),
)
def test_the_quote_always_holds_every_figure_and_points_into_the_sentence(before, middle, after):
    sentence = before + "12%" + middle + "4.8 million" + after
    first = len(before)
    second = first + 3 + len(middle)
    marks = [(first, first + 3), (second, second + len("4.8 million"))]
    quote = clause(sentence, (100, 100 + len(sentence)), marks)
    assert quote.span is not None
    assert sentence[quote.span[0] - 100 : quote.span[1] - 100] == quote.text
    assert [quote.text[a:b] for a, b in quote.marks] == ["12%", "4.8 million"]


@given(
    st.lists(st.sampled_from(["12%", "$4 billion", "(€3.7 billion)", "(2023)", "(up 5%)", "a, b"])),
    st.lists(st.sampled_from(["rose", "($9 million)", "[7%]", "from", "(see below)", "; and"])),
)
def test_every_offset_into_an_elided_quote_maps_back_to_the_sentence(before, after):
    """Marks of the finding's figures map back onto the same characters of the sentence, and
    every aside left out held another figure and none of the finding's."""
    words = [*before, "6.1 billion yuan", *after, "9%"]
    sentence = " ".join(words)
    own = [(sentence.index("6.1 billion yuan"), sentence.index("6.1 billion yuan") + 16)]
    own.append((len(sentence) - 2, len(sentence)))
    others = [
        (at + 1, at + len(word) - 1)
        for at, word in _positions(words)
        if word.startswith(("(", "[")) and any(c.isdigit() for c in word)
    ]
    quote = clause(sentence, (0, len(sentence)), own, others)
    assert quote.span is not None
    for (a, b), (qa, qb) in zip(own, quote.marks, strict=True):
        assert quote.text[qa:qb] == sentence[a:b]
        assert quote.span[0] + source_offset(qa, quote.elided) == a
        assert quote.span[0] + source_offset(qb, quote.elided) == b
    for start, end in quote.elided:
        aside = sentence[quote.span[0] + start : quote.span[0] + end]
        assert aside[0] in "([" and any(c.isdigit() for c in aside)
    assert quote.text.count(ELIDED) == len(quote.elided)


def _positions(words):
    at = 0
    for word in words:
        yield at, word
        at += len(word) + 1


def test_a_conversion_the_finding_does_not_use_is_elided(tmp_path, capsys, monkeypatch):
    text = (
        "Profit at the ferry line rose from 6.1 billion yuan to 7.9 billion yuan ($1.1 billion),"
        " an increase of 45 percent."
    )
    path = _article(tmp_path, text)
    report = check_json([path, "--fail-on", "never"], capsys, monkeypatch)
    (growth,) = [f for f in report["findings"] if f["kind"] == "growth"]
    assert "$1.1 billion" not in growth["quote"]
    assert "7.9 billion yuan (…), an increase of 45 percent" in growth["quote"]
    source = Path(path).read_text(encoding="utf-8")
    ((start, end),) = growth["elided"]
    assert source[start:end] == "($1.1 billion)"
    assert growth["context"] == text
    (conversion,) = [f for f in report["findings"] if f["kind"] == "conversion"]
    assert "($1.1 billion)" in conversion["quote"]


def test_a_list_count_quotes_the_names_it_counts(tmp_path, capsys, monkeypatch):
    text = "The fund backs six start-ups, namely Arvo, Belt, Crane and Dune, all based inland."
    report = check_json([_article(tmp_path, text), "--fail-on", "never"], capsys, monkeypatch)
    (finding,) = [f for f in report["findings"] if f["kind"] == "list_count"]
    assert "Arvo, Belt, Crane and Dune" in finding["quote"]


def test_a_fall_written_as_a_negative_rate_keeps_its_rate_in_the_quote(
    tmp_path, capsys, monkeypatch
):
    text = (
        "Ferry revenue came to $4.2 million in 2023, down from $4.5 million in 2022, a fall of"
        " 7%, while stocks held steady."
    )
    report = check_json([_article(tmp_path, text), "--fail-on", "never"], capsys, monkeypatch)
    (finding,) = [f for f in report["findings"] if f["kind"] == "growth"]
    assert "a fall of 7%" in finding["quote"]


def test_the_words_before_a_colon_name_the_figure_and_stay_in_the_quote():
    sentence = "Harbour exports: 5.2 million tonnes, up 4%; imports fell."
    first = sentence.index("5.2")
    marks = [(first, first + len("5.2 million tonnes"))]
    quote = clause(sentence, (0, len(sentence)), marks)
    assert quote.text == "Harbour exports: 5.2 million tonnes"


def test_a_finding_after_an_elided_aside_points_at_its_figure_in_the_file(
    tmp_path, capsys, monkeypatch
):
    text = (
        "Profit at the ferry line rose from 6.1 billion yuan to 7.9 billion yuan ($1.1 billion),"
        " an increase of 45 percent."
    )
    path = _article(tmp_path, text)
    out, _ = invoke_assert_code(
        ["check", path, "--format", "github", "--fail-on", "never"], capsys, monkeypatch
    )
    (line,) = [line for line in out.splitlines() if "growth" in line]
    assert f"line=5,col={text.index('45 percent') + 1}," in line
