"""Relations between drafted claims, read from how sentences are built.

Each pattern looks at the words between and around figures of one sentence (a share may take
its part from a nearby sentence, saying so). Facts are linked with facts. The figures of one
target or forecast (a sentence, or a plan told over adjacent sentences) are linked with each
other in a pass of their own, and never with an actual: a budget's own numbers must agree. A
link that is a guess carries `confidence: low` and a `note` saying why.

This module has the builder and the patterns of economic reporting (from-to, CAGR, multiples,
gaps, "including" sums); relations_news has those of general news ("up 4% from A", "three
times as many", "Of the N ...", "or X per head"); relations_cross those spread over sentences;
relations_gdp the shares of GDP and the reference facts. A figure fills one role of one
relation: patterns run most specific first and skip figures an earlier one used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from functools import cached_property, partial
from itertools import pairwise
from typing import Any

from audit import vocabulary as vocab
from audit.claims.kinds import KINDS
from audit.extract import context, phrasing
from audit.extract import lexicon as lx
from audit.extract import relations_aggregate as aggregate
from audit.extract import relations_averages as averages
from audit.extract import relations_combined_shares as combined
from audit.extract import relations_cross as cross
from audit.extract import relations_currency_across as currency_across
from audit.extract import relations_difference as difference
from audit.extract import relations_direction as direction
from audit.extract import relations_earlier_ledger as earlier_ledger
from audit.extract import relations_end_before as end_before
from audit.extract import relations_evidence as ev
from audit.extract import relations_gdp as gdp
from audit.extract import relations_labour as labour
from audit.extract import relations_listed_shares as listed_shares
from audit.extract import relations_lists as lists
from audit.extract import relations_margin as margin
from audit.extract import relations_members as members
from audit.extract import relations_named_ratios as named_ratios
from audit.extract import relations_news as news
from audit.extract import relations_of_which as of_which
from audit.extract import relations_parts as parts
from audit.extract import relations_per_unit as per_unit
from audit.extract import relations_prior as prior
from audit.extract import relations_rate_across as rate_across
from audit.extract import relations_ratios as ratios
from audit.extract import relations_respective as respective
from audit.extract import relations_restate as restate
from audit.extract import relations_series as series
from audit.extract import relations_spread as spread
from audit.extract import relations_tables as tables
from audit.extract import relations_targets as targets
from audit.extract import relations_two_periods as two_periods
from audit.extract import relations_units as units
from audit.extract import relations_value as value
from audit.extract import relations_window as window
from audit.extract.drafts import Draft, sentence_period
from audit.extract.folded import folded
from audit.extract.relations_parts import names_the_whole
from audit.lazy_regex import compile_later
from audit.reference.facts import FactSet

_Q = (
    r"(?:about|around|roughly|approximately|nearly|almost|more\s+than|over|some|only|just|merely"
    r"|a\s+mere|barely)\s+"
)

_BRACKET_CLOSE = compile_later(r"[^()\n]{0,40}?\)")
_BRACKET_RESTATEMENT = compile_later(rf"^\s*\(\s*(?:{_Q}|US\s+)?$")
_CONVERSION_GAP = compile_later(
    rf"^\s*\(\s*(?:{_Q}|or\s+|US\s+)?$|^,?\s+or\s+(?:{_Q})?$"
    # "$5 billion, which was about Rs 38,000 crore", "EUR 3bn, equivalent to $3.3bn"
    rf"|^(?:\s+in\s+(?:19|20)\d\d)?,?\s+(?:which\s+(?:is|was|were|are)\s+|(?:roughly\s+|about\s+)?equivalent\s+to\s+|"
    rf"equal\s+to\s+|worth\s+)(?:{_Q})?$",
    re.I,
)
_COMMA_ONLY = compile_later(r"^,\s*$")
_APPROXIMATELY = frozenset(("approximately", "about", "roughly", "around", "nearly", "some"))
_ASIDE_CLOSES = compile_later(r"\s*(?:[,;)]|\.(?!\d)|$)")
# "from A", and "from last year's historic high of A", "from a record of A": the start named.
_FROM_BEFORE = compile_later(
    r"\bfrom\s+(?:(?:(?:last|the\s+previous|the\s+prior)\s+)?(?:a|an|the|its|their|[\w-]+['’]s)"
    rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?of\s+)?(?:{_Q})?$",
    re.I,
)
_MONTH = lx.alternation(lx.MONTHS)
# A day and month written with the start: "from A on June 30, 2016 to B", "from A at 31 March".
_DAY = rf"(?:(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH}))"
# "from A in October 2019 to a new record high of B": the start's period (a code too, "in
# Q2FY09", "in H1, 2022"), then the end after the words that call it a record.
_TO_GAP = compile_later(
    rf"^\s*(?:\([^)]{{0,80}}\)\s*)?,?\s*(?:[A-Za-z\-][\w\-]*\s+){{0,5}}?(?:{_DAY}\b,?\s*)?"
    rf"(?:(?:(?:in|of|at\s+the\s+end\s+of)\s+(?:the\s+(?:year\s+)?)?)?(?:(?:H[12]|Q[1-4]),\s*)?"
    rf"(?:19|20)\d\d\s*)?,?\s*to\s+"
    rf"(?:an?\s+(?:new\s+)?(?:record|all-time)\s+(?:[a-z]+\s+){{0,2}}?(?:of\s+)?)?(?:{_Q})?$",
    re.I,
)
# "from A, as exports rose to B": B ends another subject's change, in a clause of its own (an
# aside closed by its comma, "from A, as layoffs spread, to B", is not).
_ANOTHER_CLAUSE_TO = compile_later(r",\s*(?:as|while|whereas|but|and)\s+[^,]*$", re.I)
# The end's own period may come between: "in 2023", "last year", "in May", "in the first half".
_END_PERIOD = (
    rf"(?:(?:in|of)\s+(?:19|20)\d\d|(?:last|this)\s+(?:year|month|quarter)"
    rf"|in\s+(?:{lx.alternation(lx.MONTHS)})(?:\s+(?:19|20)\d\d)?"
    rf"|in\s+the\s+(?:first|second|third|fourth|final)\s+(?:quarter|half)"
    # "in 1H10", "in Q3", "in H1 2024", "in Q2FY09", "in FY23": a period's code
    rf"|in\s+(?:[1-4][HQ]|[HQ][1-4])(?:\s*FY|\s+)?(?:['’]?\d\d|(?:19|20)\d\d)?(?![\w-])"
    rf"|in\s+FY\s?['’]?(?:\d\d|(?:19|20)\d\d)(?![\w-]))"
)
_FROM_GAP = compile_later(
    rf"^\s*(?:of\s+(?:the\s+)?(?:[\w’']+\s+)?(?:GDP|total)\s+)?(?:{_END_PERIOD}\s*)?,?\s*"
    rf"(?:up|down)?\s*from\s+(?:{_Q})?$",
    re.I,
)
# "fell to B in February over A in January": after a change to B, "over" names its start.
_OVER_GAP = compile_later(
    rf"^\s*(?:{_END_PERIOD}\s*)?,?\s*over\s+(?:{_Q})?$",
    re.I,
)
_OF_IT_AFTER = compile_later(r"\s+(?:\w+\s+)?of\s+(?:it|them|which|those|these)\b", re.I)
# only a period between the end and "over S": after a comma, "over" opens an aside
_PERIOD_GAP = compile_later(rf"^\s*(?:{_END_PERIOD}\s*)?$", re.I)
_CHANGED_TO = compile_later(
    rf"\b(?:rose|risen|fell|fallen|increased|decreased|grew|grown|declined|dropped|climbed"
    rf"|jumped|surged|slipped|eased|shrank|expanded)\b[^,;.]{{0,30}}?\bto\s+(?:{_Q})?$",
    re.I,
)
_NOUN_FROM_GAP = compile_later(rf"^\s+([a-z]+s)\s+(?:up\s+)?from\s+(?:{_Q})?$", re.I)
# After the start: the same noun, or nothing more of the phrase.
_NOUN_AFTER = compile_later(r"(?:\s+([a-z]+s)\b|(?=\s*(?:[,.;:)]|$|\s+(?:in|a\s+year)\b)))", re.I)
_CAGR = compile_later(
    r"(?:compound\s+annual\s+(?:growth\s+)?rate|CAGR|average\s+annual\s+"
    r"(?:growth|increase)(?:\s+rate)?|annual\s+average\s+(?:growth|increase)"
    r"(?:\s+rate)?|average\s+growth\s+rate)\s+(?:of\s+)?(?:{q})?$".replace("{q}", _Q),
    re.I,
)
# "rose at a steady rate of 6%", "grew at an annual pace of 3%": the verb's rate after "at".
_AT_A_RATE_OF = r"\s+at\s+(?:an?\s+|the\s+)?(?:[a-z\-]+\s+){0,2}?(?:rate|pace)\s+of\s+"
# "increased over the period under review by 30%": the span between the verb and its "by".
_OVER_A_SPAN_BY = r"\s+(?:over|during|in)\s+(?:[a-z\-]+\s+){1,5}?by\s+"
# "contracted by a significant 35 per cent", "rose by a marginal 2.75pc": how big, said first.
_DEGREE = (
    r"(?:an?\s+(?:significant|marginal|modest|slight|sharp|steep|massive|whopping|staggering"
    r"|healthy|robust|solid|small|mere|meagre|meager|huge|hefty|substantial|notable|dramatic"
    r"|further)\s+)?"
)
# "fell as well, by 1.1 points", "decreased only marginally by 0.3%": words about the verb
# between it and its "by".
_VERB_ASIDE = r"(?:\s+(?:as\s+well|too|also|again|further|only|[a-z]+ly)){0,2}"
_GROWTH_BEFORE = compile_later(
    rf"\b(?:(?:year-on-year|y-o-y|yoy|annual|yearly)\s+)?(?:growth|increase|rise|expansion|gain"
    rf"|jump|climb|surge|advance)(?:\s+rate)?\s+(?:(?:of|by)\s+)?(?:{_Q})?$|\b(?:grew|grown|rose|risen"
    rf"|increased|climbed|jumped|surged|soared|expanded|gained|added|widened|swelled|{news.UP}|advanced"
    rf"|increasing|rising|growing|climbing|jumping|surging|soaring|expanding|gaining|advancing"
    rf"|expand|grow|accelerated|rebounded){_VERB_ASIDE}"
    rf"(?:\s*,\s*by\s+|{_AT_A_RATE_OF}|{_OVER_A_SPAN_BY}|\s+(?:by\s+)?){_DEGREE}(?:{_Q})?$"
    # "demand lifted the country's exports 11.2 percent": a cause raising its object
    rf"|\b(?:lifted|boosted|pushed\s+up|drove\s+up)\s+(?:[\w'’.-]+\s+){{1,4}}?(?:by\s+)?"
    rf"(?:{_Q})?$",
    re.I,
)
_GROWTH_AFTER = compile_later(
    r"^\s*(?:(?:annual|year-on-year|yearly)\s+)?(?:growth|increase|rise|"
    r"jump|expansion)\b|^\s*(?:higher|up)\b(?!\s+(?:to|than)\b)"
    r"|^\s*(?:year-on-year|on-year|from\s+a\s+year\s+(?:earlier|"
    r"ago)|on\s+a\s+yearly\s+basis)",
    re.I,
)
_DECLINE_AFTER = compile_later(
    r"^\s*(?:(?:annual|year-on-year|yearly)\s+)?(?:decline|decrease|fall|drop|contraction"
    r"|reduction|dip|slump)\b|^\s*(?:lower|down)\b(?!\s+(?:to|than)\b)",
    re.I,
)
_DECLINE_BEFORE = compile_later(
    # each word whole: "increased by" ends in "eased by", "increasing" in "easing"
    rf"\b(?:fell|dropped|declined|decreased|slid|slipped|dipped|down|shrank|contracted|slumped|"
    rf"plunged|plummeted|tumbled|sank|lost|slowed|eased|narrowed|retreated|cut|falling|dropping"
    rf"|declining|decreasing|sliding|slipping|dipping|shrinking|contracting|slumping|plunging"
    rf"|tumbling|sinking|easing|narrowing|reduced){_VERB_ASIDE}"
    rf"(?:\s*,\s*by\s+|{_AT_A_RATE_OF}|{_OVER_A_SPAN_BY}|\s+(?:by\s+)?){_DEGREE}(?:{_Q})?$|"
    # "cut rates by", "lowered its key rate by": the verb's object between it and its "by"
    rf"\b(?:cut|lowered|reduced|trimmed|slashed)\s+(?:[\w'’-]+\s+){{1,3}}?by\s+(?:{_Q})?$|"
    rf"\b(?:decline|decrease|drop|fall|contraction|slowdown|deceleration|reduction|dip|narrowing|"
    rf"easing|cut|loss)\s+(?:(?:of|by)\s+)?(?:{_Q})?$",
    re.I,
)
_BY_TIMES = compile_later(
    r"\b(?:increased|grew|rose|expanded|up|jumped|risen|grown)\s+by\s+$",
    re.I,
)
_TO_TIMES = compile_later(r"\b(?:increased|grew|rose|expanded|risen|grown)\s+to\s+$", re.I)
_TIMES_AS = compile_later(
    r"^\s*(?:as\s+(?:much|many|large|big|high)|that\s+of|the\s+(?:level|"
    r"size|figure))\b",
    re.I,
)
_GAP_BEFORE = compile_later(
    r"\b(?:higher|lower|more|less|faster|slower)\s+than\s+(?:the\s+)?"
    r"(?:[\w’'\-]+['’]s\s+)?$",
    re.I,
)
_GDP_GROWTH_AFTER = compile_later(
    r"^\s*(?:of\s+)?(?:the\s+)?(?:[\w’']+\s+){0,2}?GDP\s+growth",
    re.I,
)
# "1.2 points higher than the 3%", "1.2 points above the central bank's 3% target".
_GAP_AFTER = compile_later(
    r"(?i)^\s*(?:(?:higher|lower|more|less|faster|slower)\s+than|above|below)\b"
)
# "The figure was 0.15 points higher than ...": the gap's higher rate is the one the sentence
# before states, named again in words.
_GAP_OF_THE_FIGURE = compile_later(
    r"\b(?:the|this|that)\s+(?:figure|rate|reading)\s+(?:was|is|stood\s+at)\s+$", re.I
)
# Between a gap and the next rate: a new clause, so the rate is not the one compared with.
_NOT_THE_LOWER = compile_later(
    r"[;:]|,\s*(?:or|and|while|but|whereas|with|up|down|rising|falling|growing)\b"
    r"|\b(?:month|quarter|week)[\s-]on[\s-](?:month|quarter|week)\b"
    # "..., said the port office, adding that the amount accounted for 29%": a share of its own
    r"|,\s*(?:[\w'’-]+\s+){0,5}?(?:said|says|adding|added|according)\b"
    r"|\b(?:accounted|accounting|accounts)\s+for\b|\b(?:made|making|makes)\s+up\b",
    re.I,
)
# A rate listed after "and a" is an item of its own, not the change of the pair before it.
_ANOTHER_ITEM = compile_later(r"\band\s+(?:a|an)\s+(?:[\w-]+\s+)?$", re.I)
_LOWER = compile_later(r"^\s*(?:lower|less|slower|below)\b", re.I)
_PP_PER_YEAR = compile_later(
    r"(?i)annual|a\s+year|per\s+year|yearly|average|each\s+year|per\s+annum",
)
_GROWTH_STEMS = (
    "grow",
    "grew",
    "increas",
    "rise",
    "rising",
    "rose",
    "risen",
    "expan",
    "climb",
    "jump",
    "surg",
    "gain",
    "up",
    "advanc",
    "soar",
    "widen",
    "swell",
    "lifted",
    "boosted",
    "added",
    "accelerat",
    "rebound",
)
_DECLINE_STEMS = (
    "fell",
    "drop",
    "declin",
    "decreas",
    "slid",
    "down",
    "shrank",
    "shrink",
    "contract",
    "slump",
    "plung",
    "plummet",
    "tumbl",
    "sank",
    "sink",
    "lost",
    "fall",
    "slip",
    "dip",
    "slow",
    "eas",
    "narrow",
    "retreat",
    "decelera",
    "reduc",
    "cut",
    "lower",
    "trim",
    "slash",
)
_SUM_AFTER = compile_later(
    r"^\s*,?\s*(?:including|of\s+which|of\s+whom|among\s+which|among\s+whom|comprising)\b", re.I
)
# "including" names some of the parts; "of which" after "over T" may leave some unnamed.
# "93.9 percent of the state budget target set at": a share's whole named, then given.
_SHARE_WHOLE_BEFORE = compile_later(
    r"\d\s?(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|its\s+|their\s+)?[A-Za-z][\w\s'’\-]{0,60}?"
    r"(?:\s+(?:set\s+at|of|at|worth))?\s*$",
    re.I,
)
_SUM_SOME_AFTER = compile_later(r"^\s*,?\s*including\b", re.I)
_BOUNDED_BELOW = frozenset({"more_than", "just_over", "at_least"})


def _may_list_some(total: Draft, after: str) -> bool:
    """The parts after a total may not be all of it: "including", or a total said to be above
    what it is written as ("a little over 1,000, of which ...")."""
    qualifier = (total.found.qualifier or "").lower()
    return bool(_SUM_SOME_AFTER.match(after)) or vocab.QUALIFIERS.get(qualifier) in _BOUNDED_BELOW


# "The $14.8bn in revenue comprised A, B and C": the parts are the whole breakdown.
_SUM_ALL_AFTER = compile_later(
    r"^\s*,?\s*(?:(?:in\s+)?[\w\-]+\s+){0,3}?(?:comprised|consisted\s+of|"
    r"(?:was|were|is|are)\s+made\s+up\s+of|(?:was|were)\s+split|"
    r"broke\s+down|(?:was|were|is|are)\s+divided)\b"
    # "T in the quarter, made up of A and B": a period phrase may stand between
    r"|^\s*(?:(?:in|during|for|over)\s+(?:the\s+|this\s+|last\s+)?[\w\-]+(?:\s+[\w\-]+)?\s*)?"
    r",?\s*(?:made\s+up\s+of|consisting\s+of|split\s+into)\b",
    re.I,
)

# One of these words is in every _SUM_ALL_AFTER match, looked for in plain text first: the
# pattern tries up to three words before each of its verbs.
_SUM_ALL_WORDS = ("compris", "consist", "made", "split", "broke", "divided")


def _sum_all_after(after: str) -> re.Match | None:
    lower = folded(after)
    if not any(word in lower for word in _SUM_ALL_WORDS):
        return None
    return _SUM_ALL_AFTER.match(after)


_ANNUAL_BEFORE = compile_later(
    r"\b(?:average\s+)?(?:annual|annualized|annualised|yearly)\s+(?:average\s+)?"
    r"(?:growth\s+|increase\s+|rise\s+|gain\s+|decline\s+|fall\s+)?(?:rate\s+)?(?:of\s+)?"
    r"(?:about\s+|around\s+|nearly\s+)?$",
    re.I,
)
_ANNUAL_AFTER = compile_later(r"^\s*(?:a|per|each)\s+(?:year|annum)\b", re.I)
# "a 15.5% increase in wages": the change a rate after a pair is said to be of.
_RATE_OF_NAMED = compile_later(
    r"^\s*(?:[\w-]+\s+)?(?:growth|increase|rise|jump|gain|expansion|fall|drop|decline|decrease)"
    r"\s+in\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.I,
)
# Where one clause ends and a clause about something else begins.
_COMPARED_TO = compile_later(
    r"\b(?:above|below|than|ahead\s+of|behind|compared\s+(?:with|to)|against|versus|over)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+)?$",
    re.I,
)
_NEW_CLAUSE = compile_later(r";|,\s+(?:and|while|but|whereas)\s+(?!(?:up|down|a|an)\b)")


# Patterns a plan's own pass skips: conversions across sentences already read every status in
# the pass over facts, reference facts are actuals, and a lead restated later in the article
# is about the article, not about one plan.
_FACT_PASS_ONLY = frozenset(
    {"currency-across", "reference-fact", "restated", "headline-per-day", "share-of-target-across"}
)


class _Builder:
    def __init__(
        self,
        text: str,
        drafts: list[Draft],
        facts: FactSet,
        published: str | None = None,
        status: str = "fact",
    ) -> None:
        self.text = text
        # Table cells are linked by the table patterns alone: a row is not a sentence.
        self.cells = [d for d in drafts if d.cell is not None]
        drafts = [d for d in drafts if d.cell is None] if self.cells else drafts
        self.published = published  # the article's date, "2023-06-10" or "2023-06"
        self.facts = facts
        self.status = status  # the figures linked: facts, or those of one target or forecast
        self.audited = [d for d in drafts if d.status == status]
        # A target a fact is measured against in words ("13% above the 11.3 trillion
        # target") takes part with the facts of its sentence, never with those of another:
        # the comparison itself is stated as fact.
        self.benchmarks = benchmarks(text, drafts) if status == "fact" else set()
        # The facts a forecast is set against in words ("expected to fall to 28.1% compared to
        # 32.4% this year"): the phrasings, whose words state the comparison, read them too.
        self.compared_facts = compared_facts(text, drafts) if status != "fact" else {}
        self._compared_ids = {d.id for facts in self.compared_facts.values() for d in facts}
        # A forecast restated in another currency is still a conversion to check: "will
        # exceed 1.8 trillion yuan ($282 billion)" converts at the day's rate either way.
        self.all_by_sentence: dict[int, list[Draft]] = {}
        for draft in drafts:
            self.all_by_sentence.setdefault(draft.sentence.number, []).append(draft)
        self.by_sentence: dict[int, list[Draft]] = {}
        for draft in drafts:
            if draft.status == status or draft.id in self.benchmarks:
                self.by_sentence.setdefault(draft.sentence.number, []).append(draft)
        # GDP amounts by period, looked up for every share (kept linear in article size).
        self.gdp: dict[str | None, list[Draft]] = {}
        for draft in self.audited:
            if gdp.is_gdp(draft) or gdp.named_gdp(text, draft):
                self.gdp.setdefault(draft.period, []).append(draft)
        self.gdp_ids = {d.id for drafts in self.gdp.values() for d in drafts}
        self.relations: list[dict] = []
        self.keys: set[str] = set()
        self.ids: set[str] = set()
        self.converted: set[str] = set()
        # An amount restated in brackets ("2.5 trillion yuan (363 billion dollars)") ends, for
        # the words after it, at the bracket's close: the restatement is not what follows.
        self.restated_end: dict[str, int] = {}
        self.used_rates: set[str] = set()
        self.in_pairs: set[str] = set()
        self.starts: set[str] = set()  # figures read as the start of a change ("up from A")
        # An amount's own growth rate ("A, down 0.3 percent"), as the claims file writes it.
        self.rate_of: dict[str, Any] = {}
        self.phrased: set[str] = set()  # figures a phrasing file linked
        # the first share of GDP of each sentence with no GDP to divide by (relations_gdp)
        self.gdp_pairs: list = []
        self._cues: dict[int, tuple[bool, bool, bool]] = {}
        # relations_parts' reads, kept for one run: each sentence's amounts, the linked parts
        self.part_amounts: dict[int, list[Draft]] = {}
        self.linked_parts: frozenset[str] | None = None
        # the kinds of ballot read as shares of each count of ballots cast, by its id
        self.ballot_kinds: dict[str, list[Draft]] = {}
        self._bare_changes: dict[int, bool] = {}
        self.pattern: str | None = None  # the pattern running, recorded as evidence

    # --- small helpers --------------------------------------------------------------------
    def before(self, draft: Draft, width: int = 80) -> str:
        start = (
            draft.found.qualifier_start
            if draft.found.qualifier_start is not None
            else draft.found.start
        )
        return self.text[max(draft.sentence.start, start - width) : start]

    def after(self, draft: Draft, width: int = 80) -> str:
        end = self.restated_end.get(draft.id, draft.found.end)
        return self.text[end : min(draft.sentence.end, end + width)]

    def cues(self, draft: Draft) -> tuple[bool, bool, bool]:
        """(compound rate, growth, fall) words around a percentage, read once per figure:
        every pair of figures in a sentence asks about every rate in it."""
        key = draft.found.start
        if key not in self._cues:
            # The end-anchored searches are slow (tried at each of 80 positions): a word each
            # pattern needs is looked for first, in plain text.
            before = self.before(draft)
            lower = before.lower()
            self._cues[key] = (
                any(w in lower for w in ("compound", "cagr", "average"))
                and bool(_CAGR.search(before)),
                (any(w in lower for w in _GROWTH_STEMS) and bool(_GROWTH_BEFORE.search(before)))
                or bool(_GROWTH_AFTER.match(self.after(draft))),
                (any(w in lower for w in _DECLINE_STEMS) and bool(_DECLINE_BEFORE.search(before)))
                or bool(_DECLINE_AFTER.match(self.after(draft))),
            )
        return self._cues[key]

    def bare_change(self, draft: Draft) -> bool:
        """relations_news.bare_change, read once per figure: the breakdowns ask it of every
        figure of a sentence, many times."""
        key = draft.found.start
        if key not in self._bare_changes:
            self._bare_changes[key] = news.bare_change(self, draft)
        return self._bare_changes[key]

    def gap(self, first: Draft, second: Draft) -> str:
        start = (
            second.found.qualifier_start
            if second.found.qualifier_start is not None
            else second.found.start
        )
        end = self.restated_end.get(first.id, first.found.end)
        # A repeated statement shares its first statement's id, and so its bracket's end: only
        # an end after this statement's own figure is its bracket.
        if not first.found.end <= end <= start:
            end = first.found.end
        return self.text[end:start]

    def add(self, kind: str, roles: dict, **extra) -> None:
        roles = {k: v for k, v in roles.items() if v is not None}
        key = json.dumps([kind, roles], sort_keys=True)
        if key in self.keys:
            return
        self.keys.add(key)
        first = next((v for v in roles.values() if isinstance(v, str)), "figure")
        relation_id, number = f"{kind}_{first}", 2
        while relation_id in self.ids:
            relation_id, number = f"{kind}_{first}_{number}", number + 1
        self.ids.add(relation_id)
        if kind in _LEVEL_PAIRS and isinstance(roles.get("start"), str):
            # news leaves the scale word, or the unit a figure is per, out of the second figure
            readings = (
                (self._scale_read_in, "in the {other}'s scale", "scale word"),
                (self._per_read_in, "per the {other}'s unit", "unit"),
            )
            for read_in, how, what in readings:
                for bare, other in (("start", "end"), ("end", "start")):
                    read = read_in(roles, bare, other)
                    if read is not None:
                        roles[bare] = read
                        extra["note"] = _noted(
                            extra.get("note"),
                            f"the {bare} is read {how.format(other=other)} ({read['value']}): "
                            f"news leaves the {what} of the second figure out",
                        )
                        break
        relation = {"id": relation_id, "kind": kind, "roles": roles}
        if self.pattern is not None:
            # The evidence an editor reviews: which pattern linked the figures, and why.
            note = extra.get("note")
            extra["note"] = f"pattern {self.pattern}" + (f": {note}" if note else "")
        if self.benchmarks.intersection(_ids_in(roles)):
            extra["note"] = _noted(
                extra.get("note"),
                "an actual against a stated target or forecast, the comparison stated as fact",
            )
        if self.status != "fact" and (
            self._compared_ids.intersection(_ids_in(roles)) or self._a_fact_among(roles)
        ):
            extra["note"] = _noted(
                extra.get("note"),
                f"a {self.status} against the stated figure it is compared with",
            )
        elif self.status != "fact":
            # Said, not hidden: the check is of the plan's own arithmetic, not of an outcome.
            extra["note"] = _noted(
                extra.get("note"),
                f"every figure is of one {self.status}: its own arithmetic is checked,"
                " not whether it came true",
            )
        relation.update({k: v for k, v in extra.items() if v is not None})
        self.relations.append(relation)

    def add_share(
        self, part: Draft, whole: Draft, share: Draft, note: str, confidence: str = "low"
    ) -> None:
        """A share relation: `share` is `part` of `whole`; the percentage is used up."""
        self.used_rates.add(share.id)
        self.add(
            "share",
            {"part": part.id, "whole": whole.id, "share": share.id},
            confidence=confidence,
            note=note,
        )

    @cached_property
    def drafts_by_id(self) -> dict[str, Draft]:
        """Every figure of the article, of any status, by claim id: built once per run, on the
        first step that looks a figure up by its id."""
        return {d.id: d for drafts in self.all_by_sentence.values() for d in drafts}

    def _a_fact_among(self, roles: dict) -> bool:
        """A figure stated as fact linked in a forecast's pass ("reached S, and will grow by a
        further C"): the forecast is measured against it."""
        return any(
            (draft := self.drafts_by_id.get(claim)) is not None and draft.status == "fact"
            for claim in _ids_in(roles)
        )

    def _per_read_in(self, roles: dict, bare_role: str, other_role: str) -> dict | None:
        """ "rose to US$79.16/t from US$52.09", "to $1,090 a month from $1,000": the later of two
        levels, written without the unit per which the other is, read per it."""
        if not isinstance(roles.get(bare_role), str) or not isinstance(roles.get(other_role), str):
            return None
        later = self.drafts_by_id.get(roles[bare_role])
        first = self.drafts_by_id.get(roles[other_role])
        if later is None or first is None or later.found.start < first.found.start:
            return None
        if later.found.per is not None or first.found.per is None or later.value is None:
            return None
        if not _same_dimension(later, first) or " per " not in (first.value or ""):
            return None
        per = first.value.rsplit(" per ", 1)[1]
        return {"value": f"{later.value} per {per}", "claim": later.id}

    def _scale_read_in(self, roles: dict, bare_role: str, other_role: str) -> dict | None:
        """ "63.08 million bags, up 2.3% from 61.66", "from Rs 2303.35 crore to Rs 2973.91": the
        later of the two levels, bare, written without the scale word (and unit) the other has,
        of about its size once they are read into it."""
        if not isinstance(roles.get(bare_role), str) or not isinstance(roles.get(other_role), str):
            return None
        later = self.drafts_by_id.get(roles[bare_role])
        scaled = self.drafts_by_id.get(roles[other_role])
        if later is None or scaled is None or scaled.found.scale is None:
            return None
        if later.found.start < scaled.found.start:
            return None  # the figure written first carries its own scale word
        bare = later.found
        if later.kind == "money":
            if bare.currency != scaled.found.currency or scaled.kind != "money":
                return None
        elif later.kind != "number" or bare.unit or bare.currency:
            return None
        if bare.scale or bare.value is None or bare.is_range:
            return None
        try:
            mantissa = Decimal(scaled.found.number.replace(",", ""))
        except ArithmeticError:
            return None  # a number in words ("two million")
        if not mantissa or not Decimal("0.25") <= bare.value / mantissa <= 4:
            return None
        if scaled.found.number not in scaled.value:
            return None
        value = scaled.value.replace(scaled.found.number, bare.number, 1)
        return {"value": value, "claim": later.id}

    # --- patterns -------------------------------------------------------------------------
    def run(self) -> list[dict]:
        # Every pattern inside one sentence needs two figures; a lone share of GDP may still
        # take its part from a nearby sentence (gdp.shares), so it sees every sentence.
        pairs = [drafts for drafts in self.by_sentence.values() if len(drafts) > 1]
        for drafts in self.all_by_sentence.values():
            if len(drafts) > 1 and self.status == "fact":  # conversions read every status
                self.step("conversion", self.conversions, drafts)
                self.step("unit-conversion", partial(units.conversions, self), drafts)
        for drafts in pairs:
            self.phrasings(self.with_compared_facts(drafts))
        for number, drafts in self.by_sentence.items():
            if number + 1 in self.by_sentence:  # phrasings that run on into the next sentence
                both = [
                    d
                    for d in drafts + self.by_sentence[number + 1]
                    if d.id not in self.benchmarks  # compared in its own sentence only
                ]
                self.phrasings(both, sentences=2)
        # Before the patterns inside one sentence: "That is up from S, a R rise" opens on a start.
        self.step("anaphoric-start", end_before.anaphoric_starts, self)
        for drafts in self.by_sentence.values():
            self.step("combined-shares", partial(combined.combined_shares, self), drafts)
            self.step("named-list", partial(lists.list_counts, self), drafts)
            self.step("ratio-shares", partial(ratios.ratio_shares, self), drafts)
        in_sentence = (
            ("respective-growths", partial(respective.respective_growths, self)),
            ("paired-levels", partial(respective.paired_levels, self)),
            ("from-to", self.changes),
            ("change-and-rate", partial(news.change_and_rate, self)),
            ("rate-then-start", partial(news.rate_then_start, self)),
            ("up-from", partial(news.changes_from, self)),
            ("two-periods", partial(two_periods.two_periods, self)),
            ("times-as-many", partial(news.times_as_many, self)),
            ("rate-and-multiple", self.multiples),
            ("figure-and-rate", self.growth_rates),
            ("rate-gap", self.gaps),
            ("including-sum", self.sums),
            ("of-the-total-parts", partial(news.totals_and_parts, self)),
            ("trade-balance", partial(news.trade_balance, self)),
            ("gap-between-levels", partial(difference.gaps_between_levels, self)),
        )
        # The patterns in code read a sentence without its restatements in another currency:
        # "A (B) up 9.7%, accounting for 25% of the total" is A's share.
        plain = [[d for d in drafts if d.id not in self.converted] for drafts in pairs]
        plain = [drafts for drafts in plain if len(drafts) > 1]
        for drafts in plain:
            for name, pattern in in_sentence:
                self.step(name, pattern, drafts)
        self.step("change-start", news.change_starts, self)
        self.step("end-before", end_before.ends_before, self)
        self.step("change-end-before", end_before.changes_before, self)
        self.step("anaphoric-change", end_before.anaphoric_changes, self)
        self.step("rate-on-another-base", end_before.rates_on_another_base, self)
        self.step("rate-in-terms", respective.rates_in_terms, self)
        self.step("change-of-the-rate-before", end_before.changes_of_the_rate_before, self)
        self.step("unemployment-rate", labour.unemployment_rates, self)
        self.step("value-volume-price", value.value_growths, self)
        # A growth drafted without its start, in a series, starts at the item before it.
        self.step("series-item-before", series.series_starts, self)
        for drafts in self.by_sentence.values():
            self.step("share-of-gdp", partial(gdp.shares, self), drafts)
            drafts = [d for d in drafts if d.id not in self.converted]
            self.step("electorate-turnout", partial(cross.electorate_turnouts, self), drafts)
            self.step("share-of-named-whole", partial(cross.named_wholes, self), drafts)
            self.step("named-ratio", partial(named_ratios.named_ratios, self), drafts)
            self.step("share-bracketed-part", partial(cross.bracketed_parts, self), drafts)
            self.step("per-head-across", partial(cross.per_head_across, self), drafts)
        for drafts in plain:
            self.step("share-of-whole", partial(news.shares, self), drafts)
            self.step("share-of-total", partial(cross.shares, self), drafts)
            self.step("per-head", partial(news.per_capita, self), drafts)
        self.step("kinds-of-ballot", cross.ballot_kinds, self)
        self.step("made-of-parts", cross.made_of_shares, self)
        self.step("margin-of-votes", cross.margins, self)
        self.step("share-of-gdp-across", gdp.shares_across, self)
        self.step("reference-fact", gdp.references, self)
        self.step("respective-balances", difference.respective_balances, self)
        self.step("balance-across", difference.balances, self)
        self.step("points-start", difference.points_starts, self)
        self.step("lone-change", difference.lone_changes, self)
        self.step("gap-to-the-level-before", difference.gaps_to_the_level_before, self)
        self.step("prior-year", cross.prior_year_starts, self)
        self.step("respective-start", difference.respective_starts, self)
        self.step("currency-across", currency_across.conversions, self)
        self.step("prior-level", prior.prior_levels, self)
        self.step("difference-across", prior.stated_differences, self)
        self.step("breakdown-window", window.breakdowns, self)
        self.step("parts-across", parts.breakdowns, self)
        self.step("of-which-lines", of_which.of_which_lines, self)
        self.step("rest-of-breakdown", cross.breakdown_rests, self)
        self.step("listed-shares", listed_shares.listed_shares, self)
        self.step("restated", restate.restatements, self)
        self.step("restated-rate", restate.restated_rates, self)
        self.step("respective-shares", spread.respective_shares, self)
        self.step("multiple-across", spread.multiples, self)
        self.step("days-in-words", spread.per_day, self)
        self.step("headline-per-day", spread.headline_per_day, self)
        self.step("per-period-across", spread.per_period_across, self)
        self.step("per-head-across", spread.per_capita, self)
        self.step("share-of-named-whole", spread.named_whole_shares, self)
        self.step("share-of-target-across", targets.shares_of_targets, self)
        self.step("profit-margin", margin.margins, self)
        self.step("average-of-total", averages.averages, self)
        self.step("daily-average", averages.daily_averages, self)
        self.step("per-minute", averages.per_minute, self)
        self.step("per-head-of-named-total", averages.per_head_of_named_totals, self)
        self.step("per-n-rate", averages.per_n_rates, self)
        self.step("per-unit", per_unit.per_units, self)
        self.step("combined-members", members.combined_figures, self)
        self.step("parts-with-rates", aggregate.listed_growths, self)
        self.step("sides-and-balance", aggregate.balance_growths, self)
        if self.cells:
            self.step("table", partial(tables.relations, self), self.cells)
        self.step("rate-across", rate_across.rates_across, self)
        # After every step that may find a pair's rate: the pairs still without one.
        self.step("direction", direction.directions, self)
        # Last: it reads the breakdowns and rates every step before has linked.
        self.step("growth-of-breakdown", aggregate.from_breakdowns, self)
        self.step("ledger-a-period-earlier", earlier_ledger.earlier_ledgers, self)
        # After every pattern: a rate over years whose sentence says it shares the span of
        # the one before takes that span (it adds no relation, only a period).
        self.step("span-before", series.carried_spans, self)
        return self.relations

    def step(self, name: str, pattern: Callable[[Any], None], argument: Any) -> None:
        """Run one pattern; the relations it adds name it as their evidence."""
        if self.status != "fact" and name in _FACT_PASS_ONLY:
            return
        self.pattern = name
        pattern(argument)
        self.pattern = None

    def conversions(self, drafts: list[Draft]) -> None:
        for a, b in pairwise(drafts):
            if self._restated_in_unknown_currency(a, b):
                # "521.8 billion dirhams ($142 billion)": a restatement no rate at hand
                # checks, still no level of its own for the patterns after.
                self.converted.add(b.id)
                continue
            if (
                a.kind == b.kind == "money"
                and a.found.currency
                and b.found.currency
                and a.found.currency != b.found.currency
                and a.found.per == b.found.per  # "per m², or $ per sq ft": a unit conversion
                and (
                    _CONVERSION_GAP.match(self.gap(a, b))
                    # "up to EGP 500, approximately $70, for those who": an aside between commas
                    or (
                        _COMMA_ONLY.match(self.gap(a, b))
                        and (b.found.qualifier or "").lower() in _APPROXIMATELY
                        and _ASIDE_CLOSES.match(self.text, b.found.end)
                    )
                )
            ):
                self.converted.add(b.id)
                self.add("conversion", {"amount": a.id, "converted": b.id})
                closed = _BRACKET_CLOSE.match(self.text, b.found.end)
                if closed is not None and "(" in self.gap(a, b):
                    self.restated_end[a.id] = closed.end()
                original = b.repeat_of or b
                if original.metric in ("value", "") or original.metric == a.metric:
                    # The converted figure measures the same thing as the amount.
                    original.metric = f"{(a.repeat_of or a).metric} (in {b.found.currency})"
                    original.entity = original.entity or a.entity
                    original.period = original.period or a.period

    def _restated_in_unknown_currency(self, a: Draft, b: Draft) -> bool:
        """b restates in brackets the money a gives in a currency the tool has no code for."""
        return (
            a.kind == b.kind == "money"
            and not a.found.currency
            and bool(a.found.unit)
            and bool(b.found.currency)
            and a.found.per == b.found.per
            and _BRACKET_RESTATEMENT.match(self.gap(a, b)) is not None
        )

    def with_compared_facts(self, drafts: list[Draft]) -> list[Draft]:
        """The sentence's drafts and, for a forecast, the facts it is compared with there."""
        facts = self.compared_facts.get(drafts[0].sentence.number, [])
        return sorted(drafts + facts, key=lambda d: d.found.start) if facts else drafts

    def phrasings(self, drafts: list[Draft], sentences: int = 1) -> None:
        """The phrasings written as data (audit/extract/phrasings/), before the patterns in
        code: each records its id as the evidence, and a figure fills one role only."""
        for match in phrasing.matches(self.text, drafts, self.converted, sentences=sentences):
            figures = match.figures
            if any(d.id in self.in_pairs or d.id in self.used_rates for d in figures):
                continue
            roles = match.filled()
            if roles is None:
                continue  # a fall whose number cannot carry a minus sign is left alone
            for role, draft in ((r, d) for r, v in match.roles.items() for d in _listed(v)):
                self.phrased.add(draft.id)
                if role in match.phrasing.free:
                    continue
                rate_like = draft.kind in ("percent", "pp", "multiple", "bp")
                (self.used_rates if rate_like else self.in_pairs).add(draft.id)
                if role == "start":
                    self.starts.add(draft.id)
            confidence = match.phrasing.confidence
            spans = "years" in KINDS[match.phrasing.kind].role_names
            period = match.period or (_span_of(match.roles, figures) if spans else None)
            guess = None
            years = None  # a length of time stated where no year is: "over the past five years"
            if spans and match.base and (period is None or "/" not in period):
                period, guess = self.since(match.base, figures)
                confidence = "low" if guess else confidence
            elif spans and ("span", "span") in match.phrasing.slots:
                if not match.years_back:
                    continue  # "over the past 2.5 years", "over the past 80 kilometres"
                period = self.back(match.years_back, figures)
                years = match.years_back if period is None else None
            elif spans and period is None:
                years = _years_said(self.text[figures[0].sentence.start : figures[0].sentence.end])
            for one in match.relations(roles):
                if years:
                    one = one | {"years": {"value": f"{years} years"}}
                self.add(
                    match.phrasing.kind,
                    one,
                    period=period,
                    confidence=None if confidence == "high" else confidence,
                    reading=match.phrasing.reading,
                    note=f"phrasing {match.phrasing.id}" + (f": {guess}" if guess else ""),
                )

    def since(self, base: str, figures: list[Draft]) -> tuple[str | None, str | None]:
        """The span from a base year ("up 11,200 from 2015") to the year of the figures, else
        to the latest year the article's facts state, else to the year of publication; with a
        note when the end year is not the figures' own."""
        first = int(base)
        own = max((y for d in figures if (y := ev.last_year(d.period)) and y > first), default=0)
        if own:
            return f"{base}/{own}", None
        published = ev.last_year(self.published)
        for end, where in (
            (self.article_year, "the latest year the article states"),
            (published, "the year of publication"),
        ):
            if end and end > first:
                return f"{base}/{end}", f"the span is read as ending in {end}, {where}"
        return None, None

    def back(self, years: int, figures: list[Draft]) -> str | None:
        """The span of `years` counted back ("up 40% over the past five years") from the
        figures' year, else from the year of publication: its length is what the text states,
        whichever year it ends in."""
        end = max((y for d in figures if (y := ev.last_year(d.period))), default=0) or ev.last_year(
            self.published
        )
        return f"{end - years}/{end}" if end else None

    @cached_property
    def article_year(self) -> int | None:
        return max((ev.last_year(d.period) for d in self.audited), default=None) or None

    def changes(self, drafts: list[Draft]) -> None:
        """ "from A (in Y1) to B (in Y2)" and "B in Y2 from A of Y1"."""
        later: list[tuple[Draft, Draft]] = []
        for i, a in enumerate(drafts):
            for b in drafts[i + 1 : i + 6]:  # the end is among the next few figures
                if not _same_dimension(a, b) or b.id in self.converted:
                    continue
                if a.id in self.starts and b.id in self.phrased:
                    continue  # a phrasing linked this start and end, with the rate it names
                gap = self.gap(a, b)
                if (
                    _FROM_BEFORE.search(self.before(a, 50))
                    and _TO_GAP.match(gap)
                    and not _ANOTHER_CLAUSE_TO.search(gap)
                ):
                    self.change(drafts, a, b)
                elif (
                    _FROM_GAP.match(gap)
                    or self.noun_from(b, gap)
                    or (_CHANGED_TO.search(self.before(a, 60)) and self.over_start(b, gap))
                ):
                    later.append((b, a))
        # "B from A" only where A does not start a "from A to C" of its own: in "cut the risk
        # by 25%, from 12% to 9%" the change is 12% -> 9%, not 12% -> 25%.
        for start, end in later:
            if start.id not in self.in_pairs and end.id not in self.in_pairs:
                if (
                    start.found.qualifier_start is not None
                    and start.value.lower().startswith("over ")
                    and self.over_start(start, self.gap(end, start))
                ):
                    start.value = start.value[len("over ") :]  # the start, not "more than" it
                self.change(drafts, start, end)

    def over_start(self, start: Draft, gap: str) -> bool:
        """ "fell to B in February over A in January": "over" before the start, written after
        the gap or taken by the reader for the qualifier "more than" (which the change drops,
        see `changes`)."""
        if _OVER_GAP.match(gap):
            return True
        over = start.found.qualifier_start
        return (
            over is not None
            and self.text[over : start.found.start].strip().lower() == "over"
            # "to E in 2023, over $1 billion of it to Asia": an aside of more than a part
            and _PERIOD_GAP.match(gap) is not None
            and not _OF_IT_AFTER.match(self.text, start.found.end)
            and start.value.lower().startswith("over ")
        )

    def noun_from(self, start: Draft, gap: str) -> bool:
        """ "1.2 million units from 600,000 units", "1.2 million units from 540,000.": a noun the
        finder left out of the end, then its start, counting the same thing or nothing."""
        written = _NOUN_FROM_GAP.match(gap)
        if written is None:
            return False
        after = _NOUN_AFTER.match(self.text, start.found.end)
        if after is None:
            return False
        return (after.group(1) or "").lower() in ("", written.group(1).lower())

    def change(
        self,
        drafts: list[Draft],
        start: Draft,
        end: Draft,
        confidence: str | None = None,
        note: str | None = None,
    ) -> None:
        self.in_pairs.update((start.id, end.id))
        self.starts.add(start.id)
        period = _span(start.period, end.period)
        if start.kind == "percent":
            self.rate_change(drafts, start, end, period, confidence, note)
            return
        rate = self.local(
            drafts,
            start,
            end,
            [
                d
                for d in drafts
                if d.kind == "percent"
                and d.id not in self.used_rates
                and any(self.cues(d))
                and not self.rate_of_another(d, end)
                and not self.with_another(d, (start, end))
            ],
        )
        multi_year = period is not None and _years(period) > 1
        multiples = [d for d in drafts if d.kind == "multiple" and d.id not in self.used_rates]
        if rate is not None:
            self.used_rates.add(rate.id)
            # "up from A five years ago, an annual growth rate of R": a yearly rate over a
            # span of years compounds.
            # A yearly rate is a simple growth only between figures known to be a year apart:
            # two figures read as of one year ("to 1.1 trillion by the end of the year, up
            # from 403.9 billion in 2015") have lost a year, not grown within one.
            span_unknown = start.period is None or end.period is None or start.period == end.period
            yearly = (multi_year or span_unknown) and (
                _ANNUAL_BEFORE.search(self.before(rate, 40))
                or _ANNUAL_AFTER.match(self.after(rate, 30))
            )
            kind = "cagr" if _CAGR.search(self.before(rate)) or yearly else "growth"
            self.add(
                kind,
                {"start": start.id, "end": end.id, "rate": self.signed(rate)},
                period=period if kind == "cagr" else None,
                confidence=confidence,
                note=note,
            )
        elif not multiples:  # "doubled from A to B" is checked by the multiple alone
            self.add(
                "cagr" if multi_year else "growth",
                {"start": start.id, "end": end.id},
                period=period if multi_year else None,
                confidence=confidence,
                note="; ".join(filter(None, [note, ev.NO_RATE_STATED])),
            )
        for multiple in multiples[:1]:
            self.used_rates.add(multiple.id)
            self.add(
                "multiple",
                {"start": start.id, "end": end.id, "multiple": multiple.id},
                reading=self.reading(multiple),
                note=self.reading_note(multiple),
                confidence=confidence,
            )

    def rate_change(
        self,
        drafts: list[Draft],
        start: Draft,
        end: Draft,
        period: str | None,
        confidence: str | None,
        note: str | None,
    ) -> None:
        """Two rates: the change is in percentage points, or (an error news often makes)
        written in percent ("rose to 5.2% from 4.8%, a rise of 0.4%"): the rule reads it."""
        # Only figures near the pair can state its change: a long run of figures (a table
        # row) must not make every pair look at every figure.
        first, last = sorted(i for i, d in enumerate(drafts) if d is start or d is end)
        near = drafts[max(0, first - 4) : last + 5]
        change = self.local(
            drafts,
            start,
            end,
            [
                d
                for d in near
                if _points(d) and d.id not in self.used_rates and not self.with_another(d)
            ],
        ) or self.local(
            drafts,
            start,
            end,
            [
                d
                for d in near
                if d.kind == "percent"
                and d.id not in self.used_rates
                and d is not start
                and d is not end
                and any(self.cues(d)[1:])
                # "from a 0.6% drop in May and a 0.8% increase for last year": another item
                and not _ANOTHER_ITEM.search(self.text, max(0, d.found.start - 30), d.found.start)
                # "slowed to 18% from 27%, still far above the 3.9% increase for home sales":
                # a rate the pair is compared with, not its change
                and not _COMPARED_TO.search(self.text, max(0, d.found.start - 30), d.found.start)
                and not _level_between(drafts, d, start, end)
                and not self.with_another(d, (start, end))
            ],
        )
        if change is not None:
            self.used_rates.add(change.id)
        if change is not None and _PP_PER_YEAR.search(self.before(change, 40)):
            self.add(
                "pp_per_year",
                {"start": start.id, "end": end.id, "change": change.id},
                period=period,
                confidence=confidence,
                note=note,
            )
            return
        self.add(
            "pp_change",
            {"start": start.id, "end": end.id, "change": self.signed(change) if change else None},
            confidence=confidence,
            note=note,
        )

    def with_another(self, change: Draft, pair: tuple[Draft, Draft] | None = None) -> bool:
        """ "climbed to 8.4% from 7.9%, with employment falling 1.3%", "rose to 51.2 from
        49.8, with the orders index gaining 2.1 points": another's change; and, after the
        `pair`, "..., as fuel prices fell 6%"."""
        window = max(0, change.found.start - 50), change.found.start
        if _WITH_ANOTHER.search(self.text, *window):
            return True
        if pair is None:
            return False
        clause = _CLAUSE_OF_ANOTHER.search(self.text, *window)
        return clause is not None and clause.start() >= max(d.found.end for d in pair)

    def local(
        self, drafts: list[Draft], start: Draft, end: Draft, candidates: list[Draft]
    ) -> Draft | None:
        """The candidate rate nearest the pair with no other figure of the pair's kind in
        between: in "fell 1% to $81.8bn ..., while Mac sales dropped 7% to $6.8bn from $7.4bn"
        the 7% goes with the Mac figures, not the first rate of the sentence."""
        low = min(start.found.start, end.found.start)
        high = max(start.found.end, end.found.end)
        best, distance = None, None
        for rate in candidates:
            a, b = (rate.found.end, low) if rate.found.start < low else (high, rate.found.start)
            if any(
                a <= d.found.start < b
                and _same_dimension(d, start)
                and d is not start
                and d is not end
                for d in drafts
            ):
                continue
            if _NEW_CLAUSE.search(self.text, a, b) or ev.another_subject(self.text, a, b):
                # "X rose 50% from 2012, and its share rose from 1.9% to 2.1%": the 50% is
                # the first clause's change, not the change of the second clause's pair; so
                # "fell to B from A while Y rose 0.6 points".
                continue
            if distance is None or b - a < distance:
                best, distance = rate, b - a
        return best

    def signed_after(self, level: Draft, rate: Draft) -> bool:
        """A plain number with a signed rate right after it, as lists of statistics write a
        level and its change: "Passengers: 13.8 million, +1.8%"."""
        return (
            level.kind == "number"
            and level.found.end <= rate.found.start
            and rate.found.text.startswith(("+", "-", "−"))
            and _SIGNED_RATE_GAP.fullmatch(self.gap(level, rate)) is not None
        )

    def count_and_rate(self, count: Draft, rate: Draft) -> bool:
        """A count grows by a rate written right after it ("415 million trips, up 7.6%") or
        leading to it ("rose 7.6% to 415 million trips"); "the 5% rise adopted by 84
        councils" counts who adopted it."""
        if count.found.start < rate.found.start:
            return _COUNT_THEN_RATE.match(self.gap(count, rate)) is not None
        return _RATE_TO_COUNT.match(self.gap(rate, count)) is not None

    def rate_of_another(self, rate: Draft, end: Draft) -> bool:
        """The rate is said to be of something the level is not named by ("up from S,
        accounting for a 15.5% increase in wages")."""
        of = _RATE_OF_NAMED.match(self.after(rate, 60))
        if of is None:
            return False
        other = ev.naming_words(of.group(1)) - lx.WHEN_WORDS - lx.TERMS_OF_A_CHANGE
        if not other:
            return False  # "in real terms", "in the year", "in 2023": how or when, not what
        named = ev.naming_words(ev.clause_before(self.text, end.sentence.start, end.found.start))
        return not other & (named | ev.naming_words(end.metric))

    def signed(self, rate: Draft) -> str | dict:
        """The claim id, or a negative literal when the words say it is a fall ("down 8%")."""
        if rate.value.startswith("-") or not (
            self.cues(rate)[2] or _DECLINE_BEFORE.search(self.before(rate))
        ):
            return rate.id
        return phrasing.negated(rate) or rate.id

    def reading(self, multiple: Draft) -> str | None:
        if multiple.found.number.isalpha():  # doubled, tripled
            return "to"
        if _TO_TIMES.search(self.before(multiple, 30)) or _TIMES_AS.match(self.after(multiple)):
            return "to"
        return None

    def reading_note(self, multiple: Draft) -> str | None:
        if self.reading(multiple) is None and _BY_TIMES.search(self.before(multiple, 30)):
            return "'increased by N times' is ambiguous: N+1 times the start, or N times"
        return None

    def multiples(self, drafts: list[Draft]) -> None:
        """A compound annual growth rate stated with the overall multiple."""
        rates = [d for d in drafts if d.kind == "percent" and _CAGR.search(self.before(d))]
        multiples = [d for d in drafts if d.kind == "multiple" and d.id not in self.used_rates]
        for rate in rates[:1]:
            for multiple in multiples[:1]:
                self.used_rates.update((rate.id, multiple.id))
                period = _first_span(rate.period, multiple.period) or sentence_period(
                    self.text[rate.sentence.start : rate.sentence.end]
                )
                self.add(
                    "cagr_multiple",
                    {"rate": rate.id, "multiple": multiple.id},
                    period=period,
                    reading=self.reading(multiple),
                    note=self.reading_note(multiple),
                )

    def growth_rates(self, drafts: list[Draft]) -> None:
        """ "grew 5% to B", "B, with a year-on-year growth rate of 19.5%": end and rate only."""
        self.respective_growth(drafts)
        for rate in drafts:
            if rate.kind != "percent" or rate.id in self.used_rates:
                continue
            compound, growth, decline = self.cues(rate)
            # A sign says the rate is a change, as a word would ("13.8 million, +1.8%").
            signed_levels = {d.id for d in drafts if self.signed_after(d, rate)}
            growth = growth or bool(signed_levels)
            if (
                compound
                or not (growth or decline)
                or news.with_bracketed_change(self, drafts, rate)
            ):
                continue
            ends = [
                d
                for d in drafts
                if (d.kind in ("money", "measure") or _counted(d) or d.id in signed_levels)
                and d.id not in self.converted
                and d.id not in self.in_pairs
                and not news.not_an_end(self, drafts, d)
            ]
            if not ends:
                continue
            end = min(ends, key=lambda d: abs(d.found.start - rate.found.start))
            if _counted(end) and not self.count_and_rate(end, rate):
                continue
            if end.kind == "number" and not _counted(end) and end.id not in signed_levels:
                continue
            low, high = sorted((end.found.start, rate.found.start))
            if any(
                low < d.found.start < high
                and (d.kind in ("money", "measure") or _counted(d))
                and d.id not in self.converted
                for d in drafts
                if d is not end
            ):
                continue  # the nearest free amount is past another: not this rate's
            if ev.another_subject(self.text, low, high):
                continue  # "Tax revenue rose 25%, whereas non-tax revenue was B": not B's rate
            if not _of_the_terms_said(end, self.after(rate, 20)):
                continue  # "2.16 million tonnes of rice, up 35.7% in value": the money's rate
            self.used_rates.add(rate.id)
            written = (phrasing.negated(rate) or rate.id) if decline else rate.id
            self.rate_of.setdefault(end.id, written)
            if decline:
                self.add(
                    "growth",
                    {"end": end.id, "rate": written},
                    confidence="medium",
                    note=f"a fall: the rate is {rate.id} ({rate.value}) with a minus sign",
                )
            else:
                self.add("growth", {"end": end.id, "rate": written}, confidence="medium")

    def respective_growth(self, drafts: list[Draft]) -> None:
        """ "A and B, up x and y, respectively": each level with the rate its place in the
        order gives (the nearest rate to B is x, A's); a count is a level here too ("10.2
        million units and 10.0 million units"), the verb and the order saying so."""
        for level, rate, fall in aggregate.respective_rates(self, drafts):
            if rate.id in self.used_rates or level.id in self.converted:
                continue
            self.used_rates.add(rate.id)
            written = (phrasing.negated(rate) or rate.id) if fall else rate.id
            self.rate_of.setdefault(level.id, written)
            self.add(
                "growth",
                {"end": level.id, "rate": written},
                confidence="medium",
                note="'respectively': the rate of its place in the order"
                + (f"; a fall: {rate.id} ({rate.value}) with a minus sign" if fall else ""),
            )

    def gaps(self, drafts: list[Draft]) -> None:
        for gap in (d for d in drafts if d.kind in ("pp", "bp") and d.id not in self.used_rates):
            before, after = self.before(gap), self.after(gap)
            rates = [d for d in drafts if d.kind == "percent" and d.found.start < gap.found.start]
            # "20 basis points higher than the estimate of 7%": the rate compared against may be
            # an estimate or a forecast; the gap between the two stated rates is still a fact.
            # A forecast gap, though, is read with the forecast's own rates only.
            compared = (
                self.all_by_sentence.get(gap.sentence.number, drafts)
                if self.status == "fact"
                else drafts
            )
            if _GAP_BEFORE.search(before) and _GDP_GROWTH_AFTER.match(after):
                cagr = next((d for d in reversed(rates) if _CAGR.search(self.before(d))), None)
                if cagr is None:
                    continue
                period = _first_span(cagr.period, gap.period)
                first, last = period.split("/") if period and "/" in period else (None, None)
                self.used_rates.add(gap.id)
                self.add(
                    "cagr_gap",
                    {
                        "rate": cagr.id,
                        "gap": gap.id,
                        "base_start": gdp.fact(gdp.fact_id(self, cagr.entity, first)),
                        "base_end": gdp.fact(gdp.fact_id(self, cagr.entity, last)),
                    },
                    period=period,
                    confidence="low",
                    note="read as 'the rate is N percentage points higher than the GDP "
                    "growth rate' over the same period",
                )
            elif _GAP_AFTER.match(after):
                higher = rates[-1] if rates else self._named_before(gap, before)
                lower = next(
                    (
                        d
                        for d in compared
                        if d.kind == "percent" and d.found.start > gap.found.start
                    ),
                    None,
                )
                if lower is not None and _NOT_THE_LOWER.search(self.gap(gap, lower)):
                    lower = None  # "0.9 points faster than in April, or up 0.6% on the month"
                if higher is None and lower is None:
                    continue
                if _LOWER.match(after):
                    higher, lower = lower, higher
                self.used_rates.add(gap.id)
                self.add(
                    "rate_gap",
                    {
                        "higher": higher.id if higher else None,
                        "lower": lower.id if lower else None,
                        "gap": gap.id,
                    },
                    confidence="medium",
                )

    def _named_before(self, gap: Draft, before: str) -> Draft | None:
        """The last rate of the sentence before, where the gap's sentence names it again ("the
        figure was 0.15 points higher than ..."), or None."""
        if not _GAP_OF_THE_FIGURE.search(before):
            return None
        earlier = self.by_sentence.get(gap.sentence.number - 1, [])
        rates = [d for d in earlier if d.kind == "percent"]
        if not rates or rates[-1].id in self.used_rates:
            return None
        return rates[-1]

    def sums(self, drafts: list[Draft]) -> None:
        for i, total in enumerate(drafts):
            if _SHARE_WHOLE_BEFORE.search(self.before(total, 90)):
                if _SUM_AFTER.match(self.after(total, 40)) or _sum_all_after(self.after(total, 50)):
                    # "A, or 93.9 percent of the target set at B, comprising C and D": the
                    # share's clause is an aside; C and D make up A (a guess: low), never B.
                    head = self.share_head(drafts, i)
                    if head is not None:
                        self.sum_of_head(drafts, i, head)
                continue
            if total.id in self.phrased:
                continue  # a phrasing has read it already ("including": a partial sum)
            if total.id in self.used_rates:
                continue  # "up 3.6 percent, and comprised ...": a growth rate, not a total
            whole = _sum_all_after(self.after(total, 50))
            if not whole and not _SUM_AFTER.match(self.after(total, 40)):
                continue
            depth = self.bracket_depth(total)
            parts = [
                d
                for d in drafts[i + 1 :]
                if _same_dimension(total, d)
                and d.id not in self.converted
                and d.id not in self.used_rates
                # "C is 52 (including 24 on imports)": a part of C, not of the total
                and self.bracket_depth(d) == depth
            ]
            if len(parts) >= 2 and whole:
                self.add(
                    "sum", {"total": total.id, "parts": [p.id for p in parts]}, confidence="medium"
                )
            elif len(parts) >= 2 and _may_list_some(total, self.after(total, 40)):
                self.add(
                    "partial_sum",
                    {"total": total.id, "parts": [p.id for p in parts]},
                    confidence="low",
                    note="the parts named may not be all of the total",
                )
            elif len(parts) >= 3 or (len(parts) == 2 and names_the_whole(self, parts)):
                self.add(
                    "sum",
                    {"total": total.id, "parts": [p.id for p in parts]},
                    confidence="low",
                    note="the parts listed after 'of which' may not be all of the total",
                )
            elif len(parts) == 2:
                # "1.2 million, of whom 480,000 came from Asia and 350,000 from Europe": two
                # parts after "of which" are often the largest only, unless they name
                # themselves all of it (exports and imports, a part and the rest)
                self.add(
                    "partial_sum",
                    {"total": total.id, "parts": [p.id for p in parts]},
                    confidence="low",
                    note="the parts listed after 'of which' may not be all of the total",
                )

    def share_head(self, drafts: list[Draft], i: int) -> Draft | None:
        """The amount a share's aside hangs on, when `drafts[i]` is that share's whole: in "A,
        or P percent of the budget target set at B," B is the whole, A the head."""
        if i < 2:
            return None
        share, head = drafts[i - 1], drafts[i - 2]
        if share.kind != "percent":
            return None
        if not _same_dimension(head, drafts[i]) or not news.OR_SHARE.match(self.gap(head, share)):
            return None
        return head

    def sum_of_head(self, drafts: list[Draft], i: int, head: Draft) -> None:
        parts = [
            d
            for d in drafts[i + 1 :]
            if _same_dimension(head, d)
            and d.id not in self.converted
            and d.id not in self.used_rates
        ]
        if len(parts) < 2 or _may_list_some(drafts[i], self.after(drafts[i], 40)):
            return
        self.add(
            "sum",
            {"total": head.id, "parts": [p.id for p in parts]},
            confidence="low",
            note="the parts after the share's aside are read as making up the figure it follows",
        )

    def bracket_depth(self, draft: Draft) -> int:
        """How many brackets are open before a figure in its sentence."""
        before = self.text[draft.sentence.start : draft.found.start]
        return max(0, before.count("(") - before.count(")"))


