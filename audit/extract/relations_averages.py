"""Averages that a total and a count make: the total divided by the count (per_capita).

    "Pellia imported 12.00 million tonnes of copper ore valued at 6.000 billion dollars. The
    average price stood at 500.0 dollars per tonne."
                        total 6.000 billion dollars, count 12.00 million (tonnes), per_capita
                        500.0 dollars (in one tonne)
    "$9.120 billion in 45.6 million transfers, an average of $200."
                        total, the count of transfers, the average
    "In the first 12 months the inflow was 1.46 billion dollars, a monthly average of 121.7
    million dollars."   total, the count of months the words name (12), the average

    "31.8 million tonnes of steel in April. Daily output averaged 1.06 million tonnes."
                        per_day: the total over the 30 days of April (daily_averages)
    "21.9 billion parcels last year, or about 41,700 parcels a minute"
                        per_capita: the total over the 525,600 minutes of that year
                        (per_minute)
    "GDP reached 1.24 trillion yuan. Per capita GDP was 98,400 yuan, with a resident
    population of 12.6 million."
                        per_capita: the one total of the metric named per head, over the
                        one population of the window (per_head_of_named_totals)
    "The town recorded 45 road deaths, a rate of 9.0 per 100,000 residents, with a population
    of 500,000."        per_capita: the one count of events over the one base of the rate's
                        sentence, the rate read per the 100,000 its words name (per_n_rates)

The per_capita kind divides an amount by a plain count. A quantity in tonnes is written to the
count role as its bare number, and an average per tonne as its amount in one tonne, each with
its claim named: the division is the one the average states, and only when the average is per
the very unit the quantity is in. The months of an average per month come from the words of
the total's sentence ("January-June", "the first half", "the year"); when they name no single
count of months, nothing is linked. The average's words must say it is one ("average",
"averaging", "monthly average"); which figures are linked never depends on their values.
"""

from __future__ import annotations

import re
from itertools import pairwise

from audit.claims.periods import parse_period
from audit.errors import InputError
from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract.drafts import Draft
from audit.extract.relations_margin import CHANGE_AMOUNT
from audit.lazy_regex import compile_later
from audit.vocabulary import MONTH_NUMBERS, SMALL_WORDS, UNITS_IN_A_DAY

# "the average price stood at", "an average of", "averaging", "at an average": the average's own
# words, in its clause before it.
_AVERAGE_BEFORE = compile_later(r"\baverag(?:e|es|ed|ing)\b", re.I)
# The amount after the total in its sentence is its average when only these words lie between:
# "..., an average of", "..., or an average of", "..., averaging".
_AVERAGE_GAP = compile_later(
    r"^\s*[,;(]?\s*(?:(?:or|and|with|giving|for|at)\s+)?(?:(?:an?|the)\s+)?"
    r"(?:(?P<adjective>monthly|weekly)\s+)?(?:average\s+(?:of\s+)?|averaging\s+|"
    r"on\s+average\s+)(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+)?$",
    re.I,
)
# A period after the average ("an average of $200 a month"): the average is per that period.
_PER_PERIOD_AFTER = compile_later(
    r"^\s*(?:a|an|per|each|every)\s+(?P<period>day|week|month|year|quarter)\b", re.I
)
_SPAN_OF = {"monthly": "month", "weekly": "week"}
_NEXT = 1  # sentences before the average where its total and quantity may be stated


def averages(b) -> None:
    for number, drafts in b.by_sentence.items():
        for i, average in enumerate(drafts):
            if average.kind != "money" or average.id in b.used_rates or average.id in b.in_pairs:
                continue
            if average.id in b.converted or average.id in b.starts:
                continue
            per = (average.found.per or "").lower()
            if per in news.PER_PERSON:
                continue  # a figure per head: the per-head patterns link it
            if per and per not in lx.SPANS_OF_TIME:
                _per_unit(b, average, number)
            elif i > 0:
                _in_sentence(b, drafts, i)


