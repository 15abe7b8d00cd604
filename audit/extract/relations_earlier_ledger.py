"""The same ledger one period earlier, and its changes.

A release that gives each figure of a ledger with its earlier level ("Exports were A, down
13% from A0. Imports came to B, up 4% from B0. The deficit was D, up 27% from D0") states the
earlier ledger too: where every figure of a sum drafted for this period has its own stated
start, the starts make the same sum, and the text holds them to it as much as to this
period's ("B0 = A0 + D0"). Where every figure is written with its change instead
("Employment increased 21,300 to T. Full-time employment increased 15,200 to A, while
part-time employment increased 6,100 to B"), the changes make the same sum. Nothing here
reads the numbers: the sum drafted is as good as the links it rests on, and no better.
"""

from __future__ import annotations

import re
from typing import Any

from audit.extract import lexicon as lx
from audit.extract import phrasing
from audit.lazy_regex import compile_later

_RANK = {"low": 0, "medium": 1, None: 2}


def earlier_ledgers(b: Any) -> None:
    starts: dict[str, set[str]] = {}
    trust: dict[tuple[str, str], str | None] = {}
    for relation in b.relations:
        roles = relation["roles"]
        start, end = roles.get("start"), roles.get("end")
        if relation["kind"] in ("growth", "change") and isinstance(start, str):
            if not isinstance(end, str):
                continue
            starts.setdefault(end, set()).add(start)
            trust[(end, start)] = relation.get("confidence")
    by_id = b.drafts_by_id
    for relation in list(b.relations):
        roles = relation["roles"]
        if relation["kind"] != "sum" or not isinstance(roles.get("total"), str):
            continue
        members = [roles["total"], *roles["parts"]]
        if not all(isinstance(m, str) for m in members):
            continue
        _changes_add_up(b, relation, members, by_id)
        if not all(len(starts.get(m, ())) == 1 for m in members):
            continue
        earlier = [next(iter(starts[m])) for m in members]
        if len(set(earlier)) != len(earlier) or set(earlier) & set(members):
            continue  # one start shared by two figures, or a figure its own start
        if not _one_earlier_period(by_id, members, earlier):
            continue  # "from A0 in May" against "from B0 a year earlier": two earlier periods
        confidences = [relation.get("confidence")]
        confidences += [trust[(m, e)] for m, e in zip(members, earlier, strict=True)]
        confidence = min(confidences, key=lambda c: _RANK.get(c, 0))
        b.add(
            "sum",
            {"total": earlier[0], "parts": earlier[1:]},
            confidence=confidence,
            note=f"the sum {relation['id']} one period earlier: each figure's own stated start",
        )


def _one_earlier_period(by_id: dict, members: list[str], earlier: list[str]) -> bool:
    """The starts name one earlier period: each period a start names on its own (not the one
    it takes from its end's sentence) holds, or is held by, every other ("2022", "2022-01")."""
    named = set()
    for member, start in zip(members, earlier, strict=True):
        end, draft = by_id.get(member), by_id.get(start)
        if draft is not None and draft.period and (end is None or draft.period != end.period):
            named.add(draft.period)
    return all(a.startswith(b) or b.startswith(a) for a in named for b in named)


_RISE = "|".join(lx.PART_RISE_VERBS)
_FALL = "|".join(lx.PART_FALL_VERBS)
# "increased 15,200 to", "fell by 3,500 to": a change, then the level it reached.
_CHANGED = compile_later(
    rf"\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))(?:\s+by)?\s+(?:about\s+|some\s+)?$", re.I
)
_TO = compile_later(r"\s+to\s+$", re.I)


def _changes_add_up(b: Any, relation: dict, members: list[str], by_id: dict) -> None:
    changes = [_change_of(b, by_id.get(m)) for m in members]
    if any(c is None for c in changes):
        return
    b.add(
        "sum",
        {"total": changes[0], "parts": changes[1:]},
        confidence=relation.get("confidence"),
        note=f"the changes of the sum {relation['id']}: each figure's own, stated before it",
    )


def _change_of(b: Any, level: Any) -> str | dict | None:
    """The change written right before a level ("increased C to L"), with its sign."""
    if level is None:
        return None
    before = [
        d for d in b.all_by_sentence[level.sentence.number] if d.found.end <= level.found.start
    ]
    if not before or not _TO.fullmatch(b.text, before[-1].found.end, level.found.start):
        return None
    change = before[-1]
    verb = _CHANGED.search(b.before(change, 30))
    if verb is None or change.kind != level.kind or change.found.unit != level.found.unit:
        return None
    return (phrasing.negated(change) or None) if verb["fall"] else change.id
