"""A fall named by the noun right after its rate ("a 3% drop", "an 11% year-on-year fall", "a
2.4 per cent (1,190) decline") is a fall: the rate is stored negative and the arithmetic holds."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet

HEAD = "Published: 2024-01-01\n\nSchool and water figures\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Enrolment slipped to 4,850 pupils, a 3% year-on-year drop of 150 pupils.",
        "Water use fell to 310 million litres from 350 million litres. That is an 11% drop.",
        "Hotel nights reached 4.41 million in June, a 3% fall on June 2023 (4.55 million).",
        "Clinics saw 48,300 visits – a 2.4 per cent (1,190) fall on 2021-22 (49,490).",
    ],
)
def test_a_fall_named_after_its_rate_is_consistent(tmp_path, sentence):
    findings = audit_snippet(tmp_path, "falls", HEAD + sentence + "\n")
    checked = [f for f in findings if f.kind in ("growth", "change")]
    assert checked and all(f.status == "consistent" for f in checked)


def test_the_same_rate_written_as_a_rise_is_flagged(tmp_path):
    text = (
        HEAD + "Hotel nights reached 4.41 million in June, a 3% rise on June 2023 (4.55 million).\n"
    )
    [found] = [f for f in audit_snippet(tmp_path, "rise", text) if f.kind == "growth"]
    assert found.status == "inconsistent"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a bound on the size of a fall bounds its negative from the other side
        ("Ferry trips fell less than 1% to 29,780 from 30,010.", "consistent"),
        ("Ferry trips fell by more than 5% to 27,900 from 30,010.", "consistent"),
        (
            "Ferry trips were 29,780, against 30,010 a year before, a decline of under 1%.",
            "consistent",
        ),
        ("Ferry trips fell by more than 5% to 29,780 from 30,010.", "inconsistent"),
    ],
)
def test_a_bounded_fall_is_bounded_on_the_negative_side(tmp_path, sentence, status):
    found = [f for f in audit_snippet(tmp_path, "ferry", HEAD + sentence) if f.kind == "growth"]
    assert [f.status for f in found] == [status]
