"""`audit facts [QUERY]`: find reference facts by entity, metric and year, with their vintages.

A query is free words: a year ("2019"), a metric ("GDP per capita", "population"), an entity
("India", "east China's Jiangxi province", "NGA"), or a fact id; what it names narrows the
list. The shipped tables are filtered as arrays, so a query over all of them stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from audit.lazy_regex import compile_later
from audit.reference import aliases
from audit.reference.facts import Fact, FactSet, entity_code
from audit.reference.shipped import period_number, store

_YEAR = compile_later(r"\b(1[89]\d\d|20\d\d)(?:-(0[1-9]|1[0-2]))?\b")


@dataclass(frozen=True)
class Query:
    entity: str | None  # normalised name
    code: str | None
    metric: str | None
    period: int | None


def parse_query(text: str) -> Query:
    year = _YEAR.search(text)
    period = period_number(year.group(0)) if year else None
    rest = _YEAR.sub(" ", text)
    keys = [w for w in rest.lower().split() if w in aliases.METRIC_KEYS and "_" in w]
    if keys:  # a metric written as its key: "gdp_lcu"
        metric: str | None = keys[0]
        words = " ".join(w for w in rest.split() if w.lower() not in aliases.METRIC_KEYS)
    else:
        metric = aliases.metric_key(rest)
        words = _strip_metric(rest) if metric is not None else rest
    words = " ".join(words.split())
    entity = aliases.normalise_entity(words) if words else None
    return Query(entity or None, entity_code(words) if words else None, metric, period)


def _strip_metric(text: str) -> str:
    for pattern, _ in aliases.metric_patterns():
        text = pattern.sub(" ", text.lower())
    return re.sub(r"\b(?:of|in|for|the|as|share|a)\b", " ", text)


def search(facts: FactSet, text: str, limit: int) -> tuple[list[Fact], int]:
    """Facts matching the query (hand-entered and users' first), and how many matched."""
    exact = facts.get(text.strip()) if text.strip() else None
    if exact is not None:
        return [exact], 1
    query = parse_query(text)
    found = [f for f in facts.explicit.values() if _explicit_matches(f, query, text)]
    if not text.strip():
        return found[:limit], len(found)  # the shipped tables are summarised, not listed
    shipped = store()
    mask = np.ones(len(shipped.value), bool)
    if query.metric is not None:
        if query.metric not in shipped.metric_index:
            mask[:] = False
        else:
            mask &= shipped.row_metric == shipped.metric_index[query.metric]
    if query.entity is not None:
        index = shipped.code_index.get(query.code or "")
        mask &= shipped.row_entity == (-1 if index is None else index)
    if query.period is not None:
        mask &= (
            (shipped.row_period == query.period)
            if query.period % 100
            else (shipped.row_period // 100 == query.period // 100)
        )
    rows = np.flatnonzero(mask)
    keys = shipped.keys[rows]
    firsts = rows[np.r_[True, keys[1:] != keys[:-1]]] if len(rows) else rows
    total = len(found) + len(firsts)
    for i in firsts[: max(0, limit - len(found))]:
        row = shipped.row(int(i))
        fact = facts.get(f"{row.code.lower()}.{row.metric}.{row.period}")
        if fact is not None:
            found.append(fact)
    return found[:limit], total


def _explicit_matches(fact: Fact, query: Query, text: str) -> bool:
    if text.strip() and fact.id == text.strip():
        return True
    if query.metric is not None and aliases.metric_key(fact.metric or "") != query.metric:
        return False
    if query.period is not None and (
        fact.period is None or fact.period.text != _period_text(query.period)
    ):
        return False
    if query.entity is not None:
        name = aliases.normalise_entity(fact.entity or "")
        return name == query.entity or (query.code is not None and entity_code(name) == query.code)
    return True


def _period_text(period: int) -> str:
    from audit.reference.shipped import period_text

    return period_text(period)


def describe(fact: Fact) -> Iterator[str]:
    """Lines for one fact: id, what it is, and each vintage with its date and source."""
    period = fact.period.text if fact.period else ""
    origin = f"  (your reference file {fact.path})" if fact.origin == "user" else ""
    yield f"{fact.id}  {fact.entity or ''}, {fact.metric or ''}, {period}{origin}"
    for vintage in fact.vintages:
        released = f", released {vintage.released}" if vintage.released else ""
        yield f"    {vintage.value.written}  [{vintage.vintage}{released}] {vintage.source}"


def summary() -> Iterator[str]:
    """What the shipped tables hold: per metric, economies, years and sources."""
    shipped = store()
    for index, metric in enumerate(shipped.metrics):
        rows = shipped.row_metric == index
        years = shipped.row_period[rows] // 100
        entities = len(np.unique(shipped.row_entity[rows]))
        series = sorted({s for s, m in enumerate(shipped.series["metric"]) if m == metric})
        vintages = sorted({shipped.series["vintage"][s] for s in series})
        yield (
            f"{metric:16} {entities:4} economies, {years.min()}-{years.max()}, "
            f"{int(rows.sum()):6} values; vintages: {'; '.join(vintages)}"
        )
