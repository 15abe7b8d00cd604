"""Totals and their parts in different sentences: anaphoric breakdowns and named pairs.

    "Capacity reached T. Of that capacity, A came from hydro, B from wind and C from solar."
                                  partial_sum: A + B + C at most T (the parts named may not be
                                  all); the total is a figure of the sentence just before
    "Imports and exports rose to T in the quarter. ... Exports totalled A. ... Imports came
     to B."                       sum: T = A + B, the parts named by the total's own words,
                                  each in a later sentence of no other period
    "In Q1 imports were A. ... In Q2 ... imports B. ... (Q3, Q4) ... Over the whole year,
     imports were T."             sum: T = A + B + C + D, one part for each quarter (or
                                  half) of the total's period, named by the total's words
    "Revenue rose to T. The central government's revenue was A; local governments' was B."
    "Of the total, the central government collected A. Local governments collected the
     other B."                    sum: T = A + B, a thing and the rest of it (complementary
                                  qualifiers, "non-", "other"), of the total's period
    "Grouped by industries, the sales of X reached A; that of Y reached B; that of other
     industries reached C."       sum: T = A + B + C, a list ending in all the others; the
                                  total may also have another breakdown

Candidates are scored from the text alone (relations_evidence) and chosen as one set.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from audit import vocabulary as vocab
from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract.folded import folded
from audit.lazy_regex import compile_later

WINDOW = 10  # sentences after a total where its parts may be
REST_REACH = 5  # sentences before a part where the rest of its thing may be named
# "Of this,", "Of that capacity,", "Of these, ...", "Among them,", "Within this total,",
# "Out of the amount,", "Broken down,".
_ANAPHOR = compile_later(
    r"\W*(?:(?:of|out\s+of|among|within)\s+(?:this|that|these|those|them|which|the\s+total|"
    r"the\s+(?:figure|amount|sum))\b(?:\s+[\w\-]+){0,2}?"
    # "Broken down, A went to ... and B to ...": the breakdown of the total just stated
    r"|broken\s+down(?:\s+by\s+[\w\-]+)?|in\s+(?:a|its)\s+breakdown)\s*,",
    re.I,
)


# "the remaining B", "the rest, B,", "the balance of B": the part all the others leave.
_THE_REST_BEFORE = compile_later(
    r"\b(?:the\s+)?(?:rest|remaining|remainder|balance)(?:\s+of\s+(?:it|this|that))?\s*,?\s+(?:of\s+)?$",
    re.I,
)


def _amounts(b, drafts: list) -> list:
    """The amounts of a sentence's figures that can be parts or totals, read once per sentence
    for each run of the breakdowns (which ask for them again and again)."""
    if not drafts or b.by_sentence.get(drafts[0].sentence.number) is not drafts:
        return _amounts_of(b, drafts)  # not a sentence's own list: nothing to keep
    number = drafts[0].sentence.number
    cache = b.part_amounts
    if number not in cache:
        cache[number] = _amounts_of(b, drafts)
    return cache[number]


def _amounts_of(b, drafts: list) -> list:
    return [
        d
        for d in drafts
        if d.kind in ("money", "measure", "number")
        and d.id not in b.converted
        and d.id not in b.starts
        and d.found.per is None
        and d.found.value is not None
        and (d.kind != "number" or not b.bare_change(d))  # a rate, its unit left out
        and not (_CHANGED_BY.search(b.before(d, 30)) and _TO_LEVEL.match(b.after(d, 20)))
    ]


# "increased 15,200 to 6,503,900": the change, not a part; the level after "to" is.
_CHANGED_BY = compile_later(
    rf"\b(?:{'|'.join((*lx.PART_RISE_VERBS, *lx.PART_FALL_VERBS))})(?:\s+by)?\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)
_TO_LEVEL = compile_later(r"\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[\d$€£¥₹]", re.I)


# "a decrease in the services surplus of C", "an increase of C": a change named as such.
_CHANGE_NOUN_OF = compile_later(
    r"\b(?:increase|decrease|rise|fall|drop|decline|gain|jump|reduction)\b[^,;.\d]{0,40}\bof\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)


def _a_change(b, draft) -> bool:
    """ "was down by 112,600", "rose 40,200": the amount of a change, not a level."""
    return _CHANGED_BY.search(b.before(draft, 30)) is not None and not _TO_LEVEL.match(
        b.after(draft, 20)
    )


# The quarters or halves of a year, as a sentence names them.
_QUARTER = compile_later(
    r"(?=[qfst])\b(?:Q([1-4])|(first|second|third|fourth)[\s\-]+quarter)\b",
    re.I,
)
_HALF = compile_later(r"(?=[hfs])\b(?:H([12])|(first|second)[\s\-]+half)\b", re.I)
_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
# The total of a whole period: "over the whole period", "for the full year", "in all".
_WHOLE = compile_later(
    r"(?=[wfeyiat])\b(?:(?:whole|full|entire)\s+(?:period|year)|year\s+as\s+a\s+whole|in\s+all|"
    r"altogether|all\s+(?:four\s+quarters|year)|(?:the\s+)?(?:four|two)\s+quarters)\b",
    re.I,
)
_WHOLE_WORDS = ("whole", "full", "entire", "all", "altogether", "quarters")
_YEAR = compile_later(r"(?:1(?<=\b1)9|2(?<=\b2)0)\d\d\b")  # "1" or "2" first: re skips the rest
_RESPECTIVELY = compile_later(r"\brespectively\b", re.I)
# "non-tax revenue" after "tax revenue"; "Other industries" after "the digital industry".
_COMPLEMENT = compile_later(
    r"\bnon-([a-z]+(?:\s+and\s+[a-z]+)?)|^\W*(?:all\s+)?other\s+([a-z]+)", re.I
)


def _as_word(written: str) -> str:
    return next(iter(ev.words(written.split()[0])))


# Each qualifier of a complementary pair, as relations_evidence.words writes it ("overseas"
# is "oversea"), with the words that make up the rest of the thing with it; and for each
# (qualifier, partner) the nouns a two-word qualifier carries, which each side must say
# ("central government" and "local governments", not "the central bank" and "local banks")
# and which split the thing rather than name it.
_COMPLEMENTS: dict[str, frozenset[str]] = {}
_PAIR_NOUNS: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {}
for _pair in lx.COMPLEMENT_PAIRS:
    for _one, _two in (_pair, _pair[::-1]):
        _key, _partner = _as_word(_one), _as_word(_two)
        _COMPLEMENTS[_key] = _COMPLEMENTS.get(_key, frozenset()) | {_partner}
        _PAIR_NOUNS[(_key, _partner)] = (
            ev.words(" ".join(_one.split()[1:])),
            ev.words(" ".join(_two.split()[1:])),
        )


def breakdowns(b) -> None:
    # Read once for this run (starts, conversions and sums stay as they are during it).
    b.part_amounts, b.linked_parts = {}, None
    candidates = [
        *_anaphoric(b),
        *_named_pairs(b),
        *_sub_periods(b),
        *_complements(b),
        *_respective_pairs(b),
        *_list_and_the_rest(b),
        *_lifted_totals(b),
        *_sector_lists(b),
        *_totals_opening(b),
        *_output_by_sector(b),
    ]
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
        # The anaphor points at the sentence just before ("Of this", "Among them"); an
        # average there ("or an average of 1,678 flights per day") is no total.
        totals = [
            d
            for d in _amounts(b, b.by_sentence.get(number - 1, []))
            if news.same(d, parts[0])
            and not ev.intensive(ev.clause_before(b.text, d.sentence.start, d.found.start))
        ]
        named = _named_total_words(b, sentence)
        reached = None
        if named:
            # "Of the total gross collection,": the total is a figure of what it names, not a
            # threshold just before ("the third month above Rs 1.4 trillion").
            totals = [d for d in totals if _a_level_naming(b, d, named)]
            parts = [d for d in parts if not _in_brackets(b, d)]  # "(including A)": a sub-part
            if not totals and len(parts) >= 2:
                reached = _named_total_above(b, number, parts[0], named)
                totals = [reached] if reached is not None else []
        if not totals:
            continue
        total = totals[0]  # the figure the sentence is about comes first
        cues = ["an anaphor opens the breakdown", "the total is in the sentence before"]
        if len(totals) == 1:
            cues.append("the only figure of its kind there")
        guess, what = False, "parts of the total stated just before"
        if reached is not None:
            guess, what = True, "parts of the total the anaphor names, stated further up"
            cues = ["'Of the total <noun>' opens the breakdown", "the nearest level it names"]
        if _THE_TOTAL.match(b.text, sentence.start, sentence.end):
            # "Of the total," names the total, which need not be the figure just before.
            meant = _the_total_meant(b, totals, parts)
            if meant is None:
                continue  # the text does not say which total
            if meant[0] is not total:
                total, guess = meant[0], True
                cues = ["'Of the total' opens the breakdown", meant[1]]
                what = "parts of the total 'Of the total' names, above the sentence before"
        head = b.text[total.sentence.start : total.found.start]
        if ev.intensive(head + " " + total.metric):
            continue  # an average or a rate has no parts that add up to it
        kind = "partial_sum"
        if _a_thing_and_the_rest(b, parts):
            # "Of this total, sales in cities were A, and that at county level and below B":
            # the two parts leave nothing over.
            kind, what = "sum", f"a thing and the rest of it: {what}"
            cues.append("the parts are a complementary pair")
        elif _THE_REST_BEFORE.search(b.before(parts[-1], 40)):
            # "Of this, A went on wages, while the remaining B ...": the last part is all
            # the others leave.
            kind, what = "sum", f"the last part is the rest: {what}"
            cues.append("the last part is named the rest of the total")
        out.append(
            ev.Candidate(
                kind,
                {"total": total.id, "parts": [p.id for p in parts]},
                score=len(cues) + 1,
                cues=cues,
                what=what,
                guess=guess,
            )
        )
    return out


# "Of the total gross collection of T, ...": the sentence opens on its total, named, then
# breaks it down after the comma.
_OF_THE_TOTAL_OF = compile_later(
    r"\W*(?:of|out\s+of)\s+(?:the|a|its|their)\s+total\b(?:\s+[\w\-]+){0,4}?\s+of\s+$", re.I
)
_OPENS_OF_THE_TOTAL = compile_later(r"\W*(?:of|out\s+of)\s+(?:the|a|its|their)\s+total\b", re.I)
# Between the total and its comma: what it counts or when ("T collected in May").
_TO_THE_COMMA = compile_later(r"(?:\s+[\w\-]+){0,4}?\s*,", re.I)


def _totals_opening(b) -> list[ev.Candidate]:
    """ "Of the total gross collection of T, direct taxes brought in A and indirect taxes B":
    the parts after the comma break down the total the sentence opens with. A split in two
    that leaves nothing over (direct and indirect, exports and imports) is the whole total;
    any other list of parts may leave some out, so it is at most the total."""
    out = []
    for drafts in b.by_sentence.values():
        sentence = drafts[0].sentence
        if not _OPENS_OF_THE_TOTAL.match(b.text, sentence.start, sentence.end):
            continue  # most sentences: one cheap test
        amounts = _amounts(b, drafts)
        if len(amounts) < 3:
            continue
        total = amounts[0]
        if not _OF_THE_TOTAL_OF.fullmatch(b.text, sentence.start, total.found.start):
            continue
        comma = _TO_THE_COMMA.match(b.text, total.found.end, sentence.end)
        parts = [d for d in amounts[1:] if news.same(d, total)]
        if comma is None or len(parts) < 2 or parts[0].found.start < comma.end():
            continue
        head = b.text[sentence.start : total.found.start]
        if len(parts) != len(amounts) - 1 or ev.intensive(head):
            continue  # a figure of another kind among them, or an average: not a breakdown
        kind, what = "partial_sum", "some parts of the total the sentence opens with"
        cues = ["'Of the total ... of T,' opens the sentence", "the parts follow its comma"]
        if names_the_whole(b, parts):
            kind, what = "sum", "the parts of the total the sentence opens with, all of it"
            cues.append("the parts name themselves complete")
        out.append(
            ev.Candidate(
                kind,
                {"total": total.id, "parts": [p.id for p in parts]},
                score=len(cues) + 2,
                cues=cues,
                what=what,
            )
        )
    return out


# "Of the total gross collection,": the anaphor names what the total counts.
_NAMED_TOTAL = compile_later(
    r"\W*(?:of|among|within)\s+the\s+total\s+([\w\-]+(?:\s+[\w\-]+)?)\s*,", re.I
)
# One-sided bounds: a threshold passed or missed, no level a breakdown adds up to.
_BOUNDS = frozenset({"more_than", "just_over", "at_least", "less_than", "at_most", "nearly"})


def _named_total_words(b, sentence) -> frozenset[str]:
    """What "Of the total gross collection," says the total counts ("collection"); empty for
    "Of the total," and for an anaphor of another form."""
    match = _NAMED_TOTAL.match(b.text, sentence.start, sentence.end)
    if match is None:
        return frozenset()
    return ev.naming_words(match.group(1)) - _GENERIC - lx.TOTAL_ADJECTIVES


def _a_level_naming(b, draft, named: frozenset[str]) -> bool:
    """A level, not a bound nor an average, whose claim or clause names one of `named`."""
    if vocab.QUALIFIERS.get((draft.found.qualifier or "").lower()) in _BOUNDS:
        return False
    clause = _from_figure(b, draft)
    if ev.intensive(clause + " " + draft.metric):
        return False
    return bool((_metric_words(draft) | ev.naming_words(clause)) & named)


def _named_total_above(b, number: int, like, named: frozenset[str]):
    """The one level of `like`'s kind naming what "Of the total <noun>," names, in the nearest
    sentence above (within the window) that holds any; None when that sentence holds two."""
    numbers = [n for n in sorted(b.by_sentence) if n < number - 1][-WINDOW:]
    for earlier in reversed(numbers):
        levels = [d for d in _levels_of_kind(b, like, earlier) if _a_level_naming(b, d, named)]
        if levels:
            return levels[0] if len(levels) == 1 else None
    return None


def _in_brackets(b, draft) -> bool:
    """The figure stands inside brackets its sentence opened before it ("IGST A (including
    B collected on imports)"): a part of the figure before it, or a restatement."""
    head = b.text[draft.sentence.start : draft.found.start]
    return head.count("(") > head.count(")")


