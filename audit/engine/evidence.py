"""What each finding shows, joined once from the tables, claims and facts: the report's input.

The engine's findings table says what holds; this module adds, per finding row, what a person
needs to see it: every input as written, with its character span in the article where it came
from text, the unit the compared figure is written in, the claims, the quote, the fact vintages
used, and the rate window a conversion was held against (copied into the findings row by
audit.engine.rate_rows from the table audit.reference.rate_windows built), with the note that
says how it was chosen for an undated article. The report (audit.report.model) writes messages
from these records and never reads the tables, the claims, the facts or the rates itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field

from audit.claims.claims_file import Article, Claim, Fill, Relation
from audit.claims.kinds import KINDS
from audit.claims.units import currency_of, describe_factor
from audit.engine import unit_factors
from audit.engine.clauses import Quote, clause
from audit.engine.columns import Table
from audit.engine.evaluate import VALUE_SLOTS, value_roles
from audit.engine.rate_rows import WINDOW_COLUMNS
from audit.engine.tables import Tables
from audit.records import FACTORY, record
from audit.reference.facts import Fact, Vintage


@record(slots=True)
class Input:
    """One figure a finding was computed from, as written and where it came from."""

    role: str
    written: str
    label: str | None = None  # where a reference value comes from
    span: tuple[int, int] | None = None  # the figure's characters in the article, from text

    def __init__(
        self,
        role: str,
        written: str,
        label: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        self.role = role
        self.written = written
        self.label = label
        self.span = span


@record(frozen=True)
class Unit:
    """The unit a figure was written in: its dimension, its unit words, their factor."""

    dimension: str
    words: str
    factor: float

    def __init__(
        self,
        dimension: str,
        words: str,
        factor: float,
    ) -> None:
        object.__setattr__(self, "dimension", dimension)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "factor", factor)


@record(frozen=True)
class ConversionUnit:
    """A unit conversion shown in the converted side's own unit, and the exact factor used."""

    factor: float
    offset: float
    words: str
    factor_text: str  # "1 mile = 1.609344 km"; "" where the amount's unit did not resolve

    def __init__(
        self,
        factor: float,
        offset: float,
        words: str,
        factor_text: str,
    ) -> None:
        object.__setattr__(self, "factor", factor)
        object.__setattr__(self, "offset", offset)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "factor_text", factor_text)


@record(frozen=True)
class VintageUse:
    """A reference figure checked against a vintage other than the one current at publication."""

    fact: str
    used: Vintage
    current: Vintage

    def __init__(
        self,
        fact: str,
        used: Vintage,
        current: Vintage,
    ) -> None:
        object.__setattr__(self, "fact", fact)
        object.__setattr__(self, "used", used)
        object.__setattr__(self, "current", current)


@record(frozen=True)
class RateWindow:
    """The dated exchange rates a conversion was held against, as audit.reference.rate_windows
    looked them up before the run: the window asked for, the days with a rate, their range in
    base per quote, the band allowed either side, and the days of the window without a rate."""

    base: str
    quote: str
    start: str
    end: str
    first: str
    last: str
    low: float
    high: float
    band: float
    source: str  # ECB | FRED | World Bank | same
    missing: str
    described: str

    def __init__(
        self,
        base: str,
        quote: str,
        start: str,
        end: str,
        first: str,
        last: str,
        low: float,
        high: float,
        band: float,
        source: str,
        missing: str,
        described: str,
    ) -> None:
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "quote", quote)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "last", last)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "band", band)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "missing", missing)
        object.__setattr__(self, "described", described)


