"""JSON report: every finding with its numbers, and a summary with counts by status."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import fields

from audit.report.model import ArticleReport, Finding, Report


def render(report: Report, fail_on: str) -> str:
    return "".join(chunks(report, fail_on))


def chunks(report: Report, fail_on: str) -> Iterator[str]:
    """The report's text piece by piece, as `json.dumps(..., indent=2)` would write it whole:
    each finding and article is encoded as it comes, so a long run never holds the whole
    document, nor the millions of tokens `dumps` joins."""
    failing = {id(f) for f in report.failing(fail_on)}
    yield '{\n  "findings": '
    yield from _array(finding_dict(f, id(f) in failing) for f in report.findings())
    yield ',\n  "articles": '
    yield from _array(_article_dict(a) for a in report.articles)
    errors = [
        {"file": e.path, "line": e.line, "column": e.column, "message": e.message}
        for e in report.errors
    ]
    summary = {
        **report.counts(),
        "articles": len(report.articles),
        "failing": len(failing),
        "fail_on": fail_on,
        "errors": len(report.errors),
        "baselined": report.baselined,
    }
    yield f',\n  "errors": {_encode(errors, 1)},\n  "summary": {_encode(summary, 1)}\n}}\n'


def _article_dict(a: ArticleReport) -> dict:
    return {
        "article": a.article.id,
        "source": a.article.path,
        "title": a.article.title,
        "counts": a.counts(),
        "coverage": {
            "stated": a.coverage.stated,
            "checked": a.coverage.checked,
            "unchecked": [_fields(u) for u in a.coverage.unchecked],
            "left_out_by_extraction": a.coverage.left_out,
        },
        "notes": a.notes,
    }


def _fields(record) -> dict:
    """A record's fields by name, in their order (records with slots have no vars())."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def _encode(value: object, level: int) -> str:
    """`value` as it appears `level` deep in the indented document."""
    text = json.dumps(value, indent=2, ensure_ascii=False, default=str, allow_nan=False)
    return text.replace("\n", "\n" + "  " * level)  # strings hold newlines only as \n


def _array(items: Iterable[object]) -> Iterator[str]:
    """A list one level deep in the document, an item at a time."""
    opened = False
    for item in items:
        yield ("[\n    " if not opened else ",\n    ") + _encode(item, 2)
        opened = True
    yield "\n  ]" if opened else "[]"


def _numbers(pair: tuple[float, float] | None) -> list[float | None] | None:
    """An interval for JSON, whose numbers have no infinity: an open end is null."""
    if pair is None:
        return None
    return [None if math.isinf(x) else x for x in pair]


def finding_dict(f: Finding, failing: bool) -> dict:
    """One finding as plain JSON data (the JSON and JSON Lines reports share it)."""
    return {
        "article": f.article,
        "rule": f.rule,
        "title": f.title,
        "relation": f.relation,
        "kind": f.kind,
        "status": f.status,
        "severity": f.severity,
        "claims": f.claims,
        "stated": f.stated,
        "computed": f.computed,
        "difference": f.difference or None,
        "stated_interval": _numbers(f.stated_interval),
        "computed_interval": _numbers(f.computed_interval),
        "gap": f.gap,
        "message": f.message,
        "cause": f.cause or None,
        "reason": f.reason or None,
        "reading": f.reading or None,
        "holding_readings": f.holding.split(", ") if f.holding else [],
        "note": f.note or None,
        "arithmetic": f.arithmetic,
        "inputs": [_fields(i) for i in f.inputs],
        "rate_window": _fields(f.rate_window) if f.rate_window else None,
        "quote": f.quote,
        "context": f.context,
        "span": list(f.span) if f.span else None,
        "figures_in_quote": [list(m) for m in f.marks],
        "elided": [[f.span[0] + a, f.span[0] + b] for a, b in f.elided] if f.span else [],
        "accepted": {"reason": f.accepted.reason, "by": f.accepted.by} if f.accepted else None,
        "baselined": f.baselined,
        "fingerprint": f.fingerprint or None,
        "fails_gate": failing,
    }
