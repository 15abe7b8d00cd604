"""A bracketed definition of a balance ("a trade surplus (exports minus imports) of S") names
no figure: the surplus is no restatement of the imports a later sentence gives, and it is still
the gap of the flows stated for its period."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet, totals_and_parts

HEAD = "Updated: 2023-07-05\n\n"


def _sums(text: str) -> list[tuple]:
    return totals_and_parts(text, "sum")


def _verdicts(tmp_path, text: str) -> list[tuple[str, str]]:
    found = audit_snippet(tmp_path, "gloss", text)
    return [(f.status, f.severity) for f in found if f.kind in ("sum", "restate")]


GLOSSED = (
    HEAD + "Dorvale recorded a trade surplus (exports minus imports) of US$ {surplus} billion in "
    "the second week. Exports in the week came to US$ 2.940 billion and imports to "
    "US$ 2.325 billion.\n"
)


def _restatements(text: str) -> list:
    return [r for r in extract_claims(text, "x")["relations"] if r["kind"] == "restate"]


def test_a_glossed_surplus_is_not_a_restatement_of_imports():
    assert _restatements(GLOSSED.format(surplus="0.615")) == []


def test_a_glossed_surplus_is_still_the_gap_of_its_flows():
    assert _sums(GLOSSED.format(surplus="0.615")) == [
        ("US$2.940 billion", ["US$2.325 billion", "US$0.615 billion"], "low")
    ]


def test_a_glossed_surplus_that_does_not_add_up_is_flagged_once(tmp_path):
    text = GLOSSED.format(surplus="0.715")
    assert _restatements(text) == []
    assert _verdicts(tmp_path, text) == [("inconsistent", "warning")]
