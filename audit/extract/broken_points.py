"""Decimal points broken by a stray space or line break, as copies of web pages leave them
("$14. 2 billion", "31.\\n7 million"), and thousands commas broken by a space ("to 218, 510
tonnes"): where they are, and the text with each such number mended.

A broken point is a short whole number (one to three digits, or thousands groups), a point, one
space or line break, then one to three digits with a scale word or unit after them. News style
never starts a sentence with a numeral, so that is one figure, unless the words on both sides
read as two sentences: the number before ends a clause as its object ("Sales were $14.") and the
words after the unit start one ("2 billion more came from services").

The sentence splitter ends no sentence at a broken point, and the figure finder reads the mended
text. Mending keeps every offset: the stray space moves in front of the number ("$14. 2" is read
as "$ 14.2"), so a figure found in the mended text spans the same characters of the original.
"""

from __future__ import annotations

import re

from audit.extract import lexicon as lx
from audit.lazy_regex import compile_later

_SCALES = lx.alternation([w for w in lx.SCALE_WORDS if w.isascii()])
_UNITS = lx.alternation(
    [*lx.PERCENT_WORDS, *lx.CURRENCY_WORDS]
    + [w for w in lx.MEASURE_UNITS if len(w) > 2 and w.replace(" ", "").isalpha()]
)
# A stray point between the digits: one space or one line break, nothing else.
# The look-behind comes after the first digit: opening with a digit, the pattern lets re skip
# the other positions in its tight loop instead of trying the look-behind at each.
_BROKEN = compile_later(
    r"(?P<whole>\d(?<![a-z\d_.,'/-]\d)\d{0,2}(?:,\d{3})*)\.[ \n]\d{1,3}"
    rf"(?=\s?(?i:{_SCALES}|{_UNITS})(?![a-z])|(?:bn|mn|tn|[mbkMBK])(?![\w])|%)"
)
# A number that starts its line numbers a list ("1. 20 percent of staff left"), and a numeral
# after a heading word numbers a part ("Chapter 3. 10 percent of ..."): the point is its own.
_LIST_NUMBER = compile_later(
    r"\n[ \t•*(-]*$|\b(?:Chapter|Part|Section|Step|Phase|Article|Table|Figure|No)\.? $"
)
# The figure before the point is the object of its clause: a word that is neither a qualifier
# nor a determiner comes before it (and before its currency sign), not a comma or nothing.
_WORD_BEFORE = compile_later(r"([A-Za-z]+)\s+(?:[A-Z]{0,3}[$€£¥₹]?\s?)?$")
_NOT_A_CLAUSE_END = frozenset(
    {w.split()[-1].lower() for w in lx.QUALIFIER_WORDS}
    | {"the", "a", "an", "some", "its", "their", "his", "her", "our", "this", "that", "of"}
)
# The words after the unit (and a second unit word) start a sentence: a finite verb, perhaps
# after "more", "others" or "of" a noun ("2 billion more came", "7% of firms fell").
_SENTENCE_AFTER = compile_later(
    r"(?:%|\s?[A-Za-z]+)(?:\s+[A-Za-z]+)??\s+"
    r"(?:(?:more|less|fewer|further|others?|of\s+(?:the\s+|its\s+|their\s+)?[a-z]+)\s+)?"
    r"(?:was|were|is|are|has|have|had|will|would|could|can|did|came|went|rose|fell|grew"
    r"|dropped|declined|increased|decreased|said|reported)\b"
)


# A thousands comma broken by a space ("to 218, 510 tonnes"): a group of one to three digits
# after a word that leads to a figure, then exactly three digits and a unit. A comma and a space
# also stand between two numbers of a list or after a date's day ("May 12, 500 people"), so the
# word before must lead to an amount and a unit must follow.
_BROKEN_GROUP = compile_later(
    r"(?P<whole>\d(?<![\w.,]\d)\d{0,2}),[ ]\d{3}(?![\d,.]\d)"
    rf"(?=\s?(?i:{_SCALES}|{_UNITS})(?![a-z]))"
)
_LEADS_TO_AMOUNT = compile_later(
    r"\b(?:to|from|of|at|by|reached|totalled|totaled|handled|hit)\s$", re.IGNORECASE
)


def _broken_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if text.find(", ", start, end) < 0:
        return []
    return [
        (m.start(), m.end("whole"))
        for m in _BROKEN_GROUP.finditer(text, start, end)
        if _LEADS_TO_AMOUNT.search(text, max(0, m.start() - 12), m.start())
    ]


def broken_points(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start of the number, offset of the point or comma) of every broken point or thousands
    comma in text[start:end], in order; the words around are read from the whole text."""
    end = len(text) if end is None else end
    groups = _broken_groups(text, start, end)
    if text.find(". ", start, end) < 0 and text.find(".\n", start, end) < 0:
        return groups
    out = []
    for match in _BROKEN.finditer(text, start, end):
        if not _LIST_NUMBER.search(text, max(0, match.start() - 8), match.start()) and (
            not _two_sentences(text, match)
        ):
            out.append((match.start(), match.end("whole")))
    return sorted(out + groups) if groups else out


def _two_sentences(text: str, match: re.Match) -> bool:
    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if before is None or before.group(1).lower() in _NOT_A_CLAUSE_END:
        return False
    return _SENTENCE_AFTER.match(text, match.end()) is not None


def mended(text: str) -> tuple[str, dict[int, int]]:
    """The text with each broken number written whole, of the same length, and where each
    mended number now starts -> where it started ("14. 2" at 10 becomes " 14.2", 11 -> 10)."""
    points = broken_points(text)
    if not points:
        return text, {}
    pieces: list[str] = []
    moved: dict[int, int] = {}
    last = 0
    for start, point in points:
        # "14" "." " " "2" -> " " "14" "." "2": the gap goes in front, the digits close up.
        pieces += [text[last:start], text[point + 1], text[start : point + 1]]
        moved[start + 1] = start
        last = point + 2
    pieces.append(text[last:])
    return "".join(pieces), moved