def find_relations(text: str, drafts: list[Draft], published: str | None = None) -> list[dict]:
    builder = _Builder(text, drafts, gdp.load_reference_facts(), published)
    relations = builder.run()
    for status, told in plans(drafts):
        # No reference facts: a forecast's share of GDP set against the actual GDP would mix
        # the two.
        plan = _Builder(text, told, _NO_REFERENCE, published, status=status)
        plan.keys, plan.ids, plan.converted = builder.keys, builder.ids, builder.converted
        relations.extend(plan.run())
    return relations


def benchmarks(text: str, drafts: list[Draft]) -> set[str]:
    """The targets and forecasts a fact before them is measured against in words ("13% above
    the 11.3 trillion target"): they take part with the facts, the comparison itself stated as
    fact."""
    found = set()
    first_fact: dict[int, int] = {}  # sentence number -> where its first fact starts
    for draft in drafts:
        if draft.status == "fact":
            first_fact.setdefault(draft.sentence.number, draft.found.start)
    for draft in drafts:
        first = first_fact.get(draft.sentence.number)
        if draft.status != "fact" and first is not None and first < draft.found.start:
            sentence = text[draft.sentence.start : draft.sentence.end]
            start = draft.found.qualifier_start
            offset = (draft.found.start if start is None else start) - draft.sentence.start
            if context.compared_against(sentence, offset):
                found.add(draft.id)
    return found


