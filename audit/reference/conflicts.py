"""Figures that cannot all hold: one entity, metric and period stated differently across articles.

In one run over many articles, two statements of the same thing (entity, metric and period
resolved through the aliases, in the same unit dimension) whose stated-precision intervals do
not meet are a conflict; the same value stated twice is not. When a reference fact exists for
the figure, each statement says which published vintage it matches, if any.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from audit.claims.claims_file import Article
from audit.claims.values import StatedValue
from audit.reference import aliases
from audit.reference.facts import Fact, FactSet

if TYPE_CHECKING:
    import sqlite3


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


class Conflict(NamedTuple):
    """Figures for the same entity, metric and period that cannot all hold: the few its
    findings list (the two that cannot both hold among them, audit.report.conflict_findings),
    and how many there are in all, in how many articles."""

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


class _Group:
    """What finding a conflict in one group of figures needs, taken figure by figure in the
    run's order: how many and in how many articles, the earliest few, the extremes."""

    __slots__ = ("articles", "count", "first", "high", "high_at", "last", "low", "low_at")

    def __init__(self, seq: int, article: str, lo: float, hi: float) -> None:
        self.first = [seq]
        self.count, self.articles, self.last = 1, 1, article
        self.low, self.low_at, self.high, self.high_at = hi, seq, lo, seq

    def take(self, seq: int, article: str, lo: float, hi: float) -> None:
        self.count += 1
        if article != self.last:  # an article's figures come together
            self.articles += 1
            self.last = article
        if len(self.first) < LISTED:
            self.first.append(seq)
        if hi < self.low:  # strictly: the first of equal tops is the one named
            self.low, self.low_at = hi, seq
        if lo > self.high:
            self.high, self.high_at = lo, seq

    def disagree(self) -> bool:
        """Statements from two articles or more, two of which cannot both hold: some pair
        fails to meet exactly when the lowest top lies below the highest bottom."""
        return self.articles > 1 and self.low < self.high


_COLUMNS = (
    "seq, article, key, entity, claim, written, metric, currency, lo, hi, quote, s0, s1, line"
)


