"""An actual's share of a target or a plan stated in another sentence.

    "Revenue for 2024 reached 10.0 trillion, which is 80 per cent of the annual target." ...
    "The government projected a 20 trillion budget for 2024, with 15.0 trillion in expected
    revenue."                              share: the part is the actual before the share, the
                                           whole the one plan figure of the same metric and year
    "Outlays stood at 21.6 trillion, 85 per cent of the total planned spending for the year."
                                           the whole is named in the share's words ("spending")

"P% of the target" states that the actual is measured against the target (docs/claims-format.md,
"Targets and forecasts"), so the target takes part with the facts. The target is found by its
words alone: a target or forecast (or a figure a budget or plan word introduces) in the window of
sentences around, naming the same metric, for the same year. It is linked only when exactly one
figure fits; two (an original and a revised target, or a plan then revised) leave the share
unchecked. Whether the numbers agree never enters. The link is a guess: confidence low.
"""

from __future__ import annotations

import re

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract.drafts import Draft
from audit.lazy_regex import compile_later

_WINDOW = 6  # sentences either side where the target is looked for
_YEAR = compile_later(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_AMOUNT = ("money", "number", "measure")

# After the share: "of the annual target", "of its full-year revenue goal", "of the total
# planned spending for the year", "of the budgeted revenue". No figure follows in the clause:
# "of the 8.28 trillion target" is the in-sentence pattern's.
_PLAN_NOUN = rf"(?:{'|'.join((*lx.TARGET_NOUNS, *lx.EXPECTATION_NOUNS))})s?"
_OF_THE_PLAN = compile_later(
    r"^\s+of\s+(?:the|its|their|this\s+year['’]s|the\s+[\w\-]+['’]s?|[\w\-]+['’]s?)\s+"
    rf"(?:(?P<before>(?:[a-z][\w\-]*\s+){{0,3}}?){_PLAN_NOUN}"
    r"|(?P<lead>(?:[a-z][\w\-]*\s+){0,2}?)(?:planned|budgeted|targeted|projected|expected)\s+"
    r"(?P<after>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))"
    r"(?:\s+(?:for|in)\s+(?:the\s+(?:full\s+|whole\s+|fiscal\s+|financial\s+)?year|(?:19|20)\d\d))?"
    r"\s*(?:[.;)]|,\s+(?!or\b)|$)",
    re.I,
)
# Words of a share's whole or an actual's metric that name no metric of their own.
_NOT_METRIC = frozenset(
    (
        "total",
        "overall",
        "combined",
        "annual",
        "full",
        "full-year",
        "year",
        "yearly",
        "whole",
        "entire",
        "actual",
        "initial",
        "initially",
        "original",
        "originally",
        "government",
        "figure",
        "amount",
        "sum",
    )
)
# A plan then changed: which figure "the target" is, the words do not say.
_REVISED = compile_later(
    r"\b(?:revis\w*|amended|supplementary|(?:raised|cut|lowered|trimmed|reduced|increased|"
    r"lifted)\s+(?:it\s+)?to)\b",
    re.I,
)


_WORD = compile_later(r"[A-Za-z][A-Za-z\-]*")
# What a metric is narrowed by or belongs to, after its name: "revenue on the bridge",
# "target, operator".
_NAME_ENDS = compile_later(r",|\b(?:on|of|in|for|from|at|by|to|with|during|since)\b", re.I)


def _metric_name(text: str) -> tuple[str, frozenset[str]] | None:
    """A metric's head noun and the words before it that narrow it ("toll revenue": revenue,
    {toll}), plan words and generic ones left out, the names of one flow folded into one
    ("expenditure", "outlays" are spending); None if no word names a metric."""
    text = text.split(" (")[0]  # "deficit (shillings)": the unit the figure left out
    cut = _NAME_ENDS.search(text)
    words = [
        lx.METRIC_SYNONYMS.get(w, w)
        for token in _WORD.findall(text[: cut.start()] if cut else text)
        for w in ev.words(token)
        if w not in lx.PLAN_WORDS and w not in _NOT_METRIC
    ]
    if not words:
        return None
    return words[-1], frozenset(words[:-1])


def _same_metric(one: tuple[str, frozenset[str]], two: tuple[str, frozenset[str]]) -> bool:
    """One head noun, narrowed by the same words: the target of "oil revenue" is not that of
    "revenue", nor that of "tax revenue"."""
    return one == two


def _year(b, draft: Draft) -> int:
    """The year a figure is for: its period's, else the one year its sentence names, else the
    year of publication."""
    year = ev.last_year(draft.period)
    if year:
        return year
    named = set(_YEAR.findall(_sentence(b, draft)))
    if len(named) == 1:
        return int(named.pop())
    return ev.last_year(b.published)


def _year_unstated(b, draft: Draft) -> bool:
    """A plan "for the fiscal year" with no year in its sentence: the year of publication
    stands in for it, and an actual of the year before (the first half of a fiscal year that
    began then) may be measured against it."""
    return not ev.last_year(draft.period) and not _YEAR.search(_sentence(b, draft))


def _inside(period: str | None, span: str | None) -> bool:
    """A month or part of a year within a plan's span: December 2023 is in the fiscal year
    July 2023 to June 2024."""
    return span is not None and "/" in span and ev.within(period, span)


def _sentence(b, draft: Draft) -> str:
    return b.text[draft.sentence.start : draft.sentence.end]


def _plan_figure(b, draft: Draft) -> bool:
    """A target or a forecast, or a figure a budget or plan word introduces in its clause ("the
    budget envisaged spending of 16.5 trillion")."""
    if draft.status != "fact":
        return True
    clause = ev.clause_before(b.text, draft.sentence.start, draft.found.start)
    return ev.plan_words(clause)


def shares_of_targets(b) -> None:
    """ "A, which is P% of the annual target", the target stated in another sentence."""
    for drafts in b.by_sentence.values():
        for i, share in enumerate(drafts):
            if share.kind != "percent" or share.id in b.used_rates or i == 0:
                continue
            named = _OF_THE_PLAN.match(b.after(share, 100))
            part = drafts[i - 1]
            if (
                named is None
                or part.kind not in _AMOUNT
                or part.id in b.converted
                or part.status != "fact"
                or not _restated_as_share(b.gap(part, share))
            ):
                continue
            name = " ".join(g for g in named.group("before", "lead", "after") if g)
            of_name, of_part = _metric_name(name), _metric_name(part.metric)
            if of_name and of_part and of_name[0] != of_part[0]:
                continue  # "Spending was S, 80% of the revenue target": not a share of it
            subject = of_name or of_part
            if subject is None:
                continue
            whole = _the_one_target(b, part, subject)
            if whole is None:
                continue
            b.benchmarks.add(whole.id)
            b.add_share(
                part,
                whole,
                share,
                f"the whole is the one plan figure stated for '{subject[0]}'"
                f" in {_year(b, part)}, in another sentence",
            )


# "46 million pesos in 2023, or 92%": the actual's year may come between.
_YEAR_IN_GAP = compile_later(r"^\s+(?:in|for|during)\s+(?:fiscal\s+)?(?:19|20)\d\d\b")


def _restated_as_share(gap: str) -> bool:
    gap = _YEAR_IN_GAP.sub("", gap, count=1)
    return bool(news.OR_SHARE.match(gap) or news.PART_TO_SHARE.match(gap))


def _the_one_target(b, part: Draft, subject: tuple[str, frozenset[str]]) -> Draft | None:
    """The one plan figure in the window around `part`'s sentence naming `subject` for the
    year of `part`; None if there is none, or more than one to choose from."""
    year = _year(b, part)
    found: list[Draft] = []
    number = part.sentence.number
    for other in range(max(0, number - _WINDOW), number + _WINDOW + 1):
        if other == number:
            continue
        for d in b.all_by_sentence.get(other, []):
            if (
                d.kind not in _AMOUNT
                or not news.same(d, part)
                or d.id in b.converted
                or not _plan_figure(b, d)
                or not (
                    _year(b, d) == year
                    or _inside(part.period, d.period)
                    or (_year_unstated(b, d) and _year(b, d) - year in (0, 1))
                )
            ):
                continue
            name = _metric_name(d.metric)
            if name is None or name[0] != subject[0]:
                continue
            if _REVISED.search(_sentence(b, d)):
                return None  # a plan then changed ("the revised revenue target"): either one
            if _same_metric(subject, name):
                found.append(d)
    return found[0] if len(found) == 1 else None
