"""Stated values: "about 7.9 trillion yuan" -> an interval with a unit, read from the string.

Grammar of a value, every part optional but the number:

    [qualifier] [currency sign or code] number [- number] [scale word] [unit]

The interval is the rounding interval of the written number ("7.8%" -> [7.75, 7.85)), widened
by approximating qualifiers and made one-sided by bounding ones ("more than 30%" -> (30, inf)).
Interval bounds are in the value's own unit, scale included (7.9 trillion yuan -> 7.9e12 yuan).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from audit import vocabulary as vocab
from audit.claims.numbers import FRACTION_STEPS, FRACTION_WORDS, SMALL_WORDS, parse_number
from audit.claims.units import NUMBER, Unit, resolve
from audit.errors import InputError
from audit.lazy_regex import compile_later
from audit.records import record

# The tables live in the one vocabulary; these names are what the rest of the tool imports.
SCALES = vocab.SCALE_WORDS
CURRENCY_ONLY_SCALES = vocab.CURRENCY_ONLY_SCALES
SCALE_NAMES = vocab.SCALE_NAMES
CURRENCY_SIGNS = vocab.CURRENCY_SIGNS
QUALIFIERS = vocab.QUALIFIERS

# Relative widening for "about" and "nearly": at least one rounding step, at least this share.
APPROXIMATE_SHARE = Decimal("0.02")
NEARLY_SHARE = Decimal("0.05")

MULTIPLE_VERBS = vocab.MULTIPLE_VERBS


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD_NUMBERS = _alternation(list(SMALL_WORDS) + list(FRACTION_WORDS))
_NUMBER = rf"[+\-−]?(?:\d[\d,]*(?:\.\d+)?|\.\d+|(?:{_WORD_NUMBERS})\b)"
_PATTERN = compile_later(
    rf"""^\s*
    (?:(?P<qual>{_alternation(QUALIFIERS)})\s*)?
    (?:(?P<between>between|from)\s+)?
    (?:(?P<sign>{_alternation(CURRENCY_SIGNS)})\s*)?
    (?P<num>{_NUMBER})
    (?:\s*(?P<scale1>{_alternation(SCALES)})(?![a-z]))?
    (?:\s*(?:-|–|—|to|and)\s*(?:{_alternation(CURRENCY_SIGNS)})?\s*(?P<num2>{_NUMBER}))?
    (?:\s*(?P<scale>{_alternation(list(SCALES) + list(CURRENCY_ONLY_SCALES))})(?![a-z]))?
    \s*(?P<unit>.*?)\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


# Slots: a long article holds one per figure, hundreds of thousands.
@record(frozen=True, slots=True)
class StatedValue:
    """A value as written, with its exact number, its interval and its unit."""

    written: str
    number: Decimal  # the stated number times its scale word
    step: Decimal  # rounding step of the stated number, scale included (0 = exact)
    scale_word: str | None
    qualifier: str | None
    unit: Unit
    lo: float
    hi: float
    lo_open: bool
    hi_open: bool
    reading: str | None = None  # "doubled" says "to twice", never "by twice"
    unit_text: str = ""  # the unit words as written ("tonnes"), for reports

    def __init__(
        self,
        written: str,
        number: Decimal,
        step: Decimal,
        scale_word: str | None,
        qualifier: str | None,
        unit: Unit,
        lo: float,
        hi: float,
        lo_open: bool,
        hi_open: bool,
        reading: str | None = None,
        unit_text: str = "",
    ) -> None:
        object.__setattr__(self, "written", written)
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "step", step)
        object.__setattr__(self, "scale_word", scale_word)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "lo", lo)
        object.__setattr__(self, "hi", hi)
        object.__setattr__(self, "lo_open", lo_open)
        object.__setattr__(self, "hi_open", hi_open)
        object.__setattr__(self, "reading", reading)
        object.__setattr__(self, "unit_text", unit_text)

    @property
    def currency(self) -> str | None:
        return self.unit.currency


