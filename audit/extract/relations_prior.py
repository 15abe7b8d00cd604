"""The earlier level of a change, stated in another sentence than the change itself.

    "Sales rose 8% to T in 2023. ... The rise compares with S recorded in 2022."
    "Sales rose 8% to T. A year earlier they stood at S."
    "Sales rose 8% to T. The previous year's S was a record."
                                  growth: S is the start of the change to T

A figure introduced as a base ("compared with S", "against S") or as an earlier level ("a year
earlier", "the previous year's", "last year", the year before the end's) is a start, never the
end of a change: a growth drafted with it as the end is read again with it as the start. Its end
is the nearest figure of the same kind in the sentence itself or the two before, chosen by the
words alone: an anaphor ("the rise", "they", "that figure"), the year before the end's year,
the same metric words. The rate is the change's own, stated with the end or with the base. A
base of another length of time than the end is none of its starts ("From January to June,
revenue climbed to T. Last year, it reached S": a half-year against a year). A base compared in
its own clause with a level of its own ("the non-tax target is A as against S"), or in a clause
about another subject than the end's ("T, up 25%, while ... S"), is no start of T.

    "Output is projected at E, which is higher by C than the previous season. Last season,
    output fell to S."            sum: E = S + C
    "E people were waiting in April. The list has increased by C since March, when it stood
    at S."                        sum: E = S + C

A change in absolute terms stated with one of its levels takes the other from the sentence
beside it (stated_differences): the earlier level by the period the change names and the same
metric words, the level now by the subject named again.
"""

from __future__ import annotations

import re

from audit.extract import lexicon as lx
from audit.extract import periods_in_text as pt
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract.folded import folded, word_test
from audit.lazy_regex import compile_later

BACK = 2  # sentences before the base where its end may be
_BASE_BEFORE = compile_later(
    r"\b(?:compared\s+(?:to|with)|compares?\s+with|comparing\s+with|against|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+)?"
    r"(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}?$",
    re.I,
)
_EARLIER = (
    r"(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+year|"
    r"last\s+year|the\s+year\s+before|a\s+year-earlier|the\s+same\s+(?:period|month|"
    r"quarter)\s+(?:of\s+|in\s+)?(?:the\s+previous\s+year|last\s+year|a\s+year\s+(?:earlier|ago)))"
)
_EARLIER_OWNER = compile_later(
    r"\b(?:(?:the\s+)?(?:previous|prior|preceding)\s+year['’]s|last\s+year['’]s|"
    r"a\s+year-earlier|the\s+year-earlier)\s+(?:[\w\-]+\s+){0,3}?$",
    re.I,
)
_EARLIER_CLAUSE = compile_later(rf"\b{_EARLIER}\b", re.I)
# "last year" alone is left out: news reports last year's figures as the year's own.
_EARLIER_AFTER = compile_later(
    r"\s+(?:[\w\-]+\s+){0,2}?(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|"
    r"preceding)\s+year|the\s+year\s+before|(?:in\s+)?the\s+same\s+(?:period|month|quarter)"
    r"\s+(?:of\s+|in\s+)?(?:the\s+previous\s+year|last\s+year|a\s+year\s+(?:earlier|ago)))\b",
    re.I,
)
# A word each _BASE_BEFORE form holds; every _EARLIER and _EARLIER_OWNER form holds "year".
_BASE_CUES = ("compar", "against", "versus", "vs")
# "The rise", "That figure", "it", "they": the clause goes on about the change just stated.
_ANAPHOR = compile_later(
    r"\b(?:(?:the|that|this)\s+(?:\w+\s+)?(?:rise|increase|gain|growth|jump|fall|drop|"
    r"decline|decrease|figure|amount|total|level|number)|it|they|this|that)\b",
    re.I,
)
_YEAR = compile_later(r"\b((?:19|20)\d\d)\b")
_THE_SUBJECT = compile_later(r"^\W*(?:the|its|their)\s+", re.I)
# Asked only whether the text before a figure ends in it, of every figure: a word test lets re
# skip all but the t's.
_LEVEL_REACHED = compile_later(word_test("t", r"to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$"))
_CLAUSE_END = compile_later(r"[,;]")


