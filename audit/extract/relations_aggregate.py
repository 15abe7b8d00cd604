"""Growth of a total from its parts, read off links already drafted: a breakdown (a sum) whose
total and every part each carry their own growth rate ("A, down 0.3 percent, while B, up
0.4 percent") also says how fast the total grew, Σ level ÷ Σ (level ÷ (1 + rate)) − 1.

Nothing is read from the numbers: a breakdown is taken as it was linked, with its confidence,
and a rate as the one the figure-and-rate pattern tied to its amount in its clause, or the
rate of a change drafted with the amount as its end ("reached T, down R or C").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from audit.claims.claims_file import CONFIDENCES  # strongest first
from audit.extract import lexicon, phrasing
from audit.extract import relations_evidence as ev
from audit.extract.relations_parts import AND_BETWEEN
from audit.lazy_regex import compile_later
from audit.vocabulary import SMALL_WORDS


def from_breakdowns(b: Any) -> None:
    """Add an aggregate growth for every breakdown whose members all have a rate of their own."""
    rate_of = _rates_of_levels(b)
    if not rate_of:
        return
    for relation in list(b.relations):
        roles = relation["roles"]
        if relation["kind"] != "sum" or not isinstance(roles.get("total"), str):
            continue
        parts = roles.get("parts")
        if (
            not isinstance(parts, list)
            or len(parts) < 2
            or not all(isinstance(p, str) for p in parts)
        ):
            continue
        members = [roles["total"], *parts]
        if not all(m in rate_of for m in members):
            continue
        confidence = max(relation.get("confidence", "high"), "medium", key=CONFIDENCES.index)
        b.add(
            "aggregate_growth",
            {
                "rate": rate_of[roles["total"]],
                "levels": parts,
                "rates": [rate_of[p] for p in parts],
            },
            confidence=confidence,
            note=f"the rates of the breakdown {relation['id']} and of its total",
        )


def _rates_of_levels(b: Any) -> dict[str, Any]:
    """Each level's own rate: the figure-and-rate pattern's (relations._Builder.rate_of), and
    the rate of each change drafted with the level as its end."""
    rate_of = dict(b.rate_of)
    for relation in b.relations:
        roles = relation["roles"]
        if relation["kind"] == "change" and isinstance(roles.get("end"), str) and "rate" in roles:
            rate_of.setdefault(roles["end"], roles["rate"])
    # "A and B, down x and y, respectively": the order says whose rate is whose, which the
    # nearest-rate reading gets wrong (y is nearer A's partner B than x is).
    rate_of.update(_respective_rates(b))
    return rate_of


# From the second level to the first rate ("A and B, up x and y", "A and B increased by x
# and y"), and from the last rate to "respectively".
_TO_RATES = compile_later(
    r"\s*(?:[a-z]+\s*){0,3}?(?:,\s*(?:up|rising|increasing|growing|(?P<fall>down|falling|decreasing))"
    r"|,?\s*(?:rose|grew|increased|climbed|were\s+up|(?P<fell>fell|dropped|declined|decreased"
    r"|were\s+down)))\s+(?:by\s+)?$",
    re.I,
)
# Between the two levels: "A and B", "A and sea-based B" (a part named again before its level).
_AND_NEXT = compile_later(r"\s*(?:[a-z]+\s+)?and\s+(?:[\w'’-]+\s+){0,3}", re.I)
_THEN_RESPECTIVELY = compile_later(r"[^.;\d]{0,40}?\brespectively\b", re.I)


def _respective_rates(b: Any) -> dict[str, Any]:
    """Each of two levels' rates, listed after them in their order and closed by
    "respectively", as {level id: rate}; a fall's rate carries its minus sign."""
    out: dict[str, Any] = {}
    for drafts in b.by_sentence.values():
        for level, rate, fall in respective_rates(b, drafts):
            out[level.id] = (phrasing.negated(rate) or rate.id) if fall else rate.id
    return out


