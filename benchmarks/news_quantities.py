"""Score `audit.extract.find_quantities` on news-style sentences annotated with their quantities.

    python benchmarks/news_quantities.py [--data benchmarks/news_quantities.txt] [--show-failures]

The matching follows the protocol of published news quantity benchmarks: a found quantity
matches an expected one when its value is equal after normalisation (scale applied, relative
tolerance 1e-5; a range matches only a range, end for end), and for value+unit also when its
unit, normalised to lower-case singular words, is the same. Each expected quantity is matched
at most once. Precision is over every quantity found, recall over every quantity expected, so a
number that is not a quantity (a model name, a clock time, a score) costs precision. F1 is
printed over all sentences, and on money and percentages alone.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.extract import find_quantities  # noqa: E402

DATA = Path(__file__).with_name("news_quantities.txt")

# Found kinds that name no quantity: positions, dates, times, codes, scores, ages, addresses.
NOT_QUANTITIES = {
    "ordinal",
    "date",
    "time",
    "period",
    "identifier",
    "code",
    "year",
    "score",
    "age",
    "address",
}

CURRENCY_NAMES = {
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "INR": "indian rupee",
    "AUD": "australian dollar",
    "NZD": "new zealand dollar",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "CAD": "canadian dollar",
    "CHF": "swiss franc",
    "MYR": "malaysian ringgit",
    "KRW": "south korean won",
    "IDR": "indonesian rupiah",
    "TWD": "new taiwan dollar",
    "RUB": "russian ruble",
    "BRL": "brazilian real",
    "ZAR": "south african rand",
    "TRY": "turkish lira",
    "MXN": "mexican peso",
    "AED": "uae dirham",
    "NGN": "nigerian naira",
    "KES": "kenyan shilling",
    "GHS": "ghanaian cedi",
    "PHP": "philippine peso",
    "SEK": "swedish krona",
    "THB": "thai baht",
    "SAR": "saudi riyal",
    "QAR": "qatari riyal",
    "cent": "cent",
    "penny": "penny",
}

# Spellings of the same unit in the tool's names and in the annotations' words.
UNIT_WORDS = {
    "percent": "percentage",
    "pp": "percentage point",
    "percentage_point": "percentage point",
    "basis_point": "basis point",
    "tonne": "metric ton",
    "degree_Celsius": "celsius",
    "UAE_dirham": "uae dirham",
    "degree_Fahrenheit": "fahrenheit",
    "pound_mass": "pound",
    "barrel_per_day": "barrel per day",
    "parts_per_million": "parts per million",
    "parts_per_billion": "parts per billion",
}

_IRREGULAR = {
    "people": "people",
    "staff": "staff",
    "aircraft": "aircraft",
    "men": "man",
    "species": "species",
    "parts": "parts",
    "series": "series",
}


def singular(word: str) -> str:
    """A plural English noun's singular, good enough for the nouns news counts."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(name: str) -> str:
    """A unit name of the tool's ("kilometer_per_hour") in the annotations' words."""
    name = UNIT_WORDS.get(name, name)
    name = name.replace("_", " ").lower().replace("meter", "metre")
    return " ".join(singular(part) for part in name.split())


def _per(per: str) -> str:
    text = per.lower().removeprefix("per ").removeprefix("a ").removeprefix("an ").lstrip("/")
    text = text.replace(",", "")  # "per 1,000 people" and "per 1000 people" are one unit
    return " ".join(_PER_WORDS.get(part, singular(part)) for part in text.split())


_PER_WORDS = {"hr": "hour", "h": "hour", "yr": "year"}