_AFTER_BY = compile_later(r"\bby\s+(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+)?$", re.I)


def prior_levels(b) -> None:
    by_id = {d.id: d for d in b.audited}
    growth_of: dict[str, dict] = {}  # end id -> its growth relation without a start
    for relation in b.relations:
        roles = relation["roles"]
        if relation["kind"] == "growth" and "start" not in roles and "rate" in roles:
            growth_of.setdefault(roles.get("end"), relation)
    used_as_start = {
        r["roles"].get("start") for r in b.relations if isinstance(r["roles"].get("start"), str)
    }
    for base in b.audited:
        if base.id in used_as_start or base.id in b.converted or base.repeat_of is not None:
            continue
        if base.kind not in ("money", "measure", "number") or base.found.per is not None:
            continue
        if _AFTER_BY.search(b.before(base, 30)):
            continue  # "rising by C from last year": the change since then, not its level
        cue = _base_cue(b, base)
        if cue is None:
            continue
        found = _end_for(b, base, cue, growth_of)
        if found is None:
            continue
        end, cues = found
        misread = growth_of.get(base.id)  # the base read as the end of its own sentence's rate
        own = growth_of.get(end.id)
        note = f"the start is stated in another sentence ({', '.join(cues)})"
        if own is not None:
            ev.give_start(own, base.id, f"pattern prior-level: {note}")
        elif misread is not None and (
            # the rate as drafted: its claim, or its signed value ("a decrease of 19 per cent")
            isinstance(misread["roles"].get("rate"), dict)
            or by_id.get(str(misread["roles"].get("rate"))) is not None
        ):
            b.add(
                "growth",
                {"start": base.id, "end": end.id, "rate": misread["roles"]["rate"]},
                confidence="low",
                note=note,
            )
        else:
            continue
        if misread is not None:
            b.relations.remove(misread)
            growth_of.pop(base.id, None)
        growth_of.pop(end.id, None)
        used_as_start.add(base.id)
        b.starts.add(base.id)


# "down 3.3% at £59m, reflecting £9m of one-off gains in the prior year": an amount that
# explains the change is a part of the earlier level, not the level.
_EXPLAINS = compile_later(
    r"\b(?:reflecting|reflected|due\s+to|owing\s+to|driven\s+by|thanks\s+to|because\s+of|"
    r"including|included|excluding|helped\s+by|hit\s+by|boosted\s+by)\s+"
    r"(?:[\w'’\-]+\s+){0,3}$",
    re.I,
)


# "the largest growth, 12.5 percent, at 41.6 billion from the previous year": the level the
# rate led to, given after it, is no earlier level.
_RATE_AT = compile_later(
    r"(?:%|\bper\s?cent|\bpercent)\s*,?\s+(?:to|at)\s+(?:about\s+|around\s+)?$", re.I
)


def _base_cue(b, base) -> str | None:
    # Every figure of an article is asked: the words each pattern needs are looked for first.
    before = b.before(base, 60)
    if _EXPLAINS.search(before) or _RATE_AT.search(before):
        return None
    after = b.after(base, 60)
    lower = folded(before)
    if any(cue in lower for cue in _BASE_CUES) and (base_cue := _BASE_BEFORE.search(before)):
        if ev.plan_words(base_cue.group()):
            return None  # "compared with a Street view of S": what was expected, not a level
        return "a base ('compared with')"
    if _LEVEL_REACHED.search(before):
        return None  # "up 10.8% from a year earlier to T": T is the level reached, the end
    if "year" in lower and _EARLIER_OWNER.search(before):
        return "an earlier year's level"
    # The clause is cut from the sentence up to the figure: without "year" there, none in it.
    head = b.text[base.sentence.start : base.found.start]
    texts = []
    if "year" in folded(head):
        texts.append(ev.clause_before(b.text, base.sentence.start, base.found.start))
    texts.append(_CLAUSE_END.split(after, maxsplit=1)[0])
    if any("year" in folded(text) and _EARLIER_CLAUSE.search(text) for text in texts):
        return "an earlier level ('a year earlier')"
    return None


