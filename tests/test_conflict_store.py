"""Conflicts across articles found from figures kept on disk: the same conflicts, statements,
listings and order as grouping every figure in memory would give, with the figures out of
Python's memory while the run goes on."""

from __future__ import annotations

import random
import tracemalloc

from audit.reference.conflict_table import ConflictFinder
from audit.reference.conflicts import LISTED, Conflict, Figure, metric_key, place
from audit.spill import open_spill

METRICS = ["steel output", "rice harvest", "Steel Output"]  # two spellings of one metric
PLACES = ["Westmark", "Ostland", "Norrby"]
PERIODS = ["2021", "2022"]


def _figure(rng: random.Random, claim: str) -> Figure:
    low = rng.choice((10, 11, 12, 20))
    width = rng.choice((0, 1, 5))
    return Figure(
        claim,
        f"{low}-{low + width} tonnes",
        rng.choice(METRICS),
        rng.choice(PLACES),
        rng.choice(PERIODS),
        rng.choice(("mass", "mass", "money")),
        None,
        float(low),
        float(low + width),
        f"A sentence stating claim {claim}." if rng.random() < 0.8 else None,
        (rng.randrange(100), rng.randrange(100, 200)) if rng.random() < 0.8 else None,
        rng.choice((None, 3, 7)),
    )


def _archive(seed: int) -> list[tuple[str, list[Figure]]]:
    rng = random.Random(seed)
    return [
        (f"story{a}", [_figure(rng, f"c{i}") for i in range(rng.randrange(0, 6))])
        for a in range(rng.randrange(2, 14))
    ]


def _expected(archive: list[tuple[str, list[Figure]]]) -> list:
    """Every figure grouped in memory, as the definition reads: a group of figures of one
    place, metric, period and dimension is a conflict when two articles or more state it and
    some two of its figures do not meet."""
    loose: dict[tuple, list] = {}
    for article, stated in archive:
        for figure in stated:
            key = (metric_key(figure.metric), figure.period, figure.dimension)
            loose.setdefault(key, []).append((article, figure))
    conflicts = []
    for (_, period, _), members in loose.items():
        by_place: dict[str, list] = {}
        for article, figure in members:
            by_place.setdefault(place(figure.entity), []).append((article, figure))
        for group in by_place.values():
            articles = {article for article, _ in group}
            if len(articles) > 1 and any(x.hi < y.lo for _, x in group for _, y in group):
                conflicts.append((period, group, len(articles)))
    out: dict[str, list] = {}
    for period, group, articles in conflicts:
        figures = [f for _, f in group]
        low = min(range(len(figures)), key=lambda i: figures[i].hi)
        high = max(range(len(figures)), key=lambda i: figures[i].lo)
        picked = {low, high}
        for index in range(len(figures)):
            if len(picked) >= LISTED:
                break
            picked.add(index)
        first = figures[0]
        summary = (
            first.entity,
            first.metric,
            period,
            [(group[i][0], figures[i].claim) for i in sorted(picked)],
            len(group),
            articles,
        )
        for article, figure in group:
            alongside = sum(a == article for a, _ in group)
            out.setdefault(article, []).append((summary, figure, alongside))
    order = [article for article, _ in archive]
    return [(a, out[a]) for a in sorted(out, key=order.index)]


def _summary(conflict: Conflict) -> tuple:
    return (
        conflict.entity,
        conflict.metric,
        conflict.period,
        [(s.article, s.claim) for s in conflict.shown],
        conflict.total,
        conflict.articles,
    )


def _found(archive: list[tuple[str, list[Figure]]]) -> list:
    finder = ConflictFinder(open_spill())
    for article, stated in archive:
        finder.add(article, stated)
    found = []
    for article, stated in finder.statements({}, _summary):
        rows = []
        for summary, statement, alongside in stated:
            figure = Figure(
                statement.claim,
                statement.written,
                statement.metric,
                statement.entity,
                summary[2],
                "",
                None,
                statement.lo,
                statement.hi,
                statement.quote,
                statement.span,
                statement.line,
            )
            rows.append((summary, figure, alongside))
        found.append((article, rows))
    return found


def _comparable(found: list) -> list:
    # The period is the conflict's and the dimension and currency are not kept per statement.
    return [
        (a, [(s, f._replace(period="", dimension="", currency=None), n) for s, f, n in rows])
        for a, rows in found
    ]


def test_conflicts_from_the_table_are_those_of_grouping_in_memory():
    checked = 0
    for seed in range(200):
        archive = _archive(seed)
        expected = _expected(archive)
        checked += sum(len(rows) for _, rows in expected)
        assert _comparable(_found(archive)) == _comparable(expected), seed
    assert checked > 500  # the random archives do conflict


def test_a_long_conflict_names_the_pair_that_cannot_both_hold_and_counts_the_rest():
    def stated(claim: str, lo: float) -> list[Figure]:
        return [
            Figure(
                claim,
                str(lo),
                "rice harvest",
                "Ostland",
                "2020",
                "mass",
                None,
                lo,
                lo,
                None,
                None,
                None,
            )
        ]

    archive = [(f"s{i}", stated(f"c{i}", 5.0)) for i in range(40)]
    archive[25] = ("s25", stated("low", 1.0))
    archive[33] = ("s33", stated("high", 9.0))
    found = _found(archive)
    assert [a for a, _ in found] == [f"s{i}" for i in range(40)]
    summary = found[0][1][0][0]
    assert summary[3] == [(f"s{i}", f"c{i}") for i in range(4)] + [("s25", "low"), ("s33", "high")]
    assert summary[4:] == (40, 40)


def test_one_article_has_nothing_to_conflict_with():
    finder = ConflictFinder(open_spill())
    figure = Figure(
        "a", "1", "rice harvest", "Ostland", "2020", "mass", None, 1.0, 1.0, None, None, 1
    )
    finder.add("only", [figure, figure._replace(claim="b", lo=3.0, hi=3.0)])
    assert list(finder.statements({}, _summary)) == []


def test_figures_taken_in_do_not_stay_in_python_memory():
    rng = random.Random(5)
    archive = [(f"story{a}", [_figure(rng, f"c{i}") for i in range(20)]) for a in range(1000)]
    finder = ConflictFinder(open_spill())
    finder.add(*archive[0])
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for article, stated in archive[1:]:
            finder.add(article, stated)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # 20,000 figures as Python objects take megabytes; only bounded caches stay here.
    assert held < 200_000
    assert sum(len(rows) for _, rows in finder.statements({}, _summary)) > 15_000