def compared_facts(text: str, drafts: list[Draft]) -> dict[int, list[Draft]]:
    """By sentence, the facts after a forecast or target that it is set against in words
    ("expected to decline to 28.1% compared to 32.4% this year"): the mirror of benchmarks."""
    found: dict[int, list[Draft]] = {}
    first_other: dict[int, int] = {}  # sentence number -> where its first non-fact starts
    for draft in drafts:
        if draft.status != "fact":
            first_other.setdefault(draft.sentence.number, draft.found.start)
    for draft in drafts:
        first = first_other.get(draft.sentence.number)
        if draft.status == "fact" and first is not None and first < draft.found.start:
            sentence = text[draft.sentence.start : draft.sentence.end]
            start = draft.found.qualifier_start
            offset = (draft.found.start if start is None else start) - draft.sentence.start
            if context.compared_against(sentence, offset):
                found.setdefault(draft.sentence.number, []).append(draft)
    return found


# Kinds whose start and end are two levels of one quantity.
_LEVEL_PAIRS = frozenset(("growth", "cagr", "multiple"))


def _noted(note: str | None, remark: str) -> str:
    """A remark after a relation's note, which names its evidence before any colon."""
    if not note:
        return remark
    return f"{note}{'; ' if ':' in note else ': '}{remark}"


