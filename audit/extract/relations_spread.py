"""Shares, multiples and daily figures whose other figures are stated in other sentences.

    "A earned 4.7bn. B brought in 1.4bn. Of the total revenue, the two accounted for 76% and
    23%, respectively."                    share: each part is its own sentence's amount, the
                                           whole the first figure stated for "revenue"
    "The income of city dwellers is 2.8 times that of rural dwellers"
                                           multiple: each side is the first figure stated in
                                           a nearby sentence naming that group (and not both)
    "Acme's revenue was $52 billion, five times Bolt's revenue" ... "Bolt reported revenue of
    71 billion yuan ($10.4 billion)"       multiple: the start is the one amount stated for
                                           the owner and metric the multiple names, in the
                                           other side's currency where the article gives it
    "657 million trips during the three days, averaging 219 million a day"
                                           per_day: the days are written in words
    "The levy raised 21.9 billion in the year, an average of 60.0 million each day"
                                           per_day: the total named as the year's, 365 days
    "400 million trips, an average of 10.0 million daily. The 40-day season starts ..."
                                           per_day: the one day count of the next or last
                                           sentence (low confidence)
    "Daily revenue nears 200 million" (headline) ... "Q3 revenue of 652 billion"
                                           per_day: the headline's daily figure against the
                                           first total of the same subject with a period
    "A lost £40,000 a week in 2019. The loss for the financial year was £2.9m."
                                           per_day: a weekly figure against the year's total
                                           of the same flow in the next or last sentence
    "The isle has a population of 250,000." ... "900 million, or 3,600 per person"
                                           per_capita: the one population of the window
    "A ... accounted for 30% of the general budget spending", "A, or 12% of the country's
    exports"                               share: the whole is the first amount stated before
                                           whose metric names it

Every link here is a guess from the words (confidence low, with a note saying which words;
the daily figure over days written in words is medium: the sentence states all three).
Each search looks at a fixed window of sentences, so the step stays linear in the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract.drafts import Draft
from audit.extract.sentences import sentences
from audit.lazy_regex import compile_later
from audit.vocabulary import MULTIPLE_VERBS, PERIODS_IN_A_YEAR, SMALL_WORDS

_WINDOW = 15  # sentences either side a figure named by its words is looked for in
_AMOUNT = ("money", "number", "measure")
# Words that name no subject of their own here, beyond the evidence module's stop words.
_NOT_NAMES = frozenset(("total", "overall", "combined", "figure"))


def _words(text: str) -> set[str]:
    """Content words, plurals folded ("expenditures" is "expenditure")."""
    return set(ev.words(text)) - _NOT_NAMES


def _sentence(b, draft: Draft) -> str:
    return b.text[draft.sentence.start : draft.sentence.end]


def _amounts(b, number: int) -> list[Draft]:
    """The facts of a sentence that are amounts (not restatements in another currency)."""
    return [
        d for d in b.by_sentence.get(number, []) if d.kind in _AMOUNT and d.id not in b.converted
    ]


# ---- shares stated "respectively" for parts given in the sentences before -----------------
_RESPECTIVELY = compile_later(r"^\W*respectively\b", re.I)
# "Of the group's total revenue", "of total sales": the whole's subject word(s).
_OF_TOTAL_NAMED = compile_later(
    r"\bof\s+(?:the\s+)?(?:[\w\-]+['’]s?\s+)?(?:total|overall|combined)\s+"
    r"(?P<subject>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)",
    re.I,
)
# "the two businesses", "the three segments", "they": the parts are named before.
_THE_N = compile_later(r"\b(?:the\s+(?P<n>two|three|four|five)\s+[a-z][\w\-]*|they|these)\b", re.I)


def respective_shares(b) -> None:
    """ "Of the total revenue, the two businesses accounted for 76% and 23%, respectively":
    the parts are the amounts of the sentences just before, one each, in order."""
    for number, drafts in b.by_sentence.items():
        rates = [d for d in drafts if d.kind == "percent" and d.id not in b.used_rates]
        if len(rates) < 2 or len(rates) != len(drafts):
            continue
        if not _RESPECTIVELY.match(b.after(rates[-1], 20)):
            continue
        text = b.text[drafts[0].sentence.start : rates[0].found.start]
        named, group = _OF_TOTAL_NAMED.search(text), _THE_N.search(text)
        if named is None or group is None:
            continue
        if group.group("n") and SMALL_WORDS[group.group("n").lower()] != len(rates):
            continue
        subject = _words(named.group("subject"))
        parts: list[Draft] = []
        for earlier in range(number - len(rates), number):
            amounts = _amounts(b, earlier)
            if not amounts or not subject & _words(_sentence(b, amounts[0])):
                break
            parts.append(amounts[0])
        if len(parts) != len(rates):
            continue
        whole = _first_named(b, subject, parts[0], before=parts[0].sentence.number)
        if whole is None:
            continue
        for part, rate in zip(parts, rates, strict=True):
            b.add_share(
                part,
                whole,
                rate,
                f"'respectively': the part is the amount stated "
                f"{number - part.sentence.number} sentence(s) before; the whole is the first "
                f"figure stated for '{named.group('subject')}'",
            )


def _first_named(b, subject: set[str], like: Draft, before: int) -> Draft | None:
    """The first amount of the kind of `like`, in the window before sentence `before`, whose
    own words (its metric) name the subject: a total is stated before its breakdown."""
    for number in range(max(0, before - _WINDOW), before):
        for d in _amounts(b, number):
            if d.kind == like.kind and subject <= _words(d.metric):
                return d
    return None


# ---- "N times that of B", with the figures in other sentences ----------------------------
_VERBS = frozenset(MULTIPLE_VERBS)  # "doubled" is its own change, not "N times that of"
# After the multiple: "that of rural residents".
_THAT_OF = compile_later(
    r"^\s+(?:that|those)\s+of\s+(?:the\s+)?(?P<name>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)", re.I
)
# Before the multiple: "the income of urban residents is".
_SUBJECT = compile_later(
    r"(?:^|,\s+)(?:the\s+)?(?P<subject>[\w\-]+(?:\s+[\w\-]+){0,5}?)\s+of\s+(?:the\s+)?"
    r"(?P<name>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|was|are|were|stands\s+at|stood\s+at)\s+$",
    re.I,
)


def multiples(b) -> None:
    """A multiple whose other side is stated in another sentence: two groups compared
    ("that of rural residents"), or a named owner's figure ("five times Acme's revenue")."""
    restated = _restatements(b)
    for drafts in b.by_sentence.values():
        # With an amount in the sentence, only the named owner's figure may lie elsewhere.
        alone = not any(d.kind in _AMOUNT for d in drafts)
        for multiple in drafts:
            if (
                multiple.kind != "multiple"
                or multiple.id in b.used_rates
                or multiple.found.number.lower() in _VERBS
            ):
                continue
            if alone:
                _multiple(b, multiple)
            if multiple.id not in b.used_rates:
                _owned_multiple(b, multiple, drafts, restated)