def parse_value(written: str) -> StatedValue:
    """Read a stated value; raises InputError (without a location) when it is not one."""
    # The full-width percent sign of Chinese and Japanese text is the percent sign.
    text = " ".join(str(written).split()).replace("\uff05", "%")
    _refuse_unreadable_digits(text)
    verb = text.lower()
    if verb in MULTIPLE_VERBS:
        number = Decimal(str(MULTIPLE_VERBS[verb]))
        value = float(number)
        return StatedValue(
            text,
            number,
            Decimal(0),
            None,
            "exact",
            resolve("times"),
            value,
            value,
            False,
            False,
            reading="to",
        )
    ratio = RATIO.match(text)
    if ratio is not None:
        return _ratio_value(text, ratio)
    match = _PATTERN.match(text)
    if not match:
        raise InputError(
            f"{text!r} is not a number (expected something like '7.8%',"
            " 'about 7.9 trillion yuan', 'more than 30 percent')"
        )
    first = parse_number(match["num"])
    if first is None:
        raise InputError(f"cannot read the number {match['num']!r} in {text!r}")
    sign = match["sign"]
    scale_text = match["scale"] or match["scale1"]
    scale_word = scale_text.lower() if scale_text else None
    if scale_word in CURRENCY_ONLY_SCALES and not sign and not _names_currency(match["unit"]):
        # "300 m" without a currency is a length, not a million: leave it to the unit.
        scale_word, unit_text = None, f"{scale_text} {match['unit']}".strip()
    else:
        unit_text = match["unit"]
    scale = scale_factor(scale_word)
    unit = _unit(sign, unit_text, text)
    qualifier = match["qual"].lower() if match["qual"] else None
    if match["num2"]:
        second = parse_number(match["num2"])
        if second is None:
            raise InputError(f"cannot read the number {match['num2']!r} in {text!r}")
        if qualifier and QUALIFIERS[qualifier] != "approximate":
            raise InputError(f"{text!r} puts a bound ({qualifier}) on a range")
        # "10 million to 1.2 billion": each end has its own scale word.
        first_scale = scale_factor(match["scale1"].lower()) if match["scale1"] else scale
        ends = sorted(
            (
                (first.value - first.half_step) * first_scale,
                (first.value + first.half_step) * first_scale,
                (second.value - second.half_step) * scale,
                (second.value + second.half_step) * scale,
            )
        )
        lo, hi = ends[0], ends[-1]
        if qualifier:  # "about 10-12%": widened like any approximate figure
            width = max(
                first.step * first_scale,
                second.step * scale,
                (abs(lo) + abs(hi)) / 2 * APPROXIMATE_SHARE,
            )
            lo, hi = lo - width / 2, hi + width / 2
        return StatedValue(
            text,
            (lo + hi) / 2,
            max(first.step * first_scale, second.step * scale),
            scale_word,
            "range",
            unit,
            float(lo),
            float(hi),
            False,
            True,
            unit_text=unit_text,
        )
    if match["between"] and not match["num2"]:
        raise InputError(f"{text!r} starts a range but gives only one end")
    number = first.value * scale
    step = first.step * scale
    kind = QUALIFIERS.get(qualifier or "")
    if kind == "approximate" and abs(first.value) in FRACTION_STEPS and first.text[-1:].isalpha():
        kind = None  # "about a third": a spelled fraction is already as loose as "about"
    lo, hi, lo_open, hi_open = _interval(number, step, kind)
    return StatedValue(
        text,
        number,
        step,
        scale_word,
        qualifier,
        unit,
        lo,
        hi,
        lo_open,
        hi_open,
        unit_text=unit_text,
    )


# "one in 28", "nearly one in five", "2 out of every 3": a share written as a count in a whole.
RATIO = compile_later(
    rf"^\s*(?:(?P<qual>{_alternation(QUALIFIERS)})\s+)?(?P<n>\d+|{_alternation(SMALL_WORDS)})"
    rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<m>\d+|{_alternation(SMALL_WORDS)})\s*$",
    re.IGNORECASE,
)
_PERCENT = Decimal(100)


def _ratio_value(text: str, ratio: re.Match) -> StatedValue:
    """ "one in 28" is a share whose whole is rounded to the unit: 1/28.5 to 1/27.5 (3.51% to
    3.64%), not the 3.6% it rounds to, which would be as tight for "one in five" (19.5% to
    20.5%) when the writer said anything from 18.2% to 22.2%."""
    n, m = parse_number(ratio["n"]), parse_number(ratio["m"])
    if n is None or m is None or not 0 < n.value < m.value:
        raise InputError(f"{text!r} is not a share: the count must be below the whole it is in")
    number = _PERCENT * n.value / m.value
    lo, hi = (
        _PERCENT * n.value / (m.value + m.half_step),
        _PERCENT * n.value / (m.value - m.half_step),
    )
    step = hi - lo
    qualifier = ratio["qual"].lower() if ratio["qual"] else None
    low, high, lo_open, hi_open = _ratio_interval(number, lo, hi, QUALIFIERS.get(qualifier or ""))
    return StatedValue(
        text,
        number,
        step,
        None,
        qualifier,
        resolve("%"),
        low,
        high,
        lo_open,
        hi_open,
        unit_text="%",
    )


