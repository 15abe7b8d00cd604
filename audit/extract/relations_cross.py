"""Shares and breakdowns whose figures are spread over the sentence or over two sentences.

    "A, up 6.1%, making up 16.1% of the total"        share: the rate between is skipped; the
                                                     whole is the total stated earlier in the
                                                     sentence, else the article's headline
                                                     figure of the same kind (low confidence)
    "T .... The output accounted for P% of the national total of W"
                                                     share: the part is the figure the
                                                     sentence before ends on (low confidence)
    "T, of which A were ..., accounting for P%"      share of T
    "T, with A from X and the remaining B from Y"    sum: the parts are all of T
    "E in 2022, up R% year on year" ... "In 2021, S"  growth: the start is the one fact of
                                                     the same subject for the year before
    "wages of £46m (67% of turnover)", "52 per cent of turnover at £4.6m", "Wages as a
    proportion of turnover: 55%"                     share: the whole is the one figure the
                                                     sentences before (else the one after)
                                                     state for the name (low confidence)
    "X's capacity reached T. Wind supplied P, accounting for S of X's total installed
    capacity", "accounted for S (P) of total capital importation", "with S of sales, as its
    revenue grew R to P"                             share: the whole is the one figure the
                                                     sentences around state for the name the
                                                     share gives, not another owner's, and not
                                                     one its own sentence makes a part (low)

    "The firm employs 12,400 people, 3,100 of them abroad, or 25 percent", "Police logged
    8,420 thefts. Of these, 2,950 (35.0%) were solved."
                                                     share: the whole is the one count the
                                                     anaphor points back to, of the thing the
                                                     part counts (medium confidence)
    "61 percent said yes, 29 percent no and the remaining 10 percent ...", "Coal accounted
    for 58 percent of generation, gas for 24 percent and wind for 18 percent"
                                                     sum (a list that says it is complete):
                                                     100 percent; partial_sum (the rest
                                                     unstated, or three slices): at most 100

Each takes the facts of one sentence (`drafts`, in text order) and the relation builder `b`
(relations._Builder); it runs after relations_news, on the figures still unused.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_gdp as gdp
from audit.extract import relations_news as news
from audit.extract.drafts import Draft
from audit.extract.periods_in_text import shift_years
from audit.extract.relations_margin import CHANGE_AMOUNT, figure_start, lead_start
from audit.extract.relations_parts import AND_BETWEEN, claim_of
from audit.lazy_regex import compile_later

# "of the total", "of the province's total (foreign trade)", "of the provincial total", and
# the bare "(5.5 percent of total)" of tables and wire copy ("of total exports" names its whole).
_OF_TOTAL = compile_later(
    r"^\s+of\s+(?:the|its|their)\s+(?:[\w\-]+['’]s\s+)?(?:(?:national|"
    r"overall|combined|provincial|municipal|regional|city|state|country['’]s|"
    r"nation['’]s)\s+)?total\b|^\s+of\s+total\b(?!\s+[a-z])",
    re.I,
)
# "The figure accounted for", "The output was", "It represented": the part is the figure the
# previous sentence ended on.
_ANAPHOR = compile_later(
    r"^\W*(?:(?:The|This|That)\s+(?:[\w\-]+\s+){0,2}?(?:figure|number|amount|"
    r"total|output|volume|value|sum|tally|harvest|production|result)|It|This|"
    r"That)\s+(?:alone\s+)?(?:accounted|accounts|made\s+up|makes\s+up|"
    r"represented|represents|was|is|equal(?:l?ed|s)?|comprised)\b"
)
_OF_WHICH = compile_later(r"\b(?:of\s+which|among\s+(?:which|them|these))\b", re.I)
# "T, with industry using P, or S": a clause on "with" right after the whole names its part.
_WITH_PART_GAP = compile_later(r"^\s*,\s+with\s+[^,;()\d]{1,60}$", re.I)
_SHARE_ENDS = compile_later(
    r"^\s*(?:[.;,)]|$|(?:in|for|of)\s+(?:the\s+)?(?:year\s+)?(?:19|20)\d\d\b)", re.I
)
_BREAKDOWN = compile_later(
    r"^\s*(?:\([^)]{0,60}\)\s*)?(?:[\w\-]+\s+){0,4}?[\w\-]*\s*(?:,|:|—|–)\s*"
    r"(?:with|of\s+which|including|comprising|among\s+which)?\s*$",
    re.I,
)
# "760,000 units, accounting for", "24.6 million visitors, or": what is counted may come between.
# "A GWh in 2023, accounting for": the part's unit and period may come between.
_TO_SHARE = compile_later(
    rf"^(?:\s+[a-z][\w\-]*){{0,3}}(?:\s+(?:in|during|for)\s+(?:19|20)\d\d)?\s*,?\s*"
    rf"{news.SHARE_VERB}",
    re.I,
)
_RATE_CUE = compile_later(
    r"\b(?:up|down|rose|fell|increase|decrease|growth|grew|declined?|"
    r"dropped|gained?|lost)\b",
    re.I,
)


def shares(b, drafts: list) -> None:
    anaphor_shares(b, drafts)
    partner_shares(b, drafts)
    for i, share in enumerate(drafts):
        if share.kind != "percent" or share.id in b.used_rates:
            continue
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        if nxt is not None and news.SHARE_OF_WHOLE.match(b.gap(share, nxt)):
            _part_before(b, drafts, i, nxt)
            continue
        after = b.after(share, 60)
        if ("total" in after and _OF_TOTAL.match(after)) or (
            _SHARE_ENDS.match(after)
            and (
                _OF_WHICH.search(b.text[share.sentence.start : share.found.start])
                or _with_part(b, drafts, i)
            )
        ):
            _whole_before(b, drafts, i)
    rest_sums(b, drafts)
    share_lists(b, drafts)


# "Its top two markets were Norland, accounting for ...": the list's head, naming the flow.
_PARTNER_LIST = compile_later(
    r"\b(?:top|main|largest|biggest|leading|major|principal)\s+(?:(?:two|three|four|five|six"
    r"|\d)\s+)?(?:(?P<flow>export|import|trading|trade)\s+)?(?P<noun>market|destination|buyer"
    r"|source|supplier|partner)s?\s+(?:were|was|are|is|included?)\b",
    re.I,
)
# "35.0 percent or 7.00 billion dollars": a share, then its part.
_SHARE_OR_PART = compile_later(
    r"^\s*,?\s*or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$", re.I
)
# "Norland, accounting for 35.0 percent": the first member's verb, the others leave it out.
_FIRST_SHARE_VERB = compile_later(
    r"(?:accounting\s+for|accounted\s+for|making\s+up|made\s+up|representing|taking|with)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$",
    re.I,
)
# The flow's word where it names the whole flow: after a possessive, "its", "total" or at the
# clause's head, and not narrowed after ("exports of electronics", "exports to the U.S.",
# "trade surplus").
_NARROWED_AFTER = compile_later(
    r"^\s+(?:of|to|from|for|by|with|surplus|deficit|balance|gap|growth)\b", re.I
)
_WHOLE_BEFORE = compile_later(
    r"(?:^|\b(?:the|its|their|total|overall|combined|foreign|[\w.\-]+['’]s?))\s*$", re.I
)


def partner_shares(b, drafts: list) -> None:
    """ "Merrow's exports rose to 20.0 billion dollars. Its top two markets were Norland,
    accounting for 35.0 percent or 7.00 billion dollars, and Eskar, 20.0 percent or 4.00
    billion dollars.": each partner's share and part, of the flow the list's head names,
    stated in the sentences before. A guess from the words (low)."""
    sentence = b.text[drafts[0].sentence.start : drafts[0].sentence.end]
    if " or " not in sentence:
        return  # a cheap test first: most sentences list no shares
    head = _PARTNER_LIST.search(sentence)
    pairs = _share_part_pairs(b, drafts)
    if head is None or not pairs or head.end() > pairs[0][0].found.start - drafts[0].sentence.start:
        return
    flow = (
        lx.PARTNER_FLOW_WORDS.get((head["flow"] or "").lower())
        or lx.PARTNER_FLOWS[head["noun"].lower()]
    )
    whole = _flow_total(b, pairs[0][1], flow)
    if whole is None:
        return
    for share, part in pairs:
        b.add_share(
            part,
            whole,
            share,
            f"a list of {head['noun'].lower()}s: the whole is the {flow} figure stated before",
        )


def _share_part_pairs(b, drafts: list) -> list[tuple[Any, Any]]:
    """The (share, part) pairs "P or A" of a sentence whose amounts are all in such pairs, the
    first after its verb ("accounting for"); [] where the sentence is not such a list."""
    pairs, paired = [], set()
    for share, part in pairwise(drafts):
        if (
            share.kind == "percent"
            and share.id not in b.used_rates
            and _is_amount(b, part)
            and _SHARE_OR_PART.match(b.gap(share, part))
            and not any(b.cues(share)[1:])  # "up 5.0 percent or 1.2 billion" is a change
        ):
            pairs.append((share, part))
            paired.add(part.id)
    amounts = [d for d in drafts if d.kind in ("money", "number", "measure")]
    if (
        not pairs
        or any(d.id not in paired and d.id not in b.converted for d in amounts)
        or not _FIRST_SHARE_VERB.search(b.before(pairs[0][0], 40))
        or not all(news.same(part, pairs[0][1]) for _, part in pairs)
    ):
        return []
    return pairs


def _flow_total(b, part, flow: str):
    """The one figure in the sentences before `part` that states the whole `flow`, of its
    kind and period; none where two do (the words do not say which)."""
    here = part.sentence.number
    found = ev.latest_of_each(
        d
        for n in range(here - _FAR, here)
        for d in b.by_sentence.get(n, [])
        if d.kind in ("money", "number", "measure")
        and news.same(d, part)
        and d.id not in b.converted
        and d.id not in b.starts
        and d.found.value is not None
        and not _periods_apart(b, d, part)
        and _names_whole_flow(_clause(b, d), flow)
    )
    return found[0] if len(found) == 1 else None


def _names_whole_flow(clause: str, flow: str) -> bool:
    """Whether a figure's clause names the whole flow: "Merrow's exports rose to", "total
    foreign trade reached", not "exports of electronics rose to" nor "farm exports"."""
    hits = list(re.finditer(rf"\b{flow}s?\b", clause, re.I))
    if not hits:
        return False
    last = hits[-1]
    return bool(_WHOLE_BEFORE.search(clause[: last.start()])) and not _NARROWED_AFTER.match(
        clause[last.end() :]
    )


# "a 57 percent voter turnout", "turnout was 57 percent": a share of the electorate that voted.
_TURNOUT_AFTER = compile_later(r"^\s+(?:voter\s+)?turnout\b", re.I)
_TURNOUT_BEFORE = compile_later(
    r"\bturnout\s+(?:was|is|of|stood\s+at|reached|hit|came\s+to|rose\s+to|fell\s+to)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+over\s+|just\s+under\s+)?$",
    re.I,
)
# The electorate: "2,840,000 registered voters", "the registered voters were 2,840,000".
_ELECTORATE_AFTER = compile_later(
    r"^\s+(?:registered|eligible)\s+voters\b|^\s+voters\s+(?:on\s+the\s+(?:electoral\s+)?roll"
    r"|registered)\b",
    re.I,
)
_ELECTORATE_BEFORE = compile_later(
    r"\b(?:registered\s+voters|electorate|eligible\s+voters)\s+(?:was|were|is|are|stood\s+at"
    r"|numbered|totall?ed|reached|of)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.I,
)
# Those who voted: "1,620,000 turned up", "those who voted were 1,620,000", "votes cast
# were"; valid votes leave out the rejected ballots, so they are not the turnout's count.
_VOTED_AFTER = compile_later(
    # "26,418,754, or 56.06%, cast their votes": its share of the electorate may come between
    r"^(?:,?\s*or\s+[\d.]+\s*(?:%|per\s*cent|percent)\s*,|\s*\([^()]{1,20}\))?"
    r"\s+(?:of\s+them\s+|voters\s+|people\s+)?(?:had\s+|have\s+)?(?:turned\s+(?:up|out)|voted"
    r"|cast\s+(?:their\s+|the\s+)?(?:ballots?|votes?)|went\s+to\s+the\s+polls|took\s+part"
    r"|exercised\s+(?:their\s+)?(?:right|franchise)s?)\b",
    re.I,
)
_VOTED_BEFORE = compile_later(
    r"\b(?:those\s+who\s+voted|who\s+turned\s+(?:up|out)|(?<!valid\s)(?:votes|ballots)\s+cast)"
    r"\s+(?:was|were|is|are|stood\s+at|numbered|totall?ed|reached)\s+(?:about\s+|around\s+"
    r"|nearly\s+|some\s+)?$",
    re.I,
)
_TURNOUT_WINDOW = 2  # sentences either side the counts of a turnout are looked for in