class ConflictFinder:
    """Figures taken an article at a time, as they come; the conflicts among them once every
    article is in, statement by statement, article by article.

    The figures go to a table in `db` (audit.spill), not to memory: an archive states
    millions. What stays in memory is the archive's vocabulary (the distinct metrics, places
    and periods, each held once) and, for each metric and period, the few numbers that say
    whether its figures disagree at all. Figures are grouped first without the entity, whose
    aliases need the shipped tables: only groups that could conflict pay for resolving it.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        db.execute(
            "CREATE TABLE figures (seq INTEGER PRIMARY KEY, article TEXT, key INTEGER,"
            " entity INTEGER, claim TEXT, written TEXT, metric INTEGER, currency INTEGER,"
            " lo REAL, hi REAL, quote TEXT, s0 INTEGER, s1 INTEGER, line INTEGER)"
        )
        self._seq = 0
        self._articles = 0
        self._metrics: dict[str, str] = {}  # as written -> canonical
        self._keys: dict[tuple[str, str, str], int] = {}  # (metric, period, dimension)
        self._loose: list[_Group] = []  # by key
        self._ids: dict[str | None, int] = {}  # metrics, places and currencies as written
        self._texts: list[str | None] = []

    def _id(self, text: str | None) -> int:
        found = self._ids.get(text)
        if found is None:
            found = self._ids[text] = len(self._texts)
            self._texts.append(text)
        return found

    def add(self, article: str, stated: list[Figure]) -> None:
        self._articles += 1
        rows = []
        for figure in stated:
            metric = self._metrics.get(figure.metric)
            if metric is None:
                metric = self._metrics[figure.metric] = _metric(figure.metric)
            key = self._keys.get((metric, figure.period, figure.dimension))
            self._seq += 1
            if key is None:
                key = self._keys[(metric, figure.period, figure.dimension)] = len(self._loose)
                self._loose.append(_Group(self._seq, article, figure.lo, figure.hi))
            else:
                self._loose[key].take(self._seq, article, figure.lo, figure.hi)
            span = figure.span or (None, None)
            rows.append(
                (
                    self._seq,
                    article,
                    key,
                    self._id(figure.entity),
                    figure.claim,
                    figure.written,
                    self._id(figure.metric),
                    self._id(figure.currency),
                    figure.lo,
                    figure.hi,
                    figure.quote,
                    span[0],
                    span[1],
                    figure.line,
                )
            )
        self._db.executemany(f"INSERT INTO figures ({_COLUMNS}) VALUES ({_MARKS})", rows)

    def statements(
        self, facts: Mapping[str, Fact]
    ) -> Iterator[tuple[str, list[tuple[Conflict, Statement, int]]]]:
        """Each article with statements in conflicts, in the order the articles came: its
        statements, each with its conflict and how many of that conflict's statements its
        article makes, in the order of the conflicts (by metric and period as they first came,
        then by place), each conflict's in the article's order."""
        if self._articles < 2:
            return  # one article: nothing to conflict with (and the one-file gate stays fast)
        keys = [key for key, group in enumerate(self._loose) if group.disagree()]
        if not keys:
            return
        periods = {key: (metric, period) for (metric, period, _), key in self._keys.items()}
        entities: dict[int, str] = {}  # place id -> resolved place
        groups: dict[tuple[int, str], _Group] = {}
        for seq, article, key, entity, lo, hi in self._scan("article, key, entity, lo, hi", keys):
            place = entities.get(entity)
            if place is None:
                place = entities[entity] = _entity(self._texts[entity] or "")
            group = groups.get((key, place))
            if group is None:
                groups[(key, place)] = _Group(seq, article, lo, hi)
            else:
                group.take(seq, article, lo, hi)
        found = sorted(
            ((key, group.first[0]), place)
            for (key, place), group in groups.items()
            if group.disagree()
        )
        conflicts = {}
        for (key, _), place in found:
            conflicts[(key, place)] = self._conflict(groups[(key, place)], *periods[key], facts)
        del groups
        # A conflict's position among them, and the fact its figures are matched against.
        order = {where: index for index, where in enumerate(conflicts)}
        fact_of = {where: facts.get(c.fact) if c.fact else None for where, c in conflicts.items()}
        current = ""
        pending: list[tuple[int, int, tuple[int, str], tuple]] = []
        for row in self._scan(_COLUMNS.removeprefix("seq, "), keys):
            where = (row[2], entities[row[3]])
            if where not in conflicts:
                continue
            if row[1] != current and pending:
                yield current, self._stated(pending, conflicts, fact_of)
                pending = []
            current = row[1]
            pending.append((order[where], row[0], where, row))
        if pending:
            yield current, self._stated(pending, conflicts, fact_of)

    def _scan(self, columns: str, keys: list[int]) -> Iterator[tuple]:
        """The figures of the given metric-and-period groups, in the order they came."""
        wanted = set(keys)
        for row in self._db.execute(f"SELECT seq, {columns} FROM figures ORDER BY seq"):
            if row[2] in wanted:
                yield row

    def _statement(self, row: tuple, fact: Fact | None) -> Statement:
        _, article, _, entity, claim, written, metric, _, lo, hi, quote, s0, s1, line = row
        return Statement(
            article,
            claim,
            written,
            lo,
            hi,
            _matches(fact, lo, hi),
            quote,
            None if s0 is None else (s0, s1),
            line,
            self._texts[metric] or "",
            self._texts[entity] or "",
        )

    def _conflict(
        self, group: _Group, metric: str, period: str, facts: Mapping[str, Fact]
    ) -> Conflict:
        shown = listed(group.first, group.low_at, group.high_at)
        marks = ", ".join("?" * len(shown))
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM figures WHERE seq IN ({marks}) ORDER BY seq", shown
        ).fetchall()
        first = rows[0] if rows[0][0] == group.first[0] else None
        assert first is not None  # the earliest statement is always named
        entity, currency = self._texts[first[3]], self._texts[first[7]]
        fact_id = None
        if isinstance(facts, FactSet):
            fact_id = facts.resolve(entity, metric, period, currency)
        fact = facts.get(fact_id) if fact_id else None
        return Conflict(
            entity or "",
            self._texts[first[6]] or "",
            period,
            fact_id,
            tuple(self._statement(row, fact) for row in rows),
            group.count,
            group.articles,
        )

    def _stated(
        self,
        pending: list[tuple[int, int, tuple[int, str], tuple]],
        conflicts: dict[tuple[int, str], Conflict],
        fact_of: dict[tuple[int, str], Fact | None],
    ) -> list[tuple[Conflict, Statement, int]]:
        """One article's statements, in the order of their conflicts."""
        alongside = Counter(where for _, _, where, _ in pending)
        pending.sort(key=lambda item: item[:2])
        return [
            (conflicts[where], self._statement(row, fact_of[where]), alongside[where])
            for _, _, where, row in pending
        ]


_MARKS = ", ".join("?" * len(_COLUMNS.split(", ")))


def _matches(fact: Fact | None, lo: float, hi: float) -> str:
    if fact is None:
        return ""
    for vintage in fact.vintages:
        v_lo, v_hi = _bounds(vintage.value)
        if lo <= v_hi and v_lo <= hi:
            return f"matches the {vintage.vintage} of {fact.id}"
    return f"matches no published vintage of {fact.id}"
