"""What a figure is about, read from the words around it: entity, metric, period and status.

Heuristics over one sentence, with the paragraph's last named entity carried forward ("the
province" after "Jiangxi Province"). They draft; an editor reviews. Each function looks at a
bounded window of the sentence, so the cost per figure is constant.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from audit import vocabulary as vocab
from audit.extract import lexicon as lx
from audit.extract.folded import finditer_at, folded, word_test
from audit.extract.numbers_in_text import Found
from audit.extract.periods_in_text import names_a_period, without_periods
from audit.lazy_regex import compile_later

_APOS = "['’]"
# Possessive word runs ("++"): a name's letters are never given back, since what may follow
# them (a space, an apostrophe, a word boundary) is never a letter; backing off letter by
# letter at every capital was most of the entity scan's time. Python 3.10 has no possessive
# runs: there the same pattern backs off, more slowly, to the same matches.
_RUN = "++" if sys.version_info >= (3, 11) else "+"
# A match starts with a character of one set, consumed first: re then skips the positions
# outside it in a tight loop, where a look-ahead is a full match attempt at every position.
# So "pos" and "place" hold a name less its first letter, which is where the match starts.
# A name's words share a line: a title's last word and the body's first are two names.
_NAME_REST = rf"[A-Za-z\-]{_RUN}(?:[ \t]+[A-Z][A-Za-z\-]{_RUN}){{0,2}}"
_ENTITY = compile_later(
    rf"[A-Zio](?:(?<=\b[A-Z])(?:(?P<pos>{_NAME_REST}){_APOS}s?\b"  # China's, Jiangxi's
    rf"|(?P<place>[a-z]{_RUN}(?:[ \t]+[A-Z][a-z]{_RUN})?)\s+(?:[Pp]rovince|[Cc]ity|[Cc]ounty|"
    rf"[Rr]egion|[Mm]unicipality|Autonomous\s+Region|[Ss]tate)\b)"
    rf"|(?:(?<=\bi)n|(?<=\bo)f)\s+(?P<prep>(?!The\b|This\b)[A-Z][a-z]{_RUN}"
    rf"(?:[ \t]+[A-Z][a-z]{_RUN})?)\b"
    rf"(?!\s+[A-Z]))"
)
_NOT_ENTITY = frozenset(
    (
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "For",
        "By",
        "With",
        "From",
        "Data",
        "Photo",
        "According",
        "As",
        "He",
        "She",
        "They",
        "We",
        "I",
        "Our",
        "Their",
        "His",
        "Her",
        "Mr",
        "Ms",
        "Dr",
        "Digital",
        "Industry",
        "Exhibition",
        "News",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        *(day.capitalize() for day in lx.WEEKDAYS),
        "GDP",
        "CPI",
        "Internet",
        "Plan",
        "Five-Year",
        "Economy",
        "Development",
        "Government",
        "Commission",
        "Ministry",
        "Council",
        "Committee",
        "Office",
        "Center",
        "Centre",
    )
)
_ANAPHORA_NOUNS = (
    "province",
    "country",
    "nation",
    "city",
    "region",
    "county",
    "municipality",
    "state",
)
_ANAPHORA_WORDS = rf"(?:the|this|that)\s+(?:{'|'.join(_ANAPHORA_NOUNS)})\b"
_ANAPHORA = compile_later(rf"\b{_ANAPHORA_WORDS}", re.IGNORECASE)
_ANAPHORA_START = compile_later(word_test("t", _ANAPHORA_WORDS))  # where _ANAPHORA is matched

# Cue words grouped by first letter, so the engine tests one letter per word boundary instead
# of trying every word (the list form was the slowest search of drafting).
_TARGET_WORDS = (
    r"t(?:argets?|argeted)|a(?:ims?|imed)\s+to|p(?:lans?\s+to|lanned\s+to|ledged?)"
    r"|goals?|s(?:trives?\s+to|eeks?\s+to|et\s+to|cheduled\s+to|lated\s+to)|intends?\s+to|vows?\s+to"
    r"|objective|budgeted"
)
_FORECAST_WORDS = (
    r"e(?:xpect(?:ed|s)?|stimated\s+to)|p(?:rojected|redict(?:ed|s))|forecast(?:s|ed)?"
    r"|likely\s+to|anticipated|w(?:ill|ould)|could\s+reach|outlook"
)
_TARGET = compile_later(rf"\b(?:{_TARGET_WORDS})\b", re.IGNORECASE)
_FORECAST = compile_later(rf"\b(?:{_FORECAST_WORDS})\b", re.IGNORECASE)
_BY_YEAR = compile_later(r"\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_CLAUSE_BREAK = compile_later(
    r";|,\s+(?:and|while|but|whereas|which|with)\b|\s+and\s+(?=is\b|are\b|"
    r"was\b|were\b|will\b|has\b|have\b)|\s+but\s+"
)

# Used with Pattern.match(text, pos): anchored at pos without "^" (which only matches at 0).
_YEAR_AFTER = compile_later(
    r"\s*(?:\([^)]{0,60}\)\s*)?(?:[A-Za-z\-]+\s+){0,3}?(?:,\s*)?"
    r"(?:in|of|for|during|as\s+of|by"
    r"|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:year\s+)?"
    # A fiscal year ("FY18", "FY 2016-17", "fiscal 2018") or a span ("2016-17") is the
    # figure's period as much as a year is.
    r"(?P<when>(?:(?P<fiscal>FY\s?|fiscal\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)"
    r"|FY\s?(?P<short>\d\d))(?:\s*[-–/]\s*(?P<end>(?:19|20)?\d\d)(?![-/.]\d))?)\b",
    re.IGNORECASE,
)
# A year, a span of years ("2016-2021", fiscal "2023-24") or a date ("2018-02-15", "2022-01"):
# the date group keeps "2013-02-08" from reading as the years 2013 to 2002.
# The look-behind comes after the year's first digit: opening with a "1" or a "2", the pattern
# lets re skip every other position in its tight loop.
_YEAR = compile_later(
    r"((?:1(?<![\w.,]1)9|2(?<![\w.,]2)0)\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d)"
    r"(?P<day>[-/.]\d\d?(?!\d))?)?(?![\w%]|,\d)"
)
# The words that make a year a base of comparison: "compared with 2019", "from 2012",
# "over 2013", "than in 2020", "the same period of 2019", "up from November 2021".
_MONTH_BEFORE_YEAR = rf"(?:(?:{'|'.join(m.capitalize() for m in vocab.MONTH_NUMBERS)})\.?\s+)?"
_BASE_WORDS = (
    r"(?:(?:from|since|over|compared\s+(?:with|to)|than(?:\s+in)?|against|versus|"
    r"relative\s+to)\s+(?:the\s+)?(?:(?:same\s+)?(?:period|time|month|quarter|day|"
    r"levels?|figures?)\s+(?:of|in)\s+)?|same\s+(?:period|time|month|quarter|day)\s+"
    rf"(?:of|in)\s+)(?:the\s+)?(?:end\s+of\s+)?(?:year\s+)?{_MONTH_BEFORE_YEAR}"
)
_BASE_BEFORE = compile_later(word_test("acforstv", rf"{_BASE_WORDS}$"))  # asked only whether
# A base year that starts a span ("from 2012 to 2016") is the span's, not a base.
_SPAN_TO = compile_later(r"\s+(?:to|and|until|through|till)\s+((?:19|20)\d\d)\b")
_BASE_AFTER = compile_later(
    rf"\s*(?:year-on-year\s+|on\s+a\s+comparable\s+basis\s+)?"
    rf"(?:(?:higher|lower|more|less|up|down|above|below|faster|slower)\s+)?"
    rf"{_BASE_WORDS}((?:19|20)\d\d)\b(?!\s*(?:[-–/]\s*\d|(?:to|and)\s+"
    rf"(?:the\s+end\s+of\s+)?(?:19|20)\d\d))",
    re.IGNORECASE,
)
# "FY18", "FY2018", "fiscal 2018": the fiscal year that ends in that year.
_FISCAL = compile_later(r"\b(?:FY\s?|[Ff]iscal\s+(?:year\s+)?)((?:19|20)?\d\d)\b(?!\s*[-–/]\s*\d)")

_VERB_WORDS = (
    "was",
    "were",
    "is",
    "are",
    "reached",
    "stood",
    "totaled",
    "totalled",
    "totaling",
    "hit",
    "soared",
    "rose",
    "grew",
    "increased",
    "fell",
    "dropped",
    "declined",
    "accounted",
    "accounting",
    "amounted",
    "recorded",
    "exceeded",
    "topped",
    "registered",
    "saw",
    "posted",
    "jumped",
    "surged",
    "climbed",
    "expanded",
    "accelerated",
    "rebounded",
    "will",
    "has",
    "have",
    "had",
    "hits",
    "reaches",
    "reaching",
    "verified",
    "came",
    "remained",
    "doubled",
    "tripled",
    "built",
    "involving",
    "owns",
    "attracted",
    "employed",
    "achieved",
    "achieve",
    "set",
    "account",
)
# A tree of the words (lexicon.trie), not a list: it runs once per clause with a figure.
_PLAIN_VERB = rf"\b{lx.trie(_VERB_WORDS)}\b"
# "with exports rising 6% to A": a participle of change is the clause's verb only where its
# figure follows ("rising prices" is a noun phrase).
_MOVING = lx.CHANGE_PARTICIPLES
_MOVING_VERB = (
    rf"\b{lx.trie(_MOVING)}(?=\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?"
    r"[\d$€£¥])"
)
_VERB = compile_later(rf"{_PLAIN_VERB}|{_MOVING_VERB}", re.IGNORECASE)
# Where the next verb starts, found by a pattern that opens with the set of its first letters;
# _VERB.match there reads it whole.
_VERB_START = compile_later(
    word_test(
        "".join(sorted({w[0] for w in (*_VERB_WORDS, *_MOVING)})),
        rf"{lx.trie(_VERB_WORDS)}\b|{_MOVING_VERB[2:]}",
    )
)
_LEAD_IN = compile_later(
    r"^(?:(?:in|during|by|for|as\s+of|since|from|up\s+to)\s+[^,]{0,40},\s*|"
    r"(?:according\s+to|under|as\s+reported\s+by)\s+[^,]{0,120},\s*|"
    # "Among them, the completed area was", "Within that, ...": the subject follows the comma
    r"(?:among|of|within)\s+[^,]{1,30},\s*|"
    # "Even so, June sales were": a word that ties the sentence to the one before
    r"(?:even\s+so|still|however|meanwhile|nevertheless|nonetheless|by\s+contrast|"
    r"in\s+contrast|at\s+the\s+same\s+time|moreover|furthermore|besides|similarly|"
    r"likewise|separately|elsewhere|overall),\s*|"
    r"(?:[\w ]{0,40}\s)?(?:shows?|showed|said|says|indicates?|noted)\s+that\s+|"
    r"(?:the|a|an|its|their|this|that)\s+)+",
    re.IGNORECASE,
)
_RATE_WORDS = compile_later(
    r"(?=[caygispr])((?:compound\s+annual\s+growth\s+rate|CAGR|(?:average\s+)?annual\s+(?:average\s+)?"
    r"(?:growth|increase)(?:\s+rate)?|year-on-year\s+(?:growth|increase)(?:\s+rate)?|"
    r"growth\s+rate|growth|increase|share|proportion|rate|ratio|average))\s+(?:of\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_AFTER_PHRASE = compile_later(
    r"\s*(?:(?:annual\s+|year-on-year\s+)?(?:growth|increase|rise|"
    r"decline)\s+)?(?:of|in)\s+((?:the\s+)?(?:[\w’'\-]+\s+){0,6}?"
    r"[\w’'\-]+)"
    r"(?=\s*(?:[,.;:(]|\s+(?:in|from|at|during|and|with|for|by)\b|$))",
    re.IGNORECASE,
)
_PP_AFTER = compile_later(
    r"\s*((?:[\w’']+\s+){0,3}?(?:growth\s+rate|growth|rate))\b",
    re.IGNORECASE,
)
_JUST_A_YEAR = compile_later(r"(?:the\s+)?(?:year\s+)?(?:19|20)\d\d")
_COUNTED = compile_later(
    r"\s*(?:[A-Za-z0-9][\w’'\-]*\s+){0,4}?[A-Za-z][\w’'\-]*"
    r"(?=\s*(?:[,.;:(]|\s+(?:in|from|at|during|and|with|for|by|to|of|on|"
    r"that|which|who|have|has|were|was|are|is|will)\b|$))"
)


_OWN_FIGURE = compile_later(
    r"\s+(?:of|at|worth|totall?ing)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?"
    r"(?:[A-Z]{2,3}\s?|Rs\.?\s?)?[$€£¥]?\d"
)
_COMPARATIVE_LEAD = compile_later(
    r"(?:more|fewer|less|higher|lower|greater|smaller|up|down|above|below|than)\b", re.I
)


_COMPASS = compile_later(
    r"^(?:East|West|North|South|Southwest|Northwest|Southeast|Northeast|"
    r"Central)\s+(?=[A-Z])"
)
# Compiled once: these run for every figure, and re's own cache lookup costs as much as a match.
_THE = compile_later(r"^the\s+")
_WHOLE_GDP = compile_later(r"\bgdp\b|^total\b|gross domestic product")
_FIGURE_OR_COMMA = compile_later(r"[\d%$€£¥]|[,;(]")
_AND_AFTER_FIGURE_WORDS = compile_later(r"[\w.\s]{0,30}?\b(?:and|or|while|but)\s+", re.IGNORECASE)
_COMPARISON_LEAD = compile_later(r"(?:on|over|against|from|compared|than|versus|vs)\b", re.I)
_OBJECT_LEAD = compile_later(r"^(?:up\s+)?(?:to\s+|at\s+|by\s+|a\s+total\s+of\s+)")
_BRACKETS = compile_later(r"\([^)]*\)")
_PLACE_POSSESSIVE = compile_later(
    rf"^(?:the\s+)?(?:province|country|city|nation|region){_APOS}s\s+", re.IGNORECASE
)
_FILLER = compile_later(r"\b(?:Up to now|So far|Meanwhile|However|Also|also|currently)\b,?\s*")


@lru_cache(maxsize=256)
def _entity_words(entity: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(entity)}\s*(?:{_APOS}s?)?\s*(?:[Pp]rovince\s*)?")


def entity_mentions(
    sentence: str, named: list[tuple[int, str]] | None = None
) -> list[tuple[int, str]]:
    """(offset, name) of the named entities a sentence mentions, anaphora as "<the ...>";
    `named`, when given, are its names as names_in read them."""
    mentions = _names(sentence) if named is None else named
    # "the", "this" and "that" open a match at most word boundaries: most sentences name no
    # province or country at all, which one plain test per noun tells.
    lower = folded(sentence)
    if any(noun in lower for noun in _ANAPHORA_NOUNS):
        for match in finditer_at(_ANAPHORA_START, _ANAPHORA, sentence):
            mentions.append((match.start(), "<anaphora>"))
    mentions.sort()
    return mentions


def _names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of the entities `text` names, in order."""
    names = []
    for match in _ENTITY.finditer(text):
        start = match.start()
        if match["pos"] is not None:
            name = text[start : match.end("pos")]
        elif match["place"] is not None:
            name = text[start : match.end("place")]
        else:
            name = match["prep"]
        name = _COMPASS.sub("", name)
        first = name.split()[0]
        if first in _NOT_ENTITY or name in _NOT_ENTITY:
            continue
        names.append((start, name))
    return names