# "Of the total," and "Among the total,": the anaphor names a total, not "this" figure.
_THE_TOTAL = compile_later(r"\W*(?:of|among|within)\s+the\s+total\s*,", re.I)
# A sentence that is itself a part of the one before it: "Fees made up 60 million of it."
_PART_OF_BEFORE = compile_later(r"\bof\s+(?:it|this|that|them|the\s+total)\s*(?:[,.;]|$)", re.I)


def _the_total_meant(b, totals: list, parts: list):
    """The total "Of the total, A ..., B ..." breaks down. The sentence just before may hold
    a narrower figure of the same thing after the headline ("Revenue rose to T. Tax revenue
    rose to R. Of the total, the provinces collected A ..."): then the parts are of the
    headline, unless they name what makes the nearer figure narrower ("provincial tax
    revenue"). Several figures of the kind just before, or two headlines: None (which?)."""
    if len(totals) != 1:
        return None
    nearest = totals[0]
    above = _total_above(b, nearest)
    if above is None:
        return nearest, ""
    said = frozenset().union(*(_metric_words(p) for p in parts))
    if (_metric_words(nearest) - _metric_words(above[0])) & said:
        return nearest, ""  # the parts name the nearer figure's own thing
    return above


def _total_above(b, nearest) -> tuple[Any, str] | None:
    """The headline a figure is a part or a narrower kind of, in the sentences above it: the
    one level of its kind in the sentence before it when its own sentence says it is a part of
    that ("Fees made up 60 million of it"); else the one level of its kind in the nearest
    sentence above that names a word the figure's clause names ("tax revenue" under "fiscal
    revenue"). None when there is no such headline or more than one in that sentence."""
    sentence = nearest.sentence
    body = b.text[nearest.found.end : sentence.end]
    if _ANAPHOR.match(b.text, sentence.start, sentence.end) or _PART_OF_BEFORE.search(body):
        levels = _levels_of_kind(b, nearest, sentence.number - 1)
        cue = "the figure just before is a part of it"
        return (levels[0], cue) if len(levels) == 1 else None
    named = _metric_words(nearest)
    numbers = [n for n in sorted(b.by_sentence) if n < sentence.number][-WINDOW:]
    for number in reversed(numbers):
        levels = [d for d in _levels_of_kind(b, nearest, number) if _metric_words(d) & named]
        if levels:
            cue = "the headline of what the figure just before names"
            return (levels[0], cue) if len(levels) == 1 else None
    return None


def _metric_words(draft) -> frozenset[str]:
    # The figure's metric as the claim names it ("tax revenues"), not its clause's frame.
    return ev.naming_words(draft.metric) - _GENERIC