# ", as against S", ", compared with S": the comma before the cue keeps the clause.
_BASE_CUE_AFTER_COMMA = compile_later(
    r",\s*(?:as\s+)?(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+[^,;]*$", re.I
)


def _own_level(b, level, base) -> bool:
    """A level of the base's kind, with no rate of its own, states it in the base's clause:
    the base is that level's own comparison."""
    if not news.same(level, base) or level.id in b.converted or level.id in b.used_rates:
        return False
    if level.id in b.rate_of:
        return False
    return not _CLAUSE_END.search(_BASE_CUE_AFTER_COMMA.sub("", b.gap(level, base)))


def _end_for(b, base, cue: str, growth_of: dict):
    """The change's end: the nearest earlier figure of the same kind with a stated rate, in
    the base's sentence or the two before, tied to the base by at least one more cue."""
    sentence = base.sentence
    body = b.text[sentence.start : sentence.end]
    base_years = _years(body)
    lead = b.text[sentence.start : base.found.start]
    best = None
    for number in range(sentence.number, sentence.number - BACK - 1, -1):
        for end in reversed(b.by_sentence.get(number, [])):
            if end is base or end.found.start > base.found.start:
                continue
            if number == sentence.number and _own_level(b, end, base):
                return None  # "A as against S": S is A's base, not a change's further back
            if end.id not in growth_of and not (
                base.id in growth_of  # the base's own sentence gave it the rate
                and end.id not in b.in_pairs
                and end.id not in b.rate_of
                and number != sentence.number
            ):
                continue
            if number == sentence.number and ev.another_subject(
                b.text, end.found.end, base.found.start
            ):
                # "T, up 25%, while the non-tax target is A as against S": the base's clause
                # is about another subject than the end's
                return None
            if not news.same(end, base) or end.id in b.converted or end.id in b.starts:
                continue
            if ev.split_qualifiers(end.metric) != ev.split_qualifiers(base.metric):
                continue  # the central government's revenue is a part of the government's
            if _lengths_differ(b, end, base):
                continue  # a half-year's revenue grows from the half-year before, not a year
            end_body = b.text[end.sentence.start : end.sentence.end]
            cues = [cue]
            end_years = _years(end_body)
            if base_years and end_years:
                if not any(y + 1 in end_years for y in base_years):
                    continue  # the base is not for the year before the end
                cues.append("the year before the end's")
            if number != sentence.number and _ANAPHOR.search(lead):
                cues.append("an anaphor for what changed")
            elif (
                number != sentence.number
                and _THE_SUBJECT.match(lead)
                and ev.words(lead) & ev.words(end.metric)
            ):
                cues.append("the subject named again")  # "The profit compared with S"
            shared = ev.words(end.metric) & ev.words(base.metric)
            if shared:
                cues.append("the same metric words")
            elif end.found.counted and end.found.counted == base.found.counted:
                cues.append("the same counted noun")  # "1028 reports this year ... 1326 reports"
            if number == sentence.number:
                cues.append("the same sentence")
            if len(cues) < 2:
                continue
            if cues[1:] == ["the year before the end's"] and ev.words(base.metric):
                continue  # "a deficit of 5.7bn in 2019 against 6bn in 2018": not the exports'
            if ev.names(ev.clause_before(b.text, sentence.start, base.found.start)) - ev.names(
                end_body
            ):
                continue  # the base names a place or firm the end does not
            best = (end, cues)
            break
        if best is not None:
            break
    return best


def _years(text: str) -> set[int]:
    return {int(y) for y in _YEAR.findall(text)}


