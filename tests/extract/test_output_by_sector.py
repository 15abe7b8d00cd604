"""An economy's output and the value its three sectors added, in the sentences after it: the
three sectors are all of it, so they must add up to the output."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.snippets import audit_snippet

_LEAD = (
    "Regional accounts\n\nThe region's gross domestic product came to 840 billion pesos in 2024. "
)


@pytest.mark.parametrize(
    "sectors,verdict",
    [
        (
            "Farming added 60 billion pesos, industry 300 billion pesos and services "
            "480 billion pesos.",
            "consistent",
        ),
        (
            "The primary sector contributed 60 billion pesos, rising 2%; the secondary sector "
            "320 billion pesos; and the tertiary sector 480 billion pesos.",
            "inconsistent",
        ),
    ],
)
def test_three_sectors_add_up_to_the_output(tmp_path: Path, sectors, verdict):
    findings = audit_snippet(tmp_path, "gdp", _LEAD + sectors + "\n")
    assert [f.status for f in findings if f.kind == "sum"] == [verdict]


@pytest.mark.parametrize(
    "sectors",
    [
        # Two sectors only: some of the output is left out.
        "Industry added 300 billion pesos and services 480 billion pesos.",
        # The sectors of another year.
        "In 2023, farming added 60 billion pesos, industry 300 billion pesos and services "
        "470 billion pesos.",
        # Exports by sector are no part of output.
        "Farm goods earned 60 billion pesos abroad, factory goods 300 billion pesos and "
        "services 480 billion pesos.",
    ],
)
def test_other_lists_are_not_the_output(tmp_path: Path, sectors):
    findings = audit_snippet(tmp_path, "gdp", _LEAD + sectors + "\n")
    assert not [f for f in findings if f.kind == "sum" and f.status == "inconsistent"]