def _levels_of_kind(b, like, number: int) -> list:
    """The amounts of sentence `number` of `like`'s kind that are no change of another."""
    changes = {claim_of(r["roles"]["change"]) for r in b.relations if "change" in r["roles"]}
    return [
        d
        for d in _amounts(b, b.by_sentence.get(number, []))
        if news.same(d, like) and d.id not in changes
    ]


# The last member of a list that is all the others: "other crops", "the rest", "remaining".
_THE_OTHERS = compile_later(r"\b(?:other|others|the\s+rest|remaining|remainder)\b", re.I)


def names_the_whole(b, parts: list) -> bool:
    """The parts say they are all of their total: a thing and the rest of it ("tax" and
    "non-tax", the central and local governments), exports and imports, or a list whose last
    member is all the others. A list of products or sectors ("rice is A; wheat is B") may
    leave some out, so it is at most its total."""
    if len(parts) >= 2 and _THE_OTHERS.search(_from_figure(b, parts[-1])):
        return True
    if _a_complete_breakdown(b, parts):
        return True
    if len(parts) != 2:
        return False
    if _a_thing_and_the_rest(b, parts):
        return True
    one, two = (ev.words(_from_figure(b, p)) for p in parts)
    return any(
        word in one and other in two and other not in one and word not in two
        for word, other in (("export", "import"), ("import", "export"))
    )


def _a_complete_breakdown(b, parts: list, breakdowns=lx.COMPLETE_BREAKDOWNS) -> bool:
    """Each part's clause names one member of a breakdown known to be whole (mining,
    manufacturing, utilities), and together they name every member once."""
    said = [ev.words(_from_figure(b, p)) for p in parts]
    for members in breakdowns:
        if len(parts) != len(members):
            continue
        named = [words & members for words in said]
        if all(len(n) == 1 for n in named) and frozenset().union(*named) == members:
            return True
    return False


def _a_thing_and_the_rest(b, parts: list) -> bool:
    """Two parts named as a thing and the rest of it, before each figure ("urban sales were
    A, rural sales B") or after it ("A were international flights and B domestic flights")."""
    if len(parts) != 2:
        return False
    named = ev.naming_words(_from_figure(b, parts[0]))
    if _complemented(_from_figure(b, parts[1]), named) is not None:
        return True
    after = _said_after(b, parts[0]), _said_after(b, parts[1])
    if _REST_NAMED_AFTER.search(b.text, parts[1].found.end, parts[1].sentence.end):
        return False  # "..., with cargo flights making up the rest": a third part
    return all(after) and _complemented(after[1], ev.naming_words(after[0])) is not None


_REST_NAMED_AFTER = compile_later(r"\b(?:the\s+)?(?:rest|remainder|remaining|others)\b", re.I)


# "301,200 were international flights", "311,200 domestic flights": the thing named after a
# figure, up to the next bracket, comma or figure.
_SAID_AFTER = compile_later(r"\s+(?:(?:were|was|are|is)\s+)?((?:[a-z][\w'’-]*\s*){1,3})", re.I)


def _said_after(b, draft) -> str:
    match = _SAID_AFTER.match(b.text, draft.found.end, draft.sentence.end)
    return match.group(1) if match else ""


# "Trade exceeded 10 trillion yuan", "foreign trade rose to T": exports and imports together;
# not a balance ("the trade surplus") nor trade of one side ("trade with Japan" stays trade).
# A period phrase may come first: "From January to March, the country's foreign trade ...",
# "So far this year Norland's trade ...".
_TRADE_TOTAL = compile_later(
    # "The ministry said (that) the country's trade ...": the attribution before the subject
    r"^\W*(?:[^,;]{1,80}?\b(?:said|says|reported|reports|showed|shows)\s+(?:that\s+)?)?"
    r"(?:(?:from|in|during|for|over|between)\s[^,]{1,40},\s*"
    r"|(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|year[\s-]to[\s-]date)\s*,?\s*)?(?:(?:the|its|their|[\w-]+['’]s?|foreign|total|overall|external|goods|merchandise"
    rf"|two-way|international|{'|'.join(lx.MONTHS)}|{'|'.join(sorted(lx.TRADE_QUALIFIERS))}"
    r"|(?:19|20)\d\d)\s+)*trade\b"
    r"(?!\s+(?:surplus|deficit|balance|gap|war|talks|deal|body|minister|ministry"
    r"|agreement|unions?|fair|show|group|office|data|policy|tensions?|barriers?))"
    r"(?!.*\b(?:surplus|deficit|balance|gap)\b)",
    re.I,
)


def _trade_pair(clause: str) -> tuple[str, str] | None:
    """Exports and imports, for a clause naming all of a trade ("Trade with Norland" names one
    partner's, which the flows after it need not be)."""
    if _TRADE_TOTAL.search(clause) and not ev.names(clause):
        return ("export", "import")
    return None


# "Trade between Lumen and Corvia", "trade with Norland": the names after these are the
# trade's partners, which each flow of that trade names too ("exports to Corvia").
_PARTNERS = compile_later(r"\b(?:between|with)\s+(.{1,60})", re.I)
# A total the words say is the sum, which may come after its flows: "The total farm trade
# volume stood at T".
_SAYS_TOTAL = compile_later(r"\b(?:total|combined|overall|two-way|aggregate)\b", re.I)


def _trade_total(clause: str) -> tuple[tuple[str, str], frozenset[str]] | None:
    """Exports and imports, and the partners every flow must name, for a clause naming all of
    a trade, that of one partner or between two ("Trade between Lumen and Corvia"); a clause
    naming a place another way ("Farm trade of Ostrava Bay") names the trader, whose flows
    need not repeat it."""
    if not _TRADE_TOTAL.search(clause):
        return None
    partner = _PARTNERS.search(clause)
    partners = ev.names("x " + partner.group(1)) if partner else frozenset()
    if partner and not partners:
        return None  # "trade with its neighbours": which flows are theirs, the words do not say
    return ("export", "import"), partners


def _named_pairs(b) -> list[ev.Candidate]:
    """ "Imports and exports rose to T" (or "Trade rose to T") and, later, "Exports totalled
    A", "Imports fell to B": T = A + B. Each part is the first later figure of the same kind
    whose clause names its word and not the other's, with no period or name the total's
    sentence lacks."""
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
            clause = ev.clause_before(b.text, sentence.start, total.found.start)
            pair = ev.pair(clause)
            trade = None if pair else _trade_total(clause)
            partners = trade[1] if trade else frozenset()
            pair = pair or (trade[0] if trade else None)
            if pair is None or ev.intensive(head + " " + total.metric):
                continue  # per-head figures and averages of two groups do not add up
            if _a_change(b, total) or _CHANGE_NOUN_OF.search(b.before(total, 40)):
                continue  # "the goods and services deficit increased C": a change, no level
            total_text = b.text[sentence.start : sentence.end]
            later = numbers[position + 1 : position + 1 + WINDOW]
            found = _parts(b, total, pair, later, total_text, partners)
            what = "the parts the total names, stated in later sentences"
            if found is None and _SAYS_TOTAL.search(clause) and position > 0:
                found = _parts_before(b, total, pair, numbers[position - 1], partners)
                what = "the parts the total names, stated in the sentence before"
            if found is None:
                continue
            parts, cues = found
            out.append(
                ev.Candidate(
                    "sum",
                    {"total": total.id, "parts": [p.id for p in parts]},
                    score=len(cues),
                    cues=cues,
                    what=what,
                    # The flows of a trade may also be the sides of its balance.
                    shared_parts=True,
                )
            )
    return out


def _parts_before(b, total, pair: tuple[str, str], number: int, partners: frozenset[str]):
    """The flows of a total that says it is one ("The total trade stood at T"), both in the
    sentence with figures just before (news often gives each its own paragraph): the total
    goes on from them, and a total naming no period of its own is of theirs."""
    drafts = b.by_sentence[number]
    sentence, own = drafts[0].sentence, total.sentence
    before_text = b.text[sentence.start : sentence.end]
    total_text = b.text[own.start : own.end]
    if not ev.periods(total_text) - ev.BASE_KEYS:
        total_text = before_text + " " + total_text  # it goes on from the flows' period
    # A total naming its own period takes only flows of that period ("In April, the total
    # stood at T" after May's flows takes none).
    found = _parts(b, total, pair, [number], total_text, partners, both_in_one=True)
    if found is None:
        return None
    parts, cues = found
    return parts, [*cues[:3], "the total says it is one, right after its flows"]


