"""A rate and its start, or a change and its rate, the end stated a sentence or two before.

    "Car sales in June rose 120 percent to 8,800 units from May. Even so, June car sales
    were still down 40 percent from 14,670 units in June 2020."
                        growth: 14,670 to 8,800 at -40 percent
    "Gas output in March was 2.31 million barrels a day. March's gas output was up 95,000
    barrels a day, or 4.3 percent, from February levels."
                        change: to 2.31 million, by 95,000, at 4.3 percent

The sentence gives a rate of change and the level it is measured from ("down R from S"), but
no level of its own before the rate: the level it is the change to is the one a sentence
just before states for the rate's own period, of what the rate's clause names. The rate's
sentence must name that period (the start's is another), the level's clause must name all
the rate's clause names ("June car sales", not "June van sales"), and only one level may
fit: the words decide, never the numbers. Medium confidence. A change and its rate with no
level in their sentence ("up C, or R") take the level the same way; without a period of their
own, the month their clause names ("March's") is the level's, of the year of publication.
"""

from __future__ import annotations

import re
from typing import Any

from audit import vocabulary as vocab
from audit.extract import lexicon as lx
from audit.extract import periods_in_text as pt
from audit.extract import phrasing
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
                or start.kind not in ("money", "measure", "number")
                or start.id in b.in_pairs
                or start.id in b.converted
                or not start.period
                or not any(b.cues(rate)[1:])
                or not _FROM.match(b.gap(rate, start))
            ):
                continue
            if any(news.same(d, start) for d in drafts[:i]):
                continue  # a level of its own before the rate: the in-sentence patterns' own
            period = _period_of_the_rate(b, rate, start)
            if period is None:
                continue
            earlier = numbers[max(0, position - REACH) : position]
            end = _the_end(b, earlier, rate, start, period)
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


def changes_before(b) -> None:
    """ "Gas output in March was E. March's gas output was up C, or R, from February levels":
    a change and its rate with no level in their sentence take the level a sentence or two
    before states for the rate's period, of what the rate's clause names."""
    numbers = sorted(b.by_sentence)
    for position, number in enumerate(numbers):
        drafts = b.by_sentence[number]
        for i, change in enumerate(drafts[:-1]):
            rate = drafts[i + 1]
            if (
                rate.kind != "percent"
                or rate.id in b.used_rates
                or change.kind not in ("money", "measure", "number")
                or change.id in b.in_pairs
                or change.id in b.converted
                or not news.CHANGE_TO_RATE.match(b.gap(change, rate))
            ):
                continue
            cue = news.CHANGE_BEFORE.search(b.before(change, 60))
            if cue is None or any(
                news.same(d, change) and not _with_its_rate(b, drafts, k)
                for k, d in enumerate(drafts)
                if d is not change
            ):
                continue  # no change, or a level of its own in the sentence
            end = _the_end(b, numbers[max(0, position - REACH) : position], rate, change)
            if end is not None:  # a level may be the end of more than one change
                news.add_change(b, cue, end, change, rate)


# "The figure represents an increase of C from S", "That is a fall of C on S", "That marks a
# decrease in exports by C", after an attribution too ("According to the ministry, the figures
# represent ..."): the change of the level the sentence before states.
_THE_FIGURE_CHANGED = compile_later(
    r"^\W*(?:According\s+to\s+[^.;]{1,120}?,\s+)?"
    r"(?:(?:That|This|It)|(?:[Tt]hat|[Tt]his|[Tt]he)\s+(?:figures?|amounts?|numbers?|totals?|sums?|"
    r"levels?|proposals?|estimates?))\s+(?:is|was|are|were|represents?|represented|marks?|"
    r"marked|means|meant|shows?|showed|indicates?|indicated|reflects?|reflected)\s+(?:(?:also\s+)?an?\s+(?:\w+\s+)?(?:(?P<rise>increase|rise|jump|gain)|"
    r"(?P<fall>decrease|fall|drop|decline|cut|reduction))(?:\s+in\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)?"
    r"\s+(?:of|by)\s+(?:about\s+|some\s+|more\s+than"
    r"\s+|nearly\s+|almost\s+|over\s+)?)$"
)
# "from S", "from the current financial year's S", "on last year's S".
_FROM_ITS_START = compile_later(
    r"^\s*,?\s*(?:from|on|over|compared\s+(?:with|to))\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:[\w\-]+['’]s?\s+)?$",
    re.I,
)


