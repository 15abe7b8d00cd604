"""What kind of quantity a figure is: an amount, a rate of change, a share, points, a multiple,
a count, a per-unit figure or a level stated in percent; read from the figure and its cue words.
"""

from __future__ import annotations

import re

from audit.extract.fractions import is_fraction_share, is_spelled_percent
from audit.extract.numbers_in_text import Found
from audit.lazy_regex import compile_later

AMOUNT = "amount"  # a level: money, a measure ("3.1 trillion yuan", "404 million kilowatts")
RATE = "rate"  # a rate of change ("up 5%", "a 3.2% increase")
SHARE = "share"  # a part of a whole ("28% of sales", "accounted for 40%")
POINTS = "pp"  # a change or gap in percentage points or basis points
MULTIPLE = "multiple"  # "2.5 times", "doubled"
COUNT = "count"  # a plain number of things ("14 provinces", "806,000")
PER_UNIT = "per_unit"  # "$3 a day", "1,200 yuan per person"
LEVEL = "level"  # a percent that is neither a change nor a share ("a margin of 6.2%")

# "28% of sales", not "5% of 2019" nor "5% of the year".
_SHARE_AFTER = compile_later(r"\s*of\s+(?!(?:the\s+)?(?:(?:19|20)\d\d|year)\b)\w", re.I)
_SHARE_BEFORE = compile_later(
    r"\b(?:share|proportion|accounted\s+for|accounting\s+for|accounts?\s+for|made\s+up|"
    r"making\s+up|makes?\s+up|constitut\w+|represent\w*|contribut\w+)\b[^,;.\d]{0,40}$",
    re.I,
)
_CHANGE = compile_later(
    r"\b(?:up|down|ris\w*|rose|grew|grow\w*|increas\w*|decreas\w*|fell|fall\w*|drop\w*|"
    r"declin\w*|jump\w*|surg\w*|climb\w*|gain\w*|expand\w*|contract\w*|slump\w*|"
    r"plung\w*|soar\w*|slid\w*|dipp?\w*|edg\w*|growth|higher|lower|year-on-year|"
    r"annual(?:ly)?|CAGR|compound)\b",
    re.I,
)
_CHANGE_AFTER = compile_later(
    r"\s*(?:year[-\s]on[-\s]year|y-o-y|yoy|from|over|on\s+(?:a|the)|compared|increase|"
    r"decrease|rise|growth|decline|drop|jump|gain|higher|lower|more|less)\b",
    re.I,
)

_LEVEL_BEFORE = compile_later(r"\b(?:from|to)\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)


def figure_type(sentence: str, found: Found, offset: int, end: int) -> str:
    """The type of the figure at [offset, end) of its sentence (one of the names above)."""
    if found.kind in ("pp", "bp"):
        return POINTS
    if found.kind in ("multiple", "ratio"):
        return MULTIPLE
    if found.per:
        return PER_UNIT
    if found.kind == "percent":
        if is_spelled_percent(found):
            return SHARE if is_fraction_share(sentence, end) else RATE
        before = sentence[max(0, offset - 60) : offset]
        if _SHARE_BEFORE.search(before) or _SHARE_AFTER.match(sentence, end):
            return SHARE
        if found.text.startswith("+"):
            return RATE  # "closed +0.2%": a written plus sign states a change
        if _LEVEL_BEFORE.search(before):
            return LEVEL  # "up from 30.1%", "rose to 5.2%": the rate's ends, not the change
        if _CHANGE.search(before[-30:]) or _CHANGE_AFTER.match(sentence, end):
            return RATE
        return LEVEL
    if found.kind == "number" and found.unit is None:
        return COUNT
    return AMOUNT