@record()
class Evidence:
    """What a finding was computed from: its relation, inputs and units."""

    relation: Relation
    compare_unit: str  # the unit the compared role is in (audit.claims.kinds)
    inputs: list[Input]
    units: dict[str, Unit]  # role -> unit, for the roles filled from stated values
    claims: list[str]
    quote: str | None = None
    span: tuple[int, int] | None = None
    marks: list[tuple[int, int]] = field(default_factory=list)  # figures inside the quote
    elided: tuple[tuple[int, int], ...] = ()  # asides left out of the quote (engine.clauses)
    # The whole sentence, where the quote is the part of it that holds the figures.
    context: str | None = None
    conversion: ConversionUnit | None = None
    vintages: list[VintageUse] = field(default_factory=list)
    line: int | None = None  # of the first of its claims in a claims file, where it has one
    rate_window: RateWindow | None = None  # the exchange rates a conversion was held against
    rate_note: str = ""  # how the window was chosen, where the article gave no date
    # What a per_day relation spreads: "weekly figure against a yearly total (52 to 52.18 weeks)".
    spread: str = ""

    def __init__(
        self,
        relation: Relation,
        compare_unit: str,
        inputs: list[Input],
        units: dict[str, Unit],
        claims: list[str],
        quote: str | None = None,
        span: tuple[int, int] | None = None,
        marks: list[tuple[int, int]] = FACTORY,
        elided: tuple[tuple[int, int], ...] = (),
        context: str | None = None,
        conversion: ConversionUnit | None = None,
        vintages: list[VintageUse] = FACTORY,
        line: int | None = None,
        rate_window: RateWindow | None = None,
        rate_note: str = "",
        spread: str = "",
    ) -> None:
        self.relation = relation
        self.compare_unit = compare_unit
        self.inputs = inputs
        self.units = units
        self.claims = claims
        self.quote = quote
        self.span = span
        self.marks = [] if marks is FACTORY else marks
        self.elided = elided
        self.context = context
        self.conversion = conversion
        self.vintages = [] if vintages is FACTORY else vintages
        self.line = line
        self.rate_window = rate_window
        self.rate_note = rate_note
        self.spread = spread

    @property
    def currencies(self) -> tuple[str, str]:
        """The currencies of the amount and of its conversion ("" where not a currency)."""
        return (
            currency_of(self.units["amount"].dimension) or "" if "amount" in self.units else "",
            currency_of(self.units["converted"].dimension) or ""
            if "converted" in self.units
            else "",
        )


def gather(
    tables: Tables, findings: Table, articles: list[Article], facts: Mapping[str, Fact]
) -> list[Evidence]:
    """One record per row of the findings table, in its order."""
    relations = {(a.id, r.id): (a, r) for a in articles for r in a.relations}
    values = tables.values
    figures: dict[str, dict[tuple[int, int], list[tuple[int, int]]]] = {}
    out = []
    for row in findings.rows():
        article, relation = relations[(row.article, row.relation)]
        if article.id not in figures:
            figures[article.id] = _figures_by_sentence(article)
        out.append(_evidence(row, article, relation, tables, values, facts, figures[article.id]))
    return out


def _figures_by_sentence(article: Article) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Sentence span -> the spans of the figures read in it, for the article's claims from text."""
    out: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for claim in article.claims.values():
        if claim.span and claim.value_span:
            out.setdefault(claim.span, []).append(claim.value_span)
    return out


def _evidence(row, article, relation, tables, values, facts, figures) -> Evidence:
    rows = value_rows(row)
    units = {
        role: Unit(
            str(values["dimension"][p]), str(values["unit_text"][p]), float(values["factor"][p])
        )
        for role, p in rows.items()
        if p < len(values)
    }
    claims = _claim_ids(relation)
    sentence, sentence_span = _quote(article, relation, row.compare)
    quote = None
    if sentence:
        marks = figure_marks(sentence, sentence_span, [article.claims[c] for c in claims])
        quote = Quote(sentence, sentence_span, marks)
        if not _holds_written_values(relation):
            others = (
                [
                    (a - sentence_span[0], b - sentence_span[0])
                    for a, b in figures.get(sentence_span, ())
                ]
                if sentence_span
                else []
            )
            quote = clause(sentence, sentence_span, marks, others)
    compare_unit = KINDS[row.kind].role(row.compare).unit  # type: ignore[union-attr]
    return Evidence(
        relation=relation,
        compare_unit=compare_unit,
        inputs=_inputs(row, rows, values, tables, article, relation, facts),
        units=units,
        claims=claims,
        quote=quote.text if quote else None,
        span=quote.span if quote else None,
        marks=quote.marks if quote else [],
        elided=quote.elided if quote else (),
        context=sentence if quote and sentence != quote.text else None,
        conversion=_conversion(rows, values) if row.kind == unit_factors.KIND else None,
        vintages=_vintages(rows, tables, facts),
        line=next((article.claims[c].line for c in claims if article.claims[c].line), None),
        rate_window=_rate_window(row),
        rate_note=str(tables.relations["rate_note"][row.relation_row]) if row.rate_assumed else "",
        spread=str(tables.relations["spread"][row.relation_row]),
    )


def _rate_window(row) -> RateWindow | None:
    """The rate window the finding's row carries, if it was held against one."""
    if not row.window_source:
        return None
    return RateWindow(**{name: getattr(row, f"window_{name}") for name in WINDOW_COLUMNS})


def value_rows(row) -> dict[str, int]:
    """Role -> value row of a finding, for the roles filled from values."""
    slots = (getattr(row, slot) for slot in VALUE_SLOTS)
    pairs = zip(value_roles(row.kind), slots, strict=False)  # kinds fill fewer slots than exist
    return {role: int(index) for role, index in pairs if index >= 0}