MAIN_ENTITY_SPAN = 200_000  # the characters the main entity is read from


def names_in(text: str) -> list[tuple[int, str]]:
    """(offset, name) of the entities the start of an article names, for main_entity."""
    return _names(text[:MAIN_ENTITY_SPAN])


def main_entity(text: str, named: list[tuple[int, str]] | None = None) -> str | None:
    """The entity an article names most, for figures whose sentence names none; `named` is
    names_in(text) when it has been read."""
    counts = Counter(name for _, name in (names_in(text) if named is None else named))
    return counts.most_common(1)[0][0] if counts else None


def entity_for(
    mentions: list[tuple[int, str]], offset: int, carried: str | None, default: str | None
) -> str | None:
    """The nearest entity named before the figure in its sentence, else the carried one."""
    best = None
    for position, name in mentions:
        if position > offset:
            break
        best = name
    if best is None:
        after = [name for position, name in mentions if position > offset]
        best = after[0] if after else None
    if best == "<anaphora>" or best is None:
        return carried or default
    return best


_ANY_CUE = compile_later(  # asked only whether it occurs
    word_test(
        "abcefgilopstvw",
        rf"(?:{_TARGET_WORDS}|{_FORECAST_WORDS}|by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\b",
    )
)


@lru_cache(maxsize=64)
def _has_cue(sentence: str) -> bool:
    return _ANY_CUE.search(sentence) is not None