class _NoReference(FactSet):
    """No reference facts at all, shipped or entered."""

    def _shipped(self, fact_id: str) -> None:
        return None

    def resolve(
        self,
        entity: str | None,
        metric: str | None,
        period: str | None,
        currency: str | None = None,
    ) -> None:
        return None


_NO_REFERENCE = _NoReference({})


def plans(drafts: list[Draft]) -> list[tuple[str, list[Draft]]]:
    """Each target or forecast told in one sentence or in adjacent ones: its status and every
    figure of its sentences (the facts among them are read as context, never linked)."""
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.sentence.number, []).append(draft)
    told = []
    for status in ("target", "forecast"):
        numbers = sorted(n for n, ds in by_sentence.items() if any(d.status == status for d in ds))
        run: list[int] = []
        for number in [*numbers, -2]:  # -2 closes the last run
            if run and number != run[-1] + 1:
                figures = [d for n in run for d in by_sentence[n]]
                if sum(d.status == status for d in figures) > 1:  # one figure links nothing
                    told.append((status, figures))
                run = []
            run.append(number)
    return told


_COUNT_THEN_RATE = compile_later(
    r"^(?:\s+[\w'’-]+){0,10}?,?\s+(?:up|down|an?\s+(?:increase|rise|decrease|drop|fall|decline)"
    r"\s+of|(?:rising|falling|growing|increasing|decreasing)(?:\s+by)?)\s+$",
    re.I,
)
_RATE_TO_COUNT = compile_later(
    r"^\s+(?:year[\s-]on[\s-]year\s+|from\s+a\s+year\s+earlier\s+)?to\s+$", re.I
)


