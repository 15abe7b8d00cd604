"""The direction a change is said to take, checked where no rate is stated:

    "Burglaries have fallen to 367 from 389."      order: 389 is larger than 367
    "Output rose to 4.0 million tonnes from 3.3 million."
                                                    order: 4.0 million is larger

A growth drafted from a start and an end with no rate of its own (none stated in its sentence
or those beside it) still says which way the figure moved: the verb before or between them
("fell", "rose", "down from", "up from"). One direction, and only one, named in the clause
that holds the pair makes the later figure the larger (a rise) or the smaller (a fall): a
swapped or misprinted level fails it. Words of both directions, or none, link nothing.
"""

from __future__ import annotations

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.lazy_regex import compile_later

_RISE = compile_later(rf"\b(?:{lx.alternation(lx.RISE_WORDS, 'i')})\b")
_FALL = compile_later(rf"\b(?:{lx.alternation(lx.FALL_WORDS, 'i')})\b")


def directions(b) -> None:
    by_id = {d.id: d for d in b.audited}
    for relation in list(b.relations):
        roles = relation["roles"]
        if relation["kind"] != "growth" or roles.get("rate") is not None:
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
    """True for a rise, False for a fall, as the words from the clause before the first
    figure to the second say it; None where they name neither, or both."""
    first, second = sorted((start, end), key=lambda d: d.found.start)
    words = (
        ev.clause_before(b.text, first.sentence.start, first.found.start)
        + b.text[first.found.end : second.found.start]
    )
    rise, fall = _RISE.search(words) is not None, _FALL.search(words) is not None
    return rise if rise != fall else None
