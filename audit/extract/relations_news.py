"""Relation patterns of general news writing, beyond the from-to and share-of-GDP patterns.

    "B, up from A" / "rose to B in March from A"       a change (growth, or pp_change for rates)
    "B, up 4% from A" / "down 8% on last year's A"     growth with its rate
    "B, three times as many as A"                      multiple ("to" reading)
    "Of the T respondents, A said yes and B said no"   sum (low confidence: may not be all)
    "A, or P%" with "of the W" / "A of the W"          share
    "P% of the stadium's W" after A                    share (low confidence)
    "T on its C residents, or X per head"              per_capita
    "exports of E ..., imports of I, a surplus of S"   sum (E = I + S; a deficit: I = E + D),
                                                       when the balance is of those flows
    "E, an increase of C or R%" / "E, up C, or R%"    change (R = C / (E - C))

Phrasings that need no code beyond their pattern are data (audit/extract/phrasings/): "52% ...
and the remaining 49%" is relations_cross.share_lists, which reads the whole list.

Each takes the facts of one sentence (`drafts`, in text order) and the relation builder `b`
(relations._Builder). Figures already used by a pattern are left alone, so a figure fills one
role of one relation; guesses carry `confidence: low` and a note.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from audit.extract import lexicon as lx
from audit.extract import phrasing
from audit.extract import relations_evidence as ev
from audit.extract import relations_gdp as gdp
from audit.extract.folded import word_test
from audit.lazy_regex import compile_later
from audit.vocabulary import MULTIPLE_VERBS

_Q = r"(?:about|around|roughly|approximately|nearly|almost|more\s+than|over|some|just)\s+"
# A possessive of up to three words: "last season's", "the previous year's", "the firms'".
# Shared with relations_respective.
POSSESSIVE = (
    r"(?:(?:the\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+['’]s?"
    # "the last fiscal years export": the apostrophe left out of a period's possessive
    r"|(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:fiscal\s+|financial\s+)?"
    r"(?:year|season|month|quarter)s)\s+"
)
# "the", "its", or a possessive.
_OWNER = rf"(?:(?:the|its|their|a|an)\s+|{POSSESSIVE})?"
_LEVEL_NOUN = (
    # a record, peak or high is a benchmark, not the level of the period before
    r"(?:production|output|level|total|figure|tally|count|sales|revenue|value|volume)"
)
# "the last season's exports of S", "the exports of S": the flow's own earlier level, unless
# the end is of the other flow (_another_flow).
_FLOW_NOUN = r"(?:exports?|imports?|shipments)"
# "B (words), up from A", "rose to B in March from A", "B, compared with A".
_FROM_END = compile_later(
    rf"(?:\bfrom|\b(?:compared|in\s+comparison)\s+(?:with|to)|\bagainst|\bversus)\s+(?:{_Q})?"
    # "from August's production of S", "against a total of S"
    rf"{_OWNER}(?:(?:{_LEVEL_NOUN}|{_FLOW_NOUN})\s+of\s+(?:{_Q})?)?$",
    re.I,
)
_FLOWS = frozenset(("export", "import"))


def _another_flow(b, end, gap: str) -> bool:
    """ "Exports were A, compared with imports of B": the start names the other flow than the
    end's clause."""
    named = _FLOWS & ev.words(gap)
    own = _FLOWS & ev.words(b.before(end, 60))
    return bool(named and own and named != own)


_AGAINST = compile_later(r"^[^,;]{0,40}?,\s*(?:as\s+)?against\s+(?:the\s+)?$", re.I)
# "212 cases were reported for 2016 as against 261": the end's own words may come between
_AS_AGAINST = compile_later(r"^[^,;]{0,60}?,?\s*\bas\s+against\s+(?:the\s+)?$", re.I)
_CHANGE_CUE = compile_later(
    r"\b(?:up|down|rose|risen|rising|fell|fallen|falling|increased|increasing|decreased|grew|"
    r"grown|climbed|jumped|dropped|declined|slipped|edged|eased|surged|soared|plunged|slumped|"
    r"dipped|tumbled|slid|sank|contracted|expanded|advanced|accelerated|rebounded|"
    r"compared|higher|lower|gained|lost|shrank|widened|narrowed)\b",
    re.I,
)
# Between two figures of one change: a clause about another flow ("imports were E and exports
# increased by C (R%)", "rose 4% from A, whereas imports increased from B"). "and" before a
# month joins two months of one period ("in January and February, an increase of C"), and
# "and up from A" goes on with the level before it.
_MONTH = "|".join(lx.MONTHS)
_ANOTHER_CLAUSE = compile_later(
    rf";|\b(?:while|whereas|but)\b|\band\s+(?!(?:{_MONTH}|up|down)\b)", re.I
)
# "compared with 6.1% for the US": a comparison with another place or body, not a change.
_OTHER_ENTITY = compile_later(
    r"^\s+(?:(?:decline|drop|fall|rise|gain|increase|advance|loss|"
    r"slide|jump|climb|growth)s?\s+)?(?:for|in|at|by)\s+(?:the\s+)?(?!(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Q[1-4]|"
    r"First|Second|Third|Fourth|Same|Previous|Last|Year)\b)[A-Z]"
)
# "up", but not "making up 27% of the total": a share, not a change.
# Shared with relations.py.
UP = (
    r"(?<!making\s)(?<!made\s)(?<!makes\s)(?<!make\s)(?<!taking\s)(?<!took\s)"
    r"(?<!takes\s)(?<!take\s)(?<!taken\s)\bup"
)
# Asked only whether the text before a figure ends in it: a word test (folded.word_test) lets
# re skip every position but the starts of words with these first letters.
_RATE_CUE = compile_later(
    word_test(
        "cdefgijlprsu",
        rf"(?:(?:{UP}|down|rose|fell|increased|decreased|grew|climbed|jumped|dropped|declined|"
        rf"slipped|gained|lost|surged|soared|plunged|slumped|edged\s+(?:up|down))\s+(?:by\s+)?"
        rf"|(?:rise|fall|increase|decrease|drop|decline|jump|gain|growth|cut|reduction)\s+(?:of|by)\s+)"
        rf"(?:{_Q})?$",
    )
)


def bare_change(b, draft) -> bool:
    """A number with no unit right after a verb of change ("increased 11.5", "went up by 6.1,
    10.4 and 15.3"): a rate whose unit is left out, never a part or a total of amounts."""
    return (
        draft.kind == "number"
        and draft.found.unit is None
        and draft.found.scale is None
        and draft.found.counted is None
        and bool(_RATE_CUE.search(_without_earlier_members(b.before(draft, 60))))
    )


# The members of a list before a figure ("increased 11.5, 14.2 and "): the verb before the
# first member is the later members' too.
_EARLIER_MEMBERS = compile_later(r"(?:\d[\d.]*\s*(?:,\s*(?:and\s+)?|\s+and\s+))+$")


def _without_earlier_members(before: str) -> str:
    """`before` less the list members it ends in: looked for only where it ends in a comma or
    "and", as each member does (the pattern would be tried at every digit)."""
    tail = before.rstrip()
    if not (tail.endswith(",") or tail.endswith("and")):
        return before
    return _EARLIER_MEMBERS.sub("", before)