def turnout_across(b, share) -> bool:
    """ "The election saw a 57 percent voter turnout. Out of the total of 2,840,000 registered
    voters, 1,620,000 turned up.": a turnout alone in its sentence is the share of the one
    electorate count that the one count of those who voted is, both in the sentences around
    it. A guess from the words (low); True where it linked."""
    if share.id in b.used_rates or not _is_turnout(b, share):
        return False
    here = share.sentence.number
    near = [
        d
        for n in range(here - _TURNOUT_WINDOW, here + _TURNOUT_WINDOW + 1)
        if n != here
        for d in b.by_sentence.get(n, [])
    ]
    if any(d.kind == "percent" and _is_turnout(b, d) for d in near):
        return False  # two turnouts: whose counts these are the words do not say
    counts = [
        d
        for d in near
        if d.kind == "number"
        and d.id not in b.converted
        and d.found.value is not None
        and not _periods_apart(b, d, share)
    ]
    electorate = ev.latest_of_each(d for d in counts if _is_electorate(b, d))
    voted = ev.latest_of_each(d for d in counts if _voted(b, d))
    if len(electorate) != 1 or len(voted) != 1 or electorate[0] is voted[0]:
        return False  # none, or more than one: the words do not say which
    b.add_share(
        voted[0],
        electorate[0],
        share,
        "a turnout: the part is the count of those who voted, the whole the registered voters,"
        " in the sentences around it",
    )
    return True


# "58.45% of the 27.9 million eligible voters took part": the share of an electorate that voted,
# said by its verb, with the count of those who voted in a sentence around it.
_OF_THE = compile_later(r"^\s+of\s+(?:the\s+|its\s+|all\s+)?$", re.I)
_ELECTORATE_VOTED = compile_later(
    r"(?:\s+(?:eligible|registered))?(?:\s+voters)?\s+(?:who\s+)?(?:had\s+|have\s+)?"
    r"(?:took\s+part|voted|turned\s+(?:out|up)|cast\s+(?:their\s+)?(?:ballots?|votes?)"
    r"|went\s+to\s+the\s+polls|exercised\s+(?:their\s+)?(?:right|franchise)s?)\b",
    re.I,
)


def electorate_turnouts(b, drafts: list) -> None:
    """ "P% of the W eligible voters took part": P is the share of W that the one count of
    those who voted, in the sentences around (not this one), is. A guess from the words."""
    for share, whole in pairwise(drafts):
        if share.kind != "percent" or share.id in b.used_rates or whole.kind != "number":
            continue
        if whole.found.value is None or whole.id in b.converted:
            continue
        if not _OF_THE.match(b.gap(share, whole)) or not _ELECTORATE_VOTED.match(
            b.text, whole.found.end, whole.sentence.end
        ):
            continue
        here = share.sentence.number
        voted = ev.latest_of_each(
            d
            for n in range(here - _TURNOUT_WINDOW, here + _TURNOUT_WINDOW + 1)
            if n != here
            for d in b.by_sentence.get(n, [])
            if d.kind == "number"
            and d.found.value is not None
            and d.id not in b.converted
            and d.period == whole.period
            and _voted(b, d)
            and not _BALLOT_KIND.search(b.before(d, 25))
        )
        if len(voted) != 1:
            continue  # none or more than one: the words do not say which
        b.add_share(
            voted[0],
            whole,
            share,
            "a share of the electorate said to have voted: the part is the one count of those"
            " who voted in the sentences around it",
        )


def _is_turnout(b, share) -> bool:
    return bool(
        _TURNOUT_AFTER.match(b.after(share, 30)) or _TURNOUT_BEFORE.search(b.before(share, 40))
    )


def _is_electorate(b, draft) -> bool:
    return bool(
        _ELECTORATE_AFTER.match(b.after(draft, 40))
        or _ELECTORATE_BEFORE.search(b.before(draft, 50))
    )


def _voted(b, draft) -> bool:
    return bool(_VOTED_AFTER.match(b.after(draft, 40)) or _VOTED_BEFORE.search(b.before(draft, 50)))


# "Cloud accounted for 27% of group revenue": a share alone in its sentence, its part named by
# the subject and its whole by the words after "of", both stated in the sentences before.
_SUBJECT_SHARES = compile_later(
    r"^\W*(?P<subject>(?:[\w'’-]+\s+){1,5}?)(?:alone\s+|together\s+)?(?:accounted\s+for"
    r"|accounts\s+for|made\s+up|makes\s+up|represented|represents|contributed|contributes"
    r"|comprised|comprises|took|takes)\s+(?:about\s+|around\s+|nearly\s+|almost\s+"
    r"|roughly\s+|some\s+|over\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$",
    re.I,
)
# The whole after "of", an owner's name before it left out ("of Marrow Bay's total installed
# power capacity" names installed power capacity: the owner is checked as a place, below).
_OF_NAMED_WHOLE = compile_later(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:(?P<owner>(?:[\w-]+\s+){0,2}?[\w-]+)['’]s\s+)?"
    r"(?P<whole>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"\s*(?:[.;)]|,|$|\s+(?:in|for|during|last|this)\b)",
    re.I,
)
# "Wages as a proportion of turnover: 55%", "Wages as a share of turnover were 55%": a label
# naming the part and the whole before the share.
_AS_SHARE_OF = compile_later(
    r"^\W*(?P<subject>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+as\s+an?\s+(?:proportion|share"
    r"|percentage|per\s*cent(?:age)?)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
    r"(?P<whole>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s*(?::|\s(?:was|were|is|are|stood\s+at))\s*"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+over\s+"
    r"|just\s+under\s+)?$",
    re.I,
)
_BACK = 3  # sentences looked back for the part and the whole
# Sentences looked back for a whole the share names, where none is nearer: one statement of
# the name in this window is the one the share means.
_FAR = 10
# "7.8m gate receipts accounted for", "At 7.8m, gate receipts made up": the part, then its
# share; "wages of £46m (67% of turnover)": the share in brackets after its part.
_PART_THEN_SHARE = compile_later(
    rf"^,?(?:\s+[\w'’-]+){{0,5}}\s*,?\s*{news.SHARE_VERB}|^\s*\(\s*"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$"
    # "603,257 special votes – 20.9% of total votes": the share in a dash's aside
    r"|^(?:\s+[\w'’-]+){0,3}\s+[–—]\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$"
    # "$2.19 billion for Tobago, 3.4% of the national budget": the share as an aside
    r"|^(?:\s+(?:for|to|on|in)(?:\s+[\w'’-]+){1,3})?\s*,\s*(?:about\s+|around\s+|nearly\s+"
    r"|almost\s+|some\s+)?$",
    re.I,
)
# "52 per cent of turnover at £4.6m", "a third of its budget, or £2m": the share, the whole
# it is of by name, then the part.
_SHARE_OF_NAMED_THEN_PART = compile_later(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<whole>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
    r"\s*(?:,\s*or|\s+at|,\s+at|\s*\(|,\s+worth|\s+worth)\s+(?:about\s+|around\s+|nearly\s+"
    r"|almost\s+|roughly\s+|some\s+|just\s+over\s+|just\s+under\s+)?$",
    re.I,
)


# "supplied 18 per cent of the city's visitors, 1.15 million in total": the part after a
# comma, said to be the share's whole amount.
_SHARE_OF_NAMED_THEN_TOTAL = compile_later(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<whole>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
    r"\s*,\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$",
    re.I,
)
_IN_TOTAL_AFTER = compile_later(r"\s+(?:in\s+(?:total|all)|altogether)\b", re.I)


def named_wholes(b, drafts: list) -> None:
    """A share whose whole the sentences before state, named after "of": alone in its
    sentence (the part named by its subject), or after its part ("At £7.8m, gate receipts
    made up 28% of turnover")."""
    last = drafts[-1]
    if len(drafts) == 1 and last.kind == "percent" and turnout_across(b, last):
        return
    # "Trade with Varn rose 5.6 percent to P, accounting for S of ...", "with S of sales, as
    # its revenue grew 3 percent to P": a rate of change already read is neither share nor
    # part, and the part is still the figure next to the share
    drafts = [d for d in drafts[:-1] if d.id not in b.used_rates] + [last]
    if len(drafts) == 2 and _is_amount(b, last) and drafts[0].kind == "percent":
        _share_then_part(b, drafts[0], last)
        return
    if _share_rate_then_part(b, drafts):
        return
    if len(drafts) > 2:
        # "at A, or 21.9 percent of total imports, followed by B": each part with its share
        for k, (part, share) in enumerate(pairwise(drafts)):
            if share.kind == "percent" and share.id not in b.used_rates:
                if k > 0 and part.kind == "percent" and any(b.cues(part)[1:]):
                    # "788,530 arrivals, chalking up 11.76% growth and comprising 22.6% of
                    # the total": the growth rate between is passed over
                    if _PART_THEN_SHARE.match(b.gap(part, share)):
                        _whole_named_after(b, drafts[k - 1], share)
                    continue
                _part_then_share(b, part, share)
            elif (
                part.kind == "percent"
                and _is_amount(b, share)
                and _IN_TOTAL_AFTER.match(b.after(share, 20))
            ):
                # "..., while B supplied 18 per cent of visitors, 1.2 million in total"
                _share_then_part(b, part, share)
        return
    if last.kind != "percent" or last.id in b.used_rates:
        return
    if len(drafts) == 1:
        _named_whole(b, last, b.after(last, 60))
        return
    _part_then_share(b, drafts[0], last)


def _part_then_share(b, part, share) -> None:
    if (
        part.kind in ("money", "number", "measure")
        and part.id not in b.converted
        and part.id not in b.in_pairs
        and _PART_THEN_SHARE.match(b.gap(part, share))
    ):
        _whole_named_after(b, part, share)


# "which accounted for 73.6 per cent ($4,309.5 million) of total capital importation": the
# share, its part in brackets, then the whole by name.
_SHARE_VERB_BEFORE = compile_later(
    r"\b(?:accounted\s+for|accounting\s+for|accounts\s+for|made\s+up|making\s+up|makes\s+up"
    r"|represented|representing|represents|constituted|constituting)\s+(?:about\s+|around\s+"
    r"|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+)?$",
    re.I,
)
_OPEN_BRACKET = compile_later(r"^\s*\(\s*$")
_CLOSE_BRACKET = compile_later(r"^\s*\)")


def bracketed_parts(b, drafts: list) -> None:
    """Each share said by its verb with its part in brackets right after it and the whole
    named after the bracket; the whole is the one figure the sentences around state for that
    name (see _whole_named)."""
    for share, part in pairwise(drafts):
        if share.kind != "percent" or share.id in b.used_rates or not _is_amount(b, part):
            continue
        if not _OPEN_BRACKET.match(b.gap(share, part)) or part.found.per:
            continue
        if not _SHARE_VERB_BEFORE.search(b.before(share, 40)):
            continue
        after = b.after(part, 80)
        closed = _CLOSE_BRACKET.match(after)
        named = _OF_NAMED_WHOLE.match(after[closed.end() :]) if closed else None
        if named is not None:
            _whole_named(b, part, share, named["whole"], named["owner"] or "")


def _share_rate_then_part(b, drafts: list) -> bool:
    """ "with 49.3 per cent of total sales, revenue for the unit increased by just 2.5 per
    cent to P": the share, then its part after a rate of change no other pattern read; the
    words between say both (see _its_own)."""
    if len(drafts) < 3 or not _is_amount(b, drafts[-1]):
        return False
    share, rate, part = drafts[-3:]
    if share.kind != "percent" or rate.kind != "percent":
        return False
    if _its_own(b.gap(share, part)) is None:
        return False
    _share_then_part(b, share, part)
    return True


