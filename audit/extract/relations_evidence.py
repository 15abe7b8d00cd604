"""Textual evidence for links across sentences, and the choice of the best set of links.

The linkers of relations_parts, relations_restate, relations_prior and relations_currency_across
propose candidates, each scored from the words alone: cue words, the words naming what a figure
measures, period phrases, names, clause boundaries, anaphora. Whether the figures agree never
enters a score: a linker that preferred agreeing numbers would hide the very errors the audit
looks for. `choose` keeps the best-scoring candidates that use no figure twice in the same role
(counting the relations already drafted), and records the cues as each link's evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from audit.claims.periods import parse_period
from audit.errors import InputError
from audit.extract import lexicon as lx
from audit.extract.periods_in_text import period_keys
from audit.lazy_regex import compile_later

# The linkers ask about the same figures and phrases once for every pair they weigh: the
# answers (pure functions of a short text) are kept for the next pair.
_CACHE = 4096
# Where a clause about another thing begins inside a sentence.
# Alternatives grouped by their first character, which the pattern opens with as one set: re
# skips the positions outside it in its tight loop (a whitespace-led alternative among them
# made it try every position). No two groups share a first character, so each match is the
# one the alternatives in their first order give.
_BOUNDARY = compile_later(
    r"[;:()—–,\s](?:(?<=[;:()—–])"
    r"|(?<=,)(?:\s+(?:and|while|but|whereas|with)\s+|\s+which\b|\s+(?:according|said|says)\b"
    r"|\s+followed\s+by\b)"
    r"|(?<=\s)(?:while|whereas)\s)",
    re.I,
)
_WORD = compile_later(r"[A-Za-z][A-Za-z\-]+")
# "Sales and rentals", "imports and exports"; not a name ("Commerce and Industry").
_PAIR = compile_later(r"\b([A-Za-z][a-z\-]{2,})\s+and\s+([a-z][a-z\-]{2,})\b")
_LIST_BEFORE = compile_later(r"\b([A-Za-z][a-z\-]{2,}),\s+$")


def _a_list_item(word: str) -> bool:
    """A word before a comma that may be a list's item: not when or how ("In May, exports
    and imports", "Meanwhile, exports and imports")."""
    lower = word.lower()
    return not (
        lower in _NOT_A_PAIR
        or lower in _PERIOD_NAMES
        or lower in lx.WHEN_WORDS
        or lower.endswith("ly")
        or lower in ("meanwhile", "however", "overall", "also", "said", "says", "today")
    )


_NOT_A_PAIR = frozenset(
    [
        "year",
        "years",
        "month",
        "months",
        "the",
        "this",
        "that",
        "other",
        "others",
        "all",
        "more",
        "less",
        "both",
        "quarter",
    ]
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "from",
        "by",
        "with",
        "within",
        "during",
        "span",
        "and",
        "or",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "it",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "which",
        "who",
        "whom",
        "than",
        "against",  # "p against 90.65p": a comparison, not what is measured
        "versus",
        "as",
        "into",
        "over",
        "under",
        "up",
        "down",
        "out",
        "also",
        "some",
        "about",
        "around",
        "nearly",
        "almost",
        "more",
        "less",
        "most",
        "such",
        "per",
        "each",
        "all",
        "both",
        "other",
        "another",
        "there",
        "then",
        "now",
        "still",
        "just",
        "only",
        "same",
        "period",
        "year",
        "years",
        "month",
        "months",
        "quarter",
        "day",
        "days",
        "week",
        "weeks",
        "came",
        "come",
        "comes",
        "reached",
        "reach",
        "reaches",
        "stood",
        "stand",
        "stands",
        "totaled",
        "totalled",
        "totals",
        "total",
        "amounted",
        "amount",
        "amounts",
        "hit",
        "hits",
        "topped",
        "tops",
        "rose",
        "rise",
        "risen",
        "fell",
        "fall",
        "fallen",
        "grew",
        "grow",
        "grown",
        "increased",
        "increase",
        "decreased",
        "decrease",
        "dropped",
        "declined",
        "climbed",
        "jumped",
        "surged",
        "gained",
        "put",
        "puts",
        "show",
        "shows",
        "showed",
        "data",
        "figures",
        "figure",
        "according",
        "said",
        "says",
        "new",
        "percent",
        "cent",
        "per-cent",
        "first",
        "second",
        "third",
        "fourth",
        "half",
        "last",
        "previous",
        "earlier",
        "ago",
        "prior",
        "value",
    ]
)
# Words that make one quantity another of the same name: "daily revenue" is not "revenue",
# "net profit" not "operating profit", last year's level not this year's.
QUALIFIERS = frozenset(
    [
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "annual",
        "yearly",
        "average",
        "per",
        "capita",
        "median",
        "net",
        "gross",
        "operating",
        "adjusted",
        "pre-tax",
        "pretax",
        "after-tax",
        "core",
        "underlying",
        "online",
        "offline",
        "domestic",
        "foreign",
        "overseas",
        "international",
        "national",
        "local",
        "urban",
        "rural",
        "retail",
        "wholesale",
        "cumulative",
        "combined",
        "real",
        "nominal",
        "total",
        "last",
        "previous",
        "earlier",
        "ago",
        "prior",
    ]
)


