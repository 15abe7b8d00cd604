"""Spelled-out numbers: "six", "twenty-one trillion", "one hundred and six", "two thirds".

The regex `SPELLED` finds candidate runs of number words; `read_spelled` turns a run into an
exact Decimal, or tells how many leading characters form a valid number when the run goes on
with words that do not continue it ("one two" is read as "one").
"""

from __future__ import annotations

import re
from decimal import Decimal

from audit import vocabulary as vocab
from audit.lazy_regex import compile_later

# "nought" and "naught" are zero in running text, though never in a claims file.
UNITS = {**vocab.UNIT_WORDS, "nought": 0, "naught": 0}
TEENS = vocab.TEEN_WORDS
TENS = vocab.TENS_WORDS
MULTIPLIERS = vocab.NUMBER_MULTIPLIERS
# Denominators of the fractions news writes; larger ones ("thirty-fifths") read as ordinals.
DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}

_VALUE_WORDS = list(UNITS) + list(TEENS) + list(TENS)
_W = "|".join(sorted(_VALUE_WORDS, key=len, reverse=True))
_M = "|".join(MULTIPLIERS)
_D = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
_SEP = r"(?:\s*-\s*|\s+)"
# What comes after the "a" or "an" that opens a number ("a hundred", "an eighth"): the figure
# finder asks for it before trying a figure at every "a" of the text.
AFTER_A = rf"{_SEP}(?:{_M}|{_D}|dozen|quarter)\b"
# A run: a value word (or "a"/"an" before a multiplier, fraction or "dozen"), then more value
# words, multipliers, "and", fraction words. Validation happens in read_spelled.
SPELLED_PATTERN = (
    rf"(?:(?:half|quarter)(?={_SEP}(?:a{_SEP}(?:dozen|{_M})|{_M})\b)"
    rf"|(?:a|an)(?={AFTER_A})"
    rf"|{_W}|half)"
    rf"(?:{_SEP}(?:and{_SEP}(?:a{_SEP})?)?(?:{_W}|{_M}|{_D}|dozens?|a(?={_SEP}(?:{_D}|dozen|{_M})\b)))*"
    # "twenty-first" is an ordinal; "one-yen", "two-year" are a number and a unit, and so is
    # "threefold", written as one word; "seven-month" ends as an ordinal does, but is a unit.
    r"(?!(?!fold\b)\w|-(?!months?\b)\w+(?:st|nd|rd|th)\b)"
)
_TOKEN = compile_later(r"[a-z]+", re.IGNORECASE)


def read_spelled(text: str) -> tuple[Decimal, int] | None:
    """(value, length of the prefix of `text` that forms one number), or None.

    Classic left-to-right reading: `current` is the group below the next big multiplier,
    `total` the completed groups. A word that cannot continue the number ends it, so
    "one and three" is "one" (then a second number), not four.
    """
    total = current = Decimal(0)
    last = None  # kind of the previous accepted word
    last_number = Decimal(0)  # value of the trailing value words, the numerator of a fraction
    pending_and = pending_a = False
    big = None  # the last big multiplier, to refuse "one thousand two million"
    valid: tuple[Decimal, int] | None = None
    matches = list(_TOKEN.finditer(text))
    for index, match in enumerate(matches):
        word = match.group().lower()
        following = matches[index + 1].group().lower() if index + 1 < len(matches) else ""
        if word == "one" and pending_and and following in DENOMINATORS:
            word = "a"  # "three and one fourth" reads as "three and a fourth"
        if word == "and":
            if pending_and or last not in ("hundred", "mult", "unit", "teen", "tens"):
                break
            pending_and = True
            continue
        if word in ("a", "an"):
            pending_a = True
            continue
        if word in UNITS or word in TEENS or word in TENS:
            number = Decimal(UNITS.get(word, TEENS.get(word, TENS.get(word, 0))))
            if last == "tens" and word in UNITS and number and not pending_and:
                current += number
                last_number += number
                last = "unit"
            elif last in (None, "hundred", "mult") and (
                pending_and or last is None or not pending_a
            ):
                current += number
                last_number = number
                last = "tens" if word in TENS else "teen" if word in TEENS else "unit"
            else:
                break
        elif word == "hundred":
            if last not in (None, "unit", "teen", "tens", "frac") or pending_and:
                break
            current = (current or Decimal(1)) * 100
            last = "hundred"
        elif word in MULTIPLIERS:
            factor = Decimal(MULTIPLIERS[word])
            if pending_and or (pending_a and last not in (None, "frac")):
                break  # "half a million" is one number; "two a million" is not
            if last == "mult" and current == 0:
                total *= factor  # "three lakh crore"
            elif big is not None and factor >= big:
                break
            else:
                total += (current or Decimal(1)) * factor
                current = Decimal(0)
            big = factor
            last = "mult"
        elif word in DENOMINATORS:
            denominator = Decimal(DENOMINATORS[word])
            if pending_a or last is None:
                numerator, whole = Decimal(1), total + current
            elif last in ("unit", "teen", "tens") and not pending_and:
                numerator, whole = last_number, total + current - last_number
            else:
                break
            if numerator > 10 or (
                numerator != 1 and not word.endswith("s") and word not in ("half", "quarter")
            ):
                break
            current, total, big = whole + numerator / denominator, Decimal(0), None
            last = "frac"
        elif word in ("dozen", "dozens"):
            if pending_and:
                break
            if last in ("unit", "teen", "tens") and current > last_number:
                # "three hundred and two dozen": the dozen is of the two, 300 + 24
                current += last_number * 11
            else:
                current = (current or Decimal(1)) * 12
            last = "mult"
        else:
            break
        pending_and = pending_a = False
        valid = (total + current, match.end())
    return valid