# ---- "valued at T ... The average price stood at P dollars per tonne" ---------------------
def _per_unit(b, average: Draft, number: int) -> None:
    """An average written per a unit of measure, and the one total and the one quantity in
    that unit of its sentence and the sentence before it."""
    per = (average.found.per or "").lower()
    per = lx.MEASURE_UNITS.get(per, per)  # "per ton" of a quantity in tons (read as tonnes)
    clause = ev.clause_before(b.text, average.sentence.start, _start(average))
    if not _AVERAGE_BEFORE.search(clause):
        return  # "the price was 500 dollars per tonne" may be a market price, not the mean
    totals, quantities = [], []
    for n in range(number - _NEXT, number + 1):
        for d in b.by_sentence.get(n, []):
            if d.found.start >= average.found.start and n == number:
                break
            if d.kind == "measure" and (d.found.unit or "").lower() == per and not d.found.per:
                quantities.append(d)
            elif _is_total(b, d, average):
                totals.append(d)
    if len(totals) != 1 or len(quantities) != 1:
        return  # none, or several: the words do not say which
    total, quantity = totals[0], quantities[0]
    if ev.periods_differ(total, quantity) or quantity.id in b.starts:
        return
    b.used_rates.add(average.id)
    b.add(
        "per_capita",
        {
            "total": total.id,
            "count": {"value": _bare(b, quantity), "claim": quantity.id},
            "per_capita": {"value": _bare(b, average), "claim": average.id},
        },
        confidence="medium",
        note=f"an average per {per}: the total over the {quantity.found.unit_text or per} "
        "stated with it",
    )


# ---- "T in N transfers, an average of A"; "T, a monthly average of A" --------------------
def _in_sentence(b, drafts: list[Draft], i: int) -> None:
    """The average right after the figures it is of, only averaging words between: the one
    total of its currency before it in the sentence, and the one count of things (or the
    months the sentence names, for an average per month)."""
    average = drafts[i]
    cue = _AVERAGE_GAP.match(_past_noun(b.gap(drafts[i - 1], average), drafts[i - 1]))
    if cue is None:
        return
    totals = [d for d in drafts[:i] if _is_total(b, d, average)]
    if len(totals) != 1:
        return
    total = totals[0]
    after = _PER_PERIOD_AFTER.match(b.after(average, 20))
    span = (
        _SPAN_OF.get((cue["adjective"] or "").lower())
        or (average.found.per or "").lower()
        or (after["period"].lower() if after else "")
    )
    if span:
        if span in ("month", "week"):
            _per_period(b, total, average, span)
        return  # an average a day or a year: the per-day patterns read it
    counts = [d for d in drafts[:i] if _counted(d)]
    if len(counts) != 1 or ev.periods_differ(total, counts[0]):
        return
    b.used_rates.add(average.id)
    b.add(
        "per_capita",
        {"total": total.id, "count": counts[0].id, "per_capita": average.id},
        confidence="medium",
        note=f"an average: the total over the {counts[0].found.counted} stated with it",
    )


def _past_noun(gap: str, before: Draft) -> str:
    """The gap after a count without the noun it counts: " transfers, an average of " is
    ", an average of " after "45.6 million transfers"."""
    noun = before.found.counted
    stripped = gap.lstrip()
    if noun and stripped.lower().startswith(noun.lower()):
        return stripped[len(noun) :]
    return gap


def _per_period(b, total: Draft, average: Draft, span: str) -> None:
    """An average per month (or week) over the months (weeks) the total's sentence names."""
    words = b.text[total.sentence.start : _start(average)]
    found = _spans(words, span)
    if span == "week" and not found and _YEAR.search(words):
        _weekly_over_a_year(b, total, average)
        return
    if len(found) != 1:
        return  # no period named, or two: which one the total covers is not said
    count = found.pop()
    b.used_rates.add(average.id)
    b.add(
        "per_capita",
        {"total": total.id, "count": {"value": f"exactly {count}"}, "per_capita": _one(b, average)},
        confidence="medium",
        note=f"an average per {span} over the {count} {span}s the sentence names",
    )