# The two-word qualifiers that split a thing in two ("the central government's revenue", "local
# governments' revenue"): a figure so qualified is a part of the thing, not the thing. The
# one-word pairs are left out: "foreign trade" is all trade, not the part of it abroad.
_SPLIT_BY = compile_later(
    r"\b(?:"
    + "|".join(
        re.escape(written).replace(r"\ ", r"\s+") + "s?"
        for pair_ in lx.COMPLEMENT_PAIRS
        for written in pair_
        if " " in written
    )
    + r")\b",
    re.I,
)


@lru_cache(maxsize=_CACHE)
def split_qualifiers(text: str) -> frozenset[str]:
    """The two-word complementary qualifiers a text holds, lower case, single spaced."""
    return frozenset(
        " ".join(m.group().lower().rstrip("s").split()) for m in _SPLIT_BY.finditer(text)
    )


# A period named by its length alone ("in the week", "for the current financial year", "the
# month so far"): a restatement is of the same length of time.
_PERIOD_LENGTH = compile_later(
    r"\b(?:in|for|during|over|of|through)\s+(?:the|this|that|its|their)\s+(?:(?:current|same"
    r"|latest|last|past|whole|full|fiscal|financial|calendar|first|second|third|fourth)\s+)*"
    r"(week|month|quarter|year|half)\b|\b(full|half)[\s-]year\b|\b(so\s+far|to[\s-]date)\b"
    r"|\b(?:first|second|third|fourth|fifth|last|final|latest|past)\s+(week|month|quarter)\b"
    r"|\b(week|month|quarter)ly\b|\b(annual)\b",
    re.I,
)


# "The budget deficit", "the budget office": the budget's outturn or its keepers, no plan.
_BUDGET_NO_PLAN = compile_later(rf"\bbudget\s+(?:{'|'.join(lx.BUDGET_NOT_A_PLAN)})\b", re.I)


@lru_cache(maxsize=_CACHE)
def plan_words(text: str) -> bool:
    if "udget" in text:
        text = _BUDGET_NO_PLAN.sub(" ", text)
    return any(w.lower() in lx.PLAN_WORDS for w in _WORD.findall(text))


@lru_cache(maxsize=_CACHE)
def period_lengths(text: str) -> frozenset[str]:
    """The lengths of time a text names its figures over: "week", "quarter", "to date"."""
    return frozenset(
        _LENGTH_NAMES.get(key, key)
        for m in _PERIOD_LENGTH.finditer(text)
        if (key := " ".join(next(g for g in m.groups() if g).lower().replace("-", " ").split()))
    )


_LENGTH_NAMES = {"annual": "year", "full": "year", "half": "half"}


# Quantities that do not add up: per-head figures, averages, prices, rates.
_INTENSIVE = compile_later(
    r"\bper\s+(?:capita|head|person|resident|household|unit|share)\b|\b(?:average|median|"
    r"mean|prices?|rates?|ratios?|margins?|yields?)\b",
    re.I,
)