def _is_amount(b, draft) -> bool:
    return (
        draft.kind in ("money", "number", "measure")
        and draft.id not in b.converted
        and draft.id not in b.in_pairs
    )


def _share_then_part(b, share, part) -> None:
    """ "Turnover was £8.5m. ... It spent 52 per cent of turnover at £4.6m on wages.": the
    share, the whole it names, then its part; the whole is the one figure the sentences
    around state for that name."""
    if share.id in b.used_rates or any(b.cues(share)[1:]):
        return  # a rate of change ("up 52%") is no share
    gap = b.gap(share, part)
    named = _SHARE_OF_NAMED_THEN_PART.match(gap) or _its_own(gap)
    if named is None and _IN_TOTAL_AFTER.match(b.after(part, 20)):
        named = _SHARE_OF_NAMED_THEN_TOTAL.match(gap)  # "18 per cent of visitors, 1.2m in total"
    if named is None or part.found.per:
        return
    if ev.words(b.text[share.sentence.start : share.found.start]) & lx.RATE_AT_LEVEL_WORDS:
        return  # "a tax of 40% of income at £50,000": the level the rate is charged at
    _whole_named(b, part, share, named["whole"])


# "with 47.2 percent of sales, as its revenue grew 3 percent to", "with 49.3 per cent of
# total sales, revenue for the unit increased by just 2.5 per cent to": the share, the whole
# it names, then the subject's own figure ("its", "for the unit") of a quantity, after its
# rate of change. A quantity no word gives to the subject ("revenue rose to") may be anyone's.
_CHANGED_TO = (
    r"(?:(?:grew|rose|fell|increased|decreased|climbed|dropped|declined|jumped|slipped|gained"
    r"|was\s+up|was\s+down)(?:\s+by)?(?:\s+just|\s+only)?\s+[\d.]+\s*(?:percent|per\s+cent|%)"
    r"\s+to|(?:grew|rose|fell|climbed|dropped|declined|jumped|slipped)\s+to|was|came\s+to"
    r"|reached|totall?ed|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+"
    r"|some\s+)?$"
)
_SUBJECT_NOUN = r"(?:unit|segment|division|arm|business|group|company|firm)"
_SHARE_OF_NAMED_AS_ITS = compile_later(
    r"^\s+of\s+(?:the\s+|all\s+)?(?P<whole>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s*,\s*"
    r"(?:(?:(?:as|while|after|and|with)\s+)?its\s+(?P<metric>(?:[\w-]+\s+){0,2}?[a-z][\w-]*)"
    r"|(?:(?:as|while|after|and|with)\s+)?(?P<owned>[a-z][\w-]*)\s+(?:for|of|at|from)\s+the\s+"
    + _SUBJECT_NOUN
    + r")\s+"
    + _CHANGED_TO,
    re.I,
)


def _its_own(gap: str) -> re.Match | None:
    """The "as its revenue grew to" reading of the words between a share and its part, where
    the quantity the part is of ("its revenue") is the one the share names ("of sales"):
    "with 47.2 percent of sales, as its profit grew to P" gives no part of sales."""
    named = _SHARE_OF_NAMED_AS_ITS.match(gap)
    if named is None:
        return None
    metric, whole = ev.words(named["metric"] or named["owned"]), _core_words(named["whole"])
    return named if metric and whole and metric <= same_words(whole) else None


def _named_whole(b, share, after: str) -> None:
    """ "Cloud revenue rose to 3.4 billion dollars. Group revenue was 12.6 billion dollars.
    Cloud accounted for 27 percent of group revenue.": the one earlier figure whose words
    hold every word of the whole, and the one other whose words share the subject's. A label
    names both before the share: "Wages as a proportion of turnover: 55%"."""
    head = b.text[share.sentence.start : share.found.start]
    label = _AS_SHARE_OF.match(head)
    subject = label or _SUBJECT_SHARES.match(head)
    named = label or (_OF_NAMED_WHOLE.match(after) if subject else None)
    if not subject or not named:
        return
    subject_words, whole_words = ev.words(subject["subject"]), ev.words(named["whole"])
    if not subject_words or not whole_words:
        return
    core = whole_words - lx.WHOLE_WORDS - lx.WHOLE_NAME_FILLERS
    if label is None and core and subject_words > core:
        _narrower_subject(b, share, subject["subject"], named["whole"], core, subject_words)
        return
    if subject_words >= whole_words:
        return
    named_by = _earlier_named(b, share, named["whole"])
    # "of total exports" names exports: the farm exports of the subject are not the whole
    wholes = [d for d, words in named_by if words >= whole_words and not words & subject_words]
    parts = [d for d, words in named_by if words & subject_words and d not in wholes]
    if len(wholes) != 1 or len(parts) != 1 or not news.same(wholes[0], parts[0]):
        return  # none, or more than one: the words do not say which
    b.add_share(
        parts[0],
        wholes[0],
        share,
        f"the part is the earlier figure of "
        f"'{subject['subject'].strip()}', the whole the earlier figure of "
        f"'{named['whole']}'",
    )


def _narrower_subject(
    b, share, subject: str, whole: str, core: frozenset[str], subject_words: frozenset[str]
) -> None:
    """ "Sales of vehicles amounted to V. ... Sales of electric vehicles amounted to A. Sales
    of electric vehicles accounted for 40 percent of total vehicle sales.": the subject is the
    whole's name narrowed ("electric"). The whole is the one earlier figure named by the
    whole's words and by none of the narrowing ones, the part the one named by all the
    subject's; a figure of a pair ("production and sales ... A and B") is named by its own
    half of the pair."""
    narrowing = subject_words - core
    here = share.sentence.number
    named = [
        (d, _own_words(b, d))
        for n in range(here - _FAR, here)
        for d in b.by_sentence.get(n, [])
        if d.kind in ("money", "number", "measure")
        and d.id not in b.converted
        and d.id not in b.starts
        and d.found.value is not None
        and not _periods_apart(b, d, share)
        and _clause_qualifiers(b, d) - lx.WHOLE_WORDS <= ev.qualifiers(whole)
    ]
    wholes = ev.latest_of_each(d for d, words in named if words >= core and not words & narrowing)
    parts = ev.latest_of_each(d for d, words in named if words >= subject_words)
    if len(wholes) != 1 or len(parts) != 1 or not news.same(wholes[0], parts[0]):
        return  # none, or more than one: the words do not say which
    (only,), (part,) = wholes, parts
    sentence = b.text[share.sentence.start : share.sentence.end]
    if not _places(_clause(b, only)) <= _places(_clause(b, part)) | _places(sentence):
        return  # a whole of a place the part and the share do not name
    b.add_share(
        part,
        only,
        share,
        f"the part is the earlier figure of '{subject.strip()}', the whole the earlier "
        f"figure of '{whole}' without '{' '.join(sorted(narrowing))}'",
    )


_MONTH_NAMES = frozenset(m.lower() for m in lx.MONTHS)


def _places(text: str) -> frozenset[str]:
    """The names a text gives, months and spans of them ("January-July") left out."""
    return frozenset(n for n in ev.names(text) if not set(n.lower().split("-")) <= _MONTH_NAMES)


def _periods_apart(b, one, two) -> bool:
    """Two figures of two periods, each read from the figure or else from its sentence ("In
    July, ..." against "in the first seven months")."""
    one_keys, two_keys = _period_keys(b, one), _period_keys(b, two)
    return bool(one_keys and two_keys and not one_keys & two_keys)


def _period_keys(b, draft) -> frozenset[str]:
    own = ev.period_keys_of(draft)
    if own:
        return own
    return ev.periods(b.text[draft.sentence.start : draft.sentence.end]) - ev.BASE_KEYS


def _own_words(b, draft) -> frozenset[str]:
    """The words naming a figure; of a pair stated together ("production and sales of
    vehicles amounted to A and B"), its own half of the pair named last before the pair: A is
    production, B sales."""
    words = ev.words(_figure_words(b, draft))
    paired = _place_in_pair(b, draft)
    if paired is None:
        return words
    place, first = paired
    halves = ev.pair(b.text[first.sentence.start : first.found.start])
    if halves is None:
        return words
    return (words | {halves[place]}) - {halves[1 - place]}


def _place_in_pair(b, draft) -> tuple[int, Any] | None:
    """(0 or 1, the pair's first figure) where `draft` is the first or second of two amounts
    of a kind joined by "and" ("10.2 million units and 10.0 million units"), else None."""
    drafts = [d for d in b.all_by_sentence.get(draft.sentence.number, []) if news.same(d, draft)]
    i = next((k for k, d in enumerate(drafts) if d is draft), None)
    if i is None:
        return None
    before = i > 0 and _joined(b, drafts[i - 1], draft)
    after = i + 1 < len(drafts) and _joined(b, draft, drafts[i + 1])
    if before == after:
        return None  # alone, or in a list of three or more: no pair
    return (1, drafts[i - 1]) if before else (0, draft)


def _joined(b, first, second) -> bool:
    return AND_BETWEEN.fullmatch(b.text, first.found.end, second.found.start) is not None


def _whole_named_after(b, part, share) -> None:
    named = _OF_NAMED_WHOLE.match(b.after(share, 60))
    if named is not None:
        _whole_named(b, part, share, named["whole"], named["owner"] or "")


def _whole_named(b, part, share, whole: str, owner: str = "") -> None:
    """The whole is the one figure whose words hold every word of its name: in the sentences
    just before the share, else the sentence after ("wages of £46m (67% of turnover).
    Turnover was £68.7m."), else further back (a total is stated before its breakdown)."""
    whole_words = _core_words(whole)
    if not whole_words:
        return  # "67% of the total" names no quantity: the total of what is not said
    here = share.sentence.number
    # A figure already read as a part of a share ("Tea earned A, or 53% of total exports") is
    # no whole of the next part's share of the same thing.
    parts = {r["roles"].get("part") for r in b.relations if r["kind"] == "share"}
    # "22.6 percent of the total arrivals" is of a total stated before the list, never of the
    # next item's figure ("China follows with 733,769 arrivals")
    as_total = bool(lx.WHOLE_WORDS & set(whole.lower().split()))
    after = range(0) if as_total else range(here + 1, here + 2)
    searches = (
        ("earlier", range(here - _BACK, here)),
        ("next sentence's", after),
        ("earlier", range(here - _FAR, here - _BACK)),
    )
    # A figure named by the whole's own words first; else by a word news uses for the same
    # quantity ("47.2 percent of sales" of a group revenue stated before).
    found = next(
        (
            (where, wholes)
            for same in (False, True)
            for where, numbers in searches
            if (
                wholes := [
                    w
                    for w in _named_figures(
                        b, part, share, whole, whole_words, numbers, owner, same=same
                    )
                    if w.id not in parts and not _a_share_of(b, w, whole_words)
                ]
            )
        ),
        None,
    )
    if found is not None and len(found[1]) > 1 and _one_amount(found[1]):
        found = (found[0], found[1][-1:])  # the headline's figure stated again in the lead
    if found is not None and len(found[1]) > 1 and as_total:
        # "18 per cent of total expenditure" after the estimated expenditure, then the capital
        # and recurrent expenditure: the one not named as a kind of it
        unqualified = [w for w in found[1] if not _a_kind_of_the_total(b, w, whole_words)]
        if len(unqualified) == 1:
            found = (found[0], unqualified)
    if found is None or len(found[1]) != 1:
        return  # none, or more than one: the words do not say which
    where, (only,) = found
    if _voted(b, only) and _CANDIDATE_VOTES.search(b.before(part, 60)):
        return  # a candidate's share is of the valid votes; all who voted include the void
    if _PICKED_AFTER.match(b.after(part, 40)):
        return  # "3.09% of voters, or N, picked X": of the valid votes, which are not stated
    b.add_share(part, only, share, f"the whole is the {where} figure of '{whole}'")