# --- The length of a figure's period, to keep a year's level from starting a half-year's growth
# Only the shape of a period is asked for: a neutral publication date resolves every phrase.
_NEUTRAL = pt.Anchor(published=(2000, 12), year=2000)
_MONTHS_SPAN = compile_later(r"^(?:19|20)\d\d-(\d\d)/(?:19|20)\d\d-(\d\d)$")
_ONE_YEAR = compile_later(r"^(?:19|20)\d\d$")
_PART = compile_later(r"^(?:19|20)\d\d-(?:(\d\d)|Q[1-4]|H[12])$")
_PART_MONTHS = {"Q": 3, "H": 6}


def _lengths_differ(b, end, base) -> bool:
    """The text gives the end and the base periods of different lengths ("From January to
    June, revenue climbed to T. Last year, it reached S"; "Q1 sales rose to T, on track to
    beat last year's S"): the base is no start of the end's growth."""
    end_months = _months(end.period) or _months(_shape(b, end, None))
    if end_months is None:
        return False
    base_months = _months(base.period) or _months(_shape(b, base, _shape(b, end, None)))
    return base_months is not None and base_months != end_months


def _shape(b, draft, current: str | None) -> str | None:
    """The period the figure's sentence gives it, in a neutral year; "a year earlier" and
    "the same period last year" take the shape of `current`, the period they move back."""
    sentence = draft.sentence
    body = b.text[sentence.start : sentence.end]
    anchor = _NEUTRAL._replace(current=current)
    start, stop = draft.found.start - sentence.start, draft.found.end - sentence.start
    return pt.period_near(body, start, stop, anchor)


def _months(period: str | None) -> int | None:
    """How many months a period runs (2023: 12, 2023-06: 1, 2023-Q1: 3, 2023-01/2023-06:
    6); None for none, or for a span of years, whose length the growth may well share."""
    if not period:
        return None
    if _ONE_YEAR.match(period):
        return 12
    if span := _MONTHS_SPAN.match(period):
        return (int(span[2]) - int(span[1])) % 12 + 1
    if part := _PART.match(period):
        return 1 if part[1] else _PART_MONTHS[period[5]]
    return None


# --- A difference stated with one of its levels, the other level in a sentence beside it -------
# "41.6 million tonnes, which is higher by 3 million tonnes than the previous season" and
# "..., 3 million tonnes more than last season": the change of a level over the period before.
_PERIOD_UNITS = r"(?P<unit>season|year|month|quarter|week|harvest|term|spring|summer|autumn|winter)"
_THAN_EARLIER = (
    rf"than\s+(?:in\s+|during\s+)?(?:the\s+(?:previous|prior|preceding)\s+{_PERIOD_UNITS}"
    rf"|last\s+{_PERIOD_UNITS.replace('unit', 'last_unit')}"
    rf"|a\s+{_PERIOD_UNITS.replace('unit', 'ago_unit')}\s+(?:earlier|ago|before))\b(?!['’])"
)
_DIRECTION = r"(?P<dir>higher|lower|more|less|fewer|greater|bigger|smaller|up|down)"
# The level's own words, then a comma: "41,600 visitors came this spring, 3,000 fewer than".
_LEVEL_WORDS = r"^(?:\s+(?!(?:and|but|while|whereas)\b)[\w'’-]+){0,4}\s*,\s*"
_WHICH_IS = r"(?:which\s+(?:is|was|would\s+be|will\s+be)\s+)?"
_LEVEL_THEN_BY = compile_later(rf"{_LEVEL_WORDS}{_WHICH_IS}{_DIRECTION}\s+by\s+$", re.I)
_BY_THAN = compile_later(rf"^\s+{_THAN_EARLIER}", re.I)
_LEVEL_THEN_CHANGE = compile_later(rf"{_LEVEL_WORDS}{_WHICH_IS}$", re.I)
_CHANGE_THAN = compile_later(rf"^\s+{_DIRECTION}\s+{_THAN_EARLIER}", re.I)
_FALLS = frozenset(("lower", "less", "fewer", "smaller", "down"))
# The earlier period named where its level is stated: "Last season, output fell to S".
_EARLIER_PERIOD = (
    r"\b(?:(?:last|the\s+(?:previous|prior|preceding))\s+{unit}"
    r"|(?:a|one|the)\s+{unit}\s+(?:earlier|ago|before))\b"
)
# "has increased by C since February 2020, when it stood at S": the change since a time, and
# the level then.
_SINCE_WHEN = compile_later(
    r"^\s+since\s+[^,;.]{2,40}?,\s*when\s+(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:stood\s+at|was|were|had\s+been|totall?ed|numbered)\s+$",
    re.I,
)
_CHANGED_BY = compile_later(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:increased|risen|grown|climbed|gone\s+up|jumped|swelled|"
    r"rose|grew)|(?P<fall>decreased|fallen|dropped|declined|shrunk|shrank|gone\s+down|fell))"
    r"\s+by\s+$",
    re.I,
)
_SUBJECT_ANAPHOR = compile_later(
    r"^\W*(?:it|they|(?:the|that|this)\s+(?:figure|number|total|tally|count))\s+", re.I
)