@lru_cache(maxsize=_CACHE)
def intensive(text: str) -> bool:
    """The words say the figure is a per-head figure, an average, a price or a rate."""
    return bool(_INTENSIVE.search(text))


# "A eased 0.3 points to R1, while B rose 0.6 points to R2": "while", "whereas", "but" or a
# semicolon opens a clause about another subject; not one going on about the same ("but it",
# "while up", "but the rate") or with a verb of its own ("but rose", "while adding").
_ANOTHER_SUBJECT = compile_later(
    rf";|\b(?:while|whereas|but)\s+(?!(?:{lx.alternation(lx.SAME_SUBJECT_GOES_ON)}|"
    rf"{lx.trie(lx.PAST_VERBS)}|[a-z]+(?:ed|ing))\b)",
    re.I,
)


_NON = compile_later(r"\bnon-?([a-z]+)", re.I)


def split_by_non(one: str, other: str) -> bool:
    """One text names "non-X" where the other names X alone ("food inflation" and "non-food
    inflation"): the two are the halves of X's split, not one thing."""
    for first, second in ((one, other), (other, one)):
        for found in _NON.finditer(first):
            bare = re.search(rf"(?<!non-)(?<!non)\b{re.escape(found.group(1))}\b", second, re.I)
            if bare and not _NON.search(second):
                return True
    return False


def another_subject(text: str, start: int, end: int) -> bool:
    """A clause about another subject opens in text[start:end]."""
    return _ANOTHER_SUBJECT.search(text, start, end) is not None


def clause_before(text: str, sentence_start: int, figure_start: int) -> str:
    """The words of the clause that leads up to a figure (from the last boundary)."""
    return _clause_of(text[sentence_start:figure_start])


@lru_cache(maxsize=_CACHE)
def _clause_of(head: str) -> str:
    cut = 0
    for match in _BOUNDARY.finditer(head):
        cut = match.end()
    return head[cut:]


@lru_cache(maxsize=_CACHE)
def words(text: str) -> frozenset[str]:
    """Content words, lower case, a plural's -s dropped ("exports" is "export", "ferries"
    "ferry")."""
    return frozenset(c for word in _WORD.findall(text) if (c := _content(word)) is not None)


def _content(word: str) -> str | None:
    """A word as `words` keeps it, or None for a word it drops."""
    lower = word.lower()
    if lower in _STOP or len(lower) < 3:
        return None
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"  # "ferries" is "ferry", "companies" "company"
    return lower[:-1] if lower.endswith("s") and len(lower) > 3 else lower


@lru_cache(maxsize=_CACHE)
def _modifiers(text: str) -> dict[str, str]:
    """Each content word of a text and the content word right before it, if any: "retail
    unit" gives {"unit": "retail"}."""
    return _words_before(text, first=True)


def last_modifiers(text: str) -> dict[str, str]:
    """Each content word of a text and the content word right before its last use: "the
    proposed expenditure consists of capital expenditure" gives {"expenditure": "capital"}."""
    return _words_before(text, first=False)


def _words_before(text: str, first: bool) -> dict[str, str]:
    found: dict[str, str] = {}
    before = None
    for word in _WORD.findall(text):
        content = _content(word)
        if content is not None and before is not None and not (first and content in found):
            found[content] = before
        before = content
    return found


def modified_apart(one: str, other: str) -> bool:
    """Two texts name one noun with two different words before it, neither of which the other
    text holds ("the retail unit's margin" and "the wholesale unit's margin", "youth
    unemployment" and "overall unemployment"): two things of one kind, not one thing."""
    first, second = _modifiers(one), _modifiers(other)
    one_words, other_words = words(one), words(other)
    return any(
        head in second
        and (a := first[head]) != (b := second[head])
        and a not in other_words
        and b not in one_words
        for head in first
    )


@lru_cache(maxsize=_CACHE)
def qualifiers(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if w.lower() in QUALIFIERS)