def _after_its_share(b, figure) -> str | None:
    """The rest of the figure's sentence after the share it is given ("A, accounting for 25%"),
    or None where it is given none."""
    own = _ITS_SHARE_AFTER.match(b.after(figure, 80))
    return None if own is None else b.text[figure.found.end + own.end() : figure.sentence.end]


def _a_share_of(b, figure, whole_words: frozenset[str]) -> bool:
    """The figure is given its own share of the same whole ("hydro power rose to A, accounting
    for 25% of the total power generation"): a part of it, whatever step reads that share."""
    rest = _after_its_share(b, figure)
    named = _OF_NAMED_WHOLE.match(rest) if rest is not None else None
    return named is not None and _core_words(named["whole"]) == whole_words


def _a_part_of_the_total(b, figure) -> bool:
    """The figure is given its own share of the total ("hydro power rose to A, accounting for
    25% of the total power generation"): a part, never the total of the next part."""
    rest = _after_its_share(b, figure)
    if rest is None:
        return False
    if _ANOTHER_OWNERS_TOTAL.match(rest):
        return False  # "4% of the world's total": a part of a larger whole, the total here
    return bool(_TOTAL_NAMED.match(rest) or _OF_TOTAL.match(rest))


_ANOTHER_OWNERS_TOTAL = compile_later(
    r"^\s*(?:percent|per\s+cent|%|pc)?\s*of\s+(?:the\s+)?(?:[\w-]+['’]s?|world|global|national"
    r"|worldwide)\s+total\b",
    re.I,
)


def _one_amount(figures: list) -> bool:
    """Figures that all state one amount: one quantity written twice, not two to choose from."""
    return len({(f.found.value, f.found.unit, f.found.currency) for f in figures}) == 1


# "won with 71,240 votes", "took 51,806 votes": a candidate's count.
# "3.09% of voters, or 757,511, picked Sabahy": the count of a candidate's voters, after it.
_PICKED_AFTER = compile_later(
    r"^[\s,]*(?:\w+\s+)?(?:picked|chose|backed|supported|voted\s+for|went\s+(?:to|for)|opted\s+for)\b",
    re.I,
)
_CANDIDATE_VOTES = compile_later(
    r"\b(?:won|wins|received|receives|got|gets|took|takes|secured|polled|garnered|obtained"
    r"|bagged|scored|amassed|collected)\b"
    r"[^.;]{0,40}$"
    # "Mr Banda had 210,400 votes": "had" only right before the count ("The district had
    # 84,000 registered voters, and 52,000 votes were cast" says nothing of the 52,000)
    r"|\b(?:had|has)\s+(?:about\s+|some\s+|nearly\s+|over\s+)?$",
    re.I,
)


def same_words(words: frozenset[str]) -> frozenset[str]:
    """Words with those news uses for the same quantity: revenue is also sales, turnover."""
    return words.union(*(lx.METRIC_SAME.get(w, ()) for w in words))


def _core_words(whole: str) -> frozenset[str]:
    """The words a whole's figure must be named by: "total installed power capacity" is the
    installed power capacity stated before, "total foreign trade" the trade."""
    lower = whole.lower()
    for phrase, plain in lx.WHOLE_NAME_SAME.items():
        lower = lower.replace(phrase, plain)
    return ev.words(lower) - lx.WHOLE_WORDS - lx.WHOLE_NAME_FILLERS


def _named_figures(
    b,
    part,
    share,
    whole: str,
    whole_words: frozenset[str],
    numbers: range,
    owner: str = "",
    same: bool = False,
) -> list:
    """The figures of the sentences `numbers` that can be the whole named `whole` (of
    `owner`, where the share names one: "of Calder's total capacity" is no whole of Eskar);
    with `same`, a figure's words count with the words for the same quantity."""
    return [
        d
        for d, words in _earlier_named(b, share, whole, numbers)
        if (same_words(words) if same else words) >= whole_words
        and news.same(d, part)
        and d is not part
        and _same_count(d, part)
        and not ev.owned_by_another(b.text[d.sentence.start : d.found.start], owner)
        and not _said_to_be_a_part(b, d)
        and not _DID_NOT_AFTER.match(b.after(d, 40))
        and not (part.period is None and _within_a_span_stated_before(b, d, share))
        # "total exports were down by NZ$405 million": a change, no whole to take a share of
        and not news.CHANGE_BEFORE.search(b.before(d, 40))
    ]


def _a_kind_of_the_total(b, figure, whole_words: frozenset[str]) -> bool:
    """The figure's words put another word before the name of a whole the share calls the
    total ("capital expenditure of A" for "18 per cent of total expenditure"): a kind of it.
    A word of status ("estimated expenditure") does not."""
    # the words right before the figure: "The proposed expenditure consists of capital
    # expenditure of A" names A by its last "expenditure"
    before = ev.last_modifiers(
        b.text[max(figure.sentence.start, figure.found.start - 60) : figure.found.start]
    )
    return any(
        (word := before.get(core)) is not None
        and word not in lx.WHOLE_WORDS
        and word not in lx.PLAN_WORDS
        and word not in _STATUS_WORDS
        for core in whole_words
    )


# Words that say how sure a figure is, not what kind of it: "the estimated expenditure".
_STATUS_WORDS = frozenset(("estimated", "proposed", "planned", "approved", "revised", "actual"))


def _within_a_span_stated_before(b, figure, share) -> bool:
    """ "Mined M between April and October. Output in October was O. Ferro produced P, almost
    80 percent of total output": an undated part is of the span the article reports, not of
    the one month inside it a figure of the same kind was stated for."""
    if not figure.period:
        return False
    here = share.sentence.number
    for n in range(max(0, here - _FAR), here):
        for d in b.by_sentence.get(n, []):
            if (
                d is not figure
                and d.period != figure.period
                and news.same(d, figure)
                and ev.within(figure.period, d.period)
            ):
                return True
    return False


# "3.6 million voters did not vote", "who failed to turn out": a count of those left out of
# what the words name, never its whole.
_DID_NOT_AFTER = compile_later(
    r"^\s*(?:[a-z][\w'’-]*\s+){0,2}?(?:(?:did|do|does|could|would|had|have)\s+not|didn['’]t"
    r"|failed\s+to|stayed\s+(?:away|at\s+home)|abstained)\b",
    re.I,
)


# "reaching $2,990m of total capital importation", "$2,990m, accounting for": a figure its
# own sentence makes a part of a whole is not that whole.
_OF_TOTAL_AFTER = compile_later(
    r"^\s*(?:[a-z][\w-]*\s+)?of\s+(?:the\s+|all\s+|its\s+)?total\b",
    re.I,
)


def _said_to_be_a_part(b, draft) -> bool:
    after = b.after(draft, 60)
    return bool(_OF_TOTAL_AFTER.match(after) or _TO_SHARE.match(after))


def _same_count(whole, part) -> bool:
    """Counts of two things are no part and whole: "52% of the vote at 4,600 polling
    stations" is not a share of the 12,000 votes."""
    counted = ev.words(whole.found.counted or ""), ev.words(part.found.counted or "")
    return not all(counted) or counted[0] == counted[1]


def _earlier_named(
    b, share, whole: str, numbers: range | None = None
) -> list[tuple[Any, frozenset[str]]]:
    """The amounts of the sentences before a share (or of `numbers`), with the words naming
    each, that can be its whole: none names a place the share's sentence does not, nor a
    qualifier ("daily") its whole lacks, nor another period."""
    sentence = b.text[share.sentence.start : share.sentence.end]
    said, qualifiers = ev.names(sentence), ev.qualifiers(whole)
    if numbers is None:
        numbers = range(share.sentence.number - _BACK, share.sentence.number)
    return [
        (d, ev.words(_figure_words(b, d)))
        for n in numbers
        for d in b.by_sentence.get(n, [])
        if d.kind in ("money", "number", "measure")
        and d.id not in b.converted
        and d.id not in b.starts
        and d.found.value is not None
        # "exports to Asia" is not "exports"; "daily output" is not "output"
        and ev.names(_clause(b, d)) <= said
        and _clause_qualifiers(b, d) - lx.WHOLE_WORDS <= qualifiers
        and (not d.period or not share.period or d.period == share.period)
    ]


# "Each tourist spent an average of 460 yuan", "spending per visitor came to $85": a figure
# per person whose total and count the sentences before state.


def per_head_across(b, drafts: list) -> None:
    """A per-person figure alone in its sentence, its total and count in the sentences before:
    the one money total in the same currency and the one count of people there."""
    money = [d for d in drafts if d.kind == "money" and d.id not in b.converted]
    if len(money) != 1 or any(d.kind == "number" for d in drafts):
        return
    each = money[0]
    if each.id in b.used_rates or each.found.value is None:
        return
    per = (each.found.per or "").lower()
    if not (per in news.PER_PERSON or news.EACH_BEFORE.search(b.before(each, 80))):
        return
    earlier = [
        d
        for n in range(each.sentence.number - _BACK, each.sentence.number)
        for d in b.all_by_sentence.get(n, [])
        if d.id not in b.converted and d.status == "fact"
    ]
    totals = [
        d
        for d in earlier
        if d.kind == "money"
        and d.found.currency == each.found.currency
        and not d.found.per
        and d.found.value is not None
    ]
    counts = ev.latest_of_each(d for d in earlier if news.counts_people(b, d))
    bare = ev.latest_of_each(
        d for d in earlier if d.kind == "number" and not d.found.unit and not d.found.per
    )
    totals = ev.latest_of_each(totals)
    if len(totals) != 1 or len(counts) != 1 or len(bare) != 1:
        return  # none, or more than one: the words do not say which
    b.used_rates.add(each.id)
    b.add(
        "per_capita",
        {"total": totals[0].id, "count": counts[0].id, "per_capita": each.id},
        confidence="low",
        note="the total and the count are the ones the sentences before state",
    )


def _clause(b, draft) -> str:
    return ev.clause_before(b.text, draft.sentence.start, draft.found.start)


_PER_CENT = compile_later(r"\bper\s*cent(?:age)?\b", re.I)


def _clause_qualifiers(b, draft) -> frozenset[str]:
    """The qualifiers of a figure's clause; the "per" of a rate written "15.7 per cent"
    before it is no "per capita"."""
    return ev.qualifiers(_PER_CENT.sub(" ", _clause(b, draft)))


def _figure_words(b, draft) -> str:
    """The words naming what a figure measures: its clause up to it, its metric, and a noun
    of money right after it ("presents $50.5 billion budget")."""
    after = _MONEY_NOUN_AFTER.match(b.after(draft, 20)) if draft.kind == "money" else None
    noun = f" {after[1]}" if after else ""
    return _clause(b, draft) + " " + draft.metric.replace("_", " ") + noun


_MONEY_NOUN_AFTER = compile_later(rf"^\s+({lx.alternation(lx.MONEY_NOUNS)})\b", re.I)


def _part_before(b, drafts: list, i: int, whole) -> None:
    """ "The output accounted for P% of the national total of W": the part is the figure the
    previous sentence ends on."""
    share = drafts[i]
    if any(news.same(d, whole) for d in drafts[:i]) or not _ANAPHOR.match(
        b.text[share.sentence.start : share.found.start]
    ):
        return
    previous = [
        d
        for d in b.by_sentence.get(share.sentence.number - 1, [])
        if news.same(d, whole) and d.id not in b.starts and d.id not in b.converted
    ]
    if not previous:
        return
    part = previous[-1]
    b.add_share(
        part,
        whole,
        share,
        "the part is the figure the sentence before states (its subject is "
        "'the figure', 'the output', 'it')",
    )


def _with_part(b, drafts: list, i: int) -> bool:
    """The share's part (the figure before it) opens a "with" clause right after a figure of
    its kind: "consumption reached T, with industry using P, or S percent"."""
    if i < 2:
        return False
    whole, part = drafts[i - 2], drafts[i - 1]
    if not news.same(whole, part) or not _WITH_PART_GAP.match(b.gap(whole, part)):
        return False
    # "exports reached E, with imports at I": the other side of a balance, not a part
    named = ev.words(_clause(b, whole)), ev.words(b.gap(whole, part))
    sides = [{"exports", "export"}, {"imports", "import"}]
    return not news.halves(b, whole, part) and not any(
        named[0] & one and named[1] & other for one in sides for other in sides if one != other
    )