def _weekly_over_a_year(b, total: Draft, average: Draft) -> None:
    """A weekly average of a year's total: a year is 52 to 52.18 weeks, as per_day holds a
    figure per week against a year's days."""
    b.used_rates.add(average.id)
    per = None if average.found.per else {"value": "1 week"}
    b.add(
        "per_day",
        {"total": total.id, "per_day": average.id, "days": {"value": "365"}, "per": per},
        confidence="medium",
        note="a weekly average over the year the sentence names",
    )


# The number of months a sentence's words name: "the first 12 months", "the 12-month",
# "January-June", "the first half", "the first quarter", "the first three quarters", "the year".
_N = r"(?P<n>\d{1,2}|" + "|".join(w for w in SMALL_WORDS if " " not in w) + r")"
_N_SPANS = compile_later(rf"\b{_N}[\s\-](?P<span>month|week)s?\b", re.I)
_MONTH_NAME = "|".join(m for m in MONTH_NUMBERS if len(m) > 3)
_MONTH_RANGE = compile_later(
    rf"\b(?P<a>{_MONTH_NAME})\s*(?:-|–|—|to|through|until)\s*(?P<b>{_MONTH_NAME})\b", re.I
)
_HALF = compile_later(r"\b(?:first|second|1st|2nd)\s+half\b|\bH[12]\b", re.I)
_QUARTER = compile_later(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\bQ[1-4]\b", re.I
)
_QUARTERS = compile_later(rf"\b(?:first|past|last)\s+{_N}\s+quarters\b", re.I)
# The year as the span of a total: "over the year", "for the full year", "full-year". Not "on
# the year" or "last year", a base of comparison, nor "this year" or "in 2025", which may be
# the year so far.
_YEAR = compile_later(
    r"\b(?:(?:for|over|in|during|across|through)\s+the\s+(?:whole\s+|full\s+|entire\s+|"
    r"financial\s+|fiscal\s+)?year|full-year)\b(?!\s*(?:to|earlier|ago|before|end))",
    re.I,
)


def _spans(words: str, span: str) -> set[int]:
    """Each count of `span`s (month, week) the words name; weeks only when written as such."""
    found = {_number(m["n"]) for m in _N_SPANS.finditer(words) if m["span"].lower() == span} - {
        None
    }
    if span == "week":
        return {n for n in found if n}
    for m in _MONTH_RANGE.finditer(words):
        first, last = MONTH_NUMBERS[m["a"].lower()], MONTH_NUMBERS[m["b"].lower()]
        if last > first:
            found.add(last - first + 1)
    if _HALF.search(words):
        found.add(6)
    if _QUARTER.search(words):
        found.add(3)
    found |= {3 * n for n in (_number(m["n"]) for m in _QUARTERS.finditer(words)) if n}
    if _YEAR.search(words):
        found.add(12)
    return {n for n in found if n}


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else SMALL_WORDS.get(word.lower())


# ---- the parts ----------------------------------------------------------------------------
def _is_total(b, d: Draft, average: Draft) -> bool:
    """An amount of the average's currency that is a level, not a change, a start, an
    average or a restatement in another currency."""
    return (
        d.kind == "money"
        and d is not average
        and d.found.currency == average.found.currency
        and not d.found.per
        and d.id not in b.converted
        and d.id not in b.starts
        and d.id not in b.used_rates
        and not _AVERAGE_BEFORE.search(ev.clause_before(b.text, d.sentence.start, _start(d)))
        and not CHANGE_AMOUNT.search(ev.clause_before(b.text, d.sentence.start, _start(d)))
    )


def _counted(d: Draft) -> bool:
    """A count of named things ("45.6 million transfers"), not of a span of time."""
    counted = (d.found.counted or "").lower()
    return d.kind == "number" and bool(counted) and counted not in lx.SPANS_OF_TIME


def _bare(b, d: Draft) -> str:
    """The figure as written without its unit of measure or its "per" part: "about 12.00
    million" of "about 12.00 million tonnes", "500.0 dollars" of "500.0 dollars per tonne"."""
    f = d.found
    qualifier = b.text[f.qualifier_start : f.start] if f.qualifier_start is not None else ""
    if d.kind == "money":
        return qualifier + _PER_SUFFIX.sub("", f.text)
    return f"{qualifier}{f.number}" + (f" {f.scale}" if f.scale else "")


