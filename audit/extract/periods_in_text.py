"""Periods shorter than a year, and periods named relative to another: "in June", "the first
half", "Q3", "January-May", "the same month last year", "a year earlier", "last year".

Each expression is resolved against an anchor: a year the text states with it, else the
sentence's own year, else the year of publication; "the same month last year" and "a year
earlier" move the period the context is about back one year. The results are in the forms the
claims grammar reads (2023, 2023-06, 2023-01/2023-06), never anything it would refuse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from audit import vocabulary as vocab
from audit.extract.folded import folded
from audit.lazy_regex import compile_later

_MONTH_WORDS = sorted(
    {name.capitalize() for name in vocab.MONTH_NUMBERS} | {"Sept"}, key=len, reverse=True
)
_M = rf"(?:{'|'.join(_MONTH_WORDS)})\b\.?"
_ORD = "|".join(sorted(vocab.PART_ORDINALS, key=len, reverse=True))
_COUNT = "|".join(
    [*sorted({**vocab.UNIT_WORDS, **vocab.TEEN_WORDS}, key=len, reverse=True), r"\d{1,2}"]
)
# What may follow a period to give its year: "of 2023", "last year", "of the year".
_TAIL = (
    r"(?:,?\s+(?:of\s+|in\s+)?(?:(?:the\s+)?(?:(?P<year>(?:19|20)\d\d)\b(?!-\d)"
    r"|(?P<rel>last|this|previous|prior|current|next)\s+year\b(?!-)|year\b(?!-))))?"
)
# Case-blind: "In March" opens many sentences.
_PREP = (
    r"(?i:in|for|during|of|since|until|by|through|than|from|to|at|over|between|on|"
    r"compared\s+(?:with|to)|against|versus|vs\.?)"
)
_I = re.IGNORECASE
_TO_MONTH = rf"\s*(?:[-–]|to|through|and|until|till)\s*{_M}"
# Months are matched in their capitalized spelling only: "may" is also a verb.
_MONTH_ALONE = compile_later(
    rf"(?:\b{_PREP}\s+(?:the\s+month\s+of\s+)?|\bmonth\s+of\s+)(?P<m1>{_M})"
    rf"(?!\s*\d{{1,2}}\b(?!\d)|{_TO_MONTH})(?:{_TAIL}|\s+(?P<year2>(?:19|20)\d\d)\b)"
    rf"|\b(?P<m1b>{_M})(?!\s*\d{{1,2}}\b(?!\d))\s+(?P<year3>(?:19|20)\d\d)\b"
    # "May exports", "January imports": a month before the noun it dates
    rf"|\b(?P<m1c>{_M})(?=\s+[a-z])(?!\s+(?:to|and|through|until|till|or)\b)"
)
_MONTH_RANGE = compile_later(
    rf"\b(?:(?i:from|between)\s+)?(?P<m1>{_M})\s*(?:[-–]|to|through|and|until|till)\s*"
    rf"(?P<m2>{_M})(?!\s*\d{{1,2}}\b(?!\d))(?:\s+period)?(?:{_TAIL}|\s+(?P<year2>(?:19|20)\d\d)\b)"
)
# "the twelve months to 30 June", "the year to March 2023": the months that end then.
_MONTHS_TO = compile_later(
    rf"(?i:\b(?:the\s+)?(?:(?P<n>{_COUNT})\s+months|(?P<whole>year))\s+(?:to|ending|ended|"
    rf"through|until|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?)"
    rf"(?P<m1>{_M})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_FIRST_MONTHS = compile_later(
    rf"(?i:\b(?:the\s+)?first\s+(?P<n>{_COUNT})\s+(?P<part>months|quarters))\b{_TAIL}"
)
_QUARTER = compile_later(
    rf"(?i:\b(?:the\s+)?(?P<ord>{_ORD})[\s-]+quarter)\b(?!s){_TAIL}"
    r"|\bQ(?P<q>[1-4])\b(?:\s*(?P<qyear>(?:19|20)\d\d)\b)?"
)
_HALF = compile_later(
    # "the first semester", as Philippine and Latin American releases name a half
    rf"(?i:\b(?:the\s+)?(?P<ord>first|second|1st|2nd)[\s-]+(?:half|semester))\b"
    r"(?!\s+of\s+(?!the\s+year|"
    rf"(?:19|20)\d\d|last|this))(?:{_TAIL})"
    r"|\bH(?P<h>[12])\b(?:\s*(?P<hyear>(?:19|20)\d\d)\b)?"
)
_SAME = compile_later(
    r"\b(?:in\s+|for\s+|during\s+|over\s+)?the\s+same\s+(?P<what>month|period|quarter|time|"
    r"half|months)\s+(?:of\s+|in\s+|a\s+)?(?:(?:the\s+)?(?:last|previous|prior|preceding)\s+"
    r"year\b|(?:a\s+|one\s+)?year\s+(?:earlier|ago|before)\b|(?P<year>(?:19|20)\d\d)\b)",
    _I,
)
_YEAR_EARLIER = compile_later(
    r"\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b|\b(?:in\s+|for\s+|during\s+|over\s+)?"
    r"the\s+(?:previous|prior|preceding)\s+year\b(?!['’]s)|\bthe\s+year\s+(?:before|earlier)\b",
    _I,
)
_LAST_YEAR = compile_later(r"\b(?:in\s+|for\s+|during\s+|over\s+)?last\s+year\b(?!-)", _I)
_LAST_MONTH = compile_later(r"\b(?:in\s+|for\s+|during\s+|over\s+)?last\s+month\b(?!-)", _I)
# The words that make a period the base of a comparison, not the figure's own period; and
# "(fiscal 2017,) which ended in March": the end of a longer period, not the figure's.
_BASE = compile_later(
    r"\b(?:from|since|than|compared\s+(?:with|to)|against|versus|vs\.?|relative\s+to|over|"
    r"on|ended|ending|ends)(?:\s+(?:in|during|for|at|that\s+of|those\s+of))?\s*$",
    _I,
)


def _a_base(before: str, digit: bool) -> bool:
    """The words before a period make it a comparison's base; "over" does so only after a
    figure ("up 5% over the first half"): "Over the first five months, exports ..." is during."""
    match = _BASE.search(before)
    if match is None:
        return False
    return digit or not match.group().lstrip().lower().startswith("over")


# "In March alone": that period is of the one figure beside it, never of its neighbours.
_ALONE = compile_later(r",?\s*(?:alone|by\s+itself)\b", _I)


def says_alone(sentence: str) -> bool:
    """The sentence dates one figure only ("In March alone, ..."): its period is no other's."""
    return _ALONE_WORD.search(sentence) is not None