# After the rate: "from A", or "a 20% increase from A" with the cue written after the rate.
_RATE_TO_START = compile_later(
    rf"^\s*(?:(?:year-on-year\s+|annual\s+)?(?P<rise>increase|rise|jump|gain|growth|up|higher)\s+|"
    rf"(?P<fall>decrease|fall|drop|decline|cut|reduction|down|lower)\s+|(?:year-on-year|yoy|y-o-y)\s+)?"
    rf"(?:from|on|over|compared\s+"
    rf"(?:with|to)|against)\s+(?:(?:{_Q})?{_OWNER}(?:(?:[a-z][\w\-]*\s+){{1,3}}?(?:of|at)\s+)?"
    # the period first, its level in brackets: "a 20% rise on five years ago (A)"
    rf"|(?:the\s+)?(?:[\w\-]+\s+){{1,4}}?\(\s*(?:{_Q})?)$",
    re.I,
)
# "4% below the five-year average of A", "30% above last year's A", "30 per cent lower than
# the peak number of A".
_ABOVE_OR_BELOW = compile_later(
    rf"^\s*(?:(?P<rise>above|higher\s+than|more\s+than)|(?P<fall>below|lower\s+than|less\s+than))"
    rf"\s+(?:{_Q})?{_OWNER}"
    rf"(?:(?:[a-z][\w\-]*\s+){{1,3}}?(?:of|at)\s+)?$",
    re.I,
)
# "That is up 12% from A", "This was down 3% on A": the change of the figure just stated.
# "That figure represents an increase of 44% from A", "The amount marked a fall of 3% on A".
_ANAPHOR_CHANGE = compile_later(
    r"^\W*(?:(?:That|This|It)|(?:That|This|The)\s+(?:(?:latest|new|final)\s+)?(?:figure|amount"
    r"|number|total|sum|level|result))(?:\s*,\s*(?:however|though|in\s+fact|nonetheless)\s*,)?"
    r"(?:\s+(?:is|was|represents|represented|marks|marked|means|meant)|['’]s)"
    r"(?:\s*,\s*(?:however|though|in\s+fact|nonetheless)\s*,)?\s+(?:also\s+)?(?:(?:up|down|an?\s+(?:\w+\s+)?(?:increase|rise|decrease|fall|drop|jump|"
    r"gain|decline))\b|an?\s+$)"
)
_TIMES_AS = compile_later(
    r"^\s*(?:as\s+(?:many|much|large|big|high|great)\s+as|the\s+(?:number|"
    r"level|figure|amount|size)\s+(?:of|in|for)|that\s+of|(?:more|higher|"
    r"larger|greater|bigger)\s+than|that\s+of\s+(?:[a-z][\w\-]*\s+){1,3}?"
    r"(?:at|of))\s+(?:in\s+)?(?:the\s+)?$",
    re.I,
)
_MORE_THAN = compile_later(r"^\s*(?:more|higher|larger|greater|bigger)\b", re.I)
_OF_THE_BEFORE = compile_later(
    r"(?:^|[\s,(])(?:of|out\s+of|among)\s+(?:the\s+|all\s+|a\s+total\s+"
    r"of\s+)?$",
    re.I,
)
_OF_THE_GAP = compile_later(r"^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?$", re.I)
# "1,150, or 62 percent", "1.2 million people (18%)": the percentage restates the part.
_OR_SHARE = compile_later(
    # "7.2 trillion, which is 96% of the targeted 7.5 trillion": a relative clause restates.
    r"^(?:\s+[a-z][\w\-]*){0,3}\s*(?:,\s*or|\(|,|—|–|-)\s*(?:(?:which|that)\s+(?:is|was)\s+)?"
    r"(?:about\s+|"
    r"around\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over|under)\s+)?$",
    re.I,
)
# "of the stadium's 90,000", "of its 400 staff": a determiner or possessive is required, so
# "24.3 percent of 2016" (a year) or "of GDP in 2021" never give a whole.
_SHARE_OF_WHOLE = compile_later(
    r"^\s+of\s+(?:(?:the|all|its|their|an?)\s+|[\w\-]+['’]s?\s+)"
    r"(?:(?!(?:in|for|at|on|to|from|by|during|of)\b)[\w\-]+['’]?s?\s+)"
    r"{0,2}?$"
    # "of the national total of 41.76 trillion", "of the total of 3,400"
    r"|^\s+of\s+(?:the|its|their)\s+(?:[\w\-]+['’]s\s+)?"
    r"(?:national\s+|overall\s+|combined\s+|global\s+|world\s+|provincial\s+)?"
    r"total\s+(?:(?!of\b)[\w\-]+\s+){0,3}?of\s+(?:about\s+|around\s+|some\s+)?$",
    re.I,
)
# "A, accounting for P% of the total": the whole is the total stated earlier in the sentence.
# The words between a part and its share: "accounting for", "making up", "representing", "or";
# shared with relations_cross.
SHARE_VERB = (
    r"(?:(?:which\s+|and\s+)?(?:accounting|accounted|account)\s+for|(?:which\s+|"
    r"and\s+)?(?:making|made|make)\s+up|(?:and\s+)?(?:comprising|constituting)|representing"
    r"|or|which\s+(?:is|was|represents"
    r"|represented))\s+(?:about\s+|around\s+|"
    r"nearly\s+|almost\s+|roughly\s+|over\s+|more\s+than\s+)?$"
)
_PART_TO_SHARE = compile_later(rf"^\s*,?\s*{SHARE_VERB}", re.I)
# Not "of the total registered voters": a total named by its noun is that named whole's; a
# preposition or a participle after it ("of the total over the year", "of the total sold")
# names none.
_OF_THE_TOTAL = compile_later(
    r"^\s+of\s+(?:the|its|their)\s+(?:[\w\-]+['’]s\s+)?"
    r"(?:national\s+|overall\s+|combined\s+)?total\b(?!\s+of\b)"
    r"(?!\s+(?!(?:in|for|during|at|this|last|and|while|as|so|by|on|to|from|with|since|when|over"
    r"|between|across|within|under|among|through|until)\b|(?:[a-z]+ed|sold|spent|seen)"
    r"(?=\s*(?:[,.;)]|$|\s(?:in|for|during|at|by|last|this|over|on|to|from|since|between)\b)))"
    r"[a-z])|^\s+of\s+total\b(?!\s+[a-z])",
    re.I,
)
# "9.5 million NEVs sold out of a total of 30.09 million": the counted thing may come between.
_OUT_OF_TOTAL = compile_later(
    r"^\s+(?:[A-Za-z][\w\-]*\s+){0,3}?(?:out\s+of\s+(?:the\s+|all\s+|"
    r"a\s+total\s+of\s+)?|of\s+(?:a|the)\s+total\s+of\s+)$",
    re.I,
)
_OF_WHOLE_AFTER = compile_later(
    r"^\s+of\s+(?:(?:the|all|its|their)\s+)?(?:[\w\-]+['’]?s?\s+){0,3}?"
    r"(?:of\s+)?$",
    re.I,
)
# "the remaining 49%": used by relations_cross (a list of shares: relations_cross.share_lists).
_REST = compile_later(r"\b(?:the\s+)?(?:rest|remaining|remainder|other)\s+(?:of\s+\w+\s+)?$", re.I)
SENTENCE_OF_THE = compile_later(r"^\W*(?:of|out\s+of|among)\s+(?:the\s+|all\s+)?$", re.I)
_PER_PERSON = frozenset(
    (
        "person",
        "persons",
        "capita",
        "head",
        "heads",
        "resident",
        "residents",
        "inhabitant",
        "inhabitants",
        "people",
        "visitor",
        "visitors",
        "tourist",
        "tourists",
        "passenger",
        "passengers",
    )
)
_PER_WORDS = compile_later(
    r"^\s*(?:a|per|for\s+each|for\s+every)\s+(?:person|head|resident|"
    r"inhabitant|citizen|capita|household|visitor|tourist|passenger)\b",
    re.I,
)
# "spending an average of 3,000 yuan each", "Each shopper spent about 8,000 yuan on average":
# an amount for one of the people counted, told by "each" or an average after a count.
_EACH_AFTER = compile_later(r"^\s*(?:each|apiece|on\s+average)\b", re.I)
_PER_TIME = compile_later(
    r"^\s*(?:[\w\-]+\s+){0,3}?(?:each|every|a|an|per)\s+"
    r"(?:day|week|month|year|hour|minute|second|night|quarter)\b",
    re.I,
)
_PEOPLE = "|".join(lx.PEOPLE_NOUNS)
EACH_BEFORE = compile_later(
    rf"\b(?:(?:each|every|per|average|per[\s-]capita)\s+(?:{_PEOPLE}|head)\b[^.;\d]{{0,40}}"
    r"|an\s+average\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?)$",
    re.I,
)
_COUNTED_PEOPLE = compile_later(
    r"^\s*(?:[\w\-]+\s+){0,2}?(?:people|residents|inhabitants|citizens|shoppers|buyers|"
    r"population|households|taxpayers|pupils|students|patients|"
    r"members|voters|workers|employees|adults|children|users|"
    r"customers|subscribers|visitors|visits|tourists|tourist\s+trips|"
    r"passengers)\b",
    re.I,
)
_POPULATION_BEFORE = compile_later(
    r"\b(?:population|residents|inhabitants)\s+(?:of\s+)?(?:{q})?$".replace("{q}", _Q)
    # "Shoppers numbered 300,000", "visitors totalled 1.2 million"
    + rf"|\b(?:{_PEOPLE})s\s+(?:numbered|totall?ed|reached)\s+(?:{_Q})?$",
    re.I,
)