def respective_rates(b: Any, drafts: list) -> list[tuple[Any, Any, bool]]:
    """Of one sentence's figures, each of two levels listed with their rates after them and
    "respectively" ("A and B, down x and y, respectively"), as (level, rate, a fall)."""
    out: list[tuple[Any, Any, bool]] = []
    sentence = drafts[0].sentence if drafts else None
    if sentence is None or len(drafts) < 4:
        return out
    if "respectively" not in b.text[sentence.start : sentence.end]:
        return out  # a cheap test first: most sentences list nothing
    for one, two, three, four in zip(drafts, drafts[1:], drafts[2:], drafts[3:], strict=False):
        if one.kind == "percent" or two.kind == "percent":
            continue
        if three.kind != "percent" or four.kind != "percent":
            continue
        to_rates = _TO_RATES.fullmatch(b.text, two.found.end, three.found.start)
        if not (
            _AND_NEXT.fullmatch(b.text, one.found.end, two.found.start)
            and to_rates
            and AND_BETWEEN.fullmatch(b.text, three.found.end, four.found.start)
            and _THEN_RESPECTIVELY.match(b.text, four.found.end, four.sentence.end)
        ):
            continue
        fall = bool(to_rates.group("fall") or to_rates.group("fell"))
        out += [(one, three, fall), (two, four, fall)]
    return out


# --- A list of parts, each with its level and rate, beside its total's rate ------------------
# "Port A rose 4.0% to 12.5m and Port B 10.0% to 7.7m, taking the pair up 6.1% to 20.2m";
# "Exports to the bloc rose 6.2% to 56.5 billion, exports elsewhere 39.4 billion (+2.3%), and
# all exports 4.6% to 95.9 billion". Each rate is bound to a level in its own clause by the
# words between them alone; the clause whose words name the whole is the total.

_RISE = "|".join(lexicon.PART_RISE_VERBS)
_FALL = "|".join(lexicon.PART_FALL_VERBS)
_RISE_NOUNS = "increase|rise|growth|gain|jump"
_FALL_NOUNS = "decline|decrease|drop|fall|contraction"
# The words before a rate that make it a change: "rose", "was up", "an increase of", "growth of".
_RATE_VERB = compile_later(
    rf"(?:\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))(?:\s+by)?"
    rf"|\b(?:(?P<rise_noun>{_RISE_NOUNS})|(?P<fall_noun>{_FALL_NOUNS}))\s+of)\s*$",
    re.I,
)
# A part whose verb is left out, as the one before it had it: "... and Port B 10.0% to 7.7m".
# The words after the level before (its unit: "tonnes") may come first.
_ELLIPSIS = compile_later(
    r"(?:\s+[\w'’-]+){0,2}?\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|;\s*)(?:[\w'’-]+\s+){1,4}"
)
# "rose 4% to 12.5m", "grew by 7% last year to a total of 129m".
_RATE_TO_LEVEL = compile_later(
    r"\s+(?:(?:year[\s-]on[\s-]year|yoy|y/y|(?:last|this)\s+year)\s+)?to\s+(?:(?:a\s+)?(?:total|record)\s+of\s+)?",
    re.I,
)
# "39.4 billion (+2.3%)", "39.4 billion (down 2.3%)": the bracket after a level is its rate.
# The level's own words may come first: "39.4 billion crowns (+2.3%)".
_BRACKETED_RATE = compile_later(
    r"(?:\s+[a-z'’-]+){0,2}?\s*\(\s*(?:(?:up|(?P<fall>down))\s+(?:by\s+)?)?", re.I
)
_BRACKET_SHUT = compile_later(r"\s*(?:y/y|yoy|year[\s-]on[\s-]year)?\s*\)")
# "1.62 trillion, up 11.0%", "4,890.2 billion, an increase of 8.5%", and with the level's
# own words and its period between: "640 billion crowns in the first half, down 2%".
_COMMA_RATE = compile_later(
    r"(?:\s+[a-z'’-]+){0,2}?(?:\s+(?:in|during|for|over)(?:\s+[\w'’-]+){1,5})?"
    rf"\s*,\s*(?:(?:{_RISE}|(?P<fall>{_FALL}))(?:\s+by)?"
    rf"|(?:an?\s+)?(?:{_RISE_NOUNS}|(?P<fall_noun>{_FALL_NOUNS}))\s+of)\s+",
    re.I,
)
# What may follow such a rate before its clause ends: "up 5% year-on-year, ...".
_CLAUSE_ENDS = compile_later(
    r"\s*(?:(?:year[\s-]on[\s-]year|yoy|y/y|on\s+(?:a|the)\s+year(?:\s+(?:earlier|ago|before))?"
    r"|from\s+(?:a\s+year\s+(?:earlier|ago)|the\s+same\s+period(?:\s+(?:last|a)\s+year"
    r"(?:\s+(?:earlier|ago))?)?))\s*)?(?:[,;.)]|and\b(?!\s+[+\-−]?\d)|while\b|$)",
    re.I,
)
# Between two parts' clauses: a clause boundary, and no comparison with another figure.
_CLAUSE_BREAK = compile_later(r"[,;]|\b(?:and|while|whereas|with|as)\b", re.I)
_COMPARED = compile_later(r"\b(?:than|against|compared|versus|vs)\b", re.I)
_TOTAL_CUE = compile_later(rf"\b(?:{'|'.join(lexicon.TOTAL_CUES)})\b", re.I)
_COUNTED_WHOLE = compile_later(
    rf"\bthe\s+(?P<count>{'|'.join(w for w in SMALL_WORDS if ' ' not in w)}|\d+)\s+[a-z]", re.I
)
_PARTIAL = compile_later(rf"\b(?:{'|'.join(lexicon.PARTIAL_CUES)})\b", re.I)
_NOT_A_SUM = compile_later(rf"\b(?:{'|'.join(lexicon.NOT_A_TOTAL_OF_PARTS)})\b", re.I)
_LEVEL_KINDS = ("money", "measure", "number")