def _parts(
    b,
    total,
    pair: tuple[str, str],
    later: list[int],
    total_text: str,
    partners: frozenset[str] = frozenset(),
    both_in_one: bool = False,
):
    periods = ev.periods(total_text)
    names = ev.names(total_text) | set(total_text.split()[:1])
    goods = ev.words(ev.clause_before(b.text, total.sentence.start, total.found.start))
    chosen: dict[str, Any] = {}
    for number in later:
        drafts = b.by_sentence[number]
        sentence = drafts[0].sentence
        if _ANAPHOR.match(b.text, sentence.start, sentence.end) and (
            number != total.sentence.number + 1
        ):
            # Its figures break down the sentence before, not this total; right after the
            # total ("T. Among them, exports reached A.") that sentence is the total's.
            continue
        body = b.text[sentence.start : sentence.end]
        # Another period (a quarter of the year, the month before) makes the figures of that
        # period's, unless each has a period read of its own: "May imports rose 12.8% from
        # April to B" names April as the base only.
        other_period = not ev.periods(body) <= periods
        previous_end = sentence.start
        for d in _amounts(b, drafts):
            # "Imports were A and exports B": the words of the figure before name that one.
            start, previous_end = max(previous_end, sentence.start), d.found.end
            if d is total or not news.same(d, total):
                continue
            if (d.period != total.period) if (d.period and total.period) else other_period:
                continue
            clause = ev.clause_before(b.text, start, d.found.start)
            if ev.intensive(clause + " " + d.metric):
                continue
            said = ev.words(clause)
            if (said & lx.TRADE_QUALIFIERS) - goods:
                continue  # "farm exports" are no part of all trade
            for word, other in (pair, pair[::-1]):
                if word in chosen or word not in said or other in said:
                    continue
                if ev.names(clause) - names:
                    continue  # "exports to Japan": a part of the part
                if partners and not ev.names(clause) & partners:
                    continue  # trade with Corvia: its flows are those to and from Corvia
                chosen[word] = d
        if both_in_one and len(chosen) != 2:
            return None
    if len(chosen) != 2:
        return None
    parts = [chosen[pair[0]], chosen[pair[1]]]
    cues = ["the total names both parts", "each part's clause names one", "no other period"]
    if all(p.sentence.number == parts[0].sentence.number for p in parts):
        cues.append("the parts share a sentence")
    return parts, cues


# "... and lifted total foreign trade to T": the flow before it and the other make up T.
_LIFTED_TRADE = compile_later(
    r"\b(?:lifted|lifting|lifts|brought|bringing|brings|pushed|pushing|pushes|took|taking|takes"
    r"|raised|raising|raises)\s+(?:the\s+|its\s+|[\w-]+['’]s?\s+)?(?:total|overall|combined|two-way)\s+"
    r"(?:(?:foreign|external|goods|merchandise)\s+)*trade\s+(?:value\s+)?(?:to|at)\s+$",
    re.I,
)


def _lifted_totals(b) -> list[ev.Candidate]:
    """ "Exports fell to A. Imports rose to B and lifted total foreign trade to T": T = A + B,
    the flow just before T in its sentence and the other flow, the one figure of its kind
    naming it in that sentence or the one before."""
    out = []
    for number, drafts in b.by_sentence.items():
        if "trade" not in _body(b, number).lower():
            continue  # a cheap test first: most sentences name no trade
        amounts = _amounts(b, drafts)
        for position, total in enumerate(amounts):
            if position == 0 or not _LIFTED_TRADE.search(_from_figure(b, total)):
                continue
            near = amounts[position - 1]
            flow = _one_flow(b, near)
            if flow is None or not news.same(near, total):
                continue
            other = {"export": "import", "import": "export"}[flow]
            earlier = [d for d in amounts[: position - 1] if news.same(d, total)]
            if not earlier:
                earlier = [
                    d for d in _amounts(b, b.by_sentence.get(number - 1, [])) if news.same(d, total)
                ]
            named = [d for d in earlier if _one_flow(b, d) == other]
            if len(named) != 1 or not _of_one_period(b, total, near, named[0]):
                continue
            parts = [named[0], near] if flow == "import" else [near, named[0]]
            out.append(
                ev.Candidate(
                    "sum",
                    {"total": total.id, "parts": [p.id for p in parts]},
                    score=2,
                    cues=["a flow lifts the total trade", "the other flow just before"],
                    what="exports and imports, the one lifting total trade to its level",
                    guess=True,
                )
            )
    return out


def _of_one_period(b, total, near, other) -> bool:
    """The flows are of the total's period; a total's sentence naming none goes on from the
    sentence before ("Exports rose to A in 2014. During the year, imports ... lifted total
    trade to T"), whose period is then the total's."""
    if _of_the_totals_period(b, total, near, other):
        return True
    before = other.sentence.number == total.sentence.number - 1
    own = ev.periods(_body(b, total.sentence.number)) - ev.BASE_KEYS
    return before and not own and _of_the_totals_period(b, other, near, total)


def _one_flow(b, draft) -> str | None:
    """ "export" or "import" when the clause up to the figure names the one and not the
    other, nor a partner ("exports to Norland" are part of a part). The clause runs back past
    the figure's rate ("exports gained 2.7 percent to an all-time high of A")."""
    clause = ev.clause_before(b.text, draft.sentence.start, draft.found.start)
    said = ev.words(clause)
    flows = [word for word in ("export", "import") if word in said]
    if len(flows) != 1 or ev.names(clause) or ev.intensive(clause):
        return None
    return flows[0]


# A member of a list that says what it did with the total's thing: "Farms used A", "while
# industry consumed B"; a name ("Norland used") or a period ("In March, farms used") makes
# it something else's.
_MEMBER_VERB = compile_later(
    rf"^\W*(?:(?:and|while|whereas)\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){{1,3}}?"
    rf"({'|'.join(sorted({v for vs in lx.NOUN_VERBS.values() for v in vs}))})\s+$",
    re.I,
)
LIST_SENTENCES = 3  # sentences after a total where a list of its members may run


def _sector_lists(b) -> list[ev.Candidate]:
    """ "Power use rose to T. Farms used A, while industry consumed B. Services used C while
    households used D": each member's clause says it did what the total counts, in the
    sentences right after the total and nothing else of the kind in them. The list does not
    say it is complete, so it is at most the total."""
    out = []
    numbers = sorted(b.by_sentence)
    for position, number in enumerate(numbers):
        levels = _levels_of_kind_all(b, number)
        if len(levels) != 1:
            continue  # a sentence with its own parts, or no total
        total = levels[0]
        verbs = _verbs_of(total)
        if not verbs or ev.intensive(_from_figure(b, total)):
            continue
        parts = _members(b, total, verbs, numbers[position + 1 : position + 1 + LIST_SENTENCES])
        if len(parts) < 2 or not _of_the_totals_period(b, total, *parts):
            continue
        whole = names_the_whole(b, parts)
        out.append(
            ev.Candidate(
                "sum" if whole else "partial_sum",
                {"total": total.id, "parts": [p.id for p in parts]},
                score=2,
                cues=["each member's verb says it did what the total counts", "right after it"],
                what="the members of a list under the total stated just before",
                guess=True,
            )
        )
    return out


# What the three industries of an economy add up to: its output as statistics releases count
# it ("GDP", "gross regional product", "value added"), as the value the primary, secondary
# and tertiary industries add. Farming, industry and services add up only to gross value
# added: GDP also holds the taxes on products.
_OUTPUT = compile_later(
    r"\b(?:gdp|grp|gsdp|gross\s+(?:domestic|regional|state\s+domestic)\s+product)\b", re.I
)
_VALUE_ADDED = compile_later(r"\b(?:gross\s+)?value[\s-]+added\b|\bgva\b", re.I)
_INDUSTRIES = frozenset(["primary", "secondary", "tertiary"])
_SECTORS = (
    frozenset(["agriculture", "industry", "service"]),
    frozenset(["farming", "industry", "service"]),
)
# The sectors' figures are the value they added ("the primary industry added A", "the value
# added of the secondary industry was B"), not what went to them ("investment in", "lending
# to", "tax from") or what they used.
_ADDED = compile_later(
    r"\b(?:added|adding|contributed|contributing|value[\s-]+added|generated)\b", re.I
)
_NOT_ADDED = compile_later(
    r"\b(?:invest\w*|lending|loans?|credit|tax\w*|revenues?|spending|used|consumed|fdi|jobs|"
    r"employ\w*|workers|exports?|imports?|subsid\w*|rest|remaining|remainder|earlier|ago|"
    r"before|previous|prior)\b",
    re.I,
)
SECTOR_SENTENCES = 2  # sentences after an economy's output where its sectors may be
_OWNER = compile_later(r"\b([A-Z][\w-]+)['’]s?\b(?=\s)")