# "That is a 0.7% month-on-month increase", "This represents a 10.7 percent rise": the rate
# before its noun (the rate after it, "an increase of R", is _THE_FIGURE_CHANGED's).
_THAT_IS_A = compile_later(
    r"^\W*(?:That|This|It)\s+(?:is|was|represents?|represented|marks?|marked|means|meant)\s+"
    r"(?:also\s+)?an?\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$"
)
# The noun of a change after its rate, rise or fall: "a 0.7% increase", "R fall from S".
_CHANGE_NOUN = (
    r"(?:(?P<rise>increase|rise|jump|gain|growth)|(?P<fall>decrease|fall|drop|decline|reduction"
    r"|cut))"
)
_RATE_NOUN_AFTER = compile_later(rf"^(?:\s+[\w\-]+){{0,2}}?\s+{_CHANGE_NOUN}\b", re.I)


def anaphoric_changes(b) -> None:
    """ "The proposed budget is E. The figure represents an increase of C from the current
    year's S": the level the anaphor names is the one level of the change's kind the sentence
    just before states, and E = S + C."""
    for number, drafts in b.by_sentence.items():
        change = drafts[0]
        head = b.text[change.sentence.start : change.found.start]
        if len(drafts) == 1 and change.kind == "percent":
            # "That is a 0.7% increase", "That was an increase of 0.7%": the rate of the one
            # change the sentence before states without one
            said = _THE_FIGURE_CHANGED.match(head)
            if said is None and _THAT_IS_A.match(head):
                said = _RATE_NOUN_AFTER.match(b.after(change, 40))
            if said is not None:
                _rate_of_the_pair_before(b, change, bool(said["fall"]), number)
            continue
        named = _NAMED_SHOWS.match(head) if change.kind == "percent" else None
        if len(drafts) == 2 and named is not None:
            # "The tobacco sold shows a R increase from last year's figure of S"
            _named_rate_from_a_start(b, change, drafts[1], named["subject"], number)
            continue
        said = _THE_FIGURE_CHANGED.match(head)
        if said is not None and change.kind == "percent" and len(drafts) > 1:
            # "The proposal is an increase of R over the S presented in 2017"
            _rate_from_a_start(b, change, drafts[1], said, number)
            continue
        if said is not None and (len(drafts) == 1 or not news.same(change, drafts[1])):
            _change_of_the_pair_before(b, change, said, number)
            continue
        if len(drafts) < 2:
            continue
        start = drafts[1]
        if (
            said is None
            or change.kind not in ("money", "measure", "number")
            or not news.same(change, start)
            or {change.id, start.id} & (b.in_pairs | b.converted)
            or not _FROM_ITS_START.match(b.gap(change, start))
        ):
            continue
        # the level may be a plan the change is a fact of: any status ("The budget will be E.
        # That is an increase of C from this year's S")
        end = _the_one_level_before(b, change, number)
        if end is None:
            continue  # "Of the $4.2 billion budget, health gets $1.3 billion": which is "That"?
        signed = phrasing.negated(change) if said["fall"] else change.id
        if signed is None:
            continue
        b.in_pairs.update((change.id, start.id))
        b.starts.add(start.id)
        b.add(
            "sum",
            {"total": end.id, "parts": [start.id, signed]},
            confidence="medium",
            note="'The figure represents an increase of C from S': the figure is the one "
            "level of its kind the sentence before states",
        )


def _the_one_level_before(b, like, number: int):
    """The one level of `like`'s kind, of any status, in the sentence before `number`: no
    change with its own rate, no restatement; None for none or two."""
    before = b.all_by_sentence.get(number - 1, [])
    levels = [
        d
        for k, d in enumerate(before)
        if news.same(d, like) and d.id not in b.converted and not _with_its_rate(b, before, k)
    ]
    return levels[0] if len(levels) == 1 else None


def _rate_from_a_start(b, rate, start, said, number: int) -> None:
    """ "Spending is put at E. The proposal is an increase of R over the S of 2023": the level
    the anaphor names is the one level of the start's kind the sentence just before states,
    and R is its growth from S."""
    if (
        start.kind not in ("money", "measure", "number")
        or {rate.id, start.id} & (b.in_pairs | b.converted | b.used_rates)
        or not _FROM_ITS_START.match(b.gap(rate, start))
    ):
        return
    end = _the_one_level_before(b, start, number)
    if end is None:
        return  # none, or two: which one "The proposal" is, the words do not say
    _grown_from(
        b,
        rate,
        start,
        end,
        bool(said["fall"]),
        "'The figure is an increase of R over S': the figure is the one level of its kind the "
        "sentence before states",
    )


