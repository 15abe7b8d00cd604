"""Word tables for finding figures in English news text: scale words, currencies, units, cues.

Each table maps what a text writes to what the claims grammar (`audit.claims.values`) writes, so the
regular expressions in `numbers_in_text` are built from data, once, at import time.
"""

from __future__ import annotations

import re
from decimal import Decimal

# --- Scale words after a number ---------------------------------------------------------------
# Written form (lower case) -> factor. Case-sensitive single letters are handled separately:
# "10M" is ten million but "10 m" is ten metres, and "5G" is a network, not five billion.
SCALE_WORDS: dict[str, Decimal] = {
    "hundred million": Decimal(10) ** 8, "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5, "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7, "bn": Decimal(10) ** 9, "bln": Decimal(10) ** 9,
    "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "mil": Decimal(10) ** 6,
    "tn": Decimal(10) ** 12, "trn": Decimal(10) ** 12, "tln": Decimal(10) ** 12,
    "wan": Decimal(10) ** 4, "yi": Decimal(10) ** 8, "hundred": Decimal(10) ** 2,
    "dozen": Decimal(12), "dozens": Decimal(12),
    "万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4,
}
# Attached letters ("10k", "$3.4bn", "€10M"); "m", "b", "t" only count after a currency.
LETTER_SCALES = {"k": Decimal(10) ** 3, "K": Decimal(10) ** 3, "M": Decimal(10) ** 6,
                 "MM": Decimal(10) ** 6, "B": Decimal(10) ** 9}
CURRENCY_LETTER_SCALES = {"m": Decimal(10) ** 6, "b": Decimal(10) ** 9, "T": Decimal(10) ** 12,
                          "t": Decimal(10) ** 12}
# How the claims grammar spells a scale (audit.claims.values.SCALES keys).
SCALE_OUT = {"mil": "million", "MM": "million", "M": "million", "m": "million", "B": "billion",
             "b": "billion", "K": "thousand", "k": "thousand", "T": "trillion",
             "t": "trillion", "tln": "trillion", "lakhs": "lakh", "crores": "crore"}

# --- Currencies -------------------------------------------------------------------------------
# Signs and codes written before the number -> ISO code. Letter prefixes may be separated from
# "$" by a space in tokenised newswire ("us $ 150 million", "hk $ 10.05 billion").
CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "usd$": "USD", "hk$": "HKD", "a$": "AUD", "au$": "AUD",
    "aud$": "AUD", "c$": "CAD", "ca$": "CAD", "cad$": "CAD", "s$": "SGD", "nz$": "NZD",
    "nzd$": "NZD", "r$": "BRL", "mex$": "MXN", "mxn$": "MXN", "nt$": "TWD",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "CNY", "₹": "INR", "₩": "KRW",
    "rs.": "INR", "rs": "INR", "rmb": "CNY", "cny": "CNY", "usd": "USD", "eur": "EUR",
    "gbp": "GBP", "jpy": "JPY", "inr": "INR", "hkd": "HKD", "aud": "AUD", "cad": "CAD",
    "chf": "CHF",
}
# Prefixes the claims grammar (audit.claims.values.CURRENCY_SIGNS) reads as they are.
PREFIX_OUT = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "HKD": "HK$",
              "AUD": "A$", "CAD": "C$"}

# Currency words written after the number -> ISO code (None: a currency the unit table lacks).
CURRENCY_WORDS: dict[str, str | None] = {
    "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY",
    "元": "CNY", "kuai": "CNY",
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "u.s. dollar": "USD", "american dollars": "USD", "usd": "USD",
    "hong kong dollars": "HKD", "hong kong dollar": "HKD", "hk dollars": "HKD", "hkd": "HKD",
    "australian dollars": "AUD", "australian dollar": "AUD", "aud": "AUD",
    "canadian dollars": "CAD", "canadian dollar": "CAD", "cad": "CAD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP",
    "yen": "JPY", "jpy": "JPY", "rupee": "INR", "rupees": "INR", "inr": "INR",
    "swiss francs": "CHF", "swiss franc": "CHF", "chf": "CHF", "won": "KRW",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "reais": "BRL",
    "francs": None, "franc": None, "pesos": None, "peso": None, "lira": None,
    "turkish lira": None, "rand": None, "ringgit": None, "baht": None, "rupiah": None,
    "naira": None, "shekels": None, "zloty": None, "kronor": None, "krona": None,
    "kroner": None, "krone": None, "dirhams": None, "riyals": None, "dinars": None,
    "finnish markka": None, "markka": None, "dutch guilders": None, "guilders": None,
    "pesetas": None, "dong": None,
}
# Sub-units: a money amount, but in hundredths; kept as their own unit ("50 cents").
SUBUNIT_WORDS = {"cent": "cent", "cents": "cent", "pence": "penny", "penny": "penny",
                 "p": "penny"}