def _owners(text: str) -> set[str]:
    """The names a text gives owners to ("Jiangsu's GDP", "Suzhou's primary industry")."""
    return set(_OWNER.findall(text))


def _output_by_sector(b) -> list[ev.Candidate]:
    """ "GDP reached T. The primary industry added A, the secondary industry B and the
    tertiary C": an economy's output and the value its three industries added, each named
    once, in the sentences right after it, of no other place or time; they leave nothing
    over."""
    out = []
    numbers = sorted(b.by_sentence)
    for position, number in enumerate(numbers):
        levels = _levels_of_kind_all(b, number)
        if not levels:
            continue
        total = levels[0]
        named = _from_figure(b, total)
        gdp, added = _OUTPUT.search(named), _VALUE_ADDED.search(named)
        if not (gdp or added) or ev.intensive(named):
            continue  # not an economy's output, or "output per head", "GDP growth averaged"
        parts = levels[1:]
        said = []
        for later in numbers[position + 1 : position + 1 + SECTOR_SENTENCES]:
            if len(parts) >= 3:
                break
            parts += [d for d in _amounts(b, b.by_sentence[later]) if news.same(d, total)]
            said.append(_body(b, later))
        if len(parts) != 3 or not _of_the_totals_period(b, total, *parts):
            continue
        sets = (_INDUSTRIES, *_SECTORS) if added else (_INDUSTRIES,)
        words = " ".join(said) or _body(b, number)
        if (
            not _a_complete_breakdown(b, parts, sets)
            or not _ADDED.search(words)
            or _NOT_ADDED.search(words)
            or ev.names(words) - ev.names(_body(b, number))  # "In Guangdong, ..."
            or _owners(words) - _owners(_body(b, number))  # "Suzhou's primary industry"
        ):
            continue
        out.append(
            ev.Candidate(
                "sum",
                {"total": total.id, "parts": [p.id for p in parts]},
                score=3,
                cues=["an economy's output", "the value its three industries added, after it"],
                what="an economy's output and the value its three industries added",
            )
        )
    return out


def _levels_of_kind_all(b, number: int) -> list:
    amounts = _amounts(b, b.by_sentence[number])
    return [d for d in amounts if news.same(d, amounts[0])] if amounts else []


def _verbs_of(total) -> frozenset[str]:
    said = ev.words(total.metric)
    return frozenset(v for noun, vs in lx.NOUN_VERBS.items() if noun in said for v in vs)


def _members(b, total, verbs: frozenset[str], later: list[int]) -> list:
    """The figures of the sentences right after the total whose clauses each say they did
    what the total counts; a sentence with another figure of the kind ends the list."""
    parts: list = []
    expected = total.sentence.number + 1
    for number in later:
        if number != expected or _ANAPHOR.match(b.text, *_span(b, number)):
            break  # a sentence between, or one that breaks a figure down
        amounts = [d for d in _amounts(b, b.by_sentence[number]) if news.same(d, total)]
        members = [d for d in amounts if _a_member(b, d, verbs)]
        if not members or len(members) != len(amounts):
            break
        parts.extend(members)
        expected += 1
    return parts


def _span(b, number: int) -> tuple[int, int]:
    sentence = b.by_sentence[number][0].sentence
    return sentence.start, sentence.end


def _a_member(b, draft, verbs: frozenset[str]) -> bool:
    clause = _from_figure(b, draft)
    match = _MEMBER_VERB.match(clause)
    return (
        match is not None
        and match.group(1).lower() in verbs
        and not ev.names(clause)
        and not ev.periods(clause)
    )


def _sub_periods(b) -> list[ev.Candidate]:
    """A whole period's total and one figure of the same name for each of its quarters (or
    halves), stated in the sentences before it: the total is their sum."""
    out = []
    numbers = sorted(b.by_sentence)
    labels = _labels(b, numbers)
    for position, number in enumerate(numbers):
        body = _body(b, number)
        if labels[number] or not _names_a_whole(body):
            continue
        years = set(_YEAR.findall(body))
        earlier = numbers[max(0, position - 2 * WINDOW) : position]
        for total in _amounts(b, b.by_sentence[number]):
            said = _naming(b, total)
            if not said or ev.intensive(said_text(b, total)):
                continue
            found = _quarter_parts(b, total, said, earlier, labels, years)
            if found is None:
                continue
            parts, unit = found
            out.append(
                ev.Candidate(
                    "sum",
                    {"total": total.id, "parts": [p.id for p in parts]},
                    score=3,
                    cues=[
                        "a whole-period total",
                        f"one figure of the same name for each {unit}",
                        "no figure of that name twice in a part's period",
                    ],
                    what="the total of its sub-periods, stated before it",
                    guess=True,
                    across_periods=True,
                )
            )
    return out


def _names_a_whole(body: str) -> bool:
    # Each way of naming a whole period holds one of these words, which a plain test finds
    # before the scan ("in all" and "all year" hold "all").
    lower = folded(body)
    return any(w in lower for w in _WHOLE_WORDS) and _WHOLE.search(body) is not None


def _labels(b, numbers: list[int]) -> dict[int, frozenset[str]]:
    """Each sentence's quarter or half labels ("q1", "h2"); a sentence opened by an anaphor
    ("Of that, ...") has those of the sentence before."""
    out: dict[int, frozenset[str]] = {}
    previous: frozenset[str] = frozenset()
    last_end = 0
    for number in numbers:
        sentence = b.by_sentence[number][0].sentence
        found = _labels_of(b.text[sentence.start : sentence.end])
        if not found and _ANAPHOR.match(b.text, sentence.start, sentence.end):
            # The sentence before may hold no fact ("Q4 trade reached [unreadable]. Of that,
            # ..."): its words are the text since the last sentence with one.
            between = b.text[last_end : sentence.start]
            found = _labels_of(between) if between.strip() else previous
        out[number] = found
        previous, last_end = found, sentence.end
    return out


def _labels_of(text: str) -> frozenset[str]:
    # Most sentences name no quarter or half, which a plain test tells before either scan:
    # "Q1" and "quarter" hold a q; "H2" and "half" an h1, an h2 or a half.
    lower = folded(text)
    quarters = _QUARTER.finditer(text) if "q" in lower else ()
    halves = _HALF.finditer(text) if any(w in lower for w in ("half", "h1", "h2")) else ()
    return frozenset(
        [f"q{m.group(1) or _ORDINAL[folded(m.group(2))]}" for m in quarters]
        + [f"h{m.group(1) or _ORDINAL[folded(m.group(2))]}" for m in halves]
    )


def _quarter_parts(b, total, said, earlier: list[int], labels, years: set[str]):
    chosen: dict[str, Any] = {}
    for number in earlier:
        label = labels[number]
        if len(label) != 1:
            continue
        (name,) = label
        body = _body(b, number)
        if years and set(_YEAR.findall(body)) - years:
            continue  # a quarter of another year
        named = [d for d in _amounts(b, b.by_sentence[number]) if news.same(d, total)]
        hits = [d for d in named if _names_it(b, d, said, named, body)]
        if len(hits) > 1 or (hits and name in chosen):
            return None  # two figures of that name in one sub-period: no reading
        if hits:
            chosen[name] = hits[0]
    for unit, wanted in (("quarter", ("q1", "q2", "q3", "q4")), ("half", ("h1", "h2"))):
        if set(chosen) == set(wanted):
            return [chosen[w] for w in wanted], unit
    return None


def _names_it(b, draft, said: frozenset[str], named: list, body: str) -> bool:
    """The figure's own clause names the total's thing; in "exports and imports of A and B
    respectively" the pair's order gives each figure its name."""
    if _RESPECTIVELY.search(body):
        for index, first in enumerate(named):
            pair = ev.pair(said_text(b, first))
            if pair is None or not said & set(pair):
                continue
            at = index + pair.index(next(iter(said & set(pair))))
            return at < len(named) and named[at] is draft
    # A clause naming two things ("coal and grain reached A") is no one thing's part.
    return bool(_naming(b, draft) & said) and ev.pair(said_text(b, draft)) is None


def _naming(b, draft) -> frozenset[str]:
    """The naming words of the clause up to a figure, from the figure before it at most."""
    return ev.naming_words(said_text(b, draft)) - _GENERIC


def said_text(b, draft) -> str:
    """The clause that leads up to a figure: from the last boundary, comma or figure."""
    clause = _from_figure(b, draft)
    return clause[clause.rfind(",") + 1 :]


def _body(b, number: int) -> str:
    sentence = b.by_sentence[number][0].sentence
    return b.text[sentence.start : sentence.end]