def stated_differences(b) -> None:
    """A change in absolute terms stated with one of its levels, the other level in the
    sentence after or before, named by the same metric words (confidence low):

        "Output is projected at E, which is higher by C than the previous season. Last season,
        output fell to S."              sum: E = S + C (the period and the metric tie S)
        "E people were waiting in April. The waiting list has increased by C since February
        2020, when it stood at S."      sum: E = S + C (the subject ties E; or "It now
                                        stands at E" in the sentence after)
        "Deaths fell to E. That's C fewer than the S of 2022."
                                        sum: S = E + C (the anaphor names E)

    The other level is a fact; the change and the level it is stated with may be of a
    forecast or a target ("is projected at E, which is higher by C than the previous season"):
    the difference is the forecast's own, checked against the actual level it names, so this
    runs in the pass over facts, which sees every figure."""
    if b.status != "fact":
        return
    for drafts in b.all_by_sentence.values():
        for k, change in enumerate(drafts):
            if change.kind not in ("money", "measure", "number") or change.found.per is not None:
                continue
            if change.id in b.used_rates or change.id in b.in_pairs or change.id in b.starts:
                continue
            if not _over_the_period_before(b, drafts, k) and not _since_when(b, drafts, k):
                _that_is_more_than(b, drafts, k)


def _over_the_period_before(b, figures: list, k: int) -> bool:
    """ "E, which is higher by C than the previous season" with the earlier level S stated in
    the sentence after or before."""
    change = figures[k]
    if k == 0:
        return False
    level = figures[k - 1]
    if not news.same(level, change) or level.id in b.converted or level.id in b.starts:
        return False
    compared = _compared_with_before(b.gap(level, change), b.after(change, 60))
    if compared is None:
        return False
    direction, than = compared
    unit = next(u for u in (than["unit"], than["last_unit"], than["ago_unit"]) if u)
    earlier = re.compile(_EARLIER_PERIOD.format(unit=unit), re.I)
    # What the level measures is named before it or by its own words after it ("41,600
    # visitors came this spring, 3,000 fewer").
    named = ev.clause_before(b.text, level.sentence.start, level.found.start)
    subject = _subject_words(f"{named} {b.gap(level, change).partition(',')[0]}")
    found = [
        start
        for number in (change.sentence.number + 1, change.sentence.number - 1)
        if (start := _level_of_period(b, level, number, earlier, subject)) is not None
    ]
    if len(found) != 1:
        return False  # none, or one in each sentence beside: no telling which
    start = found[0]
    total, part = (start, level) if direction in _FALLS else (level, start)
    _add_difference(
        b,
        total,
        [part, change],
        (level, change),
        f"the period ('{than.group().strip()}') and the metric words name the earlier level",
    )
    return True