# How a currency word is written in a claim value; None keeps the word out of the value.
CURRENCY_OUT = {"CNY": "yuan", "USD": "US dollars", "EUR": "euros", "GBP": "pounds",
                "JPY": "yen", "INR": "rupees", "HKD": "HKD", "AUD": "AUD", "CAD": "CAD",
                "CHF": "CHF", "KRW": "KRW", "RUB": "RUB", "BRL": "BRL"}

# --- Other units ------------------------------------------------------------------------------
PERCENT_WORDS = ("%", "percent", "per cent", "percents", "pct", "percentage")
PP_WORDS = ("percentage points", "percentage point", "percent points", "percent point",
            "per cent points", "pp", "ppt", "ppts")
BASIS_POINT_WORDS = ("basis points", "basis point", "bps", "bp")
TIMES_WORDS = ("times", "fold", "x")
MULTIPLE_VERBS = {"doubled": Decimal(2), "tripled": Decimal(3), "trebled": Decimal(3),
                  "quadrupled": Decimal(4), "halved": Decimal("0.5"),
                  "twice": Decimal(2)}  # only in "twice as many", "twice the"

# Measurement units written after a number -> canonical name (pint-style, as in units.txt
# where the unit exists there). Abbreviations are case-sensitive ("MW" is not "mW").
MEASURE_UNITS: dict[str, str] = {
    "kilometres": "kilometer", "kilometers": "kilometer", "kilometre": "kilometer",
    "kilometer": "kilometer", "km": "kilometer",
    "square kilometres": "square_kilometer", "square kilometers": "square_kilometer",
    "square kilometre": "square_kilometer", "square kilometer": "square_kilometer",
    "sq km": "square_kilometer", "km2": "square_kilometer", "km²": "square_kilometer",
    "square miles": "square_mile", "square mile": "square_mile", "sq mi": "square_mile",
    "metres": "meter", "meters": "meter", "metre": "meter", "meter": "meter", "m": "meter",
    "square metres": "square_meter", "square meters": "square_meter", "sq m": "square_meter",
    "centimetres": "centimeter", "centimeters": "centimeter", "cm": "centimeter",
    "millimetres": "millimeter", "millimeters": "millimeter", "mm": "millimeter",
    "miles": "mile", "mile": "mile", "mi": "mile", "inches": "inch", "inch": "inch",
    "feet": "foot", "foot": "foot", "ft": "foot",
    "kilograms": "kilogram", "kilogram": "kilogram", "kg": "kilogram",
    "grams": "gram", "gram": "gram", "milligrams": "milligram", "milligram": "milligram",
    "mg": "milligram", "tonnes": "tonne", "tonne": "tonne", "tons": "tonne", "ton": "tonne",
    "metric tons": "tonne", "t": "tonne", "lbs": "pound_mass", "lb": "pound_mass",
    "millilitres": "milliliter", "milliliters": "milliliter", "ml": "milliliter",
    "litres": "liter", "liters": "liter", "litre": "liter", "liter": "liter", "L": "liter",
    "gallons": "gallon", "gallon": "gallon", "barrels": "barrel", "barrel": "barrel",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "acres": "acre",
    "acre": "acre", "mu": "mu",
    "kilowatts": "kilowatt", "kW": "kilowatt", "megawatts": "megawatt", "MW": "megawatt",
    "gigawatts": "gigawatt", "GW": "gigawatt", "watts": "watt", "W": "watt",
    "kilowatt-hours": "kilowatt_hour", "kilowatt hours": "kilowatt_hour", "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour", "GWh": "gigawatt_hour", "TWh": "terawatt_hour", "Wh": "watt_hour",
    "degrees Celsius": "degree_Celsius", "degree Celsius": "degree_Celsius",
    "°C": "degree_Celsius", "℃": "degree_Celsius", "C": "degree_Celsius",
    "degrees Fahrenheit": "degree_Fahrenheit", "°F": "degree_Fahrenheit",
    "degree Fahrenheit": "degree_Fahrenheit", "℉": "degree_Fahrenheit", "F": "degree_Fahrenheit",
    "square feet": "square_foot", "square foot": "square_foot", "sq ft": "square_foot",
    "sq feet": "square_foot", "sqft": "square_foot", "ft2": "square_foot", "ft²": "square_foot",
    "square metre": "square_meter", "square meter": "square_meter", "m2": "square_meter",
    "m²": "square_meter", "sqm": "square_meter",
    "cubic metres": "cubic_meter", "cubic meters": "cubic_meter", "cubic metre": "cubic_meter",
    "cubic meter": "cubic_meter", "m3": "cubic_meter", "m³": "cubic_meter",
    "cubic feet": "cubic_foot", "cubic foot": "cubic_foot", "bcm": "billion_cubic_meters",
    "short tons": "short_ton", "short ton": "short_ton", "long tons": "long_ton",
    "long ton": "long_ton", "metric tonnes": "tonne", "metric ton": "tonne",
    "pounds": "pound_mass", "pound": "pound_mass", "ounces": "ounce", "oz": "ounce",
    "jin": "jin", "catties": "jin",
    "imperial gallons": "imperial_gallon", "imperial gallon": "imperial_gallon",
    "US gallons": "gallon", "US gallon": "gallon", "bbl": "barrel",
    "yards": "yard", "yard": "yard", "nautical miles": "nautical_mile",
    "terawatts": "terawatt", "TW": "terawatt", "terawatt-hours": "terawatt_hour",
    "terawatt hours": "terawatt_hour", "gigawatt-hours": "gigawatt_hour",
    "megawatt-hours": "megawatt_hour", "joules": "joule", "GJ": "gigajoule", "MJ": "megajoule",
    "gigajoules": "gigajoule", "tce": "tonne_of_coal_equivalent",
    "tonnes of coal equivalent": "tonne_of_coal_equivalent", "toe": "tonne_of_oil_equivalent",
    "tonnes of oil equivalent": "tonne_of_oil_equivalent", "BTU": "British_thermal_unit",
    "BTUs": "British_thermal_unit", "Btu": "British_thermal_unit",
    "km/h": "kilometer_per_hour", "kph": "kilometer_per_hour", "mph": "mile_per_hour",
    "miles per hour": "mile_per_hour", "kilometres per hour": "kilometer_per_hour",
    "kilometers per hour": "kilometer_per_hour", "knots": "knot", "m/s": "meter_per_second",
    "years": "year", "year": "year", "yrs": "year", "months": "month", "month": "month",
    "weeks": "week", "week": "week", "days": "day", "day": "day", "hours": "hour",
    "hour": "hour", "hrs": "hour", "minutes": "minute", "minute": "minute", "mins": "minute",
    "seconds": "second", "second": "second",
}
# Units whose abbreviation is too ambiguous standing alone in prose; they count only when
# attached to the digits ("278,000t" is rare; "5 C" is usually a grade) or never.
ATTACHED_ONLY = {"C", "F", "W", "L", "t", "m"}

# --- Qualifiers written before a figure ---------------------------------------------------------
QUALIFIER_WORDS = (
    "about", "around", "roughly", "approximately", "approx.", "some", "an estimated",
    "estimated", "circa", "close to", "nearly", "almost", "just under", "just below",
    "just over", "just above", "slightly more than", "slightly over", "more than", "over",
    "above", "exceeding", "in excess of", "greater than", "upwards of", "at least",
    "no less than", "not less than", "no fewer than", "less than", "under", "below",
    "fewer than", "up to", "at most", "no more than", "not more than", "as many as",
    "as much as", "a total of", "exactly", "almost", "nearly",
)

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec")


def trie(words) -> str:
    """Plain words as one regex that shares their prefixes ("r(?:eached|ose)"): Python's engine
    tries alternatives one by one, so a long list of words is much faster as a tree."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())
                    if char]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{inner})?" if "" in node else inner

    return f"(?:{emit(tree)})"


def alternation(words, flags: str = "") -> str:
    """A regex alternation, longest first so "per cent" wins over "per", spaces flexible."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        parts.append(r"\s+".join(re.escape(piece) for piece in word.split(" ")))
    body = "|".join(parts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"