_COMPLEMENT = compile_later(r"\b(?:rest|remaining|remainder|others?)\b", re.I)
# "Of the 1,200 polled, 700 said yes and 500 no": what each part answered, voted or was splits
# the whole between them.
_ANSWERS = compile_later(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:said|say|says|voted|backed|supported|opposed|favou?red"
    r"|answered|replied|chose|agreed|disagreed|were|was|are|is)\b",
    re.I,
)

# "Of the 80 firms, 52 reported growth and 71 said profits rose": each count is of those that
# did a thing, and those that did one may have done the other; not parts of the whole.
_DID = compile_later(
    r"^\s*(?:[a-z]+\s+)?(?:[a-z]+ed|said|had|have|has|saw|made|won|lost|got|took|gave|grew"
    r"|rose|fell|paid|sold|bought|spent|expect|plan|report|say)\b",
    re.I,
)


def _countable(draft) -> bool:
    return draft.kind == "number" and draft.found.unit is None and draft.found.per is None


def _same(a, b) -> bool:
    if a.kind != b.kind or a.kind not in ("money", "percent", "measure", "number"):
        return False
    return (
        a.found.currency == b.found.currency
        and a.found.unit == b.found.unit
        and a.found.per == b.found.per
    )


def _points_of(change, level) -> bool:
    """ "stood at 131.6, up 2.2 points": a change in points of an index written bare."""
    return (
        change.kind == "measure"
        and change.found.unit == "point"
        and level.kind == "number"
        and level.found.unit is None
        and level.found.per is None
    )


def changes_from(b, drafts: list) -> None:
    """ "B ..., up from A" and "rose to B (in March) from A": the end is stated first."""
    for i, end in enumerate(drafts):
        if end.id in b.in_pairs or end.id in b.converted or _bracketed_change(b, drafts, i):
            continue
        if _change_then_rate(b, drafts, i):
            continue  # "and up C, or R%, from S": C is the change from S, never the level
        if _FROM_END.search(b.before(end, 30)):
            continue  # "from A ... to B, and up from C": A is a start, never C's end
        if _WITH_ASIDE.search(b.before(end, 30)):
            continue  # "rose 5.0 percent, with 8 working days against 7": an aside's figures
        if _A_CHANGE_OF.search(b.before(end, 30)):
            continue  # "an increase of C compared to S": C is the change from S, not a level
        for start in drafts[i + 1 :]:
            if not _same(end, start) or start.id in b.converted:
                continue
            gap = b.gap(end, start)
            if (
                len(gap) <= 90
                # "climbed 14.5% from A, whereas imports increased from B": another flow's start
                and not _ANOTHER_CLAUSE.search(gap)
                and _FROM_END.search(gap)
                and not _another_flow(b, end, gap)
                and (
                    _CHANGE_CUE.search(b.before(end, 40) + gap)
                    # "reached E, against S in 2020": a level against another period's
                    or (_AGAINST.match(gap) and bool(start.period) and start.period != end.period)
                    # "stood at E as against S (both cumulative figures) for 2001-02"
                    or _AS_AGAINST.match(gap) is not None
                )
                and start.id not in b.in_pairs
                and not _OTHER_ENTITY.match(b.after(start))
                # "compared with forecasts of $4.8bn": an expectation, not an earlier value.
                and not ev.plan_words(gap)
            ):
                b.change(drafts, start, end)
            break  # only the next figure of the same kind can be the start


_WITH_ASIDE = compile_later(r",\s*with\s+(?:[\w\-]+\s+){0,2}$", re.I)
_A_CHANGE_OF = compile_later(
    r"\b(?:an?\s+)?(?:increase|rise|gain|jump|decrease|fall|drop|decline|reduction|growth)"
    r"\s+of\s+(?:about\s+|some\s+|nearly\s+|over\s+)?$",
    re.I,
)


# "increased 6.2% ($8.3 billion) from A": an amount in brackets right after a rate restates it.
_RATE_BRACKET = compile_later(r"^\s*[(\[]\s*$")


# "shrank by 1.1 per cent or $29 million": after a rate of change, ", or C" restates it as the
# amount changed, as a bracket does.
_RATE_OR = compile_later(r"^\s*,?\s*or\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$")
_CHANGED_BY = compile_later(
    r"\b(?:by|rose|fell|grew|increased|decreased|declined|dropped|shrank|expanded|climbed|"
    r"jumped|slipped|up|down)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.I,
)


def _bracketed_change(b, drafts: list, i: int) -> bool:
    """The amount drafts[i] is a rate's change written after it in brackets or after ", or",
    not a level."""
    if i == 0 or drafts[i - 1].kind != "percent":
        return False
    gap = b.gap(drafts[i - 1], drafts[i])
    if _RATE_BRACKET.match(gap):
        return True
    return bool(_RATE_OR.match(gap)) and bool(_CHANGED_BY.search(b.before(drafts[i - 1], 30)))


def _change_then_rate(b, drafts: list, i: int) -> bool:
    """The amount drafts[i] is a change restated as a rate after ", or": "up C, or R%"."""
    if i + 1 >= len(drafts) or drafts[i + 1].kind != "percent":
        return False
    return bool(_RATE_OR.match(b.gap(drafts[i], drafts[i + 1]))) and bool(
        _CHANGED_BY.search(b.before(drafts[i], 30))
    )


# The earlier level given last, after the period it belongs to: "down 12% compared to May,
# which amounted to S", "more than recorded during the same period last year (S)".
_TRAILING_BASE = compile_later(
    r"(?:\b(?:compared\s+(?:to|with)|from|than|against|on)\s+[^.;()]{0,60},\s*which\s+"
    r"(?:amounted\s+to|came\s+to|stood\s+at|totall?ed|reached|was|were)"
    r"|\b(?:last|previous|preceding|a)\s+year(?:\s+(?:earlier|before|ago))?\s*[(\[])\s*$",
    re.I,
)


def not_an_end(b, drafts: list, draft) -> bool:
    """A figure a rate is stated of but that is not the level it led to: the change in
    brackets ("up 6.2% ($8.3 billion)"), the start ("climbed 14.5% yoy from A"), or the
    earlier level given last ("..., which amounted to S"). Shared with relations.py, whose
    end-and-rate pattern otherwise takes the nearest amount as the end."""
    if _TRAILING_BASE.search(b.before(draft, 100)):
        return True
    i = drafts.index(draft)
    if i == 0 or drafts[i - 1].kind != "percent":
        return False
    return _bracketed_change(b, drafts, i) or bool(
        _RATE_TO_START.match(b.gap(drafts[i - 1], draft))
    )


def with_bracketed_change(b, drafts: list, rate) -> bool:
    """ "decreasing by 9.1% ($12.4 billion)": the rate comes with its own change, so the amount
    nearest it is not its level. Shared with relations.py."""
    i = drafts.index(rate)
    return i + 1 < len(drafts) and _bracketed_change(b, drafts, i + 1)


