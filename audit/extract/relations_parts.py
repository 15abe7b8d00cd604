"""Totals and their parts in different sentences: anaphoric breakdowns and named pairs.

    "Capacity reached T. Of that capacity, A came from hydro, B from wind and C from solar."
                                  partial_sum: A + B + C at most T (the parts named may not be
                                  all); the total is a figure of the sentence just before
    "Imports and exports rose to T in the quarter. ... Exports totalled A. ... Imports came
     to B."                       sum: T = A + B, the parts named by the total's own words,
                                  each in a later sentence of no other period

Candidates are scored from the text alone (relations_evidence) and chosen as one set.
"""

from __future__ import annotations

import re
from typing import Any

from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news

WINDOW = 10  # sentences after a total where its parts may be
# "Of this,", "Of that capacity,", "Of these, ...", "Among them,", "Within this total,".
_ANAPHOR = re.compile(
    r"\W*(?:of|among|within)\s+(?:this|that|these|those|them|which|the\s+total|"
    r"the\s+(?:figure|amount|sum))\b(?:\s+[\w\-]+){0,2}?\s*,",
    re.I,
)


def _amounts(b, drafts: list) -> list:
    return [
        d
        for d in drafts
        if d.kind in ("money", "measure", "number")
        and d.id not in b.converted
        and d.id not in b.starts
        and d.found.per is None
        and d.found.value is not None
    ]


def breakdowns(b) -> None:
    candidates = [*_anaphoric(b), *_named_pairs(b)]
    ev.choose(b, candidates)


def _anaphoric(b) -> list[ev.Candidate]:
    """ "Of that capacity, A ..., B ... and C": the parts of a total the sentence before
    states. The parts need not cover the total, so it is checked as at most the total."""
    out = []
    for number, drafts in b.by_sentence.items():
        sentence = drafts[0].sentence
        if not _ANAPHOR.match(b.text, sentence.start, sentence.end):
            continue
        parts = _amounts(b, drafts)
        parts = [d for d in parts if news.same(d, parts[0])] if parts else []
        if len(parts) < 2:
            continue
        # The anaphor points at the sentence just before, and at nothing further back.
        totals = [
            d for d in _amounts(b, b.by_sentence.get(number - 1, [])) if news.same(d, parts[0])
        ]
        if not totals:
            continue
        total = totals[0]  # the figure the sentence is about comes first
        head = b.text[total.sentence.start : total.found.start]
        if ev.intensive(head + " " + total.metric):
            continue  # an average or a rate has no parts that add up to it
        cues = ["an anaphor opens the breakdown", "the total is in the sentence before"]
        if len(totals) == 1:
            cues.append("the only figure of its kind there")
        out.append(
            ev.Candidate(
                "partial_sum",
                {"total": total.id, "parts": [p.id for p in parts]},
                score=len(cues) + 1,
                cues=cues,
                what="parts of the total stated just before",
            )
        )
    return out


def _named_pairs(b) -> list[ev.Candidate]:
    """ "Imports and exports rose to T" and, later, "Exports totalled A", "Imports fell to B":
    T = A + B. Each part is the first later figure of the same kind whose clause names its
    word and not the other's, with no period or name the total's sentence lacks."""
    out = []
    numbers = sorted(b.by_sentence)
    for position, number in enumerate(numbers):
        drafts = b.by_sentence[number]
        amounts = _amounts(b, drafts)
        for total in amounts:
            if any(news.same(d, total) for d in amounts if d is not total):
                continue  # the sentence gives its own parts or other figures of the kind
            sentence = total.sentence
            head = b.text[sentence.start : total.found.start]
            pair = ev.pair(ev.clause_before(b.text, sentence.start, total.found.start))
            if pair is None or ev.intensive(head + " " + total.metric):
                continue  # per-head figures and averages of two groups do not add up
            total_text = b.text[sentence.start : sentence.end]
            found = _parts(
                b, total, pair, numbers[position + 1 : position + 1 + WINDOW], total_text
            )
            if found is None:
                continue
            parts, cues = found
            out.append(
                ev.Candidate(
                    "sum",
                    {"total": total.id, "parts": [p.id for p in parts]},
                    score=len(cues),
                    cues=cues,
                    what="the parts the total names, stated in later sentences",
                )
            )
    return out


def _parts(b, total, pair: tuple[str, str], later: list[int], total_text: str):
    periods = ev.periods(total_text)
    names = ev.names(total_text) | set(total_text.split()[:1])
    chosen: dict[str, Any] = {}
    for number in later:
        drafts = b.by_sentence[number]
        sentence = drafts[0].sentence
        if _ANAPHOR.match(b.text, sentence.start, sentence.end):
            continue  # its figures break down the sentence before, not this total
        body = b.text[sentence.start : sentence.end]
        if not ev.periods(body) <= periods:
            continue  # another period: a quarter of the year, the month before
        for d in _amounts(b, drafts):
            if not news.same(d, total):
                continue
            clause = ev.clause_before(b.text, sentence.start, d.found.start)
            if ev.intensive(clause + " " + d.metric):
                continue
            said = ev.words(clause)
            for word, other in (pair, pair[::-1]):
                if word in chosen or word not in said or other in said:
                    continue
                if ev.names(clause) - names:
                    continue  # "exports to Japan": a part of the part
                chosen[word] = d
    if len(chosen) != 2:
        return None
    parts = [chosen[pair[0]], chosen[pair[1]]]
    cues = ["the total names both parts", "each part's clause names one", "no other period"]
    if all(p.sentence.number == parts[0].sentence.number for p in parts):
        cues.append("the parts share a sentence")
    return parts, cues