def _whole_before(b, drafts: list, i: int) -> None:
    """ "A, up 6.1%, making up P% of the total": the part is the amount before the share (a
    growth rate between is skipped), the whole the total stated before it."""
    share, k = drafts[i], i - 1
    while k >= 0 and drafts[k].kind == "percent" and any(b.cues(drafts[k])[1:]):
        k -= 1
    if k < 0 or drafts[k].kind in ("percent", "pp", "multiple") or i == 0:
        return
    part = drafts[k]
    gap = b.gap(drafts[i - 1], share)
    if part.id in b.converted or not (_TO_SHARE.match(gap) or news.OR_SHARE.match(gap)):
        return
    if k != i - 1 and not _RATE_CUE.search(b.gap(part, drafts[k + 1])):
        return
    earlier = [
        d
        for d in drafts[:k]
        if news.same(d, part)
        and d.id not in b.starts
        and d.id not in b.converted
        and not news.part_with_share_of_total(b, drafts, d)
    ]
    if earlier and news.SENTENCE_OF_THE.match(
        b.text[share.sentence.start : earlier[0].found.start]
    ):
        # "Of the N, A were ... and B ..., representing P% of the total": the total is N,
        # and a share after two of its parts may be of either.
        if len(earlier) > 1:
            return
    elif earlier and news.halves(b, earlier[-1], part):
        return  # "valid votes V, with rejected ballots R, 2.3% of the total": V and R together
    if earlier:
        whole, note = earlier[-1], "'the total' is read as the figure stated before the part"
    elif _OF_WHICH.search(b.text[share.sentence.start : part.found.start]):
        return  # "of which" names a total in this sentence; none is stated
    else:
        whole, note = _total_before(b, part, share)
    if (
        whole is None
        or whole.found.value is None
        or part.found.value is None
        or whole.found.value <= part.found.value
    ):
        return
    b.add_share(part, whole, share, note)


def _total_before(b, part, share):
    """The total a part of "the total" belongs to, stated in an earlier sentence: the nearest
    earlier figure of its kind whose metric the part's sentence names ("the top market for
    exports, buying A, or P of the total" is a share of the exports), else the article's first
    figure of its kind (its headline). GDP is a whole of its own ("of GDP"), never "the
    total", and a deficit or surplus is a gap, no total."""
    key = (part.kind, part.found.currency, part.found.unit, part.found.per)
    wholes = getattr(b, "_wholes_by_dimension", None)
    if wholes is None:
        wholes = {}
        for d in b.audited:
            if (
                d.kind in ("money", "number", "measure")
                and d.id not in b.converted
                and d.id not in b.starts
                and d.found.value is not None
                and not gdp.is_gdp(d)
                and not _a_balance(b, d)
                and not _DID_NOT_AFTER.match(b.after(d, 40))
            ):
                wholes.setdefault((d.kind, d.found.currency, d.found.unit, d.found.per), []).append(
                    d
                )
        b._wholes_by_dimension = wholes
    earlier = [
        d
        for d in wholes.get(key, [])
        if d.sentence.number < part.sentence.number
        and d.found.value > part.found.value
        and not _a_part_of_the_total(b, d)
    ]
    if not earlier:
        return None, None
    total_of = _TOTAL_NAMED.match(b.after(share, 60))
    if total_of:
        # "of the total retail sales": the largest figure named so, as a total holds the
        # others ("retail sales" before "online retail sales")
        named = ev.naming_words(total_of["what"])
        fits = [d for d in earlier if named and named <= ev.naming_words(d.metric)]
        if fits:
            whole = max(fits, key=lambda d: d.found.value)
            return whole, f"'the total' is read as the largest figure it names ({whole.value})"
    said = ev.words(b.text[part.sentence.start : part.sentence.end])
    for whole in reversed(earlier):
        named = ev.naming_words(whole.metric) & said
        if named:
            return whole, (
                f"'the total' is read as the nearest earlier figure of its kind named in the"
                f" part's sentence ({whole.value}: {', '.join(sorted(named))})"
            )
    before = _whole_of_the_share_before(b, part, earlier)
    if before is not None:
        return before, (
            f"'the total' is read as the whole of the share the sentence before states"
            f" ({before.value}): the list of parts goes on"
        )
    # a headline rounds what the body states: "3.4 M tourists" over "a total of 3,489,270"
    headline = min(b.by_sentence)
    body = [d for d in wholes[key] if d.sentence.number != headline]
    in_body = [d for d in earlier if d.sentence.number != headline]
    first, earlier = (body[0], in_body) if in_body else (wholes[key][0], earlier)
    if first is not earlier[0]:
        return None, None
    return first, f"'the total' is read as the article's first figure of its kind ({first.value})"


def _whole_of_the_share_before(b, part, earlier: list):
    """ "The biggest import was A, or P of the total. Next came B (Q of total)": a sentence that
    goes on with a list of parts shares the whole of the one before."""
    shares_before = {d.id for d in b.by_sentence.get(part.sentence.number - 1, [])}
    candidates = {d.id: d for d in earlier}
    for relation in reversed(b.relations):
        roles = relation["roles"]
        if relation["kind"] == "share" and roles.get("share") in shares_before:
            whole = roles.get("whole")
            return candidates.get(whole) if isinstance(whole, str) else None
    return None


# "of the total retail sales", "of total exports": the total, named after the share.
_TOTAL_NAMED = compile_later(
    r"^\s*(?:percent|per\s+cent|%|pc)?\s*of\s+(?:the\s+)?(?:country's\s+|city's\s+)?total\s+"
    r"(?P<what>[a-z][a-z\-]*(?:\s+(?!in\b|for\b|during\b|of\b|at\b|and\b)[a-z][a-z\-]*){0,3})",
    re.I,
)


def _a_balance(b, draft) -> bool:
    """ "a $5.7 billion deficit", "the surplus stood at": a gap between two totals, which no
    part is a share of."""
    return bool(
        news.BALANCE.search(b.before(draft, 40))
        or news.BALANCE_NAMED_AFTER.match(b.after(draft, 40))
    )


def rest_sums(b, drafts: list) -> None:
    """ "Fare revenue reached £9.7bn, with £3.2bn from London and the remaining £5.1bn from
    the rest of the network": the parts, the last one "the remaining", are all of the total."""
    if len(drafts) < 3:
        return
    for j, last in enumerate(drafts):
        if last.kind in ("percent", "pp"):
            continue
        before = b.before(last, 40)
        lower = before.lower()  # the end-anchored search only where its words are
        if not ("rest" in lower or "remain" in lower or "other" in lower) or not news.REST.search(
            before
        ):
            continue
        same = [
            d
            for d in drafts[:j]
            if news.same(d, last) and d.id not in b.converted and d.id not in b.starts
        ]
        if len(same) < 2:
            continue
        total, parts = same[0], [*same[1:], last]
        if not _BREAKDOWN.match(b.gap(total, parts[0])):
            continue
        b.add(
            "sum",
            {"total": total.id, "parts": [p.id for p in parts]},
            confidence="medium",
            note="'the remaining' read as the rest of the total: the parts are all of it",
        )


# "T, of which A ...": the part a breakdown names first.
_OF_WHICH_GAP = compile_later(r"^\s*,\s*(?:of\s+which|out\s+of\s+which)\s+$", re.I)
# "The remaining B", "The rest, B,", "The balance of B": a sentence opened by what the part
# before it leaves of its total.
_REST_OPENS = compile_later(
    r"^\W*(?:the\s+)?(?:remaining|(?:rest|remainder|balance)(?:\s+of\s+(?:it|the\s+[\w-]+))?)"
    r"\s*(?:,\s*|\s+of\s+)?$",
    re.I,
)
# "the remaining B of the earlier package": named as the rest of another total.
_REST_OF_NAMED = compile_later(r"^\s+of\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\b", re.I)


def breakdown_rests(b) -> None:
    """ "Spending was T, of which A is for roads. The remaining B goes on schools." (or "and
    the remaining B" in the part's sentence): A and the rest are all of T. The parts may be of
    another status than the total ("T was approved, of which A would be spent this year"): the
    breakdown itself is stated as fact, so each total is read in the pass of its own status."""
    for number, drafts in b.all_by_sentence.items():
        for i, total in enumerate(drafts[:-1]):
            part = drafts[i + 1]
            if total.status != b.status or not news.same(total, part):
                continue
            if total.kind in ("percent", "pp") or not _OF_WHICH_GAP.match(b.gap(total, part)):
                continue
            rest = _rest_after(b, total, part, drafts[i + 2 :])
            if rest is None:
                continue
            across = rest.sentence.number != number
            planned = {d.status for d in (part, rest)} - {total.status}
            b.add(
                "sum",
                {"total": total.id, "parts": [part.id, rest.id]},
                confidence="low" if across else "medium",
                note="'the remaining' read as what the part named with 'of which' leaves of "
                "the total"
                + (", in the next sentence" if across else "")
                + (
                    f"; the parts are of a {' and '.join(sorted(planned))}, the breakdown "
                    "stated as fact"
                    if planned
                    else ""
                ),
            )


def _rest_after(b, total, part, after: list):
    """The figure named the rest of the total, after its part: the next figure of its kind in
    the part's sentence, after "and the remaining", or, where the sentence has none, the first
    of the next sentence (of the paragraph), which opens with "The remaining"."""
    later = [d for d in after if news.same(d, part)]
    if later:
        rest = later[0]
        if not news.REST.search(b.before(rest, 40)) or _NEW_CLAUSE_BEFORE.search(b.gap(part, rest)):
            return None
    else:
        following = [
            d
            for d in b.all_by_sentence.get(part.sentence.number + 1, [])
            if d.sentence.paragraph == part.sentence.paragraph
        ]
        if not following or not news.same(following[0], part):
            return None
        rest = following[0]
        lead_end = rest.found.qualifier_start or rest.found.start
        if not _REST_OPENS.match(b.text[rest.sentence.start : lead_end]):
            return None
    if rest.id in b.converted or rest.id in b.starts or part.id in b.converted:
        return None
    named = _REST_OF_NAMED.match(b.after(rest, 60))
    if named and not ev.naming_words(named.group(1)) & ev.naming_words(_clause(b, total)):
        return None  # the rest of another total: "the remaining B of the earlier package"
    return rest


# "..., of which A is spent now; the remaining B ...": another clause, another breakdown.
_NEW_CLAUSE_BEFORE = compile_later(r"[;:]")


# Words a metric may or may not carry without naming another thing: "the scale of the
# digital economy" is "the digital economy".
_GENERIC = frozenset(
    (
        "the",
        "and",
        "for",
        "with",
        "its",
        "their",
        "scale",
        "size",
        "value",
        "volume",
        "total",
        "amount",
        "figure",
        "level",
        "overall",
        "added",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "central",
        "province",
        "city",
        "region",
        "country",
        "county",
        "state",
        "nation",
        "municipality",
        "town",
        "district",
        # Words a crude metric keeps from the figure's clause that name no subject.
        "percent",
        "cent",
        "valued",
        "worth",
        "estimated",
    )
)
_WORD = compile_later(r"(?<![\w’'])[a-z][a-z\-]{2,}(?![\w’'])")


def _subject_words(metric: str) -> frozenset[str]:
    """The lower-case words of a metric (names and possessives left out)."""
    return frozenset(w for w in _WORD.findall(metric) if w not in _GENERIC)


# "up 30% on pre-pandemic levels", "up 4% from 2019": a base other than the year before.
_OTHER_BASE = compile_later(
    r"^\s*(?:from|on|over|compared|against|than|since|versus|vs)\b(?!\s+(?:"
    r"a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|last|prior)\s+"
    r"year|the\s+same\s+period|a\s+year\s+ago))",
    re.I,
)


# A year, a month or a span of months ("2023", "2023-11", "2023-01/2023-06"): the same period
# a year before is the one a year-on-year rate is measured from.
_YEAR_OR_MONTHS = compile_later(r"(?:19|20)\d\d(?:-\d\d(?:/(?:19|20)\d\d-\d\d)?)?")


def _rate_claim(rate) -> str | None:
    """The claim a growth's rate is: its id, or the claim a rate stored with its sign names."""
    return rate if isinstance(rate, str) else rate.get("claim") if isinstance(rate, dict) else None


