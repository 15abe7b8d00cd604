"""An economy's output and the value its three industries added, in the sentences after it:
the three are all of it, so they must add up to the output. Farming, industry and services
are all of gross value added, not of GDP, which also holds the taxes on products."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.snippets import audit_snippet


def _sums(tmp_path: Path, text: str) -> list[str]:
    findings = audit_snippet(tmp_path, "gdp", "Regional accounts\n\n" + text + "\n")
    return [f.status for f in findings if f.kind == "sum"]


@pytest.mark.parametrize(
    "text,verdict",
    [
        (
            "The region's gross domestic product came to 840 billion pesos in 2024. The "
            "primary industry added 60 billion pesos, the secondary industry 300 billion pesos "
            "and the tertiary industry 480 billion pesos.",
            "consistent",
        ),
        (
            "The region's GDP came to 840 billion pesos in 2024. The value added of the primary "
            "industry was 60 billion pesos, rising 2%; that of the secondary industry 320 "
            "billion pesos; and that of the tertiary industry 480 billion pesos.",
            "inconsistent",
        ),
        (
            "Gross value added came to 790 billion pesos in 2024. Farming added 60 billion "
            "pesos, industry 290 billion pesos and services 440 billion pesos.",
            "consistent",
        ),
    ],
)
def test_three_industries_add_up_to_the_output(tmp_path: Path, text, verdict):
    assert _sums(tmp_path, text) == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # Two industries only: some of the output is left out.
        "GDP came to 840 billion pesos in 2024. The secondary industry added 300 billion "
        "pesos and the tertiary industry 480 billion pesos.",
        # Farming, industry and services leave out the taxes on products in GDP.
        "GDP came to 840 billion pesos in 2024. Farming added 60 billion pesos, industry 290 "
        "billion pesos and services 440 billion pesos.",
        # Another place's industries.
        "The nation's GDP came to 8.4 trillion pesos in 2024. In Norland, the primary "
        "industry added 60 billion pesos, the secondary 300 billion pesos and the tertiary "
        "480 billion pesos.",
        # A city's industries under its province's GDP.
        "Norland's GDP came to 8.4 trillion pesos in 2024. Kessby's primary industry added "
        "60 billion pesos, its secondary industry 300 billion pesos and its tertiary "
        "industry 480 billion pesos.",
        # What went to the industries, not what they added.
        "GDP came to 840 billion pesos in 2024. Investment in the primary industry was 20 "
        "billion pesos, in the secondary 90 billion pesos and in the tertiary 150 billion "
        "pesos.",
        # Another year.
        "GDP came to 840 billion pesos in 2024. A year earlier, the primary industry added "
        "58 billion pesos, the secondary 290 billion pesos and the tertiary 450 billion pesos.",
        # Not an economy's output.
        "Power use reached 9.4 TWh in 2024. Farms used 0.9 TWh, industry 5.3 TWh and services "
        "2.0 TWh, while homes used the rest.",
    ],
)
def test_other_lists_are_not_the_output(tmp_path: Path, text):
    assert "inconsistent" not in _sums(tmp_path, text)