def _a_start_after_its_rate(b, drafts: list, k: int) -> bool:
    """drafts[k] is written as the start of the rate before it ("a 1.1% rise on 2011-12 (A)"),
    so never the end of the next rate ("... and a 12.7% rise on 2007-08 (B)")."""
    return (
        k > 0
        and drafts[k - 1].kind == "percent"
        and _RATE_TO_START.match(b.gap(drafts[k - 1], drafts[k])) is not None
    )


_THAN_THE = compile_later(
    r"\bthan\s+(?:the\s+|its\s+|their\s+)?(?:about\s+|some\s+|nearly\s+)?$", re.I
)


_GAP_THAN = compile_later(r"^\s+(?:[a-z]+\s+)?(?:fewer|more|less|higher|lower)\s+than\b", re.I)


def rate_then_start(b, drafts: list) -> None:
    """ "B, up 4% from A", "down 8% on last year's A", "a fall of 12% from A"."""
    ended: set[str] = set()  # ends of this sentence's changes: "B, up 4% from A and 9% from C"
    for i, rate in enumerate(drafts):
        if rate.kind != "percent" or rate.id in b.used_rates or i + 1 >= len(drafts):
            continue
        start = drafts[i + 1]
        gap = b.gap(rate, start)
        to_start = _RATE_TO_START.match(gap) or (
            # "1.5% above the inflation rate of 2.5%" may be points or percent: left alone
            _ABOVE_OR_BELOW.match(gap) if start.kind != "percent" else None
        )
        if not to_start or not (
            to_start["rise"] or to_start["fall"] or _RATE_CUE.search(b.before(rate, 40))
        ):
            continue
        # In "up 12% from A, and up 30% from B" both changes end on the figure before the
        # first rate: a figure written as a start ("from A") is never the end of the next.
        ends = [
            d
            for k, d in enumerate(drafts[:i])
            if _same(d, start)
            and d.id not in b.converted
            and (d.id not in b.in_pairs or d.id in ended)
            and not _FROM_END.search(b.before(d, 40))
            # "84 fewer than the 528": a gap and its base, neither the level that changed
            and not _THAN_THE.search(b.before(d, 30))
            and not _GAP_THAN.match(b.after(d, 30))
            and not _a_start_after_its_rate(b, drafts, k)
        ]
        confidence = note = None
        if not ends and _ANAPHOR_CHANGE.match(b.text[rate.sentence.start : rate.found.start]):
            # "That" is the sentence's main figure, which news states first: "X reached A
            # in June, second only to the record B" is followed by "That is up ... from C".
            ends = [
                d
                for d in b.by_sentence.get(rate.sentence.number - 1, [])
                if _same(d, start)
                and d.id not in b.converted
                and not _FROM_END.search(b.before(d, 40))
            ][:1]
            confidence = "medium"
            note = "'That is up ...': the end is the figure the sentence before states"
        if confidence is None:
            # "Tax revenue was T, while non-tax revenue was up 15% from A": T is no level of
            # the other subject's change.
            ends = [
                d for d in ends if not ev.another_subject(b.text, d.found.end, rate.found.start)
            ]
        if not ends or start.id in b.in_pairs:
            continue
        end = ends[-1]
        ended.add(end.id)
        if confidence is None:
            b.in_pairs.update((start.id, end.id))
        else:  # the end of an anaphora may end a second change of the same sentence
            b.in_pairs.add(start.id)
        b.starts.add(start.id)
        b.used_rates.add(rate.id)
        signed = (phrasing.negated(rate) if to_start["fall"] else None) or b.signed(rate)
        if start.kind == "percent":
            b.add(
                "pp_change",
                {"start": start.id, "end": end.id, "change": signed},
                confidence=confidence,
                note=note,
            )
        else:
            b.add(
                "growth",
                {"start": start.id, "end": end.id, "rate": signed},
                confidence=confidence,
                note=note,
            )


def times_as_many(b, drafts: list) -> None:
    """ "B, three times as many as the A", "2.5 times the level of A": B = multiple x A."""
    for i, multiple in enumerate(drafts):
        if (
            multiple.kind != "multiple"
            or multiple.id in b.used_rates
            or multiple.found.number.lower() in MULTIPLE_VERBS  # "doubled": its own change
        ):
            continue
        later = [d for d in drafts[i + 1 :] if d.kind in ("number", "money", "measure")]
        if not later or not _TIMES_AS.match(b.gap(multiple, later[0])):
            continue
        start = later[0]
        ends = [d for d in drafts[:i] if _same(d, start) and d.id not in b.converted]
        if not ends:
            continue
        b.used_rates.add(multiple.id)
        b.in_pairs.update((start.id, ends[-1].id))
        ambiguous = _MORE_THAN.match(b.after(multiple))
        b.add(
            "multiple",
            {"start": start.id, "end": ends[-1].id, "multiple": multiple.id},
            reading=None if ambiguous else "to",
            note="'N times more than' is ambiguous: N times, or N+1 times" if ambiguous else None,
        )


_RESTATED_AS = compile_later(r"\s*,?\s*or\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?", re.I)


def totals_and_parts(b, drafts: list) -> None:
    """ "Of the 1,200 respondents, 700 said yes and 600 said no": parts of a stated total."""
    counts = [d for d in drafts if _countable(d) or d.kind == "money"]
    if len(counts) < 3:
        return
    total = counts[0]
    if not SENTENCE_OF_THE.match(b.text[total.sentence.start : total.found.start]):
        return
    parts = [
        d
        for before, d in pairwise(counts)
        if _same(d, total)
        and d.id not in b.converted
        and not _RESTATED_AS.fullmatch(b.gap(before, d))  # "300, or a quarter": one part
    ]
    rates = [d for d in drafts if d.kind == "percent"]
    in_order = bool(rates) and _parts_shares(b, parts, rates)
    if len(parts) < 2 or (rates and not in_order and not _shares_after(b, parts, rates)):
        return
    after_total = b.text[total.found.end : total.sentence.end]
    if _COMPLEMENT.search(after_total) or _ANSWERS.match(b.after(parts[0], 30)):
        b.add(
            "sum",
            {"total": total.id, "parts": [p.id for p in parts]},
            confidence="low",
            note="the figures after 'Of the N' are read as its whole breakdown (answers, "
            "votes, or 'the rest'); answers such as 'don't know' may be left out",
        )
        if in_order:
            _shares_in_order(b, total, parts, rates)
        return
    if rates:
        return
    if any(_DID.match(b.after(part, 30)) for part in parts):
        return  # "52 reported growth and 71 said profits rose": groups that may overlap
    # "Of the 175,000 new jobs, health care added 56,000 and transport 22,000": some of the
    # parts, named by what they are; together they are at most the total.
    b.add(
        "partial_sum",
        {"total": total.id, "parts": [p.id for p in parts]},
        confidence="low",
        note="the figures after 'Of the N' are read as some of its parts",
    )


# "..., representing 52.4 percent and 47.6 percent": the parts' shares, in their order.
_SHARES_IN_ORDER = compile_later(
    r"^(?:[^,;.()\d]{0,40},)?\s*(?:representing|accounting\s+for|or)\s+(?:about\s+|around\s+)?$",
    re.I,
)
_AND_NEXT = compile_later(r"^\s*(?:,|,?\s+and)\s+$")
_OF_ANOTHER_WHOLE = compile_later(
    r"^\s+(?:of|in)\s+(?!(?:the\s+)?(?:total|them|those|all|whole)\b)", re.I
)


def _shares_in_order(b, total, parts: list, rates: list) -> None:
    """Each part's share of the total, the percentages read in the parts' order."""
    for part, share in zip(parts, rates, strict=True):
        b.add_share(
            part,
            total,
            share,
            "'Of the N, A were ... and B ..., representing P and Q': each part's "
            "share of N, in order",
        )


def _shares_after(b, parts: list, rates: list) -> bool:
    """The percentages all follow the last part and open as its shares ("..., representing
    P"), however many: they say how the parts divide the total, not that they are no parts
    (a copy cut short after one of them leaves the breakdown whole)."""
    return (
        rates[0].found.start > parts[-1].found.end
        and rates[0].id not in b.used_rates
        and _SHARES_IN_ORDER.match(b.gap(parts[-1], rates[0])) is not None
    )