def _grown_from(b, rate, start, end, fall: bool, note: str) -> None:
    """The growth of `end` from `start` at `rate`, a fall where the words say so."""
    signed = phrasing.negated(rate) if fall else rate.id
    if signed is None:
        return
    b.used_rates.add(rate.id)
    b.in_pairs.update((end.id, start.id))
    b.starts.add(start.id)
    b.add(
        "growth", {"start": start.id, "end": end.id, "rate": signed}, confidence="medium", note=note
    )


# "The tobacco that has gone under the hammer shows a": a subject named, then its change.
_NAMED_SHOWS = compile_later(
    r"^\W*The\s+(?P<subject>[^,;]{1,80}?)\s+(?:shows?|showed|represents?|represented|marks?"
    r"|marked|reflects?|reflected)\s+an?\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$"
)
# "R increase from last year's figure of S", "R fall on the S of 2023".
_NOUN_FROM_START = compile_later(
    rf"^(?:\s+[\w\-]+)?\s+{_CHANGE_NOUN}\s+(?:from|over|on|compared\s+(?:with|to))\s+"
    r"(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:[\w\-]+['’]s?\s+)?"
    r"(?:(?:figure|level|total)\s+of\s+)?$",
    re.I,
)


def _named_rate_from_a_start(b, rate, start, subject: str, number: int) -> None:
    """ "By Tuesday, 38.1 million kg of tobacco had been sold. The tobacco that has gone under
    the hammer shows a R increase from last year's figure of S": the level of the subject the
    sentence before states grows from S by R."""
    said = _NOUN_FROM_START.match(b.gap(rate, start))
    if (
        said is None
        or start.kind not in ("money", "measure", "number")
        or {rate.id, start.id} & (b.in_pairs | b.converted | b.used_rates)
    ):
        return
    end = _the_one_level_before(b, start, number)
    if end is None:
        return
    head = ev.words(subject.split()[0])  # "The tobacco that has gone under the hammer"
    if not head or not head <= ev.words(b.text[end.sentence.start : end.sentence.end]):
        return  # the sentence before is about something else
    _grown_from(
        b,
        rate,
        start,
        end,
        bool(said["fall"]),
        "'The X shows a R increase from S': the level of X the sentence before states",
    )


# "That is up from S", "This was down from S", "That compares with a year-earlier net income
# of S", after an attribution too: the level the sentence before states, set against its start.
_THAT_FROM = compile_later(
    r"^\W*(?:According\s+to\s+[^.;]{1,120}?,\s+)?(?:That|This|It|(?:The|That|This)\s+"
    r"(?:figure|amount|number|level|total))\s+(?:(?:is|was|are|were)\s+(?:(?P<rise>up|higher)|"
    r"(?P<fall>down|lower))\s+(?:from|on|compared\s+(?:with|to))|compares?\s+(?:with|to)|"
    r"compared\s+(?:with|to))\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}?(?:[\w\-]+['’]s?\s+)?"
    r"(?:of\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$"
)

_A_LOSS_BEFORE = compile_later(r"\b(?:loss|losses|deficit|shortfall)\s+of\s+(?:about\s+)?$", re.I)
_THAT_IS = compile_later(r"^\W*(?:That|This|It)\s+(?:is|was)\s+(?:about\s+|some\s+|nearly\s+)?$")
_RATE_FROM = compile_later(
    r"^\s*(?:(?P<rise>up|higher)|(?P<fall>down|lower))\s+(?:from|on|compared\s+(?:with|to))\s+"
    r"(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}?(?:[\w\-]+['’]s?\s+)?(?:of\s+)?$",
    re.I,
)


