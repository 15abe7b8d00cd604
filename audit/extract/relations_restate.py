"""A figure of the headline or the lead stated again lower down, with its value as written.

    "Port revenue reaches 4.2 billion" (headline) ... "The port's revenue came to 4,180
     million in the year."                          restate: the two must agree
    "Velmora records N8.4tn deficit" ... "the government recorded a fiscal deficit of
     N8.38tn"                                       the noun after the headline's amount
                                                    names it; who recorded it, and the kind
                                                    of deficit a bare one leaves out, tell
                                                    nothing apart; a "fiscal gap" is a deficit

The second statement is chosen among the later figures of the same kind, currency and unit by
the words alone: the words naming what each measures must overlap, and nothing may tell them
apart (a qualifier such as "daily", "net" or "last year's" on one only, another period phrase,
another entity, a name the lead does not mention or a partner named earlier in the sentence, a
per-head figure against a total, a balance against a flow). When two later figures fit equally
well, neither is taken. Whether the values agree never takes part:
a restatement with another value is exactly what the rule reports.

    "Kestrel grain output tops 700 million tonnes" ... "grain output reached 712.4 million
     tonnes"                                        bound: the figure is at least 700 million
    "Trade stood at 5.12 trillion yuan. This is the first time that trade has exceeded 5
     trillion yuan."                                bound: the same, in either order

    "Of the 9.4 million registered voters, 6,105,322 of them turned up." ... "The total
     number of votes cast was 6,103,322."         restate in the body: a figure stated again
                                                    within a few sentences; voters who turned
                                                    up and votes cast are one measure

Two figures of the body pass the lead's tests and more, since nothing says the later one
restates the earlier: one period or none, the same paragraph heading ("Asia:", "Europe:"), no
name or qualifier in one sentence only, no bound ("over 30,000") on either.

A threshold passed ("tops", "has exceeded") is no restatement: it bounds the one figure of its
kind and unit elsewhere in the article that the same word tests take, the threshold's sentence
adding nothing but the words of passing a mark ("the first time", "the 1 million mark").
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property, lru_cache
from typing import Any

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract import relations_prior as prior
from audit.extract.relations_margin import figure_start
from audit.lazy_regex import compile_later
from audit.vocabulary import PART_ORDINALS, QUALIFIERS, SMALL_WORDS

LEADS = 2  # the first sentences with figures: the headline and the lead
_AMOUNTS = ("money", "measure", "number")
_BRACKETS = compile_later(r"\([^)]*\)")
_POINTS = frozenset(("point", "points"))
_THAT_BEFORE = compile_later(r"\b(?:that|this|these|those)\s+$", re.I)


def _several(b, draft) -> bool:
    """The figure's sentence states another of its kind and unit."""
    return sum(news.same(d, draft) for d in b.by_sentence.get(draft.sentence.number, [])) > 1


_TIME = frozenset(("second", "minute", "hour", "day", "week", "month", "year"))


def restatements(b) -> None:
    numbers = sorted(b.by_sentence)
    lead_numbers = numbers[:LEADS]
    candidates = []
    # Each later figure's texts, cut once for every lead figure: the word tests below are
    # cached by text, and a text cut again must be hashed again.
    texts: dict[str, _Texts] = {}
    balances: dict[str, bool] = {}  # whether each later figure is a balance, read once
    # Read once; by object, as a repeated statement shares its first statement's id.
    usable = {id(d) for n in numbers for d in b.by_sentence[n] if _usable(b, d)}
    # A threshold passed is no statement of the figure: it bounds the figure stated elsewhere.
    thresholds = [d for n in numbers for d in b.by_sentence[n] if id(d) in usable and _passed(b, d)]
    usable.difference_update(id(d) for d in thresholds)
    for number in lead_numbers:
        for first in b.by_sentence[number]:
            if id(first) not in usable or first.id in b.converted:
                continue
            later = [n for n in numbers if n > number]
            best = _second(b, first, later, texts, balances, usable)
            if best is not None:
                candidates.append(best)
    leads: dict[str, _Lead] = {}  # each exact figure read once, whatever threshold asks
    for threshold in thresholds:
        bound = _bound(b, threshold, numbers, (texts, balances, leads), usable)
        if bound is not None:
            candidates.append(bound)
    ev.choose(b, candidates)
    ev.choose(b, _body_restatements(b, numbers, texts, balances, usable))


BODY_WINDOW = 8  # sentences after a figure of the body its restatement is looked for in