def _inputs(row, rows, values, tables, article, relation, facts) -> list[Input]:
    inputs = []
    for role, position in rows.items():
        if position >= len(values):  # a sum of parts, made by the engine
            fills = relation.roles.get(role, ())
            inputs.append(Input(role, " + ".join(_written_fill(f, article, facts) for f in fills)))
            continue
        label = values["label"][position] if values["source"][position] == "fact" else None
        claim_id = values["claim"][position]
        claim = article.claims.get(claim_id) if claim_id else None
        written = str(values["written"][position])
        inputs.append(Input(role, written, label, _figure_span(claim, written) if claim else None))
    years = tables.relations["years"][row.relation_row]
    if "years" in KINDS[row.kind].role_names and years == years:
        inputs.append(Input("years", f"{years:g}"))
    days = tables.relations["days"][row.relation_row]
    if "days" in KINDS[row.kind].role_names and days == days:
        high = tables.relations["days_high"][row.relation_row]
        # A range is a year of weeks or months in the registry's days, which need no decimals.
        shown = f"{days:g}" if high == days else f"{round(days, 1):g} to {round(high, 1):g}"
        inputs.append(Input("days", shown))
    return inputs


def _figure_span(claim: Claim, written: str) -> tuple[int, int] | None:
    """Where the figure stands in the article: its own span, else found in its quote's."""
    if claim.value_span:
        return claim.value_span
    if claim.quote and claim.span:
        at = claim.quote.lower().find(written.lower())
        if at >= 0:
            return claim.span[0] + at, claim.span[0] + at + len(written)
    return None


def _written_fill(fill: Fill, article: Article, facts) -> str:
    """A part of a sum as written: the claim's value, the literal, or the fact's vintages."""
    if fill.value is not None:
        return fill.value.written
    if fill.source == "claim":
        return article.claims[fill.ref or ""].value.written
    fact = facts.get(fill.ref)
    return fact.vintages[0].value.written if fact else str(fill.ref)


def _conversion(rows: dict[str, int], values: Table) -> ConversionUnit | None:
    if "amount" not in rows or "converted" not in rows:
        return None
    pick = [rows["amount"], rows["converted"]]
    texts, dims = values["unit_text"][pick], values["dimension"][pick].astype(str)
    amount, converted = unit_factors.side_units(texts, dims, dims[::-1])
    if converted.factor != converted.factor:
        return None
    words = unit_factors.priced(str(texts[1]), str(dims[1]))
    factor_text = "" if amount.factor != amount.factor else describe_factor(amount, converted)
    return ConversionUnit(converted.factor, converted.offset, words, factor_text)


def _vintages(rows: dict[str, int], tables: Tables, facts: Mapping[str, Fact]) -> list[VintageUse]:
    used = []
    for value_row in rows.values():
        fact_id, index, current = tables.fact_values.get(value_row, ("", 0, 0))
        if fact_id and index != current and fact_id in facts:
            vintages = facts[fact_id].vintages
            used.append(VintageUse(fact_id, vintages[index], vintages[current]))
    return used


def _claim_ids(relation: Relation) -> list[str]:
    ids: list[str] = []
    for fills in relation.roles.values():
        # A value written from a claim ({value: -4%, claim: c}) checks that claim too.
        ids.extend(f.ref for f in fills if f.source != "fact" and f.ref and f.ref not in ids)
    return ids


def _holds_written_values(relation: Relation) -> bool:
    """Whether a role holds a value the extractor wrote from the words rather than a claim
    ("-5%" for "a fall of 5%", the number of names a list gives): its words have no mark to
    narrow the quote to, so the quote keeps the whole sentence rather than lose them."""
    return any(f.source == "value" for fills in relation.roles.values() for f in fills)


def _quote(
    article: Article, relation: Relation, compare: str
) -> tuple[str | None, tuple[int, int] | None]:
    order = [compare] + [r for r in relation.roles if r != compare]
    for role in order:
        for fill in relation.roles.get(role, ()):
            if fill.source == "claim" and fill.ref:
                claim: Claim = article.claims[fill.ref]
                if claim.quote:
                    return claim.quote, claim.span
    return None, None


def figure_marks(
    quote: str, span: tuple[int, int] | None, claims: list[Claim]
) -> list[tuple[int, int]]:
    """Where the relation's figures stand inside the quote (offsets into the quote), so
    renderers can mark them: from the claims' value spans, else by finding the value as
    written."""
    marks = []
    for claim in claims:
        if (
            claim.value_span
            and span
            and span[0] <= claim.value_span[0]
            and claim.value_span[1] <= span[1]
        ):
            marks.append((claim.value_span[0] - span[0], claim.value_span[1] - span[0]))
            continue
        at = quote.lower().find(claim.value.written.lower())
        if at >= 0:
            marks.append((at, at + len(claim.value.written)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(marks):
        if merged and start < merged[-1][1]:
            continue  # overlapping marks: keep the first
        merged.append((start, end))
    return merged