def _parts_shares(b, parts: list, rates: list) -> bool:
    """The percentages after the last part are the parts' own shares, one each and in order,
    said as such ("representing P and Q"), with nothing else between them."""
    if len(rates) != len(parts) or rates[0].found.start < parts[-1].found.end:
        return False
    if rates[0].id in b.used_rates or not _SHARES_IN_ORDER.match(b.gap(parts[-1], rates[0])):
        return False
    if _OF_ANOTHER_WHOLE.match(b.after(rates[-1], 40)):
        return False  # "accounting for 15% and 10% of sales": shares of another whole
    return all(_AND_NEXT.match(b.gap(one, after)) for one, after in pairwise(rates))


# "higher by C (R)": a change written as a comparison, which _CHANGE_BEFORE does not read.
_COMPARED_BY = compile_later(rf"\b(?:higher|lower|more|less|lost)\s+by\s+(?:{_Q})?$", re.I)


def _a_change(before: str) -> bool:
    return bool(_CHANGE_BEFORE.search(before) or _COMPARED_BY.search(before))


def shares(b, drafts: list) -> None:
    """A part, a whole and the stated percentage, from "A of the W" and "A, or P%"."""
    for i, share in enumerate(drafts):
        if share.kind != "percent" or share.id in b.used_rates or i == 0:
            continue
        if share.found.text.lstrip("(").startswith(("+", "-", "−")):
            continue  # "40.8 billion euros (+6.6%)": a signed rate is a change, never a share
        previous = drafts[i - 1]
        whole = part = None
        note = None
        if (
            _OR_SHARE.match(b.gap(previous, share))
            and previous.kind != "percent"
            # "higher by 1.3 million tonnes (3.3 per cent) than", "up C (R)": the rate of a
            # change, never a share ("made up C, or R" is a part's share)
            and not _a_change(b.before(previous, 30))
        ):
            part = previous  # "1,150, or 62 percent"; "263 of the 650 seats, or 45%"
            if (
                i >= 2
                and _same(drafts[i - 2], previous)
                and _OF_THE_GAP.match(b.gap(drafts[i - 2], previous))
            ):
                part, whole = drafts[i - 2], previous
            else:
                whole = _stated_whole(b, drafts, part)
                if (
                    whole is None
                    and i + 1 < len(drafts)
                    and _OF_WHOLE_AFTER.match(b.gap(share, drafts[i + 1]))
                ):
                    whole = drafts[i + 1]  # "1.2 million, or 18% of the population of 6.8m"
        elif i + 1 < len(drafts) and _SHARE_OF_WHOLE.match(b.gap(share, drafts[i + 1])):
            whole = drafts[i + 1]  # "90% of the stadium's 90,000 capacity"
            earlier = [d for d in drafts[:i] if _same(d, whole) and d.id not in b.starts]
            part = earlier[-1] if earlier else None
            note = "the part is the figure stated before the percentage"
        if (
            whole is None
            and previous.kind != "percent"
            and (part is previous or _PART_TO_SHARE.match(b.gap(previous, share)))
            and _OF_THE_TOTAL.match(b.after(share, 60))
        ):
            part = previous  # "online sales of 386.2 billion accounting for 16% of the total"
            earlier = [
                d
                for d in drafts[: i - 1]
                if _same(d, part)
                and d.id not in b.starts
                and d.id not in b.converted
                and not part_with_share_of_total(b, drafts, d)
            ]
            whole = earlier[-1] if earlier else None
            if whole is not None and halves(b, whole, part):
                whole = None  # "valid votes were V, with rejected ballots at R, 2.3% of the
                # total votes": the total is V and R together, not V
            note = "'the total' is read as the figure stated before the part"
        if part is None or whole is None or not _same(part, whole) or part is whole:
            continue
        if gdp.of_gdp(b, share) and not gdp.gdp_figure(b, whole):
            continue  # "Rs1.10 trillion (3.9 percent of the GDP)": GDP's share, not 3.10's
        b.add_share(part, whole, share, note, confidence="low" if note else "medium")
    _share_of_pair(b, drafts)


def part_with_share_of_total(b, drafts: list, figure) -> bool:
    """ "A (5.5% of the total), and B (5.4% of the total)": A is a part as B is, not B's whole."""
    share = _percent_right_after(drafts, figure)
    if share is None:
        return False
    gap = b.gap(figure, share)
    return bool(_OR_SHARE.match(gap) or _PART_TO_SHARE.match(gap)) and bool(
        _OF_THE_TOTAL.match(b.after(share, 60))
    )


def _percent_right_after(drafts: list, figure):
    """The figure after `figure` in its sentence's drafts, if it is a percentage."""
    k = next(n for n, d in enumerate(drafts) if d is figure)
    after = drafts[k + 1] if k + 1 < len(drafts) else None
    return after if after is not None and after.kind == "percent" else None


_HALVES = tuple(
    (frozenset(ev.words(one)), frozenset(ev.words(two))) for one, two in lx.COMPLEMENT_PAIRS
)


def halves(b, one, other) -> bool:
    """The two figures are the two halves of a split ("valid" and "rejected" votes, "urban"
    and "rural" sales), each named in its own clause."""
    said_one = ev.words(ev.clause_before(b.text, one.sentence.start, one.found.start))
    said_other = ev.words(b.gap(one, other))
    return any(
        (a <= said_one and c <= said_other) or (c <= said_one and a <= said_other)
        for a, c in _HALVES
    )


# "W, of whom A", "W, of which A": the part of the figure right before.
_OF_WHOM_GAP = compile_later(
    r"^\s*,?\s*(?:of|among)\s+(?:whom|which|them|these|those)\s*,?\s*$", re.I
)


def _stated_whole(b, drafts: list, part):
    """The whole a part belongs to: "W, of whom A", "Of the W ..., A" or "A of the W"."""
    before = [d for d in drafts if d.found.end <= part.found.start]
    if before and _same(before[-1], part) and _OF_WHOM_GAP.match(b.gap(before[-1], part)):
        return before[-1]
    for d in drafts:
        if d is part or not _same(d, part):
            continue
        before = b.text[max(d.sentence.start, d.found.start - 12) : d.found.start]
        if (
            _OF_THE_BEFORE.search(before)
            and not _OF_THE_GAP.match(b.gap(part, d))
            and d.found.start < part.found.start
            and not _with_its_own_share(b, drafts, d)
        ):
            return d
        if d.found.start > part.found.start and _OF_THE_GAP.match(b.gap(part, d)):
            return d
    return None


def _with_its_own_share(b, drafts: list, figure) -> bool:
    """ "capital expenditure of A, which is 60.31 per cent, and recurrent expenditure of B,
    which is 39.69 per cent": a figure given its own share is a part beside the next one, not
    its whole."""
    share = _percent_right_after(drafts, figure)
    return share is not None and bool(_OR_SHARE.match(b.gap(figure, share)))


def _share_of_pair(b, drafts: list) -> None:
    """ "Turnout was 61.2%, with 2.45 million of the 4 million voters": one percentage and one
    "A of the W" pair in a sentence; linked with low confidence, as the reading is a guess."""
    rates = [
        d
        for d in drafts
        if d.kind == "percent"
        and d.id not in b.used_rates
        and not _COMPLEMENT.search(b.before(d, 30))
    ]
    pairs = [
        (a, w)
        for a, w in pairwise(drafts)
        if _same(a, w)
        and a.kind != "percent"
        and (_OF_THE_GAP.match(b.gap(a, w)) or _OUT_OF_TOTAL.match(b.gap(a, w)))
    ]
    if (
        len(rates) != 1
        or len(pairs) != 1
        or any(d.kind == "percent" and d.id in b.used_rates for d in drafts)
    ):
        return
    (share,), ((part, whole),) = rates, pairs
    b.add_share(part, whole, share, f"{share.value} is read as {part.value} out of {whole.value}")


