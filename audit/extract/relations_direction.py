"""The direction a change is said to take, checked where no rate is stated:

    "Burglaries have fallen to 367 from 389."      order: 389 is larger than 367
    "Output rose to 4.0 million tonnes from 3.3 million."
                                                    order: 4.0 million is larger

A growth drafted from a start and an end with no rate of its own (none stated in its sentence
or those beside it), or a rate's change in points with no points stated ("the jobless rate
dropped to 8.5% from 8.69%"), still says which way the figure moved, where the words that
govern the pair say it: the verb right before the first figure with "from" or "to" joining
the two ("fell to E from S"), "up from" / "down from" between them, or the verb that leads to
the end in the clause after the start ("S last year, whereas this year it has fallen to E").
A rise makes the end the larger, a fall the start: a swapped or misprinted level fails it.
Any other wording ("E, compared with S"), or a direction word of another clause, links
nothing.
"""

from __future__ import annotations

import re

from audit.extract import lexicon as lx
from audit.lazy_regex import compile_later

_RISE = rf"(?:{lx.alternation(lx.RISE_WORDS, 'i')})"
_FALL = rf"(?:{lx.alternation(lx.FALL_WORDS, 'i')})"
# The verb that governs the pair, right before its first figure: "have fallen to E from S",
# "rose from S to E", "fell sharply to E from S".
_VERB = rf"(?<![\w-])(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))(?![\w-])(?:\s+[a-z]+ly)?\s+"
_ABOUT = r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$"
_VERB_BEFORE = compile_later(rf"{_VERB}(?:to|from)\s+{_ABOUT}", re.I)
# Or the verb that leads to the later figure, the end, in its own clause: "stood at S in the
# first quarter of last year, the surplus has risen to E".
_VERB_TO = compile_later(rf"{_VERB}to\s+{_ABOUT}", re.I)
# ... and what joins the two figures then: "from" or "to" straight after the first.
# A year may date the first ("fell from S in 2022 to E", "rose from S in H1, 2022 to E").
_THEN_FROM_OR_TO = compile_later(
    r"^(?:\s+(?:[a-z]+|[a-z]\d|(?:19|20)\d\d),?){0,3}?\s*,?\s*(?:from|to)\s+", re.I
)
# Or the words between them say it: "reached E, up from S", "were E, down from S".
# A year may date the first ("fell to E in 2021 (down from S)").
_UP_OR_DOWN_FROM = compile_later(
    r"^(?:\s+(?:[a-z]+|(?:19|20)\d\d)){0,3}?\s*[,(]\s*(?:(?P<rise>up)|(?P<fall>down))\s+from\s+",
    re.I,
)


# The role that states how much a pair changed, by kind: a pair without it still has a direction.
_CHANGE_ROLE = {"growth": "rate", "pp_change": "change"}


def directions(b) -> None:
    by_id = {d.id: d for d in b.audited}
    for relation in list(b.relations):
        roles = relation["roles"]
        changed = _CHANGE_ROLE.get(relation["kind"])
        if changed is None or roles.get(changed) is not None:
            continue
        start, end = by_id.get(str(roles.get("start"))), by_id.get(str(roles.get("end")))
        if start is None or end is None or start.sentence.number != end.sentence.number:
            continue
        rise = _direction(b, start, end)
        if rise is None:
            continue
        larger, smaller = (end, start) if rise else (start, end)
        b.add(
            "order",
            {"larger": larger.id, "smaller": smaller.id},
            confidence=relation.get("confidence"),
            note=f"the words say it {'rose' if rise else 'fell'}, so the "
            f"{'end' if rise else 'start'} is the larger; no rate is stated",
        )


def _direction(b, start, end) -> bool | None:
    """True for a rise, False for a fall, as the words that govern the pair say it: the verb
    right before the first figure, with "from" or "to" joining the two ("fell to E from S"),
    or "up from" / "down from" between them; None for any other wording, so a direction word
    of another clause ("Sales, which fell last spring, reached E, compared with S") or inside
    a name ("higher education", "down payments") says nothing of the pair."""
    first, second = sorted((start, end), key=lambda d: d.found.start)
    gap = b.gap(first, second)  # past a restatement in brackets: "S ($1.3 billion) to E"
    between = _UP_OR_DOWN_FROM.match(gap)
    if between is not None:
        return between["rise"] is not None
    verb = _VERB_BEFORE.search(b.before(first, 40))
    if verb is not None and _THEN_FROM_OR_TO.match(gap):
        return verb["rise"] is not None
    if first is start and (verb := _VERB_TO.search(gap)) is not None:
        return verb["rise"] is not None  # "S last year, whereas this year it has fallen to E"
    return None
