"""Profit margins: a margin written in percent is a share, profit / revenue * 100.

    "Revenue reached R in the first half. ... Net profit came to P. ... The net margin stood
    at M%."                        share: part P, whole R, share M, wherever in the article
                                   the profit and the revenue are stated

The margin's own words say what it divides: an "operating margin" is operating profit over
revenue, a "net margin" net profit, a "profit margin" any one profit; "the operating income
profit margin" is profit over what the article calls operating income. The link needs
exactly one profit figure and one revenue figure that the words name, of one period (the
margin's, when it states one). Where several profits (or revenues) fit, those of a subgroup
("among them", names the other figures' sentences do not give) are set aside and the link
stays a guess; any ambiguity left links nothing. Whether the figures agree never counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract.drafts import Draft
from audit.lazy_regex import compile_later

# "the net margin was", "its operating margin stood at", "a gross margin of", "margin rose to":
# a margin word, then only linking words up to the figure, or its change in points ("rose 1.5
# percentage points to"). "The margin of error of 3%" and
# "won by a margin of 5%" fail: the words before "margin" must name a profit (see _Margin).
_MARGIN = compile_later(
    r"(?P<phrase>(?:[\w\-]+['’]?s?\s+){0,4}?)margins?\s+"
    r"(?P<link>(?:(?:was|is|were|are|stood|came|in|at|of|reached|hit|rose|fell|improved|"
    r"widened|narrowed|slipped|climbed|dropped|declined|increased|decreased|edged|up|down|"
    r"to|a|an|about|around|nearly|almost|some|roughly|approximately|just|over|under|"
    r"below|above|(?:by\s+)?\d+(?:\.\d+)?\s+(?:percentage\s+)?points?)\s+){0,5})$",
    re.I,
)
# "margin rose 2%" is the margin's change, not its level; "rose to 12%" is the level.
_CHANGE_LINK = compile_later(
    r"\b(?:rose|fell|improved|widened|narrowed|slipped|climbed|dropped|declined|increased|"
    r"decreased|edged|up|down)\b(?!.*\bto\s)",
    re.I,
)
# An amount that is a change ("rose by 40 million", "an increase of 3 billion"), not a level.
CHANGE_AMOUNT = compile_later(
    r"\b(?:by|(?:increase|rise|decrease|drop|fall|gain|jump|growth|decline)\s+of|up|down)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.I,
)
# Words that make a figure a subgroup's: "among them", "of which", "excluding".
_SUBGROUP = compile_later(r"\b(?:among|of\s+which|of\s+them|including|excluding|except)\b", re.I)
# "profit for the quarter" (or period, year) is the net profit, as accounts name it.
_FOR_THE_PERIOD = [["for", "the", p] for p in ("quarter", "period", "year", "half")]
_TOKEN = compile_later(r"[A-Za-z][A-Za-z\-]*")
_WINDOW = 40  # sentences either side of the margin where its profit and revenue may be


@dataclass(frozen=True)
class _Margin:
    kinds: frozenset[str]  # the kind of profit ("operating", "net"), empty for any
    base: tuple[str, ...] | None  # what it divides when its words name it ("operating income")


def margins(b) -> None:
    # A margin compared with an earlier one ("decreased to M from M0") is still its profit
    # over its revenue: only an earlier margin, or a figure read as a change, is left out.
    # ev.choose keeps a figure from being a share twice.
    used = _not_levels(b)
    numbers = sorted(b.by_sentence)
    candidates = []
    # Each figure's metric is read once: every margin within the window reads it again.
    metrics: dict[str, tuple[str, frozenset[str], tuple[str, ...]] | None] = {}
    for position, number in enumerate(numbers):
        for margin in b.by_sentence[number]:
            if margin.kind != "percent" or margin.id in used or margin.id in b.starts:
                continue
            read = _read_margin(b, margin)
            if read is None:
                continue
            near = numbers[max(0, position - _WINDOW) : position + _WINDOW + 1]
            found = _link(b, margin, read, near, metrics)
            if found is not None:
                candidates.append(found)
    ev.choose(b, candidates)


# Roles that make a figure not the level of this period: the start of a change, a rate or a
# change itself, a gap. A margin that is the end of a points change is still a level.
_NOT_LEVEL = frozenset({"start", "rate", "change", "gap", "multiple", "higher", "lower"})


def _not_levels(b) -> set[str]:
    out: set[str] = set()
    for relation in b.relations:
        for role, value in relation["roles"].items():
            if role in _NOT_LEVEL:
                out.update(
                    v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)
                )
    return out


def _read_margin(b, margin: Draft) -> _Margin | None:
    start = figure_start(margin)
    clause = ev.clause_before(b.text, max(margin.sentence.start, start - 90), start)
    match = _MARGIN.search(clause) if "margin" in clause.lower() else None
    if match is None or _CHANGE_LINK.search(match["link"]):
        return None
    words = [w.lower() for w in _TOKEN.findall(match["phrase"])]
    profit_at = next((i for i, w in enumerate(words) if w in lx.PROFIT_WORDS), len(words))
    base_at = next(
        (i for i, w in enumerate(words[:profit_at]) if w in lx.REVENUE_WORDS or w == "income"),
        None,
    )
    base = None
    if base_at is not None:
        before = [w for w in words[:base_at] if w in lx.PROFIT_KINDS]
        base = (*before, words[base_at])
        words = words[base_at + 1 :]
    kinds = frozenset(w for w in words if w in lx.PROFIT_KINDS)
    if not kinds and not any(w in lx.PROFIT_WORDS for w in words):
        return None  # "a margin of 5 points", "the winning margin": no profit named
    return _Margin(kinds, base)


def _metric(b, draft: Draft) -> tuple[str, frozenset[str], tuple[str, ...]] | None:
    """What the words up to an amount name: ("profit" | "revenue" | "income", the kind words
    before that word, the phrase as written), or None. A figure listed after another with
    nothing but a period between ("A in 2022 and B in 2023") names what the first names."""
    clause = _clause(b, draft)
    if CHANGE_AMOUNT.search(clause) or ev.intensive(clause):
        return None
    return _named(b, draft, clause)


def _named(b, draft: Draft, clause: str) -> tuple[str, frozenset[str], tuple[str, ...]] | None:
    previous = _previous(b, draft)
    if previous is not None and not ev.words(clause):
        return _named(b, previous, _clause(b, previous))  # "rose by A to B": B is what A is
    words = [w.lower() for w in _TOKEN.findall(clause)]
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in lx.PROFIT_WORDS or word in lx.REVENUE_WORDS or word == "income":
            # "EBITDA" names its kind of profit itself: its own word is its kind.
            kinds = frozenset(w for w in words[max(0, i - 3) : i + 1] if w in lx.PROFIT_KINDS)
            if word in lx.PROFIT_WORDS and words[i + 1 : i + 4] in _FOR_THE_PERIOD:
                kinds |= {"net"}  # "Profit for the quarter": what is left after all costs
            name = "profit" if word in lx.PROFIT_WORDS else "revenue"
            if word == "income":
                name = "income"
            return name, kinds, (*[w for w in words[max(0, i - 3) : i] if w in kinds], word)
    return None


def _previous(b, draft: Draft) -> Draft | None:
    before = [
        d
        for d in b.all_by_sentence.get(draft.sentence.number, [])
        if d.found.end <= draft.found.start
    ]
    return before[-1] if before else None


def _clause(b, draft: Draft) -> str:
    """The clause leading up to an amount, from the figure before it at most."""
    return ev.clause_before(b.text, lead_start(b, draft), figure_start(draft))


def figure_start(draft: Draft) -> int:
    """Where a figure's words start: its qualifier ("about", "more than") or its number."""
    start = draft.found.qualifier_start
    return draft.found.start if start is None else start