# Words of a clause that name no quantity: verbs of stating and the frame of a figure.
_GENERIC = frozenset(
    [
        "value",
        "stood",
        "came",
        "figure",
        "data",
        "showed",
        "contributed",
        "accounted",
        "amounted",
        "reached",
        "period",
        "whole",
        "quarter",
        "half",
        "year",
        "were",
        "was",
        "while",
        "area",  # "in urban areas", "in rural areas": the split's own noun
    ]
)


def _complements(b) -> list[ev.Candidate]:
    """ "Tax revenue was A, while non-tax revenue was B" (or "... A. Other industries made
    B", "Urban sales were A and rural sales B"): a thing and all the rest of it make up the
    total of their common name stated before, of the total's period."""
    out = []
    numbers = sorted(b.by_sentence)
    for position, number in enumerate(numbers):
        amounts = _amounts(b, b.by_sentence[number])
        previous = _amounts(b, b.by_sentence.get(number - 1, []))
        if (
            previous
            and amounts
            and previous[-1].sentence.paragraph != amounts[0].sentence.paragraph
        ):
            previous = []  # a new paragraph starts another subject
        for rest in amounts:
            clause = _as_jobless(_from_figure(b, rest))
            before = [d for d in amounts if d.found.end <= rest.found.start] or previous[-1:]
            first = before[-1] if before and news.same(before[-1], rest) else None
            named: frozenset[str] = frozenset()
            word = None
            if first is not None:
                named = ev.naming_words(_as_jobless(_from_figure(b, first))) | _named_after(
                    b, first
                )
                word = _complemented(clause, named)
            if word is None:
                # "Non-oil exports reached A. (Non-oil imports ...) Oil exports were B": the
                # rest named first, or the two a sentence or two apart.
                nearby = [n for n in numbers[max(0, position - REST_REACH) : position + 1]]
                found = _rest_named_before(b, rest, [n for n in nearby if number - n <= REST_REACH])
                if found is None:
                    continue  # the rest of something the first part does not name
                first, clause, named, word = found
            word = _with_pieces(
                word
            )  # "full-time": also "full" and "time", as naming words read it
            common = _common_words(named, ev.naming_words(clause), clause) - word - _GENERIC
            earlier = numbers[max(0, position - WINDOW) : position + 1]
            # "Male employment in the capital" after "Total employment": a pair of qualifiers
            # splits what the total names, nothing narrower.
            whole = not _COMPLEMENT.search(clause)
            total = _common_total(b, first, common, earlier, whole)
            cue = "the total names their common word"
            if total is None and not common and whole:
                # "Revenue rose to T. The central government collected A, while local
                # governments saw revenue rise to B": what one part names, the total just
                # before names too.
                said = (named | ev.naming_words(clause)) - word - _GENERIC
                total = _total_just_before(b, first, said)
                cue = "the total just before names what a part names"
            if total is None and not common:
                total = _total_pointed_at(b, first)
                cue = "the first part's sentence points at the total just before"
            if total is None or first is None or not _of_the_totals_period(b, total, first, rest):
                continue
            if _one_half_named(b, total, word):
                continue  # "Multiple urban starts rose to T": one half's own figure, no total
            if (_excluded(b, first) | _excluded(b, rest)) - _excluded(b, total):
                continue  # "non-coffee exports (excluding gold)": the halves of less than T
            if _REST_NAMED_AFTER.search(b.text, rest.found.end, rest.sentence.end):
                continue  # "..., with buses and tractors making up the remainder": a third part
            if len({_a_change(b, d) for d in (total, first, rest)}) > 1:
                continue  # "part-time work rose to A ... full-time work was down by C": a level
                # and a change are never the halves of one total
            if _place_opening(b, rest) - ev.names(_body(b, total.sentence.number)):
                continue  # "In Northshire, ...": the halves of a place the total is not of
            out.append(
                ev.Candidate(
                    "sum",
                    {"total": total.id, "parts": [first.id, rest.id]},
                    score=2,
                    cues=["a part and all the rest of it", cue],
                    what="a thing and the rest of it, of the total stated before",
                    guess=True,
                    # a whole breakdown, as a list ending in "all the others" is: its total
                    # may also be one side of a balance or split another way
                    another_breakdown=True,
                )
            )
    return out


# "Those looking for full-time work", "unemployed persons looking only for part-time work":
# labour force releases split the unemployed by the work they seek.
_LOOKING_FOR_WORK = compile_later(
    r"\b(?:(?:unemployed\s+)?(?:those|people|persons|workers)\s+)?(?:looking|seeking|searching)"
    r"\s+(?:only\s+)?for\s+(full-time|part-time)\s+(?:work|jobs?|employment)\b",
    re.I,
)


# "excluding gold", "excl. fuel", "other than oil": what a figure leaves out of its name.
_EXCLUDING = compile_later(
    r"\b(?:excluding|excl\.?|except(?:\s+for)?|other\s+than|net\s+of)\s+"
    r"(?:the\s+)?((?:[\w\-]+\s+){0,2}[\w\-]+)",
    re.I,
)


def _excluded(b, draft) -> frozenset[str]:
    """The naming words of what the figure's sentence, up to it, says it leaves out."""
    head = b.text[draft.sentence.start : draft.found.start]
    return frozenset(w for m in _EXCLUDING.finditer(head) for w in ev.naming_words(m[1]))


def _as_jobless(clause: str) -> str:
    """The clause with "those looking for full-time work" read as the full-time half of
    unemployment, the name of the whole it splits."""
    lower = clause.lower()
    if "look" not in lower and "seek" not in lower and "search" not in lower:
        return clause
    return _LOOKING_FOR_WORK.sub(r"\1 unemployment", clause)


# "In Northshire, ...", "Among women, ...": a sentence opening on the place or group its
# figures are of.
_PLACE_OPENING = compile_later(r"\W*(?:[Ii]n|[Aa]cross|[Ff]or|[Aa]mong)\s+((?:[A-Z][\w'’-]*\s*)+),")


def _place_opening(b, draft) -> frozenset[str]:
    match = _PLACE_OPENING.match(b.text, draft.sentence.start, draft.found.start)
    return frozenset(match.group(1).split()) if match else frozenset()


def _rest_named_before(b, part, numbers: list[int]):
    """The nearest earlier figure of `part`'s kind, within `numbers`, that with it makes a
    thing and the rest of it, either one named first ("non-oil exports" before "oil
    exports"), with a noun besides the split they both name: (first, the clause naming the
    rest, the other's words, the split words), or None."""
    own_clause = _from_figure(b, part)
    own_split = _splits(own_clause)
    own = None
    for number in reversed(numbers):
        for first in reversed(_amounts(b, b.by_sentence.get(number, []))):
            if first.found.start >= part.found.start or not news.same(first, part):
                continue
            clause = _from_figure(b, first)
            if not own_split and not _splits(clause):
                continue  # neither names a split: the rest of nothing
            if own is None:
                own = ev.naming_words(own_clause) | _named_after(b, part)
            if _flow_sides(clause) != _flow_sides(own_clause):
                continue  # "non-oil imports" are no part of the exports "oil exports" are
            named = ev.naming_words(clause) | _named_after(b, first)
            for rest_clause, other, words in ((own_clause, named, own), (clause, own, named)):
                word = _complemented(rest_clause, other)
                if word is not None and (other & words) - word - _GENERIC:
                    return first, rest_clause, other, word
    return None


@lru_cache(maxsize=4096)
def _splits(clause: str) -> bool:
    """The clause names one side of a split: "non-oil", "other", "urban" or "rural"."""
    return _COMPLEMENT.search(clause) is not None or not ev.words(clause).isdisjoint(_COMPLEMENTS)


def _flow_sides(clause: str) -> frozenset[str]:
    """Money in or out, as the flow words of a clause name it ("exports", "spending")."""
    return frozenset("export" if m["export"] else "import" for m in news.FLOW.finditer(clause))


