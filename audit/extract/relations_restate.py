"""A figure of the headline or the lead stated again lower down, with its value as written.

    "Port revenue reaches 4.2 billion" (headline) ... "The port's revenue came to 4,180
     million in the year."                          restate: the two must agree
    "Velmora records N8.4tn deficit" ... "the government recorded a fiscal deficit of
     N8.38tn"                                       the noun after the headline's amount
                                                    names it; who recorded it, and the kind
                                                    of deficit a bare one leaves out, tell
                                                    nothing apart; a "fiscal gap" is a deficit

The second statement is chosen among the later figures of the same kind, currency and unit by
the words alone: the words naming what each measures must overlap, and nothing may tell them
apart (a qualifier such as "daily", "net" or "last year's" on one only, another period phrase,
another entity, a name the lead does not mention or a partner named earlier in the sentence, a
per-head figure against a total, a balance against a flow). When two later figures fit equally
well, neither is taken. Whether the values agree never takes part:
a restatement with another value is exactly what the rule reports.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract import relations_prior as prior
from audit.extract.folded import word_test

LEADS = 2  # the first sentences with figures: the headline and the lead
_AMOUNTS = ("money", "measure", "number")
_BRACKETS = re.compile(r"\([^)]*\)")
_POINTS = frozenset(("point", "points"))
_THAT_BEFORE = re.compile(r"\b(?:that|this|these|those)\s+$", re.I)


def _several(b, draft) -> bool:
    """The figure's sentence states another of its kind and unit."""
    return sum(news.same(d, draft) for d in b.by_sentence.get(draft.sentence.number, [])) > 1


_TIME = frozenset(("second", "minute", "hour", "day", "week", "month", "year"))


# A later figure's context, sentence and clause, and the folded words and naming words of
# its context.
_LaterTexts = tuple[str, str, str, frozenset[str], frozenset[str]]


def restatements(b) -> None:
    numbers = sorted(b.by_sentence)
    lead_numbers = numbers[:LEADS]
    candidates = []
    # Each later figure's texts and words, read once for every lead figure: the word tests
    # below are cached by text, and a text cut again must be hashed again.
    texts: dict[str, _LaterTexts] = {}
    balances: dict[str, bool] = {}  # whether each later figure is a balance, read once
    # Read once; by object, as a repeated statement shares its first statement's id.
    usable = {id(d) for n in numbers for d in b.by_sentence[n] if _usable(b, d)}
    for number in lead_numbers:
        for first in b.by_sentence[number]:
            if id(first) not in usable or first.id in b.converted:
                continue
            later = [n for n in numbers if n > number]
            best = _second(b, first, later, texts, balances, usable)
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
    """The figure's words: its clause, its metric and the noun right after it."""
    return _texts(b, draft)[0]


# The noun right after an amount names it, in a headline above all: "records N12.4tn deficit
# in three years", "a $2bn surplus". Up to two words, before a preposition or a verb.
_NOUN_AFTER = re.compile(
    r"\s+((?!(?:in|of|for|on|at|to|by|from|with|over|during|as|after|and|or|but|while|"
    r"is|was|are|were|has|had|will|would|this|that|last|next)\b)[A-Za-z][a-z\-]+"
    r"(?:\s+(?!(?:in|of|for|on|at|to|by|from|with|over|during|as|after|and|or|but|while|"
    r"is|was|are|were|has|had|will|would)\b)[A-Za-z][a-z\-]+)?)",
)


def _noun_after(b, draft) -> str:
    after = _NOUN_AFTER.match(b.text, draft.found.end, draft.sentence.end)
    return after.group(1) if after else ""


def _texts(b, draft) -> tuple[str, str, str]:
    """The figure's words (its clause, metric and the noun after it), its sentence, and its
    clause."""
    sentence = draft.sentence
    clause = ev.clause_before(b.text, sentence.start, draft.found.start)
    # A converted figure's metric says "(in USD)": the currency is not what it measures.
    context = f"{clause} {_BRACKETS.sub('', draft.metric)} {_noun_after(b, draft)}"
    return context, b.text[sentence.start : sentence.end], clause


def _later_texts(b, draft) -> _LaterTexts:
    """_texts of a later figure, with the words of its context and its naming words, folded:
    each lead figure asks for them."""
    context, body, clause = _texts(b, draft)
    return context, body, clause, _folded(ev.words(context)), _folded(ev.naming_words(context))


_BALANCES = frozenset(("deficit", "surplus"))


# A place or party a flow goes to or comes from, named anywhere before the figure in its
# sentence: a clause after it ("while imports rose to ...") is about it too.
_PARTNER = re.compile(r"\b(?:to|from|with)\s+([A-Z][\w\-]+)")
_MONTHS = frozenset(m.lower() for m in lx.MONTHS)


def _partners(text: str) -> frozenset[str]:
    if "to " not in text and "from " not in text and "with " not in text:
        return frozenset()
    return frozenset(name for name in _PARTNER.findall(text) if name.lower() not in _MONTHS)


