"""Breakdowns that follow their total a few sentences later, scored from the words alone.

    "Sales came to T in January to April. ... Split by region, coastal sales were A,
     while inland sales were B."                          sum: T = A + B (low confidence)
    "Broken down by quarter, total sales in Q1 were T; coastal sales were A, while inland
     sales were B."                                       sum: T = A + B, in the sentence
    "Split by region, sales in January to April: coastal A, inland B. In April, coastal
     sales were C and inland sales D."        the next sentence repeats the breakdown for
                                              another period: C + D is the April total

A sentence that opens with a breakdown cue ("Split by", "Broken down by", "By region") gives
the parts: its amounts of one currency and unit. The total is chosen among the facts of the
same kind in the sentences before it (a window, headline included) by textual cues only: a
total word, the same period phrase ("January to April"), shared metric words, nearness.
Whether the numbers add up never takes part in the choice: a linker that preferred agreeing
figures would hide the very errors the audit looks for. The link is a guess, so it carries
`confidence: low` and a note naming the cues that chose it.
"""

from __future__ import annotations

import re

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract import relations_parts as parts_of
from audit.lazy_regex import compile_later

WINDOW = 8  # sentences before the breakdown where its total may be
_BREAKDOWN = compile_later(
    r"^\W*(?:(?:split|broken\s+(?:down|up)|divided|categori[sz]ed|classified)\s+by\b|"
    r"by\s+(?:type|region|sector|industry|product|category|source|area|location|format|"
    r"ownership|segment|business|market|channel|use|kind)\b|in\s+terms\s+of\b)",
    re.I,
)
# A breakdown that says it splits its total: all of its parts are named.
_SPLIT = compile_later(
    r"^\W*(?:split|broken\s+(?:down|up)|divided|categori[sz]ed|classified)\s+by\b", re.I
)
# A sentence that is itself a part or a breakdown does not hold the total.
_NOT_A_TOTAL = compile_later(
    r"^\W*(?:within|of\s+(?:this|that|which|these|them)|among\s+them|"
    r"including|split|broken|by\s+\w+,)",
    re.I,
)
_TOTAL_WORD = compile_later(r"\b(?:total|overall|combined|altogether|in\s+all|aggregate)\b", re.I)
_MONTH = "|".join(lx.MONTHS)
_PERIOD_PHRASE = compile_later(
    rf"\b(?:(?:{_MONTH})\s*(?:to|-|–|through|until)\s*(?:{_MONTH})|"
    rf"(?:first|second|third|fourth)\s+quarter|Q[1-4]|"
    rf"(?:first|second)\s+half|H[12]|(?:19|20)\d\d|(?:{_MONTH}))\b",
    re.I,
)
_WORD = compile_later(r"[a-z]{4,}")
_STOP = frozenset(
    (
        "that",
        "this",
        "with",
        "were",
        "from",
        "came",
        "than",
        "year",
        "split",
        "where",
        "type",
        "which",
        "while",
        "their",
        "period",
        "value",
        "percent",
    )
)


def breakdowns(b) -> None:
    """Sum relations from breakdown sentences to the total they break down."""
    numbers = sorted(b.by_sentence)
    for position, number in enumerate(numbers):
        drafts = b.by_sentence[number]
        sentence = drafts[0].sentence
        body = b.text[sentence.start : sentence.end]
        if not _BREAKDOWN.match(body):
            continue
        parts = _parts(b, drafts)
        if len(parts) < 2:
            continue
        if len(parts) >= 3 and _own_total(b, parts[0]):
            # "Broken down by quarter, total trade in Q1 stood at T; exports were A, while
            # imports were B": the sentence is one item of the breakdown, with its own total.
            b.add(
                "sum",
                {"total": parts[0].id, "parts": [p.id for p in parts[1:]]},
                confidence="low",
                note="a breakdown sentence that states its own total first",
            )
            continue
        before = [b.by_sentence[n] for n in numbers[max(0, position - WINDOW) : position]]
        split = bool(_SPLIT.match(body))
        _link(b, parts, body, before, number, "", split)
        following = b.by_sentence.get(number + 1)
        if following is None:
            continue
        again = _repeated(b, parts, following)
        if again:
            text = b.text[following[0].sentence.start : following[0].sentence.end]
            if _periods(text) and _periods(text) != _periods(body):
                cue = "the breakdown repeated for its period"
                _link(b, again, text, before, number + 1, cue, split)


