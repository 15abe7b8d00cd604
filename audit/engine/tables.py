"""Turn loaded articles and reference facts into the flat tables the engine works on.

    values     one row per stated value: claims, literals in relations, fact vintages
    relations  one row per relation, with what the engine needs to know of it (kind, reading,
               years, the window of days whose exchange rates apply, as the reference stage
               fixed it)
    fills      one row per (relation, role, value): a role filled by a fact with two vintages
               has two rows, and the engine tries both
    rates      one row per currency pair and window a conversion may need, looked up before the
               engine runs by audit.reference.rate_windows (rates, band, bounds, days missing)

Keeping the engine's input to plain tables makes it a pure function that can run partition by
partition on a larger engine; this module is the only place that walks Python objects, and it
opens no exchange-rate data: the rate windows arrive already built (audit.reference.rate_windows).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import field
from datetime import date
from typing import Any, Protocol

import numpy as np

from audit.claims.claims_file import Article, Fill, Relation
from audit.claims.kinds import KINDS
from audit.claims.periods import Period
from audit.claims.units import resolve
from audit.claims.values import StatedValue, scale_factor
from audit.engine.columns import Table, text_column
from audit.errors import InputError
from audit.records import FACTORY, record
from audit.reference.facts import Fact
from audit.vocabulary import PERIOD_ADJECTIVES, PERIODS_IN_A_YEAR

VALUE_COLUMNS = (
    "lo",
    "hi",
    "lo_open",
    "hi_open",
    "bare_lo",
    "bare_hi",
    "dimension",
    "factor",
    "unit_text",
    "written",
    "scale_word",
    "source",
    "claim",
    "label",
    "digits",
    "decimals",
    "stale",
)


RELATION_COLUMNS = (
    "article",
    "relation",
    "kind",
    "reading",
    "years",
    "days",
    "days_high",
    "period",
    "spread",
    "rate_start",
    "rate_end",
    "rate_period",
    "rate_assumed",
    "rate_note",
)
FILL_COLUMNS = ("relation", "role", "value", "part")
VALUE_TYPES = {
    "lo": float,
    "hi": float,
    "lo_open": bool,
    "hi_open": bool,
    "bare_lo": float,
    "bare_hi": float,
    "factor": float,
    "digits": np.int64,
    "decimals": np.int64,
    "stale": bool,
}
RELATION_TYPES = {
    "years": float,
    "days": float,
    "days_high": float,
    "period": float,
    "rate_assumed": bool,
}
FILL_TYPES = {"relation": np.int64, "value": np.int64, "part": np.int64}


@record()
class Tables:
    """The run's values, relations and fills as columns, for the engine."""

    values: Table
    relations: Table
    fills: Table
    # value row of a fact's vintage -> (fact id, its vintage index, the index of the vintage
    # current when the article appeared); a stale row is tried after the current one.
    fact_values: dict[int, tuple[str, int, int]] = field(default_factory=dict)
    # The rate windows (audit.reference.rate_windows), built before the engine runs.
    rates: Table = field(default_factory=lambda: Table({}))

    def __init__(
        self,
        values: Table,
        relations: Table,
        fills: Table,
        fact_values: dict[int, tuple[str, int, int]] = FACTORY,
        rates: Table = FACTORY,
    ) -> None:
        self.values = values
        self.relations = relations
        self.fills = fills
        self.fact_values = {} if fact_values is FACTORY else fact_values
        self.rates = Table({}) if rates is FACTORY else rates


class RateWindows(Protocol):
    """What the reference stage looked up about exchange rates (audit.reference.rate_windows)."""

    @property
    def table(self) -> Mapping[str, np.ndarray]: ...

    @property
    def relations(
        self,
    ) -> Mapping[tuple[str, str], tuple[date | None, date | None, str, str]]: ...