def of_the_year_before(b, draft) -> bool:
    """The figure is said to be the year before's: "$6.9 billion a year earlier", "last
    year's 6.9 billion"."""
    return bool(
        _EARLIER_AFTER.match(b.text, draft.found.end) or _EARLIER_OWNER.search(b.before(draft, 40))
    )


def compared_with_the_period_before(b, draft) -> bool:
    """The figure is a difference from the period before ("3,000 fewer than last spring",
    "higher by 3 million tonnes than the previous season"), not a level."""
    after = b.after(draft, 60)
    if _CHANGE_THAN.match(after):
        return True
    return (
        _BY_THAN.match(after) is not None and _BY_DIRECTION.search(b.before(draft, 30)) is not None
    )


_BY_DIRECTION = compile_later(rf"\b{_DIRECTION}\s+by\s+$", re.I)


def _compared_with_before(gap: str, after: str) -> tuple[str, re.Match] | None:
    """(the direction word, the match naming the period before) of a change stated after a
    level: ", which is higher by C than the previous season" or ", C more than last year"."""
    by = _LEVEL_THEN_BY.match(gap)
    if by is not None and (than := _BY_THAN.match(after)) is not None:
        return by["dir"].lower(), than
    if _LEVEL_THEN_CHANGE.match(gap) and (than := _CHANGE_THAN.match(after)) is not None:
        return than["dir"].lower(), than
    return None


def _level_of_period(b, level, number: int, earlier: re.Pattern, subject: frozenset):
    """The one level of `level`'s kind in sentence `number` (of its paragraph), stated for
    the earlier period and of the same subject, or None."""
    drafts = [
        d
        for d in b.by_sentence.get(number, [])
        if news.same(d, level)
        and d.sentence.paragraph == level.sentence.paragraph
        and d.id not in b.converted
        and d.id not in b.starts
        and not _BY.search(b.before(d, 10))
    ]
    if len(drafts) != 1:
        return None
    start = drafts[0]
    body = b.text[start.sentence.start : start.sentence.end]
    head = b.text[start.sentence.start : start.found.start]
    if not earlier.search(body) or not subject & _subject_words(head):
        return None
    if _names_another(head, b.text[level.sentence.start : level.sentence.end]):
        return None
    if ev.names(ev.clause_before(b.text, start.sentence.start, start.found.start)) - ev.names(
        b.text[level.sentence.start : level.sentence.end]
    ):
        return None  # the level names a place or firm the other does not
    return start


_BY = compile_later(r"\bby\s+$", re.I)


# "That's C fewer than the S", "This is C more than a year ago's S": the gap between the
# figure the sentence before states and an earlier one.
_THAT_IS = compile_later(
    r"^\W*(?:That|This|It)(?:['’]s|\s+(?:is|was|represents|represented|means|meant))\s+"
    r"(?:also\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$"
)
_GAP_THAN = compile_later(
    rf"^\s+(?:[a-z]+\s+)?{_DIRECTION}\s+than\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’\-]+\s+){0,3}?$",
    re.I,
)


def _that_is_more_than(b, figures: list, k: int) -> bool:
    """ "Deaths fell to E. That's C fewer than the S recorded in 2022": E is the first figure
    of C's kind in the sentence before (news states its main figure first)."""
    change = figures[k]
    if k != 0 or k + 1 >= len(figures) or not news.same(figures[k + 1], change):
        return False
    then = figures[k + 1]
    if then.id in b.converted or then.status != "fact":
        return False
    if not _THAT_IS.match(b.text[change.sentence.start : change.found.start]):
        return False
    gap = _GAP_THAN.match(b.gap(change, then))
    if gap is None or gap["dir"].lower() in ("up", "down"):
        return False
    level = next(
        (
            d
            for d in b.by_sentence.get(change.sentence.number - 1, [])
            if news.same(d, change) and d.id not in b.converted
        ),
        None,
    )
    if level is None:
        return False
    total, part = (then, level) if gap["dir"].lower() in _FALLS else (level, then)
    _add_difference(
        b, total, [part, change], (change,), "'That is C more/fewer than S' names the level before"
    )
    return True


