"""Ratios and rates named for what they divide, with no share cue, their figures stated
before:

    "Liabilities rose to 61.2 billion while assets rose to 95.0 billion. The debt-to-asset
    ratio fell to 64.4 percent."               share: the part is the one figure named by the
                                               ratio's first term (debt, liabilities), the
                                               whole the one named by its second (assets)
    "Dealers sold 52,800 cars, of which 31,400 were electric. The penetration rate of
    electric models was 59.5 percent."         share: the part is the "of which" figure the
                                               rate is named for, the whole the figure before
                                               "of which"

Links come from the names alone: a term named by no figure, or by more than one, links
nothing. A link across sentences is a guess (low confidence); within one sentence, medium.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract.drafts import Draft
from audit.lazy_regex import compile_later

_BACK = 2  # sentences before the ratio's own where its terms may be stated
_AMOUNT = ("money", "number", "measure")
_QUANTIFIER = r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+over\s+)?"
# What may come between the ratio's name and its figure: whose ratio it is ("of the
# group"), then "fell 0.2 percentage points to", "went down 0.3 points to", "was", "of",
# "stood at".
_RATIO_TO_FIGURE = (
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?[a-z][\w-]*)?"
    r"\s+(?:(?:rose|fell|climbed|dropped|declined|increased|decreased|went\s+(?:up|down)"
    r"|edged\s+(?:up|down)|was\s+(?:up|down))(?:\s+by)?\s+[\d.]+\s+(?:percentage\s+points?"
    r"|points?)\s+to|was|were|is|stood\s+at|of|at|reached|came\s+to|hit|rose\s+to|fell\s+to)"
    r"\s+" + _QUANTIFIER + "$"
)
# "the debt-to-asset ratio fell 0.2 percentage points to", "the ratio of loans to deposits was"
_TERMS_RATIO = compile_later(
    r"\b(?P<num>[a-z]+)-to-(?P<den>[a-z]+)\s+ratio" + _RATIO_TO_FIGURE,
    re.I,
)
_RATIO_OF_TO = compile_later(
    r"\bratio\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<num>[a-z]+)\s+to\s+(?:the\s+|its\s+|"
    r"their\s+)?(?P<den>[a-z]+)" + _RATIO_TO_FIGURE,
    re.I,
)
_NAMED_RATIO = compile_later(
    rf"\b(?P<name>{lx.alternation(tuple(lx.NAMED_RATIOS), 'i')})\s+ratio" + _RATIO_TO_FIGURE,
    re.I,
)
# "The penetration rate of electric models was", "the share of electric cars stood at"
_RATE_OF = compile_later(
    r"\b(?:penetration|adoption|uptake|take-up)\s+rate\s+of\s+(?P<q>(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"\s+(?:was|were|is|stood\s+at|reached|came\s+to|hit|rose\s+to|fell\s+to)\s+"
    + _QUANTIFIER
    + "$",
    re.I,
)
# "52,800 cars, of which 31,400 were electric": the whole, then its part.
_OF_WHICH = compile_later(
    r"^(?:\s+[a-z][\w-]*){0,2}\s*,\s*(?:of\s+which|of\s+them|among\s+them)\s+$", re.I
)
# The words after the part that say what it is: "were electric", up to the clause's end.
_AFTER_PART = compile_later(r"[^,.;:()]{0,60}")


def named_ratios(b: Any, drafts: list[Draft]) -> None:
    """Each percentage of the sentence that a ratio's name or a named rate leads up to."""
    for share in drafts:
        if share.kind != "percent" or share.id in b.used_rates:
            continue
        head = b.text[share.sentence.start : share.found.start]
        if "rat" not in head:  # "ratio", "rate": a cheap test before the patterns
            continue
        terms = _terms(head)
        rate_of = None if terms is not None else _RATE_OF.search(head)
        if (terms is None and rate_of is None) or _in_share(b, share):
            continue
        if terms is not None:
            _link_terms(b, share, *terms)
        elif rate_of is not None:
            _link_rate_of(b, share, rate_of["q"])


def _in_share(b: Any, share: Draft) -> bool:
    """A figure another pattern already made the share of a relation (or a rate of one)."""
    return any(share.id in (r["roles"].get("share"), r["roles"].get("rate")) for r in b.relations)


