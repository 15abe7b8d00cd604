"""Growth of a total from its parts, read off links already drafted: a breakdown (a sum) whose
total and every part each carry their own growth rate ("A, down 0.3 percent, while B, up
0.4 percent") also says how fast the total grew, Σ level ÷ Σ (level ÷ (1 + rate)) − 1.

Nothing is read from the numbers: a breakdown is taken as it was linked, with its confidence,
and a rate as the one the figure-and-rate pattern tied to its amount in its clause, or the
rate of a change drafted with the amount as its end ("reached T, down R or C").
"""

from __future__ import annotations

from typing import Any

from audit.claims.claims_file import CONFIDENCES  # strongest first


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
    return rate_of
