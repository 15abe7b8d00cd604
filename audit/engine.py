"""The audit engine: a pure function from tables of values, relations and fills to findings.

For each rule, every relation of its kind is evaluated at once on numpy arrays: every
combination of role alternatives (fact vintages) under every reading of the phrasing. A relation
is consistent when, under an allowed reading, some combination's recomputed interval meets the
stated one; inconsistent when it can be checked and none meets; unverifiable otherwise, with the
reason. Inconsistencies go to `diagnosis` for the likely cause.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from audit import diagnosis
from audit.intervals import Iv, gap, overlap
from audit.roles import PERCENT_FOR_PP, PP_FOR_PERCENT, Prepared, ValueArrays, expand, prepare
from audit.rules import Rule
from audit.tables import Tables

CONSISTENT, INCONSISTENT, UNVERIFIABLE = "consistent", "inconsistent", "unverifiable"
NOTHING_TO_COMPARE = "nothing stated to compare; the recomputed figure is given as derived"
SLIP_CAUSES = {
    PERCENT_FOR_PP: "written in percent where a difference of rates is in percentage points",
    PP_FOR_PERCENT: "written in percentage points where a rate in percent is meant",
}
FINDING_COLUMNS = ["article", "relation", "relation_row", "rule", "kind", "severity", "status",
                   "reading", "holding", "ambiguous", "compare", "stated_lo", "stated_hi",
                   "computed_lo", "computed_hi", "gap", "relative_gap", "reason", "cause",
                   "values"]


def run(tables: Tables, rules: list[Rule]) -> pd.DataFrame:
    """Findings for every relation a rule applies to, one row per (rule, relation)."""
    values = ValueArrays.of(tables.values)
    kinds = set(tables.relations["kind"])
    frames = [_run_rule(tables, rule, values) for rule in rules if rule.kind.name in kinds]
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=FINDING_COLUMNS)
    return pd.concat(frames, ignore_index=True)


def _missing_inputs(rule: Rule, prep: Prepared) -> np.ndarray:
    n = len(prep.relation)
    names = np.full(n, "", dtype=object)
    for role in rule.kind.role_names:
        if role in rule.inputs:
            names = names + np.where(prep.missing[role], f", {role}", "").astype(object)
    return names


def _evaluate(rule: Rule, prep: Prepared, relation_readings: np.ndarray) -> pd.DataFrame:
    """One row per (expansion row, reading) with the recomputation and its comparison."""
    n = len(prep.relation)
    stated = prep.env[rule.compare]
    compare_missing = prep.missing[rule.compare]
    missing = _missing_inputs(rule, prep)
    base_reason = np.where(prep.reason != "", prep.reason,
                           np.where(missing != "", "not given:" + missing.astype(str)
                                    .astype(object), ""))
    base_reason = _tidy(base_reason)
    frames = []
    for name, formula in rule.readings.items():
        computed = formula.evaluate(prep.env)
        lo, hi = (np.broadcast_to(a, (n,)).astype(float) for a in (computed.lo, computed.hi))
        reason = np.where(base_reason != "", base_reason,
                          np.where(np.isnan(lo) | np.isnan(hi),
                                   "cannot be recomputed from these values (a negative base?)",
                                   np.where(np.isneginf(lo) & np.isposinf(hi),
                                            "the base may be zero, so nothing can be divided"
                                            " by it", "")))
        checkable = (reason == "") & ~compare_missing
        reason = np.where((reason == "") & compare_missing, NOTHING_TO_COMPARE, reason)
        result = Iv(lo, hi)
        meets = overlap(stated.lo, stated.hi, prep.stated_open[0], prep.stated_open[1], result)
        distance = gap(stated.lo, stated.hi, result)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            scale = np.maximum(np.abs((stated.lo + stated.hi) / 2), np.abs((lo + hi) / 2))
            relative = np.where(scale > 0, distance / scale, distance)
        frames.append(pd.DataFrame({
            "row": np.arange(n), "relation_row": prep.relation, "reading": name,
            "allowed": (relation_readings == "") | (relation_readings == name),
            "checkable": checkable, "consistent": checkable & meets, "computed_lo": lo,
            "computed_hi": hi, "gap": np.where(checkable, distance, np.nan),
            "relative_gap": np.where(checkable, relative, np.nan), "reason": reason,
        }))
    return pd.concat(frames, ignore_index=True)


def _tidy(reasons: np.ndarray) -> np.ndarray:
    return pd.Series(reasons, dtype=object).str.replace("not given:, ", "not given: ",
                                                        regex=False).to_numpy(dtype=object)


def _run_rule(tables: Tables, rule: Rule, values: ValueArrays) -> pd.DataFrame:
    rows = expand(tables, rule.kind, values)
    if rows.empty:
        return pd.DataFrame(columns=FINDING_COLUMNS)
    prep = prepare(tables, rule.kind, rule.compare, rows, values)
    relations = tables.relations
    relation_readings = relations["reading"].to_numpy(dtype=object)[prep.relation]
    long = _evaluate(rule, prep, relation_readings)
    best = _best(long)
    holding = _holding(long, rule)
    status = np.where(best["consistent"] & best["allowed"], CONSISTENT,
                      np.where(best["checkable"], INCONSISTENT, UNVERIFIABLE)).astype(object)
    flag = prep.flag[best["row"].to_numpy()]
    cause = np.full(len(best), "", dtype=object)
    slipped = (status == CONSISTENT) & (flag != "")
    for code, text in SLIP_CAUSES.items():
        cause = np.where(slipped & (flag == code), text, cause)
    status = np.where(slipped, INCONSISTENT, status)
    relation_row = best["relation_row"].to_numpy()
    ambiguous = np.zeros(len(best), bool)
    if len(rule.readings) > 1:
        ambiguous = relations["reading"].to_numpy(dtype=object)[relation_row] == ""
    needs_cause = (status == INCONSISTENT) & (cause == "")
    if needs_cause.any():
        picked = np.flatnonzero(needs_cause)
        cause[picked] = diagnosis.explain(rule, prep, tables, best["row"].to_numpy()[picked],
                                          holding[picked], relation_readings[
                                              best["row"].to_numpy()[picked]])
    stated = prep.env[rule.compare]
    row = best["row"].to_numpy()
    value_rows = _value_rows(prep, row)
    return pd.DataFrame({
        "article": relations["article"].to_numpy(dtype=object)[relation_row],
        "relation": relations["relation"].to_numpy(dtype=object)[relation_row],
        "relation_row": relation_row, "rule": rule.id, "kind": rule.kind.name,
        "severity": rule.severity, "status": status, "reading": best["reading"].to_numpy(),
        "holding": holding, "ambiguous": ambiguous, "compare": rule.compare,
        "stated_lo": np.broadcast_to(stated.lo, (len(prep.relation),))[row],
        "stated_hi": np.broadcast_to(stated.hi, (len(prep.relation),))[row],
        "computed_lo": best["computed_lo"].to_numpy(), "computed_hi": best["computed_hi"]
        .to_numpy(), "gap": best["gap"].to_numpy(), "relative_gap": best["relative_gap"]
        .to_numpy(), "reason": np.where(status == UNVERIFIABLE, best["reason"].to_numpy(), ""),
        "cause": cause, "values": value_rows,
    })


def _best(long: pd.DataFrame) -> pd.DataFrame:
    """Per relation, the row that speaks for it: allowed, consistent, checkable, closest."""
    order = np.lexsort((long["relative_gap"].fillna(np.inf).to_numpy(),
                        ~long["checkable"].to_numpy(), ~long["consistent"].to_numpy(),
                        ~long["allowed"].to_numpy(), long["relation_row"].to_numpy()))
    ordered = long.iloc[order]
    _, first = np.unique(ordered["relation_row"].to_numpy(), return_index=True)
    return ordered.iloc[first].reset_index(drop=True)


def _holding(long: pd.DataFrame, rule: Rule) -> np.ndarray:
    """Per relation (in relation order), the readings under which it holds, comma-separated."""
    if len(rule.readings) == 1:
        return np.full(long["relation_row"].nunique(), "", dtype=object)
    held = long.groupby(["relation_row", "reading"], sort=True)["consistent"].any().unstack()
    text = pd.Series("", index=held.index, dtype=object)
    for name in rule.readings:
        if name in held.columns:
            mark = held[name].fillna(False).astype(bool)
            text = text.where(~mark, text + np.where(text == "", "", ", ") + name)
    return text.to_numpy(dtype=object)


def _value_rows(prep: Prepared, row: np.ndarray) -> np.ndarray:
    """Per finding, the value row of each role, as 'role=row' pairs (-1 for none)."""
    if not prep.value:
        return np.full(len(row), "", dtype=object)
    parts = None
    for role, index in prep.value.items():
        piece = (role + "=") + index[row].astype(str).astype(object)
        parts = piece if parts is None else parts + ";" + piece
    return parts