def anaphoric_starts(b) -> None:
    """ "Trade reached E in the first half. That is up from S a year before, a R increase":
    the level "That" names is the one level of the start's kind the sentence just before
    states; the start's sentence may give the rate ("That is R down from S" too), and each
    further level of another kind ("or $1.20 per share") pairs with the one level of its kind
    before."""
    for number, drafts in b.by_sentence.items():
        head = b.text[drafts[0].sentence.start : drafts[0].found.start]
        said, starts, rate_first = _THAT_FROM.match(head), drafts, False
        if said is None and len(drafts) > 1 and drafts[0].kind == "percent":
            # "That is 9.1 per cent down from S": the rate first, then its start
            said = _RATE_FROM.match(b.gap(drafts[0], drafts[1]))
            rate_first = said is not None and _THAT_IS.match(head) is not None
            starts = drafts[1:] if rate_first else []
        if said is None or not starts or starts[0].kind not in ("money", "measure", "number"):
            continue
        if _A_LOSS_BEFORE.search(b.before(starts[0], 30)):
            continue  # "It compares with a loss of S": a loss is no level to grow from
        pairs = _pairs_with_levels_before(b, starts, b.all_by_sentence.get(number - 1, []))
        if not pairs:
            continue
        rates = [
            d
            for d in drafts
            if d.kind == "percent"
            and d.id not in b.used_rates
            and any(b.cues(d)[1:])
            and not _in_another_clause(b, pairs[-1][0], d)
        ]
        if rate_first and drafts[0].id not in b.used_rates:
            rates = [drafts[0]]
        rate = rates[0] if len(pairs) == 1 and len(rates) == 1 else None
        for start, end in pairs:
            roles = {"start": start.id, "end": end.id}
            if rate is not None:
                fall = said["fall"] or (not said["rise"] and b.cues(rate)[2])
                signed = phrasing.negated(rate) if fall else rate.id
                if signed is None:
                    continue
                roles["rate"] = signed
                b.used_rates.add(rate.id)
            b.in_pairs.update((start.id, end.id))
            b.starts.add(start.id)
            b.add(
                "growth",
                roles,
                confidence="medium",
                note="'That is up from S', 'That compares with S': the level set against S "
                "is the one level of its kind the sentence before states"
                + ("" if rate is not None else f"; {ev.NO_RATE_STATED}"),
            )


# "Year on year, they jumped R from S", "On the year, it fell R from S": the same level's
# change from another base, its subject the pronoun.
_ON_ANOTHER_BASE = compile_later(
    r"^\W*(?:(?:year|quarter|month)[\s-](?:on|over)[\s-](?:year|quarter|month)|on\s+(?:the|a)\s+"
    r"(?:year|quarter|month|(?:yearly|annual|year-on-year)\s+basis)|from\s+a\s+year\s+(?:earlier|ago))"
    r"\s*,\s*(?:they|it)\s+(?:(?:have|has|had|were|was)\s+)?(?:[a-z]+)\s+(?:by\s+)?$",
    re.I,
)
_THEN_FROM = compile_later(r"^\s*from\s+(?:about\s+|some\s+)?$", re.I)


def rates_on_another_base(b) -> None:
    """ "NPAs gained 3.9% to E from S1 in the December quarter. Year on year, they jumped R
    from S2": the pronoun's level is the one the sentence before ends its change at, and R is
    its growth from S2."""
    for number, drafts in b.by_sentence.items():
        if len(drafts) != 2:
            continue
        rate, start = drafts
        head = b.text[rate.sentence.start : rate.found.start]
        if (
            rate.kind != "percent"
            or rate.id in b.used_rates
            or start.kind not in ("money", "measure", "number")
            or {start.id} & (b.in_pairs | b.converted)
            or not any(b.cues(rate)[1:])
            or not _ON_ANOTHER_BASE.match(head)
            or not _THEN_FROM.match(b.gap(rate, start))
        ):
            continue
        ends = [
            r["roles"]["end"]
            for r in _growths_in(b, number - 1)
            if news.same(b.drafts_by_id[r["roles"]["end"]], start)
        ]
        if len(ends) != 1:
            continue  # none, or two: which one "they" are, the words do not say
        b.used_rates.add(rate.id)
        b.in_pairs.add(start.id)
        b.starts.add(start.id)
        b.add(
            "growth",
            {"start": start.id, "end": ends[0], "rate": b.signed(rate)},
            confidence="medium",
            note="'Year on year, they rose R from S': the level the sentence before ends its "
            "change at, grown from another base",
        )


def _in_another_clause(b, start, rate) -> bool:
    """ "That is up from S, while costs rose 3%": a rate after the start, past a clause break."""
    return rate.found.start > start.found.end and bool(
        news.ANOTHER_CLAUSE.search(b.gap(start, rate))
    )