# "The central and local governments collected A and B, respectively."
# A qualifier may be hyphenated: "land-based and sea-based workers".
_PAIR_BEFORE = compile_later(
    r"\b([a-z][a-z\-]*)\s+and\s+([a-z][a-z\-]*)\s+((?:[a-z]+\s+)*?)([a-z]+)\s+$", re.I
)
# A counted thing may follow each figure: "2.69 trillion crowns and 3.02 trillion crowns".
# A qualifier may stand before the second: "nearly 4.8 trillion yuan and nearly 5.8 trillion".
_QUALIFIER = "|".join(re.escape(q) for q in sorted(lx.QUALIFIER_WORDS, key=len, reverse=True))
AND_BETWEEN = compile_later(rf"\s*(?:[a-z]+\s+)?and\s*(?:(?:{_QUALIFIER})\s+)?", re.I)
# Their rates may come between: "A and B, down 10.0 percent and 5.0 percent, respectively".
_RESPECTIVELY_AFTER = compile_later(
    r"\s*(?:[a-z]+\s*){0,3}?,?\s*(?:(?:up|down|rising|falling|increasing|decreasing|growing)\s+"
    r"(?:by\s+)?[\d.]+\s*(?:%|percent|per\s+cent)?\s+and\s+[\d.]+\s*(?:%|percent|per\s+cent)"
    r"(?:\s+(?:year[\s\-]on[\s\-]year|from\s+a\s+year\s+(?:earlier|ago)))?\s*,?\s*)?"
    r"respectively\b",
    re.I,
)
# "The central government and local governments collected": each qualifier with its noun.
_PAIR_EACH = compile_later(r"\b([a-z]+)\s+([a-z]+)\s+and\s+(?:the\s+)?([a-z]+)\s+([a-z]+)\b", re.I)


def _respective_pairs(b) -> list[ev.Candidate]:
    """ "Revenue reached T. The central and local governments collected A and B,
    respectively": a pair of complementary qualifiers, their figures in order, split the one
    total of the sentence just before that names what they are (or what their verb takes)."""
    out = []
    for drafts in b.by_sentence.values():
        amounts = _amounts(b, drafts)
        if len(amounts) != 2 or not news.same(*amounts):
            continue
        first, second = amounts
        if not (
            AND_BETWEEN.fullmatch(b.text, first.found.end, second.found.start)
            and _RESPECTIVELY_AFTER.match(b.text, second.found.end, second.sentence.end)
        ):
            continue
        clause = ev.clause_before(b.text, first.sentence.start, first.found.start)
        split = _respective_split(clause)
        cue, what = (
            "a pair of complementary qualifiers, respectively",
            "a thing and the rest of it, of the total stated before",
        )
        if split is not None:
            said = (ev.naming_words(clause) | _verb_objects(clause)) - split - _GENERIC
            total = _total_just_before(b, first, said)
        elif ev.pair(clause) in _FLOWS:
            # "Trade reached T. Exports and imports amounted to A and B, respectively."
            total = _trade_total_just_before(b, first)
            cue, what = "exports and imports, respectively", "the two flows of the trade before"
        else:
            continue
        if total is None or not _of_the_totals_period(b, total, first, second):
            continue
        out.append(
            ev.Candidate(
                "sum",
                {"total": total.id, "parts": [first.id, second.id]},
                score=2,
                cues=[cue, "the total just before"],
                what=what,
                guess=True,
            )
        )
    return out


_FLOWS = (("export", "import"), ("import", "export"))


def _trade_total_just_before(b, first):
    """The one level of the first flow's kind in the sentence just before, when it is all of a
    trade ("Norland's foreign trade stood at T"; not "trade with Japan", nor a balance)."""
    totals = _levels_of_kind(b, first, first.sentence.number - 1)
    if len(totals) != 1:
        return None
    clause = ev.clause_before(b.text, totals[0].sentence.start, totals[0].found.start)
    return totals[0] if _trade_pair(clause) and not ev.intensive(clause) else None


def _respective_split(clause: str) -> frozenset[str] | None:
    """The words of a complementary pair the clause names as "X and Y <nouns>" or as "X <noun>
    and Y <noun>"."""
    match = _PAIR_BEFORE.search(clause)
    if match is not None:
        one, two = ev.words(match.group(1)), ev.words(match.group(2))
        split = _split_of(one, two, ev.words(match.group(3) + " " + match.group(4)))
        if split is not None:
            return split
    for each in _PAIR_EACH.finditer(clause):
        one, two = ev.words(each.group(1)), ev.words(each.group(3))
        split = _split_of(one, two, ev.words(each.group(2) + " " + each.group(4)))
        if split is not None:
            return split
    return None


def _split_of(one: frozenset[str], two: frozenset[str], nouns: frozenset[str]):
    """The words of the complementary pair `one` and `two` name with their `nouns`, or None."""
    for said in one:
        for partner in _COMPLEMENTS.get(said, frozenset()) & two:
            own, partners = _PAIR_NOUNS[(said, partner)]
            if (own | partners) <= nouns:
                return frozenset({said, partner}) | own | partners
    return None


def _verb_objects(clause: str) -> frozenset[str]:
    return frozenset(
        noun
        for word in clause.lower().split()
        for noun in ev.words(" ".join(lx.VERB_OBJECTS.get(word, ())))
    )


def _total_just_before(b, first, said: frozenset[str]):
    """The one level of the first part's kind in the sentence just before, when its clause
    names a word of the parts. A sentence between that goes on about the same thing with no
    level of its kind ("Excluding refunds, revenue grew 3.3 percent") is passed over: the
    last level stated is the total."""
    number = first.sentence.number - 1
    totals = _levels_of_kind(b, first, number)
    if not totals and number in b.by_sentence and said & ev.naming_words(_body(b, number)):
        totals = _levels_of_kind(b, first, number - 1)
    if len(totals) != 1:
        return None
    clause = _from_figure(b, totals[0])
    if ev.intensive(clause) or not said & ev.naming_words(clause):
        return None
    return totals[0]


def _common_words(named: frozenset[str], said: frozenset[str], clause: str) -> frozenset[str]:
    """The words both parts name; "those in rural areas" after "sales in urban areas" names
    the first part's thing through "those"."""
    return named if _A_MEMBER.match(clause) else named & said


# "The figure for the central government was A; and for local governments, B": the figure
# of the sentence before, split.
_FIGURE_FOR = compile_later(r"\W*the\s+(?:figure|amount|total|sum)\s+for\b", re.I)


def _total_pointed_at(b, first):
    """The total a part's sentence points at when the parts name nothing but their pair ("Of
    the total, the central government collected A"): the one level of its kind in the
    sentence just before (its change, "down 5 percent or C", is no level)."""
    sentence = first.sentence
    if not (
        _ANAPHOR.match(b.text, sentence.start, sentence.end)
        or _FIGURE_FOR.match(b.text, sentence.start, sentence.end)
    ):
        return None
    changes = {claim_of(r["roles"]["change"]) for r in b.relations if "change" in r["roles"]}
    totals = [
        d
        for d in _amounts(b, b.by_sentence.get(sentence.number - 1, []))
        if news.same(d, first) and d.id not in changes
    ]
    if len(totals) != 1 or ev.intensive(_from_figure(b, totals[0])):
        return None  # "Spending was S and revenue R. The figure for ...": which figure?
    return totals[0]


# The members of a list after its first, each "that of" the first's thing: "the sales of A
# reached X; that of B reached Y; that of other industries reached Z".
_THAT_OF = compile_later(r"\W*(?:and\s+)?(?:that|those)\s+of\s+", re.I)
_THAT_OF_OTHERS = compile_later(
    r"\W*(?:and\s+)?(?:that|those)\s+of\s+(?:all\s+)?other\s+([a-z]+)", re.I
)
# The thing a list's first member names, before the member's own name: "the retail sales" of
# "the retail sales of the catering industry".
_THING_OF = compile_later(r"^(.*?)\s+of\s+")


def _list_and_the_rest(b) -> list[ev.Candidate]:
    """ "Grouped by industries, the retail sales of A reached X; that of B reached Y; that of
    other industries reached Z": the things a list names and all the rest make up the total
    of the list's thing stated before, even when another breakdown of it was read."""
    out = []
    numbers = sorted(b.by_sentence)
    for position, number in enumerate(numbers):
        amounts = _amounts(b, b.by_sentence[number])
        if len(amounts) < 3:
            continue
        rest = amounts[-1]
        others = _THAT_OF_OTHERS.match(_from_figure(b, rest))
        listed = amounts[:-1]
        if others is None or not all(news.same(d, rest) for d in listed):
            continue
        if not all(_THAT_OF.match(_from_figure(b, d)) for d in listed[1:]):
            continue
        named = frozenset().union(*(ev.naming_words(_from_figure(b, d)) for d in listed))
        if not ev.words(others.group(1)) & named:
            continue  # "other regions" after a list of industries: the rest of something else
        first_clause = _from_figure(b, listed[0])
        thing = _THING_OF.match(first_clause[first_clause.rfind(",") + 1 :])
        common = ev.naming_words(thing.group(1)) - _GENERIC if thing else frozenset()
        earlier = numbers[max(0, position - WINDOW) : position]
        total = _common_total(b, listed[0], common, earlier, True, _listed_parts(b, earlier))
        if total is None or not _of_the_totals_period(b, total, *amounts):
            continue
        out.append(
            ev.Candidate(
                "sum",
                {"total": total.id, "parts": [d.id for d in amounts]},
                score=3,
                cues=[
                    "a list of parts ending in all the others",
                    "each part 'that of' the first's thing",
                    "the total names that thing",
                ],
                what="the parts of a list and the rest, of the total stated before",
                guess=True,
                another_breakdown=True,
            )
        )
    return out