_SIGNED_RATE_GAP = compile_later(r"\s*,?\s*\(?")


def _counted(draft: Draft) -> bool:
    """A count of a named thing ("415 million trips", "350 stores"), which grows like an
    amount; a bare number ("the index at 105.3") is no level a rate is said of."""
    return draft.kind == "number" and draft.found.counted is not None


# "over the past five years", "in the last 10 years", "over six years": how long a span is,
# where the text names none of its years.
_YEARS_SAID = compile_later(
    r"\b(?:over|in|during|across|for|within)\s+(?:the\s+)?(?:(?:past|last|previous|preceding)"
    rf"\s+)?(?P<n>{phrasing.SPAN_COUNT}|\d{{1,2}})\s+years\b",
    re.I,
)


def _years_said(sentence: str) -> int | None:
    """The one length in years the sentence states, or None (none, or two of them)."""
    found = {m["n"].lower() for m in _YEARS_SAID.finditer(sentence)}
    if len(found) != 1:
        return None
    (n,) = found
    years = int(n) if n.isdigit() else phrasing.SPAN_WORDS[n]
    return years if 1 < years <= 50 else None


_WITH_ANOTHER = compile_later(
    r",\s+with\s+(?:the\s+|its\s+)?[a-z][\w\s\-]{0,30}?\s+(?:rising|falling|climbing|dropping"
    r"|growing|increasing|decreasing|declining|gaining|up|down)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|nearly\s+)?$",
    re.I,
)
# "eased to 3.4% from 4.1%, as fuel prices fell 6%": a clause of another subject after the
# pair (a pair inside it, "while non-food inflation rose C to E from S", is its own).
_CLAUSE_OF_ANOTHER = compile_later(
    r",\s+(?:as|while|whereas|but)\s+(?:the\s+|its\s+)?[a-z][\w\s\-]{0,30}?\s+(?:rose|fell"
    r"|climbed|dropped|grew|increased|decreased|declined|gained|jumped|slipped|slid|eased"
    r"|(?:was|were)\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+)?$",
    re.I,
)


