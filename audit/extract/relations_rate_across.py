"""A rate of change stated in the sentence next to the two levels it is the change between.

    "Retail sales in Ostria rose 6.2 percent year on year in March. Sales reached 412.5
    billion euros, compared with 388.4 billion euros in March 2023."
                        growth: the levels' pair takes the rate the sentence before states
    "Ostria's exports jump 18% in May" (headline) ... "Exports rose to 5.9 billion dollars
    from 5.0 billion dollars a year earlier."
                        growth: the pair takes the headline's rate (low confidence)

A pair of levels drafted as a growth with no rate takes the one rate of change of the sentence
right before or after it, or of the headline, when that rate's clause names everything the
end level's clause names and its sentence states no level of the kind of its own (a rate beside
its own level is that level's). A month-on-month or quarter-on-quarter rate is never the
change of a pair compared a year apart, and a rate of another period is no rate of the pair.
The words decide which rate; the numbers never do. Medium confidence; low from the headline.
"""

from __future__ import annotations

import re

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract.drafts import Draft
from audit.lazy_regex import compile_later
from audit.vocabulary import SMALL_WORDS

# "rose 2.1 percent month on month", "up 0.8% from the previous quarter": a rate against the
# period before, not a year's change.
_SEQUENTIAL = compile_later(
    r"^[^.;]{0,40}?\b(?:month[\s-]on[\s-]month|quarter[\s-]on[\s-]quarter|week[\s-]on[\s-]week"
    r"|sequential(?:ly)?|from\s+(?:the|a)\s+(?:previous|prior|preceding)\s+(?:month|quarter|week))\b",
    re.I,
)
# Words a rate's clause and a level's share without naming the same thing; the periods the
# clauses name are compared apart (_of_the_pairs_period), not as names.
_GENERIC = frozenset(
    (
        "year",
        "month",
        "quarter",
        "total",
        "value",
        "figure",
        "percent",
        "billion",
        "million",
        "period",
        "day",
        "week",
        "half",
        "first",
        *(month.lower() for month in lx.MONTHS),
        *SMALL_WORDS,  # "for the three months": a period, not a name
    )
)
# "The bureau's report put the deficit at D", "data showed exports at E": who states the level,
# before what it measures.
_STATED_AT = compile_later(
    r"^.*?\b(?:put|puts|putting|pegged|pegs|placed|places|estimated|estimates|showed|shows)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?=[^,;]*\bat\s*$)",
    re.I,
)


def rates_across(b) -> None:
    by_id = {d.id: d for d in b.audited}
    first = min(b.by_sentence, default=None)
    for relation in b.relations:
        roles = relation["roles"]
        if relation["kind"] != "growth" or roles.get("rate") is not None:
            continue
        start, end = by_id.get(str(roles.get("start"))), by_id.get(str(roles.get("end")))
        if start is None or end is None:
            continue
        found = _the_one_rate(b, start, end, first)
        if found is None:
            continue
        rate, where = found
        b.used_rates.add(rate.id)
        roles["rate"] = b.signed(rate)
        guess = (
            "low" if where == "the headline" or relation.get("confidence") == "low" else "medium"
        )
        relation["confidence"] = guess
        note = relation.get("note", "").replace(ev.NO_RATE_STATED, "").strip("; ")
        relation["note"] = "; ".join(filter(None, [note, f"the rate is stated in {where}"]))


def _the_one_rate(b, start: Draft, end: Draft, first: int | None) -> tuple[Draft, str] | None:
    number = end.sentence.number
    places = [(number - 1, "the sentence before"), (number + 1, "the sentence after")]
    if first is not None and first < number - 1:
        places.append((first, "the headline"))
    named = _naming(b, end)
    if not named:
        return None
    found = [
        (rate, where)
        for at, where in places
        for rate in _rates_of(b, at, end)
        if named <= _naming(b, rate) and _of_the_pairs_period(rate, start, end)
    ]
    return found[0] if len(found) == 1 else None


def _rates_of(b, number: int, end: Draft) -> list[Draft]:
    """The rates of change of a sentence that states no level of the end's kind; the words
    of each rate's clause then say which, if any, is the pair's ("exports fell 5%, while
    imports rose 1.4%")."""
    drafts = b.by_sentence.get(number, [])
    if any(news.same(d, end) for d in drafts):
        return []  # a rate beside its own level is that level's
    return [
        d
        for d in drafts
        if d.kind == "percent"
        and d.id not in b.used_rates
        and not d.found.is_range
        and any(b.cues(d)[1:])
        and not b.cues(d)[0]  # a compound rate is of a span of years
        and not _SEQUENTIAL.match(b.after(d, 60))
    ]


def _of_the_pairs_period(rate: Draft, start: Draft, end: Draft) -> bool:
    """The rate names no period, or the end's, or the one a year after the start's ("rose 6.2
    percent in March" over "in March 2023" a year before)."""
    if not ev.periods_differ(rate, end):
        return True
    if not rate.period or not start.period:
        return False
    year, base = ev.last_year(rate.period), ev.last_year(start.period)
    return year == base + 1 and rate.period.replace(str(year), "") == start.period.replace(
        str(base), ""
    )


def _naming(b, draft: Draft) -> frozenset[str]:
    """The words of the figure's clause that name what it measures: the level's must all be
    the rate's ("Online sales reached" is not what "Retail sales rose" names)."""
    clause = ev.clause_before(b.text, draft.sentence.start, draft.found.start)
    clause = _STATED_AT.sub("", clause).lower()
    for phrase, plain in lx.FLOW_SAME.items():
        clause = clause.replace(phrase, plain)
    return ev.naming_words(clause) - _GENERIC
