"""A rate written first as a noun with what it is of, then its levels ("a 12.5% drop in output,
falling to E from S"), and a change and rate with their base between them and the end ("rose
C, or R year on year, to E") (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict

HEAD = "Results\n\nDate: 2024-06-10\n\n"


@pytest.mark.parametrize(
    "sentence, kind, verdict",
    [
        ("Dunmore Mills posted a 12.5% drop in yearly output, falling to 4.2 million tonnes "
         "from 4.8 million tonnes.", "growth", "consistent"),
        ("Dunmore Mills posted a 22.5% drop in yearly output, falling to 4.2 million tonnes "
         "from 4.8 million tonnes.", "growth", "inconsistent"),
        ("Lindor Rail reported a 9.0% rise in ticket sales, climbing to 21.8 million from "
         "20.0 million.", "growth", "consistent"),
        ("Harbour dues rose by 2.40 billion pesos, or 25.0 percent year on year, to 12.00 "
         "billion pesos.", "change", "consistent"),
        ("Harbour dues rose by 2.40 billion pesos, or 35.0 percent year on year, to 12.00 "
         "billion pesos.", "change", "inconsistent"),
        ("Farm income climbed 150.0 billion rupees, or 20.0 percent, over the previous year "
         "to 900.0 billion rupees.", "change", "consistent"),
    ],
)  # fmt: skip
def test_rates_with_their_levels_around_them(tmp_path, sentence, kind, verdict):
    assert_relation_verdict(tmp_path, "results", HEAD + sentence + "\n", kind, verdict)