_ALONE_WORD = compile_later(r"\b(?:alone|by\s+itself)\b", _I)
# "in January and February ... A and B respectively": one month for each figure.
_RESPECTIVELY = compile_later(r"\brespectively\b", _I)
_AND = compile_later(r"\band\b", _I)
_WORDS_ONLY = compile_later(r"\s*(?:\([^)]{0,60}\)\s*)?(?:[A-Za-z\-’']+\s+){0,3}?(?:,\s*)?")
# A period right after a figure that follows "from", "than": that figure's, the base's.
_OF_A_BASE = compile_later(
    r"\b(?:from|than|compared\s+(?:with|to)|against)\s+\S*\d\S*(?:\s+[A-Za-z]+){0,2}\s*$", _I
)
# A year before it ("In 2018, Q3 ...") is not a figure.
_OF_A_FIGURE = compile_later(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d\S*(?:\s+[A-Za-z]+){0,2}\s*$")
_CLAUSE = compile_later(r";|,\s+(?:and|but|while|whereas)\b|\s+but\s+")


class Anchor(NamedTuple):
    """What a period is resolved against: the publication (year, month), the sentence's own
    year, and the period the context is about (for "the same month last year"). A named
    tuple: one is made for every figure, and a frozen dataclass is several times slower to
    make."""

    published: tuple[int, int] | None = None
    year: int | None = None
    current: str | None = None
    fact: bool = True
    month_stated: bool = False  # the publication date gives its month ("2017-09-15")


@dataclass(frozen=True)
class _Said:
    start: int
    end: int
    form: str  # months | same | earlier | last_year | last_month
    months: tuple[int, int] = (0, 0)
    year: int | None = None  # stated with it
    rel: str | None = None  # last/this/previous... year, stated with it
    base: bool = False
    of_a_base: bool = False
    of_a_figure: bool = False
    alone: bool = False  # "in March alone": only the figure beside it
    each: int = -1  # "January and February ... respectively": where "respectively" is


def period_near(sentence: str, offset: int, end: int, anchor: Anchor) -> str | None:
    """The period the text gives for the figure at [offset, end) of the sentence, or None."""
    said = _said(sentence)
    if not said:
        return None
    right_after = _right_after(said, sentence, end)
    if right_after is not None:
        return _resolve(_one_of(right_after, sentence, end), anchor)
    clause_start, clause_end = _clause(sentence, offset)
    before = [
        s
        for s in said
        if clause_start <= s.start and s.end <= offset and not s.base and not s.of_a_figure
    ]
    if before and not (before[-1].alone and _DIGIT.search(sentence, before[-1].end, offset)):
        return _resolve(_one_of(before[-1], sentence, end), anchor)
    for item in said:
        if end <= item.start < clause_end and not item.base and not item.of_a_base:
            if item.alone and _DIGIT.search(sentence, end, item.start):
                return None
            return _resolve(_one_of(item, sentence, end), anchor)
    # "Imports and exports both grew in January 2025, and the deficit widened to A": a
    # sentence naming one period only, before the figure's clause, dates all its figures
    if (before_clause := _the_one_period_before(said, clause_start)) and not _SINCE.search(
        sentence, clause_start, offset
    ):
        return _resolve(before_clause, anchor)
    return None


# "The strike began in March 2024, and since then 3,000 jobs have been lost": the figure's
# clause counts from the period, not in it.
_SINCE = compile_later(r"\b(?:since|after|before|until|till)\b", _I)


def _the_one_period_before(said: tuple[_Said, ...], clause_start: int) -> _Said | None:
    """The sentence's one month or span of months (a base's "a year earlier" aside), where it
    ends before the figure's clause and dates no single figure."""
    named = [s for s in said if s.form == "months"]
    if len(named) != 1:
        return None
    first = named[0]
    if (
        first.end > clause_start
        or first.base
        or first.of_a_base
        or first.of_a_figure
        or first.alone
        or first.each >= 0
    ):
        return None
    return first


def said_right_after(sentence: str, end: int) -> bool:
    """A period follows the figure ending at `end` with only its words between ("20.4 tonnes
    last year"): the figure's own, whatever year the sentence gives another figure."""
    return _right_after(_said(sentence), sentence, end) is not None


def _right_after(said: tuple[_Said, ...], sentence: str, end: int) -> _Said | None:
    for item in said:
        if item.start >= end and not item.base:
            gap = sentence[end : item.start]
            if _WORDS_ONLY.fullmatch(gap) and not _BASE.search(gap):
                return item
            return None
    return None


_DIGIT = compile_later(r"\d")


def _one_of(item: _Said, sentence: str, end: int) -> _Said:
    """Of "January and February ... A and B respectively", the month of the figure ending at
    `end`: the first while another "and" comes before "respectively", else the second."""
    if item.each < end:
        return item
    rest = sentence[end : item.start] + sentence[max(end, item.end) : item.each]
    month = item.months[0] if _AND.search(rest) else item.months[1]
    return replace(item, months=(month, month), each=-1)


def _clause(sentence: str, offset: int) -> tuple[int, int]:
    start, stop = 0, len(sentence)
    for match in _CLAUSE.finditer(sentence):
        if match.end() <= offset:
            start = match.end()
        elif match.start() >= offset:
            stop = match.start()
            break
    return start, stop


# Large enough to hold an article's sentences from drafting until the linkers read them again
# (and the metric phrases drafting asks about in between).
@lru_cache(maxsize=4096)
def _said(sentence: str) -> tuple[_Said, ...]:
    """Every period expression of a sentence, longest first where two overlap."""
    if not _MAYBE.search(sentence):
        return ()
    lower = folded(sentence)
    present = {cue for cue in _CUES if cue in (lower if cue.islower() else sentence)}
    found: list[_Said] = []
    for pattern, reader, needs in _READERS:
        if any(map(present.isdisjoint, needs)):
            continue
        for match in pattern.finditer(sentence):
            item = reader(match)
            if item is not None:
                found.append(item)
    found.sort(key=lambda s: (s.start, -s.end))
    kept: list[_Said] = []
    respectively = _RESPECTIVELY.search(sentence) if "respectively" in lower else None
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        before = sentence[max(0, item.start - 40) : item.start]
        digit = _DIGIT.search(before) is not None  # both figure tests need one
        kept.append(
            replace(
                item,
                base=_a_base(before, digit) or _opens_as_base(item, sentence),
                of_a_base=digit and bool(_OF_A_BASE.search(before)),
                of_a_figure=digit and bool(_OF_A_FIGURE.search(before)),
                alone=_ALONE.match(sentence, item.end) is not None,
                each=_each(item, sentence, respectively),
            )
        )
    return tuple(kept)


def _each(item: _Said, sentence: str, respectively: re.Match | None) -> int:
    """Where "respectively" is, for two months joined by "and" that it shares out."""
    if respectively is None or item.end > respectively.start() or item.form != "months":
        return -1
    two = item.months[0] != item.months[1] and _AND.search(sentence, item.start, item.end)
    if (
        not two
        or _BASE_OPENING.match(sentence, item.start)
        or sentence.startswith(("between", "Between"), item.start)
    ):
        return -1
    return respectively.start()


_BASE_OPENING = compile_later(
    r"(?:from|since|than|over|on|against|compared\s+(?:with|to)|versus|vs\.?)\s", _I
)


def _opens_as_base(item: _Said, sentence: str) -> bool:
    """ "from May", "over the same period": a base; "from January to May" is a span."""
    if item.form == "months" and item.months[0] != item.months[1]:
        return False
    if item.form == "months" and sentence.startswith("over", item.start):
        return False  # "over the first half": during it
    return _BASE_OPENING.match(sentence, item.start) is not None


# The look-ahead on the first letter lets the scan skip most positions at one test each,
# instead of trying every month name there.
# Asked only whether it occurs: the look-ahead sits in a look-behind over the first letter, so
# the pattern opens with a set of letters and re skips the positions outside it in a tight loop.
_FIRST = "[JFMASONDQHYqhyms]"
_MAYBE = compile_later(
    rf"{_FIRST}(?<=(?=(?:{_M}|(?i:quarter|half|semester|year|months?)|\b[QH][1-4]\b)){_FIRST})",
)


def _tail(match: re.Match, name: str = "year") -> tuple[int | None, str | None]:
    groups = match.groupdict()
    for key in (name, "year2", "year3", "qyear", "hyear"):
        if groups.get(key):
            return int(groups[key]), None
    rel = groups.get("rel")
    if rel is None and folded(match.group()).rstrip(" .").endswith("the year"):
        rel = "this"
    return None, folded(rel) if rel else None


def _month(name: str) -> int:
    return vocab.MONTH_NUMBERS[name.rstrip(".").lower()]


def _read_month(match: re.Match) -> _Said:
    month = _month(match["m1"] or match["m1b"] or match["m1c"])
    year, rel = _tail(match)
    return _Said(match.start(), match.end(), "months", (month, month), year, rel)


def _read_range(match: re.Match) -> _Said | None:
    first, last = _month(match["m1"]), _month(match["m2"])
    year, rel = _tail(match)
    return _Said(match.start(), match.end(), "months", (first, last), year, rel)


def _read_months_to(match: re.Match) -> _Said | None:
    last = _month(match["m1"])
    if match["whole"]:
        count = 12
    else:
        word = folded(match["n"])
        count = int(word) if word.isdigit() else {**vocab.UNIT_WORDS, **vocab.TEEN_WORDS}[word]
    if not 1 <= count <= 12:
        return None
    year, rel = _tail(match)
    return _Said(match.start(), match.end(), "months", ((last - count) % 12 + 1, last), year, rel)


def _read_first(match: re.Match) -> _Said | None:
    word = folded(match["n"])
    count = int(word) if word.isdigit() else {**vocab.UNIT_WORDS, **vocab.TEEN_WORDS}[word]
    months = count * (3 if folded(match["part"]) == "quarters" else 1)
    if not 1 <= months <= 12:
        return None
    year, rel = _tail(match)
    return _Said(match.start(), match.end(), "months", (1, months), year, rel)


def _read_quarter(match: re.Match) -> _Said | None:
    number = int(match["q"]) if match["q"] else vocab.PART_ORDINALS[folded(match["ord"])]
    year, rel = _tail(match)
    return _Said(match.start(), match.end(), "months", (3 * number - 2, 3 * number), year, rel)


def _read_half(match: re.Match) -> _Said | None:
    number = int(match["h"]) if match["h"] else vocab.PART_ORDINALS[folded(match["ord"])]
    year, rel = _tail(match)
    return _Said(match.start(), match.end(), "months", (6 * number - 5, 6 * number), year, rel)


def _read_same(match: re.Match) -> _Said:
    year = int(match["year"]) if match["year"] else None
    return _Said(match.start(), match.end(), "same", year=year)


def _read_earlier(match: re.Match) -> _Said:
    return _Said(match.start(), match.end(), "earlier")


def _read_last_year(match: re.Match) -> _Said:
    return _Said(match.start(), match.end(), "last_year")


def _read_last_month(match: re.Match) -> _Said:
    return _Said(match.start(), match.end(), "last_month")


# Month names match in their capitalized spelling only, and every one starts with one of these.
_MONTH_STEMS = tuple(sorted({name[:3] for name in _MONTH_WORDS}))
# Each reader with the words its pattern cannot match without, so a sentence lacking them is
# not scanned (the patterns are slow to fail at every word): every group must have a word
# present, lower-case ones in the case-folded sentence, the others as written.
_READERS = (
    (_MONTHS_TO, _read_months_to, (_MONTH_STEMS, ("months", "year"))),
    (_MONTH_RANGE, _read_range, (_MONTH_STEMS,)),
    (_FIRST_MONTHS, _read_first, (("first",), ("months", "quarters"))),
    (_QUARTER, _read_quarter, (("quarter", "Q"),)),
    (_HALF, _read_half, (("half", "H", "semester"),)),
    (_MONTH_ALONE, _read_month, (_MONTH_STEMS,)),
    (_SAME, _read_same, (("same",), ("month", "period", "quarter", "time", "half"))),
    (
        _YEAR_EARLIER,
        _read_earlier,
        (("year",), ("earlier", "ago", "before", "previous", "prior", "preceding")),
    ),
    (_LAST_YEAR, _read_last_year, (("last",), ("year",))),
    (_LAST_MONTH, _read_last_month, (("last",), ("month",))),
)
_CUES = frozenset(cue for _, _, needs in _READERS for one in needs for cue in one)


def _resolve(item: _Said, anchor: Anchor) -> str | None:
    now = anchor.published[0] if anchor.published else None
    if item.form == "last_year":
        return str(now - 1) if now else None
    if item.form == "last_month":
        # The month before the one the article is dated in, where the date says its month.
        if not anchor.published or not anchor.month_stated:
            return None
        year, month = anchor.published
        return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    if item.form in ("same", "earlier"):
        if item.year is not None and anchor.current and "-" in anchor.current:
            return _with_year(anchor.current, item.year)
        if anchor.current:
            return shift_years(anchor.current, -1)
        base = anchor.year or now
        return str(base - 1) if base and item.form == "earlier" else None
    first, last = item.months
    if item.year is not None:
        year = item.year
    elif item.rel in ("last", "previous", "prior"):
        if now is None:
            return None
        year = now - 1
    elif item.rel == "next":
        if now is None:
            return None
        year = now + 1
    elif item.rel in ("this", "current") or anchor.year is None:
        if anchor.published is None:
            return None
        year = now if now is not None else 0
        if item.rel is None and anchor.fact:
            year = fact_month_year(anchor.published, last)
    else:
        year = anchor.year
    return months_period(year, first, last)


def fact_month_year(published: tuple[int, int], month: int) -> int:
    """The year of a fact about `month` named without a year: "sales in December", published
    in March, are about last year's December, a month yet to end this year."""
    year, published_month = published
    return year - 1 if month > published_month else year


def months_period(year: int, first: int, last: int) -> str:
    """2023-06 for one month, 2023-01/2023-06 for a span of them; a span that runs past
    December ("October to June") ends in `year` and starts the year before."""
    if first == last:
        return f"{year}-{first:02d}"
    start = year if first < last else year - 1
    return f"{start}-{first:02d}/{year}-{last:02d}"


_YEAR_IN = compile_later(r"(?:19|20)\d\d")


def shift_years(period: str, years: int) -> str:
    """The same period `years` later (earlier when negative): 2023-06 -> 2022-06."""
    return _YEAR_IN.sub(lambda m: str(int(m.group()) + years), period)


def _with_year(period: str, year: int) -> str:
    """The months of `period` in another year ("the same month of 2021")."""
    first = _YEAR_IN.search(period)
    return shift_years(period, year - int(first.group())) if first else period


_YEAR_PHRASE = compile_later(
    r"\s*\b(?:in|for|during|of|over|from)\s+(?:the\s+)?(?:year\s+)?(?:19|20)\d\d\b(?!-\d)", _I
)


# Asked for every figure's metric (and metrics repeat) and for each window a metric is read from.
@lru_cache(maxsize=4096)
def without_periods(phrase: str, tidy: bool = True) -> str:
    """A metric with the periods it names taken out: "orders in December" -> "orders";
    untidy, the words around are left as they are (a window still to be read)."""
    said = _said(phrase)
    for item in reversed(said):
        phrase = phrase[: item.start] + phrase[item.end :]
    if "19" in phrase or "20" in phrase:  # the years _YEAR_PHRASE takes out
        phrase = _YEAR_PHRASE.sub(" ", phrase)
    if not tidy:
        return phrase
    phrase = " ".join(phrase.split())
    return _POSSESSIVE.sub("", _DANGLING.sub("", phrase)).strip(" ,")


_POSSESSIVE = compile_later(r"^['’]s\s+")
_DANGLING = compile_later(r"(?:^|\s+)(?:in|for|during|of|over|from|to|since|the)$", _I)


def within_a_period(sentence: str, start: int, end: int) -> bool:
    """[start, end) is a count inside a period phrase ("the twelve months to June")."""
    return any(s.start <= start and end <= s.end for s in _said(sentence))


_YEAR_WORD = compile_later(r"\b(?:19|20)\d\d\b")
_BARE_MONTH = compile_later(rf"\b(?:{'|'.join(_MONTH_WORDS)})\b")
_OTHER_PERIOD = compile_later(r"\b(?:half[\s-]+year|year[\s-]+to[\s-]+date)\b", _I)
# A day: "on Sunday", "the previous day", "March 3", "3 March". A day's figure is not the
# figure of another day, nor of the month the date is in.
_DAY = compile_later(
    rf"\b(?P<weekday>{'|'.join(vocab.WEEKDAYS)})s?\b"
    r"|\b(?P<relative>previous|following|next|same)\s+day\b",
    _I,
)
_DATE = compile_later(
    rf"\b(?P<month>{_M})\s+(?P<day>\d{{1,2}})(?![\d,.]\d|\d)"
    rf"|\b(?P<day_first>\d{{1,2}})\s+(?P<month_after>{_M})",
    _I,
)


def period_keys(text: str) -> frozenset[str]:
    """The periods a text names, as keys to compare with another text's: the months each
    phrase covers ("Q1", "the first quarter", "January-March" are one key), the years stated,
    and a month named on its own ("March exports"); two texts with different keys name
    different periods."""
    keys = set()
    covered = []
    for item in _said(text):
        covered.append((item.start, item.end))
        if item.form == "last_month":
            continue  # which month, only the article's date says: no key of the text's
        keys.add(f"{item.months[0]}-{item.months[1]}" if item.form == "months" else item.form)
    for match in _BARE_MONTH.finditer(text):
        if not any(start <= match.start() < end for start, end in covered):
            month = _month(match.group())
            keys.add(f"{month}-{month}")
    keys.update(_YEAR_WORD.findall(text))
    keys.update(
        " ".join(m.group().lower().replace("-", " ").split()) for m in _OTHER_PERIOD.finditer(text)
    )
    # Every day phrase holds "day" or a month; most texts have neither, and skip both scans.
    month_named = any(key[:1].isdigit() and "-" in key for key in keys)
    if "day" in text or "Day" in text or "DAY" in text:
        keys.update(_day_key(m) for m in _DAY.finditer(text) if not _reported_on(text, m))
    if month_named:
        keys.update(_date_key(m) for m in _DATE.finditer(text))
    return frozenset(keys)


# "data showed on Monday", "the ministry said Tuesday": the day of the report, not the figure's.
_REPORTED = compile_later(
    r"\b(?:said|says|say|showed|shows|announced|announces|reported|reports|released|published"
    r"|told|added|stated|noted|revealed|disclosed|confirmed|statement|report)\b"
    r"(?:\s+[\w'’,-]+){0,3}?\s+(?:on\s+|late\s+|early\s+)?$",
    _I,
)


def _reported_on(text: str, day: re.Match) -> bool:
    start = day.start()
    return bool(day["weekday"]) and bool(_REPORTED.search(text, max(0, start - 50), start))


def _day_key(match: re.Match) -> str:
    if match["weekday"]:
        return match["weekday"].lower()
    return f"{match['relative'].lower()} day"


def _date_key(match: re.Match) -> str:
    month = _month(match["month"] or match["month_after"])
    return f"{month}/{int(match['day'] or match['day_first'])}"


def names_a_period(phrase: str) -> bool:
    """The phrase is only a period ("January-May", "the first quarter of 2023")."""
    return bool(phrase.strip()) and not without_periods("in " + phrase).strip(" ,")