def _dated(period: str | None) -> bool:
    return period is not None and _YEAR_OR_MONTHS.fullmatch(period) is not None


def other_base(after_rate: str) -> bool:
    """Whether the words after a rate name a base other than the year before."""
    return _OTHER_BASE.match(after_rate) is not None


def prior_year_starts(b) -> None:
    """ "reached E in 2022, up R% year on year" ... "In 2021, it stood at S": a growth
    relation without a start takes the figure for the year before, stated elsewhere, when
    exactly one fact of the same kind and subject is for that year (or for the same months of
    it: "Imports fell 20% to E in November" ... "Imports were S in November 2015")."""
    open_growth = [
        r
        for r in b.relations
        if r["kind"] == "growth"
        and "start" not in r["roles"]
        and _rate_claim(r["roles"].get("rate")) is not None
    ]
    if not open_growth:
        return
    by_id: dict[str, Draft] = {}
    by_year: dict[tuple, list] = {}
    for d in b.audited:
        by_id.setdefault(d.id, d)
        if d.repeat_of is None and _dated(d.period) and d.id not in b.converted:
            key = (d.kind, d.found.currency, d.found.unit, d.found.per, d.period, d.entity)
            by_year.setdefault(key, []).append(d)
    used = {v for r in b.relations for v in r["roles"].values() if isinstance(v, str)}
    for relation in open_growth:
        end = by_id.get(relation["roles"]["end"])
        rate = by_id.get(str(_rate_claim(relation["roles"]["rate"])))
        if (
            end is None
            or rate is None
            or end.period is None
            or not _dated(end.period)
            or other_base(b.after(rate, 60))
        ):
            continue
        words = _subject_words(end.metric)
        key = (
            end.kind,
            end.found.currency,
            end.found.unit,
            end.found.per,
            shift_years(end.period, -1),
            end.entity,
        )
        starts = [
            d
            for d in by_year.get(key, [])
            if d.id not in used and _subject_words(d.metric) == words
        ]
        if len(starts) != 1 or not words:
            continue
        ev.give_start(
            relation,
            starts[0].id,
            f"the start is {starts[0].value}, stated for {starts[0].period} in another sentence",
        )
        used.add(starts[0].id)


# ---- a part tied to its whole by an anaphor ------------------------------------------------
#   "The firm employs 12,400 people, 3,100 of them abroad, or 25 percent"
#   "Police logged 8,420 thefts. Of these, 2,950 (35.0%) were solved."
# The anaphor points back to a count: the whole is the one count it can name (in the clause
# before, else in the sentence before), of the thing the part counts. A measure ("12,400
# tonnes, 3,100 of them") or two counts of two things leave it unsaid: nothing is linked.
_ANAPHORS = "|".join(lx.COUNT_ANAPHORS)
_SOME = r"(?:about|around|nearly|almost|roughly|some|just\s+(?:over|under))"
# "3,100 of them abroad, or 25 percent", "300 of whom (12%)": the part, the anaphor, the share.
_OF_THEM_THEN_SHARE = compile_later(
    rf"^\s+of\s+(?:{_ANAPHORS})\b(?:\s+[a-z][\w'’-]*){{0,6}}?\s*(?:,\s*or|\()\s*"
    rf"(?:{_SOME}\s+)?$",
    re.I,
)
# "Of these, 2,950", "Among them, 2,950", "Of these thefts, 2,950": a sentence opening on it.
_OF_THESE_OPENS = compile_later(
    rf"^\W*(?:of|among)\s+(?:(?:{_ANAPHORS})(?:\s+(?P<noun>[a-z][\w'’-]*))?"
    rf"|the\s+(?P<named>[a-z][\w'’-]*))\s*,\s*$",
    re.I,
)
# "N ballots were valid, accounting for P%", "N ballots, or P%,": a part, then its share of a
# whole the sentence does not name after the share.
_THEN_ITS_SHARE = compile_later(
    rf"^(?:\s+[a-z][\w'’-]*){{0,5}}?\s*,\s*(?:or|accounting\s+for|representing|making\s+up)\s+"
    rf"(?:{_SOME}\s+)?$",
    re.I,
)
# "2,950 (35.0%)", "2,950, or 35 percent", "2,950 thefts, or about 35 percent".
_THEN_SHARE = compile_later(rf"^(?:\s+[a-z][\w'’-]*)?\s*(?:,\s*or|\()\s*(?:{_SOME}\s+)?$", re.I)
# "the most cases at 318 or 26.4 percent": a bare count and its share, the noun said before.
_BARE_OR_SHARE = compile_later(r"^,?\s+or\s+$", re.I)
# From the whole to its part: the count's own noun and a clause boundary ("12,400 people, 3,100
# of them", "312,000 cars; electric models made up 41,000 of them").
_TO_ANAPHOR_PART = compile_later(
    r"^(?:\s+[a-z][\w'’-]*){0,3}\s*(?:,|;|,?\s+and\b)(?:\s+[a-z][\w'’-]*){0,5}\s+$", re.I
)
_OF_AFTER = compile_later(r"^\s*\)?\s*of\b", re.I)
# "or 25 percent of its workforce", "of the total": the share names its whole again.
_OF_WHOLE_AGAIN = compile_later(
    r"^\s*\)?\s*of\s+(?:(?:the|its|their|all)\s+)?(?P<noun>[a-z][\w'’-]*)"
    r"(?:\s+(?:cast|counted|polled|recorded))?\s*(?:[,.;)]|$)",
    re.I,
)
_CLOSES = compile_later(r"^\s*\)")


def anaphor_shares(b, drafts: list) -> None:
    for i, part in enumerate(drafts[:-1]):
        share = drafts[i + 1]
        if share.kind != "percent" or share.id in b.used_rates or not _a_count(b, part):
            continue
        gap = b.gap(part, share)
        if "(" in gap and not _CLOSES.match(b.after(share, 4)):
            continue  # "2,950 (35.0% of cases solved)": the bracket says more than the share
        if i > 0 and _OF_THEM_THEN_SHARE.match(gap):
            whole, note = _whole_in_clause(b, drafts, i), "'of them' names the count before"
        elif i == 0 and _OF_THEM_THEN_SHARE.match(gap):
            # "The clinic saw 4,800 patients. Children made up 1,200 of them, or 25%."
            whole = _whole_before_anaphor(b, part, None)
            note = "'of them' names the one count of the sentence before"
        elif (
            i == 0
            and _THEN_SHARE.match(gap)
            and (opens := _OF_THESE_OPENS.match(b.before(part, 60))) is not None
            and b.before(part, 60) == b.text[part.sentence.start : figure_start(part)]
        ):
            if opens["named"]:
                # "Of the ballots, N, or P%": the sentence before counts ballots once.
                whole = _whole_before_anaphor(b, part, opens["named"], named=True)
                note = "'Of the <noun>' opening the sentence names the one count of it before"
            else:
                whole = _whole_before_anaphor(b, part, opens["noun"])
                note = "'of these' opening the sentence names the one count of the sentence before"
        elif (
            (part.found.counted or _BARE_OR_SHARE.match(gap))
            and not any(b.cues(share))
            and not _COMPARED_AFTER.match(b.after(share, 20))  # "1,200 cars, or 25% more"
            and (_THEN_SHARE.match(gap) or _THEN_ITS_SHARE.match(gap) or _BARE_OR_SHARE.match(gap))
        ):
            cast = _ballots_cast_before(b, drafts, i)
            if cast is not None:
                whole, note = cast, "a kind of ballot: the whole is the ballots cast"
                if not _OF_AFTER.match(b.after(share, 60)) or _OF_THE_VOTES.match(
                    b.after(share, 60)
                ):
                    b.in_pairs.add(part.id)
                    _add_anaphor_share(b, part, whole, share, note)
                    b.ballot_kinds.setdefault(whole.id, []).append(part)
                continue
            # "The city counted N ballots. Some A ballots, or P%, were spoiled."
            whole = _count_of_the_same_before(b, drafts, i)
            note = "the one whole count of the same thing before, not itself a part"
        else:
            continue
        if whole is None or not _names_no_other_whole(b, share, whole):
            continue
        b.in_pairs.add(part.id)
        _add_anaphor_share(b, part, whole, share, note)


def _add_anaphor_share(b, part, whole, share, note: str) -> None:
    far = part.sentence.number - whole.sentence.number > 1
    b.add_share(
        part,
        whole,
        share,
        note + (", a few sentences up" if far else ""),
        confidence="low" if far else "medium",
    )


# The kinds of ballot a vote's count is split into: "valid", "rejected", "marked 'no vote'".
_BALLOT_KIND = compile_later(
    r"\b(?:valid|invalid|void|null|rejected|spoil(?:t|ed)|blank|no[\s-]vote|unmarked)\b", re.I
)
# The words of a part's clause after its share: "..., or 5.69%, were invalid, while ...".
_CLAUSE_ON = compile_later(r"\s*[,)]?[^,;.()]*", re.I)
# "of all ballots cast", "of the total votes": the votes, however said.
_OF_THE_VOTES = compile_later(
    r"^\s*\)?\s*of\s+(?:(?:the|all)\s+)?(?:total\s+)?(?:votes|ballots)(?:\s+cast)?\b", re.I
)
_VOTERS = frozenset(("voter", "people", "elector"))


def ballot_kinds(b) -> None:
    """ "N voters cast their ballots ... A ballots (P%) were valid ... B ballots (Q%) were
    invalid": the kinds of ballot read as shares of one count of ballots cast are parts of
    it, which need not name every kind (blank, spoilt), so together at most it."""
    totals = {
        claim_of(r["roles"]["total"]) for r in b.relations if r["kind"] in ("sum", "partial_sum")
    }
    for whole, parts in b.ballot_kinds.items():
        cast = b.drafts_by_id[whole]
        if len(parts) < 2 or whole in totals or cast.found.qualifier:
            continue
        # Each voter casts one ballot: the count of those who voted, read in the parts' unit.
        units = {p.value.replace(p.found.number, "", 1).strip() for p in parts}
        if len(units) != 1:
            continue
        (unit,) = units
        b.add(
            "partial_sum",
            {
                "total": {"value": f"{cast.found.number} {unit}".strip(), "claim": whole},
                "parts": [p.id for p in parts],
            },
            confidence="low",
            note="the kinds of ballot read as shares of the ballots cast are some of them, "
            "one ballot to each voter",
        )


def _ballots_cast_before(b, drafts: list, i: int):
    """The whole of a kind of ballot's share ("N ballots, or P%, were invalid", "N ballots were
    judged valid, accounting for P%"): the ballots cast, one count of votes, ballots or voters
    that says they were cast or voted, in the part's sentence before it or else in the nearest
    sentence before (a few at most) that states one. Such a count may give its own share of the
    electorate: it is the whole of the ballots all the same. None for another part."""
    part, share = drafts[i], drafts[i + 1]
    noun = _head_noun(part.found.counted) if part.found.counted else frozenset()
    if not noun or not noun <= _VOTES:
        return None
    on = _CLAUSE_ON.match(b.text, share.found.end, part.sentence.end)
    said = b.gap(part, share) + (on.group() if on else "")
    if not _BALLOT_KIND.search(said) and not _BALLOT_KIND.search(b.before(part, 25)):
        return None
    number = part.sentence.number
    before = [b.by_sentence.get(n, []) for n in range(number - 1, number - SAME_COUNT_REACH, -1)]
    for earlier in (drafts[:i], *before):
        counts = [d for d in earlier if _ballots_cast(b, d, part, number)]
        if counts:
            return counts[0] if len(counts) == 1 else None
    return None


def _ballots_cast(b, d, part, number: int) -> bool:
    """A count of the ballots cast: votes or ballots said cast, or voters said to have voted;
    no kind of ballot, no candidate's votes, no change, of the part's period."""
    noun = _head_noun(d.found.counted) if d.found.counted else frozenset()
    return (
        _a_level_count(b, d)  # it may be linked already, as a part of the electorate
        and (not noun or noun <= _VOTES | _VOTERS)
        and (_voted(b, d) or bool(_CAST_AFTER.match(b.after(d, 20))))
        and not _BALLOT_KIND.search(b.before(d, 25))
        and not _VOID.search(b.after(d, 40))
        and not _a_candidates_votes(b, d)
        # in another sentence, a period named on one side only may be another election's
        and (d.period == part.period or (d.sentence.number == number and not d.period))
        and not CHANGE_AMOUNT.search(b.text[lead_start(b, d) : figure_start(d)])
    )


