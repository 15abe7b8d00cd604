"""A rate and its start, the end stated a sentence or two before.

    "Car sales in June rose 120 percent to 8,800 units from May. Even so, June car sales
    were still down 40 percent from 14,670 units in June 2020."
                        growth: 14,670 to 8,800 at -40 percent

The sentence gives a rate of change and the level it is measured from ("down R from S"), but
no level of its own before the rate: the level it is the change to is the one a sentence
just before states for the rate's own period, of what the rate's clause names. The rate's
sentence must name that period (the start's is another), the level's clause must name all
the rate's clause names ("June car sales", not "June van sales"), and only one level may
fit: the words decide, never the numbers. Medium confidence.
"""

from __future__ import annotations

import re

from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.lazy_regex import compile_later

REACH = 3  # sentences with figures before the rate's, where its end may be stated
# "down 40 percent from S", "rose 6% from S": the start right after the rate.
_FROM = compile_later(r"^\s*,?\s*(?:year[\s-]on[\s-]year\s+)?from\s+(?:about\s+|some\s+)?$", re.I)
_GENERIC = frozenset(
    ("year", "month", "quarter", "total", "value", "figure", "still", "even", "however", "though")
)


def ends_before(b) -> None:
    numbers = sorted(b.by_sentence)
    for position, number in enumerate(numbers):
        drafts = b.by_sentence[number]
        for i, rate in enumerate(drafts[:-1]):
            start = drafts[i + 1]
            if (
                rate.kind != "percent"
                or rate.id in b.used_rates
                or not rate.period
                or start.kind not in ("money", "measure", "number")
                or start.id in b.in_pairs
                or start.id in b.converted
                or not start.period
                or start.period == rate.period
                or not any(b.cues(rate)[1:])
                or not _FROM.match(b.gap(rate, start))
            ):
                continue
            if any(news.same(d, start) for d in drafts[:i]):
                continue  # a level of its own before the rate: the in-sentence patterns' own
            end = _the_end(b, numbers[max(0, position - REACH) : position], rate, start)
            if end is None:
                continue
            b.used_rates.add(rate.id)
            b.in_pairs.add(start.id)
            b.starts.add(start.id)
            b.add(
                "growth",
                {"start": start.id, "end": end.id, "rate": b.signed(rate)},
                confidence="medium",
                note="a rate from its start; the end is the level a sentence before states "
                "for the rate's period, of what the rate's clause names",
            )


def _the_end(b, earlier_numbers: list[int], rate, start):
    named = ev.naming_words(b.text[rate.sentence.start : rate.found.start]) - _GENERIC
    if not named:
        return None
    found = []
    for earlier in earlier_numbers:
        for d in b.by_sentence[earlier]:
            if (
                news.same(d, start)
                and d.period == rate.period
                and d.id not in b.starts
                and d.id not in b.converted
                and named <= ev.naming_words(b.text[d.sentence.start : d.found.start])
            ):
                found.append(d)
    return found[0] if len(found) == 1 else None