def _multiple(b, multiple: Draft) -> None:
    """ "the income of urban residents is 2.83 times that of rural residents"."""
    that_of = _THAT_OF.match(b.after(multiple, 60))
    subject = _SUBJECT.search(b.text[multiple.sentence.start : multiple.found.start])
    if that_of is None or subject is None:
        return
    mine, theirs = subject.group("name"), that_of.group("name")
    end = _first_for(b, multiple, mine, theirs, kind=None)
    start = end and _first_for(b, multiple, theirs, mine, kind=end)
    if end is None or start is None or start is end:
        return
    b.used_rates.add(multiple.id)
    b.add(
        "multiple",
        {"start": start.id, "end": end.id, "multiple": multiple.id},
        reading="to",
        confidence="low",
        note=f"each side is the first figure of a nearby sentence naming '{mine}' or '{theirs}'",
    )


def _first_for(b, multiple: Draft, name: str, other: str, kind: Draft | None) -> Draft | None:
    """The first amount in the window around the multiple whose sentence names `name` and
    not `other` (a sentence naming both groups is about neither alone)."""
    here = multiple.sentence.number
    names = _words(name)
    # The words that tell the other group apart: "rural" of "rural residents".
    others = _words(other) - names
    for number in range(max(0, here - _WINDOW), here + _WINDOW + 1):
        if number == here:
            continue
        figures = [
            d
            for d in b.by_sentence.get(number, [])
            if d.kind in _AMOUNT
            and d.id not in b.converted
            and not d.found.number[:1].isalpha()  # "the first three quarters" is a period
        ]
        if not figures:
            continue
        words = _words(_sentence(b, figures[0]))
        if not names <= words or others & words:
            continue
        for d in figures:
            if kind is None or news.same(d, kind):
                return d
    return None


