"""The hand-written claims files of the worked examples and the drafts extracted from their
articles reach the same verdicts, rule by rule, and agree on the figures checked."""

from collections import Counter
from pathlib import Path

import pytest

from audit.pipeline import run_check

ROOT = Path(__file__).parent.parent
STEMS = sorted(p.stem for p in (ROOT / "articles").glob("*.txt"))


@pytest.mark.parametrize("stem", STEMS)
def test_same_verdicts_from_hand_and_extracted_claims(stem):
    hand, _ = run_check([ROOT / "claims" / f"{stem}.yaml"])
    drafted, _ = run_check([ROOT / "articles" / f"{stem}.txt"])
    assert Counter((f.rule, f.status) for f in hand.findings()) == Counter(
        (f.rule, f.status) for f in drafted.findings()
    )
    assert _checked_figures(hand) == _checked_figures(drafted)


def _checked_figures(report):
    return {
        (f.rule, tuple(sorted(i.written for i in f.inputs)))
        for f in report.findings()
        if f.status != "unverifiable"
    }
