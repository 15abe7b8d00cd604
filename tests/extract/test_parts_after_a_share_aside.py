"""Parts after a share's aside make up the figure the aside hangs on, not the aside's whole:
"A, or P percent of the budget of B, comprising C and D" checks C + D against A (invented
sentences)."""

from __future__ import annotations

from tests.extract.snippets import audit_snippet, totals_and_parts

TEXT = (
    "Spend\n\nDate: 2024-06-10\n\nPublic spending in Lindor reached 84.2 billion euros by "
    "November, or 91.5 percent of the annual budget of 92.0 billion euros, comprising 60.1 "
    "billion euros of ministry spending and {transfers} billion euros of transfers to councils.\n"
)


def test_the_parts_make_up_the_head_not_the_budget():
    assert totals_and_parts(TEXT.format(transfers="24.1"), "sum") == [
        ("84.2 billion euros", ["60.1 billion euros", "24.1 billion euros"], "low")
    ]


def test_a_wrong_part_is_flagged_against_the_head(tmp_path):
    found = [f for f in audit_snippet(tmp_path, "spend", TEXT.format(transfers="26.1"))]
    assert {f.kind: f.status for f in found} == {"share": "consistent", "sum": "inconsistent"}