# ---- "N times B's revenue", B's revenue stated as an amount in another sentence -----------
_NAME = r"[A-Za-z][\w\-&]*(?:\.[\w\-&]+)*"  # "Acme", "U.S", "Toys-R-Us": no stop at the end
_METRIC = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?"
# Where the named metric ends: a stop, or a word that starts what follows it.
_METRIC_END = (
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:or|and|but|while|in|for|during|at|on|over|from|a|an|the|"
    r"this|that|last|with|as|to)\b)"
)
# After the multiple: "Acme's revenue", "Acme's" (the metric left to the subject).
_POSSESSED = compile_later(
    rf"^\s+(?:the\s+)?(?P<owner>{_NAME}(?:\s+{_NAME}){{0,2}}?)['’]s?(?:\s+(?P<metric>{_METRIC}))?"
    + _METRIC_END,
    re.I,
)
# After the multiple: "the revenue of Acme", "that of Acme" (the metric left to the subject).
_OF_OWNER = compile_later(
    rf"^\s+(?:the\s+(?P<metric>{_METRIC})|that|those)\s+of\s+(?P<the>the\s+)?"
    rf"(?P<owner>{_NAME}(?:\s+{_NAME}){{0,2}}?)" + _METRIC_END,
    re.I,
)
# Owners that are times, not owners: "three times last year's revenue" is growth.
_NOT_OWNERS = frozenset(
    ("year", "quarter", "month", "week", "day", "period", "last", "previous", "prior", "earlier")
)
# The sentence's subject and its verb: "That revenue was", "Acme's sales were".
_SUBJECT_OF = compile_later(
    rf"^\W*(?:(?:that|this|these|those|such)\s+(?P<anaphor>[a-z][\w\-]*)|(?:the\s+)?"
    rf"(?P<owner>{_NAME}(?:\s+{_NAME}){{0,2}}?)['’]s?\s+(?P<metric>{_METRIC}))\s+(?:was|is|"
    r"were|are|stood|came|amounted|reached|totall?ed|hit|equall?ed|equals|represents|"
    r"represented)\b",
    re.I,
)
# A demonstrative subject with no amount in its sentence points back at the sentence before.
_GENERIC = frozenset(("figure", "amount", "sum", "total", "number", "level", "result"))
# Between the multiplied figure and the multiple: a few words, then "or", "was", "equal to".
_TO_MULTIPLE = compile_later(
    r"^\)?(?:\s+[a-z][\w\-']*){0,5}\s*,?\s*(?:(?:or|which\s+(?:is|was)|that\s+is|was|is|were|"
    r"are|equal\s+to|equivalent\s+to|about|around|roughly|nearly|almost|some|over|more\s+than|"
    r"just\s+over|less\s+than|under)\s+)*$",
    re.I,
)
# The words just before a figure that make it a change, not the level of the metric.
_CHANGE_BEFORE = compile_later(
    r"\b(?:rose|grew|increased|climbed|jumped|gained|fell|dropped|declined|decreased|up|down|"
    r"by|increase|rise|gain|jump|decline|drop|fall|growth)\s+(?:of\s+)?(?:about\s+|around\s+|"
    r"nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+)?$",
    re.I,
)
_CLAUSE_CUT = compile_later(r"[,;:()]")
_POSSESSIVE = compile_later(r"\b([A-Za-z][\w\-.&]*)['’]s\b")
_NEAR = 6  # words before a figure its metric is named in
# Words that make a metric a rate of it: "daily revenue" is not the revenue.
_RATE_OF = frozenset(("daily", "weekly", "monthly", "hourly", "average", "per", "capita"))