def _points(draft: Draft) -> bool:
    """A change two rates make: percentage or basis points, or bare "points" ("rose to 18.5
    percent from 16.2 percent, a gain of 2.3 points")."""
    return draft.kind in ("pp", "bp") or (draft.kind == "measure" and draft.found.unit == "point")


def _level_between(drafts: list[Draft], rate: Draft, start: Draft, end: Draft) -> bool:
    """A level lies between the rate and the two rates it would change: "grew 15 percent to
    60.0 billion, lifting the unit's share from 35.4 percent to 40.0 percent" gives the 15
    percent to the 60.0 billion, not to the share."""
    low = min(start.found.start, end.found.start)
    high = max(start.found.end, end.found.end)
    a, b = (rate.found.end, low) if rate.found.start < low else (high, rate.found.start)
    return any(a <= d.found.start < b and d.kind not in ("percent", "pp") for d in drafts)


def _same_dimension(a: Draft, b: Draft) -> bool:
    if a.kind != b.kind or a.kind not in ("money", "percent", "measure", "number"):
        return False
    return (
        a.found.currency == b.found.currency
        and (a.kind != "measure" or a.found.unit == b.found.unit)
        and _same_per(a.found.per, b.found.per)
    )


_TIME_PERS = frozenset((*vocab.PERIODS_IN_A_YEAR, "year", "annum"))