def lead_start(b, draft: Draft) -> int:
    """Where the words leading up to a figure start: the end of the figure before it in its
    sentence, else the sentence's start."""
    start = draft.sentence.start
    for other in b.all_by_sentence.get(draft.sentence.number, []):
        if other.found.end <= draft.found.start:
            start = max(start, other.found.end)
    return start


def _sides(b, margin: _Margin, near: list[int], metrics: dict) -> tuple[list[Draft], list[Draft]]:
    profits, revenues = [], []
    for number in near:
        for d in b.by_sentence[number]:
            if (
                d.kind != "money"
                or d.id in b.converted
                or d.id in b.starts
                or d.found.per is not None
                or d.found.value is None
            ):
                continue
            if d.id not in metrics:
                metrics[d.id] = _metric(b, d)
            read = metrics[d.id]
            if read is None:
                continue
            name, kinds, phrase = read
            if phrase == margin.base or (margin.base is None and name == "revenue"):
                revenues.append(d)
            elif (
                name == "profit" or (name == "income" and kinds & {"net", "operating"})
            ) and margin.kinds <= kinds:
                profits.append(d)
    return profits, revenues


def _link(
    b, margin_draft: Draft, margin: _Margin, near: list[int], metrics: dict
) -> ev.Candidate | None:
    profits, revenues = _sides(b, margin, near, metrics)
    period = _period(margin_draft, profits, revenues)
    if period == "":
        return None
    # A figure whose sentence states no period is of the article's period: it stays.
    profits = [d for d in profits if d.period in (period, None)]
    revenues = [d for d in revenues if d.period in (period, None)]
    if not profits or not revenues:
        return None
    profits, revenues, named = _named_ones(b, margin, profits, revenues, metrics)
    guess = False
    if len(profits) > 1 and len(revenues) == 1:
        profits, guess = _whole_only(b, profits, [margin_draft, revenues[0]]), True
    elif len(revenues) > 1 and len(profits) == 1:
        revenues, guess = _whole_only(b, revenues, [margin_draft, profits[0]]), True
    if len(profits) != 1 or len(revenues) != 1:
        return None
    profit, revenue = profits[0], revenues[0]
    cues = [
        "the margin's words name profit over revenue",
        "one profit figure of the period",
        "one revenue figure of the period",
        "no other period",
    ]
    if profit.sentence.number == revenue.sentence.number == margin_draft.sentence.number:
        cues.append("all three in one sentence")
    cues.extend(named)
    if guess:
        cues.append("figures of a subgroup set aside")
    return ev.Candidate(
        "share",
        {"part": profit.id, "whole": revenue.id, "share": margin_draft.id},
        score=len(cues),
        cues=cues,
        what="a margin: the profit over the revenue",
        guess=guess,
        shared_whole=True,
    )