def _restatements(b) -> dict[str, Draft]:
    """Each amount's restatement in another currency ("652 billion yuan ($98 billion)")."""
    drafts = {d.id: d for ds in b.all_by_sentence.values() for d in ds}
    return {
        r["roles"]["amount"]: drafts[r["roles"]["converted"]]
        for r in b.relations
        if r["kind"] == "conversion" and r["roles"].get("converted") in drafts
    }


def _owned_multiple(b, multiple: Draft, drafts: list[Draft], restated: dict[str, Draft]) -> None:
    """ "Acme's revenue reached $52 billion, five times Bolt's revenue", or "That revenue was
    five times Bolt's" after the sentence stating it: the start is the one amount another
    sentence states for Bolt's revenue."""
    after = b.after(multiple, 80)
    named = _POSSESSED.match(after) or _OF_OWNER.match(after)
    if named is None or any(
        d.kind in _AMOUNT and d.found.start >= multiple.found.end for d in drafts
    ):
        return  # a figure after the multiple is the sentence's own to link
    if named.re is _OF_OWNER and not (named.group("the") or named.group("owner")[:1].isupper()):
        return  # "twice the amount of money": no owner named
    owner = _words(named.group("owner"))
    if not owner or owner & _NOT_OWNERS or any(c.isdigit() for c in named.group("owner")):
        return
    head = _SUBJECT_OF.match(b.text[multiple.sentence.start : multiple.found.start])
    end = _multiplied(b, multiple, drafts, head)
    metric_text = named.group("metric") or (
        head and (head.group("metric") or head.group("anaphor"))
    )
    if end is None or not metric_text or metric_text.lower() in _GENERIC:
        return
    metric = _words(metric_text)
    if not metric:
        return
    found = {
        (d.repeat_of or d).id: d for d in _stated_for(b, multiple, owner, metric) if d is not end
    }
    if len(found) != 1:
        return  # none, or several figures for the owner's metric: the words do not say which
    start = next(iter(found.values()))
    if end.period and start.period and end.period != start.period:
        return
    start, end = _same_currency(start, end, restated)
    b.used_rates.add(multiple.id)
    distance = start.sentence.number - multiple.sentence.number
    where = f"{abs(distance)} sentence(s) {'after' if distance > 0 else 'before'}"
    b.add(
        "multiple",
        {"start": start.id, "end": end.id, "multiple": multiple.id},
        reading="to",
        confidence="low",
        note=f"the start is the one figure stated for {named.group('owner')}'s "
        f"{metric_text} ({where})",
    )


def _multiplied(b, multiple: Draft, drafts: list[Draft], head) -> Draft | None:
    """The figure the multiple is of: the amount just before it in its sentence; for a
    sentence with no amount opening on "That revenue was", the one amount of the sentence
    before, which names it; opening on "Acme's revenue was", the one amount stated for it."""
    before = [
        d
        for d in drafts
        if d.kind in _AMOUNT and d.found.end <= multiple.found.start and d.id not in b.converted
    ]
    if before:
        end = before[-1]
        last = max(
            (
                d
                for d in b.all_by_sentence[end.sentence.number]
                if d.found.end <= multiple.found.start
            ),
            key=lambda d: d.found.end,
        )
        return end if _TO_MULTIPLE.match(b.gap(last, multiple)) else None
    if head is None:
        return None
    if head.group("anaphor") is None:
        # "Acme's sales were three times Bolt's": Acme's sales are stated elsewhere too.
        owner = _words(head.group("owner"))
        if not owner or owner & _NOT_OWNERS:
            return None
        found = _stated_for(b, multiple, owner, _words(head.group("metric")))
        return found[0] if len({(d.repeat_of or d).id for d in found}) == 1 else None
    amounts = [
        d for d in _amounts(b, multiple.sentence.number - 1) if not d.found.number[:1].isalpha()
    ]
    if len(amounts) != 1:
        return None  # none, or several the demonstrative may point at
    noun = head.group("anaphor").lower()
    if noun not in _GENERIC and not _words(noun) <= _words(_sentence(b, amounts[0])):
        return None
    return amounts[0]