@lru_cache(maxsize=_CACHE)
def periods(text: str) -> frozenset[str]:
    """The periods a text names: two texts whose periods differ are about two periods."""
    return period_keys(text)


@lru_cache(maxsize=_CACHE)
def naming_words(text: str) -> frozenset[str]:
    """The words that name what a figure measures: content words, hyphenated ones split,
    verb forms (-ed, -ing) left out, since "the revenue generated" names revenue; not the
    nouns in -ing ("mining", "housing")."""
    return frozenset(
        w
        for w in words(text.replace("-", " "))
        if not w.endswith(("ed", "ing")) or len(w) < 5 or w in lx.ING_NOUNS
    )


@lru_cache(maxsize=_CACHE)
def pair(text: str) -> tuple[str, str] | None:
    """The two things a phrase joins with "and" ("imports and exports"), as content words."""
    for match in reversed(list(_PAIR.finditer(text))):
        first, second = match.group(1).lower(), match.group(2)
        if first in _NOT_A_PAIR or second in _NOT_A_PAIR or first == second:
            continue
        listed = _LIST_BEFORE.search(text, 0, match.start())
        if listed and _a_list_item(listed.group(1)):
            return None  # "wheat, maize and barley": the last two of a list, not a pair
        one, two = words(first), words(second)
        if one and two:
            return next(iter(one)), next(iter(two))
    return None


@lru_cache(maxsize=_CACHE)
def names(text: str) -> frozenset[str]:
    """Capitalised words past the first of a clause: places, firms, products."""
    found = _WORD.findall(text)
    return frozenset(
        w
        for w in found[1:]
        if w[0].isupper() and w.lower() not in _STOP and w.lower() not in _PERIOD_NAMES
    )


# Months, weekdays and holidays are periods, not names: "the Spring Festival holiday".
_PERIOD_NAMES = frozenset(m.lower() for m in lx.MONTHS) | lx.HOLIDAY_WORDS


def give_start(relation: dict, start_id: str, note: str) -> None:
    """A change drafted without its start takes one found in another sentence: a guess, so
    the link is low confidence and its note says where the start came from."""
    relation["roles"] = {"start": start_id, **relation["roles"]}
    relation["confidence"] = "low"
    relation["note"] = "; ".join(filter(None, [relation.get("note"), note]))


@dataclass
class Candidate:
    """A proposed relation, its score from the text and the cues behind it."""

    kind: str
    roles: dict
    score: float
    cues: list[str] = field(default_factory=list)
    what: str = ""  # what the link reads the figures as, for the note
    extra: dict = field(default_factory=dict)  # period, reading
    guess: bool = False  # a link that stays a guess however many cues agree
    # A year's total of its quarters: each quarter's figure may also be a part of that
    # quarter's own breakdown, so its parts do not compete with other sums'.
    across_periods: bool = False
    # A list ending in "other industries" is a whole breakdown of its own: the total it
    # breaks down may also be broken down another way (by region, then by industry).
    another_breakdown: bool = False
    # Margins of one revenue (gross, operating, net) each divide that revenue: its whole is
    # no slot of its own.
    shared_whole: bool = False
    # The flows of a trade total are also the sides of its balance (exports = imports +
    # surplus): as parts they do not compete with that other sum.
    shared_parts: bool = False

    @property
    def confidence(self) -> str:
        # Four cues or more (an anaphor or a cue phrase among them) make a likely link;
        # fewer, a guess. A guess never fails the error gate.
        return "medium" if self.score >= 4 and not self.guess else "low"


def _family(kind: str) -> str:
    return "sum" if kind in ("sum", "partial_sum") else kind


def _slots(kind: str, roles: dict) -> set[tuple[str, str, str]]:
    slots = set()
    for role, value in roles.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                slots.add((_family(kind), role, item))
    return slots


