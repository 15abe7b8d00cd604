"""A figure of the headline or the lead stated again lower down, with its value as written.

    "Port revenue reaches 4.2 billion" (headline) ... "The port's revenue came to 4,180
     million in the year."                          restate: the two must agree

The second statement is chosen among the later figures of the same kind, currency and unit by
the words alone: the words naming what each measures must overlap, and nothing may tell them
apart (a qualifier such as "daily", "net" or "last year's" on one only, another period phrase,
another entity, a name the lead does not mention, a per-head figure against a total). When two
later figures fit equally well, neither is taken. Whether the values agree never takes part:
a restatement with another value is exactly what the rule reports.
"""

from __future__ import annotations

import re
from typing import Any

from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract import relations_prior as prior

LEADS = 2  # the first sentences with figures: the headline and the lead
_AMOUNTS = ("money", "measure", "number")
_BRACKETS = re.compile(r"\([^)]*\)")
_POINTS = frozenset(("point", "points"))
_THAT_BEFORE = re.compile(r"\b(?:that|this|these|those)\s+$", re.I)


def _several(b, draft) -> bool:
    """The figure's sentence states another of its kind and unit."""
    return sum(news.same(d, draft) for d in b.by_sentence.get(draft.sentence.number, [])) > 1


_TIME = frozenset(("second", "minute", "hour", "day", "week", "month", "year"))


def restatements(b) -> None:
    numbers = sorted(b.by_sentence)
    lead_numbers = numbers[:LEADS]
    candidates = []
    # Each later figure's texts, cut once for every lead figure: the word tests below are
    # cached by text, and a text cut again must be hashed again.
    texts: dict[str, tuple[str, str, str]] = {}
    for number in lead_numbers:
        for first in b.by_sentence[number]:
            if not _usable(b, first) or first.id in b.converted:
                continue
            best = _second(b, first, [n for n in numbers if n > number], texts)
            if best is not None:
                candidates.append(best)
    ev.choose(b, candidates)


def _usable(b, draft) -> bool:
    return (
        draft.kind in _AMOUNTS
        and draft.found.unit not in _TIME  # "waiting over 18 weeks": a threshold
        and draft.found.unit not in _POINTS  # "a 9-point lead", "down one point": gaps, moves
        and draft.found.value is not None
        and draft.id not in b.starts
        and draft.repeat_of is None
        # "3,000 fewer than last spring": a difference, which no later level restates
        and not prior.compared_with_the_period_before(b, draft)
    )


def _context(b, draft) -> str:
    # A converted figure's metric says "(in USD)": the currency is not what it measures.
    metric = _BRACKETS.sub("", draft.metric)
    return ev.clause_before(b.text, draft.sentence.start, draft.found.start) + " " + metric


def _texts(b, draft) -> tuple[str, str, str]:
    """The figure's words (its clause and metric), its sentence, and its clause."""
    sentence = draft.sentence
    clause = ev.clause_before(b.text, sentence.start, draft.found.start)
    context = clause + " " + _BRACKETS.sub("", draft.metric)  # as _context makes it
    return context, b.text[sentence.start : sentence.end], clause


_SUPERLATIVE = re.compile(
    r"\b(?:largest|biggest|highest|lowest|smallest|steepest|sharpest|widest|narrowest)\b", re.I
)
# A sentence that goes on with the one before ("Among them, ...", "Of this, ..."): the period
# that one names is its own.
_GOES_ON = re.compile(r"^\W*(?:among|of|within|including|in\s+addition)\b", re.I)
# "The oil bill for the month was S", after "in November 2015": that month, even where wire
# copy gives each sentence its own paragraph.
_THAT_PERIOD = re.compile(
    r"\b(?:for|in|during|over|of)\s+(?:the|that)\s+(?:same\s+)?(?:month|quarter|period|week)\b",
    re.I,
)


