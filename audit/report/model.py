"""The report: findings joined with their articles, messages written out, coverage counted.

Every renderer (terminal, Markdown, JSON) reads this model and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from audit.claims.claims_file import Acceptance, Article, Claim, Relation
from audit.claims.kinds import KINDS
from audit.claims.units import currency_of, describe_factor
from audit.engine import unit_factors
from audit.engine.columns import Table
from audit.engine.evaluate import CONSISTENT, INCONSISTENT, UNVERIFIABLE, VALUE_SLOTS, value_roles
from audit.engine.rate_rows import WINDOW_COLUMNS
from audit.engine.tables import UNDATED_YEARS_AFTER, Tables
from audit.errors import InputError
from audit.reference.facts import Fact
from audit.report.formatting import interval, unit_suffix
from audit.rules.rule_files import Rule, render_message

SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1}
# A low-confidence link is a guess: its finding is shown, with the evidence, but at most as a
# warning, so a guess alone never fails `--fail-on error`.
GUESS_CEILING = "warning"


def severity_for(rule_severity: str, confidence: str) -> str:
    """The rule's severity, capped at a warning when the relation's link is a guess."""
    if confidence == "low" and SEVERITY_RANK[rule_severity] > SEVERITY_RANK[GUESS_CEILING]:
        return GUESS_CEILING
    return rule_severity


STATUS_ORDER = {INCONSISTENT: 0, UNVERIFIABLE: 1, CONSISTENT: 2}


@dataclass
class Input:
    role: str
    written: str
    label: str | None = None  # where a reference value comes from


@dataclass(frozen=True)
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
    source: str  # ECB | FRED | same
    missing: str
    described: str


@dataclass
class Finding:
    article: str
    rule: str
    title: str
    relation: str
    kind: str
    status: str
    severity: str
    claims: list[str]
    stated: str
    computed: str
    difference: str
    message: str
    cause: str = ""
    reason: str = ""
    reading: str = ""
    holding: str = ""
    note: str = ""
    arithmetic: str = ""
    inputs: list[Input] = field(default_factory=list)
    quote: str | None = None
    span: tuple[int, int] | None = None
    marks: list[tuple[int, int]] = field(default_factory=list)  # figures inside the quote
    # The numbers behind the texts above, in the compared role's unit (None where unknown).
    stated_interval: tuple[float, float] | None = None
    computed_interval: tuple[float, float] | None = None
    gap: float | None = None
    rate_window: RateWindow | None = None  # the exchange rates a conversion was held against
    accepted: Acceptance | None = None
    # Gating (audit.gate): a content fingerprint, and whether a baseline already holds it.
    fingerprint: str = ""
    baselined: bool = False

    @property
    def fails(self) -> bool:
        return self.status == INCONSISTENT and self.accepted is None and not self.baselined


@dataclass
class Unchecked:
    claim: str
    written: str
    why: str


@dataclass
class Coverage:
    stated: int
    checked: int
    unchecked: list[Unchecked]
    left_out: list[dict]  # figures in the text that extraction did not make claims of


@dataclass
class ArticleReport:
    article: Article
    findings: list[Finding]
    coverage: Coverage
    notes: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            s: sum(f.status == s for f in self.findings)
            for s in (CONSISTENT, INCONSISTENT, UNVERIFIABLE)
        }


@dataclass
class Report:
    articles: list[ArticleReport]
    # Files of the run that could not be read or validated; each cost only itself.
    errors: list[InputError] = field(default_factory=list)
    baselined: int = 0  # findings a baseline already held (audit.gate.baseline)

    def findings(self) -> list[Finding]:
        return [f for a in self.articles for f in a.findings]

    def counts(self) -> dict[str, int]:
        total = {s: 0 for s in (CONSISTENT, INCONSISTENT, UNVERIFIABLE)}
        for article in self.articles:
            for status, count in article.counts().items():
                total[status] += count
        return total

    def failing(self, threshold: str) -> list[Finding]:
        """Unaccepted inconsistencies at or above a severity ('never' fails nothing)."""
        if threshold == "never":
            return []
        floor = SEVERITY_RANK[threshold]
        return [f for f in self.findings() if f.fails and SEVERITY_RANK[f.severity] >= floor]


def build_report(
    articles: list[Article],
    tables: Tables,
    findings: Table,
    rules: list[Rule],
    facts: Mapping[str, Fact] | None = None,
) -> Report:
    by_rule = {r.id: r for r in rules}
    relations = {(a.id, r.id): (a, r) for a in articles for r in a.relations}
    grouped: dict[str, list[Finding]] = {a.id: [] for a in articles}
    values = tables.values
    for row in findings.rows():
        article, relation = relations[(row.article, row.relation)]
        finding = _finding(row, by_rule[row.rule], article, relation, tables, values, facts or {})
        grouped[article.id].append(finding)
    for finding in _conflict_findings(articles, facts or {}):
        grouped[finding.article].append(finding)
    reports = []
    for article in articles:
        found = sorted(
            grouped[article.id],
            key=lambda f: (STATUS_ORDER[f.status], -SEVERITY_RANK[f.severity], f.relation, f.rule),
        )
        notes = _accept(article, found)
        reports.append(ArticleReport(article, found, _coverage(article, found), notes))
    return Report(reports)


def _finding(
    row,
    rule: Rule,
    article: Article,
    relation: Relation,
    tables: Tables,
    values: Table,
    facts: Mapping[str, Fact],
) -> Finding:
    kind = KINDS[row.kind]
    inputs = _inputs(row, values, tables, article, relation, facts)
    currencies = _currencies(row, values)
    compare_unit = kind.role(rule.compare).unit  # type: ignore[union-attr]
    scale, suffix = _display_unit(row, compare_unit, values, currencies)
    offset = 0.0
    if row.kind == unit_factors.KIND:
        scale, offset, suffix, factor = _conversion_display(row, values, scale, suffix)
        if factor:
            inputs.append(Input("factor", factor))
    computed = interval(
        (row.computed_lo - offset) / scale, (row.computed_hi - offset) / scale, suffix
    )
    stated = next((i.written for i in inputs if i.role == rule.compare), "")
    window = _rate_window(row)
    if compare_unit == "rate":
        stated = _rate_text(row, window, suffix)
    formula = rule.readings.get(row.reading) or next(iter(rule.readings.values()))
    # Two rates differ by percentage points, not percent.
    gap_suffix = unit_suffix("pp", None) if suffix == "%" else suffix
    # A unit slip can be inconsistent with the numbers agreeing: then there is no distance.
    difference = (
        interval(row.gap / scale, row.gap / scale, gap_suffix)
        if row.status == INCONSISTENT and row.gap > 0
        else ""
    )
    fields = {
        "stated": stated or "nothing",
        "computed": computed,
        "difference": difference,
        "reading": row.reading,
        "compared": rule.compare,
        "formula": formula.text,
    }
    claims = _claim_ids(relation)
    quote, span = _quote(article, relation, rule.compare)
    marks = figure_marks(quote, span, [article.claims[c] for c in claims]) if quote else []
    message = _message(rule, row, fields)
    return Finding(
        article=article.id,
        rule=rule.id,
        title=rule.title,
        relation=relation.id,
        kind=row.kind,
        status=row.status,
        severity=severity_for(rule.severity, relation.confidence),
        claims=claims,
        stated=stated,
        computed=computed,
        difference=difference,
        message=message,
        cause=row.cause,
        reason=row.reason,
        reading=row.reading if len(rule.readings) > 1 else "",
        holding=row.holding,
        note="; ".join(
            n for n in (_note(row, rule, relation), _vintage_note(row, tables, facts)) if n
        ),
        arithmetic=_arithmetic(formula.text, inputs, computed),
        inputs=inputs,
        quote=quote,
        span=span,
        marks=marks,
        stated_interval=_pair(row.stated_lo, row.stated_hi),
        computed_interval=_pair(row.computed_lo, row.computed_hi),
        gap=row.gap if row.gap == row.gap else None,
        rate_window=window,
    )


def _pair(lo: float, hi: float) -> tuple[float, float] | None:
    return None if lo != lo or hi != hi else (lo, hi)  # NaN: not computed


def _message(rule: Rule, row, fields: dict[str, str]) -> str:
    if row.status == UNVERIFIABLE:
        text = f"Cannot be checked: {row.reason}."
        if row.reason.startswith("nothing stated") and fields["computed"] != "n/a":
            text += f" Derived: {fields['computed']}."
        return text
    message = render_message(rule.message, fields)
    if row.status == INCONSISTENT and fields["difference"]:
        message += f" Off by {fields['difference']}."
    if row.cause:
        message += f" Likely cause: {row.cause}."
    return message


def _note(row, rule: Rule, relation: Relation) -> str:
    notes = []
    readings = " or ".join(f"'{r}'" for r in rule.readings)
    if row.ambiguous and row.holding:
        notes.append(
            f"the phrasing can be read as {readings}; the figures hold read as '{row.holding}'"
        )
    elif row.ambiguous:
        notes.append(f"the phrasing can be read as {readings}; the figures hold under neither")
    if relation.confidence != "high":
        notes.append(f"linked with {relation.confidence} confidence")
    if row.rate_assumed:
        notes.append(
            "the article is undated: the exchange rates of its latest figures' year"
            f" and the {UNDATED_YEARS_AFTER} years after were assumed"
        )
    if relation.note:
        notes.append(relation.note)
    return "; ".join(notes)


CONFLICT_RULE = "reference.conflict"


def _conflict_findings(articles: list[Article], facts: Mapping[str, Fact]) -> list[Finding]:
    """One warning in each article of a cross-article conflict, naming every statement."""
    from audit.reference.conflicts import find_conflicts

    by_id = {a.id: a for a in articles}
    found = []
    for conflict in find_conflicts(articles, facts):
        listing = "; ".join(
            f"{s.written} in {s.article} (claim {s.claim}"
            + (f", {s.matches}" if s.matches else "")
            + ")"
            for s in conflict.statements
        )
        what = f"{conflict.entity} {conflict.metric} {conflict.period}"
        for statement in conflict.statements:
            claim = by_id[statement.article].claims[statement.claim]
            others = [s for s in conflict.statements if s.article != statement.article]
            found.append(
                Finding(
                    article=statement.article,
                    rule=CONFLICT_RULE,
                    title="Articles state the same figure with values that cannot both hold",
                    relation=f"conflict_{statement.claim}",
                    kind="reference",
                    status=INCONSISTENT,
                    severity="warning",
                    claims=[statement.claim],
                    stated=statement.written,
                    computed=", ".join(s.written for s in others),
                    difference="",
                    message=f"{what} is stated differently across articles: {listing}.",
                    quote=claim.quote,
                    span=claim.span,
                    arithmetic=" vs ".join(
                        f"{s.written} ({s.article})" for s in conflict.statements
                    ),
                    stated_interval=(statement.lo, statement.hi),
                )
            )
    return found


def _vintage_note(row, tables: Tables, facts: Mapping[str, Fact]) -> str:
    """When a figure holds only against a vintage other than the one current when the article
    appeared, name both (the engine prefers the current vintage whenever it holds)."""
    if row.status != CONSISTENT:
        return ""
    notes = []
    for value_row in _value_rows(row).values():
        fact_id, index, current = tables.fact_values.get(value_row, ("", 0, 0))
        if fact_id and index != current and fact_id in facts:
            used, now = facts[fact_id].vintages[index], facts[fact_id].vintages[current]
            notes.append(
                f"matches the {used.vintage}{_released(used)} of {fact_id}; the "
                f"vintage current at publication, {now.vintage}{_released(now)}, "
                f"has {now.value.written}"
            )
    return "; ".join(notes)


def _released(vintage) -> str:
    return f" (released {vintage.released})" if vintage.released else ""


def _value_rows(row) -> dict[str, int]:
    """Role -> value row of a finding, for the roles filled from values."""
    slots = (getattr(row, slot) for slot in VALUE_SLOTS)
    pairs = zip(value_roles(row.kind), slots, strict=False)  # kinds fill fewer slots than exist
    return {role: int(index) for role, index in pairs if index >= 0}


def _inputs(
    row,
    values: Table,
    tables: Tables,
    article: Article,
    relation: Relation,
    facts: Mapping[str, Fact],
) -> list[Input]:
    inputs = []
    for role, position in _value_rows(row).items():
        if position >= len(values):  # a sum of parts, made by the engine
            fills = relation.roles.get(role, ())
            inputs.append(Input(role, " + ".join(_written_fill(f, article, facts) for f in fills)))
            continue
        label = values["label"][position] if values["source"][position] == "fact" else None
        inputs.append(Input(role, str(values["written"][position]), label))
    years = tables.relations["years"][row.relation_row]
    if "years" in KINDS[row.kind].role_names and years == years:
        inputs.append(Input("years", f"{years:g}"))
    days = tables.relations["days"][row.relation_row]
    if "days" in KINDS[row.kind].role_names and days == days:
        inputs.append(Input("days", f"{days:g}"))
    return inputs


def _written_fill(fill, article: Article, facts) -> str:
    """A part of a sum as written: the claim's value, the literal, or the fact's vintages."""
    if fill.value is not None:
        return fill.value.written
    if fill.source == "claim":
        return article.claims[fill.ref].value.written
    fact = facts.get(fill.ref)
    return fact.vintages[0].value.written if fact else str(fill.ref)


def _currencies(row, values: Table) -> tuple[str, str]:
    dims = _role_dimensions(row, values)
    return (currency_of(dims.get("amount", "")) or "", currency_of(dims.get("converted", "")) or "")


def _role_dimensions(row, values: Table) -> dict[str, str]:
    return {
        role: str(values["dimension"][position])
        for role, position in _value_rows(row).items()
        if position < len(values)
    }


def _rate_window(row) -> RateWindow | None:
    """The rate window the finding's row carries (audit.reference.rate_windows), if any."""
    if not row.window_source:
        return None
    return RateWindow(**{name: getattr(row, f"window_{name}") for name in WINDOW_COLUMNS})


