"""An actual set against its budget or target with the gap stated: an overrun adds to the plan,
a shortfall to the actual (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict

HEAD = "Budget\n\nDate: 2024-06-10\n\n"


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("Harlow council spent 14.6 million pounds on road repairs against a budget of 12.9 "
         "million pounds, an overrun of 1.7 million pounds.", "consistent"),
        ("Harlow council spent 14.6 million pounds on road repairs against a budget of 12.9 "
         "million pounds, an overrun of 2.7 million pounds.", "inconsistent"),
        ("Customs raised 3.35 billion rand against a target of 3.60 billion rand, a shortfall "
         "of 250 million rand.", "consistent"),
        ("Customs raised 3.35 billion rand against a target of 3.60 billion rand, a shortfall "
         "of 350 million rand.", "inconsistent"),
    ],
)  # fmt: skip
def test_an_actual_against_its_plan_and_the_gap(tmp_path, sentence, verdict):
    assert_relation_verdict(tmp_path, "budget", HEAD + sentence + "\n", "sum", verdict)