def _body_restatements(
    b, numbers: list[int], texts: dict[str, _Texts], balances: dict[str, bool], usable: set[int]
) -> list[ev.Candidate]:
    """A figure of the body stated again a few sentences on ("Of R registered voters, N of
    them turned up. ... The total number of votes cast was N2."): the same word tests as
    the lead's, within a window, and the two must name the same period or none. A figure
    the lead's restatements took is left to them: a restatement of a restatement is none."""
    taken = {
        claim
        for relation in b.relations
        if relation["kind"] == "restate"
        for claim in relation["roles"].values()
        if isinstance(claim, str)
    }
    candidates = []
    for k, number in enumerate(numbers[LEADS:], start=LEADS):
        later = [n for n in numbers[k + 1 : k + 1 + BODY_WINDOW] if n - number <= BODY_WINDOW]
        if not later:
            continue
        for first in b.by_sentence[number]:
            if id(first) not in usable or first.id in b.converted or first.id in taken:
                continue
            best = _second(b, first, later, texts, balances, usable, body_pair=True)
            if best is not None and best.roles["second"] not in taken:
                candidates.append(best)
    return candidates


_VERBS = "|".join(verb.replace(" ", r"\s+") for verb in lx.THRESHOLD_VERBS)
_PASSED_BEFORE = compile_later(rf"\b(?:{_VERBS})\s+(?:the\s+)?$", re.I)
# "has not exceeded", "failed to top", "nearly topped": the threshold was not passed.
_NOT_PASSED = compile_later(
    r"\b(?:not|never|failed\s+to|yet\s+to|nearly|almost|barely\s+missed)\s+(?:\w+\s+)?$|n['’]t\s+$",
    re.I,
)


def _passed(b, draft) -> bool:
    """The figure is a threshold the text says was passed ("has exceeded 5 trillion yuan",
    "tops 700 million tonnes") and no pattern of its sentence has taken it."""
    if draft.found.qualifier is not None or draft.status != "fact" or draft.id in b.in_pairs:
        return False
    before = b.before(draft, 40)
    verb = _PASSED_BEFORE.search(before)
    return verb is not None and not _NOT_PASSED.search(before, 0, verb.start())


def _bound(
    b,
    threshold,
    numbers: list[int],
    read: tuple[dict, dict, dict],
    usable: set[int],
) -> ev.Candidate | None:
    """The threshold against the one figure elsewhere in the article that its words name:
    that figure is read as the first statement, and the threshold must say nothing it does
    not, but the words of passing a mark ("the first time", "the 1 million mark")."""
    scored: list[tuple[int, Any, list[str]]] = []
    for number in numbers:
        if number == threshold.sentence.number:
            continue  # a figure beside it is read by the phrasings ("topped 1 million, at")
        for exact in b.by_sentence[number]:
            if id(exact) not in usable or exact.id in b.converted or exact.status != "fact":
                continue
            if not news.same(exact, threshold):
                continue
            texts, balances, leads = read
            if exact.id not in leads:
                leads[exact.id] = _Lead(b, exact, lx.THRESHOLD_WORDS)
            fit = _fit(b, leads[exact.id], threshold, texts, balances)
            if fit is not None:
                scored.append((fit[0], exact, fit[1]))
    best = _best(scored)
    if best is None:
        return None
    score, exact, cues = best
    return ev.Candidate(
        "bound",
        {
            "bound": {"value": f"at least {threshold.value}", "claim": threshold.id},
            "value": exact.id,
        },
        score=score,
        cues=[*cues, "a threshold passed"],
        what="the figure the threshold bounds",
        guess=True,
    )


def _usable(b, draft) -> bool:
    return (
        draft.kind in _AMOUNTS
        and draft.found.unit not in _TIME  # "waiting over 18 weeks": a threshold
        and draft.found.unit not in _POINTS  # "a 9-point lead", "down one point": gaps, moves
        and draft.found.value is not None
        and draft.id not in b.starts
        and draft.repeat_of is None
        # "3,000 fewer than last spring": a difference, which no later level restates
        and not prior.compared_with_the_period_before(b, draft)
        # "$6.9 billion a year earlier": the level of the year before, not this one's
        and not prior.of_the_year_before(b, draft)
        # "Exports exceeded imports by USD 6.2 billion": a gap, which no level restates
        and not _GAP_BY.search(b.before(draft, 50))
        # "a generation rise of 55TWh", "output rose by 3,000": a change, not a level
        and not _CHANGE_BEFORE.search(b.before(draft, 40))
        # "output was up 20 tonnes", "assets rose $20 million": the change's amount
        and not news.CHANGE_BEFORE.search(b.before(draft, 60))
        # "with 1.05 million visitors (17pc)": a part, given its share of a total
        and not _SHARE_AFTER.match(b.text, draft.found.end)
        and not _OF_THE_WHOLE_OPENS.fullmatch(b.text, draft.sentence.start, figure_start(draft))
        # "the region has 2,400 more nurses than before": a gap against something, never a level
        and not _COMPARED_AFTER.match(b.text, draft.found.end)
    )


_COMPARED_AFTER = compile_later(
    r"\s+(?:more|fewer|less|higher|lower|greater|bigger|smaller)\s+(?:[\w\-]+\s+){0,3}?than\b",
    re.I,
)