def _ratio_interval(number: Decimal, lo: Decimal, hi: Decimal, kind: str | None):
    """The rounding interval of a ratio, widened or bounded by its qualifier as any figure."""
    if kind == "approximate":
        width = abs(number) * APPROXIMATE_SHARE
        return float(min(lo, number - width)), float(max(hi, number + width)), False, False
    if kind == "nearly":
        return float(min(lo, number - abs(number) * NEARLY_SHARE)), float(number), False, False
    if kind == "just_over":
        return float(lo), float(max(hi, number + abs(number) * NEARLY_SHARE)), False, False
    if kind is None:
        return float(lo), float(hi), False, True
    return _interval(number, Decimal(0), kind)


# Longer than any figure a news story states; refusing it keeps Decimal arithmetic bounded.
MAX_DIGITS = 40
_DIGIT_RUN = compile_later(f"[0-9]{{{MAX_DIGITS + 1},}}")


def _refuse_unreadable_digits(text: str) -> None:
    """Refuse, rather than silently read, digits other than 0-9 and overlong numbers."""
    foreign = next((ch for ch in text if ch.isdigit() and not ch.isascii()), None)
    if foreign is not None:
        raise InputError(
            f"{_short(text)} holds the digit {foreign!r}; write numbers with the digits 0-9"
        )
    if _DIGIT_RUN.search(text):
        raise InputError(f"{_short(text)} holds a number longer than {MAX_DIGITS} digits")


def _short(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _names_currency(unit_text: str) -> bool:
    try:
        return resolve(unit_text).currency is not None if unit_text.strip() else False
    except InputError:
        return False


def _unit(sign: str | None, unit_text: str, text: str) -> Unit:
    if sign and re.match(r"(?:per\s|/)", unit_text):  # "$540 per square foot": a price
        code = CURRENCY_SIGNS[sign if sign in CURRENCY_SIGNS else sign.upper()]
        unit_text = f"{code} {unit_text}"
        sign = None
    try:
        unit = resolve(unit_text) if unit_text else NUMBER
    except InputError as error:
        raise InputError(f"{error.message} (in {text!r})") from None
    if sign:
        code = CURRENCY_SIGNS[sign if sign in CURRENCY_SIGNS else sign.upper()]
        if unit is not NUMBER and unit.currency != code:
            raise InputError(f"{text!r} names two currencies ({sign} and {unit_text})")
        return resolve(code)
    return unit


def scale_factor(word: str | None) -> Decimal:
    """What a scale word multiplies by (1 for none; a DataFrame may hold a missing one as NaN)."""
    key = word.lower() if isinstance(word, str) else ""
    return SCALES.get(key, CURRENCY_ONLY_SCALES.get(key, Decimal(1)))


def _interval(number: Decimal, step: Decimal, kind: str | None):
    if number < 0 and kind in ("nearly", "just_over"):
        # "fell nearly 5%" is nearly -5%: the widening goes toward zero, as for a rise.
        lo, hi, lo_open, hi_open = _interval(-number, step, kind)
        return -hi, -lo, hi_open, lo_open
    half = step / 2
    inf = math.inf
    if kind == "exact":
        return float(number), float(number), False, False
    if kind == "approximate":
        width = max(step, abs(number) * APPROXIMATE_SHARE)
        return float(number - width), float(number + width), False, False
    if kind == "nearly":
        width = max(step, abs(number) * NEARLY_SHARE)
        return float(number - width), float(number), False, False
    if kind == "just_over":
        width = max(step, abs(number) * NEARLY_SHARE)
        return float(number - half), float(number + width), False, False
    if kind == "more_than":
        return float(number), inf, True, False
    if kind == "at_least":
        return float(number), inf, False, False
    if kind == "less_than":
        return -inf, float(number), False, True
    if kind == "at_most":
        return -inf, float(number), False, False
    return float(number - half), float(number + half), False, True


def scale_name(scale_word: str | None) -> str | None:
    """The name diagnoses use for a scale word ("bn" -> "billion", "亿" -> "yi")."""
    if not isinstance(scale_word, str) or not scale_word:
        return None
    factor = scale_factor(scale_word)
    return SCALE_NAMES.get(factor, scale_word) if factor != 1 else None