def _names_pattern(names) -> re.Pattern:
    """A pattern that finds whether the text names one of `names` (not which one)."""
    # "US$3.7 billion" names the currency, not the country: "$5 billion (US$3.7 billion)" in
    # a Singapore story is still Singapore dollars first.
    # Each name's first character comes first, then the look-behind at the character before
    # it: opening with plain characters, the pattern lets re skip every other position in a
    # tight loop, where a look-behind first is tried at each.
    rests: dict[str, list[str]] = {}
    for name in names:
        rests.setdefault(name[0], []).append(re.escape(name[1:]))
    branches = "|".join(
        rf"{re.escape(first)}(?<![\w.].)(?:{'|'.join(after)})" for first, after in rests.items()
    )
    return re.compile(rf"(?:{branches})(?![\w]|\s?\$)")


_DOLLAR_PLACES = {code: _names_pattern(names) for code, names in vocab.DOLLAR_PLACES.items()}
_US = _names_pattern(vocab.US_NAMES)


# "12.4 billion yuan ($1.84 billion)": a bare "$" in brackets after an amount converts it, and
# news converts to US dollars, whatever other places the story names.
_CONVERTED_TO_DOLLARS = compile_later(r"\w\s*\(\s*(?:about\s+|around\s+|nearly\s+|some\s+)?\$\s?\d")


def local_dollar(text: str) -> str | None:
    """The currency a bare "$" is in this article, when it is not the US dollar: the one
    dollar place the article names, where it names no other and not the United States, and
    converts no amount into bare dollars."""
    if "$" not in text or _US.search(text) or _CONVERTED_TO_DOLLARS.search(text):
        return None
    named = [code for code, place in _DOLLAR_PLACES.items() if place.search(text)]
    return named[0] if len(named) == 1 else None


# Each family of LOCAL_CURRENCIES: its written forms, and each code's places as one pattern.
_LOCAL_FAMILIES = tuple(
    (frozenset(forms), {code: (names, _names_pattern(names)) for code, names in places.items()})
    for forms, places in vocab.LOCAL_CURRENCIES
)
# Every family's forms as words, in one pattern: "rs" and "sh" are inside most texts' words,
# and one pass over the article says which forms it writes.
_LOCAL_FORMS = {form for forms, _ in _LOCAL_FAMILIES for form in forms}
_LOCAL_FORM = compile_later(
    rf"(?i:{'|'.join(re.escape(f) for f in sorted(_LOCAL_FORMS, key=len, reverse=True))})(?!\w)"
)
_LOCAL_FORM_START = compile_later(
    word_test("".join(sorted({f[0] for f in _LOCAL_FORMS})), _LOCAL_FORM.pattern)
)


def local_currencies(text: str) -> dict[str, str]:
    """The currency each form several currencies share means in this article ("rupees" ->
    "PKR"), where the article names one of their places at least twice as often as any other;
    forms with no such place are left out, and keep the reading of the form alone."""
    written = {m.group().lower() for m in finditer_at(_LOCAL_FORM_START, _LOCAL_FORM, text)}
    local: dict[str, str] = {}
    for forms, places in _LOCAL_FAMILIES:
        if not written & forms:
            continue
        counts = sorted(
            (
                (len(place.findall(text)) if any(n in text for n in names) else 0, code)
                for code, (names, place) in places.items()
            ),
            reverse=True,
        )
        top, code = counts[0]
        runner_up = counts[1][0] if len(counts) > 1 else 0
        if top and top >= 2 * runner_up:
            local.update(dict.fromkeys(forms, code))
    return local


