"""Spelled fractions read by what they say of the words around them.

"A third of the 900 staff" is a share (33.3...%), "fell by a third" a rate of change, "a
half-point cut" half a percentage point, and "the second half", "a quarter earlier" or "the
past three quarters" name periods of the year, which are no figures at all. A fraction the
words around it do not place stays a bare number, as the finder read it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from audit.extract import lexicon as lx
from audit.extract.found import Found, _with

_HUNDRED = Decimal(100)
# Periods a half or a quarter is of, and the words that make "a quarter" a period of the
# calendar ("a quarter earlier", "quarter-on-quarter").
_PERIOD_NOUNS = r"(?:year|decade|century|season|term|month|week|day|hour|(?:19|20)\d\d)"
_DATED_AFTER = (
    r"(?i)"
    r"[\s-]+(?:earlier|ago|before|later|previously|prior|back|on[\s-]+(?:a[\s-]+)?quarter"
    r"|years?\b|yearly\b|centur(?:y|ies)\b|decades?\b"
    rf"|an?\s+(?:year|decade|century|month|week|day)\b"  # "half a century later"
    rf"|of\s+(?:the\s+|this\s+|that\s+|last\s+|next\s+)?{_PERIOD_NOUNS}\b"
    r"(?!['’]))"
)
# "the second half", "first-quarter profit", "this quarter", "the June quarter".
_PLACED_BEFORE = (
    r"(?i)"
    r"\b(?:first|second|third|fourth|final|last|latest|current|previous|next|this|each"
    r"|every|per|past|recent|coming|prior|preceding|opening|closing|fiscal|calendar"
    r"|[1-4](?:st|nd|rd|th)|" + "|".join(m for m in lx.MONTHS if len(m) > 3) + r")[\s-]+$"
)
# A count of quarters after these is a span of time: "growth slowed for three quarters".
_SPAN_BEFORE = r"(?i)\b(?:for|in|over|during|within|after)\s+$"
_PERIOD_WORDS = frozenset(("half", "halves", "quarter", "quarters"))
# "a half-point cut", "half a percentage point", "a quarter of a point".
_POINT_AFTER = r"(?i)(?:-|\s+(?:an?\s+|of\s+an?\s+)?)(?P<pp>percentage[\s-]+points?|points?)\b"
# "two-tenths of a percentage point", "a third of a point": any fraction, said in full.
_OF_A_POINT = r"(?i)\s+of\s+an?\s+(?P<pp>percentage[\s-]+point|point)\b"
# A point of a rate, not of an index: a cut, a hike or a rise in rates near it.
_RATE_NEAR = (
    r"(?i)"
    r"\b(?:rates?|cut|cuts|hike|hikes|easing|tightening|yields?|basis|interest|central\s+bank"
    r"|fed|ecb|percentage)\b"
)
# What a share is of: anything but a measure ("half of a mile") or a period ("half of 2023").
_SHARE_AFTER = (
    r"(?i)"
    r"\s+(?:of\s+(?!an?\s)(?!(?:the\s+|this\s+|that\s+|last\s+|next\s+)?"
    rf"{_PERIOD_NOUNS}\b(?!['’]))(?=[\w$€£¥\"'“‘]))"
    r"|\s+(?=(?:the|its|their|his|her|our|all|those|these|this|that)\s+(?!"
    rf"{_PERIOD_NOUNS}\b(?!['’]))[\w$€£¥])"
)
# "fell by a third", "cut its grant by about half", "a rise of a quarter", "shrank a fifth".
_CHANGE_BEFORE = (
    r"(?i)"
    r"\b(?:rose|risen|rises?|rising|fell|fallen|falls?|falling|grew|grown|grows?|growing"
    r"|increased?|increases|increasing|decreased?|decreases|decreasing|cut|cuts|cutting"
    r"|reduced?|reduces|reducing|dropped|drops?|dropping|declined?|declines|declining"
    r"|shr[ai]nk|shrunk|shrinks|shrinking|jumped|jumps?|climbed|climbs?|slumped|plunged"
    r"|soared|surged|slashed|slashing|lifted|boosted|expanded|contracted|gained|lost|lowered"
    r"|raised|up|down)(?:\s+(?:[\w'’-]+\s+){0,3}?by)?\s+$"
    r"|\b(?:rise|fall|drop|increase|decrease|decline|cut|reduction|jump|gain|loss|growth"
    r"|slump|surge)\s+of\s+$"
    # "fell by $30 million, or a third,", "300, or a quarter, were accepted": a figure restated
    # as the fraction it is of its whole or of its start.
    r"|\d[^\s,;]*(?:\s+[a-z]+)?,\s+or\s+$"
)
# "a third higher than", "half as much again": a change on something named after it.
_COMPARED_AFTER = r"(?i)\s+(?:higher|lower|more|less|fewer|bigger|smaller|larger|cheaper|dearer)\b"
_LOOK = 40


@cache
def _rx(pattern: str) -> re.Pattern:
    """Patterns compiled on first use: most articles write no spelled fraction, and each
    article run pays for what the extractor compiles at import."""
    return re.compile(pattern)


def is_fraction(item: Found) -> bool:
    """A spelled fraction as the finder reads it: "a third", "half", "two-thirds", "¾"."""
    return (
        item.kind == "number"
        and item.value is not None
        and 0 < item.value < 1
        and item.scale is None
        and not item.is_range
        and (item.number[:1].isalpha() or item.number in lx.VULGAR_FRACTIONS)
    )


def is_ordinal_place(text: str, item: Found) -> bool:
    """ "for a third month", "a fourth straight week", "a fifth consecutive quarter": an
    ordinal after "a", not a fraction of a month. A half and a quarter are never ordinals
    ("a half day", "a quarter century")."""
    words = item.number.lower().split()
    if len(words) != 2 or words[0] not in ("a", "an") or words[1] not in _ORDINAL_FRACTIONS:
        return False
    return _rx(_PLACE_AFTER).match(text, item.start + len(item.number)) is not None


# Fraction words that are also ordinals; the nouns a run of events is counted in.
_ORDINAL_FRACTIONS = frozenset(
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()  # noqa: SIM905
)
_PLACE_AFTER = (
    r"(?i)[\s-]+(?:straight|consecutive|successive|record|year|month|week|day|quarter|session"
    r"|season|term|time|round|place|game|match|wave|phase|stage|attempt)\b"
)


def is_fraction_share(text: str, end: int) -> bool:
    """Whether a spelled fraction read as a percentage is a share of what follows it ("half
    the staff"); read as one that is not, it is a rate of change ("cut by a third")."""
    return _rx(_SHARE_AFTER).match(text, end) is not None


def is_spelled_percent(item: Found) -> bool:
    """A spelled fraction this module made a percentage ("a third of", "fell by half")."""
    return item.kind == "percent" and item.unit_text is None and item.number[:1].isalpha()


def is_half_year(item: Found) -> bool:
    """ "half-year profit", "the half year to June": a period the finder read as 0.5 years;
    "a half-year delay" stays a measure."""
    return item.kind == "measure" and item.unit == "year" and item.number.lower() == "half"


def read_fraction(text: str, item: Found) -> Found:
    """The fraction retagged by what the words around it say, or as it was."""
    words = item.number.lower().replace("-", " ").split()
    last = words[-1]
    start = item.qualifier_start if item.qualifier_start is not None else item.start
    before = text[max(0, start - _LOOK) : start]
    if last in _PERIOD_WORDS and (
        _rx(_DATED_AFTER).match(text, item.end) or _rx(_PLACED_BEFORE).search(before)
    ):
        return _with(item, kind="period", value=None)
    point = _rx(_POINT_AFTER if last in ("half", "quarter", "quarters") else _OF_A_POINT).match(
        text, item.end
    )
    if point is not None:
        return _points(text, item, point)
    if _rx(_SHARE_AFTER).match(text, item.end):
        return _percent(item)
    if _rx(_CHANGE_BEFORE).search(before) or _rx(_COMPARED_AFTER).match(text, item.end):
        return _percent(item)
    if last in ("quarters", "halves") and _rx(_SPAN_BEFORE).search(before):
        return _with(item, kind="period", value=None)  # "for three quarters", "in two halves"
    return item


def _percent(item: Found) -> Found:
    assert item.value is not None
    return _with(item, kind="percent", unit="percent", value=item.value * _HUNDRED)


def _points(text: str, item: Found, point: re.Match) -> Found:
    written = point.group("pp")
    if written.lower().startswith("percentage") or _rx(_RATE_NEAR).search(
        text, max(0, item.start - _LOOK), point.end() + _LOOK
    ):
        return _with(
            item,
            kind="pp",
            unit="percentage_point",
            unit_text="percentage point",
            end=point.end(),
            text=text[item.start : point.end()],
        )
    # Half a point on an index's own scale ("the index fell half a point").
    return _with(
        item,
        kind="measure",
        unit="point",
        unit_text="points",
        end=point.end(),
        text=text[item.start : point.end()],
    )