def _since_when(b, figures: list, k: int) -> bool:
    """ "The list has increased by C since February 2020, when it stood at S" with the level
    now, E, the one figure of its kind in the sentence before."""
    change = figures[k]
    if k + 1 >= len(figures) or not news.same(figures[k + 1], change):
        return False
    then = figures[k + 1]
    if not _SINCE_WHEN.match(b.gap(change, then)) or then.id in b.converted:
        return False
    if then.status != "fact":
        return False  # "when it stood at S": a level of the past
    verb = _CHANGED_BY.search(b.before(change, 40))
    if verb is None or any(news.same(d, change) for d in figures[:k]):
        return False
    stated = (
        change.found.start if change.found.qualifier_start is None else change.found.qualifier_start
    )
    head = b.text[change.sentence.start : stated - len(verb.group())]
    found = _level_now(b, change, head)
    if found is None:
        return False
    now, where = found
    total, part = (then, now) if verb["fall"] else (now, then)
    _add_difference(
        b,
        total,
        [part, change],
        (change,),
        f"the level now is stated in the sentence {where}, of the same subject",
    )
    return True


def _level_now(b, change, head: str) -> tuple | None:
    """The level a change since a time led to, and where it is: the one figure of its kind
    in the sentence before, else in the sentence after when that says it is the level now
    ("It now stands at E"), tied to the change's subject by an anaphor or the same words."""
    for number, where in (
        (change.sentence.number - 1, "before"),
        (change.sentence.number + 1, "after"),
    ):
        levels = [
            d
            for d in b.by_sentence.get(number, [])
            if news.same(d, change)
            and d.sentence.paragraph == change.sentence.paragraph
            and d.id not in b.converted
            and d.id not in b.starts
        ]
        if not levels:
            continue
        if len(levels) != 1:
            return None
        now = levels[0]
        body = b.text[now.sentence.start : now.sentence.end]
        if _of_the_past(b, body) or (where == "after" and not _NOW.search(body)):
            return None  # "In 2022, E were waiting": not the level the change led to
        lead = b.text[now.sentence.start : now.found.start]
        tied = (
            _SUBJECT_ANAPHOR.match(head)
            or (where == "after" and _SUBJECT_ANAPHOR.match(lead))
            or _subject_words(head) & _subject_words(body)
        )
        return (now, where) if tied else None
    return None


_NOW = compile_later(r"\b(?:now|currently|today|at\s+present)\b", re.I)


def _of_the_past(b, sentence: str) -> bool:
    """The sentence names a year before the article's (any year, when the article's is not
    known), or a year before another."""
    published = int(b.published[:4]) if b.published and b.published[:4].isdigit() else None
    years = _years(sentence)
    if any(published is None or y < published for y in years):
        return True
    return "year" in folded(sentence) and _EARLIER_CLAUSE.search(sentence) is not None


def _subject_words(text: str) -> frozenset[str]:
    return ev.words(text) - lx.WHEN_WORDS


def _names_another(head: str, sentence: str) -> bool:
    """The words naming a level name something the other level's sentence does not ("Wheat
    output last season was S" against "Maize output is projected at E")."""
    named = ev.naming_words(head) - lx.WHEN_WORDS - lx.LEVEL_VERBS
    return bool(named - ev.words(sentence) - ev.naming_words(sentence))


def _add_difference(b, total, parts: list, stated: tuple, note: str) -> None:
    """`stated`: the figures of the change's own clause, which may be of a plan."""
    b.in_pairs.update(d.id for d in (total, *parts))
    planned = sorted({d.status for d in stated} - {"fact"})
    if planned:
        note += (
            f"; the difference is stated as the {' and '.join(planned)}'s own, against an "
            "actual level"
        )
    b.add(
        "sum",
        {"total": total.id, "parts": [p.id for p in parts]},
        confidence="low",
        note=f"a difference stated with one level, the other in another sentence: {note}",
    )