_PER_SUFFIX = compile_later(r"\s*(?:/|\b(?:per|a|an|each)\b)\s*[A-Za-z.]+$")


def _one(b, average: Draft) -> str | dict:
    """The average as the amount in one period: "121.7 million dollars a month" is 121.7
    million dollars, of the claim, to divide a total in dollars."""
    if average.found.per:
        return {"value": _bare(b, average), "claim": average.id}
    return average.id


def _start(d: Draft) -> int:
    return d.found.start if d.found.qualifier_start is None else d.found.qualifier_start


# ---- "31.8 million tonnes in April. Daily output averaged 1.06 million tonnes." ------------
# A daily average's own words, in its clause before it: "daily output averaged", "average
# daily output was", "the daily average stood at". Both a daily word and an average word.
_DAILY_BEFORE = compile_later(
    r"\b(?:average\s+daily|daily\s+average|daily\b[^,;:()]*?\baverag(?:ed|ing)|daily\b[^,;:()]*?"
    r"\bon\s+average)\b[^,;:()\d]*$",
    re.I,
)
_ON_AVERAGE = compile_later(r"\baverag(?:e|ed|ing)\b", re.I)
# A daily average of part of the period ("in the first week", "at its peak") is another one.
_PART_OF_PERIOD = compile_later(
    r"\b(?:week|weeks|weekday|weekdays|weekend|peak|busiest|record|holiday|season|until|since|"
    r"so\s+far|to\s+date)\b",
    re.I,
)
# Words naming a span ("during the first half"): the daily figure's own period, which must
# then be the total's ("389.87 million tonnes over the first six months ... The average daily
# output during the first half was 2.154 million tonnes").
_NAMES_A_SPAN = compile_later(r"\b(?:first|last|final|second|third|during|between|in|over)\b", re.I)
# A total of the period so far is no total over the period's days.
_SO_FAR = compile_later(
    r"\b(?:so\s+far|to\s+date|year-to-date|as\s+of|by\s+the\s+end|through|until|up\s+to)\b", re.I
)


def daily_averages(b) -> None:
    """A daily average and the one total of its unit stated before it, in its sentence or the
    sentence before, over a period the calendar counts the days of (a year, a quarter, a
    month): per_day over that period's days, as the engine counts them from the total's
    period. The daily figure names no other period, nor anything the total's sentence does
    not name ("daily output of iron ore" after a steel total)."""
    for number, drafts in b.by_sentence.items():
        for daily in drafts:
            if daily.kind not in ("money", "measure", "number") or daily.found.per:
                continue
            if daily.id in b.used_rates or daily.id in b.in_pairs or daily.id in b.starts:
                continue
            clause = ev.clause_before(b.text, daily.sentence.start, _start(daily))
            if not _daily_average(b, daily, clause):
                continue
            total = _one_total(b, daily, number)
            if total is None or (
                _NAMES_A_SPAN.search(clause + _rest(b, daily)) and daily.period != total.period
            ):
                continue
            same = total.sentence.number == number
            shared = ev.words(clause) - lx.DAILY_AVERAGE_WORDS
            confidence = "medium" if same or shared else "low"
            b.used_rates.add(daily.id)
            b.add(
                "per_day",
                {"total": total.id, "per_day": daily.id},
                confidence=confidence,
                note=f"a daily average of the total over the days of {total.period}"
                + ("" if same else ", the total stated in the sentence before"),
            )


def _daily_average(b, daily: Draft, clause: str) -> bool:
    """The figure's words say it is a daily average of the whole period: a daily word and an
    average word before it ("daily output averaged"). "An average of D each day" after its
    total is the per-day patterns' (relations_spread.per_day), which read the days in words."""
    if not _DAILY_BEFORE.search(clause):
        return False
    return not _PART_OF_PERIOD.search(_rest(b, daily)) and not _PART_OF_PERIOD.search(clause)


def _rest(b, d: Draft) -> str:
    """The words after a figure to the end of its clause."""
    after = b.text[d.found.end : d.sentence.end]
    cut = _CLAUSE_CUT.search(after)
    return after[: cut.start()] if cut else after


_CLAUSE_CUT = compile_later(r"[,;:()]|\.(?:\s|$)")