def per_capita(b, drafts: list) -> None:
    """ "£1.2bn on its 400,000 residents, or £3,500 per head": a total, a count, a ratio."""
    for each in drafts:
        if each.kind != "money" or each.id in b.used_rates:
            continue
        per = (each.found.per or "").lower()
        if (
            per not in _PER_PERSON
            and not _PER_WORDS.match(b.after(each, 30))
            and not _EACH_AFTER.match(b.after(each, 12))
            and not EACH_BEFORE.search(b.before(each, 80))
        ) or _PER_TIME.match(b.after(each, 40)):
            continue  # "an average of Sh87.4 million in profit each day": a pace, not a share
        totals = [
            d
            for d in drafts
            if d.kind == "money"
            and d is not each
            and d.found.currency == each.found.currency
            and d.id not in b.converted
            and not d.found.per
            and not _PER_WORDS.match(b.after(d, 30))
        ]
        counts = [d for d in drafts if counts_people(b, d)]
        if len(totals) != 1 or len(counts) != 1:
            continue
        b.used_rates.add(each.id)
        b.add(
            "per_capita",
            {"total": totals[0].id, "count": counts[0].id, "per_capita": each.id},
            confidence="medium",
        )


BALANCE = compile_later(
    rf"\b(?:trade\s+|budget\s+)?(?P<kind>surplus|deficit)\s+(?:of|at|was|"
    rf"stood\s+at|totall?ed|came\s+(?:in\s+)?(?:at|to)|(?:widened|narrowed|rose|"
    rf"fell|grew|shrank)\s+to)\s+(?:{_Q})?$",
    re.I,
)
# "a $3.2 billion trade surplus", "an €8.3 bn surplus": the balance named after its figure,
# as a noun (not "surplus cash", "deficit targets").
BALANCE_NAMED_AFTER = compile_later(
    r"^\s*(?:(?!(?:of|in|to|from|for|on|by|and|or|the|an?|than|with|at|as|its|their|more|"
    r"less)\b)[\w\-]+\s+){0,3}?(?P<kind>surplus|deficit)(?=\s*(?:[,.;:()]|$)|\s+(?:for|in|of|"
    r"with|was|is|"
    r"were|came|stood|widened|narrowed|rose|fell|grew|shrank|swelled|reflected|resulted|"
    r"arose|stemmed|last|this|that|on|against|compared|as|while|and|but|since|between|"
    r"recorded|posted|reported)\b)",
    re.I,
)
# Money coming in (exports, revenues) and going out (imports, outlays): a surplus is in - out.
# The trade verbs too: "exported goods worth E" (not "spent", "collected": anyone spends).
FLOW = compile_later(
    r"\b(?:(?P<export>exports?|exported|shipments|revenues?|receipts|income)|"
    r"(?P<import>imports?|imported|outlays|spending|expenditures?))\b",
    re.I,
)


def trade_balance(b, drafts: list) -> None:
    """ "exports rose to E, while imports grew to I, leaving a trade surplus of S": E = I + S.
    Each flow is the last figure before the balance with "exports" or "imports" nearest
    before it in the sentence."""
    for k, balance in enumerate(drafts):
        if balance.kind != "money" or balance.id in b.used_rates:
            continue
        cue = BALANCE.search(b.before(balance, 40))
        if not cue:
            continue
        flows = {}
        for d in drafts[:k]:
            if not _same(d, balance) or d.id in b.converted or ev.periods_differ(d, balance):
                continue
            named = list(FLOW.finditer(b.text, d.sentence.start, d.found.start))
            if named:
                flows["export" if named[-1]["export"] else "import"] = d
        if not flows and b.text[balance.found.end : balance.found.end + 3].lstrip()[:1] == ":":
            # "the deficit totalled D: total outlays reached O, ..., and revenues were R".
            for d in drafts[k + 1 :]:
                if not _same(d, balance) or d.id in b.converted or ev.periods_differ(d, balance):
                    continue
                named = list(
                    FLOW.finditer(b.text, max(balance.found.end, d.found.start - 60), d.found.start)
                )
                if named:
                    flows.setdefault("export" if named[-1]["export"] else "import", d)
        if len(flows) != 2 or not balance_fits_flows(b, balance, list(flows.values())):
            continue
        if balance_of_another_period(b, balance):
            continue  # "against last year's deficit of D": not the gap of this period's flows
        total, other = (
            (flows["export"], flows["import"])
            if cue["kind"].lower() == "surplus"
            else (flows["import"], flows["export"])
        )
        b.used_rates.add(balance.id)
        b.add(
            "sum",
            {"total": total.id, "parts": [other.id, balance.id]},
            confidence="medium",
            note=f"a {cue['kind'].lower()} is the gap between money in and money out",
        )


def _words_of(words: tuple[str, ...]) -> str:
    return "|".join(words)


# What a balance is of (lexicon.BALANCE_OF_*): named just before its noun ("the services
# surplus"), just after it ("a deficit on services"), or, for an account or a budget,
# anywhere before it since the last figure ("the current account recorded a deficit").
_BALANCE_NOUN = compile_later(r"\b(?:surplus(?:es)?|deficits?|balance|gap|shortfall)\b", re.I)
_SUBJECTS = (
    rf"(?P<trade>{_words_of(lx.BALANCE_OF_TRADE)})|(?P<budget>{_words_of(lx.BALANCE_OF_BUDGET)})"
    rf"|(?P<services>{_words_of(lx.BALANCE_OF_SERVICES)})|(?P<other>{_words_of(lx.BALANCE_OF_OTHERS)}"
    rf"|{_words_of(lx.BALANCE_ACCOUNTS)})"
)
_SUBJECT_BEFORE_NOUN = compile_later(rf"\b(?:{_SUBJECTS})(?:\s+trade)?\s*$", re.I)
_SUBJECT_TWO_BEFORE = compile_later(rf"\b(?:{_SUBJECTS})\s+[\w\-]+\s*$", re.I)
_SUBJECT_AFTER_NOUN = compile_later(
    rf"^\s*(?:(?:in|on|of)\s+(?:the\s+|its\s+)?|\()(?:{_SUBJECTS})\b", re.I
)
_SUBJECT_ANYWHERE = compile_later(
    rf"\b(?:(?P<other>{_words_of(lx.BALANCE_ACCOUNTS)})|(?P<trade>balance\s+of\s+trade|"
    rf"trade\s+balance)|(?P<budget>{_words_of(lx.BALANCE_OF_BUDGET)}))\b",
    re.I,
)


def _since_last_figure(b, draft) -> str:
    """The words of the figure's sentence from the figure before it (or the sentence's start)."""
    start = draft.sentence.start
    for d in b.all_by_sentence.get(draft.sentence.number, []):
        if d.found.end <= draft.found.start:
            start = max(start, d.found.end)
    return b.text[start : draft.found.start]


def _balance_words(b, balance) -> tuple[str, str]:
    """The words before the balance's noun (since the figure before it) and those from its
    noun to the figure; the noun may come after the figure ("a $3.2 billion surplus")."""
    lead = _since_last_figure(b, balance)
    after = _NOUN_RIGHT_AFTER.match(b.after(balance, 60))
    if after:
        return lead + after.group()[: after.start("noun")], ""
    nouns = list(_BALANCE_NOUN.finditer(lead))
    if nouns:
        return lead[: nouns[-1].start()], lead[nouns[-1].end() :]
    return lead, ""


def _after_balance(b, balance) -> str:
    """The words after the balance, from its noun when it is named after its figure."""
    after = b.after(balance, 80)
    named = _NOUN_RIGHT_AFTER.match(after)
    return after[named.end() :] if named else after


# "R19.7 billion preliminary trade surplus": the noun right after the figure, with no
# preposition or article before it.
_NOUN_RIGHT_AFTER = compile_later(
    r"^\s*(?:(?!(?:of|in|to|from|for|on|by|and|or|the|an?|than|with|at|as|its|their|more|"
    r"less)\b)[\w\-]+\s+){0,3}?(?P<noun>surplus(?:es)?|deficits?)\b",
    re.I,
)