_SHARE = r"(?:about\s+|around\s+|nearly\s+|some\s+)?\d+(?:\.\d+)?\s*(?:%|pc|per\s*cent|percent)"
_SHARE_AFTER = compile_later(
    rf"(?:\s+[A-Za-z][\w\-]*){{0,2}}?\s*(?:\(\s*{_SHARE}(?:\s+of\s+(?:the\s+)?total)?\s*\)"
    rf"|,\s*or\s+{_SHARE}(?![\w.]))",
    re.I,
)
# "Of the ballots, N ...", "Of these, N ...": a sentence opening on the whole its figure is of.
_OF_THE_WHOLE_OPENS = compile_later(
    r"\W*(?:of|among|out\s+of)\s+(?:the|these|those|them|this|that)\b[^,.;]{0,40},\s*"
    r"(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.I,
)


_CHANGE_BEFORE = compile_later(
    rf"\b(?:(?:{'|'.join(lx.CHANGE_NOUNS)})s?\s+of|(?:{'|'.join(lx.PART_RISE_VERBS)}"
    rf"|{'|'.join(lx.PART_FALL_VERBS)})\s+by)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)


_GAP_BY = compile_later(
    r"\b(?:exceeded|exceeds|surpassed|outpaced|outstripped|topped|trailed|lagged)\s+"
    r"(?:[\w'’\-]+\s+){1,4}?by\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)


_Texts = tuple[str, str, str, bool]


def _context(b, draft) -> str:
    """The figure's words: its clause, its metric and the noun right after it."""
    return _texts(b, draft)[0]


# The noun right after an amount names it, in a headline above all: "records N12.4tn deficit
# in three years", "a $2bn surplus". Up to two words, before a preposition or a verb.
_NOUN_AFTER = compile_later(
    r"\s+((?!(?:in|of|for|on|at|to|by|from|with|over|during|as|after|and|or|but|while|"
    r"is|was|are|were|has|had|will|would|this|that|last|next)\b)[A-Za-z][a-z\-]+"
    r"(?:\s+(?!(?:in|of|for|on|at|to|by|from|with|over|during|as|after|and|or|but|while|"
    r"is|was|are|were|has|had|will|would)\b)[A-Za-z][a-z\-]+)?)",
)


def _noun_after(b, draft) -> str:
    after = _NOUN_AFTER.match(b.text, draft.found.end, draft.sentence.end)
    return after.group(1) if after else ""


def _texts(b, draft) -> _Texts:
    """The figure's words (its clause, metric and the noun after it), its sentence, its
    clause, and whether it counts a vote's turnout."""
    sentence = draft.sentence
    clause = _without_glosses(ev.clause_before(b.text, sentence.start, draft.found.start))
    # A converted figure's metric says "(in USD)": the currency is not what it measures.
    context = (
        f"{clause} {_BRACKETS.sub('', draft.metric)} {_noun_after(b, draft)} {_source(b, draft)}"
    )
    return context, b.text[sentence.start : sentence.end], clause, _turnout(b, draft)


# "earned 23.1 billion dollars from garment exports": what an amount comes from names it as
# much as its clause does ("earns 29 billion from exports" is all exports, not garments).
# "25m passengers on UK domestic flights": what it is on names it too.
_SOURCE = compile_later(r"\s+(?:[a-z]+\s+)?(?:from|on)\s+((?:[A-Za-z][\w\-]*\s+){0,2}[a-z][\w\-]*)")
_NOT_A_SOURCE = frozenset(
    (
        *("a", "the", "last", "year", "years", "month", "months", "quarter", "period"),
        *("earlier", "ago", "average", "record", "track", "day", "week", "basis", "top"),
        *(d.lower() for d in lx.WEEKDAYS),
        *(m.lower() for m in lx.MONTHS),
    )
)


def _source(b, draft) -> str:
    after = b.after(draft, 20)
    if "from" not in after and " on " not in after:
        return ""
    found = _SOURCE.match(b.text, draft.found.end, draft.sentence.end)
    if found is None or _NOT_A_SOURCE & set(found.group(1).split()):
        return ""
    return found.group(1)


def _turnout(b, draft) -> bool:
    """The figure counts those who took part in a vote ("N of them turned up", "the number of
    votes cast was N"), whatever the words of its clause name: "Out of R registered voters, N
    of them turned up" counts no registered voters."""
    if draft.kind != "number":
        return False
    if lx.TURNOUT_AFTER.match(b.text, draft.found.end, draft.sentence.end):
        return True
    return bool(lx.TURNOUT_BEFORE.search(b.before(draft, 60)))


_BALANCES = frozenset(("deficit", "surplus"))
# "a trade surplus (exports minus imports) of S": a bracketed definition of what the figure is
# the gap between, whose words name no figure of the article.
_GLOSS = compile_later(
    r"\s*\([^()]{0,60}?\b(?:minus|less|net\s+of|difference\s+between|excess\s+of)\b[^()]{0,60}\)",
    re.I,
)


def _without_glosses(text: str) -> str:
    return _GLOSS.sub("", text) if "(" in text else text


# A place or party a flow goes to or comes from, named anywhere before the figure in its
# sentence: a clause after it ("while imports rose to ...") is about it too.
_PARTNER = compile_later(r"\b(?:to|from|with)\s+([A-Z][\w\-]+)")
_MONTHS = frozenset(m.lower() for m in lx.MONTHS)


def _partners(text: str) -> frozenset[str]:
    if "to " not in text and "from " not in text and "with " not in text:
        return frozenset()
    return frozenset(name for name in _PARTNER.findall(text) if name.lower() not in _MONTHS)


@lru_cache(maxsize=4096)  # asked of each later figure's words for every lead before it
def _folded(words: frozenset[str]) -> frozenset[str]:
    """Words with the names of one flow or balance as one: a "fiscal gap" is a deficit."""
    return frozenset(lx.METRIC_SYNONYMS.get(w, w) for w in words)


# A balance names its figure just before it ("a fiscal gap of approximately", "the deficit
# stood at") or just after it ("N12.4tn deficit").
_BALANCE_BEFORE = compile_later(
    r"\b(?:deficits?|surplus(?:es)?|gaps?|shortfalls?)\s+(?:[\w\-]+\s+){0,2}?(?:of|at|was|is|"
    r"stood\s+at|came\s+to|reached|hit|totall?ed|amounted\s+to|to)\s+$",
    re.I,
)
_BALANCE_NOUNS = frozenset(("deficit", "surplus", "gap", "shortfall"))


def _balance(b, draft) -> bool:
    """The figure is a balance (a deficit, a surplus, a gap), not a flow."""
    if _BALANCE_BEFORE.search(_without_glosses(b.before(draft, 120))[-50:]):
        return True
    return bool(ev.words(_noun_after(b, draft)) & _BALANCE_NOUNS)


def _names_more(words: frozenset[str], first_said: frozenset[str]) -> bool:
    """The second figure's words name something the first sentence does not: not who reported
    it ("the government recorded"), nor the kind of balance a headline's bare "deficit"
    leaves out ("fiscal deficit")."""
    extra = words - first_said - lx.ACTOR_WORDS
    if extra and first_said & _BALANCES and not first_said & lx.BALANCE_KINDS:
        extra -= lx.BALANCE_KINDS
    return bool(extra)


_SUPERLATIVE = compile_later(
    r"\b(?:largest|biggest|highest|lowest|smallest|steepest|sharpest|widest|narrowest)\b", re.I
)
# A sentence that goes on with the one before ("Among them, ...", "Of this, ..."): the period
# that one names is its own.
_GOES_ON = compile_later(r"^\W*(?:among|of|within|including|in\s+addition)\b", re.I)
# "The oil bill for the month was S", after "in November 2015": that month, even where wire
# copy gives each sentence its own paragraph.
_THAT_PERIOD = compile_later(
    r"\b(?:for|in|during|over|of)\s+(?:the|that)\s+(?:same\s+)?(?:month|quarter|period|week)\b",
    re.I,
)


def _periods(b, draft, body: str) -> frozenset[str]:
    """The periods the figure's sentence names, or those of the sentence it goes on from."""
    periods = ev.periods(body)
    heading = _heading_above(b.text, draft.sentence.start)
    if heading is not None and (headed := ev.periods(heading)):
        return periods | headed  # "up 8.1% on a year earlier" is the rate's base, not its period
    if periods:
        return periods
    if _GOES_ON.match(body):
        before = ev.sentence_before(b, draft.sentence)
    elif _THAT_PERIOD.search(body) and (earlier := b.by_sentence.get(draft.sentence.number - 1)):
        before = b.text[earlier[0].sentence.start : earlier[0].sentence.end]
    else:
        return periods
    return periods if before is None else ev.periods(before)


# A heading over a list of results ("Q2 2021 highlights:", "Nine months to June"): a line of a
# few words, not the article's first, ending in a colon, or a shorter one with no stop at all
# (a bullet point without its stop is a line of the list, not its heading).
_HEADING_WORDS, _BARE_HEADING_WORDS = 10, 6
_COLON_END = compile_later(r":\s*$")
_BARE_END = compile_later(r"[^\W_]\s*$")
_BULLET = compile_later(r"^[\-–—•*·]")


@lru_cache(maxsize=64)
def _headings(text: str) -> tuple[tuple[int, str], ...]:
    """Where each heading line of the text starts, and the line; the title is none."""
    found, start, first = [], 0, True
    for line in text.split("\n"):
        words = line.split()
        if words and not first and not _BULLET.match(line.lstrip()):
            n = len(words)
            if (n <= _HEADING_WORDS and _COLON_END.search(line)) or (
                n <= _BARE_HEADING_WORDS and _BARE_END.search(line)
            ):
                found.append((start, line.strip()))
        first = first and not words
        start += len(line) + 1
    return tuple(found)


def _heading_above(text: str, start: int) -> str | None:
    """The nearest heading above a sentence whose line has no period of its own: the figures
    listed under "H1 2021 highlights:" are of the half year, those under "Q2 2021
    highlights:" of the quarter, though no line of either list names it. The article's
    title heads everything, and so tells no list apart."""
    headings = _headings(text)
    if not headings:
        return None
    k = bisect.bisect_right(headings, (start, "\uffff")) - 1
    return headings[k][1] if k >= 0 and headings[k][0] < start else None


def _dated_earlier(b, undated, dated) -> bool:
    """ "Turnover rose to 26.4 million" and "Turnover in 2021 was 23.7 million" in an article of
    2024: a figure dated two years or more before publication is not an undated one, which
    news gives for its latest period."""
    if undated.period or not dated.period or not b.published:
        return False
    year = ev.last_year(dated.period)
    return bool(year) and year <= int(b.published[:4]) - 2


class _Lead:
    """What the first statement of a figure says, read once for every later figure, and each
    part only when a later figure gets as far as asking for it: most are told apart by their
    words alone."""

    def __init__(self, b, first, said_also: frozenset[str] = frozenset()) -> None:
        self.b, self.draft, self.said_also = b, first, said_also
        self.body = b.text[first.sentence.start : first.sentence.end]

    @cached_property
    def context(self) -> str:
        return _context(self.b, self.draft)

    @cached_property
    def words(self) -> frozenset[str]:
        return _folded(ev.words(self.context))

    @cached_property
    def periods(self) -> frozenset[str]:
        return _periods(self.b, self.draft, self.body)

    @cached_property
    def lengths(self) -> frozenset[str]:
        return ev.period_lengths(self.body)

    @cached_property
    def plan(self) -> bool:
        return ev.plan_words(self.body)

    @cached_property
    def plan_named(self) -> bool:
        # Its own words too: "Planned spending was P" is no restatement of "Expenditure stood
        # at A, 85 per cent of the planned spending", though both sentences name a plan.
        return ev.plan_words(self.context)

    @cached_property
    def names(self) -> frozenset[str]:
        return ev.names(self.body) | {w.strip(".,:;'’s") for w in self.body.split()[:1]}

    @cached_property
    def subject(self) -> frozenset[str]:
        return _named_subject(self.body)

    @cached_property
    def said(self) -> frozenset[str]:
        return _folded(ev.naming_words(self.body)) | self.said_also

    @cached_property
    def balance(self) -> bool:
        return _balance(self.b, self.draft)

    @cached_property
    def pair(self) -> tuple[str, str] | None:
        return ev.pair(self.context)

    @cached_property
    def turnout(self) -> bool:
        return _turnout(self.b, self.draft)


def _second(
    b,
    first,
    later: list[int],
    texts: dict[str, _Texts],
    balances: dict[str, bool],
    usable: set[int],
    body_pair: bool = False,
) -> ev.Candidate | None:
    lead = None  # read only when a later figure is of the first's kind and unit: most are not
    scored: list[tuple[int, Any, list[str]]] = []
    for number in later:
        for second in b.by_sentence[number]:
            if id(second) not in usable or not news.same(first, second):
                continue
            if lead is None:
                lead = _Lead(b, first)
            fit = _fit(b, lead, second, texts, balances, body_pair)
            if fit is not None:
                scored.append((fit[0], second, fit[1]))
    best = _best(scored)
    if best is None:
        return None
    score, second, cues = best
    return ev.Candidate(
        "restate",
        {"first": first.id, "second": second.id},
        score=score,
        cues=cues,
        what="a figure of the body stated again" if body_pair else "the lead's figure stated again",
        guess=True,
    )


# Not who says it: "Officials said the deficit stood at D" opens on its source, not its subject.
_FIRST_WORD = compile_later(
    r"\W*([A-Za-z][\w\-]*)\b(?!\s+(?:said|says|say|told|tells|reported|reports|noted|notes"
    r"|added|adds|estimated|estimates|expects?|expected|believes?|predicted|predicts)\b)"
)


def _opening_word(body: str) -> frozenset[str]:
    """The naming word a sentence opens on, its subject's head as often as not ("Sorghum was
    planted ..."); none for an article, a preposition or a figure."""
    first = _FIRST_WORD.match(body)
    return _folded(ev.naming_words(first.group(1))) if first else frozenset()


def _best(scored: list[tuple[int, Any, list[str]]]) -> tuple[int, Any, list[str]] | None:
    """The best-fitting figure, or None when two fit equally: the words do not say which."""
    if not scored:
        return None
    scored.sort(key=lambda item: -item[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0]


# "Europe: The deficit decreased ...": a paragraph's heading names what its figures are of.
_LABEL = compile_later(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s*:\s")


def _label(b, draft) -> str:
    start = b.text.rfind("\n", 0, draft.sentence.start) + 1
    label = _LABEL.match(b.text, start, draft.sentence.end)
    return label.group(0).strip(": \t") if label else ""


def _told_apart_in_body(b, lead: _Lead, second, body: str) -> bool:
    """Two figures of the body that the words around them tell apart, where a lead's shorter
    words would not: the headings of their paragraphs ("Asia:", "Europe:"), a name either
    sentence gives and the other does not ("over 30,000 yuan in Shanghai and Beijing", "In 10
    areas, namely ..."), a qualifier of either sentence ("urban", "net", "daily"), or a bound
    on one ("over 30,000 yuan") against a figure stated."""
    if _label(b, lead.draft) != _label(b, second):
        return True
    if _bounded(lead.draft) or _bounded(second):
        return True
    if _qualifiers(body, True) != _qualifiers(lead.body, True):
        return True  # "In 10 areas, rural incomes ..." against "In eight areas, urban incomes"
    first_word = {w.strip(".,:;'’s") for w in body.split()[:1]}
    return bool(ev.names(body) - lead.names or ev.names(lead.body) - ev.names(body) - first_word)


def _period_between(b, lead: _Lead, second) -> bool:
    """A sentence between two figures of the body names a period the first's does not: the
    later figure, with no period of its own, may be of that one ("Its top line rose to T"
    after "For the first half, sales rose")."""
    between = b.text[lead.draft.sentence.end : second.sentence.start]
    return bool(ev.periods(between) - lead.periods - _BASES)


_BASES = frozenset(("same", "earlier", "last_year"))  # what a change is measured from


# The name a sentence opens on, of two capitalised words or more ("Ana Ruiz, the candidate
# of ...", "Outgoing President Luis Paz"): its subject, whose figures are its own.
_NAMED_SUBJECT = compile_later(r"\W*((?:[A-Z][\w’'\-]*\s+){1,5}[A-Z][\w’'\-]*)\b")


_POSSESSIVE_OPENING = compile_later(r"\W*(?:Its|Their)\s")


def _referred_subject(b, draft, body: str) -> frozenset[str]:
    """The named subject "Its" or "Their" opening the sentence refers to: the name its
    paragraph opens on, in a sentence before it."""
    if not _POSSESSIVE_OPENING.match(body):
        return frozenset()
    start = b.text.rfind("\n", 0, draft.sentence.start) + 1
    if start >= draft.sentence.start:
        return frozenset()
    return _named_subject(b.text[start : draft.sentence.start])


def _named_subject(body: str) -> frozenset[str]:
    found = _NAMED_SUBJECT.match(body)
    return _subject_words(found.group(1).split()) if found else frozenset()


def _subject_words(words) -> frozenset[str]:
    plain = (w.strip("’'").removesuffix("’s").removesuffix("'s").rstrip(".") for w in words)
    return frozenset(w for w in plain if w.lower() not in lx.SUBJECT_FILLERS)


_BOUNDS = frozenset(("more_than", "at_least", "less_than", "at_most", "just_over", "nearly"))


def _bounded(draft) -> bool:
    qualifier = draft.found.qualifier
    return qualifier is not None and QUALIFIERS.get(qualifier.lower()) in _BOUNDS


def _shared(lead: _Lead, context: str, turnout: bool) -> frozenset[str]:
    """The words naming what both figures measure, or none when the second's words name
    something the first sentence does not. Two counts of a vote's turnout share their
    measure, however each says it ("N of them turned up", "votes cast"), and the count's
    own words ("the total number of") name nothing more."""
    words = _folded(ev.naming_words(context))
    if turnout:
        return frozenset() if _names_more(words - lx.TURNOUT_WORDS, lead.said) else _TURNOUT
    if _names_more(words, lead.said):
        return frozenset()
    # A month or a time word names when, not what: "to $570,000 in October" shares nothing
    # with "a record $785,000 this October" but the month.
    # A pronoun names whatever its own sentence is about: "they jumped 27% from A" and "they
    # dropped 47% from B" are two things.
    return (lead.words & _folded(ev.words(context))) - _WHEN_WORDS - _PRONOUNS


_WHEN_WORDS = frozenset(m.lower() for m in lx.MONTHS) | frozenset(
    ("year", "month", "quarter", "week", "day", "half", "last", "this", "next")
)
_PRONOUNS = frozenset(("they", "them", "their", "its", "these", "those", "that"))


_TURNOUT = frozenset(("turnout",))


def _qualifiers(context: str, turnout: bool) -> frozenset[str]:
    """The words that make a figure another of its name; of a turnout, "the total number of
    votes cast" is all the votes, as "N of them turned up" is."""
    found = ev.qualifiers(context)
    return found - _TOTAL if turnout else found


_TOTAL = frozenset(("total",))


# The one-word halves of a split ("domestic", "urban", "online"): a figure named by one is a
# part of the thing, which a figure named by none is the whole of.
_HALF_WORDS = frozenset(w for pair in lx.COMPLEMENT_PAIRS for w in pair if " " not in w)
_HALF = compile_later(rf"\b(?:{'|'.join(sorted(_HALF_WORDS))})\b", re.I)


@lru_cache(maxsize=4096)
def _halves(context: str) -> frozenset[str]:
    return frozenset(m.group().lower() for m in _HALF.finditer(context))


_METRIC_WORDS = compile_later(r"[A-Za-z][A-Za-z\-]*")


@lru_cache(maxsize=4096)
def _stages(metric: str) -> frozenset[str]:
    """The words of a metric that make it a stage or a kind of its noun: participles before
    the noun or closing the phrase ("completed area", "newly started", "floor space sold"),
    hyphenated kinds ("same-day visitors", "cold-store") and the stage words ("new"). A verb
    inside the phrase is no stage ("people turned out"), nor a length ("a four-year span")."""
    words = [w.lower() for w in _METRIC_WORDS.findall(metric.split(",")[0])]
    return frozenset(
        word
        for k, word in enumerate(words)
        if word in lx.STAGE_WORDS
        or ("-" in word.strip("-") and not _a_length(word))
        or (_a_participle(word) and (k == 0 or k == len(words) - 1 or _modifies(words[k - 1])))
    )


def _a_participle(word: str) -> bool:
    return len(word) >= 5 and word.endswith("ed") and word not in lx.LEVEL_VERBS


def _modifies(word: str) -> bool:
    """A word that may stand before a participle that describes a noun: "newly started"."""
    return word in lx.STAGE_WORDS or word.endswith("ly") or _a_participle(word)


_COUNTING = frozenset((*SMALL_WORDS, *PART_ORDINALS, "on", "to", "over"))


def _a_length(word: str) -> bool:
    """ "four-year", "12-month", "year-on-year", "first-half": a time, not a kind."""
    parts = word.split("-")
    timed = any(part.rstrip("s") in _TIME or part in ("quarter", "half") for part in parts)
    return timed and any(part in _COUNTING or part[:1].isdigit() for part in parts)


# "3.09% of voters, or", "12 per cent of the total, or": the figure after is that share's part.
_SHARE_OF_THEN_OR = compile_later(
    r"(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+|all\s+)?[\w\s'’-]{1,40}?,?\s+or\s+"
    r"(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)


def _share_of_then_or(b, figure) -> bool:
    # Asked of every pair of figures: the end-anchored search only where a percentage is near.
    before = b.before(figure, 60)
    return ("%" in before or "cent" in before) and _SHARE_OF_THEN_OR.search(before) is not None


def _fit(
    b,
    lead: _Lead,
    second,
    texts: dict[str, _Texts],
    balances: dict[str, bool],
    body_pair: bool = False,
) -> tuple[int, list[str]] | None:
    """(score, cues) of `second` as the figure `lead` states, or None when any word tells the
    two apart. Two figures of the body (`body_pair`) must name the same period, or none."""
    first = lead.draft
    if second.id not in texts:
        texts[second.id] = _texts(b, second)
    context, body, clause, turnout = texts[second.id]
    if _THAT_BEFORE.search(b.before(second, 12)) and _several(b, first):
        return None  # "A and B. That $2.3 billion shortfall": the two together, not one
    if _share_of_then_or(b, second):
        return None  # "3.09% of voters, or 757,511": a part of the voters, not all of them
    if turnout != lead.turnout:
        return None  # "N of them turned up" is not the registered voters its clause names
    subject = _named_subject(body)
    if subject and lead.subject and not subject & lead.subject:
        return None  # "Ana Ruiz won 71,240 votes" and "Luis Paz took 51,806 votes"
    referred = _referred_subject(b, second, body)
    if referred and not referred & _subject_words(ev.names(b.text[: first.sentence.end])):
        return None  # "Harbor Line Corp. said ... Its revenue grew to R": not the lead's firm
    counted = (first.found.counted, second.found.counted)
    if all(counted) and not ev.words(counted[0]) & ev.words(counted[1]):
        return None  # "4.1 million voters" is no count of "2.3 million ballots"
    if not turnout and not _opening_word(body) <= lead.said:
        return None  # "Sorghum was planted on A, and the yield is Y": not the lead's crop
    shared = _shared(lead, context, turnout)
    if not shared:
        return None  # no word in common, or the second names what the first sentence does not
    if shared <= lx.STOCK_NOUNS and not turnout:
        return None  # "the number of people employed" and "... in the labour force"
    if second.id not in balances:
        balances[second.id] = _balance(b, second)
    if balances[second.id] != lead.balance:
        return None  # "leaving a fiscal gap of G" is not "revenue came to R"
    if lead.pair and not set(lead.pair) <= ev.words(clause):
        return None  # "imports and exports" against "imports"
    if _qualifiers(context, turnout) != _qualifiers(lead.context, turnout):
        return None  # daily against total, net against gross, last year's against this
    if _halves(context) != _halves(lead.context):
        return None  # "25m passengers on domestic flights" is a part of "217m passengers"
    if _stages(second.metric) != _stages(first.metric):
        return None  # "the completed office area" is not "the office area under construction"
    if ev.intensive(context) != ev.intensive(lead.context):
        return None
    if _SUPERLATIVE.search(context) or _SUPERLATIVE.search(lead.context):
        return None  # "the largest deficit" is one of many, not "the deficit"
    if ev.plan_words(body) != lead.plan or ev.plan_words(context) != lead.plan_named:
        return None  # a projection against the figure booked, a budget against the outturn
    periods = _periods(b, second, body)
    if (periods or body_pair) and (lead.periods or body_pair) and periods != lead.periods:
        return None  # in the body, a period named on one side only is another period
    lengths = ev.period_lengths(body)
    if (lengths or body_pair) and (lead.lengths or body_pair) and lengths != lead.lengths:
        return None  # "in the week" against "in the month so far"
    if first.period and second.period and first.period != second.period:
        return None
    if _dated_earlier(b, first, second) or _dated_earlier(b, second, first):
        return None
    if first.entity and second.entity and first.entity != second.entity:
        return None
    if ev.names(clause) - lead.names:
        return None  # "exports to Japan" is not the lead's exports
    if _partners(b.text[second.sentence.start : second.found.start]) - lead.names:
        return None  # "Exports to Polaris rose ..., while imports rose to": Polaris's too
    if body_pair and _told_apart_in_body(b, lead, second, body):
        return None
    if body_pair and _period_between(b, lead, second):
        return None  # "... for the first half, sales rose. Its top line rose to": the half's
    if not body_pair and _label(b, first) and _label(b, second) != _label(b, first):
        return None  # "Asia: ..." against "Europe: ...": each paragraph's heading its own
    cues = ["the same kind and unit", f"the same words ({', '.join(sorted(shared))})"]
    if periods and periods == lead.periods:
        cues.append("the same period")
    return len(shared) + (len(periods) > 0 and periods == lead.periods), cues


def restated_rates(b) -> None:
    """ "Sales rose 6% to $4.1 billion ... sales grew 16 per cent to $4.1 billion": one level
    given twice with its growth, the same thing named: the two rates are one figure stated
    twice. The level is the same figure written again (its value and unit), of the same period
    (or one left unsaid) and naming words, in another sentence, and the growths have one base:
    the same start, or none stated ("up 87% on a year ago" and "4.6% lower than in January"
    are two bases' rates)."""
    by_id = b.drafts_by_id
    seen: dict[tuple, list[tuple[Any, Any]]] = {}
    for relation in b.relations:
        roles = relation["roles"]
        if (
            relation["kind"] != "growth"
            or "rate" not in roles
            or not isinstance(roles.get("end"), str)
        ):
            continue
        end = by_id.get(roles["end"])
        if end is None or end.found.value is None:
            continue
        start = by_id.get(roles["start"]) if isinstance(roles.get("start"), str) else None
        base = None if start is None else (start.found.value, start.period)
        if "start" in roles and start is None:
            continue  # a start read in another scale: which base is not plain
        key = (end.found.value, end.found.unit, end.found.currency, base)
        for other_end, other_rate in seen.get(key, []):
            if other_end.sentence.number == end.sentence.number:
                continue
            if end.period and other_end.period and end.period != other_end.period:
                continue
            if _rate_base(b, by_id, other_rate) != _rate_base(b, by_id, roles["rate"]):
                continue  # "6% on the year" and "2% on the month": two bases
            named = ev.naming_words(b.text[end.sentence.start : end.found.start])
            if not named & ev.naming_words(
                b.text[other_end.sentence.start : other_end.found.start]
            ):
                continue
            b.add(
                "restate",
                {"first": other_rate, "second": roles["rate"]},
                confidence="low",
                note="the growth of one level stated twice: the same level, the same words",
            )
        seen.setdefault(key, []).append((end, roles["rate"]))


# The base a rate's words give it: "on the month", "from a year earlier", "quarter-on-quarter".
_RATE_BASE = compile_later(
    r"\b(?:(?:year|month|quarter|week)[\s-]on[\s-](?P<on>year|month|quarter|week)"
    r"|(?:from|on|than|against)\s+(?:the|a)\s+(?:previous\s+|prior\s+|same\s+)?"
    r"(?P<from>year|month|quarter|week)|(?P<ago>year)\s+(?:earlier|ago|before))\b",
    re.I,
)


def _rate_base(b, by_id: dict, rate) -> str | None:
    draft = by_id.get(rate["claim"] if isinstance(rate, dict) else rate)
    if draft is None:
        return None
    words = b.text[draft.found.end : draft.sentence.end][:80]
    found = _RATE_BASE.search(words)
    return None if found is None else (found["on"] or found["from"] or found["ago"]).lower()
