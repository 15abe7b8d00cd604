"""Two levels of one thing set side by side in one sentence, one of them dated to the period
before:

    "Exports came to E in the month, while in the same month of the previous year the value
     of exports was S."
    "Revenue in the first half of the previous fiscal year amounted to S, whereas this year it
     has fallen to E."
    "Having stood at S in the first quarter of last year, the surplus has risen to E."
                        growth: from S to E, the rate the engine derives or a neighbour states

The earlier period is named in the start's own clause (the clauses of the sentence are cut at
"while", "whereas", "but" and semicolons, and a sentence that opens on "Having stood at" holds
the start in its opening phrase); the other clause names no earlier period. The two are the
only levels of their kind in the sentence, and the later clause goes on about the same thing:
a pronoun ("it", "they"), a word of the other clause's subject, or the subject the opening
phrase leads to. A clause naming a place or firm the other does not is about something else;
a sentence with a rate in it, or a level right after "from", is the phrasings' to read.
"""

from __future__ import annotations

import re

from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.lazy_regex import compile_later

_PERIOD = r"(?:period|month|quarter|half|week|season|term|year)"
_YEAR_BEFORE = (
    r"(?:the\s+(?:previous|prior|preceding)\s+(?:fiscal\s+|financial\s+)?year|last\s+"
    r"(?:fiscal\s+|financial\s+)?year|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before)"
)
# "in the same month of the previous year", "in the first quarter of last year", "during the
# corresponding period a year ago", "in the previous fiscal year".
_EARLIER = compile_later(
    rf"\b(?:(?:the\s+)?(?:same|corresponding|comparable|first|second|third|fourth|final|"
    rf"last)\s+{_PERIOD}\s+(?:of\s+|in\s+)?{_YEAR_BEFORE}"
    r"|(?:a|one|the)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)"
    r"|the\s+(?:previous|prior|preceding)\s+(?:fiscal\s+|financial\s+)?year)\b",
    re.I,
)
# Where one clause of a sentence ends and the next begins.
_JOIN = compile_later(r";|\b(?:while|whereas|but)\b", re.I)
# "Having stood at S ..., the deficit has risen to E": the opening phrase dates the start.
_HAVING = compile_later(
    r"^\W*(?:Having\s+(?:stood|been|come|totall?ed|amounted)|After\s+(?:standing|totall?ing))"
    r"\b[^,;]*$"
)
_FROM = compile_later(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
_PRONOUN = compile_later(r"\b(?:it|they)\b", re.I)
_KINDS = ("money", "measure", "number")


def two_periods(b, drafts: list) -> None:
    levels = [
        d
        for d in drafts
        if d.kind in _KINDS
        and d.found.per is None
        and d.id not in b.converted
        and d.id not in b.rate_of
    ]
    if len(levels) != 2 or not news.same(*levels) or set(d.id for d in levels) & b.in_pairs:
        return
    if any(d.kind == "percent" for d in drafts):
        return  # a rate's levels are read by the phrasings, which say which level it is of
    if any(_FROM.search(b.before(d, 20)) for d in levels):
        return  # "climbed from S": a phrasing's start, of whatever it says
    first, second = levels
    sentence = first.sentence
    head = b.text[sentence.start : first.found.start]
    joins = list(_JOIN.finditer(b.text, first.found.end, second.found.start))
    if _HAVING.match(head) and not joins:
        comma = b.text.find(",", first.found.end, second.found.start)
        dated = comma > 0 and _EARLIER.search(b.text, sentence.start, comma) is not None
        if dated and not _EARLIER.search(b.text, comma, sentence.end):
            b.change(drafts, first, second, "medium", _NOTE)
        return
    if len(joins) != 1:
        return  # one clause, or three: "from" and "to" are the phrasings' business
    split = joins[0].start()
    clauses = (
        b.text[sentence.start : split],
        b.text[split : sentence.end],
    )
    earlier = [_EARLIER.search(c) is not None for c in clauses]
    # what each clause says before its figure: the subject, not the figure's own words
    subjects = (b.text[sentence.start : first.found.start], b.text[split : second.found.start])
    if earlier.count(True) != 1 or not _same_subject(*subjects):
        return
    start, end = (first, second) if earlier[0] else (second, first)
    b.change(drafts, start, end, "medium", _NOTE)


_NOTE = "two levels of one thing, one dated to the period before in its own clause"


def _same_subject(one: str, other: str) -> bool:
    if ev.names(one) ^ ev.names(other):
        return False  # "in Kenya ..., while in Uganda ...": two places
    if _PRONOUN.search(other):
        return True
    return bool(_subject_words(one) & _subject_words(other))


def _subject_words(clause: str) -> frozenset[str]:
    return ev.words(_EARLIER.sub(" ", clause)) - ev.words(_PERIOD_WORDS)


_PERIOD_WORDS = "period month quarter half week season term year fiscal financial same"
