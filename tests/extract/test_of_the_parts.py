"""'Of the N, ...': the figures after it split N when they say what each part answered, voted
or was, or name the rest; parts named by what they are ("health care added A, transport B")
are only some of N, so together they are at most N."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict

SNIPPETS = {
    "named_parts_are_some_of_the_total": (
        "Of the 90,000 new jobs, building added 21,000 and farming 9,000.",
        "partial_sum",
        "consistent",
    ),
    "named_parts_over_the_total": (
        "Of the 90,000 new jobs, building added 61,000 and farming 39,000.",
        "partial_sum",
        "inconsistent",
    ),
    "answers_split_the_total": (
        "Of the 800 tenants asked, 500 said yes and 300 said no.",
        "sum",
        "consistent",
    ),
    "the_rest_split_the_total": (
        "Of the 800 flats, 500 were sold and the remaining 200 were let.",
        "sum",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_of_the_total_parts(tmp_path, name):
    text, kind, verdict = SNIPPETS[name]
    assert_relation_verdict(tmp_path, name, text, kind, verdict)


def test_a_parts_change_is_not_a_change_of_the_total():
    from audit.extract import extract_claims

    text = "Of the 3.1 billion bus trips made last year, night bus trips fell by 40 million or 6%."
    assert [r for r in extract_claims(text)["relations"] if r["kind"] == "change"] == []


def test_an_amount_offset_leaves_the_rest(tmp_path):
    ok = (
        "The $900 million shortfall is partly offset by $250 million of reserves, leaving a "
        "$650 million gap."
    )
    assert_relation_verdict(tmp_path, "offset", ok, "sum", "consistent")
    slip = ok.replace("$650 million gap", "$550 million gap")
    assert_relation_verdict(tmp_path, "offset_slip", slip, "sum", "inconsistent")