def _named_ones(
    b, margin: _Margin, profits: list[Draft], revenues: list[Draft], metrics: dict
) -> tuple[list[Draft], list[Draft], list[str]]:
    """Where several figures fit, the words may still name one: the profit of exactly the
    margin's kinds (an "operating margin" is not the "non-GAAP operating profit" beside the
    operating profit), the revenue called the total ("Total revenues", not "Revenues from
    advertising"). Returns the figures kept and the cues that kept them."""
    cues = []
    if len(profits) > 1:
        exact = [d for d in profits if metrics[d.id][1] == margin.kinds]
        if len(exact) == 1:
            profits = exact
            cues.append("the one profit of exactly the margin's kind")
    if len(revenues) > 1:
        total = [
            d
            for d in revenues
            if lx.WHOLE_WORDS & {w.lower() for w in _TOKEN.findall(_clause(b, d))}
        ]
        if len(total) == 1:
            revenues = total
            cues.append("the one revenue called the total")
    return profits, revenues, cues


def _period(margin: Draft, profits: list[Draft], revenues: list[Draft]) -> str | None:
    """The margin's period, else the one period both sides state ("" when there are two)."""
    if margin.period is not None:
        return margin.period
    of_profits = {d.period for d in profits} - {None}
    of_revenues = {d.period for d in revenues} - {None}
    shared = of_profits & of_revenues or of_profits | of_revenues
    if len(shared) > 1:
        return ""
    return next(iter(shared), None)


def _whole_only(b, drafts: list[Draft], others: list[Draft]) -> list[Draft]:
    """The figures not of a subgroup: no "among them" in their clause, and no name that the
    sentences of the other figures of the link do not give."""
    known: set[str] = set()
    for other in others:
        known |= ev.names(b.text[other.sentence.start : other.sentence.end])
    return [
        d
        for d in drafts
        if not _SUBGROUP.search(b.text[d.sentence.start : d.found.start])
        and ev.names(_clause(b, d)) <= known
    ]
