"""A group's combined figure and the figures its named members state elsewhere.

    "The three chains lifted combined sales to T; Ardent and Brisco led." ... "Ardent's sales
    rose to A."                    partial_sum: A at most T (the members named may not be all
                                   of the group, and not every member states a figure)

The whole is a figure its own clause calls combined ("combined sales", "aggregate output");
its members are a list of names joined by "and" in its sentence or the next. A member's
figure is the one amount of the kind, in a sentence of the window that names that member and
no other, whose clause names the whole's metric word with no other qualifier (net, daily,
online) and no other period. A member with no such figure, or with two, is left out. Only
the words link: whether the figures fit never counts; a part larger than the whole is the
error the check exists to find (often a scale word: million written for billion).
"""

from __future__ import annotations

import re

from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract.drafts import Draft
from audit.extract.relations_margin import CHANGE_AMOUNT, figure_start, lead_start
from audit.lazy_regex import compile_later

WINDOW = 10  # sentences either side of the whole where its members' figures may be
# "combined earnings", "aggregate output", "joint revenue": the word after is the metric.
# Qualifiers may come between ("combined net sales"): they must match, the metric is the noun.
_CUES = ("combined", "aggregate", "joint")
_COMBINED = compile_later(
    rf"\b(?:{'|'.join(_CUES)})\s+(?P<qualified>(?:[a-z][\w\-]*\s+){{0,2}}?)"
    rf"(?P<metric>(?!(?:{'|'.join(sorted(ev.QUALIFIERS))})\b)[a-z][\w\-]*)",
    re.I,
)
_NAME = r"[A-Z][\w’'&\-]*(?:\s+[A-Z][\w’'&\-]*){0,2}"
# "Ardent and Brisco", "Ardent, Brisco and Cole": two names or more joined by "and".
_MEMBERS = compile_later(rf"(?<![\w’'])(?P<list>{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|&)\s+{_NAME})")
_LIST_SPLIT = compile_later(r",\s+|,?\s+(?:and|&)\s+")
_NOT_QUALIFYING = frozenset(["combined", "total"])
_PERCENT = compile_later(r"\bper\s*cent\b|\bpercent\b", re.I)


def _amounts(b, number: int) -> list[Draft]:
    return [
        d
        for d in b.by_sentence.get(number, [])
        if d.kind in ("money", "measure", "number")
        and d.id not in b.converted
        and d.id not in b.starts
        and d.found.per is None
        and d.found.value is not None
    ]


def combined_figures(b) -> None:
    numbers = sorted(b.by_sentence)
    candidates = []
    for position, number in enumerate(numbers):
        sentence = b.by_sentence[number][0].sentence
        body = b.text[sentence.start : sentence.end].lower()
        if not any(cue in body for cue in _CUES):
            continue  # most sentences: no cue word, no clause to read
        for whole in _amounts(b, number):
            found = _whole(b, whole)
            if found is None:
                continue
            metric, qualifiers = found
            members = _members(b, whole)
            if not members:
                continue
            near = numbers[max(0, position - WINDOW) : position + WINDOW + 1]
            parts = [
                _member_figure(b, whole, m, members, metric, qualifiers, near) for m in members
            ]
            chosen = [p for p in parts if p is not None]
            if not chosen:
                continue
            cues = [
                "a combined figure",
                "its members named beside it",
                "each member's figure names the same metric",
                "no other period",
            ]
            missing = [m for m, p in zip(members, parts, strict=True) if p is None]
            if missing:
                cues.append(f"no figure found for {', '.join(missing)}")
            out = ev.Candidate(
                "partial_sum",
                {"total": whole.id, "parts": [p.id for p in chosen]},
                score=len(cues),
                cues=cues,
                what=f"members' figures within the combined {metric}",
                # A group whose members are not all found may be named loosely: a guess.
                guess=bool(missing),
            )
            candidates.append(out)
    ev.choose(b, candidates)


def _whole(b, whole: Draft) -> tuple[str, frozenset[str]] | None:
    """The metric word of a figure its clause calls combined, and the clause's qualifiers."""
    clause = ev.clause_before(b.text, whole.sentence.start, figure_start(whole))
    matches = list(_COMBINED.finditer(clause))
    if not matches:
        return None
    match = matches[-1]  # the cue nearest the figure
    after_cue = figure_start(whole) - len(clause) + match.end()
    if any(
        news.same(d, whole) and d is not whole and after_cue <= d.found.start < whole.found.start
        for d in b.by_sentence[whole.sentence.number]
    ):
        return None  # another amount of the kind stands between: the combined one is that
    if ev.intensive(clause) or CHANGE_AMOUNT.search(clause):
        return None
    metric = match["metric"].lower()
    return metric, _qualifiers(clause[: match.end()])


def _qualifiers(clause: str) -> frozenset[str]:
    """The words that make the metric another quantity ("net", "daily"), "per cent" aside."""
    return ev.qualifiers(_PERCENT.sub(" ", clause)) - _NOT_QUALIFYING


def _members(b, whole: Draft) -> list[str]:
    """The names listed with "and" in the whole's sentence or the next one."""
    sentence = whole.sentence
    texts = [b.text[sentence.start : sentence.end]]
    following = b.by_sentence.get(sentence.number + 1)
    if following:
        texts.append(b.text[following[0].sentence.start : following[0].sentence.end])
    else:
        # The next sentence may hold no figure ("A and B led."): the text up to the next one.
        texts.append(b.text[sentence.end : sentence.end + 200].split(".")[0])
    for text in texts:
        for match in _MEMBERS.finditer(text):
            names = [n.strip() for n in _LIST_SPLIT.split(match["list"]) if n.strip()]
            names = [n for n in names if ev.names("the " + n)]
            if len(names) >= 2:
                return names
    return []


def _member_figure(
    b,
    whole: Draft,
    member: str,
    members: list[str],
    metric: str,
    qualifiers: frozenset[str],
    near: list[int],
) -> Draft | None:
    said = re.compile(rf"(?<![\w’']){re.escape(member)}(?![\w])")
    others = [re.compile(rf"(?<![\w’']){re.escape(m)}(?![\w])") for m in members if m != member]
    whole_periods = ev.periods(b.text[whole.sentence.start : whole.sentence.end])
    wanted = ev.words(metric)
    found = []
    for number in near:
        for d in _amounts(b, number):
            if d is whole or not news.same(d, whole):
                continue
            head = b.text[d.sentence.start : d.found.start]
            if not said.search(head) or any(o.search(head) for o in others):
                continue
            clause = ev.clause_before(b.text, d.sentence.start, figure_start(d))
            if not wanted <= ev.words(clause) or ev.intensive(clause):
                continue
            if CHANGE_AMOUNT.search(b.text[lead_start(b, d) : figure_start(d)]):
                continue  # "rose by 40 million": a change, not the member's level
            if _qualifiers(clause) != qualifiers:
                continue
            if d.period and whole.period and d.period != whole.period:
                continue
            periods = ev.periods(b.text[d.sentence.start : d.sentence.end])
            if periods and whole_periods and periods != whole_periods:
                continue
            found.append(d)
    return found[0] if len(found) == 1 else None