def balance_subject(b, balance) -> str | None:
    """What the balance is of: "trade", "services", "budget", "other" (a current account, a
    primary balance: no two flows make it), or None where its words do not say."""
    head, tail = _balance_words(b, balance)
    found = (
        _SUBJECT_BEFORE_NOUN.search(head)
        or _SUBJECT_TWO_BEFORE.search(head)
        or _SUBJECT_AFTER_NOUN.match(tail)
    )
    if found is None:
        # An account or a budget named earlier in the sentence: "the current account recorded
        # a deficit of D1, down from a D0 deficit".
        anywhere = list(
            _SUBJECT_ANYWHERE.finditer(b.text, balance.sentence.start, balance.found.start)
        )
        found = anywhere[-1] if anywhere else None
    if found is None:
        return None
    return next(k for k, v in found.groupdict().items() if v)


_TRADE_FLOW_WORD = compile_later(r"(?:ex|im)ports?|exported|imported|shipments", re.I)
_SERVICES = compile_later(r"\bservices?\b", re.I)
_GOODS = compile_later(r"\b(?:goods|merchandise)\b", re.I)
_FLOW_NAMED_AFTER = compile_later(
    r"^\s+of\s+(?:[\w'’-]+\s+){0,4}?" + FLOW.pattern.removeprefix("\\b"), re.I
)


def flow_subject(b, flow) -> str | None:
    """What a flow is of: "trade" (exports, imports), "services" (of services alone) or
    "budget" (revenue, spending), by its flow word; None where no flow word names it."""
    after = _FLOW_NAMED_AFTER.match(b.after(flow, 60))
    named = list(FLOW.finditer(b.text, flow.sentence.start, flow.found.start))
    if after is None and not named:
        return None
    if after is not None:
        word, words = after["export"] or after["import"], after.group()
    else:
        word = named[-1].group()
        words = b.text[max(flow.sentence.start, named[-1].start() - 30) : flow.found.start]
    if not _TRADE_FLOW_WORD.fullmatch(word):
        return "budget"
    if _SERVICES.search(words) and not _GOODS.search(words):
        return "services"
    return "trade"


def balance_fits_flows(b, balance, flows: list) -> bool:
    """Whether the two flows are what the balance is the gap between: both of one kind (not
    exports against spending) and, where the balance's words say what it is of, of that kind
    (a trade balance of goods trade, a budget balance of revenue and spending). A current
    account or a primary balance is the gap between no two flows."""
    kinds = {flow_subject(b, d) for d in flows} - {None}
    if len(kinds) > 1:
        return False
    subject = balance_subject(b, balance)
    if subject is None:
        return True
    return subject != "other" and kinds <= {subject}


_COMPARED_BEFORE = compile_later(
    rf"\b(?:{_words_of(lx.BALANCE_COMPARED_CUES)})\s+(?:[\w’'\-]+\s+){{0,4}}$", re.I
)
_EARLIER_BEFORE = compile_later(
    rf"\b(?:{_words_of(lx.BALANCE_EARLIER_WORDS)})\s+(?:[\w’'\-]+\s+){{0,2}}$", re.I
)
_EARLIER_AFTER = compile_later(
    r"^\s*,?\s*(?:(?:a|one)\s+(?:year|month|week|quarter)\s+(?:before|ago|earlier)\b"
    r"|(?:in|for|during|over)\s+the\s+(?:same\s+(?:month|period|quarter|week|time|half)\s+"
    r"(?:of\s+)?(?:last|a|the\s+previous)\s+year|(?:previous|prior|preceding)\s+\w+)\b"
    r"|(?:last|the\s+previous)\s+(?:year|month|week|quarter)\b)",
    re.I,
)


def balance_of_another_period(b, balance) -> bool:
    """The balance is the one another is compared with ("against the year-before deficit of
    D", "surpassed only by May, when the surplus was S") or of an earlier period ("last
    year's deficit", "a deficit of D a year earlier"): not the gap of the flows stated for
    the period the article is about."""
    head, _ = _balance_words(b, balance)
    head = head[-80:]
    if _COMPARED_BEFORE.search(head) or _EARLIER_BEFORE.search(head):
        return True
    return _EARLIER_AFTER.match(_after_balance(b, balance)) is not None


# "an increase of C", "up C", "a drop of C": the change itself, before its rate.
_CHANGE_BEFORE = compile_later(
    rf"(?:\b(?:an?\s+)?(?:(?P<rise>increase|rise|growth|jump|gain)|(?P<fall>decrease|decline|"
    rf"drop|fall|reduction))\s+of|\b(?:(?P<up>{UP}|increased|rose|grew|gained|climbed|jumped"
    rf"|surged|soared|advanced|expanded)|(?P<down>down|decreased|fell|dropped|declined|slipped"
    rf"|slid|shrank|slumped|plunged|contracted))(?:\s+by)?)\s+(?:{_Q})?$",
    re.I,
)
# "fell C, or R%, to E", "fell C (R%) to E": the figure the change led to comes after the
# rate, past the bracket that closes it.
# "C, or R, to E"; the rate's base may come between: "C, or R year on year, to E", "C, or R,
# over the previous year to E".
_RATE_TO_END = compile_later(
    r"^\s*[)\]]?\s*(?:(?:year[\s-]on[\s-]year|y-o-y|yoy|,?\s*(?:over|on|from)\s+(?:the\s+)?"
    r"(?:previous|prior|preceding)\s+year|,?\s*from\s+a\s+year\s+(?:earlier|ago))\s*)?,?\s*to\s+$",
    re.I,
)
# "C, or R%", "C or R percent", "C (R%)", "C [R%]", "C, representing R%", "C or a percentage
# of R".
_CHANGE_TO_RATE = compile_later(
    r"^\s*(?:,?\s*(?:or|representing|which\s+is)|[(\[]|,)\s*(?:up\s+|"
    r"down\s+|a\s+percentage\s+of\s+)?$",
    re.I,
)


# "..., up C1, or R1%, from its forecast and up C2, or R2%, from S": a second change of the
# level the first was of.
_AND_CHANGED_AGAIN = compile_later(
    r"^[^;.]{0,60}?(?:,\s*|\s+)and\s+(?:up|down)\s+(?:by\s+)?$", re.I
)


def change_and_rate(b, drafts: list) -> None:
    """ "reached E, an increase of C or R% year on year": R = C / (E - C)."""
    changed: dict[str, Any] = {}  # each rate linked here: the level its change was of
    for i, change in enumerate(drafts[:-1]):
        rate = drafts[i + 1]
        if (
            rate.kind != "percent"
            or rate.id in b.used_rates
            or change.kind == "percent"
            or not _CHANGE_TO_RATE.match(b.gap(change, rate))
        ):
            continue
        cue = _CHANGE_BEFORE.search(b.before(change, 60))
        if cue is None:
            further = _FURTHER.search(b.before(change, 40))
            if further is not None:
                # the level may be a fact and the further change a forecast: any status
                before = [
                    d
                    for d in b.all_by_sentence[change.sentence.number]
                    if d.found.end <= change.found.start
                ]
                if before:
                    _change_from_before(b, further, before[-1], change, rate)
                continue
        ends = _level_before(b, drafts, i)
        after = drafts[i + 2] if i + 2 < len(drafts) else None
        if (
            after is not None
            and _same(after, change)
            and after.id not in b.in_pairs
            and _RATE_TO_END.match(b.gap(rate, after))
        ):
            ends = [after]
        if (
            ends
            and ends[-1] is not after
            and SENTENCE_OF_THE.match(b.text[ends[-1].sentence.start : ends[-1].found.start])
        ):
            continue  # "Of the 4.2 billion journeys, tram journeys fell by C or R": a part's fall
        if not ends and i > 0 and _AND_CHANGED_AGAIN.match(b.gap(drafts[i - 1], change)):
            level = changed.get(drafts[i - 1].id) or _level_of_change(b, drafts, drafts[i - 1])
            ends = [level] if level is not None else []
        if cue and not ends:
            _change_from(b, cue, change, rate, drafts[i + 2 :])
            continue
        if not cue:
            continue
        if _add_change(b, cue, ends[-1], change, rate) is not None:
            changed[rate.id] = ends[-1]
    _rate_then_bracketed_change(b, drafts)