# "up 35.7% in value and 21.7% in volume": the terms a rate is of, said right after it.
_IN_TERMS = compile_later(r"^\s*in\s+(value|volume|quantity|tonnage)\b", re.I)


def _of_the_terms_said(end: Draft, after: str) -> bool:
    """A rate said to be "in value" is a money figure's; one "in volume" is not."""
    terms = _IN_TERMS.match(after)
    if terms is None:
        return True
    return (end.kind == "money") == (terms.group(1).lower() == "value")


def _same_per(one: str | None, other: str | None) -> bool:
    """Both figures per the same thing. "$1.2 billion, or $1.05 a share": an amount per share
    or per head is another quantity than the total; a time or a unit of measure may be left
    out of one of the two ("$1,090 a month, up from $1,000", "US$79.16/t from US$52.09")."""
    one, other = (one or "").lower(), (other or "").lower()
    if one == other:
        return True
    left = one or other
    return (not one or not other) and (left in _TIME_PERS or left in lx.MEASURE_UNITS)


def _span(first: str | None, last: str | None) -> str | None:
    first, last = _year_ending(first), _year_ending(last)
    if first and last and first.isdigit() and last.isdigit() and first != last:
        return f"{first}/{last}"
    return None


def _year_ending(period: str | None) -> str | None:
    """A fiscal year ("2016/2017", from "FY17" or "2016-17") as the year it ends in, so that
    two fiscal years span the years between their ends; any other period as it is."""
    if period and len(period) == 9 and period[4] == "/":
        first, last = period[:4], period[5:]
        if first.isdigit() and last.isdigit() and int(last) - int(first) == 1:
            return last
    return period


def _ids_in(roles: dict) -> set[str]:
    return {v for value in roles.values() for v in _listed(value) if isinstance(v, str)}


def _listed(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def _span_of(roles: dict[str, Any], figures: list[Draft]) -> str | None:
    """The span of years of a relation with a start and an end: from one's period to the
    other's (fiscal years included), else the first span one of its figures states."""
    start, end = roles.get("start"), roles.get("end")
    if isinstance(start, Draft) and isinstance(end, Draft):
        span = _span(start.period, end.period)
        if span:
            return span
    return _first_span(*(d.period for d in figures))


def _first_span(*periods: str | None) -> str | None:
    return next((p for p in periods if p and "/" in p), None)


def _years(period: str) -> int:
    first, last = period.split("/")
    return int(last) - int(first)
