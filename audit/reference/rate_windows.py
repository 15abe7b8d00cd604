"""Where a rate window comes from: the dated exchange rates each conversion is held against,
looked up from the articles before the engine runs.

`build` reads the articles' relations (and the facts their roles name) once: for each relation
it fixes the window of days whose rates apply (the relation's `rate_period`, else the weeks
before a dated publication, from the period its amount refers to; for an undated article, the
latest year its facts refer to and the years after, found once per article, with the note that
says so), and for each currency pair a conversion needs over that window it looks up
(audit.reference.rates: the ECB's daily rates, FRED's monthly averages where the ECB has none)
the days with a rate, their lowest and highest rate, the band allowed either side and the bounds
it gives, and which days had no rate. The band (the configuration's `rate-band`) is applied
here and nowhere else. audit.engine.tables copies the result into the engine's tables; the
engine only joins each conversion to its window (audit.engine.rate_rows) and copies the window
into the finding; audit.report.model shows it as this table gives it (`_rate_text`, the note of
an undated article, and `rate_window` in JSON).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

import numpy as np

from audit.claims.claims_file import Article, Fill, Relation
from audit.claims.kinds import KINDS
from audit.claims.periods import Period
from audit.claims.units import CURRENCY_IN_DIMENSION
from audit.records import record
from audit.reference import rates
from audit.reference.facts import Fact

# China fixes a central parity each day and lets the market trade up to 2% either side of it;
# official figures convert at the parity, the ECB's cross rate follows the market. The
# configuration's `rate-band` replaces it (audit.gate.config).
DEFAULT_BAND = 0.02
# Held against annual averages (audit.reference.rates.annual_range), a day's rate strays
# further: a tenth either side, or the configured band where it is wider.
ANNUAL_BAND = 0.10
# An undated article was published after the latest figure it reports, usually within two years.
UNDATED_YEARS_AFTER = 2
UNDATED_NOTE = (
    "the article is undated: the exchange rates of its latest figures' year"
    f" and the {UNDATED_YEARS_AFTER} years after were assumed"
)
# The kinds whose two sides may be in different currencies.
RATE_KINDS = ("conversion", "unit_conversion")
# The same:ROLE roles of each kind, converted into ROLE's currency where they differ
# (audit.claims.kinds): (role, ROLE) pairs.
_BRIDGED = {
    kind.name: tuple(
        (role.name, role.unit.split(":", 1)[1])
        for role in kind.roles
        if role.unit.startswith("same:") and not role.many
    )
    for kind in KINDS.values()
}

COLUMNS = (
    "key",  # base|quote|start|end, as the engine asks for it
    "base",
    "quote",
    "start",  # the window asked for (ISO dates)
    "end",
    "first",  # the first and last day with a rate ("" where none)
    "last",
    "low",  # lowest and highest units of base per quote (NaN where none)
    "high",
    "band",  # the fraction allowed either side
    "allowed_low",  # low and high widened by the band: what a conversion is held against
    "allowed_high",
    "source",  # ECB | FRED | World Bank | same | "" (none found)
    "missing",  # the days of the window without a rate, beyond weekends and holidays
    "described",  # the window as the report names it
)


# A relation's window: its first and last day (None: no date to take rates from), the period
# as written, and how the window was chosen when the article gave no date ("" otherwise).
RelationWindow = tuple[date | None, date | None, str, str]
NO_WINDOW: RelationWindow = (None, None, "", "")


@record(frozen=True)
class RateWindows:
    """What the engine's tables take from the reference stage about exchange rates."""

    table: dict[str, np.ndarray]  # one row per currency pair and window (COLUMNS)
    relations: dict[tuple[str, str], RelationWindow]  # (article id, relation id) -> its window

    def __init__(
        self,
        table: dict[str, np.ndarray],
        relations: dict[tuple[str, str], RelationWindow],
    ) -> None:
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "relations", relations)


def build(
    articles: Iterable[Article], facts: Mapping[str, Fact], band: float = DEFAULT_BAND
) -> RateWindows:
    """Every relation's window and every (base, quote, window) its conversion could be held
    against: the currencies of its amount's values by those of its conversion's."""
    relations: dict[tuple[str, str], RelationWindow] = {}
    requests: set[tuple[str, str, date, date]] = set()
    codes: dict[str, str] = {}  # dimension -> its currency, searched once per spelling
    for article in articles:
        undated: list[Period | None] = []  # the article's fallback period, found once
        for relation in article.relations:
            window = relations[article.id, relation.id] = _window(article, relation, undated)
            start, end = window[0], window[1]
            if start is None or end is None:
                continue
            pairs = (("amount", "converted"),) if relation.kind in RATE_KINDS else ()
            for side, other in pairs or _BRIDGED.get(relation.kind, ()):
                bases = _currencies(article, relation, side, facts, codes)
                quotes = _currencies(article, relation, other, facts, codes)
                requests.update(
                    (base, quote, start, end)
                    for base in bases
                    for quote in quotes
                    if base != quote or pairs
                )
    return RateWindows(windows(requests, band), relations)


