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
from typing import NamedTuple

from audit.claims.claims_file import Article
from audit.claims.values import StatedValue
from audit.reference import aliases
from audit.reference.facts import Fact, FactSet


@dataclass(frozen=True, slots=True)  # one per figure of an archive that disagrees
class Statement:
    """One article's figure in a set of figures that disagree."""

    article: str
    claim: str
    written: str
    lo: float  # in the base unit of its dimension
    hi: float
    matches: str  # which published vintage it matches, "" when there is no reference fact
    quote: str | None = None  # the claim's sentence and its span in the article
    span: tuple[int, int] | None = None
    line: int | None = None  # of the claim in its claims file
    metric: str = ""  # as the claim wrote them
    entity: str = ""


@dataclass(frozen=True)
class Conflict:
    """Figures for the same entity, metric and period that cannot all hold."""

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


class Figure(NamedTuple):
    """A claim as conflicts read it, without the claim: what a run over an archive keeps of
    each article (a tuple of strings and numbers, cheap to send from a worker and to hold)."""

    claim: str
    written: str
    metric: str  # as written
    entity: str  # as written
    period: str
    dimension: str
    currency: str | None
    lo: float  # in the base unit of its dimension
    hi: float
    quote: str | None
    span: tuple[int, int] | None
    line: int | None


def figures(article: Article) -> list[Figure]:
    """The article's figures that could conflict with another article's: facts with an entity,
    a metric and a period."""
    return [
        Figure(
            claim.id,
            claim.value.written,
            claim.metric,
            claim.entity,
            claim.period.text,
            claim.value.unit.dimension,
            claim.value.unit.currency,
            *_bounds(claim.value),
            claim.quote,
            claim.span,
            claim.line,
        )
        for claim in article.claims.values()
        if claim.status == "fact" and claim.entity and claim.metric and claim.period is not None
    ]


def find_conflicts(articles: list[Article], facts: Mapping[str, Fact]) -> list[Conflict]:
    finder = ConflictFinder()
    for article in articles:
        finder.add(article.id, figures(article))
    return finder.conflicts(facts)


class ConflictFinder:
    """Figures taken an article at a time, grouped as they come; the conflicts among them once
    every article is in. Grouped first without the entity, whose aliases need the shipped
    tables: only groups that could conflict pay for resolving it."""

    def __init__(self) -> None:
        self._loose: dict[tuple[str, str, str], list[tuple[str, Figure]]] = {}
        # An archive writes the same few metrics and places thousands of times: each distinct
        # text is resolved once, and held once.
        self._metrics: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self._articles = 0

    def add(self, article: str, stated: list[Figure]) -> None:
        self._articles += 1
        once = self._texts.setdefault
        quotes: dict[str | None, str | None] = {}  # a sentence that states several figures
        for figure in stated:
            metric = self._metrics.get(figure.metric)
            if metric is None:
                metric = self._metrics[figure.metric] = _metric(figure.metric)
            key = (metric, figure.period, figure.dimension)
            group = self._loose.get(key)
            if group is None:
                group = self._loose[key] = []
            held = figure._replace(
                claim=once(figure.claim, figure.claim),  # ids repeat across articles
                quote=quotes.setdefault(figure.quote, figure.quote),
                metric=once(figure.metric, figure.metric),
                entity=once(figure.entity, figure.entity),
                period=key[1],
                dimension=key[2],
            )
            group.append((once(article, article), held))

    def conflicts(self, facts: Mapping[str, Fact]) -> list[Conflict]:
        if self._articles < 2:
            return []  # one article: nothing to conflict with (and the one-file gate stays fast)
        entities: dict[str, str] = {}
        found = []
        for (metric, period, _), candidates in self._loose.items():
            if not _disagree(candidates):
                continue
            groups: dict[str, list[tuple[str, Figure]]] = {}
            for entry in candidates:
                entity = entities.get(entry[1].entity)
                if entity is None:
                    entity = entities[entry[1].entity] = _entity(entry[1].entity)
                groups.setdefault(entity, []).append(entry)
            for stated in groups.values():
                if _disagree(stated):
                    found.append(_conflict(stated, metric, period, facts))
        return found


def _disagree(stated: list[tuple[str, Figure]]) -> bool:
    """Statements from two articles or more, two of which cannot both hold."""
    if len({article for article, _ in stated}) < 2:
        return False
    # Some pair fails to meet exactly when the lowest top lies below the highest bottom: one
    # pass, not a comparison of every pair (an archive states a figure hundreds of times).
    return min(f.hi for _, f in stated) < max(f.lo for _, f in stated)


def _conflict(
    stated: list[tuple[str, Figure]], metric: str, period: str, facts: Mapping[str, Fact]
) -> Conflict:
    first = stated[0][1]
    fact_id = None
    if isinstance(facts, FactSet):
        fact_id = facts.resolve(first.entity, metric, period, first.currency)
    fact = facts.get(fact_id) if fact_id else None
    statements = tuple(
        Statement(
            article,
            f.claim,
            f.written,
            f.lo,
            f.hi,
            _matches(fact, f.lo, f.hi),
            f.quote,
            f.span,
            f.line,
            f.metric,
            f.entity,
        )
        for article, f in stated
    )
    return Conflict(first.entity, first.metric, period, fact_id, statements)


def _matches(fact: Fact | None, lo: float, hi: float) -> str:
    if fact is None:
        return ""
    for vintage in fact.vintages:
        v_lo, v_hi = _bounds(vintage.value)
        if lo <= v_hi and v_lo <= hi:
            return f"matches the {vintage.vintage} of {fact.id}"
    return f"matches no published vintage of {fact.id}"