def _pairs_with_levels_before(b, starts: list, before: list) -> list[tuple]:
    """Each start, in order, with the one level of its kind the sentence before states; the
    first start without exactly one such level ends the pairs."""
    pairs: list[tuple] = []
    for start in (d for d in starts if d.kind in ("money", "measure", "number")):
        if start.id in b.in_pairs or start.id in b.converted:
            continue
        levels = [
            d
            for k, d in enumerate(before)
            if news.same(d, start)
            and d.id not in b.converted
            and d.id not in b.starts
            and not _with_its_rate(b, before, k)
        ]
        if len(levels) != 1 or any(levels[0] is end for _, end in pairs):
            break
        pairs.append((start, levels[0]))
    return pairs


def _change_of_the_pair_before(b, change, said, number: int) -> None:
    """ "A total of E sat the exam, compared to S in 2015. That is an increase of C": the
    change between the two levels the sentence before sets against each other."""
    if change.kind not in ("money", "measure", "number") or change.id in b.in_pairs | b.converted:
        return
    before = {d.id: d for d in b.all_by_sentence.get(number - 1, [])}
    pairs = [r["roles"] for r in _growths_in(b, number - 1)]
    if len(pairs) != 1 or not news.same(before[pairs[0]["end"]], change):
        return  # none, or more than one: the words do not say which
    signed = phrasing.negated(change) if said["fall"] else change.id
    if signed is None:
        return
    b.in_pairs.add(change.id)
    b.add(
        "sum",
        {"total": pairs[0]["end"], "parts": [pairs[0]["start"], signed]},
        confidence="medium",
        note="'That is an increase of C': the change between the two levels the sentence "
        "before compares",
    )


def _rate_of_the_pair_before(b, rate, fall: bool, number: int) -> None:
    """ "Arrivals climbed from S to E. That was an increase of R": the rate of the one change
    from a start to an end the sentence before states with no rate of its own."""
    if rate.id in b.used_rates:
        return
    pairs = [r for r in _growths_in(b, number - 1) if "rate" not in r["roles"]]
    if len(pairs) != 1:
        return  # none, or more than one: the words do not say which
    signed = phrasing.negated(rate) if fall else rate.id
    if signed is None:
        return
    b.used_rates.add(rate.id)
    relation = pairs[0]
    relation["roles"]["rate"] = signed
    relation["confidence"] = "medium"
    relation["note"] = (
        "'That was an increase of R': the rate of the change the sentence before states"
    )


def _growths_in(b, number: int) -> list[dict]:
    """The growths from a start to an end, both in sentence `number`."""
    figures = {d.id for d in b.all_by_sentence.get(number, [])}
    return [
        r
        for r in b.relations
        if r["kind"] == "growth"
        and r["roles"].get("start") in figures
        and r["roles"].get("end") in figures
    ]


def _with_its_rate(b, drafts: list, k: int) -> bool:
    """drafts[k] is an amount with its rate right after it ("69,000, or 3.8 percent, down
    from"): another change, not a level."""
    rate = drafts[k + 1] if k + 1 < len(drafts) else None
    return (
        rate is not None
        and rate.kind == "percent"
        and news.CHANGE_TO_RATE.match(b.gap(drafts[k], rate)) is not None
    )


def _period_of_the_rate(b, rate, start) -> str | None:
    """The period of the end a rate from its start is of: the rate's own where it is not the
    start's; the year after the start's where the sentence names only the start's year, after
    it ("Murders were down 14% from 638 in 2011")."""
    if rate.period and rate.period != start.period:
        return rate.period
    if not _A_YEAR.fullmatch(start.period):
        return None
    head = b.text[rate.sentence.start : start.found.start]
    if _A_YEAR.search(head):
        return None  # a year before the start: the rate's or another's
    return pt.shift_years(start.period, 1)


def _the_end(b, earlier_numbers: list[int], rate, start, period: str | None = None):
    """The one level of the sentences before of `start`'s kind and the rate's period (or
    `period`), whose clause or counted noun names all the rate's clause names. The month the
    rate's clause names before the figures ("March's output was up C, or R") is the period
    the level must be of."""
    head = b.text[rate.sentence.start : min(rate.found.start, start.found.start)]
    named = ev.naming_words(head) - _GENERIC
    if not named:
        return None
    period = period or rate.period
    # without a period of its own, the rate takes the month its clause names before the
    # figures ("March's output was up C, or R, from February levels")
    months = _MONTHS_NAMED.findall(head)
    if not period and len(set(months)) != 1:
        return None
    found = []
    for earlier in earlier_numbers:
        drafts = b.by_sentence[earlier]
        for k, d in enumerate(drafts):
            if (
                news.same(d, start)
                and not _with_its_rate(b, drafts, k)  # a change itself, not a level
                and (d.period == period if period else _of_month(b, d, months[0]))
                and d.id not in b.starts
                and d.id not in b.converted
                and named - _month_words(months)
                <= ev.naming_words(b.text[d.sentence.start : d.found.start])
                | ev.naming_words(d.found.counted or "")
            ):
                found.append(d)
    return found[0] if len(found) == 1 else None