def _rate_text(row, window: RateWindow | None, suffix: str) -> str:
    """The reference rates a conversion was held against, and the band allowed either side,
    as the rate window gives them."""
    if row.status == UNVERIFIABLE or window is None:
        return "the dated exchange rate"
    rates = interval(window.low, window.high, suffix)
    return f"{window.described}: {rates}, {window.band * 100:g}% allowed either side"


def _display_unit(
    row, compare_unit: str, values: Table, currencies: tuple[str, str]
) -> tuple[float, str]:
    """How to show recomputed figures: a divisor from base units and the unit after them."""
    if compare_unit == "pp":  # a change read as relative is in percent
        return 1.0, unit_suffix("percent" if row.reading == "relative" else "pp", None)
    if not (compare_unit.startswith("same:") or compare_unit == "amount"):
        return 1.0, unit_suffix(compare_unit, None, currencies)
    dimension = _dimension_of_compare(row, values)
    if dimension and currency_of(dimension):
        return 1.0, unit_suffix("amount", dimension)
    position = _value_rows(row).get(row.compare)
    if position is None or position >= len(values):
        return 1.0, ""
    text = str(values["unit_text"][position])
    return (float(values["factor"][position]), f" {text}") if text else (1.0, "")


def _conversion_display(
    row, values: Table, scale: float, suffix: str
) -> tuple[float, float, str, str]:
    """A unit conversion shown in the converted side's own unit (offset included), and the
    exact factor used ("1 mile = 1.609344 km")."""
    rows = _value_rows(row)
    if "amount" not in rows or "converted" not in rows:
        return scale, 0.0, suffix, ""
    pick = [rows["amount"], rows["converted"]]
    texts, dims = values["unit_text"][pick], values["dimension"][pick].astype(str)
    amount, converted = unit_factors.side_units(texts, dims, dims[::-1])
    if converted.factor != converted.factor:
        return scale, 0.0, suffix, ""
    text = unit_factors.priced(str(texts[1]), str(dims[1]))
    suffix = f" {text}" if text else suffix
    if amount.factor != amount.factor:
        return converted.factor, converted.offset, suffix, ""
    return converted.factor, converted.offset, suffix, describe_factor(amount, converted)