def _stated_for(b, multiple: Draft, owner: set[str], metric: set[str]) -> list[Draft]:
    """The amounts of the sentences around the multiple stated for the owner's metric: the
    owner named before the figure in its sentence, the metric in the words just before it,
    no other owner's possessive nearer, and not a change ("rose by")."""
    here = multiple.sentence.number
    out = []
    for number in range(max(0, here - _WINDOW), here + _WINDOW + 1):
        if number == here:
            continue
        for d in _amounts(b, number):
            if d.found.number[:1].isalpha():
                continue
            lead = b.before(d, len(b.text))  # the sentence up to the figure
            if _CHANGE_BEFORE.search(lead) or not owner <= _words(lead):
                continue
            clause = _words(" ".join(_CLAUSE_CUT.split(lead)[-1].split()[-_NEAR:]))
            if d.found.per or not metric <= clause or (clause & _RATE_OF) - metric:
                continue
            owners = _POSSESSIVE.findall(lead)
            if owners and not _words(owners[-1]) & owner:
                continue  # "Bolt's $10 billion": another owner's figure
            out.append(d)
    return out


def _same_currency(start: Draft, end: Draft, restated: dict[str, Draft]) -> tuple[Draft, Draft]:
    """Both sides in one currency where the article gives it: a side restated in the other's
    currency is taken in it (else the check converts at the dated rate)."""
    if start.id in restated and news.same(restated[start.id], end):
        return restated[start.id], end
    if end.id in restated and news.same(start, restated[end.id]):
        return start, restated[end.id]
    return start, end


# ---- daily figures ------------------------------------------------------------------------
# "during the three days", "over 8 days", "the 40-day travel rush", "this seven-day break".
_DAYS = compile_later(
    r"\b(?:(?:during|over|in|for|across)\s+(?:the\s+|this\s+|that\s+)?|(?:the|this|that)\s+)"
    r"(?P<n>\d{1,2}|" + "|".join(SMALL_WORDS) + r")(?:\s+|-)days?\b",
    re.I,
)
_A_DAY = compile_later(r"^(?:\s+[a-z][\w\-]*){0,2}?\s+(?:(?:a|per|each)\s+day|daily)\b", re.I)
# The total named as the year's: "raised T in the year", "for the full year", "full-year".
_IN_THE_YEAR = compile_later(
    r"\b(?:(?:for|over|in|during|across|through)\s+the\s+(?:whole\s+|full\s+|entire\s+)?"
    r"(?:financial\s+|fiscal\s+)?year|full-year)\b(?!['’]s)",
    re.I,
)
_AVERAGING = compile_later(
    r"\b(?:averag(?:ing|ed|e)|or|about|some)\s+(?:of\s+)?(?:about\s+)?$",
    re.I,
)


def per_day(b) -> None:
    """ "657 million trips during the three days, averaging 219 million a day": a total, a
    daily figure, and the days written in words, or the year named for the total ("raised
    21.9 billion in the year, an average of 60 million each day": a year's days), or, when
    the sentence names neither, the one day count of the sentence before or after ("... an
    average of 10 million trips daily. The 40-day season starts on Tuesday.")."""
    for number, drafts in b.by_sentence.items():
        for i, daily in enumerate(drafts):
            if daily.kind not in _AMOUNT or i == 0 or daily.id in b.used_rates:
                continue
            if not _A_DAY.match(b.after(daily, 30)) and (daily.found.per or "") != "day":
                continue
            if not _AVERAGING.search(b.before(daily, 30)):
                continue
            total = next(
                (
                    d
                    for d in reversed(drafts[:i])
                    if news.same(d, daily) or (d.kind == daily.kind == "number")
                ),
                None,
            )
            if total is None or total.found.per:
                continue
            days = _days_of(b, total, daily, number)
            if days is None:
                continue
            count, confidence, note = days
            b.used_rates.add(daily.id)
            b.add(
                "per_day",
                {"total": total.id, "per_day": daily.id, "days": {"value": str(count)}},
                confidence=confidence,
                note=note,
            )