def _terms(head: str) -> tuple[frozenset[str], frozenset[str], str] | None:
    """The words naming the ratio's part and whole, and its name, from the words before it."""
    named = _NAMED_RATIO.search(head)
    if named is not None:
        part, whole = lx.NAMED_RATIOS[named["name"].lower()]
        return _term_words(part), _term_words(whole), named["name"]
    found = _TERMS_RATIO.search(head) or _RATIO_OF_TO.search(head)
    if found is None:
        return None
    part_words, whole_words = ev.words(found["num"]), ev.words(found["den"])
    if len(part_words) != 1 or len(whole_words) != 1:
        return None
    if (part_words | whole_words) & lx.RATIO_OTHER_WHOLES:
        return None  # "debt-to-GDP": a share of GDP has patterns of its own
    (part,), (whole,) = part_words, whole_words
    return _term_words(part), _term_words(whole), f"{found['num']}-to-{found['den']}"


def _term_words(term: str) -> frozenset[str]:
    """A ratio's term and the other words news names the same figure by (debt, liabilities)."""
    return lx.RATIO_TERM_SAME.get(term, frozenset([term]))


def _link_terms(b: Any, share: Draft, num: frozenset[str], den: frozenset[str], name: str) -> None:
    """The one earlier figure named by the part's term and not the whole's, and the one named
    by the whole's and not the part's, of one kind and unit."""
    candidates = [(d, ev.words(_words_before(b, d))) for d in _earlier_amounts(b, share)]
    parts = [d for d, w in candidates if w & num and not w & den]
    wholes = [d for d, w in candidates if w & den and not w & num]
    if len(parts) != 1 or len(wholes) != 1 or not news.same(parts[0], wholes[0]):
        return  # none, or more than one: the words do not say which
    _add(
        b,
        parts[0],
        wholes[0],
        share,
        f"the {name} ratio: the part and the whole are the figures named by its two terms",
    )


def _link_rate_of(b: Any, share: Draft, qualifier: str) -> None:
    """The one "W, of which P were Q" pair before the rate whose part is described by the
    rate's words (Q)."""
    wanted = ev.words(qualifier) - lx.COUNTED_NOUNS
    if not wanted:
        return  # "the penetration rate of models": no part is named
    pairs = [
        (whole, part)
        for number in _window(share)
        for whole, part in pairwise(b.by_sentence.get(number, []))
        if _OF_WHICH.match(b.gap(whole, part))
        and whole.kind in _AMOUNT
        and news.same(whole, part)
        and wanted <= ev.words(_after(b, part))
    ]
    if len(pairs) != 1:
        return
    whole, part = pairs[0]
    _add(b, part, whole, share, f"the rate of '{qualifier}' is of the 'of which' part so named")


def _window(share: Draft) -> range:
    here = share.sentence.number
    return range(max(0, here - _BACK), here + 1)


def _earlier_amounts(b: Any, share: Draft) -> list[Draft]:
    """The amounts of the ratio's sentence (before it) and the sentences just before, of the
    ratio's period, not narrowed by a word the ratio's sentence lacks ("current
    liabilities" are not the liabilities of a debt-to-asset ratio)."""
    sentence = b.text[share.sentence.start : share.sentence.end].lower()
    return [
        d
        for number in _window(share)
        for d in b.by_sentence.get(number, [])
        if d.kind in _AMOUNT
        and d.found.start < share.found.start
        and d.id not in b.converted
        and d.id not in b.starts
        and d.found.value is not None
        and not d.found.per
        and (not d.period or not share.period or d.period == share.period)
        and not {w for w in lx.RATIO_TERM_NARROWERS if w in _words_before(b, d).lower()}
        - {w for w in lx.RATIO_TERM_NARROWERS if w in sentence}
    ]


def _words_before(b: Any, draft: Draft) -> str:
    """The words leading up to a figure from its clause's start or the amount before it, what
    it is named: in "loans rose to A and deposits to B", B is named deposits only."""
    before = [
        d.found.end
        for d in b.all_by_sentence.get(draft.sentence.number, [])
        if d.found.end <= draft.found.start and d.kind in _AMOUNT  # a rate names nothing
    ]
    start = max([draft.sentence.start, *before])
    clause = ev.clause_before(b.text, draft.sentence.start, draft.found.start)
    return clause[-(draft.found.start - start) :] if draft.found.start > start else clause


def _after(b: Any, draft: Draft) -> str:
    match = _AFTER_PART.match(b.text, draft.found.end, draft.sentence.end)
    return match.group(0) if match else ""


def _add(b: Any, part: Draft, whole: Draft, share: Draft, note: str) -> None:
    here = share.sentence.number
    across = part.sentence.number != here or whole.sentence.number != here
    b.add_share(part, whole, share, note, confidence="low" if across else "medium")