def _one_total(b, daily: Draft, number: int) -> Draft | None:
    """The one amount of the daily figure's unit before it, in its sentence or the one just
    before (news paragraphs are often one sentence each), stated for a whole period whose days
    the calendar counts."""
    window = b.by_sentence.get(number - 1, []) + [
        d for d in b.by_sentence.get(number, []) if d.found.end <= _start(daily)
    ]
    totals = [d for d in window if _same_unit(d, daily)]
    if len(totals) != 1:
        return None  # none, or several: the words do not say which
    total = totals[0]
    if total.id in b.used_rates or total.id in b.starts or total.id in b.converted:
        return None
    if not _whole_period(b, total) or daily.period not in (None, total.period):
        return None
    words = b.text[total.sentence.start : total.sentence.end]
    head = ev.clause_before(b.text, total.sentence.start, _start(total))
    if _SO_FAR.search(words) or _DAILY_WORD.search(head) or _ON_AVERAGE.search(head):
        return None
    daily_words = ev.words(ev.clause_before(b.text, daily.sentence.start, _start(daily)))
    if daily_words - lx.DAILY_AVERAGE_WORDS - ev.words(words):
        return None  # the daily figure names what the total's sentence does not
    if total.entity and daily.entity and total.entity != daily.entity:
        return None
    return total


_DAILY_WORD = compile_later(r"\b(?:daily|a\s+day|per\s+day)\b", re.I)


def _same_unit(a: Draft, b: Draft) -> bool:
    fa, fb = a.found, b.found
    return (
        a is not b
        and a.kind == b.kind
        and not fa.per
        and fa.unit == fb.unit
        and fa.currency == fb.currency
        and (fa.counted or "").lower() == (fb.counted or "").lower()
        and not fa.is_range
    )


def _whole_period(b, total: Draft) -> bool:
    """The total is stated for a period whose days the calendar counts, and for a year only
    where its sentence names no part of one ("in the year's first quarter", "the first six
    months of 2013": the year read as its period would give the wrong days)."""
    if _days_in(total.period) is None:
        return False
    if not re.fullmatch(r"(?:19|20)\d\d", total.period or ""):
        return True
    return not _PART_OF_YEAR.search(b.text[total.sentence.start : total.sentence.end])


_PART_OF_YEAR = compile_later(
    r"\b(?:quarters?|half|halves|months?|weeks?|days|season|H[12]|Q[1-4]|"
    + "|".join(m for m in MONTH_NUMBERS if len(m) > 3)
    + r")\b",
    re.I,
)


def _days_in(period: str | None) -> int | None:
    """The days of a stated period (a year's 365 or 366, a month's own), None if not one."""
    if period is None:
        return None
    try:
        span = parse_period(period)
    except InputError:
        return None
    return (span.end - span.start).days + 1


# ---- "21.9 billion parcels last year, or about 41,700 parcels a minute" ------------------
_PER_SHORT = compile_later(
    r"^(?:\s+[a-z][\w\-]*){0,2}?\s+(?:a|an|per|every|each)\s+(?P<unit>minute|hour|second)\b"
    r"(?!\s+(?:more|less|fewer|higher|lower|above|below|than|in|during|at|on|from|by|of)\b)",
    re.I,
)
# Between the total (and up to six words after it, its period) and the figure per minute: a
# restating word ("or", "that is", "equivalent to"), then a qualifier at most.
_RESTATING_GAP = compile_later(
    r"^(?:\s+[^\s,;:()]+){0,6}\s*,\s*(?:or|that\s+is|which\s+is|equal\s+to|equivalent\s+to|"
    r"meaning|averaging|or\s+an\s+average\s+of|an\s+average\s+of|on\s+average)\s*$",
    re.I,
)


