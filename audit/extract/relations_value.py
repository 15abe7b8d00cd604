"""A value's growth against the growth of its volume and of its price, stated near each other:

    "Rice exports earned $1.1 billion, up 35.7% in value and 21.7% in volume. ... The average
    export price for rice rose 11.5%."          value_growth: 1.357 = 1.217 x 1.115
    "Higher volumes and prices pushed the value of gold exports up 46.4%. The volume of gold
    exports rose 28.9%, while realised gold prices rose 13.6%."

A value is its volume times its price, so its growth compounds theirs. Each rate is told by
the word nearest it: "in value", "in volume" right after it, else the last of "value",
"volume" and "price" in the clause leading up to it. The three are within a few sentences,
each the only rate of its word there, of one status and period, and their clauses name one
thing besides (a word they share: "rice", "gold"). A guess from the words: low confidence.
"""

from __future__ import annotations

import re

from audit.extract import relations_evidence as ev
from audit.extract.drafts import Draft
from audit.lazy_regex import compile_later

REACH = 3  # sentences from the value's where its volume and price may be stated

# "up 35.7% in value", "21.7 percent in volume terms": the word right after the rate.
_IN_WORD = compile_later(r"^\s*(?:in|by)\s+(value|volume|price)s?\b", re.I)
_WORD = compile_later(
    r"\b(?:(value|earnings|receipts|turnover)|(volumes?|tonnage|quantit(?:y|ies))|(prices?))\b",
    re.I,
)
_TAGS = ("value", "volume", "price")
# Words every such clause may share without naming one thing.
_FRAME = frozenset(
    [
        "value",
        "volume",
        "price",
        "export",
        "import",
        "average",
        "higher",
        "lower",
        "year",
        "percent",
        "cent",
        "unit",
        "total",
        "earning",
        "receipt",
        "turnover",
        "tonnage",
        "quantity",
        "realised",
        "realized",
        "both",
    ]
)


def _tag(b, rate) -> str | None:
    """Which of value, volume and price the words say a rate is the growth of, or None."""
    after = _IN_WORD.match(b.after(rate, 20))
    if after is not None:
        return after.group(1).lower()
    clause = ev.clause_before(b.text, rate.sentence.start, rate.found.start)
    found = list(_WORD.finditer(clause))
    if not found:
        return None
    last = found[-1]
    return next(tag for tag, group in zip(_TAGS, last.groups(), strict=True) if group)


def _a_change(b, rate) -> bool:
    """A rate of change: a percentage with a cue of one, or in a list of changes "in value
    and 21.7% in volume"; not a share ("35% of")."""
    return (
        rate.kind == "percent"
        and rate.found.value is not None
        and rate.found.per is None
        and (any(b.cues(rate)) or _IN_WORD.match(b.after(rate, 20)) is not None)
        and not b.after(rate, 6).lstrip().lower().startswith("of ")
    )


def value_growths(b) -> None:
    numbers = sorted(b.by_sentence)
    tagged: dict[int, list[tuple[str, Draft]]] = {}
    for number in numbers:
        rates = [d for d in b.by_sentence[number] if _a_change(b, d)]
        tagged[number] = [(tag, d) for d in rates if (tag := _tag(b, d)) is not None]
    for position, number in enumerate(numbers):
        values = [d for tag, d in tagged[number] if tag == "value"]
        if len(values) != 1:
            continue
        value = values[0]
        near = [
            (tag, d)
            for n in numbers[position : position + REACH]
            for tag, d in tagged[n]
            if tag != "value"
        ]
        volumes = [d for tag, d in near if tag == "volume"]
        prices = [d for tag, d in near if tag == "price"]
        if len(volumes) != 1 or len(prices) != 1:
            continue  # none, or more than one: the words do not say which
        volume, price = volumes[0], prices[0]
        three = (value, volume, price)
        if len({d.status for d in three}) != 1 or len({d.period for d in three} - {None}) > 1:
            continue  # a plan against an outcome, or rates of two periods
        if not _one_thing(b, three):
            continue
        b.add(
            "value_growth",
            {"value": b.signed(value), "volume": b.signed(volume), "price": b.signed(price)},
            confidence="low",
            note="a value is its volume times its price: the growths the words name value, "
            "volume and price compound",
        )


def _one_thing(b, rates: tuple) -> bool:
    """The sentences of the three rates name one thing besides value, volume and price."""
    named = [ev.naming_words(b.text[d.sentence.start : d.found.start]) - _FRAME for d in rates]
    return bool(named[0] & named[1] & named[2])