def status_for(
    sentence: str, offset: int, published_year: int | None, end: int | None = None
) -> str:
    """fact, target or forecast, from the cue words that govern the figure (which ends at
    `end`): those before it in its clause, and after it only those of its own words, up to a
    comma or a comparison ("2 million tonnes is expected", "the 11.3 trillion target"; not
    "13.5 trillion in 2024, exceeding the target")."""
    if _EXPECTATION_OF.search(sentence, max(0, offset - 40), offset):
        return "forecast"
    if _TARGET_OF.search(sentence, max(0, offset - 40), offset):
        return "target"  # also when a fact is compared with it: "against a target of 4.8bn"
    if not _has_cue(sentence):  # most sentences: one scan, cached for all their figures
        return "fact"
    breaks, first_target = _cues(sentence)
    own_clause = _after_past_verb(sentence, offset)
    if first_target is not None and own_clause <= first_target < offset:
        # A target announced earlier in the sentence governs what follows it.
        return "target"
    start, stop = own_clause, len(sentence)
    previous = None  # the clause before the figure's, when a break opens the figure's
    opened = None  # the break that opens the figure's clause
    for break_start, break_end in breaks:
        if break_end <= offset:
            if break_end > start:
                previous, start = (start, break_start), break_end
                opened = (break_start, break_end)
        elif break_start >= offset:
            stop = break_start
            break
    after = sentence[offset if end is None else end : stop]
    if _RESTATING.search(sentence, max(0, offset - 20), offset) and "," in after:
        # The figure restates the one before ("3.3 trillion naira, or 4% of GDP, is
        # projected"): the comma closing the restatement does not end its words.
        before_comma, _, after = after.partition(",")
        after = f"{before_comma} {after}"
    own = _own_words_after(after)
    if end is not None and _SHARE_OF_A_PLAN.match(own) and _PERCENT_END.search(sentence, 0, end):
        # "80 per cent of the annual target", "90% of the targeted 6.5 trillion": the words
        # name the whole the share is of; the share itself is stated as fact.
        own = ""
    # "§" keeps a comparison before the figure from reading on past it.
    status = _clause_status(f"{sentence[start:offset]} § {own}", published_year)
    if (
        status == "fact"
        and previous is not None
        and opened is not None
        and "which" in sentence[opened[0] : opened[1]]
        and _WHICH_RESTATES.match(sentence, opened[1])
    ):
        # "projected a deficit of D, which is 2.97 per cent of GSDP worth G": a clause with
        # no cue of its own restates the figure before it, whose status it shares.
        return _clause_status(sentence[previous[0] : previous[1]], published_year)
    if status == "fact" and previous is not None and not _VERB.search(sentence, start, offset):
        # A clause without a verb shares the one before it: "Revenue is projected at 6.1
        # trillion, and spending at 9.4 trillion"; read up to a comparison, whose target is
        # not the clause's own ("beating the target").
        clause = sentence[previous[0] : previous[1]]
        compared = _COMPARISON.search(clause)
        return _clause_status(clause[: compared.start()] if compared else clause, published_year)
    return status


@lru_cache(maxsize=64)
def _cues(sentence: str) -> tuple[list[tuple[int, int]], int | None]:
    """Clause breaks and where the first target cue is, read once per sentence; a target
    something is compared with ("beating the 5.9 trillion target") announces none."""
    first = None
    for target in _TARGET.finditer(sentence):
        if _SURVEY_CUE.search(sentence, max(0, target.start() - 80), target.end()):
            continue
        lead = sentence[max(0, target.start() - 60) : target.start()]
        compared = [m.end() for m in _COMPARISON.finditer(lead)]
        if not compared or "," in lead[compared[-1] :]:
            first = target.start()
            break
    return [m.span() for m in _CLAUSE_BREAK.finditer(sentence)], first


# A comma or a colon, then a verb of a finished event: what comes before is another clause
# ("The mine, which would close a decade later, produced 3 million tonnes").
# A verb in -ed counts too ("carried"), unless a plan word or a participle ("boosted by").
_COMMA_PAST_VERB = compile_later(
    rf"[,:][^,:;]*?\b(?:{lx.trie(lx.PAST_VERBS)}|(?!{lx.trie(lx.NOT_PAST_ED)}\b)[a-z]{{2,}}ed"
    r"(?!\s+by\b))\b",
    re.IGNORECASE,
)


def _after_past_verb(sentence: str, offset: int) -> int:
    """Where the figure's own clause starts, if a past verb after a comma or a colon opens
    it; else 0."""
    start = 0
    if "," in sentence[:offset] or ":" in sentence[:offset]:
        for match in _COMMA_PAST_VERB.finditer(sentence, 0, offset):
            start = match.start() + 1
    return start


# Where a figure's own words end: a comma (past an "or" restatement, ", or 4% of GDP,"), a
# bracket, a colon, a comparison with something else, or another figure.
_OWN_WORDS_END = compile_later(
    rf"[,;:(\u2014]|\s-\s|\b{lx.trie(lx.COMPARISON_WORDS)}\b"
    # Another figure, not a year: "105% of the 2 million tonnes target" is the 2 million's.
    r"|(?<![\w.])(?!(?:19|20)\d\d\b)\d",
    re.IGNORECASE,
)


_RESTATING = compile_later(r",\s+or\s+(?:about\s+|around\s+|some\s+)?$")
_WHICH_RESTATES = compile_later(
    r"\s+(?:is|was|represents|represented|amounts\s+to|amounted\s+to|equals|equalled)\b"
)


_PERCENT_END = compile_later(r"(?:%|\bper\s?cent)\s*$", re.IGNORECASE)


_COMPARISON = compile_later(rf"\b{lx.trie(lx.COMPARISON_WORDS)}\b", re.IGNORECASE)


def _own_words_after(text: str) -> str:
    """The words after a figure that can still govern it, up to a comma or a comparison."""
    cut = _OWN_WORDS_END.search(text)
    if cut is None:
        return text
    if cut.group().startswith(","):
        # A restatement ("3.3 trillion naira, or 4% of GDP, is projected") keeps the words
        # after it; anything else after a comma is another clause.
        restated = re.match(r",\s+or\s+[^,;]*,", text[cut.start() :])
        if restated is not None:
            rest = text[cut.start() + restated.end() :]
            return text[: cut.start()] + " " + _own_words_after(rest)
    if cut.group() == "(" and _UNIT_WORDS.fullmatch(text, 0, cut.start()):
        # A restatement in brackets right after the figure and its unit ("597 billion
        # shillings ($4.6 billion) will be plugged") keeps the words after it, as the ", or"
        # one does.
        bracket = _BRACKETED.match(text, cut.start())
        if bracket is not None:
            return text[: cut.start()] + " " + _own_words_after(text[bracket.end() :])
    own = text[: cut.start()]
    if cut.group()[0].isdigit():
        # "96% of its target of 500,000": "target of" names the next figure.
        own = _NAMES_NEXT.sub("", own)
    return own


