"""Parquet report: the findings as one flat table for DuckDB, pandas or Spark (needs pyarrow).

pyarrow loads here and nowhere else, so the gate never pays for it. Rows are written in
batches, so an archive's findings never sit in memory as one table.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

from audit.errors import UsageError
from audit.report.model import ArticleReport, Report

BATCH = 50_000
TEXT = (
    "article",
    "publisher",
    "published",
    "folder",
    "rule",
    "relation",
    "kind",
    "status",
    "severity",
    "stated",
    "computed",
    "difference",
    "cause",
    "reading",
    "message",
    "quote",
    "context",
    "confidence",
    "evidence",
    "arithmetic",
)
NUMBERS = ("stated_lo", "stated_hi", "computed_lo", "computed_hi", "gap")
INTEGERS = ("span_start", "span_end", "published_year")


def _schema(pa):
    return pa.schema(
        [
            *(pa.field(name, pa.string()) for name in TEXT),
            *(pa.field(name, pa.float64()) for name in NUMBERS),
            *(pa.field(name, pa.int64()) for name in INTEGERS),
            pa.field("claims", pa.list_(pa.string())),
            pa.field("accepted", pa.bool_()),
            pa.field("fails_gate", pa.bool_()),
        ]
    )


def _end(pair: tuple[float, float] | None, index: int) -> float | None:
    if pair is None or math.isinf(pair[index]) or math.isnan(pair[index]):
        return None
    return pair[index]


def rows(report: Report, fail_on: str) -> Iterator[dict]:
    failing = {id(f) for f in report.failing(fail_on)}
    for a in report.articles:
        yield from _article_rows(a, failing)


def _article_rows(a: ArticleReport, failing: set[int]) -> Iterator[dict]:
    article = a.article
    published = article.published
    for f in a.findings:
        yield {
            "article": f.article,
            "publisher": article.publisher,
            "published": published.text if published else None,
            "published_year": published.first_year if published else None,
            # Archives are usually filed by outlet or by year: the folder says which.
            "folder": Path(article.path).parent.name,
            "rule": f.rule,
            "relation": f.relation,
            "kind": f.kind,
            "status": f.status,
            "severity": f.severity,
            "stated": f.stated,
            "computed": f.computed,
            "difference": f.difference or None,
            "cause": f.cause or None,
            "reading": f.reading or None,
            "message": f.message,
            "quote": f.quote,
            "context": f.context,
            "confidence": f.confidence,
            "evidence": f.evidence,
            "arithmetic": f.arithmetic,
            "stated_lo": _end(f.stated_interval, 0),
            "stated_hi": _end(f.stated_interval, 1),
            "computed_lo": _end(f.computed_interval, 0),
            "computed_hi": _end(f.computed_interval, 1),
            "gap": f.gap,
            "span_start": f.span[0] if f.span else None,
            "span_end": f.span[1] if f.span else None,
            "claims": list(f.claims),
            "accepted": f.accepted is not None,
            "fails_gate": id(f) in failing,
        }


def _utf8(value: object) -> object:
    """A string Arrow can hold: a lone surrogate (from a JSON claims file's "\\ud800") is
    written as its escape, as the text reports write it."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
        return value
    if isinstance(value, list):
        return [_utf8(item) for item in value]
    return value


def write(report: Report, fail_on: str, path: Path) -> int:
    """Write the findings table to `path`; returns the number of rows."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(
            "--format parquet needs pyarrow: pip install 'claims-audit[parquet]'"
        ) from None
    schema = _schema(pa)
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict] = []
        for row in rows(report, fail_on):
            batch.append({key: _utf8(value) for key, value in row.items()})
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        # An empty run still writes a file with the schema, so queries over it work.
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        count += len(batch)
    return count