def _a_count(b, draft) -> bool:
    """A count that can be a whole or its part: no measure, no rate per day, no restatement,
    none linked yet."""
    return _a_level_count(b, draft) and draft.id not in b.in_pairs


def _a_level_count(b, draft) -> bool:
    """A count of this period: no measure, no rate per day, no restatement, no start."""
    return (
        draft.kind == "number"
        and draft.found.value is not None
        and draft.found.per is None
        and draft.id not in b.converted
        and draft.id not in b.starts
    )


def _same_thing(one: str | None, two: str | None) -> bool:
    """Two counted nouns of one thing, or one left unsaid ("3,100 of them")."""
    return not one or not two or ev.words(one) == ev.words(two)


def _whole_in_clause(b, drafts: list, i: int):
    """The count just before "P of them": the sentence's only count before the part."""
    part, whole = drafts[i], drafts[i - 1]
    counts = [d for d in drafts[:i] if d.kind == "number"]
    if counts != [whole] or not _a_count(b, whole):
        return None
    if not _TO_ANAPHOR_PART.match(b.gap(whole, part)):
        return None
    if CHANGE_AMOUNT.search(b.text[lead_start(b, whole) : figure_start(whole)]):
        return None  # "rose by 12,400 people, 3,100 of them": a change, not a group
    return whole if _same_thing(whole.found.counted, part.found.counted) else None


def _whole_before_anaphor(b, part, noun: str | None, named: bool = False):
    """The one count of the sentence before that "Of these" can point back to; one of what
    `noun` names when the anaphor is `named` ("Of the ballots,")."""
    counts = [
        d
        for d in b.by_sentence.get(part.sentence.number - 1, [])
        if _a_count(b, d)
        and (not named or bool(d.found.counted))
        and _same_thing(d.found.counted, part.found.counted)
        and _same_thing(d.found.counted, noun)
        and not CHANGE_AMOUNT.search(b.text[lead_start(b, d) : figure_start(d)])
    ]
    return counts[0] if len(counts) == 1 else None


def _head_noun(counted: str) -> frozenset[str]:
    """ "overnight visitors" counts visitors: the last word names the thing."""
    return ev.words(counted.split()[-1])


SAME_COUNT_REACH = 4  # sentences back where the whole of a count's share may be stated


def _count_of_the_same_before(b, drafts: list, i: int):
    """The whole of a count given its share with no whole named ("Some A ballots, or P%,"):
    the one count of the same noun before it in its sentence, or else in the nearest
    sentence before (a few at most) that counts it, that is no part itself (no share of its
    own, no "of them")."""
    part = drafts[i]
    number = part.sentence.number
    before = [b.by_sentence.get(n, []) for n in range(number - 1, number - SAME_COUNT_REACH, -1)]
    same_sentence = drafts[:i]
    noun = _head_noun(part.found.counted) if part.found.counted else None
    said: frozenset[str] = frozenset()
    if noun is None:
        # a bare count: the thing it counts is named before it in its sentence ("the most
        # cases at 318"), and the whole is a count of it in a sentence before
        said = ev.words(b.text[part.sentence.start : part.found.start])
        same_sentence = []

    def names_it(counted: str) -> bool:
        return _head_noun(counted) == noun if noun is not None else _head_noun(counted) <= said

    for earlier in (same_sentence, *before):
        counts = [
            d
            for d in earlier
            if d.kind == "number"
            and d.found.value is not None
            and d.found.per is None
            and d.id not in b.converted
            and d.id not in b.starts  # the level of another period; an end is this one's
            and d.found.counted
            and names_it(d.found.counted)
            and not _ITS_SHARE_AFTER.match(b.after(d, 80))
            and not _a_candidates_votes(b, d)
            and not _void_or_cast(b, d)
            and (not d.period or not part.period or d.period == part.period)
            and not CHANGE_AMOUNT.search(b.text[lead_start(b, d) : figure_start(d)])
        ]
        if counts:
            return counts[0] if len(counts) == 1 else None
    return None


# "19 985 votes were declared null and void", "the rejected ballots": a part of the votes.
_VOID = compile_later(r"\b(?:null|void|rejected|invalid|spoil(?:t|ed)|blank)\b", re.I)
_CAST_AFTER = compile_later(
    r"^\s+(?:votes?|ballots?)?\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?cast\b", re.I
)


def _void_or_cast(b, count) -> bool:
    """A count of void votes is a part of the votes, never the whole of a share; and where the
    article counts void votes, the votes cast hold them, while a candidate's share is of the
    valid votes: which whole a share is of, the words leave unsaid."""
    noun = _head_noun(count.found.counted) if count.found.counted else frozenset()
    if not noun or not noun <= _VOTES:
        return False
    if _VOID.search(b.after(count, 40)) or _VOID.search(b.before(count, 20)):
        return True
    return bool(_CAST_AFTER.match(b.after(count, 20))) and bool(_VOID.search(b.text))


def _a_candidates_votes(b, count) -> bool:
    """ "Mensah polled 22,014 votes (per cent)": a candidate's votes are a part of the tally,
    whether or not their share is printed, never the whole of the next candidate's."""
    noun = _head_noun(count.found.counted) if count.found.counted else frozenset()
    return bool(noun) and noun <= _VOTES and bool(_CANDIDATE_VOTES.search(b.before(count, 60)))


_VOTES = frozenset(("vote", "ballot"))
_COMPARED_AFTER = compile_later(
    r"^\s+(?:more|less|fewer|higher|lower|up|down|above|below|over|under)\b", re.I
)
# "N, or P%", "N votes or P%", "N (P%)", "N ..., accounting for P%", "N votes representing P%": a
# count given its share of something.
_ITS_SHARE_AFTER = compile_later(
    rf"^(?:(?!,?\s+(?:and|while|but|whereas)\b)[^.;()%]){{0,80}}?"
    rf"(?:,?\s*or\s+|,?\s*(?:accounting\s+for|representing)\s+|\()"
    rf"(?:{_SOME}\s+)?[\d.]+\s*(?:%|pc\b|per\s*cent|percent)",
    re.I,
)


def _names_no_other_whole(b, share, whole) -> bool:
    """The share is of the anaphor's whole: no "of" after it, or one naming that whole again."""
    after = b.after(share, 60)
    if not _OF_AFTER.match(after):
        return True
    again = _OF_WHOLE_AGAIN.match(after)
    if again is None:
        return False
    noun = again["noun"].lower()
    return noun in lx.WHOLE_AGAIN_NOUNS or (
        bool(whole.found.counted) and ev.words(noun) == ev.words(whole.found.counted)
    )


# ---- a list of shares of one whole -------------------------------------------------------
#   "Coal accounted for 58 percent of generation, gas for 24 percent and wind for 18 percent"
#                                     partial_sum: three slices of one named whole, at most 100
#   "61 percent backed the plan, 29 percent opposed it and the remaining 10 percent ..."
#                                     sum: the list says it is complete, so it makes 100
#   "61 percent said yes and 29 percent said no, while the rest were undecided"
#                                     partial_sum: the rest, unstated, leaves the two at most 100
# Shares in a poll may overlap ("61 percent said X and 52 percent said Y"): only slice verbs
# or a word for the rest make a list of them one whole's.
_REST_WORD = "|".join(lx.REST_WORDS)
_SLICE_VERB = "|".join(v.replace(" ", r"\s+") for v in lx.SLICE_VERBS)
# The last list joint of the words between two shares, and the next share's subject after it.
_JOINT = compile_later(r"(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)")
_SLICED = compile_later(rf"\b(?:{_SLICE_VERB})\s+(?:{_SOME}\s+)?$", re.I)
# The next share's subject: a few words, then "for" (the verb left out) or a slice verb.
_SLICE_HEAD = compile_later(
    rf"^(?:the\s+)?(?:[\w'’-]+\s+){{1,3}}?(?:(?:{_SLICE_VERB})\s+|for\s+)(?:{_SOME}\s+)?$", re.I
)
_GAPPED_HEAD = compile_later(
    r"^(?:(?:the|its|their|his|her)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+$", re.I
)
_OWN_WHOLE = compile_later(r"^\s*of\s+(?:its|their|his|her)\b", re.I)
# "..., with the remaining 15 percent": the rest may be given in a "with" clause.
_REST_HEAD = compile_later(rf"^(?:with\s+)?(?:the\s+)?(?:{_REST_WORD})\s+(?:{_SOME}\s+)?$", re.I)
_REST_SLICE_HEAD = compile_later(
    rf"^(?:with\s+)?(?:the\s+)?(?:{_REST_WORD})(?:\s+[\w'’-]+){{0,2}}?\s+(?:(?:{_SLICE_VERB})\s+|for\s+)"
    rf"(?:{_SOME}\s+)?$",
    re.I,
)
# "other purposes 6.3 percent", "and other reasons at 6.3 percent": the rest, named by a noun.
_OTHER_NOUN_HEAD = compile_later(
    rf"^(?:the\s+)?(?:all\s+)?(?:other|remaining)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+"
    rf"(?:at\s+|with\s+)?(?:{_SOME}\s+)?$",
    re.I,
)
# "business at 20.4 percent": a list of slices written "X at P", which says it is one whole's
# only where it ends in the rest ("inflation at 3 percent, unemployment at 4 percent" is none).
_AT_HEAD = compile_later(
    rf"^(?:followed\s+by\s+)?(?:the\s+)?(?:[a-z][\w'’-]*\s+){{1,4}}?at\s+(?:{_SOME}\s+)?$", re.I
)
# "... while 6.3 percent came for other reasons": the last slice named the rest after it.
_REST_TAIL = compile_later(
    r"^\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:other|others|the\s+rest|elsewhere)\b(?!\s+than\b)",
    re.I,
)
# "..., while the rest were undecided": the rest named with no figure of its own.
_REST_UNSTATED = compile_later(
    r"^[^\d;:()]{0,80}?(?:,\s*|\s+)(?:and|while|whereas|with)\s+(?:the\s+)?"
    r"(?:rest|remainder|others)\b(?!\s+of\b)",
    re.I,
)
# A sentence with none of these holds no list of slices and no rest: it is not read further.
_LIST_NEEDLES = (*lx.REST_WORDS, *lx.SLICE_VERBS)
_LIST_WORD = compile_later(r"[a-z][\w'’-]*", re.I)
_YEAR = compile_later(r"\b(?:19|20)\d\d\b")


def share_lists(b, drafts: list) -> None:
    lower = b.text[drafts[0].sentence.start : drafts[0].sentence.end].lower()
    if not any(w in lower for w in _LIST_NEEDLES):
        return  # the cheap test: no list of slices, no rest, in most sentences
    run: list = []
    for draft in [*drafts, None]:
        if draft is not None and _a_share(b, draft) and (not run or _joined_shares(b, run, draft)):
            run.append(draft)
            continue
        _list_of_one_whole(b, drafts, run)
        run = [draft] if draft is not None and _a_share(b, draft) else []


def _a_share(b, draft) -> bool:
    """A percentage that can be a slice: no growth or fall, no "one in five", not yet linked."""
    return (
        draft.kind == "percent"
        and draft.found.value is not None
        and draft.found.per is None
        and " in " not in draft.found.text.lower()
        and draft.id not in b.used_rates
        and not any(b.cues(draft))
    )


def _split_gap(gap: str) -> tuple[str, str] | None:
    """The words after one share (its tail) and the next share's subject (its head), split at
    the last list joint; None when the gap holds no joint or says more than a list does."""
    if len(gap) > 90 or any(c in gap for c in ";:()") or any(c.isdigit() for c in gap):
        return None
    joints = list(_JOINT.finditer(gap))
    if not joints:
        return None
    last = joints[-1]
    tail, head = gap[: last.start()], gap[last.end() :]
    words = [w.lower() for w in _LIST_WORD.findall(gap)]
    if len(_LIST_WORD.findall(tail)) > 8 or lx.SHARE_CONTRAST_WORDS.intersection(words):
        return None
    return tail, head