def _window(article: Article, relation: Relation, undated: list[Period | None]) -> RelationWindow:
    """The days whose rates apply: the relation's rate period, else the publication's (from the
    period its amount refers to), else, for a conversion, the undated fallback."""
    period = relation.rate_period or article.published
    note = ""
    if period is None and relation.kind == "conversion":
        if not undated:
            undated.append(undated_rate_period(article))
        period = undated[0]
        note = UNDATED_NOTE
    if period is None:
        return NO_WINDOW
    start, end = rates.window(period)
    if relation.rate_period is None:
        start = _figure_start(article, relation, start)
    return start, end, period.text, note


def _figure_start(article: Article, relation: Relation, start: date) -> date:
    """A conversion may use the rates of the period its amount refers to ("2023 exports of
    3.75 trillion yuan ($528 billion)" at 2023's rates), not only those of publication; a
    figure in another currency than its counterpart, those of any period the figures refer to
    (this year's sales in dollars against last year's in yuan)."""
    roles = ("amount",) if relation.kind in RATE_KINDS else tuple(relation.roles)
    for role in roles:
        for fill in relation.roles.get(role, ()):
            if fill.source == "claim" and fill.ref:
                period = article.claims[fill.ref].period
                if period is not None and period.start < start:
                    start = period.start
    return start


def undated_rate_period(article: Article) -> Period | None:
    """For an article with no date: the latest year its facts refer to and the years after."""
    years = [
        c.period.last_year
        for c in article.claims.values()
        if c.period is not None and c.status == "fact"
    ]
    if not years:
        return None
    latest = max(years)
    last = latest + UNDATED_YEARS_AFTER
    return Period(date(latest, 1, 1), date(last, 12, 31), f"{latest}-{last}")


def _currencies(
    article: Article,
    relation: Relation,
    role: str,
    facts: Mapping[str, Fact],
    codes: dict[str, str],
) -> set[str]:
    """The currencies of a role's values: a claim's, a literal's, or every vintage of a fact
    (the engine tries each); a compound unit ("yuan per square metre") counts as its currency."""
    found = set()
    for fill in relation.roles.get(role, ()):
        for dimension in _dimensions(article, fill, facts):
            if dimension not in codes:
                match = CURRENCY_IN_DIMENSION.search(dimension)
                codes[dimension] = match.group(1) if match else ""
            if codes[dimension]:
                found.add(codes[dimension])
    return found


def _dimensions(article: Article, fill: Fill, facts: Mapping[str, Fact]) -> list[str]:
    if fill.value is not None:
        return [fill.value.unit.dimension]
    if fill.source == "claim":
        return [article.claims[fill.ref or ""].value.unit.dimension]
    fact = facts.get(fill.ref or "")
    return [v.value.unit.dimension for v in fact.vintages] if fact else []


def key(base: str, quote: str, start: date | None, end: date | None) -> str:
    return f"{base}|{quote}|{start}|{end}"


def windows(requests: Iterable[tuple[str, str, date, date]], band: float) -> dict[str, np.ndarray]:
    """One row per distinct (base, quote, start, end) asked for: the table's columns."""
    rows = [_row(*request, band) for request in sorted(set(requests))]
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in COLUMNS]
    table: dict[str, np.ndarray] = {}
    for name, column in zip(COLUMNS, columns, strict=True):
        if name in ("low", "high", "band", "allowed_low", "allowed_high"):
            table[name] = np.array(column, dtype=float)
        else:
            table[name] = np.empty(len(column), dtype=object)
            table[name][:] = list(column)
    return table


def _row(base: str, quote: str, start: date, end: date, band: float) -> tuple:
    period = Period(start, end, f"{start}/{end}")
    first = last = source = missing = ""
    low = high = float("nan")
    if base == quote:
        low, high, source = 1.0, 1.0, "same"
    else:
        ecb = rates.ecb_rates(base, quote, period)
        if ecb is not None:
            days, cross = ecb
            low, high, source = float(cross.min()), float(cross.max()), "ECB"
            first, last = str(days[0]), str(days[-1])
            missing = _missing(days, start, end)
        else:
            fred = rates.fred_range(base, quote, period)
            annual = rates.annual_years(base, quote, period) if fred is None else None
            if fred is not None:
                (low, high), source = fred, "FRED"
                first, last = f"{start:%Y-%m}", f"{end:%Y-%m}"
            elif annual is not None:
                found = rates.annual_range(base, quote, period)
                assert found is not None
                (low, high), source = found, "World Bank"
                first, last = str(annual[0]), str(annual[1])
                band = max(band, ANNUAL_BAND)
    return (
        key(base, quote, start, end),
        base,
        quote,
        str(start),
        str(end),
        first,
        last,
        low,
        high,
        band,
        low * (1 - band),
        high * (1 + band),
        source,
        missing,
        rates.describe(base, quote, period),
    )


def _missing(days: np.ndarray, start: date, end: date) -> str:
    """The stretches at either end of the window with no shipped rate, when the window is cut."""
    if not rates.window_is_cut(days, start, end):
        return ""
    first, last = days[0].astype(date), days[-1].astype(date)
    gaps = []
    if first > start:
        gaps.append(f"{start} to {first - timedelta(days=1)}")
    if last < end:
        gaps.append(f"{last + timedelta(days=1)} to {end}")
    return ", ".join(gaps)