def unit_of(found) -> str:
    if found.kind == "money":
        unit = CURRENCY_NAMES.get(found.currency or found.unit or "", words(found.unit or "-"))
    elif found.kind in ("multiple", "ratio"):
        unit = "times"
    elif found.kind in ("pp", "bp"):
        unit = words(found.unit or found.kind)
    elif found.unit:
        unit = words(found.unit)
    elif found.counted:
        unit = " ".join(singular(part) for part in found.counted.lower().split())
    else:
        unit = "-"
    if found.per and "per" not in unit.split():
        unit = f"{unit} per {_per(found.per)}"
    return unit


def value_of(found) -> float | tuple[float, float] | None:
    if found.low is not None and found.high is not None:
        return (float(found.low), float(found.high))
    return None if found.value is None else float(found.value)


@dataclass
class Quantity:
    value: float | tuple[float, float]
    unit: str
    kind: str


def _parse_value(text: str) -> float | tuple[float, float]:
    if ".." in text:
        low, high = text.split("..")
        return (float(low), float(high))
    return float(text)


def load(path: Path) -> list[tuple[str, list[Quantity]]]:
    cases: list[tuple[str, list[Quantity]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(" "):
            value, unit, kind = (part.strip() for part in line.split("|"))
            cases[-1][1].append(Quantity(_parse_value(value), unit, kind))
        else:
            cases.append((line, []))
    return cases


def predict(sentence: str) -> list[Quantity]:
    out = []
    for found in find_quantities(sentence):
        value = value_of(found)
        if found.kind in NOT_QUANTITIES or value is None:
            continue
        kind = found.kind if found.kind in ("money", "percent") else "other"
        out.append(Quantity(value, unit_of(found), kind))
    return out


def same_value(a, b) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple):
        return all(
            math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-8) for x, y in zip(a, b, strict=True)
        )
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def matches(want: list[Quantity], got: list[Quantity], with_unit: bool) -> int:
    """Expected quantities met one for one; a value+unit match is preferred for each."""
    left = list(got)
    hits = 0
    for expected in want:
        candidates = [g for g in left if same_value(expected.value, g.value)]
        if with_unit:
            candidates = [g for g in candidates if g.unit == expected.unit]
        else:
            candidates.sort(key=lambda g: g.unit != expected.unit)
        if candidates:
            left.remove(candidates[0])
            hits += 1
    return hits


@dataclass
class Score:
    hits: int = 0
    expected: int = 0
    found: int = 0

    def f1(self) -> tuple[float, float, float]:
        p = self.hits / self.found if self.found else 0.0
        r = self.hits / self.expected if self.expected else 0.0
        return p * 100, r * 100, (2 * p * r / (p + r) * 100 if p + r else 0.0)

    def line(self, name: str) -> str:
        p, r, f = self.f1()
        counts = f"({self.hits}/{self.expected}, found {self.found})"
        return f"{name:32} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}   {counts}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    cases = load(args.data)
    value, value_unit, money_value, money_unit = Score(), Score(), Score(), Score()
    failures = []
    for sentence, want in cases:
        got = predict(sentence)
        money_want = [q for q in want if q.kind in ("money", "percent")]
        money_got = [q for q in got if q.kind in ("money", "percent")]
        for score, w, g, with_unit in (
            (value, want, got, False),
            (value_unit, want, got, True),
            (money_value, money_want, money_got, False),
            (money_unit, money_want, money_got, True),
        ):
            score.hits += matches(w, g, with_unit)
            score.expected += len(w)
            score.found += len(g)
        if matches(want, got, True) != len(want) or len(got) != len(want):
            failures.append((sentence, want, got))
    print(f"{len(cases)} sentences, {value.expected} quantities")
    print(value.line("value, all"))
    print(value_unit.line("value+unit, all"))
    print(money_value.line("value, money+percent"))
    print(money_unit.line("value+unit, money+percent"))
    print(f"sentences not read exactly: {len(failures)}")
    if args.show_failures:
        for sentence, want, got in failures:
            print(f"\n  {sentence}")
            print(f"    want {[(q.value, q.unit) for q in want]}")
            print(f"    got  {[(q.value, q.unit) for q in got]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
