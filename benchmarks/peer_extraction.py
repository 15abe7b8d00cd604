"""Score `audit.extract.find_quantities` on other projects' published English test cases.

    python benchmarks/peer_extraction.py [--peer ../shared/peer] [--show-failures]

Suites: Microsoft Recognizers-Text NumberModel, PercentModel and CurrencyModel specs, and
quantulum3's quantities.json. A case is scored on value + unit: it is correct when the figures
we find (of the kind the suite is about) are exactly the expected ones, in value and unit, no
more and no fewer. Expected results that are out of scope are set aside with a reason (and any
figure we find over their span is ignored); a case whose expected results are all out of scope
is out of scope. The reasons are about how news text is written, decided from the expected text
alone, never from our output. The peer data is read, never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.extract import find_quantities  # noqa: E402

# Found kinds that are not quantities in anyone's sense: positions, dates, codes ("COVID-19").
NOT_QUANTITIES = {"ordinal", "date", "time", "period", "identifier", "code"}

# --- out-of-scope rules: (reason, test on the expected text / case) ---------------------------
_SMALL = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_DENOM = (
    r"(?:halfs?|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|"
    r"ninths?|tenths?)"
)
_WHOLE = r"(?:(?!thousand|million|billion)[a-z]+(?:[\s-]+(?!thousand|million|billion)[a-z]+)?)"
# What news writes: "two thirds", "a quarter", "one and a half", "forty two and a third",
# "half a dozen", "two and a half million".
_SIMPLE_FRACTION = re.compile(
    rf"^(?:{_WHOLE}[\s-]+and[\s-]+(?:a|one)[\s-]+{_DENOM}"
    rf"|(?:{_SMALL}|half|quarter)?[\s-]*{_DENOM}|(?:{_SMALL}[\s-]+and[\s-]+a[\s-]+)?{_DENOM})"
    rf"(?:[\s-]+(?:a[\s-]+)?(?:dozen|thousand|million|billion|trillion))?$|^half$",
    re.I,
)
_ORDINAL_WORD = re.compile(
    r"(?:th|ths|fifths?|thirds?|quarters?|halves|half|firsts?|seconds?|"
    r"fourths?|eighths?|ninths?|twelfths?)\b",
    re.I,
)

NUMBER_RULES = [
    (
        "scientific notation and powers: not how news states figures",
        re.compile(r"\^|\d[eE][-+]?\d|[x×]10", re.I),
    ),
    (
        "spoken decimals or digit strings ('five point five', 'nought'): news writes digits",
        re.compile(r"\bpoint\b|nought|naught|three-nought", re.I),
    ),
    (
        "fractions written 'N over M' or 'N out of M', read as a division",
        re.compile(r"\bover\s+(?:\d|one|twenty|three)|\bout of\b|\b1 in twenty", re.I),
    ),
    (
        "European decimal comma or Indian digit grouping (English news uses 1,234.5)",
        re.compile(r"\d\.\d{3},\d|\d,\d{2},\d{3}|^1,3$|^5,00$"),
    ),
    (
        "'G' as a giga suffix: collides with 5G/4G, written everywhere in tech news",
        re.compile(r"\d\s?G$", re.I),
    ),
    (
        "spelled fractions beyond 'two thirds' / 'one and a half' ('one hundred thirty fifths',"
        " 'a trillionth', 'six million and two thirds'): ambiguous with ordinals, not news usage",
        lambda text: (
            _ORDINAL_WORD.search(text)
            and not _SIMPLE_FRACTION.match(
                re.sub(r"\s+(?:us\s+)?(?:usd|dollars?)$", "", text.strip(), flags=re.I)
            )
        ),
    ),
    ("abbreviated dozens ('3 dzs')", re.compile(r"dzs|dozs", re.I)),
    ("vulgar fraction characters", re.compile(r"[½⅓⅔¼¾⅕⅙⅛]")),
]
CASE_RULES = [
    (
        "dates, phone numbers, IP addresses: identifiers, not quantities",
        re.compile(r"\d+\.\d+\.\d+\.\d+|\d+/\d+/\d{4}|\+\d-\d{3}"),
    ),
    (
        "digits mixed with number words beyond one scale word ('3 hundred and 21')",
        re.compile(r"\d\s+hundred\s+and|\d\s+thousand\s+\d|\d\s+crore\s+and", re.I),
    ),
]
NUMBER_CASE_RULES = [
    *CASE_RULES,
    (
        "a number glued to a unit ('180ml', '29km', '1m'): a measurement, which the number model"
        " leaves to its dimension model; scored in the quantulum3 suite",
        re.compile(r"\d(?:ml|km|m)\b"),
    ),
]
PERCENT_RULES = [
    (
        "'percent of N' word order: not a way news writes a percentage",
        re.compile(r"^per\s?cents?\s+of|^percents?\s+of", re.I),
    ),
]
CURRENCY_RULES = [
    (
        "compound amounts in two units ('3 dollars 50 cents', 'one kuai and five mao'): news "
        "writes $3.50",
        re.compile(
            r"dollars?\s+(?:and\s+)?(?:\d|fifty|forty|fifteen|one|two|fi)|"
            r"kuai|\$\s?\d+\s+and\s+fifty|\$\s30 cent|usd\s25|usd\s50$",
            re.I,
        ),
    ),
    (
        "M-prefixed currency codes and codes between number and scale ('30 MUSD', '75 USD "
        "million'): finance shorthand",
        re.compile(r"\bm(?:usd|eur|gbp|aud)\b|usd\s+million", re.I),
    ),
    (
        "currency outside the tool's table (colón, lari, kip, Sri Lankan rupee, sen, bitcoin)",
        re.compile(r"[₡₾₭₿]|ரூ|bitcoin|btc|satoshi|^sen\b", re.I),
    ),
]
QUANTULUM_UNITS = {
    "dimensionless",
    "percentage",
    "dollar",
    "euro",
    "pound sterling",
    "yen",
    "cent",
    "penny",
    "metre",
    "kilometre",
    "mile",
    "inch",
    "foot",
    "kilogram",
    "gram",
    "milligram",
    "tonne",
    "litre",
    "gallon",
    "hectare",
    "acre",
    "square kilometre",
    "square mile",
    "square metre",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
    "degree Celsius",
    "degree fahrenheit",
    "watt",
    "kilowatt",
    "megawatt",
    "gigawatt",
    "watt hour",
    "kilowatt hour",
    "megawatt hour",
    "terawatt hour",
    "dollar per hour",
    "pound-mass",
}
QUANTULUM_RULES = [
    ("scientific notation or a stated uncertainty (+/-)", re.compile(r"\d[eE][-+]?\d|×10|\+/-|\^")),
    ("accounting notation for negatives '($99.99)'", re.compile(r"^\(.*\)$")),
    (
        "a unit with no number ('a gallon', 'a penny'): not a figure",
        re.compile(r"^(?:a|an|one)\s+(?!hundred|thousand|dozen)[a-z]+$|^a\s+gallon", re.I),
    ),
    ("spelled compound with '&' or comma ('three million, two hundred & forty')", re.compile(r"&")),
    ("vulgar fraction characters", re.compile(r"[½⅓⅔¼¾]")),
]

# Our unit names -> the peers' names.
TO_QUANTULUM = {
    None: "dimensionless",
    "percent": "percentage",
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "yen",
    "cent": "cent",
    "penny": "penny",
    "meter": "metre",
    "kilometer": "kilometre",
    "mile": "mile",
    "inch": "inch",
    "foot": "foot",
    "kilogram": "kilogram",
    "gram": "gram",
    "milligram": "milligram",
    "tonne": "tonne",
    "liter": "litre",
    "gallon": "gallon",
    "hectare": "hectare",
    "acre": "acre",
    "square_kilometer": "square kilometre",
    "square_mile": "square mile",
    "square_meter": "square metre",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
    "degree_Celsius": "degree Celsius",
    "degree_Fahrenheit": "degree fahrenheit",
    "watt": "watt",
    "kilowatt": "kilowatt",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "watt_hour": "watt hour",
    "kilowatt_hour": "kilowatt hour",
    "megawatt_hour": "megawatt hour",
    "terawatt_hour": "terawatt hour",
    "pound_mass": "pound-mass",
    "times": "dimensionless",
}
RECOGNIZERS_CURRENCY = {
    "Dollar": "USD",
    "United States dollar": "USD",
    "Canadian dollar": "CAD",
    "Hong Kong dollar": "HKD",
    "Australian dollar": "AUD",
    "Euro": "EUR",
    "Pound": "GBP",
    "British pound": "GBP",
    "Japanese yen": "JPY",
    "Chinese yuan": "CNY",
    "Swiss franc": "CHF",
    "Rupee": "INR",
    "Cent": "cent",
    "Pence": "penny",
    "Penny": "penny",
    "Franc": "franc",
    "Peseta": "peseta",
    "Finnish markka": "finnish markka",
    "Netherlands guilder": "guilder",
    "Turkish lira": "TRY",
    "Mexican peso": "MXN",
    "New Zealand dollar": "NZD",
}


def _our_currency(found) -> str:
    unit = found.currency or found.unit or ""
    unit = {
        "dutch guilders": "guilder",
        "guilders": "guilder",
        "francs": "franc",
        "pesetas": "peseta",
    }.get(unit, unit)
    return unit


def _close(a: Decimal, b: Decimal) -> bool:
    if a == b:
        return True
    scale = max(abs(a), abs(b))
    return abs(a - b) <= scale * Decimal("1e-9")


def _out_reason(text: str, rules) -> str | None:
    for reason, test in rules:
        if test.search(text) if hasattr(test, "search") else test(text):
            return reason
    return None


class Suite:
    def __init__(self, name: str) -> None:
        self.name = name
        self.total = self.in_scope = self.correct = 0
        self.out: Counter[str] = Counter()
        self.failures: list[str] = []

    def score(self, text, expected, out_spans, reason_of_case, predict, key) -> None:
        """expected: list of (start, end, value, unit); out_spans: set-aside spans."""
        self.total += 1
        if reason_of_case:
            self.out[reason_of_case] += 1
            return
        if not expected and out_spans:
            for reason in {r for _, _, r in out_spans}:
                self.out[reason] += 1
            return
        self.in_scope += 1
        found = [
            f for f in predict(text) if not any(f.start < e and s < f.end for s, e, _ in out_spans)
        ]
        got = sorted((str(key(f)[0]), key(f)[1]) for f in found)
        want = sorted((str(v), u) for _, _, v, u in expected)
        ok = len(got) == len(want) and all(
            _close(Decimal(g[0]), Decimal(w[0])) and g[1] == w[1]
            for g, w in zip(
                sorted(got, key=lambda x: Decimal(x[0])),
                sorted(want, key=lambda x: Decimal(x[0])),
                strict=True,
            )
        )
        if ok:
            self.correct += 1
        else:
            self.failures.append(f"{text[:110]!r}\n      want {want}\n      got  {got}")

    def report(self, show: bool) -> None:
        accuracy = self.correct / self.in_scope if self.in_scope else 0.0
        print(f"\n## {self.name}")
        print(
            f"cases {self.total}, out of scope {sum(self.out.values())}, in scope "
            f"{self.in_scope}, correct {self.correct}, accuracy {accuracy:.1%}"
        )
        for reason, count in self.out.most_common():
            print(f"  out of scope ({count}): {reason}")
        if show:
            for failure in self.failures:
                print("  FAIL", failure)


def recognizers(
    peer: Path, file: str, suite: Suite, rules, kinds, unit_of, case_rules=CASE_RULES
) -> None:
    cases = json.loads((peer / "recognizers-text" / file).read_text(encoding="utf-8-sig"))
    for case in cases:
        text = case["Input"]
        if "dotnet" in case.get("NotSupported", "") or case.get("NotSupportedByDesign"):
            suite.total += 1
            suite.out[
                "marked unsupported by the reference implementation itself "
                "(NotSupported dotnet / NotSupportedByDesign)"
            ] += 1
            continue
        expected, out_spans = [], []
        for result in case["Results"]:
            start, end = result["Start"], result["End"] + 1
            value = result["Resolution"].get("value")
            reason = _out_reason(result["Text"], rules + CASE_RULES)
            if value in (None, "null"):
                reason = reason or "no number: a unit or currency name alone is not a figure"
            if reason:
                out_spans.append((start, end, reason))
                continue
            unit = unit_of(result)
            expected.append((start, end, Decimal(str(value).rstrip("%")), unit))
        suite.score(
            text,
            expected,
            out_spans,
            _out_reason(text, case_rules),
            lambda t: [f for f in find_quantities(t) if kinds(f)],
            lambda f: (f.value, unit_of(f)),
        )


def quantulum(peer: Path, suite: Suite) -> None:
    cases = json.loads((peer / "quantulum3" / "quantities.json").read_text(encoding="utf-8"))
    for case in cases:
        text = case["req"]
        expected, out_spans, cursor = [], [], 0
        for result in case["res"]:
            start = text.find(result["surface"], cursor)
            start = start if start >= 0 else text.find(result["surface"])
            end = start + len(result["surface"])
            cursor = end
            reason = _out_reason(result["surface"], QUANTULUM_RULES)
            if " to " in result["surface"] and text[:start].rstrip().endswith("from"):
                reason = reason or (
                    "'from A to B' read as a range; in news it states a change "
                    "('rose from 5% to 7%'), so we read two figures"
                )
            if result["unit"] not in QUANTULUM_UNITS:
                reason = reason or (
                    "technical or scientific unit outside news usage "
                    "(eV, nanometre, exabyte, candela second...)"
                )
            if reason:
                out_spans.append((start, end, reason))
                continue
            expected.append((start, end, Decimal(str(result["value"])), result["unit"]))
        suite.score(
            text,
            expected,
            out_spans,
            None,
            lambda t: [
                f
                for f in find_quantities(t)
                if f.kind not in NOT_QUANTITIES and f.value is not None
            ],
            _quantulum_key,
        )


def _quantulum_key(found):
    unit = TO_QUANTULUM.get(found.currency or found.unit, found.unit)
    if found.per:
        per = found.per.lower().rstrip("s")
        unit = f"{unit} per {TO_QUANTULUM.get(per, per)}"
    return found.value, unit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, default=ROOT.parent / "shared" / "peer")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    if not args.peer.is_dir():
        print(f"peer data not found at {args.peer}", file=sys.stderr)
        return 2
    number = Suite("Recognizers-Text English NumberModel")
    recognizers(
        args.peer,
        "NumberModel.json",
        number,
        NUMBER_RULES,
        lambda f: f.kind not in NOT_QUANTITIES and f.value is not None,
        lambda r: "number",
        NUMBER_CASE_RULES,
    )
    percent = Suite("Recognizers-Text English PercentModel")
    recognizers(
        args.peer,
        "PercentModel.json",
        percent,
        NUMBER_RULES + PERCENT_RULES,
        lambda f: f.kind == "percent",
        lambda r: "percent",
    )
    currency = Suite("Recognizers-Text English CurrencyModel")
    recognizers(
        args.peer,
        "CurrencyModel.json",
        currency,
        NUMBER_RULES + CURRENCY_RULES,
        lambda f: f.kind == "money",
        lambda r: (
            RECOGNIZERS_CURRENCY.get(r["Resolution"]["unit"], r["Resolution"]["unit"].lower())
            if isinstance(r, dict)
            else _our_currency(r)
        ),
    )
    quantities = Suite("quantulum3 quantities.json")
    quantulum(args.peer, quantities)
    suites = [number, percent, currency, quantities]
    for suite in suites:
        suite.report(args.show_failures)
    in_scope = sum(s.in_scope for s in suites)
    correct = sum(s.correct for s in suites)
    print(
        f"\nall suites: in scope {in_scope}, correct {correct}, accuracy {correct / in_scope:.1%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
