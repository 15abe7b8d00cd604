"""The earlier level of a change stated in another sentence becomes its start."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet

HEAD = "Updated: 2024-02-02\n\n"


def _growth(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    out = []
    for r in drafted["relations"]:
        if r["kind"] != "growth":
            continue
        roles = r["roles"]
        out.append(
            (
                values.get(roles.get("start")),
                values.get(roles.get("end")),
                values.get(roles["rate"]) if isinstance(roles.get("rate"), str) else None,
                r.get("confidence"),
            )
        )
    return out


BASE_LATER = (
    HEAD + "Harbour fees collected by the port authority climbed 12 percent to 56 million "
    "pounds in 2023.\n"
    "The rise compares with {start} million pounds collected in 2022.\n"
)


def test_a_base_in_the_next_sentence_is_the_start_not_an_end():
    assert _growth(BASE_LATER.format(start=50)) == [
        ("50 million pounds", "56 million pounds", "12 percent", "low")
    ]


def test_the_base_links_whatever_the_numbers_say(tmp_path):
    text = BASE_LATER.format(start=40)
    assert _growth(text) == [("40 million pounds", "56 million pounds", "12 percent", "low")]
    [found] = [f for f in audit_snippet(tmp_path, "fees", text) if f.kind == "growth"]
    assert found.status == "inconsistent"
    assert found.severity == "warning"
    assert "the start is stated in another sentence" in found.note


def test_a_year_earlier_in_the_next_sentence():
    text = (
        HEAD + "Visitor spending at the coast rose 9 percent to 3.3 billion pounds.\n"
        "A year earlier it stood at 3.0 billion pounds.\n"
    )
    assert _growth(text) == [("3.0 billion pounds", "3.3 billion pounds", "9 percent", "low")]


def test_a_base_for_a_year_that_is_not_the_year_before_is_left_alone():
    text = (
        HEAD + "Harbour fees collected by the port authority climbed 12 percent to 56 million "
        "pounds in 2023.\n"
        "That compares with 31 million pounds collected in 2015.\n"
    )
    assert ("31 million pounds", "56 million pounds", "12 percent", "low") not in _growth(text)


def test_an_earlier_level_of_another_place_is_not_the_start():
    text = (
        HEAD + "Visitor spending at the coast rose 9 percent to 3.3 billion pounds.\n"
        "A year earlier spending in Wales stood at 3.0 billion pounds.\n"
    )
    assert all(start is None for start, *_ in _growth(text))


def test_without_an_earlier_cue_no_start():
    text = (
        HEAD + "Visitor spending at the coast rose 9 percent to 3.3 billion pounds.\n"
        "Hotels alone took in 1.1 billion pounds.\n"
    )
    assert all(start is None for start, *_ in _growth(text))


def test_a_base_of_another_metric_is_not_the_start_for_its_year_alone():
    text = (
        HEAD + "Ceramics exports grew 8 percent to 9.2 billion dollars in May 2023.\n"
        "The trade gap stood at 2.1 billion dollars in May 2023 against 2.4 billion dollars "
        "in May 2022.\n"
    )
    assert _growth(text) == [(None, "9.2 billion dollars", "8 percent", "medium")]


YEAR_BEFORE = (
    "Updated: 2024-12-15\n\n"
    "Timber exports during November fell by 12.5 percent to 3.5 billion dollars.\n"
    "{subject} were valued at {start} billion dollars in {month} 2023.\n"
)


def test_the_same_metric_a_year_before_to_the_month_is_the_start():
    text = YEAR_BEFORE.format(subject="Timber exports", start="4.0", month="November")
    assert _growth(text) == [("4.0 billion dollars", "3.5 billion dollars", None, "low")]


def test_another_month_or_metric_a_year_before_is_not_the_start():
    for subject, month in (("Timber exports", "October"), ("Steel imports", "November")):
        text = YEAR_BEFORE.format(subject=subject, start="4.0", month=month)
        assert [start for start, *_ in _growth(text)] == [None]