class _Builder:
    def __init__(self, facts: Mapping[str, Fact]) -> None:
        self.facts = facts
        self.rows: list[tuple] = []
        self.claim_rows: dict[tuple[str, str], int] = {}
        self.fact_rows: dict[tuple[str, int], list[int]] = {}
        self.fact_values: dict[int, tuple[str, int, int]] = {}

    def add_value(
        self,
        value: StatedValue,
        source: str,
        claim: str | None,
        label: str | None,
        stale: bool = False,
    ) -> int:
        bounded = math.isinf(value.lo) or math.isinf(value.hi)
        half = value.step / 2
        bare = (
            (float(value.number - half), float(value.number + half))
            if bounded
            else (value.lo, value.hi)
        )
        self.rows.append(
            (
                value.lo,
                value.hi,
                value.lo_open,
                value.hi_open,
                *bare,
                value.unit.dimension,
                value.unit.factor,
                value.unit_text,
                value.written,
                value.scale_word,
                source,
                claim,
                label,
                *_digits(value),
                stale,
            )
        )
        return len(self.rows) - 1

    def fill_rows(self, article: Article, fill: Fill, relation: Relation, role: str) -> list[int]:
        if fill.source == "claim":
            key = (article.id, fill.ref or "")
            if key not in self.claim_rows:
                claim = article.claims[fill.ref or ""]
                self.claim_rows[key] = self.add_value(claim.value, "claim", claim.id, None)
            return [self.claim_rows[key]]
        if fill.source == "value":
            assert fill.value is not None
            return [self.add_value(fill.value, "value", None, "literal")]
        fact_id = fill.ref or ""
        if fact_id not in self.facts:
            return []  # unknown fact: the role stays empty and the relation unverifiable
        fact = self.facts[fact_id]
        current = fact.vintages.index(fact.current_at(article.published))
        if (fact_id, current) not in self.fact_rows:
            rows = []
            for index, v in enumerate(fact.vintages):
                rows.append(
                    self.add_value(
                        v.value,
                        "fact",
                        None,
                        f"{fact_id} ({v.vintage}; {v.source}"
                        + (f"; your reference file {fact.path})" if fact.origin == "user" else ")"),
                        stale=index != current,
                    )
                )
                self.fact_values[rows[-1]] = (fact_id, index, current)
            self.fact_rows[fact_id, current] = rows
        return self.fact_rows[fact_id, current]


def build_tables(articles: list[Article], facts: Mapping[str, Fact], rates: RateWindows) -> Tables:
    """The engine's tables; `rates` holds each relation's window and the rates over it, looked
    up from the same articles before (audit.reference.rate_windows.build)."""
    builder = _Builder(facts)
    relation_rows: list[tuple] = []
    fill_rows: list[tuple] = []
    no_window = (None, None, "", "")
    for article in articles:
        for relation in article.relations:
            index = len(relation_rows)
            start, end, period, note = rates.relations.get((article.id, relation.id), no_window)
            relation_rows.append(
                (
                    article.id,
                    relation.id,
                    relation.kind,
                    relation.reading or _verb_reading(article, relation),
                    _years(article, relation, facts),
                    *_days(article, relation, facts),
                    start,
                    end,
                    period,
                    bool(note),
                    note,
                )
            )
            for role, fillers in relation.roles.items():
                for part, fill in enumerate(fillers):
                    for value_row in builder.fill_rows(article, fill, relation, role):
                        fill_rows.append((index, role, value_row, part))
    return Tables(
        _table(builder.rows, VALUE_COLUMNS, VALUE_TYPES),
        _table(relation_rows, RELATION_COLUMNS, RELATION_TYPES),
        _table(fill_rows, FILL_COLUMNS, FILL_TYPES),
        builder.fact_values,
        Table(rates.table),
    )


def _table(rows: list[tuple], names: tuple[str, ...], types: Mapping[str, Any]) -> Table:
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    return Table(
        {
            name: np.array(column, dtype=types[name])
            if name in types
            else text_column(list(column))
            for name, column in zip(names, columns, strict=True)
        }
    )