# A member of a list after its first: "that of villages", "that at county level".
_A_MEMBER = compile_later(r"\W*(?:and\s+)?(?:that|those)\s+(?:of|at|in|for|from)\s+", re.I)


def _linked_parts(b) -> frozenset[str]:
    """The parts of the sums linked before this run, read once per run: a long article has
    thousands of relations, and every list asks."""
    if b.linked_parts is None:
        b.linked_parts = frozenset(
            part
            for r in b.relations
            if r["kind"] == "sum"
            for part in r["roles"].get("parts", [])
            if isinstance(part, str)
        )
    return b.linked_parts


def _listed_parts(b, numbers: list[int]) -> frozenset[str]:
    """The figures of `numbers` that are parts of another breakdown: the parts of a sum already
    linked, and the members of a "that of" list ("the sales in towns were A; that of villages
    B"), its first member too."""
    out = set(_linked_parts(b))
    for number in numbers:
        amounts = _amounts(b, b.by_sentence[number])
        for before, member in pairwise(amounts):
            if _A_MEMBER.match(_from_figure(b, member)):
                out.update((before.id, member.id))
    return frozenset(out)


def claim_of(role: Any) -> Any:
    # A figure written with a minus sign is stored as {"value": ..., "claim": id}.
    return role.get("claim") if isinstance(role, dict) else role


def _with_pieces(words: frozenset[str]) -> frozenset[str]:
    return words.union(*(w.split("-") for w in words if "-" in w))


def _one_half_named(b, total, word: frozenset[str]) -> bool:
    """The total's clause names one word of the pair that splits it ("urban", not "rural"):
    it is of that half, not of both."""
    halves = {w for w in word if w in _COMPLEMENTS}
    named = ev.naming_words(ev.clause_before(b.text, total.sentence.start, total.found.start))
    return len(halves & named) == 1


def _complemented(clause: str, named: frozenset[str]) -> frozenset[str] | None:
    """The words that split the thing in two, when the clause names the rest of what the
    first part names: "non-tax" after "tax", "other industries" after an industry, "rural"
    after "urban"; else None."""
    match = _COMPLEMENT.search(clause)
    if match is not None:
        word = ev.words(match.group(1) or match.group(2))
        return word if word & named else None
    clause_words = ev.words(clause)
    for said in _with_pieces(clause_words):  # "foreign-invested" is foreign
        if said in named:
            continue
        for partner in _COMPLEMENTS.get(said, frozenset()):
            # naming words split "full-time" in two; the pair's words keep the hyphen
            if partner not in named and not ("-" in partner and set(partner.split("-")) <= named):
                continue
            own, partners = _PAIR_NOUNS[(said, partner)]
            if own <= clause_words and partners <= named:
                return frozenset({said, partner}) | own | partners
    return None


# The thing a figure counts, named right after it: "collected 3.5 trillion yuan in fiscal
# revenue, up 12 percent".
_IN_THING = compile_later(r"\s+(?:in|of)\s+((?:[a-z][a-z\-]+\s+){0,2}[a-z][a-z\-]+)\s*[,;.]", re.I)


def _named_after(b, draft) -> frozenset[str]:
    match = _IN_THING.match(b.text, draft.found.end, draft.sentence.end)
    return ev.naming_words(match.group(1)) if match else frozenset()


def _of_the_totals_period(b, total, *parts) -> bool:
    """The parts are of the total's period: their sentences name no period its sentence does
    not, and no figure is said to be of another ("In June, urban sales ..." after the half's
    total)."""
    body = _body(b, total.sentence.number)
    periods = ev.periods(body)
    if not periods and _UNDER_REVIEW.search(body):
        # "Imports rose to T during the month under review": the month the parts name, when
        # they name one and the same.
        named = {part.period for part in parts}
        if len(named) != 1 or None in named:
            return False
        return total.period is None or named == {total.period}
    for part in parts:
        # "up 18% over the same period last year": the base of a change, not a period. A part
        # of the total's own period, as the drafts read it ("last month" in an article of
        # September, "in August"), names none other.
        same = total.period is not None and part.period == total.period
        if not same and not ev.periods(_body(b, part.sentence.number)) - ev.BASE_KEYS <= periods:
            return False
        if ev.periods_differ(part, total) or _years_differ(part, total):
            return False
    return True


_UNDER_REVIEW = compile_later(r"\b(?:month|quarter|period|year|week)\s+under\s+review\b", re.I)


def _years_differ(one, two) -> bool:
    # periods_differ reads a month without its year: December 2015 is no part of December 2016.
    first, second = ev.last_year(one.period), ev.last_year(two.period)
    return bool(first and second and first != second)


def _common_total(
    b,
    first,
    common: frozenset[str],
    earlier: list[int],
    every: bool = False,
    parts: frozenset[str] = frozenset(),
):
    """The nearest earlier figure of the kind whose clause names the parts' common word (with
    `every`, all their common words), other than the `parts` of another breakdown."""
    if not common:
        return None
    for number in reversed(earlier):
        for d in reversed(_amounts(b, b.by_sentence[number])):
            if d is first or d.found.start >= first.found.start or not news.same(d, first):
                continue
            if d.id in parts:
                continue
            clause = _from_figure(b, d)
            naming = ev.naming_words(clause)
            if every and not common <= naming:
                continue
            if common & naming and not ev.intensive(clause):
                return d
    return None


def _from_figure(b, draft) -> str:
    """The clause up to a figure, from the figure before it at most; a rate of the figure
    itself ("revenue rose 20 percent to T") is read through, so the clause names T. Read once
    per figure: each breakdown asks it of every figure of the sentences around."""
    cache = getattr(b, "_clauses_from_figure", None)
    if cache is None:
        cache = b._clauses_from_figure = {}
    key = (draft.found.start, draft.found.end)
    if key not in cache:
        cache[key] = _clause_from_figure(b, draft)
    return cache[key]


def _clause_from_figure(b, draft) -> str:
    start = draft.sentence.start
    before = [
        d
        for d in b.all_by_sentence.get(draft.sentence.number, [])
        if d.found.end <= draft.found.start
    ]
    own = draft  # the nearest figure read through so far: the draft, or its own rate
    for other in reversed(before):
        if _own_rate(b, other, draft) or (
            own is not draft
            and other.kind == own.kind == "percent"
            and _RATE_AND_RATE.match(b.text, other.found.end, own.found.start)
        ):
            # "expanded by 12.8% against April and by 29.9% on the year, to A": both A's
            own = other
            continue
        start = other.found.end
        break
    # "private imports (excluding gold) fell 0.3% to A": an aside in brackets, with no figure
    # in it, is inside the clause, not a boundary of it; what it says, _excluded reads
    head = _ASIDE.sub(lambda m: " " * len(m.group()), b.text[start : draft.found.start])
    return ev.clause_before(head, 0, len(head))


_ASIDE = compile_later(r"\([^()\d]*\)")


# Between two rates of one level: "against April and by", "month on month and".
_RATE_AND_RATE = compile_later(r"[^;()\d]{0,40}?\s+and\s+(?:by\s+)?$", re.I)


# What comes between a rate and the level it took a figure to: "20 percent year-on-year to",
# "9.6 percent month-on-month, from A to", "4% in May, from A to"; and between a start and its end.
_RATE_TO = compile_later(
    r"\s+(?:year[\s\-]on[\s\-]year\s+|on\s+the\s+year\s+)?to\s+$"
    r"|[^;()]{0,40}?\b(?:from|against|on|over|compared\s+(?:with|to))\s+[^,;()]{1,30}?,?\s+to\s+$",
    re.I,
)
_START_TO = compile_later(r"\s+to\s+$", re.I)
_FROM = compile_later(r"\bfrom\s+$", re.I)


def _own_rate(b, other, draft) -> bool:
    """The figure before is the draft's own rate, the start it changed from ("from A to"),
    or its change ("increased 15,200 to")."""
    if other.kind == "percent":
        return bool(_RATE_TO.match(b.text, other.found.end, draft.found.start))
    if _START_TO.match(b.text, other.found.end, draft.found.start):
        if _FROM.search(b.text, max(0, other.found.start - 6), other.found.start):
            return True
        return bool(_CHANGED_BY.search(b.before(other, 30)))
    return False
