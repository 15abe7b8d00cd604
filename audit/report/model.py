"""The report: findings with their messages written out, grouped by article.

It reads the engine's findings table and, per row, the evidence joined for it
(audit.engine.evidence: inputs as written with their spans, units, claims, quote, the rate
window) and writes each finding's texts, reaching into no other table. Where a rate window is
shown: the window a conversion was held against (looked up by audit.reference.rate_windows before
the engine ran) is written here as it was looked up, in `_rate_text` (its rates and the band
allowed either side) and, for an undated article, `_note`; JSON gives it as `rate_window`.
Gate policy (accepted findings, the cap on guesses, coverage) is audit.gate's. Every renderer
(terminal, Markdown, JSON, ...) reads this model and nothing else.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import field
from typing import TYPE_CHECKING

from audit.claims.claims_file import Acceptance, Article
from audit.claims.kinds import KINDS
from audit.claims.units import CURRENCY_IN_DIMENSION, TIME_RATE, currency_of, divide, resolve
from audit.engine.clauses import source_offset
from audit.engine.columns import Table
from audit.engine.evaluate import CONSISTENT, INCONSISTENT, UNVERIFIABLE
from audit.engine.evidence import Evidence, Input, RateWindow
from audit.errors import InputError
from audit.records import FACTORY, record
from audit.report.formatting import CURRENCY_NAMES, interval, unit_suffix
from audit.rules.rule_files import Rule, render_message

__all__ = ["Input", "RateWindow"]  # the evidence's own records

SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1}
STATUS_ORDER = {INCONSISTENT: 0, UNVERIFIABLE: 1, CONSISTENT: 2}

if TYPE_CHECKING:
    from audit.reference.conflicts import Figure


def report_order(finding: Finding) -> tuple:
    """Findings as every report lists them: worst status, then highest severity."""
    return (
        STATUS_ORDER[finding.status],
        -SEVERITY_RANK[finding.severity],
        finding.relation,
        finding.rule,
    )


# Slots: an archive's report holds a finding per relation, hundreds of thousands of them.
@record(slots=True)
class Finding:
    """What one rule found about one relation, with its arithmetic and evidence."""

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
    quote: str | None = None  # the words holding the figures (audit.engine.clauses)
    context: str | None = None  # the whole sentence, where the quote is part of it
    span: tuple[int, int] | None = None
    line: int | None = None  # of its first claim in a claims file: where a finding without text is
    marks: list[tuple[int, int]] = field(default_factory=list)  # figures inside the quote
    elided: tuple[tuple[int, int], ...] = ()  # asides the quote leaves out (engine.clauses)
    # The numbers behind the texts above, in the compared role's unit (None where unknown).
    stated_interval: tuple[float, float] | None = None
    computed_interval: tuple[float, float] | None = None
    gap: float | None = None
    rate_window: RateWindow | None = None  # the exchange rates a conversion was held against
    # The relation's link: its confidence (a guess is capped, audit.gate.policy) and evidence.
    confidence: str | None = None
    evidence: str | None = None
    accepted: Acceptance | None = None
    # Gating (audit.gate): a content fingerprint, and whether a baseline already holds it.
    fingerprint: str = ""
    baselined: bool = False

    def __init__(
        self,
        article: str,
        rule: str,
        title: str,
        relation: str,
        kind: str,
        status: str,
        severity: str,
        claims: list[str],
        stated: str,
        computed: str,
        difference: str,
        message: str,
        cause: str = "",
        reason: str = "",
        reading: str = "",
        holding: str = "",
        note: str = "",
        arithmetic: str = "",
        inputs: list[Input] = FACTORY,
        quote: str | None = None,
        context: str | None = None,
        span: tuple[int, int] | None = None,
        line: int | None = None,
        marks: list[tuple[int, int]] = FACTORY,
        elided: tuple[tuple[int, int], ...] = (),
        stated_interval: tuple[float, float] | None = None,
        computed_interval: tuple[float, float] | None = None,
        gap: float | None = None,
        rate_window: RateWindow | None = None,
        confidence: str | None = None,
        evidence: str | None = None,
        accepted: Acceptance | None = None,
        fingerprint: str = "",
        baselined: bool = False,
    ) -> None:
        self.article = article
        self.rule = rule
        self.title = title
        self.relation = relation
        self.kind = kind
        self.status = status
        self.severity = severity
        self.claims = claims
        self.stated = stated
        self.computed = computed
        self.difference = difference
        self.message = message
        self.cause = cause
        self.reason = reason
        self.reading = reading
        self.holding = holding
        self.note = note
        self.arithmetic = arithmetic
        self.inputs = [] if inputs is FACTORY else inputs
        self.quote = quote
        self.context = context
        self.span = span
        self.line = line
        self.marks = [] if marks is FACTORY else marks
        self.elided = elided
        self.stated_interval = stated_interval
        self.computed_interval = computed_interval
        self.gap = gap
        self.rate_window = rate_window
        self.confidence = confidence
        self.evidence = evidence
        self.accepted = accepted
        self.fingerprint = fingerprint
        self.baselined = baselined

    @property
    def fails(self) -> bool:
        return self.status == INCONSISTENT and self.accepted is None and not self.baselined

    def in_article(self, offset: int) -> int:
        """The article offset of an offset into the quote (the finding has a span)."""
        assert self.span is not None
        return self.span[0] + source_offset(offset, self.elided)

    def marked_spans(self) -> list[tuple[int, int]]:
        """Where the finding's figures stand in the article."""
        if not self.span:
            return []
        return [(self.in_article(start), self.in_article(end)) for start, end in self.marks]


