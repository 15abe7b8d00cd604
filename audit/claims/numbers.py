"""Written numbers: the exact decimal a string states and the rounding step it implies.

Precision is read from the string, never from a float: "7.80" has step 0.01, "7.8" step 0.1.
An integer ending in whole groups of three zeros ("82,000") is read as rounded to that group,
the same as "82 thousand", but never to fewer than two significant digits ("1,000" is read to
the hundred); other integers are read to the unit.
"""

from __future__ import annotations

from decimal import Decimal

from audit import vocabulary as vocab
from audit.lazy_regex import compile_later
from audit.records import record

# [0-9], not \d: other scripts' digits are refused, never silently read.
DIGITS = compile_later(r"^[+\-−]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?$|^[+\-−]?\.[0-9]+$")

SMALL_WORDS = vocab.SMALL_WORDS
FRACTION_WORDS = vocab.FRACTION_WORDS


def _fraction_steps(fractions) -> dict[Decimal, Decimal]:
    """A spelled fraction's rounding step: the gap to the nearer of its neighbours among the
    fractions news writes. A writer rounds to the nearest simple fraction, so "fell by a
    third" says 30% to 36.7% (halfway to "two-fifths" on one side, as far on the other), and
    "half" says 45% to 55%; a claims file and a drafted claim read it alike."""
    ladder = sorted({Decimal(0), Decimal(1), *fractions})
    return {
        value: min(value - below, above - value)
        for below, value, above in zip(ladder, ladder[1:], ladder[2:], strict=False)
    }


FRACTION_STEPS = _fraction_steps(FRACTION_WORDS.values())


@record(frozen=True)
class WrittenNumber:
    """A number as written: the exact value and the rounding step of its last stated digit."""

    text: str
    value: Decimal
    step: Decimal

    def __init__(
        self,
        text: str,
        value: Decimal,
        step: Decimal,
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "step", step)

    @property
    def half_step(self) -> Decimal:
        return self.step / 2


def parse_number(text: str) -> WrittenNumber | None:
    """The exact value and step of a written number, or None if `text` is not one."""
    raw = text.strip()
    if DIGITS.match(raw):
        return _parse_digits(raw)
    key = raw.lower()
    negative = key[:1] in "-−" and len(key) > 1
    key = key.lstrip("+-−").strip()
    key = key if key in FRACTION_WORDS else key.replace("-", " ")
    if key in FRACTION_WORDS:
        value = FRACTION_WORDS[key]
        return WrittenNumber(raw, -value if negative else value, FRACTION_STEPS[value])
    if negative:
        return None  # "-six": a sign goes on digits or on a fraction only
    compound = _parse_word_integer(key)
    if compound is not None:
        return WrittenNumber(raw, Decimal(compound), Decimal(1))
    return None


def _parse_digits(raw: str) -> WrittenNumber:
    sign = -1 if raw[0] in "-−" else 1
    body = raw.lstrip("+-−").replace(",", "")
    value = Decimal(body) * sign
    if "." in body:
        decimals = len(body.split(".")[1])
        step = Decimal(1).scaleb(-decimals)
    else:
        stripped = body.lstrip("0").rstrip("0")
        zero_groups = (len(body.lstrip("0")) - len(stripped)) // 3 if stripped else 0
        # Keep two significant digits: "1,000" is read as rounded to the hundred, not to the
        # thousand, which would admit anything from 500 to 1,500.
        digits = len(body.lstrip("0"))
        step = Decimal(1).scaleb(min(3 * zero_groups, max(0, digits - 2)))
    return WrittenNumber(raw, value, step)


def _parse_word_integer(key: str) -> int | None:
    if key in SMALL_WORDS:
        return SMALL_WORDS[key]
    parts = key.split()
    if len(parts) == 2 and parts[0] in SMALL_WORDS and parts[1] in SMALL_WORDS:
        tens, units = SMALL_WORDS[parts[0]], SMALL_WORDS[parts[1]]
        if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= units <= 9:
            return tens + units
    return None


def format_decimal(value: Decimal, step: Decimal) -> str:
    """Write `value` with exactly the decimals of `step` and thousands separators."""
    exponent = step.normalize().as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) and step < 1 else 0
    quantized = value.quantize(Decimal(1).scaleb(-decimals))
    return f"{quantized:,.{decimals}f}"
