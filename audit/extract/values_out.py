"""Write a found figure as a claim `value` the claims grammar reads (`audit.claims.values`).

The value keeps what the article wrote wherever the grammar can read it ("about 7.9 trillion
yuan", "$3.4bn", "12.5 per cent", "six"); what it cannot read is normalised ("1.6-fold" ->
"1.6 times", "twenty-one trillion" -> "21 trillion", "40 000" -> "40,000"). A unit the grammar
does not know is left out of the value and returned, so the caller can put it in the metric.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from audit import vocabulary as vocab
from audit.claims import values
from audit.claims.numbers import FRACTION_WORDS, SMALL_WORDS
from audit.claims.units import COUNTED, Unit, resolve
from audit.errors import InputError
from audit.extract import lexicon as lx
from audit.extract.numbers_in_text import Found, plain_digits
from audit.lazy_regex import compile_later

_WORD_SCALES = {
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}


def claim_value(found: Found) -> tuple[str, str | None]:
    """(value text that parse_value reads, the unit left out of it or None)."""
    if (
        found.kind == "multiple"
        and found.unit == "times"
        and found.text.lower() in values.MULTIPLE_VERBS
        and found.qualifier is None
    ):
        return found.text.lower(), None  # qualified ("nearly doubled"): "nearly 2 times"
    fraction = _fraction_words(found) or _ratio_words(found)
    if fraction is not None:
        return fraction, None
    number, scale = _number(found)
    if number is None:
        return found.text, None
    prefix = _prefix(found)
    unit = _unit(found, prefix)
    if prefix and found.per and unit and not unit.startswith("per"):
        prefix = None  # the currency is written as a word before the "per"
    qualifier = found.qualifier if found.qualifier in values.QUALIFIERS else None
    negative = found.value is not None and found.value < 0 and not found.number2
    sign = "-" if negative and not number.startswith("-") else ""  # a range signs each end
    body = f"{prefix or ''}{sign}{number}"
    if scale:
        body += scale if scale in ("万", "亿", "万亿") else f" {scale}"
    candidates: list[tuple[str, str | None]] = []
    if unit:
        joiner = "" if unit in ("%", "元") else " "
        candidates.append((f"{body}{joiner}{unit}", None))
    candidates.append((body, unit if unit else None))
    for text, left_out in candidates:
        written = f"{qualifier} {text}" if qualifier else text
        if _reads(written):
            return written, left_out
        if _reads(text):
            return text, left_out
    return _plain(found), found.unit_text


# Whether the grammar reads a value depends on its shape, not on which digits it has, so the
# answer is cached by shape ("1,038 billion yuan" and "2,517 billion yuan" share one entry):
# parse_value was the costliest step of drafting a value. Zeros stay zeros, so a leading zero
# ("05") keeps its own entry.
_SHAPE = str.maketrans("123456789", "555555555")


def _reads(text: str) -> bool:
    return _reads_shape(text.translate(_SHAPE))


@lru_cache(maxsize=4096)
def _reads_shape(text: str) -> bool:
    try:
        values.parse_value(text)
    except InputError:
        return False
    return True


def _number(found: Found) -> tuple[str | None, str | None]:
    """The number (or range) as the grammar reads it, and the scale word to write after it."""
    first = found.number
    words = first.lower()
    scale = _scale_out(found.scale)
    if any(ch.isalpha() for ch in first):
        if found.kind == "percent" and found.unit_text is None and found.value is not None:
            return _fraction_percent(found.value), None  # "a third of": 33.3%
        if found.kind == "pp" and found.value is not None and 0 < found.value < 1:
            # "a quarter-point cut" as 0.25 points: a digit a fall's minus sign can go on
            return _digits(found.value), None
        if words in SMALL_WORDS or words in FRACTION_WORDS:
            return words, scale
        if scale is None:
            for word, factor in _WORD_SCALES.items():
                if re.search(rf"\b{word}\b", words) and found.value is not None:
                    return _digits(found.value / factor), word
        return (
            _digits(found.value / _factor(found.scale)) if found.value is not None else None
        ), scale
    if first in lx.VULGAR_FRACTIONS and found.kind == "percent" and found.value is not None:
        return _fraction_percent(found.value), None  # "¾ of the firm": 75%
    if "/" in first or first[-1:] in lx.VULGAR_FRACTIONS:
        return (
            _digits(found.value / _factor(found.scale)) if found.value is not None else None
        ), scale
    number = _grouped(first)
    if found.number2:
        if scale and found.low is not None and _magnitude(number) == found.low:
            # "800,000 to 1.2 million": the scale word is the second end's alone; the first
            # is written in it ("0.8-1.2 million"), which widens its interval, never narrows
            low = _digits(found.low / _factor(found.scale))
            return f"{low}-{_grouped(found.number2 or '')}", scale
        return _range(found, number), scale
    if found.scale and scale is None:  # a scale the grammar lacks ("dozen"): fold it in
        return _digits(found.value) if found.value is not None else None, None
    return number, scale


def _fraction_words(found: Found) -> str | None:
    """ "a third of" and "fell by a third" as the words, which the grammar reads as loosely as
    a writer rounds to a simple fraction; a fall keeps its sign ("-a third")."""
    if found.kind != "percent" or found.unit_text is not None or found.value is None:
        return None
    words = found.number.lower()
    if words not in FRACTION_WORDS and words.replace("-", " ") not in FRACTION_WORDS:
        return None
    qualifier = found.qualifier if found.qualifier in values.QUALIFIERS else None
    written = f"-{words}" if found.value < 0 else words
    return f"{qualifier} {written}" if qualifier else written


def _ratio_words(found: Found) -> str | None:
    """ "one in 28" as the words, which the grammar reads with the whole rounded to the unit;
    as the 3.6% it rounds to, its interval would miss 3.51% to 3.55%."""
    if found.kind != "percent" or found.value is None or found.value < 0:
        return None
    words = " ".join(found.text.lower().split())
    if values.RATIO.match(words) is None:
        return None
    qualifier = found.qualifier if found.qualifier in values.QUALIFIERS else None
    return f"{qualifier} {words}" if qualifier else words


def _fraction_percent(value: Decimal) -> str:
    """A spelled fraction as a percentage rounded to a tenth, so its rounding interval holds
    the exact share ("a third": 33.3%, [33.25, 33.35)); a whole one as it is ("half": 50)."""
    tenth = value.quantize(Decimal("0.1"))
    whole = tenth.to_integral_value()
    return f"{whole:f}" if tenth == whole else f"{tenth:f}"


def _range(found: Found, number: str) -> str:
    """Both ends of a range, each with its own sign ("-5 to -10") and, where it differs from
    the second's, its own scale word ("10 million-1.2 billion")."""
    second = _grouped(found.number2 or "")
    low, high = found.low, found.high
    first_value, second_value = _magnitude(number), _magnitude(second)
    if low is None or high is None or first_value is None or second_value is None:
        return f"{number}-{second}"
    ends = (low, high)
    factor = _factor(found.scale)
    first_scale = None
    if first_value and first_value * factor not in ends and -first_value * factor not in ends:
        for end in ends:
            name = vocab.SCALE_NAMES.get(abs(end) / first_value)
            if name in values.SCALES:
                first_scale, factor_first = name, values.SCALES[name]
                break
    if first_scale is None:
        factor_first = factor
    first_negative = _negative(first_value * factor_first, ends)
    second_negative = _negative(second_value * factor, ends)
    head = f"{'-' if first_negative else ''}{number}" + (f" {first_scale}" if first_scale else "")
    tail = f"{'-' if second_negative else ''}{second}"
    return f"{head} to {tail}" if first_negative or second_negative else f"{head}-{tail}"