@dataclass(frozen=True)
class _Unit:
    """A level with the rate its clause binds to it, or a total stated by its rate alone."""

    level: Any | None
    rate: Any
    fall: bool | None  # None: the verb is left out, so the part before it says
    lead: str  # the words before the clause's first figure, back to the figure before


@dataclass(frozen=True)
class _Group:
    """The units read over consecutive figures: one, or two listed "respectively"."""

    units: tuple[_Unit, ...]
    first: int  # index of the first and last figure in the sentence's list
    last: int


def listed_growths(b: Any) -> None:
    """An aggregate growth for each sentence listing two or more parts, each with its level
    and rate, beside its total's rate; the parts are all of it, as the total's words say. The
    total may be the whole of the sentence before or after the list (see _across)."""
    read: dict[int, tuple[list, list[_Group]]] = {}
    for number, drafts in b.by_sentence.items():
        drafts = [d for d in drafts if d.id not in b.converted]
        if not _may_list_parts(drafts) and not _may_be_a_total(drafts):
            continue
        groups = _groups(b, drafts)
        read[number] = (drafts, groups)
        for chain in _chains(groups):
            _link_chain(b, chain)
    for number, (drafts, groups) in read.items():
        for other in (number - 1, number + 1):
            if other in read and _may_list_parts(drafts):
                _across(b, (drafts, groups), read[other], total_first=other < number)


def _may_list_parts(drafts: list) -> bool:
    """A cheap test first: two levels and two rates at least (two parts)."""
    rates = sum(1 for d in drafts if d.kind == "percent")
    return rates >= 2 and sum(1 for d in drafts if d.kind in _LEVEL_KINDS) >= 2


def _may_be_a_total(drafts: list) -> bool:
    """A sentence that may be a total's alone: its rate, and its level or not."""
    return 1 <= len(drafts) <= 2 and "percent" in (drafts[0].kind, drafts[-1].kind)


def _lead(b: Any, drafts: list, i: int) -> str:
    """The words before the i-th figure, back to the figure before it or the sentence's start."""
    if i == 0:
        draft = drafts[0]
        start = draft.found.qualifier_start
        return b.text[draft.sentence.start : draft.found.start if start is None else start]
    return b.gap(drafts[i - 1], drafts[i])


def _groups(b: Any, drafts: list) -> list[_Group]:
    """The sentence's units in order, each read over the figures it spans."""
    respective = {}
    index = {d.id: i for i, d in enumerate(drafts)}
    pairs = respective_rates(b, drafts)
    for (one, one_rate, fall), (two, two_rate, _) in zip(pairs[::2], pairs[1::2], strict=False):
        first = index[one.id]
        lead = _lead(b, drafts, first)
        units = (_Unit(one, one_rate, fall, lead), _Unit(two, two_rate, fall, lead))
        respective[first] = _Group(units, first, index[two_rate.id])
    out: list[_Group] = []
    i = 0
    while i < len(drafts):
        group = respective.get(i) or _unit_at(b, drafts, i)
        if group is None:
            i += 1
            continue
        out.append(group)
        i = group.last + 1
    return out