def per_minute(b) -> None:
    """A total over a stated period restated per minute, hour or second right after it: a
    per_capita over the minutes (hours, seconds) of the total's period, counted by the
    calendar (audit.vocabulary.UNITS_IN_A_DAY): 525,600 minutes in 2022, 527,040 in 2024."""
    for drafts in b.by_sentence.values():
        for total, rate in pairwise(drafts):
            if rate.id in b.used_rates or not _same_unit(total, rate) or total.found.per:
                continue
            per = _PER_SHORT.match(b.after(rate, 40))
            if per is None or not _RESTATING_GAP.match(_past_noun(b.gap(total, rate), total)):
                continue
            days = _days_in(total.period)
            if (
                days is None
                or not _whole_period(b, total)
                or rate.period not in (None, total.period)
            ):
                continue
            unit = per["unit"].lower()
            count = days * UNITS_IN_A_DAY[unit]
            b.used_rates.add(rate.id)
            b.add(
                "per_capita",
                {"total": total.id, "count": {"value": f"exactly {count}"}, "per_capita": rate.id},
                confidence="medium",
                note=f"a figure per {unit}: the total over the {count:,} {unit}s of {total.period}",
            )


# ---- "GDP reached T. Per capita GDP was A, with a population of N" --------------------------
# "per capita GDP", "GDP per capita", "per-head income": the metric named per head, in the
# clause before the figure.
_PER_HEAD = r"(?:per[\s-]capita|per[\s-]head|per[\s-]person)"
_METRIC = lx.alternation(lx.PER_HEAD_METRICS, "i")
_NAMED_PER_HEAD = compile_later(
    rf"\b{_PER_HEAD}\s+(?:[a-z]+\s+)?(?P<after>{_METRIC})\b|\b(?P<before>{_METRIC})\s+{_PER_HEAD}\b",
    re.I,
)
_PER_HEAD_WORDS = compile_later(rf"\b{_PER_HEAD}\b|\baverage\b", re.I)
_HEAD_BACK = 2  # sentences before the per-head figure where its total and population may be


def per_head_of_named_totals(b) -> None:
    """A per-head figure of a named metric, the one total of that metric and the one population
    in its sentence and the two before: the total over the population. A guess (low): the
    population may be a year-end count where the figure used the year's average."""
    for number, drafts in b.by_sentence.items():
        for each in drafts:
            if each.kind != "money" or each.id in b.used_rates or each.found.per:
                continue
            clause = ev.clause_before(b.text, each.sentence.start, _start(each))
            named = _NAMED_PER_HEAD.search(clause)
            if named is None:
                continue
            metric = (named.group("after") or named.group("before")).lower()
            window = [
                d
                for n in range(number - _HEAD_BACK, number + 1)
                for d in b.all_by_sentence.get(n, [])
                if d is not each and d.id not in b.converted and d.status == each.status
            ]
            totals = ev.latest_of_each(d for d in window if _total_of(b, d, each, metric))
            people = ev.latest_of_each(d for d in window if _population(b, d))
            if len(totals) != 1 or len(people) != 1 or ev.periods_differ(totals[0], each):
                continue  # none, or several: the words do not say which
            b.used_rates.add(each.id)
            b.add(
                "per_capita",
                {"total": totals[0].id, "count": people[0].id, "per_capita": each.id},
                confidence="low",
                note=f"per-head {metric}: the one total of {metric} and the one population "
                "stated with it",
            )


def _total_of(b, d: Draft, each: Draft, metric: str) -> bool:
    """An amount of `metric` in the per-head figure's currency, not itself per head."""
    if d.kind != "money" or d.found.currency != each.found.currency or d.found.per:
        return False
    clause = ev.clause_before(b.text, d.sentence.start, _start(d))
    return metric in ev.words(clause) | ev.words(d.metric) and not _PER_HEAD_WORDS.search(clause)


def _population(b, d: Draft) -> bool:
    return d.kind == "number" and not d.found.per and news.counts_people(b, d)


# ---- "212 murders, a rate of 8.1 per 100,000 residents, with a population of 2.6 million" --
# A rate's own word in its clause before it: "a rate of", "the mortality rate was".
_RATE_WORD = compile_later(r"\brates?\b", re.I)
_PER_N = compile_later(r"(?P<n>\d{1,3}(?:,\d{3})*) (?P<noun>[a-z]+)")
_POPULATION_WORD = compile_later(r"\bpopulation\b(?:\s+of)?[^,;:()]*$", re.I)