@record(slots=True)
class Unchecked:
    """A stated figure the run could not check, and why."""

    claim: str
    written: str
    why: str
    span: tuple[int, int] | None = None  # the figure in the article, where it came from text

    def __init__(
        self,
        claim: str,
        written: str,
        why: str,
        span: tuple[int, int] | None = None,
    ) -> None:
        self.claim = claim
        self.written = written
        self.why = why
        self.span = span


@record()
class Coverage:
    """How many of an article's figures were checked, and which were not."""

    stated: int
    checked: int
    unchecked: list[Unchecked]
    left_out: list[dict]  # figures in the text that extraction did not make claims of

    def __init__(
        self,
        stated: int,
        checked: int,
        unchecked: list[Unchecked],
        left_out: list[dict],
    ) -> None:
        self.stated = stated
        self.checked = checked
        self.unchecked = unchecked
        self.left_out = left_out


@record()
class ArticleReport:
    """An article's findings. In a run (audit.pipeline) its `article` is the article less its
    claims and relations once what the rest of the run reads of them is taken out: the
    coverage, the fingerprints, `unmarked` and `figures`."""

    article: Article
    findings: list[Finding]
    # Counted by the gate (audit.gate.coverage) once the findings are known.
    coverage: Coverage = field(default_factory=lambda: Coverage(0, 0, [], []))
    notes: list[str] = field(default_factory=list)
    # Where the article's figures are in its text that no finding marks (the HTML page shows
    # them as not checked); findings added later (conflicts) mark none.
    unmarked: list[tuple[int, int]] = field(default_factory=list)
    # The figures that could conflict with other articles' (audit.reference.conflicts), until
    # the run has taken them.
    figures: list[Figure] = field(default_factory=list)
    # Whether the article's text may hold suppression comments (audit.gate.suppress): workers
    # look while the text is at hand, so the parent rereads only the texts that do.
    commented: bool = True

    def __init__(
        self,
        article: Article,
        findings: list[Finding],
        coverage: Coverage = FACTORY,
        notes: list[str] = FACTORY,
        unmarked: list[tuple[int, int]] = FACTORY,
        figures: list[Figure] = FACTORY,
        commented: bool = True,
    ) -> None:
        self.article = article
        self.findings = findings
        self.coverage = Coverage(0, 0, [], []) if coverage is FACTORY else coverage
        self.notes = [] if notes is FACTORY else notes
        self.unmarked = [] if unmarked is FACTORY else unmarked
        self.figures = [] if figures is FACTORY else figures
        self.commented = commented

    def counts(self) -> dict[str, int]:
        return {
            s: sum(f.status == s for f in self.findings)
            for s in (CONSISTENT, INCONSISTENT, UNVERIFIABLE)
        }


