"""The audit engine: a pure function from tables of values, relations and fills to findings.

For each rule, every relation of its kind is evaluated at once on numpy arrays: every
combination of role alternatives (fact vintages) under every reading of the phrasing. A relation
is consistent when, under an allowed reading, some combination's recomputed interval meets the
stated one; inconsistent when it can be checked and none meets; unverifiable otherwise, with the
reason. Inconsistencies go to `diagnosis` for the likely cause.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from audit.claims.kinds import KINDS, SPANS
from audit.engine import diagnosis, rate_rows
from audit.engine.columns import Table
from audit.engine.roles import (
    PERCENT_FOR_PP,
    PP_FOR_PERCENT,
    Prepared,
    ValueArrays,
    expand,
    prepare,
)
from audit.engine.tables import Tables
from audit.intervals import Iv, gap, overlap
from audit.rules.rule_files import Rule
from audit.vocabulary import QUALIFIERS

CONSISTENT, INCONSISTENT, UNVERIFIABLE = "consistent", "inconsistent", "unverifiable"
NOTHING_TO_COMPARE = "nothing stated to compare; the recomputed figure is given as derived"
# A figure cut off at its last digit rather than rounded ("25.88%" written "25.8%") is a
# lapse of style many desks allow: the finding stays, as a warning, with this cause.
TRUNCATED = "holds if the stated figure was cut off at its last digit rather than rounded"
TRUNCATION_CEILING = "warning"
SLIP_CAUSES = {
    PERCENT_FOR_PP: "written in percent where a difference of rates is in percentage points",
    PP_FOR_PERCENT: "written in percentage points where a rate in percent is meant",
}
FINDING_COLUMNS = [
    "article",
    "relation",
    "relation_row",
    "rule",
    "kind",
    "severity",
    "status",
    "rate_assumed",
    "reading",
    "holding",
    "ambiguous",
    "compare",
    "stated_lo",
    "stated_hi",
    "computed_lo",
    "computed_hi",
    "gap",
    "relative_gap",
    "reason",
    "cause",
    *rate_rows.FINDING_COLUMNS,
]
# Findings carry the value row of each role filled from values, in slots: slot i holds the
# i-th such role of the finding's kind (see value_roles), -1 when empty.
VALUE_SLOTS = tuple(
    f"value_{i}"
    for i in range(
        max(sum(r.unit != "rate" and r.unit not in SPANS for r in k.roles) for k in KINDS.values())
    )
)


def value_roles(kind: str) -> tuple[str, ...]:
    """The roles whose value rows a finding of this kind carries, in slot order."""
    return tuple(r.name for r in KINDS[kind].roles if r.unit != "rate" and r.unit not in SPANS)


def run(tables: Tables, rules: list[Rule]) -> Table:
    """Findings for every relation a rule applies to, one row per (rule, relation)."""
    values = ValueArrays.of(tables.values)
    by_kind = _fills_by_kind(tables)
    found = [
        _run_rule(replace(tables, fills=by_kind[rule.kind.name]), rule, values)
        for rule in rules
        if rule.kind.name in by_kind
    ]
    return Table.concat([f for f in found if len(f)], FINDING_COLUMNS + list(VALUE_SLOTS))


def _fills_by_kind(tables: Tables) -> dict[str, Table]:
    """The fills of each kind's relations, split once: each rule then reads only its own."""
    fills = tables.fills
    names = fills.names
    kinds = tables.relations["kind"]
    fill_kind = kinds[fills["relation"]].astype(str) if len(fills) else np.array([], str)
    order = np.argsort(fill_kind, kind="stable")
    distinct, starts = np.unique(fill_kind[order], return_index=True)
    bounds = [*starts.tolist(), len(order)]
    split = {
        str(kind): Table({name: fills[name][order[bounds[i] : bounds[i + 1]]] for name in names})
        for i, kind in enumerate(distinct)
    }
    empty = Table({name: fills[name][:0] for name in names})
    return {str(kind): split.get(str(kind), empty) for kind in set(kinds.tolist())}