@lru_cache(maxsize=4096)
def _folded(words: frozenset[str]) -> frozenset[str]:
    """Words with the names of one flow or balance as one: a "fiscal gap" is a deficit."""
    return frozenset(lx.METRIC_SYNONYMS.get(w, w) for w in words)


# A balance names its figure just before it ("a fiscal gap of approximately", "the deficit
# stood at") or just after it ("N12.4tn deficit").
_BALANCE_BEFORE = re.compile(
    r"\b(?:deficits?|surplus(?:es)?|gaps?|shortfalls?)\s+(?:[\w\-]+\s+){0,2}?(?:of|at|was|is|"
    r"stood\s+at|came\s+to|reached|hit|totall?ed|amounted\s+to|to)\s+$",
    re.I,
)
_BALANCE_NOUNS = frozenset(("deficit", "surplus", "gap", "shortfall"))


def _balance(b, draft) -> bool:
    """The figure is a balance (a deficit, a surplus, a gap), not a flow."""
    if _BALANCE_BEFORE.search(b.before(draft, 50)):
        return True
    return bool(ev.words(_noun_after(b, draft)) & _BALANCE_NOUNS)


def _names_more(words: frozenset[str], first_said: frozenset[str]) -> bool:
    """The second figure's words name something the first sentence does not: not who reported
    it ("the government recorded"), nor the kind of balance a headline's bare "deficit"
    leaves out ("fiscal deficit")."""
    extra = words - first_said - lx.ACTOR_WORDS
    if extra and first_said & _BALANCES and not first_said & lx.BALANCE_KINDS:
        extra -= lx.BALANCE_KINDS
    return bool(extra)


_SUPERLATIVE = re.compile(
    r"\b(?:largest|biggest|highest|lowest|smallest|steepest|sharpest|widest|narrowest)\b", re.I
)
# A sentence that goes on with the one before ("Among them, ...", "Of this, ..."): the period
# that one names is its own.
_GOES_ON = re.compile(r"^\W*(?:among|of|within|including|in\s+addition)\b", re.I)
# "The oil bill for the month was S", after "in November 2015": that month, even where wire
# copy gives each sentence its own paragraph.
# Asked only whether it occurs: a word test lets re skip all but the starts of words in f, i, d, o.
_THAT_PERIOD = re.compile(
    word_test(
        "fido",
        r"(?:for|in|during|over|of)\s+(?:the|that)\s+(?:same\s+)?(?:month|quarter|period|week)\b",
    )
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
    b,
    first,
    later: list[int],
    texts: dict[str, _LaterTexts],
    balances: dict[str, bool],
    usable: set[int],
) -> ev.Candidate | None:
    first_body = b.text[first.sentence.start : first.sentence.end]
    first_context = _context(b, first)
    first_words = _folded(ev.words(first_context))
    first_periods = _periods(b, first, first_body)
    first_lengths = ev.period_lengths(first_body)
    first_plan = ev.plan_words(first_body)
    # Its own words too: "Planned spending was P" is no restatement of "Expenditure stood at
    # A, 85 per cent of the planned spending", though both sentences name a plan.
    first_plan_named = ev.plan_words(first_context)
    first_names = ev.names(first_body) | {w.strip(".,:;'’s") for w in first_body.split()[:1]}
    first_said = _folded(ev.naming_words(first_body))
    first_balance = _balance(b, first)
    first_pair = ev.pair(first_context)
    scored: list[tuple[int, Any, list[str]]] = []
    for number in later:
        for second in b.by_sentence[number]:
            if id(second) not in usable or not news.same(first, second):
                continue
            if second.id not in texts:
                texts[second.id] = _later_texts(b, second)
            context, body, clause, words, naming = texts[second.id]
            # First the test that turns down most pairs: it reads only what was read once
            # for the later figure.
            shared = first_words & words
            if not shared or _names_more(naming, first_said):
                continue  # the second names something the first sentence does not
            if _THAT_BEFORE.search(b.before(second, 12)) and _several(b, first):
                continue  # "A and B. That $2.3 billion shortfall": the two together, not one
            if second.id not in balances:
                balances[second.id] = _balance(b, second)
            if balances[second.id] != first_balance:
                continue  # "leaving a fiscal gap of G" is not "revenue came to R"
            if first_pair and not set(first_pair) <= ev.words(clause):
                continue  # "imports and exports" against "imports"
            if ev.qualifiers(context) != ev.qualifiers(first_context):
                continue  # daily against total, net against gross, last year's against this
            if ev.intensive(context) != ev.intensive(first_context):
                continue
            if _SUPERLATIVE.search(context) or _SUPERLATIVE.search(first_context):
                continue  # "the largest deficit" is one of many, not "the deficit"
            if ev.plan_words(body) != first_plan or ev.plan_words(context) != first_plan_named:
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
            if _partners(b.text[second.sentence.start : second.found.start]) - first_names:
                continue  # "Exports to Polaris rose ..., while imports rose to": Polaris's too
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