@record()
class Report:
    """The findings of a run, per article, and the files that could not be read."""

    articles: list[ArticleReport]
    # Files of the run that could not be read or validated; each cost only itself.
    errors: list[InputError] = field(default_factory=list)
    baselined: int = 0  # findings a baseline already held (audit.gate.baseline)

    def __init__(
        self,
        articles: list[ArticleReport],
        errors: list[InputError] = FACTORY,
        baselined: int = 0,
    ) -> None:
        self.articles = articles
        self.errors = [] if errors is FACTORY else errors
        self.baselined = baselined

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
        return [f for f in self.findings() if fails_at(f, threshold)]


def fails_at(finding: Finding, threshold: str) -> bool:
    """An unaccepted inconsistency at or above a severity ('never' fails nothing)."""
    return (
        threshold != "never"
        and finding.fails
        and SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[threshold]
    )


def build_report(
    articles: list[Article],
    findings: Table,
    evidence: list[Evidence],
    rules: list[Rule],
) -> Report:
    """The findings of a run with their texts: `evidence` holds one record per findings row
    (audit.engine.evidence.gather). Conflicts across articles are added after, over the whole
    run (audit.report.conflict_findings), and gate policy after that (audit.gate.policy)."""
    by_rule = {r.id: r for r in rules}
    grouped: dict[str, list[Finding]] = {a.id: [] for a in articles}
    for row, joined in zip(findings.rows(), evidence, strict=True):
        grouped[row.article].append(_finding(row, by_rule[row.rule], joined))
    return Report(
        [ArticleReport(a, grouped[a.id], unmarked=unmarked(a, grouped[a.id])) for a in articles]
    )


def unmarked(article: Article, findings: list[Finding]) -> list[tuple[int, int]]:
    """The spans of the article's figures that overlap no figure its findings mark."""
    starts, ends = _union(sorted(span for f in findings for span in f.marked_spans()))
    out = []
    for claim in article.claims.values():
        span = claim.value_span
        if not span:
            continue
        # Only the marks starting before the figure ends can overlap it, and of those the
        # last reaches furthest: one search per figure, not a pass over every mark (a long
        # article has tens of thousands of each).
        before = bisect_left(starts, span[1])
        if not (before and span[0] < ends[before - 1]):
            out.append(span)
    return out