_BRACKETED = compile_later(r"\(\s*[^(),;]{0,40}\)")
_UNIT_WORDS = compile_later(r"\s*(?:[A-Za-z$€£¥.\-]+\s*){0,2}")
_TARGET_NOUN = rf"(?:{'|'.join(lx.TARGET_NOUNS)})s?"
_EXPECTATION_NOUN = rf"(?:(?:{'|'.join(lx.EXPECTATION_NOUNS)})s?|consensus)"
_NAMES_NEXT = compile_later(
    rf"\b(?:{_TARGET_NOUN}|{_EXPECTATION_NOUN})\s+(?:of|for)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


# A share's whole that is a plan: "of the annual target", "of its full-year goal", "of the
# targeted", "of the total planned spending". A determiner or an owner opens it: "3% of GDP
# target" is the target itself.
_SHARE_OF_A_PLAN = compile_later(
    r"\s*of\s+(?:the|its|their|his|her|our|this|[\w\-]+['’]s?)\s+(?:[\w'’\-]+\s+){0,3}?"
    rf"(?:{_TARGET_NOUN}|{_EXPECTATION_NOUN}|budget(?:ed)?|planned|targeted|projected|expected"
    r"|forecast|plan)\b",
    re.IGNORECASE,
)


# A fact compared with a forecast ("more than economists had expected", "higher than
# forecast", "up 4% from its June estimate") is still a fact: the comparison is taken out
# before looking for cues.
_THAN_EXPECTED = compile_later(
    r"\b(?:than|had|as|compared\s+(?:with|to)|against|versus|beat(?:ing|s)?|miss(?:ed|ing)?|"
    r"above|below|ahead\s+of|short\s+of|topp(?:ed|ing)|(?:from|over)(?=\s+(?:its|their|the|an?)\s))"
    r"\s+(?:[\w'’\-]+\s+){0,3}?(?:expected|"
    rf"predicted|anticipated|projected|{_EXPECTATION_NOUN})\b"
    # "exceeding the government's target", "short of its goal": a target compared against.
    rf"|\b{lx.trie(lx.COMPARISON_WORDS)}\s+(?:[\w'’\-]+\s+){{0,3}}?(?:{_TARGET_NOUN}|"
    r"budget(?:ed)?|plans?|planned|aims?)\b",
    re.IGNORECASE,
)
# The figure that is the expectation itself: "compared with forecasts of $4.8bn".
_EXPECTATION_OF = compile_later(  # asked only whether it matches
    word_test(
        "".join(sorted({noun[0] for noun in (*lx.EXPECTATION_NOUNS, "consensus")})),
        rf"{_EXPECTATION_NOUN}\s+(?:of|for)\s+(?:about\s+|around\s+)?$",
    )
)


# A target or a forecast that a fact is measured against, the comparison stated as fact:
# "13% above the 11.3 trillion target", "beating forecasts of 4.8 billion".
_COMPARED_AGAINST = compile_later(
    # Up to three words between: "the central bank's", "analysts'". A share of a target
    # compares too: "96% of the annual target of 500,000".
    rf"(?:\b{lx.trie(lx.COMPARISON_WORDS)}|(?:%|\bper\s?cent)\s+of)\s+(?:[\w\-]+(?:['’]s?)?\s+)"
    rf"{{0,3}}?(?:(?:{_TARGET_NOUN}|{_EXPECTATION_NOUN}|budget(?:ed)?|planned)\s+(?:of|for)\s+)?"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)


def compared_against(sentence: str, offset: int) -> bool:
    """The figure at `offset` is what another figure of its sentence is measured against
    ("Revenue was 12.8 trillion, 13% above the 11.3 trillion target")."""
    return _COMPARED_AGAINST.search(sentence, max(0, offset - 60), offset) is not None


# The figure that is the target itself: "against a target of 4.8 billion", "its goal of".
_TARGET_OF = compile_later(  # asked only whether it matches
    word_test(
        "".join(sorted({noun[0] for noun in lx.TARGET_NOUNS})),
        rf"{_TARGET_NOUN}\s+(?:of|for)\s+(?:about\s+|around\s+)?$",
    )
)


# "38% of voters said they would back the plan": what people said they would do is a survey's
# finding, not a forecast of the figure ("the minister said it would reach 5%" still is one).
_PEOPLE_WOULD = compile_later(
    r"\b(?:said|say|says|told\s+\w+|replied|answered|reported)\s+(?:that\s+)?"
    r"(?:they|he|she|we|I|you)\s+would\b",
    re.IGNORECASE,
)


# "58% of Green voters now plan to switch", "44% think she would win": the share of people who
# say what they intend or expect is what the survey found, a fact. Read only right after the
# figure ("§"), so "the firm plans to hire 3,000" stays a plan and "5 million tonnes expected
# to" a forecast (no people, and "expected" is no answer).
_SURVEY_WORDS = (
    r"\s*(?:of\s+(?:the\s+|all\s+|those\s+)?(?:[\w'’\-]+\s+){0,3}?"
    rf"(?:{'|'.join(lx.SURVEYED_PEOPLE)}|[A-Z][\w'’\-]*[a-z]s)\s+)?"
    r"(?:(?:now|still|also|currently)\s+)?"
    r"(?:(?:plan|intend|want|hope|expect)s?\s+(?:[\w'’\-]+\s+){0,2}?to"
    r"|(?:think|believe|say|said|feel|expect)s?\s+(?:that\s+)?(?:[\w'’\-]+\s+){1,3}?"
    r"(?:would|will|could))\b"
)
_PERCENT_AFTER = r"(?:%|\bper\s?cent|\bpercent)"
_SURVEY_ANSWER = compile_later(rf"(?:§|{_PERCENT_AFTER}){_SURVEY_WORDS}")
# The same words as a target cue of the sentence: "58% plan to back X, while 31% said ...".
_SURVEY_CUE = compile_later(rf"{_PERCENT_AFTER}{_SURVEY_WORDS}$")


@lru_cache(maxsize=256)
def _clause_status(clause: str, published_year: int | None) -> str:
    clause = _THAN_EXPECTED.sub(" ", clause)
    if "ould" in clause:
        clause = _PEOPLE_WOULD.sub(" ", clause)
    clause = _SURVEY_ANSWER.sub("§", clause)
    by_year = _BY_YEAR.search(clause)
    future = by_year and (published_year is None or int(by_year.group(1)) >= published_year)
    if _TARGET.search(clause):
        return "target"
    forecast = _FORECAST.search(clause)
    if forecast and not future and _only_modal(clause) and _past_year_only(clause, published_year):
        # A retrospective published later: "in 2019 the port will have handled ..." or
        # "2016 will be remembered as the year output reached ..." states a past fact.
        return "fact"
    if forecast or future:
        return "forecast" if not future or forecast else "target"
    return "fact"


_MODAL = compile_later(r"\b(?:will|would)\b(?!\s+have\s+(?:let|been\s+able|allowed))", re.I)


def _only_modal(clause: str) -> bool:
    """The clause's forecast cues are all "will"/"would", not "expected" or "projected"."""
    cues = _FORECAST.findall(clause)
    return bool(cues) and len(_MODAL.findall(clause)) == len(cues)


def _past_year_only(clause: str, published_year: int | None) -> bool:
    """The clause names years, and every one is before the year of publication."""
    if published_year is None:
        return False
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", clause)]
    return bool(years) and max(years) < published_year


def period_for(
    sentence: str, found: Found, offset: int, end_offset: int, default: str | None
) -> str | None:
    """The year (or span of years) a figure is for."""
    after = _YEAR_AFTER.match(sentence, end_offset)
    when = after.start("when") if after else 0
    if after and not _BASE_BEFORE.search(sentence, max(0, when - 40), when):
        return _period_after(after)
    clause_start = max(sentence.rfind(";", 0, offset), sentence.rfind(", with", 0, offset), 0)
    before = None
    years = _years_of(sentence)
    # The last year stated in the figure's clause before it, else the first one after it;
    # a base year ("compared with 2019", "from 2012") is what the figure is measured
    # against, not its period.
    for start, end, period, base in years:
        if base:
            continue
        if start >= offset:
            before = before or period
            break
        if start >= clause_start and end <= offset:
            before = period
    if found.kind in ("percent", "pp", "multiple"):
        # "rose 32 percent from 2012" in a sentence about 2016: the change spans 2012/2016.
        base_year = _BASE_AFTER.match(sentence, end_offset)
        own = before or default
        if base_year and own and "/" not in own and int(own) > int(base_year.group(1)):
            return f"{base_year.group(1)}/{own}"
    return before or default


@lru_cache(maxsize=64)
def _years_of(sentence: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The years and spans of years a sentence states, read once for all its figures."""
    out = []
    for match in _YEAR.finditer(sentence):
        period = year_span(match.group(1), match.group(2), match["day"])
        base = _BASE_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
        span = _SPAN_TO.match(sentence, match.end()) if base and "/" not in period else None
        if span and int(span.group(1)) > int(period):
            # "from 2013 to 2016": the span itself, not a base year.
            out.append((match.start(), span.end(), f"{period}/{span.group(1)}", False))
        else:
            out.append((match.start(), match.end(), period, base is not None))
    if "FY" in sentence or "iscal" in sentence:
        out.extend(
            (m.start(), m.end(), fiscal_year(m.group(1)), False) for m in _FISCAL.finditer(sentence)
        )
        out.sort()
    return tuple(out)


# "compared to the 52.4 billion recorded in 2022": the year of a base, not of the news.
_OF_A_BASE_FIGURE = compile_later(  # asked only whether it matches
    word_test(
        "acftv",
        r"(?:from|than|compared\s+(?:with|to)|against|versus)\s+(?:the\s+)?\S*\d[^,;]{0,40}$",
    )
)


def stated_year(sentence: str) -> int | None:
    """The last year the sentence states as a figure's own (not a base of comparison), the
    last year of a span; None when it states none."""
    own = [
        period
        for start, _, period, base in _years_of(sentence)
        if not base and not _OF_A_BASE_FIGURE.search(sentence, max(0, start - 60), start)
    ]
    return int(own[-1][-4:]) if own else None


def year_span(first: str, second: str | None, day: str | None = None) -> str:
    """The period of "2016-2021", "2023-24" (a span) or "2022-01", "2018-02-15" (a date).

    A date is read as its year: a figure near a dateline is rarely about that one day, and
    a second part that would end before the first ("2022-01") is a month, not a span."""
    if second is None or day:
        return first
    end = second if len(second) == 4 else first[:2] + second
    return f"{first}/{end}" if int(end) > int(first) else first


def _period_after(after: re.Match[str]) -> str:
    """The period a `_YEAR_AFTER` match names: a span, a fiscal year or a year."""
    year = after["year"] or after["short"]
    if after["end"]:
        first = year if len(year) == 4 else "20" + year
        return year_span(first, after["end"])
    return fiscal_year(year) if after["fiscal"] or after["short"] else year


def fiscal_year(year: str) -> str:
    """ "FY18" -> "2017/2018": a fiscal year straddles two years and ends in the named one."""
    end = int(year if len(year) == 4 else "20" + year)
    return f"{end - 1}/{end}"


def metric_for(
    sentence: str, found: Found, offset: int, end_offset: int, entity: str | None
) -> str:
    """A short noun phrase naming what the figure measures (a draft for the editor)."""
    after_phrase = _AFTER_PHRASE.match(sentence, end_offset)
    if after_phrase and (
        _JUST_A_YEAR.fullmatch(after_phrase.group(1)) or names_a_period(after_phrase.group(1))
    ):
        after_phrase = None  # "21.9 percent of 2016": a period, not what is measured
    if found.kind == "pp":
        gap = _PP_AFTER.match(sentence, end_offset)
        if gap:
            return f"gap to {_clean(gap.group(1), entity)}"
    if found.kind in ("number", "measure") and found.unit is None:
        counted = _COUNTED.match(sentence, end_offset)
        if (
            counted
            and not counted.group().strip().lower().startswith(("of ", "in "))
            # "300,000 fewer than a year before": a comparison follows, not what is counted
            and not _COMPARATIVE_LEAD.match(counted.group().strip())
        ):
            return _clean(counted.group(), entity) or "count"
    subject = _subject(sentence, offset, entity)
    thing = _object(sentence, offset, entity) if found.kind in ("money", "measure") else ""
    if thing and thing.lower() != subject.lower():
        subject = f"{thing}, {subject}" if subject else thing
    if found.kind in ("percent", "pp", "multiple", "bp"):
        rate = _RATE_WORDS.search(sentence, max(0, offset - 60), offset)
        if rate:
            label = rate.group(1).lower()
            return f"{label}, {subject}" if subject else label
        whole = _THE.sub("", after_phrase.group(1).lower()) if after_phrase else ""
        if after_phrase and _WHOLE_GDP.search(whole):
            return (
                f"{subject}, share of {_clean(after_phrase.group(1), None)}"
                if subject
                else f"share of {_clean(after_phrase.group(1), None)}"
            )
        if after_phrase:
            return f"{_clean(after_phrase.group(1), entity)}"
    if subject:
        return subject
    if after_phrase:
        return _clean(after_phrase.group(1), entity)
    # "- of which Domestic: 10.3 million": a list's label names its figure.
    label = _LABEL_BEFORE.search(sentence, max(0, offset - 80), offset)
    return (_clean(label.group(1), entity) if label else "") or "value"


_LABEL_BEFORE = compile_later(
    r"(?:^|[;•\-–—]\s*)(?:of\s+which\s+)?([A-Za-z][\w'’ \-]{1,60}?)\s*:\s*$", re.I
)
_TRAILING = compile_later(
    r"(?:(?:^|\s+)(?:of|in|at|to|by|for|with|was|were|is|are|the|and|a|an|"
    r"reaching|exceeding|worth|totaling|totalling|amounting|from|soared|"
    r"rose|grew))+\s*$",
    re.IGNORECASE,
)
_OBJECT_VERB = compile_later(rf"{_PLAIN_VERB}|\b(?:with|including)\b", re.IGNORECASE)
_OBJECT_VERB_START = compile_later(  # where one starts: _OBJECT_VERB.match reads it there
    word_test(
        "".join(sorted({w[0] for w in _VERB_WORDS} | {"w", "i"})),
        rf"{lx.trie(_VERB_WORDS)}\b|(?:with|including)\b",
    )
)
_OBJECT_HEAD = compile_later(
    r"^(?:(?:annual|year-on-year)\s+)?(?:growth|increase|rise)\s+(?:in|of)"
    r"\s+",
    re.IGNORECASE,
)


def _last_verb_end(window: str) -> int | None:
    """Where the last of _OBJECT_VERB.finditer(window) ends."""
    last = None
    for verb in finditer_at(_OBJECT_VERB_START, _OBJECT_VERB, window):
        last = verb.end()
    return last


def _object(sentence: str, offset: int, entity: str | None) -> str:
    """What sits between the verb and the figure: "recorded operating revenue of X"."""
    window = sentence[max(0, offset - 80) : offset]
    last = _last_verb_end(window)
    if last is None:
        return ""
    phrase = window[last:]
    pieces = _FIGURE_OR_COMMA.split(phrase)
    phrase = pieces[-1]
    if len(pieces) > 1:
        # "with exports at $21.18 billion and imports at": after a figure, what it counts
        # ("billion") ends at the conjunction; the next figure's thing follows it, and with
        # no conjunction ("exports of $6.5 billion by") there is none.
        joined = _AND_AFTER_FIGURE_WORDS.match(phrase)
        phrase = phrase[joined.end() :] if joined else ""
    phrase = _OBJECT_HEAD.sub("", _TRAILING.sub("", phrase.strip()))
    phrase = _OBJECT_LEAD.sub("", phrase)
    if _COMPARISON_LEAD.match(phrase):
        return ""  # "rising 6% on a year earlier to": what it is compared with, not a thing
    words = phrase.split()
    return _clean(phrase, entity) if 1 <= len(words) <= 6 else ""


# The first character consumed as a set, so re skips the positions outside it; each kind of
# break opens with its own character, so each match is the one the look-ahead form gave.
_SUBJECT_BREAK = compile_later(
    r"[;:,w](?:(?<=[;:])|(?<=,)\s+(?:with|while|whereas|and|but|so|accounting|which|"
    # ", as exports rose to": a clause of its own ("as of June", "as well as" are not)
    r"as(?!\s+(?:of|well|much|many|high|low|large|little|far|long|part|a|an)\b))\b|"
    r"(?<=\bw)ith\b)"
)


def _subject(sentence: str, offset: int, entity: str | None) -> str:
    ends = _subject_breaks(sentence)
    start = ends[bisect_right(ends, offset) - 1] if ends and ends[0] <= offset else 0
    verb = _first_verb(sentence, start)
    if verb is None or verb[1] > offset:
        return ""
    head = sentence[start : verb[0]]
    # "Imports of $8.2 billion exceeded exports of B": the subject's own figure is no part of
    # what a figure after the verb measures.
    own = _OWN_FIGURE.search(head)
    return _subject_head(head[: own.start()] if own else head, entity)


@lru_cache(maxsize=64)
def _subject_breaks(sentence: str) -> list[int]:
    """Where the clauses of a sentence start, read once for all its figures. "and" right
    after a figure opens one when a subject of its own and its verb follow ("Exports totaled
    E and imports reached I"); "E and rose 5%" goes on with the first subject."""
    breaks = [match.end() for match in _SUBJECT_BREAK.finditer(sentence)]
    for match in _AND_AFTER_A_FIGURE.finditer(sentence):
        verb = _first_verb(sentence, match.end())
        if verb is not None and _subject_head(sentence[match.end() : verb[0]], None):
            breaks.append(match.end())
    return sorted(breaks)


# "... $2.5 billion and imports ...": up to two words of unit or scale after the figure.
_AND_AFTER_A_FIGURE = compile_later(r"\d(?:\s*[%$€£¥\w]+){0,2}?\s+and\s+(?=(?:the\s+)?[A-Za-z])")


# The figures of one clause share its subject: both steps are cached per sentence and clause.
@lru_cache(maxsize=256)
def _first_verb(sentence: str, start: int) -> tuple[int, int] | None:
    found = _VERB_START.search(sentence, start)
    verb = _VERB.match(sentence, found.start()) if found else None
    return verb.span() if verb else None


@lru_cache(maxsize=256)
def _subject_head(head: str, entity: str | None) -> str:
    # "HANGZHOU, ZHEJIANG, CHINA, March 8, 2023 /EINPresswire.com/ -- In 2022, the value":
    # a wire dateline is not the subject.
    head = head.rpartition(" -- ")[2]
    head = _LEAD_IN.sub("", _BRACKETS.sub(" ", head).strip())
    if "," in head:
        # "The cluster in Hefei, Anhui province, led by X, recorded": keep the head noun.
        parts = [p for p in head.split(",") if len(p.split()) >= 2]
        head = parts[0] if parts else head
    return _clean(head, entity)


@lru_cache(maxsize=1024)
def _clean(phrase: str, entity: str | None) -> str:
    phrase = " ".join(phrase.split()).strip(" ,;:-")
    phrase = _LEAD_IN.sub("", phrase)
    if entity:
        phrase = _entity_words(entity).sub("", phrase)
    phrase = _PLACE_POSSESSIVE.sub("", phrase)
    phrase = _FILLER.sub("", phrase)
    phrase = _LEAD_IN.sub("", phrase.strip(" ,;:-"))
    phrase = _TRAILING.sub("", phrase)
    words = phrase.split()
    return " ".join(words[-10:]).strip(" ,;:-") if words else ""


# Words that name no quantity: a metric made only of these is a placeholder ("value",
# "That", "units", "set"), and the drafter looks further for what the figure measures.
_NOT_A_METRIC = frozenset(
    re.findall(
        r"\S+",
        """
        the a an of in on at for to and or with by from as than about around over nearly
        this that these those it its they their them he she we which who what there here
        is was were are be been has have had will would set reached rose fell grew came
        value figure figures number numbers amount count total units unit percent per cent
        pct times people yuan dollars euros pounds year years month months up down some
        same last one also so such all more less s next respectively equal
        increase increases increased increasing decrease decreased decreasing decline
        declined growth rise fall drop gain year-on-year yoy compared approaching
        surpassing exceeding
        """,
    )
)
_METRIC_WORD = compile_later(r"[A-Za-z0-9’']+")


# Asked two or three times of every figure's metric, and metrics repeat across an article.
@lru_cache(maxsize=4096)
def is_placeholder(metric: str) -> bool:
    """The metric names nothing measured: empty, a pronoun, a verb, a unit word."""
    words = _METRIC_WORD.findall(_BRACKETS.sub(" ", metric).lower())
    return not words or all(w in _NOT_A_METRIC for w in words)


# "That is up 12%", "It rose", "The figure was": the subject is the figure of the sentence
# before.
_REFERS_BACK = compile_later(
    r"^\s*(?:(?:But|And|Meanwhile|However|Still),?\s+)?(?:That|This|It|These|"
    r"(?:The|This|That)\s+(?:figure|number|total|amount|tally|result|reading|level))\b"
    r"(?!\s+(?:is|was)\s+(?:because|why|how|what|when))",
)


def refers_back(sentence: str) -> bool:
    """The sentence's subject is a pronoun or "the figure" standing for an earlier figure."""
    return _REFERS_BACK.match(sentence) is not None


# The noun phrase a figure is linked to just before it: "total revenue of", "hydropower
# accounts for", "wind power" (a list that leaves the verb out), "revenue generated at".
# These end-anchored searches start only where no letter precedes: a match that starts inside
# a word also matches from the word's first letter, so the leftmost match is the same, and the
# search no longer tries the phrase from every letter of every word of the window.
_LINK_BEFORE = compile_later(
    r"(?<![A-Za-z])(?P<np>(?:[A-Za-z][\w’'\-]*\s+){0,5}?[A-Za-z][\w’'\-]*)\s+"
    r"(?:[a-z]+ed\s+)?"
    r"(?:(?:of|at|to|for|was|were|is|are|hit|reached|totaled|totalled|stood\s+at|came\s+to|"
    r"amounted\s+to|accounts?\s+for|accounted\s+for|surpassed|passed|exceeded|topped|added|"
    r"sold|(?:rose|fell|grew|increased|decreased|dropped|declined|jumped|climbed|expanded)"
    r"\s+(?:to|by)|totall?ing|worth)\s+)?"
    r"(?:an?\s+)?"
    r"(?:(?:about|around|nearly|almost|over|more\s+than|less\s+than|some|roughly|"
    r"approximately|up\s+to|a\s+total\s+of)\s+)?$",
    re.IGNORECASE,
)
_NP_STOP = compile_later(
    rf"^(?:.*\b(?:{lx.trie(_VERB_WORDS)}|puts?|shows?|showed|brings?|brought|takes?|took|makes?|made|gives?|gave|sees|"
    r"which|that|who|where|when|while|as|but|"
    r"after|before|than|with|by|among|between)\s+)?(?:(?:in|at|on|for|from|of|to|its|their|"
    r"his|her|our|the|a|an|this|these|those)\s+)*",
    re.IGNORECASE,
)
_FIGURE_END = compile_later(r"[\d%]")
_JOINT = compile_later(r"\b(?:and|or|while|but)\s+")
_PAST_VERB = compile_later(r"^.*?\S\s+[a-z]+ed\s+(?=\S)")
_CLAUSE_OPEN = compile_later(r".*(?:[,;:()\"“”]|\s--\s|\s[-–—]\s)", re.DOTALL)


# "exports, which gained 10.8 percent": the noun the relative clause is about.
_RELATIVE = compile_later(
    r"(?<![A-Za-z])(?P<np>(?:[A-Za-z][\w’'\-]*\s+){0,3}?[A-Za-z][\w’'\-]*),\s+"
    r"(?:which|that)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:(?:by|of|to|at)\s+)?(?:an?\s+)?$"
)

# "non-tax revenue, at over 33.7 billion": the noun the apposition is about.
_APPOSITION = compile_later(
    r"(?<![A-Za-z])(?P<np>(?:[A-Za-z][\w’'\-]*\s+){0,3}?[A-Za-z][\w’'\-]*),\s+"
    r"(?:at|of|totall?ing|worth)\s+"
    r"(?:(?:about|around|nearly|almost|over|more\s+than|less\s+than|some|roughly)\s+)?$"
)

# "social security ($780 billion)": the noun the bracketed figure belongs to.
_PAREN = compile_later(
    r"(?<![A-Za-z])(?P<np>(?:[A-Za-z][\w’'\-]*\s+){0,3}?[A-Za-z][\w’'\-]*)\s*\($",
)

_ENDS_IN_FIGURE = compile_later(r"\d\s*$")
_WENT_TO = compile_later(r"^.*\b(?:went|go|goes|going)\s+to\s+", re.IGNORECASE)


def metric_before(sentence: str, offset: int, entity: str | None) -> str:
    """The noun phrase that leads to the figure in its clause, or "" when none does."""
    window = _BRACKETS.sub(" ", sentence[max(0, offset - 100) : offset])
    linked = _linked(window, entity)
    if linked:
        return linked
    # The first two need a comma, the third an open bracket: a plain test rules out most
    # windows before the end-anchored searches (tried at every position) run.
    relative = (
        ("," in window and (_RELATIVE.search(window) or _APPOSITION.search(window)))
        or ("(" in window and _PAREN.search(window))
        or None
    )
    if (
        relative
        and not _FIGURE_OR_COMMA.search(relative["np"])
        # "652 billion yuan ($98.5 billion)": a conversion, not a noun and its figure
        and not _ENDS_IN_FIGURE.search(window, 0, relative.start())
    ):
        phrase = _WENT_TO.sub("", _NP_STOP.sub("", relative["np"]))
        cleaned = _clean(without_periods(phrase), entity)
        if not is_placeholder(cleaned):
            return cleaned
    return ""


def _linked(window: str, entity: str | None) -> str:
    """ "total revenue of", "hydropower accounts for": the phrase a link word ties to it."""
    opened = _CLAUSE_OPEN.match(window)
    window = window[opened.end() :] if opened else window
    figures = list(_FIGURE_END.finditer(window))
    if figures:
        # "A accounts for 42 MW and B for 17 MW": the phrase after the joint is B's.
        joint = _JOINT.search(window, figures[-1].end())
        window = window[joint.end() :] if joint else ""
    # "NEV sales in the first half of the year came to": the period is not the metric.
    window = without_periods(window, tidy=False)
    if not window.strip() or _FIGURE_OR_COMMA.search(window):
        return ""
    match = _LINK_BEFORE.search(window)
    if match is None:
        return ""
    # "activities generated net cash flow of": a past-tense verb inside the phrase ends the
    # subject; a first word in -ed ("Adjusted net profit") is part of the name.
    phrase = _NP_STOP.sub("", _PAST_VERB.sub("", match["np"]))
    if not phrase:
        return ""
    cleaned = _clean(phrase, entity)
    return "" if is_placeholder(cleaned) else cleaned