def _joined_shares(b, run: list, draft) -> bool:
    """The share follows the run's last as the next item of one list: no "of" naming another
    whole after a share past the first ("61 percent of men and 52 percent of women")."""
    split = _split_gap(b.gap(run[-1], draft))
    if split is None:
        return False
    tail = split[0]
    return len(run) == 1 or not tail.lstrip().lower().startswith("of ")


def _list_of_one_whole(b, drafts: list, run: list) -> None:
    if len(run) < 2 or not _no_other_whole_after(b, run[-1]):
        return
    heads = [_split_gap(b.gap(a, c)) for a, c in pairwise(run)]
    if any(h is None for h in heads):
        return
    kinds = [_head_kind(h[1]) for h in heads if h is not None]
    sliced = bool(_SLICED.search(b.before(run[0], 60)))
    # A slice list names each next slice's subject ("gas for 24 percent", "its rival 38
    # percent"); a list said another way ("61 percent said yes, 29 percent no") names none.
    inner = ("slice", "gapped") if sliced else ("empty",)
    if kinds[-1] in inner and _REST_TAIL.match(b.after(run[-1], 50)):
        kinds[-1] = "rest"
    if (
        kinds[-1] == "rest"
        and all(k == "at" for k in kinds[:-1])
        and heads[0] is not None
        and heads[0][0].lstrip().lower().startswith("of ")
    ):
        inner = ("at",)  # "P percent of visitors ..., followed by X at Q percent, ..."
    # "Men accounted for 54 percent of the workforce and women for 46 percent": two slices
    # whose subjects are the two halves of a split leave nothing over.
    halved = len(run) == 2 and sliced and kinds[0] in ("slice", "gapped") and _halves(b, run)
    if not halved and (
        not all(k in inner for k in kinds[:-1]) or kinds[-1] not in (*inner, "rest")
    ):
        return
    last_head = heads[-1][1] if heads[-1] else ""
    if kinds[-1] == "rest" and not sliced and last_head.lstrip().lower().startswith("with"):
        # "70% have had two doses and 45% a booster, with the remaining 30% ...": without a
        # slice verb the shares before may overlap, and "with the rest" says nothing of them
        return
    if "gapped" in kinds and _OWN_WHOLE.match(heads[0][0] if heads[0] else ""):
        return  # "A won 60 percent of its games, B 70 percent": each subject's own whole
    rest_stated = kinds[-1] == "rest"
    if rest_stated and _shares_around(b, drafts, run):
        return  # another share of the sentence or the one before may be a slice of the whole
    rest_unstated = not rest_stated and bool(_REST_UNSTATED.match(b.after(run[-1], 120)))
    periods = ev.periods(b.gap(run[0], run[-1]))
    if periods or _YEAR.search(b.gap(run[0], run[-1])):
        return  # "58 percent in 2023 and 61 percent in 2024": one share at two times
    parts = [d.id for d in run]
    if rest_stated:
        kind, note = "sum", "a list of shares ending in 'the rest': all of one whole, 100 percent"
    elif halved:
        kind, note = "sum", "the shares of the two halves of a split (men and women): 100 percent"
    elif rest_unstated or (sliced and len(run) >= 3):
        kind = "partial_sum"
        note = (
            "shares of one whole, 'the rest' unstated: at most 100 percent"
            if rest_unstated
            else "three or more slices of one whole ('accounted for', 'for'): at most 100 percent"
        )
    else:
        return
    for d in run:
        b.used_rates.add(d.id)
    # The whole of anything is exactly 100 percent: the parts' own rounding is their tolerance.
    total = {"value": "exactly 100%"}
    # Slices with no word for the rest may be groups that overlap ("women 52 percent of the
    # voters, retirees 31 percent") or no slices at all ("exports 47 percent of output"):
    # a guess, which must not fail the gate.
    guess = "medium" if rest_stated or rest_unstated or halved else "low"
    b.add(kind, {"total": total, "parts": parts}, confidence=guess, note=note)


def _halves(b, run: list) -> bool:
    """The two shares' subjects are the halves of a split ("men", "women"), as slices of one
    whole: a contribution to growth ("urban contributed 2.1 points") is none."""
    return news.halves(b, run[0], run[1]) and "contribut" not in b.before(run[0], 60).lower()


def _head_kind(head: str) -> str:
    """What the words before a share after the list's first say of it: nothing ("empty"), the
    rest ("the remaining"), a slice's subject and verb ("gas for"), or a subject alone, the
    verb left out ("its rival")."""
    if not head.strip():
        return "empty"
    if _REST_HEAD.match(head) or _REST_SLICE_HEAD.match(head) or _OTHER_NOUN_HEAD.match(head):
        return "rest"
    if _SLICE_HEAD.match(head):
        return "slice"
    if _AT_HEAD.match(head):
        return "at"
    return "gapped" if _GAPPED_HEAD.match(head) else "other"


def _no_other_whole_after(b, share) -> bool:
    """No "of" after the list's last share, or one naming the whole again ("of the total")."""
    after = b.after(share, 60)
    if not _OF_AFTER.match(after):
        return True
    again = _OF_WHOLE_AGAIN.match(after)
    return again is not None and again["noun"].lower() in lx.WHOLE_AGAIN_NOUNS


def _shares_around(b, drafts: list, run: list) -> bool:
    """A percentage before the list in its sentence, or a slice in the sentence before: the
    list may not start at the whole's first slice, so 'the rest' may not be what it leaves."""
    if any(d.kind == "percent" and d.found.start < run[0].found.start for d in drafts):
        return True
    before = b.by_sentence.get(run[0].sentence.number - 1, [])
    return any(d.kind == "percent" and _a_share(b, d) for d in before)


# ---- a whole said to be made of parts, stated in a sentence before ------------------------
#   "The state proposes spending of W. The proposed spending consists of capital spending of
#    A, which is P%, and recurrent spending of B, which is Q%."
#                                     share: A of W and B of W, W the one amount of the subject
#                                     the sentences before state

_MADE_OF = compile_later(
    r"\b(?:consists?\s+of|consisting\s+of|comprises?|comprising|(?:is|are|was|were)\s+made\s+up"
    r"\s+of|made\s+up\s+of|(?:is|are|was|were)\s+composed\s+of|breaks?\s+down\s+into)\s",
    re.I,
)
# Between a part and its share: "A, which is P", "A (P)", "A, or P", "A, representing P".
_ITS_SHARE_GAP = compile_later(
    r"^(?:\s+[a-z][\w\-]*){0,3}\s*(?:,\s*(?:which|that)\s+(?:is|was|represents|accounts\s+for)"
    r"|,\s*or|,\s*representing|\(\s*representing|\()\s*(?:about\s+|around\s+|nearly\s+)?$",
    re.I,
)
_MADE_OF_STEMS = ("consist", "compris", "made up", "composed", "down into")
_MADE_OF_REACH = 3  # sentences back where the whole a sentence breaks down may be stated


def made_of_shares(b) -> None:
    """ "The proposed spending consists of A, which is P%, and B, which is Q%": each part's
    share of the one amount the sentences before state for what the sentence's subject names
    ("spending"), where the sentence states no amount before its verb. A guess (low)."""
    for number, drafts in b.by_sentence.items():
        sentence = drafts[0].sentence
        body = b.text[sentence.start : sentence.end].lower()
        if not any(stem in body for stem in _MADE_OF_STEMS):
            continue  # most sentences: one cheap test
        verb = _MADE_OF.search(b.text, sentence.start, sentence.end)
        if verb is None or any(d.found.start < verb.start() for d in drafts):
            continue
        pairs = [
            (part, share)
            for part, share in pairwise(drafts)
            if _is_amount(b, part)
            and share.kind == "percent"
            and share.id not in b.used_rates
            and _ITS_SHARE_GAP.match(b.gap(part, share))
            and not _OF_AFTER.match(b.after(share, 20))  # "P of GDP": a share of another whole
        ]
        if not pairs:
            continue
        named = ev.naming_words(b.text[sentence.start : verb.start()]) - _SAYING
        whole = _named_amount_before(b, number, pairs[0][0], named)
        if whole is None:
            continue
        for part, share in pairs:
            b.add_share(
                part,
                whole,
                share,
                "a whole said to be made of parts: the one amount of what the sentence's subject"
                " names, stated before",
            )


_SAYING = frozenset(("said", "say", "says", "added", "told", "noted"))


def _named_amount_before(b, number: int, like, named: frozenset[str]):
    """The one amount of `like`'s kind naming one of `named` in the nearest sentence before
    (within reach) that holds any, of any status ("was W0 last year and will be W"); None for
    two there, or none, or one of another status than this pass reads."""
    if not named:
        return None
    for earlier in range(number - 1, number - _MADE_OF_REACH - 1, -1):
        found = [
            d
            for d in b.all_by_sentence.get(earlier, [])
            if news.same(d, like)
            and _is_amount(b, d)
            and d.found.value is not None
            and d.id not in b.starts
            and (ev.naming_words(d.metric) | ev.naming_words(b.before(d, 40))) & named
        ]
        if found:
            return found[0] if len(found) == 1 and found[0].status == like.status else None
    return None


# ---- the margin between the two leading candidates ----------------------------------------
#   "A has polled 2,324,837 votes. ... his closest rival has 1,464,681 votes. ... The margin
#    between the two leading contenders now stands at 860,166 votes."
#                                     sum: the leader's votes are the runner-up's and the margin

_MARGIN_BEFORE = compile_later(
    r"\b(?:margin|lead|gap)\b(?:\s+between\s+the\s+(?:two\s+)?(?:leading|top|front-?running)"
    r"\s+[a-z]+|\s+over\s+(?:his|her|their)\s+(?:closest\s+)?(?:rival|challenger|opponent)s?)?"
    r"\s+(?:now\s+)?(?:stands?\s+at|stood\s+at|is|was|of|came\s+to|reached)\s+"
    r"(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)
_MARGIN_WORDS = ("margin", "lead", "gap")
_MARGIN_REACH = 4  # sentences back where the two leading counts may be stated


def margins(b) -> None:
    """The margin between the two leading candidates, alone in its sentence but for later
    counts: the two largest counts of votes of its kind in the sentences before (a few at
    most) that are no totals, turnout or void votes; the larger is the smaller and the margin
    together. A guess (low)."""
    numbers = sorted(b.by_sentence)
    for position, number in enumerate(numbers):
        sentence = b.by_sentence[number][0].sentence
        body = b.text[sentence.start : sentence.end].lower()
        if not any(word in body for word in _MARGIN_WORDS):
            continue  # most sentences: one cheap test
        for margin in b.by_sentence[number]:
            if margin.kind != "number" or margin.found.value is None or margin.id in b.in_pairs:
                continue
            if not _MARGIN_BEFORE.search(b.before(margin, 80)):
                continue
            earlier = [
                d
                for n in numbers[max(0, position - _MARGIN_REACH) : position + 1]
                for d in b.by_sentence[n]
                if d is not margin
                and d.found.start < margin.found.start
                and _a_candidates_count(b, d, margin)
            ]
            top = sorted(ev.latest_of_each(earlier), key=lambda d: d.found.value, reverse=True)
            if len(top) < 2:
                continue
            b.in_pairs.add(margin.id)
            b.add(
                "sum",
                {"total": top[0].id, "parts": [top[1].id, margin.id]},
                confidence="low",
                note="the margin between the two leading candidates: the two largest counts "
                "of votes in the sentences before",
            )


def _a_candidates_count(b, d, margin) -> bool:
    noun = _head_noun(d.found.counted) if d.found.counted else frozenset()
    return (
        d.kind == "number"
        and d.found.value is not None
        and d.id not in b.converted
        and news.same(d, margin)
        and (not noun or noun <= _VOTES)
        and not _voted(b, d)
        and not _is_electorate(b, d)
        and not _BALLOT_KIND.search(b.before(d, 25))
        and not _VOID.search(b.after(d, 40))
        and not _CAST_AFTER.match(b.after(d, 20))
    )