def _union(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted spans joined where they overlap (not where they only touch, so a point where
    two marks meet stays outside both), as starts and ends that both ascend."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in spans:
        if starts and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _finding(row, rule: Rule, joined: Evidence) -> Finding:
    inputs = list(joined.inputs)
    currencies = joined.currencies
    scale, suffix = _display_unit(row, joined, currencies)
    offset = 0.0
    if joined.conversion is not None:
        conversion = joined.conversion
        scale, offset = conversion.factor, conversion.offset
        suffix = f" {conversion.words}" if conversion.words else suffix
        if conversion.factor_text:
            inputs.append(Input("factor", conversion.factor_text))
    computed = interval(
        (row.computed_lo - offset) / scale, (row.computed_hi - offset) / scale, suffix
    )
    stated = next((i.written for i in inputs if i.role == rule.compare), "")
    window = joined.rate_window
    if joined.compare_unit == "rate":
        stated = _rate_text(row, window, suffix)
    converted_at = ""
    if window is not None and joined.compare_unit != "rate":
        # A figure in another currency than its counterpart was converted first.
        converted_at = _rate_text(row, window, f" {window.base} per {window.quote}")
        inputs.append(Input("exchange rate", converted_at))
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
        "spread": joined.spread,
    }
    relation = joined.relation
    return Finding(
        article=row.article,
        rule=rule.id,
        title=rule.title,
        relation=relation.id,
        kind=row.kind,
        status=row.status,
        severity=row.severity,
        claims=joined.claims,
        stated=stated,
        computed=computed,
        difference=difference,
        message=_message(rule, row, fields),
        cause=row.cause,
        reason=row.reason,
        reading=row.reading if len(rule.readings) > 1 else "",
        holding=row.holding,
        note="; ".join(n for n in (_note(row, rule, joined), _vintage_note(row, joined)) if n),
        arithmetic=_arithmetic(formula.text, inputs, computed)
        + (f", converting at {converted_at}" if converted_at else ""),
        inputs=inputs,
        quote=joined.quote,
        context=joined.context,
        span=joined.span,
        line=joined.line,
        marks=joined.marks,
        elided=joined.elided,
        stated_interval=_pair(row.stated_lo, row.stated_hi),
        computed_interval=_pair(row.computed_lo, row.computed_hi),
        gap=row.gap if row.gap == row.gap else None,
        rate_window=window,
        confidence=relation.confidence,
        evidence=relation.note,
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


def _note(row, rule: Rule, joined: Evidence) -> str:
    notes = []
    readings = " or ".join(f"'{r}'" for r in rule.readings)
    if row.ambiguous and row.holding:
        notes.append(
            f"the phrasing can be read as {readings}; the figures hold read as '{row.holding}'"
        )
    elif row.ambiguous:
        notes.append(f"the phrasing can be read as {readings}; the figures hold under neither")
    if joined.relation.confidence != "high":
        notes.append(f"linked with {joined.relation.confidence} confidence")
    if joined.rate_note:
        notes.append(joined.rate_note)
    if joined.relation.note:
        notes.append(joined.relation.note)
    return "; ".join(notes)


def _vintage_note(row, joined: Evidence) -> str:
    """When a figure holds only against a vintage other than the one current when the article
    appeared, name both (the engine prefers the current vintage whenever it holds)."""
    if row.status != CONSISTENT:
        return ""
    return "; ".join(
        f"matches the {v.used.vintage}{_released(v.used)} of {v.fact}; the "
        f"vintage current at publication, {v.current.vintage}{_released(v.current)}, "
        f"has {v.current.value.written}"
        for v in joined.vintages
    )


def _released(vintage) -> str:
    return f" (released {vintage.released})" if vintage.released else ""


def _rate_text(row, window: RateWindow | None, suffix: str) -> str:
    """The exchange rates a conversion was held against, and the band allowed either side,
    as the rate window gives them."""
    if row.status == UNVERIFIABLE or window is None:
        return "the dated exchange rate"
    rates = interval(window.low, window.high, suffix)
    return f"{window.described}: {rates}, {window.band * 100:g}% allowed either side"


def _display_unit(row, joined: Evidence, currencies: tuple[str, str]) -> tuple[float, str]:
    """How to show recomputed figures: a divisor from base units and the unit after them."""
    compare_unit = joined.compare_unit
    if compare_unit == "pp":  # a change read as relative is in percent
        return 1.0, unit_suffix("percent" if row.reading == "relative" else "pp", None)
    units = joined.units
    if compare_unit.startswith("quotient:"):
        # "t/ha", "$ per kg": shown in the figure's own unit, never its base unit's
        own = units.get(row.compare)
        if own is None or not own.words:
            return 1.0, ""
        words = own.words.replace(" /", "/")
        code = CURRENCY_IN_DIMENSION.search(own.dimension)
        if words.startswith("per ") and code:  # "$3.02 per kg": the currency was a sign
            words = f"{CURRENCY_NAMES.get(code[1], code[1])} {words}"
        return own.factor, f" {words}"
    if not (compare_unit.startswith("same:") or compare_unit == "amount"):
        return 1.0, unit_suffix(compare_unit, None, currencies)
    dims = {role: unit.dimension for role, unit in units.items()}
    dimension = dims.get(row.compare) or next(iter(dims.values()), None)
    if dimension and currency_of(dimension):
        return 1.0, unit_suffix("amount", dimension)
    own = units.get(row.compare)
    if own is None:
        return 1.0, ""
    return (_per_factor(row, own, dims), f" {own.words}") if own.words else (1.0, "")


def _per_factor(row, own, dims: dict[str, str]) -> float:
    """The divisor that shows a figure in its own unit; one written per day against a total
    was compared as the amount in one day (audit.engine.roles), so it is shown from that."""
    role = KINDS[row.kind].role(row.compare)
    if role is None or not role.per:
        return own.factor
    span = resolve(role.per)
    other = dims.get(role.unit.removeprefix("same:"))
    # Against a total per year, a figure per week is compared in one week too (engine.roles).
    per_rate = own.dimension == other and TIME_RATE in own.dimension
    if other is None or (own.dimension != divide(other, span.dimension) and not per_rate):
        return own.factor
    return own.factor * span.factor


def _arithmetic(formula: str, inputs: list[Input], computed: str) -> str:
    written = {i.role: i.written for i in inputs}
    substituted = re.sub(
        r"[A-Za-z_][A-Za-z_0-9]*",
        lambda m: f"[{written[m.group(0)]}]" if m.group(0) in written else m.group(0),
        formula,
    )
    return f"{substituted} = {computed}"