def _digits(value: StatedValue) -> tuple[int, int]:
    """The written digits as one integer and how many of them follow the point ("1.038" ->
    1038, 3), for diagnoses that swap digits; (-1, 0) for spelled numbers and ranges."""
    if (
        value.step <= 0
        or value.qualifier == "range"
        or not any(ch.isdigit() for ch in value.written)
    ):
        return -1, 0
    digits = value.number / value.step
    if digits != digits.to_integral_value() or abs(digits) >= 10**15:
        return -1, 0
    exponent = (value.step / scale_factor(value.scale_word)).normalize().as_tuple().exponent
    return abs(int(digits)), max(0, -int(exponent))


def _verb_reading(article: Article, relation: Relation) -> str:
    """The reading a multiple verb fixes ("doubled" is "to twice") when the relation has none."""
    for fill in relation.roles.get("multiple", ()):
        value = (
            fill.value
            if fill.value is not None
            else (article.claims[fill.ref].value if fill.source == "claim" and fill.ref else None)
        )
        if value is not None and value.reading:
            return value.reading
    return ""


def _years(article: Article, relation: Relation, facts: Mapping[str, Fact]) -> float:
    """Whole years the relation spans: a years role, the relation's period, or its claims'."""
    years_fill = relation.roles.get("years")
    if years_fill:
        fill = years_fill[0]
        if fill.value is not None:
            value = fill.value
        elif fill.source == "fact":  # a reference fact, as current when the article appeared
            fact = facts.get(fill.ref or "")
            if fact is None:
                return float("nan")
            value = fact.current_at(article.published).value
        else:
            value = article.claims[fill.ref or ""].value
        if value.unit.dimension not in ("", "[time]"):
            return float("nan")  # not a length of time: the relation stays unverifiable
        return float(value.number) * value.unit.factor
    if relation.period is not None and relation.period.first_year != relation.period.last_year:
        return float(relation.period.last_year - relation.period.first_year)
    for first, last in (("start", "end"), ("base_start", "base_end")):
        periods = [_period_of(article, relation, role, facts) for role in (first, last)]
        if periods[0] is not None and periods[1] is not None:
            return float(periods[1].last_year - periods[0].last_year)
    return float(np.nan)


def _days(
    article: Article, relation: Relation, facts: Mapping[str, Fact]
) -> tuple[float, float, float, str]:
    """Days the relation's total covers, as the lowest and highest a writer may have counted;
    the length in days of the period its figure is written per; and what the figure spread
    over them is ("weekly figure against a yearly total (52 to 52.18 weeks)").

    A figure whose unit is per week ("£40,000 per week") is read as its amount in one day
    (audit.engine.roles), so the days stay days; a count written per week in words, whose
    value is a plain number, is held against the count of weeks itself. Against a year's
    total, weeks and months are counted by the calendar (audit.vocabulary.PERIODS_IN_A_YEAR)."""
    days = _days_covered(article, relation, facts)
    if "per" not in KINDS[relation.kind].role_names:  # no figure per a period: days as counted
        return days, days, 1.0, ""
    if not _a_total_over_days(article, relation, days):
        return float("nan"), float("nan"), 1.0, "figure against a total written per period"
    period, in_unit = _spread_period(article, relation)
    length = _period_days(period) if period != "day" else 1.0
    if length is None:  # a period the calendar does not count: the relation stays unverifiable
        return float("nan"), float("nan"), 1.0, f"figure per {period}"
    adjective = PERIOD_ADJECTIVES[period]
    scale = length if in_unit else 1.0
    if period == "day" and days in _A_YEAR_OF_DAYS and _a_year_not_named(relation):
        fewest, most = PERIODS_IN_A_YEAR["day"]  # "the year": a leap year or not
        return fewest, most, length, f"{adjective} figure"
    if period == "day" or days not in _A_YEAR_OF_DAYS:
        return days * scale / length, days * scale / length, length, f"{adjective} figure"
    fewest, most = PERIODS_IN_A_YEAR[period]
    count = f"{fewest:g}" if fewest == most else f"{fewest:g} to {most:g}"
    spread = f"{adjective} figure against a yearly total ({count} {period}s)"
    return fewest * scale, most * scale, length, spread