def _unit_at(b: Any, drafts: list, i: int) -> _Group | None:
    """The unit whose first figure is the i-th: "rose R to L", "L (R)", "L, up R", or a
    total's rate alone ("for total growth of R")."""
    one = drafts[i]
    two = drafts[i + 1] if i + 1 < len(drafts) else None
    lead = _lead(b, drafts, i)
    if one.kind == "percent":
        verb = _RATE_VERB.search(lead[-40:])
        if (
            two is not None
            and two.kind in _LEVEL_KINDS
            and _RATE_TO_LEVEL.fullmatch(b.gap(one, two))
        ):
            if verb is not None:
                fall = bool(verb.group("fall") or verb.group("fall_noun"))
                return _Group((_Unit(two, one, fall, lead),), i, i + 1)
            if i > 0 and _ELLIPSIS.fullmatch(lead):
                return _Group((_Unit(two, one, None, lead),), i, i + 1)
            return None
        if verb is not None and (_TOTAL_CUE.search(lead) or _COUNTED_WHOLE.search(lead)):
            fall = bool(verb.group("fall") or verb.group("fall_noun"))
            return _Group((_Unit(None, one, fall, lead),), i, i)
        return None
    if one.kind not in _LEVEL_KINDS or two is None or two.kind != "percent":
        return None
    gap = b.gap(one, two)
    bracketed = _BRACKETED_RATE.fullmatch(gap)
    if bracketed and "(" in gap and _BRACKET_SHUT.match(b.text, two.found.end):
        return _Group((_Unit(one, two, bool(bracketed.group("fall")), lead),), i, i + 1)
    comma = _COMMA_RATE.fullmatch(gap)
    if comma and _CLAUSE_ENDS.match(b.text, two.found.end, two.sentence.end):
        fall = bool(comma.group("fall") or comma.group("fall_noun"))
        return _Group((_Unit(one, two, fall, lead),), i, i + 1)
    return None


def _chains(groups: list[_Group], at_least: int = 3) -> list[list[_Group]]:
    """Runs of groups over consecutive figures: a figure of no unit between two ends a run."""
    chains: list[list[_Group]] = []
    for group in groups:
        if chains and chains[-1][-1].last + 1 == group.first:
            chains[-1].append(group)
        else:
            chains.append([group])
    return [chain for chain in chains if sum(len(g.units) for g in chain) >= at_least]


def _link_chain(b: Any, chain: list[_Group], across: bool = False) -> None:
    """The aggregate growth of one run, when one group at either end names the whole and the
    others are all parts of it, each clause apart from the one before (a total in a sentence
    of its own, `across`, is apart already)."""
    totals, split_only = [k for k, g in enumerate(chain) if _names_whole(g)], False
    if not totals:
        totals, split_only = _two_sided_total(b, chain)
    if len(totals) != 1 or totals[0] not in (0, len(chain) - 1):
        return
    total = chain[totals[0]].units[0]
    parts_groups = [g for k, g in enumerate(chain) if k != totals[0]]
    parts = [u for g in parts_groups for u in g.units]
    if len(chain[totals[0]].units) != 1 or len(parts) < 2:
        return
    inner = [g for g in chain[1:] if not (across and g is chain[totals[0]])]
    if across and totals[0] == 0:
        inner = chain[2:]
    if any(not _CLAUSE_BREAK.search(g.units[0].lead) for g in inner):
        return
    if any(_COMPARED.search(g.units[0].lead) for g in inner):
        return
    for sentence in {u.rate.sentence.number: u.rate.sentence for u in (total, *parts)}.values():
        if _PARTIAL.search(b.text, sentence.start, sentence.end):
            return  # "including A, up 3% to 12": the parts named may be some of the total
    if _NOT_A_SUM.search(total.lead) or not _counts_agree(total.lead, len(parts)):
        return
    part_levels = [u.level for u in parts if u.level is not None]
    if len(part_levels) != len(parts):
        return
    levels = part_levels + ([total.level] if total.level is not None else [])
    if not _one_measure(levels):
        return
    rates = _signed_rates(parts)
    written = _written(total.rate, bool(total.fall))
    if rates is None or written is None:
        return
    b.add(
        "aggregate_growth",
        {"rate": written, "levels": [d.id for d in part_levels], "rates": rates},
        # A total named by no word of its own but the metric its parts split, in another
        # sentence, is the weakest reading: a warning at most, as the breakdown's sum is.
        confidence="low" if across and split_only else "medium",
        note="parts listed with their levels and rates beside the total's rate"
        + (", in the sentence next to theirs" if across else ""),
    )