def _evaluate(rule: Rule, prep: Prepared, relation_readings: np.ndarray) -> dict[str, np.ndarray]:
    """Columns over (reading, expansion row): the recomputation and its comparison."""
    n = len(prep.relation)
    stated = prep.env[rule.compare]
    compare_missing = prep.missing[rule.compare]
    base_reason = np.where(prep.reason != "", prep.reason, _not_given(rule, prep))
    parts: dict[str, list[np.ndarray]] = {}
    for name, formula in rule.readings.items():
        computed = formula.evaluate(prep.env)
        lo, hi = (np.broadcast_to(a, (n,)).astype(float) for a in (computed.lo, computed.hi))
        reason = np.where(
            base_reason != "",
            base_reason,
            np.where(
                np.isnan(lo) | np.isnan(hi),
                "cannot be recomputed from these values (a negative base?)",
                np.where(
                    np.isneginf(lo) & np.isposinf(hi),
                    "the base may be zero, so nothing can be divided by it",
                    "",
                ),
            ),
        )
        checkable = (reason == "") & ~compare_missing
        reason = np.where((reason == "") & compare_missing, NOTHING_TO_COMPARE, reason)
        result = Iv(lo, hi)
        meets = overlap(stated.lo, stated.hi, prep.stated_open[0], prep.stated_open[1], result)
        distance = gap(stated.lo, stated.hi, result)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            scale = np.maximum(np.abs((stated.lo + stated.hi) / 2), np.abs((lo + hi) / 2))
            relative = np.where(scale > 0, distance / scale, distance)
        columns = {
            "row": np.arange(n),
            "relation_row": prep.relation,
            "reading": np.full(n, name, dtype=object),
            "allowed": ((relation_readings == "") | (relation_readings == name))
            & (name not in rule.kind.percent_only or prep.flag == PERCENT_FOR_PP),
            "checkable": checkable,
            "consistent": checkable & meets,
            "computed_lo": lo,
            "computed_hi": hi,
            "gap": np.where(checkable, distance, np.nan),
            "relative_gap": np.where(checkable, relative, np.nan),
            "reason": reason.astype(object),
        }
        for key, column in columns.items():
            parts.setdefault(key, []).append(column)
    return {key: np.concatenate(columns) for key, columns in parts.items()}


def _not_given(rule: Rule, prep: Prepared) -> np.ndarray:
    """ "not given: start, end" for rows whose input roles are empty, "" elsewhere."""
    names = np.full(len(prep.relation), "", dtype=object)
    for role in rule.kind.role_names:
        if role in rule.inputs:
            empty = prep.missing[role]
            names = names + np.where(empty & (names != ""), ", ", "") + np.where(empty, role, "")
    return np.where(names != "", "not given: " + names, "").astype(object)


def _run_rule(tables: Tables, rule: Rule, values: ValueArrays) -> Table:
    rows = expand(tables, rule.kind, values)
    if len(rows["relation"]) == 0:
        return Table({})
    prep = prepare(tables, rule.kind, rule.compare, rows, values)
    relation_readings = tables.relations["reading"][prep.relation]
    long = _evaluate(rule, prep, relation_readings)
    best = _best(long, _stale(tables, rule, prep)[long["row"]])
    row = long["row"][best]
    holding = _holding(long, rule, long["relation_row"][best])
    status, cause = _verdicts(rule, long, best, prep.flag[row])
    truncated = (status == INCONSISTENT) & (cause == "")
    if truncated.any():
        truncated &= _holds_truncated(rule, prep, long, best, values)
    cause = np.where(truncated, TRUNCATED, cause).astype(object)
    severity = np.full(len(best), rule.severity, dtype=object)
    if rule.severity == "error":
        severity[truncated] = TRUNCATION_CEILING
    needs_cause = (status == INCONSISTENT) & (cause == "")
    if needs_cause.any():
        picked = np.flatnonzero(needs_cause)
        cause[picked] = diagnosis.explain(
            rule,
            prep,
            tables,
            row[picked],
            holding[picked],
            relation_readings[row[picked]],
            long["relative_gap"][best][picked],
        )
    ambiguous = np.zeros(len(best), bool)
    if len(rule.readings) > 1:
        ambiguous = relation_readings[row] == ""
        if rule.kind.percent_only:  # only a figure written in percent reads either way
            ambiguous &= prep.flag[row] != ""
        ambiguous &= status != UNVERIFIABLE
    return _findings(rule, prep, tables, long, best, status, severity, cause, holding, ambiguous)


def _holds_truncated(
    rule: Rule, prep: Prepared, long: dict[str, np.ndarray], best: np.ndarray, values: ValueArrays
) -> np.ndarray:
    """Whether the recomputed interval meets the stated figure read as cut off, not rounded:
    "25.8" as 25.8 up to 25.9 (-25.9 up to -25.8 for "-25.8"). Only a figure written with no
    qualifier is read so: "about", "more than" or "nearly" say how it was rounded."""
    row = long["row"][best]
    if rule.compare not in prep.value:  # an exchange rate, not a figure the article states
        return np.zeros(len(best), bool)
    stated = prep.env[rule.compare]
    n = len(prep.relation)
    lo, hi = (np.broadcast_to(a, (n,))[row].astype(float) for a in (stated.lo, stated.hi))
    computed = Iv(long["computed_lo"][best], long["computed_hi"][best])
    with np.errstate(invalid="ignore", over="ignore"):  # a bound's open end is infinite
        width, mid = hi - lo, (lo + hi) / 2
        cut_lo = np.where(mid >= 0, mid, mid - width)
        cut_hi = np.where(mid >= 0, mid + width, mid)
        meets = (
            np.isfinite(width)
            & (width > 0)
            & np.isfinite(computed.lo)  # a bound or an order compares with no rounding
            & np.isfinite(computed.hi)
            & (computed.hi >= cut_lo)
            & (computed.lo <= cut_hi)
        )
    stated_rows = prep.value[rule.compare][row]
    for i in np.flatnonzero(meets):
        written = str(values.take("written", stated_rows[i : i + 1])[0]).lower()
        meets[i] = stated_rows[i] >= 0 and not written.startswith(_QUALIFIER_WORDS)
    return meets