_A_YEAR = compile_later(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Capitalised only: "may" is also a verb.
_MONTHS_NAMED = compile_later(rf"\b({'|'.join(m.capitalize() for m in lx.MONTHS)})\b")


def _month_words(months: list[str]) -> frozenset[str]:
    """The words naming the months, possessives too ("October's")."""
    words = ev.naming_words(" ".join(months))
    return words | {f"{w}'s" for w in words} | {f"{w}’s" for w in words}


def _of_month(b, draft, month: str) -> bool:
    """A figure dated to the one month named: of the year of publication, or the year before
    for a month yet to come then ("October's output" in an article of April); of any year
    where the article is undated. A span of months ("January to March") is no month."""
    number = vocab.MONTH_NUMBERS[month.lower()]
    if not draft.period or "/" in draft.period or not draft.period.endswith(f"-{number:02d}"):
        return False
    published = b.published or ""
    if not published[:4].isdigit():
        return True
    year = int(published[:4])
    if published[5:7].isdigit():
        year = pt.fact_month_year((year, int(published[5:7])), number)
    return draft.period == f"{year}-{number:02d}"


# "Spending was up, rising by C from the first quarter of last year": a change with no level
# of its own, after a verb of change.
_CHANGED_BY = compile_later(
    r"\b(?:(?:rising|increasing|growing|climbing|up|rose|increased|grew|climbed)|(?P<fall>"
    r"falling|decreasing|declining|dropping|down|fell|decreased|declined|dropped))\s+by\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def changes_of_the_rate_before(b) -> None:
    """ "Visitors spent E, an increase of R on a year earlier. Spending by visitors was up,
    rising by C from the same quarter of last year": a change with no level in its sentence
    is the change of the one growth the sentence before states with a rate and no start, where
    the change's clause names what the growth's level measures; E, C and R are checked
    together. Medium confidence."""
    # the growths with a rate and no start, by their end's sentence: read once, kept linear
    open_growths: dict[int, list[tuple[dict, Any]]] = {}
    for r in b.relations:
        if r["kind"] == "growth" and "start" not in r["roles"] and "rate" in r["roles"]:
            end = b.drafts_by_id.get(r["roles"].get("end"))
            if end is not None:
                open_growths.setdefault(end.sentence.number, []).append((r, end))
    for number, drafts in b.by_sentence.items():
        if number - 1 not in open_growths:
            continue
        amounts = [d for d in drafts if d.kind in ("money", "measure", "number")]
        if len(amounts) != 1 or amounts[0].id in b.in_pairs | b.converted:
            continue
        change = amounts[0]
        said = _CHANGED_BY.search(b.before(change, 40))
        if said is None or any(d.kind == "percent" for d in drafts):
            continue
        growths = [r for r, end in open_growths[number - 1] if news.same(end, change)]
        if len(growths) != 1:
            continue  # none, or more than one: the words do not say which
        end = b.drafts_by_id[growths[0]["roles"]["end"]]
        head = b.text[change.sentence.start : change.found.start]
        # what the clause names, not where: a place both name is no shared quantity
        places = ev.naming_words(" ".join(ev.names(head)))
        named = ev.naming_words(head) - _GENERIC - places
        measured = ev.naming_words(
            f"{ev.clause_before(b.text, end.sentence.start, end.found.start)} {end.metric}"
        )
        if not named & measured:
            continue
        signed = phrasing.negated(change) if said["fall"] else change.id
        if signed is None:
            continue
        b.in_pairs.add(change.id)
        b.add(
            "change",
            {"end": end.id, "change": signed, "rate": growths[0]["roles"]["rate"]},
            confidence="medium",
            note="'... was up, rising by C': the change of the growth the sentence before "
            "states, whose level its clause names",
        )
