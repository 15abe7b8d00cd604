"""Figures that cannot all hold: one entity, metric and period stated differently across articles.

In one run over many articles, two statements of the same thing (entity, metric and period
resolved through the aliases, in the same unit dimension) whose stated-precision intervals do
not meet are a conflict; the same value stated twice is not. When a reference fact exists for
the figure, each statement says which published vintage it matches, if any.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from audit.claims.claims_file import Article
from audit.claims.values import StatedValue
from audit.reference import aliases
from audit.reference.facts import Fact, FactSet


@dataclass(frozen=True)
class Statement:
    article: str
    claim: str
    written: str
    lo: float  # in the base unit of its dimension
    hi: float
    matches: str  # which published vintage it matches, "" when there is no reference fact
    quote: str | None = None  # the claim's sentence and its span in the article
    span: tuple[int, int] | None = None
    line: int | None = None  # of the claim in its claims file


@dataclass(frozen=True)
class Conflict:
    entity: str
    metric: str
    period: str
    fact: str | None
    statements: tuple[Statement, ...]


def _metric(text: str) -> str:
    """A metric's canonical name: the fact key when the whole phrase names one ("gross
    domestic product" -> "gdp"), else its words; "exports to the EU" stays itself."""
    words = " ".join(re.sub(r"^(?:the|total)\s+|['’]s\b", "", text.lower()).split())
    for pattern, key in aliases._METRICS:
        if pattern.fullmatch(words):
            return key
    return words


def _entity(text: str) -> str:
    from audit.reference.facts import entity_code

    name = aliases.normalise_entity(text)
    return entity_code(name) or name


def _bounds(value: StatedValue) -> tuple[float, float]:
    return value.lo * value.unit.factor, value.hi * value.unit.factor


def find_conflicts(articles: list[Article], facts: Mapping[str, Fact]) -> list[Conflict]:
    if len(articles) < 2:
        return []  # one article: nothing to conflict with (and the one-file gate stays fast)
    # Grouped first without the entity, whose aliases need the shipped tables: only groups
    # that could conflict pay for resolving it.
    loose: dict[tuple[str, str, str], list[tuple[Article, str, StatedValue, str, str]]] = {}
    # An archive writes the same few metrics and places thousands of times: each distinct
    # text is resolved once.
    metrics: dict[str, str] = {}
    entities: dict[str, str] = {}
    for article in articles:
        for claim in article.claims.values():
            if (
                claim.status != "fact"
                or not claim.entity
                or not claim.metric
                or claim.period is None
            ):
                continue
            metric = metrics.get(claim.metric)
            if metric is None:
                metric = metrics[claim.metric] = _metric(claim.metric)
            key = (metric, claim.period.text, claim.value.unit.dimension)
            loose.setdefault(key, []).append(
                (article, claim.id, claim.value, claim.entity, claim.metric)
            )
    conflicts = []
    for (metric, period, _), candidates in loose.items():
        if not _disagree(candidates):
            continue
        groups: dict[str, list[tuple[Article, str, StatedValue, str, str]]] = {}
        for entry in candidates:
            entity = entities.get(entry[3])
            if entity is None:
                entity = entities[entry[3]] = _entity(entry[3])
            groups.setdefault(entity, []).append(entry)
        for stated in groups.values():
            if _disagree(stated):
                conflicts.append(_conflict(stated, metric, period, facts))
    return conflicts


def _disagree(stated: list[tuple[Article, str, StatedValue, str, str]]) -> bool:
    """Statements from two articles or more, two of which cannot both hold."""
    if len({entry[0].id for entry in stated}) < 2:
        return False
    bounds = [_bounds(entry[2]) for entry in stated]
    # Some pair fails to meet exactly when the lowest top lies below the highest bottom: one
    # pass, not a comparison of every pair (an archive states a figure hundreds of times).
    return min(hi for _, hi in bounds) < max(lo for lo, _ in bounds)


def _conflict(
    stated: list[tuple[Article, str, StatedValue, str, str]],
    metric: str,
    period: str,
    facts: Mapping[str, Fact],
) -> Conflict:
    fact_id = None
    if isinstance(facts, FactSet):
        fact_id = facts.resolve(stated[0][3], metric, period, stated[0][2].unit.currency)
    fact = facts.get(fact_id) if fact_id else None
    statements = tuple(
        Statement(
            a.id,
            claim,
            v.written,
            *_bounds(v),
            _matches(fact, *_bounds(v)),
            a.claims[claim].quote,
            a.claims[claim].span,
            a.claims[claim].line,
        )
        for a, claim, v, _, _ in stated
    )
    return Conflict(stated[0][3], stated[0][4], period, fact_id, statements)


def _matches(fact: Fact | None, lo: float, hi: float) -> str:
    if fact is None:
        return ""
    for vintage in fact.vintages:
        v_lo, v_hi = _bounds(vintage.value)
        if lo <= v_hi and v_lo <= hi:
            return f"matches the {vintage.vintage} of {fact.id}"
    return f"matches no published vintage of {fact.id}"