def _dimension_of_compare(row, values: Table) -> str | None:
    dims = _role_dimensions(row, values)
    return dims.get(row.compare) or next(iter(dims.values()), None)


def _arithmetic(formula: str, inputs: list[Input], computed: str) -> str:
    written = {i.role: i.written for i in inputs}
    substituted = re.sub(
        r"[A-Za-z_][A-Za-z_0-9]*",
        lambda m: f"[{written[m.group(0)]}]" if m.group(0) in written else m.group(0),
        formula,
    )
    return f"{substituted} = {computed}"


def _claim_ids(relation: Relation) -> list[str]:
    ids: list[str] = []
    for fills in relation.roles.values():
        ids.extend(f.ref for f in fills if f.source == "claim" and f.ref and f.ref not in ids)
    return ids


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


def _accept(article: Article, findings: list[Finding]) -> list[str]:
    notes = []
    for acceptance in article.accepted:
        matched = False
        for finding in findings:
            if finding.rule != acceptance.rule:
                continue
            if acceptance.relation == finding.relation or (
                acceptance.claims and acceptance.claims == set(finding.claims)
            ):
                finding.accepted = acceptance
                matched = True
        if not matched:
            notes.append(
                f"the accepted finding at line {acceptance.line} ({acceptance.rule})"
                " matches no finding any more"
            )
    return notes


def _coverage(article: Article, findings: list[Finding]) -> Coverage:
    checked = {c for f in findings if f.status != UNVERIFIABLE for c in f.claims}
    reasons: dict[str, str] = {}
    for finding in findings:
        if finding.status == UNVERIFIABLE:
            for claim_id in finding.claims:
                reasons.setdefault(claim_id, finding.reason)
    unchecked = []
    for claim in article.claims.values():
        if claim.id in checked:
            continue
        if claim.status != "fact":
            why = f"a {claim.status}, not a fact: not audited"
        else:
            why = reasons.get(claim.id, "no other figure to recompute it from")
        unchecked.append(Unchecked(claim.id, claim.value.written, why))
    return Coverage(len(article.claims), len(checked), unchecked, list(article.skipped))
