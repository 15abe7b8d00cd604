"""The end of "E, R less than the S" is the level the sentence is about, never a gap ("84
fewer than the 528") nor the base of another comparison stated between."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet


@pytest.mark.parametrize(("rate", "verdict"), [("4.9", "consistent"), ("9.4", "inconsistent")])
def test_a_gap_and_its_base_before_a_rate_are_not_its_end(tmp_path, rate, verdict):
    text = (
        "Title\n\nSome 444 new cars found buyers in October, 84 fewer than the 528 sold in "
        f"September and {rate}% less than the 467 sold in October last year.\n"
    )
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    ends = [values[r["roles"]["end"]] for r in drafted["relations"] if r["kind"] == "growth"]
    assert ends and all(end.endswith("444 cars") for end in ends)
    statuses = [f.status for f in audit_snippet(tmp_path, "cars", text) if f.kind == "growth"]
    assert verdict in statuses and ("inconsistent" in statuses) == (verdict == "inconsistent")