def _link(
    b, parts: list, body: str, before: list[list], number: int, cue: str, split: bool
) -> None:
    best = _best_total(b, parts, body, before, number)
    if best is None:
        return
    total, cues = best
    # "In terms of product, rice is A; wheat is B; and soybean is C": a list that does not say
    # it is complete is at most its total. "Split by type, goods A and catering B" says it
    # splits the total, and so does a pair of halves or a list ending in "the others".
    whole = split or parts_of.names_the_whole(b, parts)
    b.add(
        "sum" if whole else "partial_sum",
        {"total": total.id, "parts": [p.id for p in parts]},
        confidence="low",
        note=f"breakdown after its total ({', '.join([cue, *cues] if cue else cues)}); "
        + ("the parts name all of it" if whole else "the parts may not be all"),
    )


def _repeated(b, parts: list, drafts: list) -> list:
    """The next sentence's parts when it names them as the breakdown did, part for part, in
    the same order: "urban ... A, rural ... B" then "In April, urban ... C, rural ... D"."""
    again = _parts(b, drafts)
    if len(again) != len(parts) or not news.same(again[0], parts[0]):
        return []
    said = [_clause_words(b, p) for p in parts]
    for i, (part, words) in enumerate(zip(again, said, strict=True)):
        own = words - frozenset().union(*(w for j, w in enumerate(said) if j != i))
        if not own & _clause_words(b, part):
            return []
    return again


def _clause_words(b, draft) -> frozenset[str]:
    return ev.words(ev.clause_before(b.text, draft.sentence.start, draft.found.start))


def _own_total(b, first) -> bool:
    """The first amount of the sentence is named a total in its own clause."""
    sentence = first.sentence
    clause = b.text[sentence.start : first.found.start]
    cut = max(clause.rfind(","), clause.rfind(";"))
    return bool(_TOTAL_WORD.search(clause[cut + 1 :]))


def _parts(b, drafts: list) -> list:
    amounts = [
        d
        for d in drafts
        if d.kind in ("money", "measure", "number")
        and d.id not in b.converted
        and d.found.per is None
    ]
    if not amounts:
        return []
    first = amounts[0]
    return [d for d in amounts if news.same(d, first)]


def _best_total(b, parts: list, body: str, before: list[list], number: int):
    """The candidate total with the strongest textual cues, and the cues; None if no cue."""
    periods = _periods(body)
    words = _words(" ".join(p.metric for p in parts) + " " + body[:120])
    best, best_score, best_cues = None, 0.0, []
    for drafts in before:
        sentence = drafts[0].sentence
        text = b.text[sentence.start : sentence.end]
        if _NOT_A_TOTAL.match(text) or _BREAKDOWN.match(text):
            continue
        for candidate in drafts:
            if not news.same(candidate, parts[0]) or candidate.id in b.converted:
                continue
            lead = b.text[max(sentence.start, candidate.found.start - 100) : candidate.found.start]
            if _listed_member(b, candidate, drafts) and not _TOTAL_WORD.search(lead):
                continue
            cues, score = [], 0.0
            if _TOTAL_WORD.search(lead) or _TOTAL_WORD.search(candidate.metric):
                cues.append("a total word")
                score += 2
            if periods and periods == _periods(text):
                cues.append("the same period")
                score += 2
            shared = words & _words(candidate.metric)
            if shared:
                cues.append("the same metric words")
                score += 1
            score -= 0.1 * (number - sentence.number)
            # Ties go to the earlier figure: the lead states the total first.
            if len(cues) >= 2 and score > best_score:
                best, best_score, best_cues = candidate, score, cues
    return (best, best_cues) if best is not None else None


def _listed_member(b, candidate, drafts: list) -> bool:
    """The figure is one of a list its sentence splits with a semicolon ("in town areas it
    was A; in village areas, B"): a member of another breakdown."""
    for other in drafts:
        if other is candidate or other.id in b.converted or not news.same(other, candidate):
            continue
        first, second = sorted((candidate, other), key=lambda d: d.found.start)
        if ";" in b.text[first.found.end : second.found.start]:
            return True
    return False


def _periods(text: str) -> frozenset[str]:
    return frozenset(" ".join(m.group().lower().split()) for m in _PERIOD_PHRASE.finditer(text))


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)