# A total over this many days is a year's, whose periods the calendar constants count.
_A_YEAR_OF_DAYS = (365.0, 366.0)


def _a_year_not_named(relation: Relation) -> bool:
    """Whether the days are a year's written as a number ("days: 365", as a phrasing on "in
    the year" writes it) with no calendar year given to tell whether it had a leap day."""
    return "days" in relation.roles and relation.period is None


def _a_total_over_days(article: Article, relation: Relation, days: float) -> bool:
    """Whether the total is an amount over its days: a plain one, or one per year over a
    year ("£146,000 a year"). A total per month or week ("£1,200 a month, or about £300 a
    week") would count weeks in a month, which writers do by four: it is left unchecked."""
    total = _fill_value(article, relation, "total")
    name = total.unit.name if total is not None else ""
    per = name.rpartition("/")[2] if "/" in name else ""
    if per not in PERIODS_IN_A_YEAR and per != "year":
        return True
    return per == "year" and days in _A_YEAR_OF_DAYS


def _spread_period(article: Article, relation: Relation) -> tuple[str, bool]:
    """The period the per_day role's figure is written per, and whether its unit says so
    ("£40,000 per week": week, True); else a `per` role ("1 week") names it, for a count
    written per week in words; else a day ("3,300 a day" reads as a plain number)."""
    value = _fill_value(article, relation, "per_day")
    name = value.unit.name if value is not None else ""
    per = name.rpartition("/")[2]
    if "/" in name and per in PERIODS_IN_A_YEAR:
        return per, True
    given = _fill_value(article, relation, "per")
    if given is None:
        return "day", False
    known = given.unit.name in PERIODS_IN_A_YEAR and given.number == 1
    return (given.unit.name if known else given.written), False


def _fill_value(article: Article, relation: Relation, role: str) -> StatedValue | None:
    """The value a role's first fill states: a literal, or its claim's (a fact's: None)."""
    fills = relation.roles.get(role)
    if not fills:
        return None
    fill = fills[0]
    if fill.value is not None:
        return fill.value
    if fill.source != "fact" and fill.ref in article.claims:
        return article.claims[fill.ref].value
    return None


def _period_days(period: str) -> float | None:
    """A period's length in days, as the unit registry defines it (a month is a twelfth of
    its year), so the per-day reading of a figure and the days it is held against agree."""
    if period not in PERIODS_IN_A_YEAR:
        return None
    try:
        return resolve(period).factor / resolve("day").factor
    except InputError:
        return None


def _days_covered(article: Article, relation: Relation, facts: Mapping[str, Fact]) -> float:
    """Days the relation's total covers: a days role, the relation's period, or the total's."""
    days_fill = relation.roles.get("days")
    if days_fill:
        fill = days_fill[0]
        value = fill.value if fill.value is not None else article.claims[fill.ref or ""].value
        if value.unit.dimension != "":
            return float("nan")
        return float(value.number) * value.unit.factor
    period = relation.period or _period_of(article, relation, "total", facts)
    if period is None:
        return float("nan")
    return float((period.end - period.start).days + 1)


def _period_of(
    article: Article, relation: Relation, role: str, facts: Mapping[str, Fact]
) -> Period | None:
    fills = relation.roles.get(role)
    if not fills or not fills[0].ref:
        return None
    if fills[0].source != "fact":  # a claim, or a value written from one
        return article.claims[fills[0].ref].period
    fact = facts.get(fills[0].ref)
    return fact.period if fact else None
