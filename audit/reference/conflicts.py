"""Figures that cannot all hold: one entity, metric and period stated differently across articles.

In one run over many articles, two statements of the same thing (entity, metric and period
resolved through the aliases, in the same unit dimension) whose stated-precision intervals do
not meet are a conflict; the same value stated twice is not. When a reference fact exists for
the figure, each statement says which published vintage it matches, if any.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from audit.claims.claims_file import Article
from audit.claims.values import StatedValue
from audit.records import record
from audit.reference import aliases
from audit.reference.facts import Fact


@record(frozen=True, slots=True)
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

    def __init__(
        self,
        article: str,
        claim: str,
        written: str,
        lo: float,
        hi: float,
        matches: str,
        quote: str | None = None,
        span: tuple[int, int] | None = None,
        line: int | None = None,
        metric: str = "",
        entity: str = "",
    ) -> None:
        object.__setattr__(self, "article", article)
        object.__setattr__(self, "claim", claim)
        object.__setattr__(self, "written", written)
        object.__setattr__(self, "lo", lo)
        object.__setattr__(self, "hi", hi)
        object.__setattr__(self, "matches", matches)
        object.__setattr__(self, "quote", quote)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "metric", metric)
        object.__setattr__(self, "entity", entity)


def metric_key(text: str) -> str:
    """A metric's canonical name: the fact key when the whole phrase names one ("gross
    domestic product" -> "gdp"), else its words; "exports to the EU" stays itself."""
    words = " ".join(re.sub(r"^(?:the|total)\s+|['’]s\b", "", text.lower()).split())
    for pattern, key in aliases.metric_patterns():
        if pattern.fullmatch(words):
            return key
    return words


def place(text: str) -> str:
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


class Conflict(NamedTuple):
    """Figures for the same entity, metric and period that cannot all hold: the few its
    findings list (the two that cannot both hold among them, audit.report.conflict_findings),
    and how many there are in all, in how many articles. Conflicts are numbered in their
    order: by metric and period as they first came, then by place as it first came."""

    number: int
    entity: str  # as its first statement writes them
    metric: str
    period: str
    fact: str | None
    shown: tuple[Statement, ...]
    total: int
    articles: int


LISTED = 6  # statements a conflict's findings name; the rest are counted


def listed(first: list[int], low: int, high: int, count: int = LISTED) -> list[int]:
    """Which statements a conflict names, by position: the lowest top and the highest bottom
    (the pair that cannot both hold), then the earliest others, at most `count`, in order.
    `first` holds the positions of the earliest `count` statements."""
    picked = {low, high}
    for index in first:
        if len(picked) >= count:
            break
        picked.add(index)
    return sorted(picked)


def matches(fact: Fact | None, lo: float, hi: float) -> str:
    if fact is None:
        return ""
    for vintage in fact.vintages:
        v_lo, v_hi = _bounds(vintage.value)
        if lo <= v_hi and v_lo <= hi:
            return f"matches the {vintage.vintage} of {fact.id}"
    return f"matches no published vintage of {fact.id}"