# A stated figure read with its qualifier ("about 25.8%") was rounded as the qualifier says.
_QUALIFIER_WORDS = tuple(QUALIFIERS)


def _verdicts(
    rule: Rule, long: dict[str, np.ndarray], best: np.ndarray, flag: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Status and unit-slip cause of each relation, from the row that speaks for it."""
    consistent, checkable = long["consistent"][best], long["checkable"][best]
    status = np.where(
        consistent & long["allowed"][best],
        CONSISTENT,
        np.where(checkable, INCONSISTENT, UNVERIFIABLE),
    ).astype(object)
    cause = np.full(len(best), "", dtype=object)
    # A unit slip is an error only under a reading that needs the other unit.
    read_as_written = np.isin(long["reading"][best], rule.kind.percent_only)
    slipped = (status == CONSISTENT) & (flag != "") & ~read_as_written
    for code, text in SLIP_CAUSES.items():
        cause = np.where(slipped & (flag == code), text, cause)
    return np.where(slipped, INCONSISTENT, status), cause


def _findings(
    rule: Rule,
    prep: Prepared,
    tables: Tables,
    long: dict[str, np.ndarray],
    best: np.ndarray,
    status: np.ndarray,
    severity: np.ndarray,
    cause: np.ndarray,
    holding: np.ndarray,
    ambiguous: np.ndarray,
) -> Table:
    relations = tables.relations
    relation_row = long["relation_row"][best]
    row = long["row"][best]
    stated = prep.env[rule.compare]
    n, count = len(prep.relation), len(best)

    def constant(value: str) -> np.ndarray:
        return np.full(count, value, dtype=object)

    columns = {
        "article": relations["article"][relation_row],
        "relation": relations["relation"][relation_row],
        "relation_row": relation_row,
        "rule": constant(rule.id),
        "kind": constant(rule.kind.name),
        "severity": severity,
        "status": status,
        "rate_assumed": relations["rate_assumed"][relation_row],
        "reading": long["reading"][best],
        "holding": holding,
        "ambiguous": ambiguous,
        "compare": constant(rule.compare),
        "stated_lo": np.broadcast_to(stated.lo, (n,))[row],
        "stated_hi": np.broadcast_to(stated.hi, (n,))[row],
        "computed_lo": long["computed_lo"][best],
        "computed_hi": long["computed_hi"][best],
        "gap": long["gap"][best],
        "relative_gap": long["relative_gap"][best],
        "reason": np.where(status == UNVERIFIABLE, long["reason"][best], "").astype(object),
        "cause": cause,
        **rate_rows.finding_columns(tables, prep.window[row]),
    }
    roles = value_roles(rule.kind.name)
    for slot, name in enumerate(VALUE_SLOTS):
        columns[name] = (
            prep.value[roles[slot]][row]
            if slot < len(roles)
            else np.full(count, -1, dtype=np.int64)
        )
    return Table(columns)


def _stale(tables: Tables, rule: Rule, prep: Prepared) -> np.ndarray:
    """Per expansion row: does it use a fact's vintage other than the one current when the
    article appeared? Such a row speaks for the relation only when no current one holds."""
    stale = np.zeros(len(prep.relation), bool)
    if "stale" not in tables.values.columns:
        return stale
    column = tables.values["stale"]
    for role in value_roles(rule.kind.name):
        rows = prep.value[role]
        # Rows past the table are sums of parts, made by the engine: never a fact.
        known = (rows >= 0) & (rows < len(column))
        stale |= np.where(known, column[np.where(known, rows, 0)], False)
    return stale


def _best(long: dict[str, np.ndarray], stale: np.ndarray | None = None) -> np.ndarray:
    """Per relation, the row that speaks for it: allowed, consistent, checkable, with the
    vintages current at publication, closest."""
    if stale is None:
        stale = np.zeros(len(long["relation_row"]), bool)
    order = np.lexsort(
        (
            np.nan_to_num(long["relative_gap"], nan=np.inf),
            stale,
            ~long["checkable"],
            ~long["consistent"],
            ~long["allowed"],
            long["relation_row"],
        )
    )
    _, first = np.unique(long["relation_row"][order], return_index=True)
    return order[first]


def _holding(long: dict[str, np.ndarray], rule: Rule, relation_rows: np.ndarray) -> np.ndarray:
    """Per relation, the readings under which it holds, comma-separated."""
    text = np.full(len(relation_rows), "", dtype=object)
    if len(rule.readings) == 1:
        return text
    size = int(relation_rows.max()) + 1
    for name in rule.readings:
        mine = long["reading"] == name
        held = np.zeros(size, bool)
        np.logical_or.at(held, long["relation_row"][mine], long["consistent"][mine])
        mark = held[relation_rows]
        text = text + np.where(mark & (text != ""), ", ", "") + np.where(mark, name, "")
    return text