def _magnitude(number: str) -> Decimal | None:
    try:
        return Decimal(number.replace(",", ""))
    except ArithmeticError:
        return None


def _negative(end: Decimal, ends: tuple[Decimal | None, Decimal | None]) -> bool:
    return end != 0 and -end in ends and end not in ends


def _scale_out(scale: str | None) -> str | None:
    if not scale:
        return None
    key = " ".join(scale.split())
    if key in lx.SCALE_OUT:
        return lx.SCALE_OUT[key]
    if key.lower() in values.SCALES:
        return key.lower()
    return None


def _factor(scale: str | None) -> Decimal:
    if not scale:
        return Decimal(1)
    key = " ".join(scale.split())
    return (
        lx.LETTER_SCALES.get(key)
        or lx.CURRENCY_LETTER_SCALES.get(key)
        or lx.SCALE_WORDS.get(key.lower(), Decimal(1))
    )


_SPACE_GROUP = compile_later(r"(?<=\d)[\s\u00a0\u202f\u2009](?=\d{3})")


def _grouped(number: str) -> str:
    """Space-grouped thousands ("40 000") as the grammar writes them ("40,000")."""
    number = plain_digits(number)
    return _SPACE_GROUP.sub(",", number) if " " in number or not number.isascii() else number


def _digits(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    if "." in text and len(text.split(".")[1]) > 6:
        text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text


def _prefix(found: Found) -> str | None:
    if not found.prefix:
        return None
    squashed = re.sub(r"\s+", "", found.prefix)
    for candidate in (squashed, squashed.upper()):
        code = values.CURRENCY_SIGNS.get(candidate)
        # "Rs" in a Karachi story is read as Pakistani rupees: written as the grammar reads
        # "Rs" (Indian rupees) it would change currency.
        if code is not None and found.currency in (None, code):
            return candidate + (" " if candidate.isalpha() else "")
    code = found.currency or ""
    if code in lx.PREFIX_OUT:
        return lx.PREFIX_OUT[code]
    return f"{code} " if code in values.CURRENCY_SIGNS else None  # "R2.3bn" -> "ZAR 2.3bn"


def _unit(found: Found, prefix: str | None) -> str | None:
    if found.kind == "percent":
        return (
            "%"
            if (found.unit_text or "%") in ("%", "pc")
            else "percent"
            if "percentage" in (found.unit_text or "").lower()
            else " ".join((found.unit_text or "percent").lower().split())
        )
    if found.kind == "pp":
        return "percentage points"
    if found.kind == "bp":
        return "basis points"
    if found.kind == "multiple":
        return "times"
    if found.kind == "money" and prefix:
        if found.per and found.currency in lx.CURRENCY_OUT:
            # "$1,200 a month": the grammar reads a rate with the currency as a word.
            return f"{lx.CURRENCY_OUT[found.currency]}{_per(found, ' ')}"
        return _per(found, "") or None
    if found.kind == "number" and found.counted and not found.unit_text:
        # "13,000 workers": the noun is the count's unit, so counts of different things never
        # meet in a sum or a share, and "per worker" can be checked against it. A noun the
        # units do not name is a count of its own ("350 counted stalls").
        noun = found.counted if found.counted in _COUNT_NOUNS else f"{COUNTED} {found.counted}"
        return noun + _per(found, " ")
    unit = None
    if found.unit_text:
        written = " ".join(found.unit_text.split())
        if written.startswith("-"):
            written = written[1:]
        if found.kind == "money" and found.currency:
            # The word as written where the grammar reads it as this currency ("pesos" in a
            # Manila story is not the grammar's Mexican pesos), else the currency's own name.
            unit = (
                written
                if _currency_of(written) == found.currency
                else lx.CURRENCY_OUT.get(found.currency, found.currency)
            )
        elif found.unit == "pound_mass":
            unit = "lb"  # "weighed 40 pounds": "pounds" alone is sterling to the grammar
        elif _resolves(written):
            unit = written
        elif found.unit and _resolves(found.unit):
            unit = found.unit
        else:
            unit = written
    return (unit or "") + _per(found, " " if unit else "") or None


def _per(found: Found, joiner: str) -> str:
    if not found.per:
        return ""
    written = " ".join(found.per.lower().split())
    number, _, noun = written.rpartition(" ")
    if number.replace(",", "").isdigit() and noun not in _COUNT_NOUNS:
        written = f"{number} {COUNTED} {noun}"  # "per 1,000 counted inhabitants"
    per = (
        _PER_OUT.get(written)
        or lx.MEASURE_UNITS.get(written)
        or lx.MEASURE_UNITS.get(written + "s")
        or written
    )
    return f"{joiner}per {per}"


_COUNT_NOUNS = frozenset(lx.COUNT_NOUNS)

# "km/h" and "a square metre" as the unit registry spells them.
_PER_OUT = {
    "h": "hour",
    "hr": "hour",
    "yr": "year",
    "annum": "year",
    "capita": "person",
    "head": "person",
}


@lru_cache(maxsize=1024)  # a few units an article writes again and again
def _unit_of(unit: str) -> Unit | None:
    try:
        return resolve(unit)
    except InputError:
        return None


def _currency_of(unit: str) -> str | None:
    resolved = _unit_of(unit)
    return resolved.currency if resolved is not None else None


def _resolves(unit: str) -> bool:
    return _unit_of(unit) is not None


def _plain(found: Found) -> str:
    if found.value is None:
        return found.number
    return _digits(found.value)