# A sentence of parts opening on a slice of the total before: "Of that, exports rose ...".
_SLICE_OPENS = compile_later(r"\s*(?:Of|Among|Within|In|For)\b")
# Words of a total's clause that name no metric: its cue, its verb, small words.
_NOT_METRIC_WORDS = frozenset(
    (
        *lexicon.TOTAL_CUES,
        *lexicon.PART_RISE_VERBS,
        *lexicon.PART_FALL_VERBS,
        "the",
        "their",
        "its",
        "was",
        "were",
        "with",
        "for",
        "from",
        "growth",
        "increase",
        "rise",
        "year",
        "last",
        "this",
    )
)


def _across(
    b: Any, parts: tuple[list, list[_Group]], total: tuple[list, list[_Group]], total_first: bool
) -> None:
    """The aggregate growth of a sentence of parts whose total is the whole of the sentence
    before or after it ("Total remittances grew 9.7%."), at medium confidence: its words name
    the whole and the metric the parts' sentence names."""
    (part_drafts, part_groups), (total_drafts, total_groups) = parts, total
    chains = _chains(part_groups, at_least=2)
    if len(chains) != 1 or len(total_groups) != 1 or len(total_groups[0].units) != 1:
        return
    chain, whole = chains[0], total_groups[0]
    if chain[0].first != 0 or chain[-1].last != len(part_drafts) - 1:
        return  # a figure of the parts' sentence in no unit: the list is not all it says
    if whole.first != 0 or whole.last != len(total_drafts) - 1:
        return
    if any(_names_whole(g) for g in chain):
        return
    sentence = part_drafts[0].sentence
    words = b.text[sentence.start : sentence.end]
    if total_first and _SLICE_OPENS.match(words):
        return
    if not _same_metric(whole.units[0].lead, words):
        return
    _link_chain(b, [*chain, whole] if not total_first else [whole, *chain], across=True)


def _same_metric(total_lead: str, parts_text: str) -> bool:
    """The total's clause names what the parts' sentence counts: a word of its own in both
    ("Total remittances" and "Remittances from land-based workers"), or trade, whose two
    sides are exports and imports."""
    # Content words only: "in", "of", "to" are in nearly every sentence.
    own = ev.words(total_lead) - _NOT_METRIC_WORDS
    listed = parts_text.lower()
    if own & ev.words(parts_text):
        return True
    return "trade" in own and "export" in listed and "import" in listed


