"""Growth of a total from its parts, read off links already drafted: a breakdown (a sum) whose
total and every part each carry their own growth rate ("A, down 0.3 percent, while B, up
0.4 percent") also says how fast the total grew, Σ level ÷ Σ (level ÷ (1 + rate)) − 1.

Nothing is read from the numbers: a breakdown is taken as it was linked, with its confidence,
and a rate as the one the figure-and-rate pattern tied to its amount in its clause, or the
rate of a change drafted with the amount as its end ("reached T, down R or C").
"""

from __future__ import annotations

import re
from typing import Any

from audit.claims.claims_file import CONFIDENCES  # strongest first
from audit.extract import phrasing
from audit.extract.relations_parts import AND_BETWEEN


def from_breakdowns(b: Any) -> None:
    """Add an aggregate growth for every breakdown whose members all have a rate of their own."""
    rate_of = _rates_of_levels(b)
    if not rate_of:
        return
    for relation in list(b.relations):
        roles = relation["roles"]
        if relation["kind"] != "sum" or not isinstance(roles.get("total"), str):
            continue
        parts = roles.get("parts")
        if (
            not isinstance(parts, list)
            or len(parts) < 2
            or not all(isinstance(p, str) for p in parts)
        ):
            continue
        members = [roles["total"], *parts]
        if not all(m in rate_of for m in members):
            continue
        confidence = max(relation.get("confidence", "high"), "medium", key=CONFIDENCES.index)
        b.add(
            "aggregate_growth",
            {
                "rate": rate_of[roles["total"]],
                "levels": parts,
                "rates": [rate_of[p] for p in parts],
            },
            confidence=confidence,
            note=f"the rates of the breakdown {relation['id']} and of its total",
        )


def _rates_of_levels(b: Any) -> dict[str, Any]:
    """Each level's own rate: the figure-and-rate pattern's (relations._Builder.rate_of), and
    the rate of each change drafted with the level as its end."""
    rate_of = dict(b.rate_of)
    for relation in b.relations:
        roles = relation["roles"]
        if relation["kind"] == "change" and isinstance(roles.get("end"), str) and "rate" in roles:
            rate_of.setdefault(roles["end"], roles["rate"])
    # "A and B, down x and y, respectively": the order says whose rate is whose, which the
    # nearest-rate reading gets wrong (y is nearer A's partner B than x is).
    rate_of.update(_respective_rates(b))
    return rate_of


# From the second level to the first rate, and from the last rate to "respectively".
_TO_RATES = re.compile(
    r"\s*(?:[a-z]+\s*){0,3}?,\s*(?:(up|rising|increasing|growing)|(down|falling|decreasing))\s+"
    r"(?:by\s+)?$",
    re.I,
)
_THEN_RESPECTIVELY = re.compile(r"[^.;\d]{0,40}?\brespectively\b", re.I)


def _respective_rates(b: Any) -> dict[str, Any]:
    """Each of two levels' rates, listed after them in their order and closed by
    "respectively", as {level id: rate}; a fall's rate carries its minus sign."""
    out: dict[str, Any] = {}
    for drafts in b.by_sentence.values():
        for level, rate, fall in respective_rates(b, drafts):
            out[level.id] = (phrasing.negated(rate) or rate.id) if fall else rate.id
    return out


def respective_rates(b: Any, drafts: list) -> list[tuple[Any, Any, bool]]:
    """Of one sentence's figures, each of two levels listed with their rates after them and
    "respectively" ("A and B, down x and y, respectively"), as (level, rate, a fall)."""
    out: list[tuple[Any, Any, bool]] = []
    sentence = drafts[0].sentence if drafts else None
    if sentence is None or len(drafts) < 4:
        return out
    if "respectively" not in b.text[sentence.start : sentence.end]:
        return out  # a cheap test first: most sentences list nothing
    for one, two, three, four in zip(drafts, drafts[1:], drafts[2:], drafts[3:], strict=False):
        if one.kind == "percent" or two.kind == "percent":
            continue
        if three.kind != "percent" or four.kind != "percent":
            continue
        to_rates = _TO_RATES.fullmatch(b.text, two.found.end, three.found.start)
        if not (
            AND_BETWEEN.fullmatch(b.text, one.found.end, two.found.start)
            and to_rates
            and AND_BETWEEN.fullmatch(b.text, three.found.end, four.found.start)
            and _THEN_RESPECTIVELY.match(b.text, four.found.end, four.sentence.end)
        ):
            continue
        fall = to_rates.group(2) is not None
        out += [(one, three, fall), (two, four, fall)]
    return out
