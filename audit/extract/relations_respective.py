"""Growths told as parallel lists in one sentence, each rate with its own pair of levels.

    "Arrivals fell 0.1 percent in February and 2.5 percent in March, to 197,517 and 188,076,
     compared with 197,697 and 192,841 a year earlier."
                        growth: one for each place in the lists, rate i from start i to end i

The lists must be of one length, the levels of one kind, each list joined by commas and "and";
the rates' verb says whether they are rises or falls. Medium confidence: the words say the
order, "respectively" or not.
"""

from __future__ import annotations

import re

from audit.extract import phrasing
from audit.extract import relations_news as news
from audit.lazy_regex import compile_later

# Between members of a list: "A and B", "A, B and C", "0.1 percent in February and 2.5 percent
# in March" (a period after each member).
_NEXT_MEMBER = compile_later(
    r"^(?:\s+in\s+[A-Za-z]+(?:\s+(?:19|20)\d\d)?)?\s*(?:,|,?\s+and)\s+$", re.I
)
# From the last rate to the first end: "..., to", "in March this year, to".
_TO_ENDS = compile_later(r"^(?:\s+[\w'’-]+){0,4}?\s*,?\s+to\s+$", re.I)
# From the last end to the first start: "respectively, from", ", compared with", "against".
_FROM_STARTS = compile_later(
    r"^\s*,?\s*(?:respectively\s*,?\s*)?(?:(?:up|down)\s+)?(?:from|compared(?:\s+(?:with|to))?"
    r"|against|versus|as\s+against)\s+(?:about\s+|some\s+)?$",
    re.I,
)


def respective_growths(b, drafts: list) -> None:
    n = len(drafts)
    i = 0
    while i < n:
        rates = _members(b, drafts, i, lambda d: d.kind == "percent")
        if len(rates) < 2:
            i += 1
            continue
        last = i + len(rates)
        ends = _members(b, drafts, last, lambda d: d.kind in ("money", "measure", "number"))[
            : len(rates)
        ]
        starts = (
            _members(b, drafts, last + len(ends), _of_a_kind(ends[0]))[: len(rates)] if ends else []
        )
        if (
            len(ends) == len(starts) == len(rates)
            and _TO_ENDS.match(b.gap(rates[-1], ends[0]))
            and _FROM_STARTS.match(b.gap(ends[-1], starts[0]))
            and all(news.same(e, ends[0]) for e in ends)
        ):
            _add(b, rates, ends, starts)
            i = last + 2 * len(rates)
            continue
        i += 1


def _of_a_kind(like):
    return lambda d: news.same(d, like)


def _members(b, drafts: list, first: int, fits) -> list:
    """The list that starts at drafts[first]: the figures that fit, one after another, joined
    as a list joins its members."""
    out: list = []
    for k in range(first, len(drafts)):
        d = drafts[k]
        if not fits(d) or d.id in b.converted:
            break
        if out and not _NEXT_MEMBER.match(b.gap(out[-1], d)):
            break
        out.append(d)
    return out


def _add(b, rates: list, ends: list, starts: list) -> None:
    rising, falling = b.cues(rates[0])[1:]
    if rising == falling:
        return  # no verb of change, or both: what the rates are the words do not say
    if any(d.id in b.used_rates for d in rates) or any(
        d.id in b.in_pairs for d in (*ends, *starts)
    ):
        return
    signed = [r.id if rising else phrasing.negated(r) for r in rates]
    if None in signed:
        return
    for rate, end, start in zip(signed, ends, starts, strict=True):
        b.add(
            "growth",
            {"start": start.id, "end": end.id, "rate": rate},
            confidence="medium",
            note="parallel lists of rates, ends and starts, read in order",
        )
    b.used_rates.update(r.id for r in rates)
    b.in_pairs.update(d.id for d in (*ends, *starts))
    b.starts.update(d.id for d in starts)
