"""Conflicts across an archive found in a table on disk, not in memory (audit.spill).

An archive states millions of figures that could conflict and holds them until its last
article is in. Here they go to a SQLite table as they come; once all are in, SQL groups them
(by metric, period and unit dimension first, then by resolved place, only where the first
grouping could conflict: resolving places needs the shipped tables) and one pass over each
conflict's statements, in order, finds the few its findings name. What stays in Python's
memory is a bounded cache of metric and place names and of the conflicts being written.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from itertools import groupby
from typing import TypeVar

from audit.reference.conflicts import (
    LISTED,
    Conflict,
    Figure,
    Statement,
    listed,
    matches,
    metric_key,
    place,
)
from audit.reference.facts import Fact, FactSet

S = TypeVar("S")
# Names resolved and conflicts written, held for reuse: enough for an archive's common ones.
CACHED = 4096

_FIGURE = "seq, article, entity, claim, written, metric, currency, lo, hi, quote, s0, s1, line"


class ConflictFinder:
    """Figures taken an article at a time, as they come; once every article is in, the
    conflicts among them, statement by statement, article by article."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        db.execute(
            "CREATE TABLE figures (seq INTEGER PRIMARY KEY, article TEXT, mkey TEXT,"
            " period TEXT, dimension TEXT, entity TEXT, claim TEXT, written TEXT, metric TEXT,"
            " currency TEXT, lo REAL, hi REAL, quote TEXT, s0 INTEGER, s1 INTEGER,"
            " line INTEGER)"
        )
        self._seq = 0
        self._articles = 0
        self._metric = lru_cache(maxsize=CACHED)(metric_key)
        self._place = lru_cache(maxsize=CACHED)(place)

    def add(self, article: str, stated: list[Figure]) -> None:
        self._articles += 1
        rows = []
        for figure in stated:
            self._seq += 1
            span = figure.span or (None, None)
            rows.append(
                (
                    self._seq,
                    article,
                    self._metric(figure.metric),
                    figure.period,
                    figure.dimension,
                    figure.entity,
                    figure.claim,
                    figure.written,
                    figure.metric,
                    figure.currency,
                    figure.lo,
                    figure.hi,
                    figure.quote,
                    span[0],
                    span[1],
                    figure.line,
                )
            )
        self._db.executemany(f"INSERT INTO figures VALUES ({', '.join('?' * 16)})", rows)

    def statements(
        self, facts: Mapping[str, Fact], summary: Callable[[Conflict], S]
    ) -> Iterator[tuple[str, list[tuple[S, Statement, int]]]]:
        """Each article with statements in conflicts, in the order the articles came: its
        statements, in the order of the conflicts (each conflict's in the article's order),
        each with its conflict's `summary` and how many of that conflict's statements its
        article makes. `summary(conflict)` is called once per conflict, before any statement
        is given: what the findings of its statements share, kept on disk until they are
        written (a conflict has statements in articles far apart)."""
        if self._articles < 2:
            return  # one article: nothing to conflict with (and the one-file gate stays fast)
        if not self._group():
            return
        self._name_shown()
        self._summarize(facts, summary)
        held: dict[int, tuple[S, Fact | None]] = {}
        fact_of = _facts_by_id(facts)

        def summarized(cid: int) -> tuple[S, Fact | None]:
            found = held.get(cid)
            if found is None:
                pickled, fact_id = self._db.execute(
                    "SELECT summary, fact FROM summaries WHERE cid = ?", (cid,)
                ).fetchone()
                if len(held) >= CACHED:
                    held.clear()
                found = held[cid] = (pickle.loads(pickled), fact_of(fact_id))
            return found

        def stated(rows: list[tuple]) -> list[tuple[S, Statement, int]]:
            alongside = Counter(row[0] for row in rows)
            rows.sort(key=lambda row: row[:2])  # by conflict, then as stated
            out = []
            for row in rows:
                made, fact = summarized(row[0])
                out.append((made, _statement(row[1:], fact), alongside[row[0]]))
            return out

        current = ""
        pending: list[tuple] = []
        rows = self._db.execute(
            f"SELECT m.cid, {', '.join('f.' + c for c in _FIGURE.split(', '))}"
            " FROM members m JOIN figures f ON f.seq = m.seq ORDER BY m.seq"
        )
        for row in rows:
            if row[2] != current and pending:  # an article's figures came together
                yield current, stated(pending)
                pending = []
            current = row[2]
            pending.append(row)
        if pending:
            yield current, stated(pending)

    def _group(self) -> bool:
        """The conflicts, numbered in order, and which figure is a statement of which; whether
        there are any."""
        db = self._db
        # Two articles or more, and some two figures that do not meet: the lowest top lies
        # below the highest bottom.
        disagree = "min(f.article) < max(f.article) AND min(f.hi) < max(f.lo)"
        db.execute(
            "CREATE TABLE loose (mkey TEXT, period TEXT, dimension TEXT, first INTEGER,"
            " PRIMARY KEY (mkey, period, dimension)) WITHOUT ROWID"
        )
        db.execute(
            "INSERT INTO loose SELECT f.mkey, f.period, f.dimension, min(f.seq) FROM figures f"
            f" GROUP BY f.mkey, f.period, f.dimension HAVING {disagree}"
        )
        if db.execute("SELECT 1 FROM loose LIMIT 1").fetchone() is None:
            return False
        db.execute("CREATE TABLE places (entity TEXT PRIMARY KEY, place TEXT) WITHOUT ROWID")
        names = db.execute(
            "SELECT DISTINCT f.entity FROM figures f JOIN loose l"
            " ON (l.mkey, l.period, l.dimension) = (f.mkey, f.period, f.dimension)"
        )
        while batch := names.fetchmany(1000):
            db.executemany(
                "INSERT INTO places VALUES (?, ?)", [(e, self._place(e)) for (e,) in batch]
            )
        db.execute(
            "CREATE TABLE conflicts (cid INTEGER PRIMARY KEY, mkey TEXT, period TEXT,"
            " dimension TEXT, place TEXT, first INTEGER, total INTEGER, articles INTEGER)"
        )
        db.execute(
            "INSERT INTO conflicts (mkey, period, dimension, place, first, total, articles)"
            " SELECT f.mkey, f.period, f.dimension, p.place, min(f.seq), count(*),"
            " count(DISTINCT f.article) FROM figures f JOIN loose l"
            " ON (l.mkey, l.period, l.dimension) = (f.mkey, f.period, f.dimension)"
            " JOIN places p ON p.entity = f.entity"
            f" GROUP BY l.first, p.place HAVING {disagree} ORDER BY l.first, min(f.seq)"
        )
        db.execute("CREATE INDEX conflict_of ON conflicts (mkey, period, dimension, place)")
        db.execute("CREATE TABLE members (seq INTEGER PRIMARY KEY, cid INTEGER, lo REAL, hi REAL)")
        db.execute(
            "INSERT INTO members SELECT f.seq, c.cid, f.lo, f.hi FROM figures f"
            " JOIN places p ON p.entity = f.entity JOIN conflicts c"
            " ON (c.mkey, c.period, c.dimension, c.place)"
            " = (f.mkey, f.period, f.dimension, p.place) ORDER BY f.seq"
        )
        db.execute("CREATE INDEX member_of ON members (cid, seq, lo, hi)")
        return True

    def _name_shown(self) -> None:
        """Which statements each conflict's findings name: one pass over every conflict's
        statements in order, one conflict at a time."""
        db = self._db
        db.execute(
            "CREATE TABLE shown (cid INTEGER, seq INTEGER, PRIMARY KEY (cid, seq)) WITHOUT ROWID"
        )
        named: list[tuple[int, int]] = []
        first: list[int] = []
        cid, low, low_at, high, high_at = 0, 0.0, 0, 0.0, 0
        for number, seq, lo, hi in db.execute(
            "SELECT cid, seq, lo, hi FROM members ORDER BY cid, seq"
        ):
            if number != cid:
                if cid:
                    named.extend((cid, at) for at in listed(first, low_at, high_at))
                cid, first, low, low_at, high, high_at = number, [], hi, seq, lo, seq
            if len(first) < LISTED:
                first.append(seq)
            if hi < low:  # strictly: the first of equal tops is the one named
                low, low_at = hi, seq
            if lo > high:
                high, high_at = lo, seq
            if len(named) >= 5000:
                db.executemany("INSERT INTO shown VALUES (?, ?)", named)
                named = []
        named.extend((cid, at) for at in listed(first, low_at, high_at))
        db.executemany("INSERT INTO shown VALUES (?, ?)", named)

    def _summarize(self, facts: Mapping[str, Fact], summary: Callable[[Conflict], S]) -> None:
        """Each conflict made once, in order, with the statements it names, and its summary
        and fact kept in the table."""
        db = self._db
        db.execute("CREATE TABLE summaries (cid INTEGER PRIMARY KEY, summary BLOB, fact TEXT)")
        made: list[tuple[int, bytes, str | None]] = []
        rows = db.execute(
            f"SELECT c.cid, c.period, c.total, c.articles, f.mkey,"
            f" {', '.join('f.' + c for c in _FIGURE.split(', '))}"
            " FROM conflicts c JOIN shown s ON s.cid = c.cid JOIN figures f ON f.seq = s.seq"
            " ORDER BY c.cid, s.seq"
        )
        for cid, group in groupby(rows, key=lambda row: row[0]):
            named = list(group)
            _, period, total, articles, key = named[0][:5]
            head = named[0][5:]
            fact_id = None
            if isinstance(facts, FactSet):
                fact_id = facts.resolve(head[2], key, period, head[6])
            fact = facts.get(fact_id) if fact_id else None
            conflict = Conflict(
                cid,
                head[2],
                head[5],
                period,
                fact_id,
                tuple(_statement(row[5:], fact) for row in named),
                total,
                articles,
            )
            made.append((cid, pickle.dumps(summary(conflict), protocol=5), fact_id))
            if len(made) >= 1000:
                db.executemany("INSERT INTO summaries VALUES (?, ?, ?)", made)
                made = []
        db.executemany("INSERT INTO summaries VALUES (?, ?, ?)", made)


def _facts_by_id(facts: Mapping[str, Fact]) -> Callable[[str | None], Fact | None]:
    held: dict[str, Fact | None] = {}

    def fact(fact_id: str | None) -> Fact | None:
        if not fact_id:
            return None
        if fact_id not in held:
            if len(held) >= CACHED:
                held.clear()
            held[fact_id] = facts.get(fact_id)
        return held[fact_id]

    return fact


def _statement(row: tuple, fact: Fact | None) -> Statement:
    _, article, entity, claim, written, metric, _, lo, hi, quote, s0, s1, line = row[:13]
    return Statement(
        article,
        claim,
        written,
        lo,
        hi,
        matches(fact, lo, hi),
        quote,
        None if s0 is None else (s0, s1),
        line,
        metric,
        entity,
    )