_TRADE = compile_later(r"\btrade\b", re.I)
_EXPORTS = compile_later(r"\bexport", re.I)
_IMPORTS = compile_later(r"\bimport", re.I)
# A name in a total's clause ("Trade between Lumen and Corvia"), which its parts must name too.
_NAME = compile_later(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")


# Two words that split one thing into two parts with nothing left over, each a part's.
_COMPLEMENTS = tuple(
    (re.compile(rf"\b{re.escape(one)}\b", re.I), re.compile(rf"\b{re.escape(two)}\b", re.I))
    for one, two in lexicon.COMPLEMENT_PAIRS
)


def _two_sided_total(b: Any, chain: list[_Group]) -> tuple[list[int], bool]:
    """The index of a total at either end of a run whose other clauses are its two sides (a
    list of none or one), and whether its words name only the split, not trade. Trade's sides
    are exports and imports ("Trade with Corvia fell 8% to 900, exports ... imports ..."),
    the partner it names named by them too; other sides split a metric with nothing left over
    ("urban" and "rural" sales, "land-based" and "sea-based" workers' remittances), which the
    total's clause names."""
    for k, others in ((0, chain[1:]), (len(chain) - 1, chain[:-1])):
        if len(chain[k].units) != 1 or sum(len(g.units) for g in others) != 2:
            continue
        lead = chain[k].units[0].lead
        if _NOT_A_SUM.search(lead):
            continue
        sides = " ".join(_group_text(b, g) for g in others)
        trade = _TRADE.search(lead) and _EXPORTS.search(sides) and _IMPORTS.search(sides)
        split = any(one.search(sides) and two.search(sides) for one, two in _COMPLEMENTS)
        # A partner's trade ("Trade with Corvia") and the whole of exports differ only by name.
        if trade and all(name in sides for name in _NAME.findall(lead.strip())):
            return [k], False
        if split and _same_metric(lead, sides):
            return [k], True
    return [], False


def _group_text(b: Any, group: _Group) -> str:
    """The words of a group's clause: its lead and its figures, with the words between."""
    figures = [d for u in group.units for d in (u.level, u.rate) if d is not None]
    start = min(d.found.start for d in figures) - len(group.units[0].lead)
    return b.text[max(start, 0) : max(d.found.end for d in figures)]


def _names_whole(group: _Group) -> bool:
    """A total's clause: "the total", "all exports", "the pair", "the five airports"."""
    if len(group.units) != 1:
        return False
    lead = group.units[0].lead
    if _BREAKDOWN_OPENS.match(lead):
        return False  # "Specifically, the total output of wheat was A": a part, named so
    return bool(_TOTAL_CUE.search(lead) or _COUNTED_WHOLE.search(lead))


# A sentence that opens on its breakdown lists parts, whatever words each part's clause uses.
_BREAKDOWN_OPENS = compile_later(
    r"^\W*(?:specifically|in\s+detail|broken\s+down|by\s+(?:sector|type|product|region)"
    r"|of\s+(?:this|which|these|the\s+total)|among\s+(?:them|these|which))\b",
    re.I,
)


def _counts_agree(lead: str, parts: int) -> bool:
    """ "The five airports": a total counting its parts counts those listed, or the list is
    partial; "both" and "the pair" count two."""
    words = lead.lower().split()
    for word, count in lexicon.TOTAL_CUE_COUNTS.items():
        if word in words and count != parts:
            return False
    counted = _COUNTED_WHOLE.search(lead)
    if counted is None:
        return True
    written = counted.group("count").lower()
    count = int(written) if written.isdigit() else SMALL_WORDS[written]
    return count == parts


def _one_measure(levels: list) -> bool:
    """Levels of one kind, currency, unit and counted thing, and of one period."""
    first = levels[0]
    if any(
        (d.kind, d.found.currency, d.found.unit, d.found.counted)
        != (first.kind, first.found.currency, first.found.unit, first.found.counted)
        for d in levels
    ):
        return False
    return len({d.period for d in levels if d.period is not None}) <= 1


def _signed_rates(parts: list[_Unit]) -> list | None:
    """Each part's rate as written into the claims file; a part whose verb is left out falls
    or rises as the one before it."""
    out: list = []
    fall = False
    for unit in parts:
        fall = fall if unit.fall is None else unit.fall
        written = _written(unit.rate, fall)
        if written is None:
            return None
        out.append(written)
    return out


def _written(rate: Any, fall: bool) -> Any:
    """A rate's id, or its value with a minus sign when a fall word says it fell (None when
    the number cannot carry one); a rate written with its own sign keeps it."""
    if not fall or rate.value.lstrip().startswith(("-", "−")):
        return rate.id
    return phrasing.negated(rate)


# --- A trade total, its two sides' rates without their levels, and the balance ---------------
# "Goods trade rose 4.1% to 8.40 trillion, with exports up 6.0% and imports up 2.0%, leaving a
# surplus of 0.60 trillion": the sides are (total ± balance) / 2, which the rule works out.

_SIDE_RATE = compile_later(
    rf"\b(?P<side>export|import)s?\s+(?:(?:were|was)\s+)?(?:{_RISE}|(?P<fall>{_FALL}))"
    r"(?:\s+by)?\s*$",
    re.I,
)
# The balance of the trade total itself: "a surplus", "a trade deficit", never "a services
# surplus" or "a budget deficit", which another total's sides leave.
_BALANCE_LEVEL = compile_later(
    rf"(?:^|[\s,;])(?:a|an|the|its)\s+(?:(?:{'|'.join(lexicon.BALANCE_OF_TRADE)})\s+)?"
    r"(?P<balance>surplus|deficit)\s+(?:of|at|was|stood\s+at|came\s+to|reached|totall?ing"
    r"|amounting\s+to)\s*$",
    re.I,
)


def balance_growths(b: Any) -> None:
    """A growth of a trade total from its sides' rates and the balance: the total with its
    rate in its own clause, a rate after "exports" and one after "imports" with no level of
    their own, and a surplus or a deficit, in one sentence or with the total alone in the
    sentence before (then at medium confidence still, the words naming trade and its sides)."""
    for number, drafts in b.by_sentence.items():
        drafts = [d for d in drafts if d.id not in b.converted]
        if len(drafts) < 3 or sum(1 for d in drafts if d.kind == "percent") < 2:
            continue
        sentence = drafts[0].sentence
        words = b.text[sentence.start : sentence.end].lower()
        if not (
            "export" in words and "import" in words and ("surplus" in words or "deficit" in words)
        ):
            continue  # a cheap test first
        if _PARTIAL.search(words):
            continue
        total = _trade_total_unit(b, drafts)
        if total is not None:
            _link_balance(b, drafts, total)
            continue
        before = [d for d in b.by_sentence.get(number - 1, []) if d.id not in b.converted]
        total = _trade_total_unit(b, before) if len(before) == 2 else None
        if total is not None:
            _link_balance(b, drafts, total, across=True)


def _trade_total_unit(b: Any, drafts: list) -> _Unit | None:
    """The one unit of these figures whose clause names trade (not its balance), or None."""
    if not drafts:
        return None
    totals = [
        g.units[0]
        for g in _groups(b, drafts)
        if len(g.units) == 1
        and g.units[0].level is not None
        and _TRADE.search(g.units[0].lead)
        and not _NOT_A_SUM.search(g.units[0].lead)
    ]
    return totals[0] if len(totals) == 1 else None


def _link_balance(b: Any, drafts: list, total: _Unit, across: bool = False) -> None:
    """The relation of a sentence's figures up to the balance, when each is read as one of the
    roles (the total's level and rate count as one clause) and none is left over; figures after
    the balance are its own ("a surplus of 40 billion, which narrowed 5%")."""
    level = total.level
    if level is None:
        return
    sides: dict[str, list] = {}
    balances: list[tuple[str, Any]] = []
    for i, draft in enumerate(drafts):
        if draft is level or draft is total.rate:
            continue
        lead = _lead(b, drafts, i)[-60:]
        side = _SIDE_RATE.search(lead) if draft.kind == "percent" else None
        balance = _BALANCE_LEVEL.search(lead) if draft.kind in _LEVEL_KINDS else None
        if side is not None:
            sides.setdefault(side.group("side").lower(), []).append(
                _written(draft, side.group("fall") is not None)
            )
        elif balance is not None:
            balances.append((balance.group("balance").lower(), draft))
            break
        else:
            return  # a figure of another reading: the sentence is not these four alone
    if [len(sides.get("export", [])), len(sides.get("import", [])), len(balances)] != [1, 1, 1]:
        return
    (which, balance), (exports,), (imports,) = balances[0], sides["export"], sides["import"]
    if None in (exports, imports) or not _one_measure([level, balance]):
        return
    a_rate, b_rate = (exports, imports) if which == "surplus" else (imports, exports)
    rate = _written(total.rate, bool(total.fall))
    if rate is None:
        return  # a fall whose number cannot carry a minus sign
    b.add(
        "balance_aggregate_growth",
        {
            "rate": rate,
            "total": level.id,
            "balance": balance.id,
            "a_rate": a_rate,
            "b_rate": b_rate,
        },
        confidence="medium",
        note=f"the sides' levels from the total and the {which}: (total ± {which}) / 2"
        + ("; the total in the sentence before" if across else ""),
    )