def choose(b, candidates: list[Candidate]) -> list[Candidate]:
    """Add the best-scoring candidates that use no figure twice in the same role of a kind
    (drafted relations included); ties keep text order. Returns the ones added."""
    chosen = []
    taken: set[tuple[str, str, str]] = set()
    for relation in b.relations:
        taken |= _slots(relation["kind"], relation["roles"])
    for candidate in sorted(candidates, key=lambda c: -c.score):
        slots = _slots(candidate.kind, candidate.roles)
        if candidate.across_periods:
            slots = {slot for slot in slots if slot[1] != "parts"}
        if candidate.another_breakdown:
            slots = {slot for slot in slots if slot[1] != "total"}
        if candidate.shared_parts:
            slots = {slot for slot in slots if slot[1] != "parts"}
        if candidate.shared_whole:
            slots = {slot for slot in slots if slot[1] != "whole"}
        if slots & taken:
            continue
        taken |= slots
        chosen.append(candidate)
        note = f"{candidate.what} ({', '.join(candidate.cues)})" if candidate.what else None
        b.add(
            candidate.kind,
            candidate.roles,
            confidence=candidate.confidence,
            note=note,
            **candidate.extra,
        )
    return chosen


# The keys of a change's base ("from a year earlier"), which name no period of the figure.
BASE_KEYS = frozenset({"earlier", "same", "last_year"})
_MONTH_SPAN = compile_later(r"^\d{4}-(\d\d)(?:/\d{4}-(\d\d))?$")


def _period_keys_of(draft) -> frozenset[str]:
    """The period of a figure as periods_in_text's keys: its own, else one its naming words
    hold ("August exports")."""
    if draft.period:
        months = _MONTH_SPAN.match(draft.period)
        if months:
            first, last = months.group(1), months.group(2) or months.group(1)
            return frozenset({f"{int(first)}-{int(last)}"})
        return frozenset({draft.period})
    return periods(draft.metric) - BASE_KEYS


period_keys_of = _period_keys_of


def periods_differ(a, b) -> bool:
    """Two figures said to be of two periods (a year-to-date surplus, August's exports)."""
    one, two = _period_keys_of(a), _period_keys_of(b)
    return bool(one and two and not one & two)


# The note of a growth drafted from its two levels alone; a rate found later replaces it.
NO_RATE_STATED = "no rate is stated; the engine derives it"


def latest_of_each(drafts) -> list:
    """The figures with the latest of each value: a headline's "60 billion" stated again in
    the body is one figure, not two to choose between."""
    latest = {}
    for d in drafts:
        latest[(d.found.value, d.found.currency, d.found.unit)] = d
    return list(latest.values())


def within(inner: str | None, outer: str | None) -> bool:
    """Whether a period lies inside another, as calendar days ("2024-10" is in
    "2024-04/2024-10" and in "2024"); False where either is missing or no period the claims
    format reads."""
    if not inner or not outer:
        return False
    try:
        first, second = parse_period(inner), parse_period(outer)
    except InputError:
        return False
    return second.start <= first.start and first.end <= second.end


def last_year(period: str | None) -> int:
    """The last year a period names ("2021", "2016/2021", "2022-08", "2023-Q1"), or 0."""
    years = _YEAR.findall(period) if period else ()
    return int(years[-1]) if years else 0


_YEAR = compile_later(r"(?:19|20)\d\d")


def sentence_before(b, sentence) -> str | None:
    """The text of the sentence with figures just before `sentence` in its paragraph, which a
    sentence naming no period of its own goes on from ("July trade rose 5.7%. Exports grew
    10.3%, ..."), or None."""
    before = b.by_sentence.get(sentence.number - 1)
    if not before or before[0].sentence.paragraph != sentence.paragraph:
        return None
    start, end = before[0].sentence.start, before[0].sentence.end
    return b.text[start:end]


_POSSESSOR = compile_later(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s?(?=\s)")


def owned_by_another(text: str, owner: str) -> bool:
    """Whether `text` (a whole's clause) gives its figure to a named owner other than
    `owner` ("Eskar's capacity" against a share "of Calder's total capacity"). A text that
    names no owner is not another's: an article about Calder need not repeat the name."""
    if not owner[:1].isupper():
        return False  # "the country's", "its": the owner is whoever the text is about
    owners = [m.group(1) for m in _POSSESSOR.finditer(text)]
    return bool(owners) and not any(owner in o or o in owner for o in owners)