def per_n_rates(b) -> None:
    """A rate of events per a round number of something ("8.1 per 100,000 residents", "14 per
    1,000 births"), named a rate, with the one count of events and the one count of the base
    in its sentence: the events over the base, read per the number the words name (the claim
    value keeps its "per 100,000", and the engine scales by it). The base is the count of what
    the rate is per ("22,100 births"), or for a rate per people the one population ("a
    population of 2.6 million"). Which figures are linked never depends on their values."""
    for drafts in b.by_sentence.values():
        for rate in drafts:
            per = _rate_per(b, rate)
            if per is None:
                continue
            others = [d for d in drafts if d is not rate and _plain_count(b, d)]
            bases = [d for d in others if _base_of(b, d, per)]
            events = [d for d in others if d not in bases and _events(b, d, per, rate)]
            if len(bases) != 1 or len(events) != 1:
                continue  # none, or several: the words do not say which
            base, total = bases[0], events[0]
            if ev.periods_differ(total, rate) or ev.periods_differ(base, rate):
                continue
            b.used_rates.add(rate.id)
            b.add(
                "per_capita",
                {"total": total.id, "count": base.id, "per_capita": rate.id},
                confidence="medium",
                note=f"a rate per {rate.found.per}: the {total.found.counted} over the "
                f"{per} stated with it",
            )


def _rate_per(b, rate: Draft) -> str | None:
    """The noun a rate is per ("residents" of "8.1 per 100,000 residents"), when the figure is
    a count per a round base and its clause calls it a rate; else None."""
    if rate.kind != "number" or not rate.found.per or rate.id in b.used_rates:
        return None
    written = _PER_N.fullmatch(rate.found.per.lower())
    if written is None or int(written["n"].replace(",", "")) not in lx.RATE_BASES:
        return None
    if not _RATE_WORD.search(ev.clause_before(b.text, rate.sentence.start, _start(rate))):
        return None
    return written["noun"]


def _plain_count(b, d: Draft) -> bool:
    return (
        d.kind == "number"
        and not d.found.per
        and not d.found.is_range
        and d.id not in b.used_rates
        and d.id not in b.in_pairs
        and d.id not in b.starts
    )


def _base_of(b, d: Draft, per: str) -> bool:
    """A count of what the rate is per ("22,100 births" for "per 1,000 births"), or for a rate
    per people the population the words give ("a population of 2.6 million")."""
    counted = (d.found.counted or "").lower()
    if counted and counted == per:
        return True
    if per not in lx.POPULATION_PER:
        return False
    clause = ev.clause_before(b.text, d.sentence.start, _start(d))
    return bool(_POPULATION_WORD.search(clause)) or counted in lx.POPULATION_PER


def _events(b, d: Draft, per: str, rate: Draft) -> bool:
    """A count of named events ("212 murders", "310 deaths"), not of people or of time, that
    the rate is of: the rate's clause names them ("the murder rate"), or the rate is set beside
    the count as its rate ("212 murders, a rate of 8.1 per 100,000"); "120 clinics" beside an
    infant mortality rate is no count of its events."""
    counted = (d.found.counted or "").lower()
    if (
        not counted
        or counted == per
        or counted in lx.SPANS_OF_TIME
        or counted in lx.POPULATION_PER
        or news.counts_people(b, d)
    ):
        return False
    clause = ev.clause_before(b.text, rate.sentence.start, _start(rate))
    if ev.words(counted) & ev.words(clause):
        return True
    if d.found.start < rate.found.start:
        return bool(_RATE_BESIDE.match(b.gap(d, rate)))
    return bool(_WITH_EVENTS.match(b.gap(rate, d)))  # "12 per 1,000 births, with 96 cases"


_WITH_EVENTS = compile_later(r"^[^.;]{0,40}?,\s*with\s+$", re.I)
# "212 murders last year, a rate of", "310 deaths, or a rate of": the count's own rate.
_RATE_BESIDE = compile_later(
    r"^[^.;,]{0,40},\s*(?:or\s+|giving\s+|for\s+)?(?:a|an)\s+(?:[a-z]+\s+)?rate\s+of\s*"
    r"(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.I,
)
