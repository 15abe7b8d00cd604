"""The figures no finding marks, found by one search per figure (a long article has tens of
thousands of figures and marks), are those the pairwise definition gives, touching and empty
spans included."""

from __future__ import annotations

import random
from types import SimpleNamespace

from audit.report.model import unmarked


def _article(spans):
    return SimpleNamespace(
        claims={f"c{i}": SimpleNamespace(value_span=span) for i, span in enumerate(spans)}
    )


def _finding(marks):
    return SimpleNamespace(marked_spans=lambda: list(marks))


def _pairwise(spans, findings):
    marked = [m for f in findings for m in f.marked_spans()]
    return [
        span for span in spans if span and not any(s < span[1] and span[0] < e for s, e in marked)
    ]


def _span(rng: random.Random) -> tuple[int, int]:
    start = rng.randrange(60)
    return start, start + rng.choice((0, 1, 2, 3, 8))


def test_unmarked_figures_are_those_no_mark_overlaps():
    rng = random.Random(3)
    for _ in range(2000):
        spans = [_span(rng) if rng.random() < 0.9 else None for _ in range(rng.randrange(12))]
        findings = [
            _finding([_span(rng) for _ in range(rng.randrange(4))]) for _ in range(rng.randrange(4))
        ]
        assert unmarked(_article(spans), findings) == _pairwise(spans, findings)