def _days_of(b, total: Draft, daily: Draft, number: int) -> tuple[int, str, str] | None:
    """(days, confidence, note) the total is spread over: the one day count between the two
    figures or before the total in its clause ("During the seven-day break, cinemas sold T,
    averaging D a day"), else the year the words name there, else the one day count of the
    sentences next to it. None when the words name none, or more than one."""
    said = b.gap(total, daily) + " " + b.text[daily.sentence.start : total.found.start]
    counts = list(_DAYS.finditer(said))
    if counts:
        if len(counts) != 1 or _IN_THE_YEAR.search(said):
            return None  # two spans: the words do not say which the total is over
        count = _day_count(counts[0].group("n"))
        return (count, "medium", f"the days are '{counts[0].group(0).strip()}'") if count else None
    year = _IN_THE_YEAR.search(said)
    if year is not None:
        if _SHORTER.search(said):
            return None  # "in the year's first quarter": a part of the year
        # The rule takes 365 as a year of days, 366 where the relation's year is a leap one.
        return 365, "medium", f"the total is '{year.group(0).strip()}': a year's days"
    if ev.periods(b.text[daily.sentence.start : daily.found.start]):
        return None  # "in May", "this week": the total is that period's, not a span's
    return _days_next_to(b, number)


@lru_cache(maxsize=2)
def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Every sentence's (start, end) by its number, those without figures too ("The
    eight-day holiday starts on Friday"); read once per article, and only for a daily figure
    whose own sentence names no span."""
    return [(s.start, s.end) for s in sentences(text)]


def _day_count(written: str) -> int | None:
    n = written.lower()
    return int(n) if n.isdigit() else SMALL_WORDS.get(n)


def _days_next_to(b, number: int) -> tuple[int, str, str] | None:
    """The one day count ("The 40-day travel season starts on Tuesday") of the sentences
    just before and after a daily figure whose own sentence names no span: across
    sentences, a guess (low confidence)."""
    spans = _sentence_spans(b.text)
    found = []
    for other in (number - 1, number + 1):
        if 0 <= other < len(spans):
            start, end = spans[other]
            found += [(other, days) for days in _DAYS.finditer(b.text, start, end)]
    if len(found) != 1:
        return None
    other, days = found[0]
    count = _day_count(days.group("n"))
    if not count:
        return None
    where = "after" if other > number else "before"
    return count, "low", f"the days are '{days.group(0).strip()}', in the sentence {where}"


_DAILY = compile_later(r"\b(?:daily|a\s+day|per\s+day|each\s+day)\b", re.I)


def headline_per_day(b) -> None:
    """The headline's daily figure ("Daily revenue nears 200 million yuan") against the first
    total of the body with the same subject word and a period of known days."""
    first = min(b.by_sentence, default=None)
    if first is None:
        return
    for daily in b.by_sentence[first]:
        if daily.kind != "money" or daily.id in b.used_rates:
            continue
        before = b.text[daily.sentence.start : daily.found.start]
        daily_word = _DAILY.search(before)
        if daily_word is None:
            continue
        subject = _words(before[daily_word.end() :]) - {
            "near",
            "nears",
            "top",
            "tops",
            "hit",
            "hits",
        }
        if not subject:
            continue
        for number in range(first + 1, first + 1 + 2 * _WINDOW):
            total = next(
                (
                    d
                    for d in _amounts(b, number)
                    if news.same(d, daily)
                    and d.period
                    and not d.found.per
                    and subject & _words(b.before(d, 40))
                ),
                None,
            )
            if total is None:
                continue
            b.used_rates.add(daily.id)
            b.add(
                "per_day",
                {"total": total.id, "per_day": daily.id},
                period=total.period,
                confidence="low",
                note="the headline's daily figure against the first total of the body "
                f"stated for '{' '.join(sorted(subject))}' over a period",
            )
            break


# ---- a weekly or monthly figure and the year's total in the next sentence ----------------
# The total's sentence says it is the year's: "the loss for the financial year", "annual".
_THE_YEAR = compile_later(
    r"\b(?:(?:for|over|in|during|across|through)\s+the\s+(?:whole\s+|full\s+|entire\s+)?"
    r"(?:financial\s+|fiscal\s+)?year|annual|yearly|full-year)\b",
    re.I,
)
# A shorter period named beside the total makes it that period's, not the year's.
_SHORTER = compile_later(
    r"\b(?:quarter|month|week|half|season|"
    + "|".join(m for m in lx.MONTHS if len(m) > 3)
    + r")s?\b",
    re.I,
)
_SPREAD_PERIODS = frozenset(p for p in PERIODS_IN_A_YEAR if p != "quarter")
_YEAR_WORDS = frozenset(("financial", "fiscal", "whole", "full", "entire", "annual", "yearly"))


def per_period_across(b) -> None:
    """ "Riverton lost £40,000 a week in 2019. The loss for the financial year was £2.9m.": a
    figure per week, day or month and, in the sentence just before or after, the one amount of
    its kind the words call the year's, stated for the same flow ("lost", "loss") and for
    nothing the first sentence does not name. A guess from the words: low confidence."""
    for number, drafts in b.by_sentence.items():
        for rate in drafts:
            period = (rate.found.per or "").lower()
            if period not in _SPREAD_PERIODS or f"per {period}" not in rate.value:
                continue  # a count per week reads as a plain number: its period is not kept
            if rate.id in b.used_rates or rate.id in b.in_pairs or rate.kind not in _AMOUNT:
                continue
            total = _year_total(b, rate, number)
            if total is None:
                continue
            b.used_rates.add(rate.id)
            b.add(
                "per_day",
                # The words call the total the year's: a year's days, as per_day.the_year_a_day.
                {"total": total.id, "per_day": rate.id, "days": {"value": "365"}},
                confidence="low",
                note=f"a figure per {period} against the year's total stated for the same "
                f"flow in the sentence {'after' if total.sentence.number > number else 'before'}",
            )


def _year_total(b, rate: Draft, number: int) -> Draft | None:
    """The one amount of the rate's kind and unit, in a sentence next to it, that its words
    call the year's and that is stated for the rate's flow and nothing else."""
    found = []
    for other in (number - 1, number + 1):
        amounts = [
            d
            for d in _amounts(b, other)
            if d.kind == rate.kind
            and not d.found.per
            and d.found.currency == rate.found.currency
            and d.found.unit == rate.found.unit
        ]
        if len(amounts) != 1 or amounts[0].id in b.in_pairs:
            continue
        total = amounts[0]
        sentence = _sentence(b, total)
        if not _THE_YEAR.search(sentence) or _SHORTER.search(sentence):
            continue
        if ev.periods_differ(rate, total):
            continue
        flows, others = _flow_words(b, total)
        rate_flows, rate_words = _flow_words(b, rate)
        if flows & rate_flows and others <= rate_words | rate_flows | lx.GENERIC_OWNERS:
            found.append(total)
    return found[0] if len(found) == 1 else None


def _flow_words(b, draft: Draft) -> tuple[set[str], set[str]]:
    """The flows a figure's sentence names ("lost", "loss": loss) and its other content words,
    its own figure and the words of a year left out."""
    sentence = b.text[draft.sentence.start : draft.found.start] + " " + b.after(draft, 200)
    words = {w for w in _words(sentence) if not w[:1].isdigit()} - _YEAR_WORDS
    flows = {lx.FLOW_FORMS.get(w) or lx.FLOW_FORMS.get(w + "s") for w in words} - {None}
    others = {w for w in words if w not in lx.FLOW_FORMS and w + "s" not in lx.FLOW_FORMS}
    return flows, others  # type: ignore[return-value]


# ---- a figure per person whose population is stated in another sentence -----------------
_PER_PERSON = frozenset(("person", "capita", "head", "resident", "inhabitant", "citizen"))
_PER_PERSON_AFTER = compile_later(
    r"^\s*(?:a|per|for\s+each|for\s+every)\s+(?:person|head|resident|inhabitant|citizen|capita)\b",
    re.I,
)
# "900 million on services, or 3,600 per person": what was spent on may come between.
_OR_PER = compile_later(
    r"^(?:\s+[a-z][\w\-]*){0,4}\s*,\s*(?:or|which\s+is|that\s+is)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)
_PEOPLE = frozenset(("people", "residents", "inhabitants", "citizens"))
_POPULATION_BEFORE = compile_later(
    r"\bpopulation\s+(?:of\s+|is\s+|was\s+|stood\s+at\s+|reached\s+)?(?:about\s+|around\s+|"
    r"nearly\s+|some\s+|more\s+than\s+|over\s+)?$",
    re.I,
)


def per_capita(b) -> None:
    """ "Spending reached 27 billion, or 5,000 per person" with the population stated in
    another sentence: the count is the one population figure of the window around it."""
    for drafts in b.by_sentence.values():
        for i, each in enumerate(drafts):
            if each.kind != "money" or each.id in b.used_rates or i == 0:
                continue
            if (each.found.per or "").lower() not in _PER_PERSON and not _PER_PERSON_AFTER.match(
                b.after(each, 30)
            ):
                continue
            total = drafts[i - 1]
            if (
                (
                    not news.same(total, each)
                    and not (total.kind == "money" and total.found.currency == each.found.currency)
                )
                or total.found.per
                or not _OR_PER.match(b.gap(total, each))
            ):
                continue
            if any(_population(b, d) for d in drafts):
                continue  # the count is in the sentence: the in-sentence pattern's to link
            counts = [
                d
                for n in range(max(0, each.sentence.number - _WINDOW), each.sentence.number + 3)
                if n != each.sentence.number
                for d in b.by_sentence.get(n, [])
                if _population(b, d)
            ]
            if len(counts) != 1:
                continue  # none, or several to choose from: the words do not say which
            b.used_rates.add(each.id)
            b.add(
                "per_capita",
                {"total": total.id, "count": counts[0].id, "per_capita": each.id},
                confidence="low",
                note=f"the count is the population stated in another sentence ({counts[0].value})",
            )


def _population(b, draft: Draft) -> bool:
    return (
        draft.kind == "number"
        and draft.found.per is None
        and (
            (draft.found.counted or "").lower() in _PEOPLE
            or bool(_POPULATION_BEFORE.search(b.before(draft, 40)))
        )
    )


# ---- "A ... accounted for P% of the general budget spending", the whole stated before ------
_SHARE_VERB = compile_later(
    r"^(?:\s+[a-z][\w\-]*){0,3}\s*,?\s*(?:(?:and|which)\s+)?(?:accounted\s+for|accounting\s+"
    r"for|accounts\s+for|made\s+up|making\s+up|makes\s+up|represented|representing|or)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|roughly\s+)?$",
    re.I,
)
# "of the general budget spending", "of the country's exports": the whole's name, and the
# owner a possessive names (the country's) apart from it.
_OF_NAMED = compile_later(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<owner>[\w\-]+['’]s?\s+)?"
    r"(?P<name>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4}?)"
    r"\s*(?:[.;,)]|$|\b(?:in|for|during)\b)",
    re.I,
)


def named_whole_shares(b) -> None:
    """ "Spending on schools, at 40 billion, was up 5% and accounted for 30% of the general
    budget spending": the whole is the first amount stated before whose words name it."""
    for drafts in b.by_sentence.values():
        for i, share in enumerate(drafts):
            if share.kind != "percent" or share.id in b.used_rates or i == 0:
                continue
            named = _OF_NAMED.match(b.after(share, 80))
            if named is None or not _SHARE_VERB.match(b.gap(drafts[i - 1], share)):
                continue
            words = _words(named.group("name"))
            # One word names a whole only with its owner ("the country's exports").
            if len(words) < (1 if named.group("owner") else 2) or words & {"gdp", "total"}:
                continue  # GDP and "the total" have patterns of their own
            k = i - 1
            while k >= 0 and drafts[k].kind == "percent" and any(b.cues(drafts[k])[1:]):
                k -= 1  # "was up 5% and accounted for": the growth rate is passed over
            if k < 0 or drafts[k].kind not in _AMOUNT or drafts[k].id in b.converted:
                continue
            part = drafts[k]
            whole = _first_named(b, words, part, before=part.sentence.number)
            if whole is None or not news.same(whole, part) or _other_owner(b, named, whole):
                continue
            b.add_share(
                part,
                whole,
                share,
                f"the whole is the first figure stated before for '{named.group('name')}'",
            )


def _other_owner(b, named: re.Match, whole: Draft) -> bool:
    """A whole named for an owner ("of Calder's exports") whose sentence gives it to another
    ("Eskar's exports reached"): Eskar's exports are not Calder's."""
    owner = re.sub(r"['’]s?$", "", (named.group("owner") or "").strip())
    return ev.owned_by_another(b.text[whole.sentence.start : whole.found.start], owner)
