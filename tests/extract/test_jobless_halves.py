"""Labour force releases split the unemployed by the work they look for: "Unemployment fell C
to U. Unemployed persons looking for full-time work fell C1 to F, and those looking only for
part-time work fell C2 to P": F + P = U, and C1 + C2 = C."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet, totals_and_parts

TEXT = (
    "Published: 2015-09-05\n\nTarn labour force\n\nUnemployment fell 12,300 to 654,200 in "
    "August. Unemployed persons looking for full-time work fell 4,100 to {full}, and unemployed "
    "persons looking only for part-time work fell 8,200 to 183,700.\n"
)


@pytest.mark.parametrize(
    ("full", "verdict"), [("470,500", "consistent"), ("407,500", "inconsistent")]
)
def test_the_halves_of_unemployment_add_up_to_it(tmp_path, full, verdict):
    findings = audit_snippet(tmp_path, "jobs", TEXT.format(full=full))
    levels = [f for f in findings if f.kind == "sum" and "183,700" in f.arithmetic]
    assert [f.status for f in levels] == [verdict]


def test_their_changes_add_up_to_the_change(tmp_path):
    text = TEXT.format(full="470,500").replace("fell 8,200", "fell 9,200")
    findings = audit_snippet(tmp_path, "jobs", text)
    changes = [f for f in findings if f.kind == "sum" and "9,200" in f.arithmetic]
    assert [f.status for f in changes] == ["inconsistent"]


def test_the_halves_of_a_place_are_no_halves_of_the_national_total():
    text = (
        "Published: 2015-09-05\n\nTarn labour force\n\nUnemployment fell 12,300 to 654,200 in "
        "August. In Northshire, unemployed persons looking for full-time work fell 1,100 to "
        "120,500, and unemployed persons looking only for part-time work fell 300 to 33,700.\n"
    )
    assert [f for f in audit_snippet_findings(text) if f.kind == "sum"] == []


def audit_snippet_findings(text):
    import tempfile
    from pathlib import Path

    return audit_snippet(Path(tempfile.mkdtemp()), "jobs", text)


def test_a_level_and_a_change_are_never_the_halves_of_one_total():
    text = (
        "Published: 2015-09-05\n\nTarn labour force\n\nFull-time employment increased by 61,000 "
        "to 9,120,400 people, and part-time employment increased by 40,200 to 4,310,700 "
        "people.\n\nOver the year, full-time employment was down by 112,600 people and "
        "part-time employment up by 38,900 people.\n"
    )
    sums = totals_and_parts(text, "sum")
    assert all("112,600 people" not in parts for _, parts, _ in sums), sums