def _periods(b, draft, body: str) -> frozenset[str]:
    """The periods the figure's sentence names, or those of the sentence it goes on from."""
    periods = ev.periods(body)
    if periods:
        return periods
    if _GOES_ON.match(body):
        before = ev.sentence_before(b, draft.sentence)
    elif _THAT_PERIOD.search(body) and (earlier := b.by_sentence.get(draft.sentence.number - 1)):
        before = b.text[earlier[0].sentence.start : earlier[0].sentence.end]
    else:
        return periods
    return periods if before is None else ev.periods(before)


def _dated_earlier(b, undated, dated) -> bool:
    """ "Turnover rose to 26.4 million" and "Turnover in 2021 was 23.7 million" in an article of
    2024: a figure dated two years or more before publication is not an undated one, which
    news gives for its latest period."""
    if undated.period or not dated.period or not b.published:
        return False
    year = ev.last_year(dated.period)
    return bool(year) and year <= int(b.published[:4]) - 2


def _second(
    b, first, later: list[int], texts: dict[str, tuple[str, str, str]]
) -> ev.Candidate | None:
    first_body = b.text[first.sentence.start : first.sentence.end]
    first_context = _context(b, first)
    first_words = ev.words(first_context)
    first_periods = _periods(b, first, first_body)
    first_lengths = ev.period_lengths(first_body)
    first_plan = ev.plan_words(first_body)
    first_names = ev.names(first_body) | {w.strip(".,:;'’s") for w in first_body.split()[:1]}
    first_said = ev.naming_words(first_body)
    first_pair = ev.pair(first_context)
    scored: list[tuple[int, Any, list[str]]] = []
    for number in later:
        for second in b.by_sentence[number]:
            if not _usable(b, second) or not news.same(first, second):
                continue
            if second.id not in texts:
                texts[second.id] = _texts(b, second)
            context, body, clause = texts[second.id]
            if _THAT_BEFORE.search(b.before(second, 12)) and _several(b, first):
                continue  # "A and B. That $2.3 billion shortfall": the two together, not one
            shared = first_words & ev.words(context)
            if not shared or not ev.naming_words(context) <= first_said:
                continue  # the second names something the first sentence does not
            if first_pair and not set(first_pair) <= ev.words(context):
                continue  # "imports and exports" against "imports"
            if ev.qualifiers(context) != ev.qualifiers(first_context):
                continue  # daily against total, net against gross, last year's against this
            if ev.intensive(context) != ev.intensive(first_context):
                continue
            if _SUPERLATIVE.search(context) or _SUPERLATIVE.search(first_context):
                continue  # "the largest deficit" is one of many, not "the deficit"
            if ev.plan_words(body) != first_plan:
                continue  # a projection against the figure booked, a budget against the outturn
            periods = _periods(b, second, body)
            if periods and first_periods and periods != first_periods:
                continue
            lengths = ev.period_lengths(body)
            if lengths and first_lengths and lengths != first_lengths:
                continue  # "in the week" against "in the month so far"
            if first.period and second.period and first.period != second.period:
                continue
            if _dated_earlier(b, first, second) or _dated_earlier(b, second, first):
                continue
            if first.entity and second.entity and first.entity != second.entity:
                continue
            if ev.names(clause) - first_names:
                continue  # "exports to Japan" is not the lead's exports
            cues = ["the same kind and unit", f"the same words ({', '.join(sorted(shared))})"]
            if periods and periods == first_periods:
                cues.append("the same period")
            scored.append(
                (len(shared) + (len(periods) > 0 and periods == first_periods), second, cues)
            )
    if not scored:
        return None
    scored.sort(key=lambda item: -item[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # two later figures fit equally: the words do not say which
    score, second, cues = scored[0]
    return ev.Candidate(
        "restate",
        {"first": first.id, "second": second.id},
        score=score,
        cues=cues,
        what="the lead's figure stated again",
        guess=True,
    )
