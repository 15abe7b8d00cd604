"""'Of the N, ...': the figures after it split N when they say what each part answered, voted
or was, or name the rest; parts named by what they are ("health care added A, transport B")
are only some of N, so together they are at most N."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, audit_snippet, roles_by_name

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


_SPLIT = (
    "Of the 6,400 pupils who sat the test, 3,520 were girls and 2,880 were boys, "
    "representing {girls} per cent and 45.0 per cent."
)


@pytest.mark.parametrize(("girls", "verdict"), [("55.0", "consistent"), ("65.0", "inconsistent")])
def test_shares_said_after_the_parts_are_theirs_in_order(tmp_path, girls, verdict):
    text = _SPLIT.format(girls=girls)
    assert [(r["part"], r["share"]) for r in roles_by_name(text, "share")] == [
        ("3,520", f"{girls} per cent"),
        ("2,880", "45.0 per cent"),
    ]
    findings = audit_snippet(tmp_path, "pupils", text)
    assert [f.status for f in findings if f.kind == "sum"] == ["consistent"]
    assert sorted(f.status for f in findings if f.kind == "share") == sorted(
        [verdict, "consistent"]
    )


@pytest.mark.parametrize("whole", ["", " of the total"])
def test_one_percentage_for_two_parts_is_no_share_of_either(tmp_path, whole):
    text = (
        "Of the 6,400 pupils, 3,520 were girls and 2,890 were boys, "
        f"representing 55.0 per cent{whole}."
    )
    assert roles_by_name(text, "share") == []
    # The breakdown stands: the percentage says how it divides, not that it is none.
    findings = audit_snippet(tmp_path, "pupils", text)
    assert [f.status for f in findings if f.kind == "sum"] == ["inconsistent"]


def test_the_total_of_of_the_n_is_n_for_its_one_part(tmp_path):
    text = "Of the 6,400 pupils, 3,520 were girls, representing 55.0 per cent of the total."
    assert [(r["part"], r["whole"]) for r in roles_by_name(text, "share")] == [
        ("3,520", "6,400 pupils")
    ]