# "E, up C, or R%, from S": the level the change was from, or named after its period ("from
# April, when it was S", "compared with April, for which the index was S").
_FROM_START = compile_later(
    r"^\s*,?\s*(?:from\s+(?:a\s+|the\s+)?"
    # "over the 2019 figure of S", "from last year's level of S": the start named as such
    r"|(?:from|over|on|against|compared\s+(?:with|to))\s+(?:the\s+|its\s+|their\s+|a\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:figure|level|total|amount|sum|value|budget|outturn)\s+of\s+"
    r"(?:about\s+|some\s+)?"
    r"|(?:from|compared\s+(?:with|to)|against|over|on)\s+[^,.;()]{1,30}?,\s+(?:when|for\s+which)"
    r"\s+(?:it|the\s+(?:[a-z]+\s+){0,2}?(?:index|figure|level|total|number|count|value))\s+"
    r"(?:was|were|stood\s+at|came\s+to|totall?ed|reached)\s+(?:about\s+|some\s+)?)$",
    re.I,
)


def change_starts(b) -> None:
    """ "E, up C, or R%, from S in 2012": S and the change (as stored, with its sign) add up
    to E, a check the change's own (R is C over E - C) does not make of S."""
    changes = [r for r in b.relations if r["kind"] == "change"]
    if not changes:
        return
    # this pass's figures only: a compared fact of another status is no start here
    by_id = {d.id: d for drafts in b.by_sentence.values() for d in drafts}
    for relation in changes:
        roles = relation["roles"]
        rate = roles["rate"]
        end, rate = (
            by_id.get(roles["end"]),
            by_id.get(rate["claim"] if isinstance(rate, dict) else rate),
        )
        if end is None or rate is None:
            continue
        drafts = b.by_sentence[rate.sentence.number]
        after = [d for d in drafts if d.found.start >= rate.found.end]
        if not after or not _same(after[0], end) or not _FROM_START.match(b.gap(rate, after[0])):
            continue
        start = after[0]
        if start.id in b.in_pairs or start.id in b.converted:
            continue
        b.starts.add(start.id)
        b.in_pairs.add(start.id)
        b.add(
            "sum",
            {"total": end.id, "parts": [start.id, roles["change"]]},
            confidence=relation.get("confidence"),
            note="the level, its change and the level it changed from: E = S + C",
        )


# "..., and will grow by a further £600m, or 24%": a change from the level just stated.
_FURTHER = compile_later(
    r"\b(?:(?:grow|rise|increase|climb|expand|gain|grew|rose|increased|climbed|expanded|gained)"
    r"|(?P<fall>fall|drop|decline|shrink|fell|dropped|declined|shrank))\s+by\s+a\s+further\s+$",
    re.I,
)


def _change_from_before(b, further, level, change, rate) -> None:
    """ "Revenue reached S in 2013, and will grow by a further C, or R%, in 2014": S is the
    level the further change is measured from."""
    if not _same(level, change) or level.id in b.converted or level.id in b.starts:
        return
    if _ANOTHER_CLAUSE.search(b.gap(level, change).replace(" and ", " ", 1)):
        return  # "S, while imports will fall by a further C": another subject's change
    fallen = (phrasing.negated(change), phrasing.negated(rate)) if further["fall"] else (None, None)
    if further["fall"] and None in fallen:
        return
    b.used_rates.add(rate.id)
    b.in_pairs.add(change.id)
    b.add(
        "change_from",
        {"start": level.id, "change": fallen[0] or change.id, "rate": fallen[1] or rate.id},
        confidence="medium",
        note="'a further' change: measured from the level just stated",
    )


def _change_from(b, cue, change, rate, after: list) -> None:
    """ "rose by C, or R%, from S a year earlier": the change, its rate and the level it was
    measured from, the later level unstated."""
    if not after or not _same(after[0], change) or not _FROM_START.match(b.gap(rate, after[0])):
        return
    start = after[0]
    if start.id in b.in_pairs or start.id in b.converted:
        return
    falling = bool(cue["fall"] or cue["down"])
    fallen = (phrasing.negated(change), phrasing.negated(rate)) if falling else (None, None)
    if falling and None in fallen:
        return
    b.used_rates.add(rate.id)
    b.in_pairs.update((change.id, start.id))
    b.starts.add(start.id)
    b.add(
        "change_from",
        {"start": start.id, "change": fallen[0] or change.id, "rate": fallen[1] or rate.id},
    )


def _level_of_change(b, drafts: list, rate) -> Any:
    """The level of the change relation `rate` is the rate of, drafted by a phrasing."""
    for relation in reversed(b.relations):
        held = relation["roles"].get("rate")
        held = held.get("claim") if isinstance(held, dict) else held
        if relation["kind"] == "change" and held == rate.id:
            return next((d for d in drafts if d.id == relation["roles"]["end"]), None)
    return None


def _rate_then_bracketed_change(b, drafts: list) -> None:
    """ "rose 6.2% ($8.3 billion) to E": the rate first, its change in brackets, then the end."""
    for i, rate in enumerate(drafts[:-2]):
        change, end = drafts[i + 1], drafts[i + 2]
        if (
            rate.kind != "percent"
            or rate.id in b.used_rates
            or not _bracketed_change(b, drafts, i + 1)
            or not _same(change, end)
            or end.id in b.in_pairs
            or not _RATE_TO_END.match(b.gap(change, end))
        ):
            continue
        cue = _CHANGE_BEFORE.search(b.before(rate, 60))
        if cue:
            _add_change(b, cue, end, change, rate)


def _add_change(b, cue, end, change, rate) -> str | dict | None:
    """The change relation of a level, its change and its rate; a fall ("down", "fell by")
    stores both the change and the rate with a minus sign. The change as stored, or None."""
    falling = bool(cue["fall"] or cue["down"])
    fallen = (phrasing.negated(change), phrasing.negated(rate)) if falling else (None, None)
    if falling and None in fallen:
        return None  # a fall needs a minus sign the number can carry
    b.used_rates.add(rate.id)
    b.in_pairs.update((change.id, end.id))
    stored = fallen[0] or change.id
    b.add("change", {"end": end.id, "change": stored, "rate": fallen[1] or rate.id})
    return stored


def _level_before(b, drafts: list, i: int) -> list:
    """The level a change (drafts[i]) is stated after: "reached E, an increase of C or R%".
    Only the figure right before the change, in the change's own clause, and never a change
    itself: in "A increased by C1 (R1%) ... and B increased by C2 (R2%)" the figure before C2
    is A's rate and before that A's change, neither of them B's level."""
    if i == 0:
        return []
    level, change = drafts[i - 1], drafts[i]
    if (
        not (_same(level, change) or _points_of(change, level))
        or level.id in b.converted
        or level.id in b.in_pairs
        or _CHANGE_BEFORE.search(b.before(level, 60))
        or _ANOTHER_CLAUSE.search(b.gap(level, change))
    ):
        return []
    return [level]


# Shared with relations_cross.py.
SHARE_OF_WHOLE, OR_SHARE, REST, same = _SHARE_OF_WHOLE, _OR_SHARE, _REST, _same
PART_TO_SHARE = _PART_TO_SHARE
PER_PERSON = _PER_PERSON


def counts_people(b, draft) -> bool:
    """A bare count of people ("2.5 million tourists", "a population of 80,000")."""
    return _countable(draft) and bool(
        _COUNTED_PEOPLE.match(b.after(draft, 40)) or _POPULATION_BEFORE.search(b.before(draft, 40))
    )


CHANGE_BEFORE = _CHANGE_BEFORE
CHANGE_TO_RATE = _CHANGE_TO_RATE
ANOTHER_CLAUSE = _ANOTHER_CLAUSE
add_change = _add_change
