"""Word tables for finding figures in English news text, drawn from the one vocabulary.

Scale words, currencies, qualifiers, number words and months come from `audit.vocabulary`
(which the claims grammar reads too); what is only about prose (units as abbreviated in text,
attached letters, glued units) lives here, so the regular expressions in `numbers_in_text` are
built from data, once, at import time.
"""

from __future__ import annotations

import re
from decimal import Decimal

from audit import vocabulary as vocab
from audit.claims import units
from audit.extract.folded import case_blind, folded
from audit.lazy_regex import compile_later

# --- Scale words after a number ---------------------------------------------------------------
# From the one vocabulary. Case-sensitive single letters are handled separately: "10M" is ten
# million but "10 m" is ten metres, and "5G" is a network, not five billion.
SCALE_WORDS: dict[str, Decimal] = {
    w: f for w, f in vocab.SCALE_WORDS.items() if len(w) > 1 or not w.isascii()
}
LETTER_SCALES = vocab.LETTER_SCALES
# Attached letters that count only after a currency ("$3t", "£300m").
CURRENCY_LETTER_SCALES = {
    "m": Decimal(10) ** 6,
    "b": Decimal(10) ** 9,
    "T": Decimal(10) ** 12,
    "t": Decimal(10) ** 12,
}
# How the claims grammar spells a scale (audit.claims.values.SCALES keys).
SCALE_OUT = {
    "mil": "million",
    "MM": "million",
    "M": "million",
    "m": "million",
    "B": "billion",
    "b": "billion",
    "K": "thousand",
    "k": "thousand",
    "T": "trillion",
    "t": "trillion",
    "tln": "trillion",
    "lakhs": "lakh",
    "crores": "crore",
}

# --- Currencies -------------------------------------------------------------------------------
# Signs and codes written before the number -> ISO code. Letter prefixes may be separated from
# "$" by a space in tokenised newswire ("us $ 150 million", "hk $ 10.05 billion").
CURRENCY_PREFIXES: dict[str, str] = {
    sign.lower(): code for sign, code in vocab.CURRENCY_SIGNS.items()
}
CURRENCY_PREFIXES["n"] = "NGN"  # only before a scaled figure (numbers_in_text._CODES)
CURRENCY_PREFIXES["r"] = "ZAR"  # the rand, likewise: "R2.3 billion", never "R2"
CURRENCY_PREFIXES["p"] = "PHP"  # the Philippine peso, likewise: "P2.5 billion"
CURRENCY_PREFIXES["y"] = "JPY"  # the yen in wire copy, likewise: "Y1.2 trillion"
CURRENCY_PREFIXES["euro"] = "EUR"  # before a scaled figure only: "euro 757 billion"
CURRENCY_PREFIXES["lev"] = "BGN"  # the Bulgarian lev, likewise: "Lev 3.5 billion"
UPPER_CASE_CODES = vocab.UPPER_CASE_CODES
GLUED_ONLY_CODES = vocab.GLUED_ONLY_CODES
# Prefixes the claims grammar (audit.claims.values.CURRENCY_SIGNS) reads as they are.
PREFIX_OUT = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "INR": "₹",
    "HKD": "HK$",
    "AUD": "A$",
    "NGN": "₦",
    "MYR": "RM ",
    "CAD": "C$",
    "NZD": "NZ$",
    "SGD": "S$",
}

CURRENCY_WORDS = vocab.CURRENCY_WORDS
SUBUNIT_WORDS = vocab.SUBUNIT_WORDS
# How a currency word is written in a claim value; None keeps the word out of the value.
CURRENCY_OUT = {
    **vocab.CURRENCY_NAMES,
    "HKD": "HKD",
    "AUD": "AUD",
    "CAD": "CAD",
    "CHF": "CHF",
    "KRW": "KRW",
    "RUB": "RUB",
    "BRL": "BRL",
}

# --- Other units ------------------------------------------------------------------------------
PERCENT_WORDS = ("%", "percent", "per cent", "percents", "pct", "percentage")
PP_WORDS = (
    "percentage points",
    "percentage point",
    "percent points",
    "percent point",
    "per cent points",
    "pp",
    "ppt",
    "ppts",
)
BASIS_POINT_WORDS = ("basis points", "basis point", "bps", "bp")
TIMES_WORDS = ("times", "fold", "x")
# Goods sold or seized by weight: "35 pounds of cannabis" weighs, "millions of pounds of
# investment" is money.
WEIGHED_GOODS = (
    "cannabis", "marijuana", "weed", "cocaine", "heroin", "meth", "methamphetamine", "fentanyl",
    "drugs", "narcotics", "explosives", "meat", "beef", "pork", "chicken", "fish", "seafood",
    "food", "produce", "fruit", "vegetables", "potatoes", "rice", "flour", "sugar", "coffee",
    "cheese", "butter", "honey", "trash", "garbage", "waste", "litter", "plastic", "debris",
    "gold", "silver", "ivory", "fireworks", "ice", "snow", "feed", "grain",
)  # fmt: skip

# What news divides by the population and states per head: "per capita GDP was 98,400 yuan"
# against the GDP and the population the article states.
PER_HEAD_METRICS = (
    "gdp", "income", "output", "spending", "expenditure", "consumption", "revenue", "debt",
    "savings", "deposits", "production", "exports", "imports",
)  # fmt: skip

# Currency codes that also name a numbered series: "COP31" is a climate conference, not 31
# Colombian pesos.
CODES_NAMING_SERIES = frozenset({"COP"})

MULTIPLE_VERBS = {**vocab.MULTIPLE_VERBS, "twice": Decimal(2)}  # "twice as many"

# Units whose letters carry a scale and a "per" of their own, as the oil trade writes its
# flows ("1.32mb/d", "38,000 b/d"): read as the scale, the unit and the per they stand for, so
# "1.32mb/d" and "1.24 million barrels per day" are one kind of figure.
SCALED_UNITS: dict[str, tuple[str | None, str, str, str]] = {
    # as written: (scale, unit text, unit, per)
    "mb/d": ("million", "barrels", "barrel", "day"),
    "mbpd": ("million", "barrels", "barrel", "day"),
    "mmb/d": ("million", "barrels", "barrel", "day"),
    "mmbpd": ("million", "barrels", "barrel", "day"),
    "mmbd": ("million", "barrels", "barrel", "day"),
    "mbd": ("million", "barrels", "barrel", "day"),
    "kb/d": ("thousand", "barrels", "barrel", "day"),
    "kbpd": ("thousand", "barrels", "barrel", "day"),
    "b/d": (None, "barrels", "barrel", "day"),
    "bp/d": (None, "barrels", "barrel", "day"),
    "bopd": (None, "barrels", "barrel", "day"),
}


# Measurement units written after a number -> canonical name (pint-style, as in units.txt
# where the unit exists there). Abbreviations are case-sensitive ("MW" is not "mW").
MEASURE_UNITS: dict[str, str] = {
    "kilometres": "kilometer",
    "kilometers": "kilometer",
    "kilometre": "kilometer",
    "kilometer": "kilometer",
    "km": "kilometer",
    "square kilometres": "square_kilometer",
    "square kilometers": "square_kilometer",
    "square kilometre": "square_kilometer",
    "square kilometer": "square_kilometer",
    "sq km": "square_kilometer",
    "km2": "square_kilometer",
    "km²": "square_kilometer",
    "square miles": "square_mile",
    "square mile": "square_mile",
    "sq mi": "square_mile",
    "metres": "meter",
    "meters": "meter",
    "metre": "meter",
    "meter": "meter",
    "m": "meter",
    "square metres": "square_meter",
    "square meters": "square_meter",
    "sq m": "square_meter",
    "centimetres": "centimeter",
    "centimeters": "centimeter",
    "cm": "centimeter",
    "millimetres": "millimeter",
    "millimeters": "millimeter",
    "mm": "millimeter",
    "miles": "mile",
    "mile": "mile",
    "mi": "mile",
    "inches": "inch",
    "inch": "inch",
    "feet": "foot",
    "foot": "foot",
    "ft": "foot",
    "kilograms": "kilogram",
    "kilogram": "kilogram",
    "kg": "kilogram",
    "kgs": "kilogram",  # "12.4kgs of heroin", as police releases in South Asia write it
    "kilogrammes": "kilogram",
    "kilogramme": "kilogram",
    "kilos": "kilogram",  # "60-kilo bags of coffee", "20 kilos of rice"
    "kilo": "kilogram",
    "grams": "gram",
    "gram": "gram",
    "grammes": "gram",
    "gramme": "gram",
    "gm": "gram",  # "150 gm of opium"; "GM" is a carmaker, and the case is kept
    "g": "gram",  # only glued to the digits ("176g"): ATTACHED_ONLY
    # India's farm-produce weight, 100 kg: "5.51 quintals of ganja"
    "quintals": "quintal",
    "quintal": "quintal",
    "milligrams": "milligram",
    "milligram": "milligram",
    "mg": "milligram",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "tonne",
    "ton": "tonne",
    "metric tons": "tonne",
    "t": "tonne",
    # Emissions in megatonnes, often of CO2 equivalent: "0.53 Mt CO2 eq", "12.1MtCO2e".
    "Mt": "megatonne",
    "megatonnes": "megatonne",
    "megatonne": "megatonne",
    "Mt CO2 eq": "megatonne",
    "Mt CO2e": "megatonne",
    "Mt CO2": "megatonne",
    "MtCO2e": "megatonne",
    "MtCO2eq": "megatonne",
    "MtCO2": "megatonne",
    "Gt": "gigatonne",
    "gigatonnes": "gigatonne",
    "Gt CO2e": "gigatonne",
    "GtCO2e": "gigatonne",
    "GtCO2": "gigatonne",
    "lbs": "pound_mass",
    "lb": "pound_mass",
    "millilitres": "milliliter",
    "milliliters": "milliliter",
    "ml": "milliliter",
    "litres": "liter",
    "liters": "liter",
    "litre": "liter",
    "liter": "liter",
    "L": "liter",
    "gallons": "gallon",
    "gallon": "gallon",
    "barrels": "barrel",
    "barrel": "barrel",
    "hectares": "hectare",
    "hectare": "hectare",
    "ha": "hectare",
    "acres": "acre",
    "acre": "acre",
    "mu": "mu",
    "kilowatts": "kilowatt",
    "kW": "kilowatt",
    "megawatts": "megawatt",
    "MW": "megawatt",
    "gigawatts": "gigawatt",
    "GW": "gigawatt",
    "watts": "watt",
    "W": "watt",
    "kilowatt-hours": "kilowatt_hour",
    "kilowatt hours": "kilowatt_hour",
    "kilowatt hour": "kilowatt_hour",
    "kilowatt-hour": "kilowatt_hour",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "Wh": "watt_hour",
    # Energy releases often write these in capitals or lower case: "0.52 trillion KWH".
    "KW": "kilowatt",
    "kw": "kilowatt",
    "KWH": "kilowatt_hour",
    "KWh": "kilowatt_hour",
    "Kwh": "kilowatt_hour",
    "kwh": "kilowatt_hour",
    "MWH": "megawatt_hour",
    "GWH": "gigawatt_hour",
    "TWH": "terawatt_hour",
    "degrees Celsius": "degree_Celsius",
    "degree Celsius": "degree_Celsius",
    "°C": "degree_Celsius",
    "℃": "degree_Celsius",
    "C": "degree_Celsius",
    "degrees Fahrenheit": "degree_Fahrenheit",
    "°F": "degree_Fahrenheit",
    "degree Fahrenheit": "degree_Fahrenheit",
    "℉": "degree_Fahrenheit",
    "F": "degree_Fahrenheit",
    "square feet": "square_foot",
    "square foot": "square_foot",
    "sq ft": "square_foot",
    "sq feet": "square_foot",
    "sqft": "square_foot",
    "ft2": "square_foot",
    "ft²": "square_foot",
    "square metre": "square_meter",
    "square meter": "square_meter",
    "m2": "square_meter",
    "m²": "square_meter",
    "sqm": "square_meter",
    "cubic metres": "cubic_meter",
    "cubic meters": "cubic_meter",
    "cubic metre": "cubic_meter",
    "cubic meter": "cubic_meter",
    "m3": "cubic_meter",
    "m³": "cubic_meter",
    "cubic feet": "cubic_foot",
    "cubic foot": "cubic_foot",
    "bcm": "billion_cubic_meters",
    "short tons": "short_ton",
    "short ton": "short_ton",
    "long tons": "long_ton",
    "long ton": "long_ton",
    "metric tonnes": "tonne",
    "metric ton": "tonne",
    "pounds": "pound_mass",
    "pound": "pound_mass",
    "ounces": "ounce",
    "ounce": "ounce",
    "oz": "ounce",
    "troy ounces": "troy_ounce",
    "troy ounce": "troy_ounce",
    "bushels": "bushel",
    "bushel": "bushel",
    "jin": "jin",
    "catties": "jin",
    "imperial gallons": "imperial_gallon",
    "imperial gallon": "imperial_gallon",
    "US gallons": "gallon",
    "US gallon": "gallon",
    "bbl": "barrel",
    "yards": "yard",
    "yard": "yard",
    "nautical miles": "nautical_mile",
    "terawatts": "terawatt",
    "TW": "terawatt",
    "terawatt-hours": "terawatt_hour",
    "terawatt hours": "terawatt_hour",
    "gigawatt-hours": "gigawatt_hour",
    "gigawatt hours": "gigawatt_hour",
    "megawatt-hours": "megawatt_hour",
    "megawatt hours": "megawatt_hour",
    # the singular of a compound adjective: "a 5 megawatt plant", "a 2.4-gigawatt dam"
    "kilowatt": "kilowatt",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "terawatt": "terawatt",
    "joules": "joule",
    "GJ": "gigajoule",
    "MJ": "megajoule",
    "gigajoules": "gigajoule",
    "tce": "tonne_of_coal_equivalent",
    "tonnes of coal equivalent": "tonne_of_coal_equivalent",
    "toe": "tonne_of_oil_equivalent",
    "tonnes of oil equivalent": "tonne_of_oil_equivalent",
    "BTU": "British_thermal_unit",
    "BTUs": "British_thermal_unit",
    "Btu": "British_thermal_unit",
    "km/h": "kilometer_per_hour",
    "kph": "kilometer_per_hour",
    "mph": "mile_per_hour",
    "miles per hour": "mile_per_hour",
    "kilometres per hour": "kilometer_per_hour",
    "kilometers per hour": "kilometer_per_hour",
    "knots": "knot",
    "m/s": "meter_per_second",
    # "17 kilometres per second": a speed, as "per hour" is
    "km/s": "kilometer_per_second",
    "kilometres per second": "kilometer_per_second",
    "kilometers per second": "kilometer_per_second",
    "metres per second": "meter_per_second",
    "meters per second": "meter_per_second",
    "miles per second": "mile_per_second",
    "fps": "frame_per_second",  # "records at 60 fps"
    "megapixels": "megapixel",
    "megapixel": "megapixel",
    "years": "year",
    "year": "year",
    "yrs": "year",
    "yr": "year",
    "bpd": "barrel_per_day",
    "months": "month",
    "month": "month",
    "weeks": "week",
    "week": "week",
    "days": "day",
    "day": "day",
    "hours": "hour",
    "hour": "hour",
    "hrs": "hour",
    "minutes": "minute",
    "minute": "minute",
    "mins": "minute",
    "seconds": "second",
    "second": "second",
    "min": "minute",
    "in": "inch",  # only glued to the digits ("a 6.1in screen")
    "ppm": "parts_per_million",
    "ppb": "parts_per_billion",
    "parts per million": "parts_per_million",
    "parts per billion": "parts_per_billion",
    "micrograms": "microgram",
    "microgram": "microgram",
    "µg": "microgram",
    "μg": "microgram",
    "terabytes": "terabyte",
    "gigabytes": "gigabyte",
    "megabytes": "megabyte",
    "petabytes": "petabyte",
}
# Abbreviations news glues to digits ("12GB", "70mph", "410hp"), read with their unit in
# units.txt; a space may come between ("12 GB").
GLUED_UNITS: dict[str, str | None] = {
    "mph": "mile_per_hour",
    "kph": "kilometer_per_hour",
    "km/h": "kilometer_per_hour",
    "GB": "gigabyte",
    "MB": "megabyte",
    "TB": "terabyte",
    "kB": "kilobyte",
    "KB": "kilobyte",
    "GHz": "gigahertz",
    "MHz": "megahertz",
    "kHz": "kilohertz",
    "Hz": "hertz",  # "a 120Hz screen"
    # a camera's resolution ("a 48MP sensor"); "MPs" (members) stays a word
    "MP": "megapixel",
    "hp": "horsepower",
    "bhp": "horsepower",
    "mpg": "mile_per_gallon",
    "mAh": "milliampere_hour",
    "Mbps": "megabit_per_second",
    "Gbps": "gigabit_per_second",
    "kWh": "kilowatt_hour",
    # index points ("rose 85.3 points"): a change on an index's own scale
    "points": "point",
    "point": "point",
    "pts": "point",
    "index points": "point",
    "index point": "point",
}
# Qualifiers that split one thing into two parts with nothing left over: "urban retail sales"
# and "rural retail sales" are all retail sales.
COMPLEMENT_PAIRS = (
    ("urban", "rural"),
    ("domestic", "overseas"),
    ("domestic", "foreign"),
    ("domestic", "international"),
    ("male", "female"),
    ("men", "women"),
    ("boys", "girls"),
    # vehicle sales, as carmakers' associations count them
    ("passenger", "commercial"),
    ("public", "private"),
    ("online", "offline"),
    ("onshore", "offshore"),
    ("inbound", "outbound"),
    ("valid", "rejected"),
    ("valid", "invalid"),
    ("direct", "indirect"),
    ("full-time", "part-time"),
    # Workers abroad, as remittance releases count them: on land and at sea.
    ("land-based", "sea-based"),
    # A two-word qualifier: its noun is part of the split, not the thing split ("the central
    # government's fiscal revenue" and "local governments' fiscal revenue" are fiscal revenue).
    ("central government", "local government"),
    # The urban and rural split as statistical releases also write it: "sales in cities" and
    # "that at county and below county level".
    ("cities", "below county level"),
)

# The goods a trade total may be narrowed to, which its flows then are too: "farm trade" is
# farm exports and farm imports ("Imports were A and exports B" after it), while "farm
# exports" are no part of all trade.
TRADE_QUALIFIERS = frozenset(
    [
        "farm",
        "agricultural",
        "food",
        "grain",
        "energy",
        "border",
        "bilateral",
        "services",
        "service",
        "commodity",
        "oil",
        "textile",
        "cross-border",
        "e-commerce",
        "digital",
        "fish",
        "fishery",
        "seafood",
        "timber",
        "coal",
        "gas",
        "steel",
        "auto",
        "car",
        "wine",
        "coffee",
        "tea",
        "rice",
        "wheat",
        "soybean",
        "garment",
        "electronics",
        "chemical",
        "dairy",
        "meat",
        "fruit",
        "mineral",
        "metal",
        "gold",
    ]
)

# Words of "Of the total gross collection," that say which total, not what it counts: the
# headline need not repeat them ("collections rose to T").
TOTAL_ADJECTIVES = frozenset(["gross", "net", "overall", "combined", "whole", "entire"])

# What a verb's object is when the clause names no noun for it: "the central and local
# governments collected A and B" collected revenue.
VERB_OBJECTS: dict[str, tuple[str, ...]] = {
    "collected": ("revenue", "tax"),
    "spent": ("spending", "expenditure"),
}

# The verbs that say what a total's noun counts, for each member of a list under it: "power
# use rose to T. Farms used A, while industry consumed B."
NOUN_VERBS: dict[str, tuple[str, ...]] = {
    "use": ("used", "consumed"),
    "consumption": ("used", "consumed"),
    # "Industrial profits reached T. Mining made A; manufacturing made B"
    "profit": ("made", "earned"),
}

# Breakdowns whose members, all named, are the whole: industry is mining, manufacturing and
# the utilities; an economy its primary, secondary and tertiary industries. Written as
# relations_evidence.words writes them ("utilities" is "utility").
COMPLETE_BREAKDOWNS: tuple[frozenset[str], ...] = (
    frozenset(["mining", "manufacturing", "utility"]),
    frozenset(["primary", "secondary", "tertiary"]),
)

# The nouns of a plan and of an expectation, singular: "the 11.3 trillion target", "compared
# with forecasts of $4.8bn". Cue patterns take them with an optional plural "s".
TARGET_NOUNS = ("target", "goal", "objective")
EXPECTATION_NOUNS = ("forecast", "expectation", "estimate", "projection", "prediction")
# Words that make a figure a plan or an expectation of a quantity rather than the quantity:
# "the profit projection of 1.9 trillion" is not "a profit of 480 billion" stated again, and
# "compared with forecasts of $4.8bn" names no earlier value.
PLAN_WORDS = frozenset(
    [
        *TARGET_NOUNS,
        *EXPECTATION_NOUNS,
        *(f"{noun}s" for noun in (*TARGET_NOUNS, *EXPECTATION_NOUNS)),
        "projected",
        "targeted",
        "budget",
        "budgeted",
        "guidance",
        "outlook",
        "expected",
        "expecting",
        "plan",
        "planned",
        "consensus",
        "analyst",
        "analysts",
        "view",  # "a Street view of $11.6 billion"
        "poll",
        "polls",
    ]
)

# After "budget", nouns of what a budget came to or who keeps it: "the budget deficit", "the
# budget office" state no plan.
BUDGET_NOT_A_PLAN = (
    "deficit",
    "deficits",
    "surplus",
    "gap",
    "shortfall",
    "balance",
    "office",
    "committee",
    "department",
    "bureau",
    "watchdog",
    "director",
    "officials",
)
# The kinds of a balance a headline may leave out: its "N12.4tn deficit" is the body's
# "fiscal deficit" when the headline names no other kind.
BALANCE_KINDS = frozenset(("fiscal", "budget", "trade"))
# What a surplus or deficit is the balance of, by the words that name it. Only a trade
# balance is exports minus imports and only a budget balance revenue minus spending: a
# current account also counts income and transfers, a primary balance leaves out interest,
# a services balance is of services alone (relations_news.balance_subject).
BALANCE_OF_TRADE = ("trade", "goods", "merchandise", "visible")
BALANCE_OF_BUDGET = ("budget", "budgetary", "fiscal")
BALANCE_OF_SERVICES = ("services", "service")
# Named anywhere before the balance in its clause ("the current account recorded a deficit").
BALANCE_ACCOUNTS = (
    r"current[\s-]+accounts?",
    r"balance\s+of\s+payments",
    r"capital\s+accounts?",
    r"financial\s+accounts?",
)
# Named just before the balance's noun ("the primary deficit") or after it ("a deficit on
# income").
BALANCE_OF_OTHERS = (
    "primary",
    "structural",
    "cyclically[\\s-]+adjusted",
    "invisible",
    "income",
    "investment",
    "pension",
    "savings",
)
# A balance named as the one another is compared with ("against the year-before deficit",
# "compared with a surplus of", "the highest since May, when the surplus was"), or as of an
# earlier period ("last year's deficit", "a deficit of D a year earlier").
BALANCE_COMPARED_CUES = (
    "against",
    r"compared\s+(?:with|to)",
    r"as\s+against",
    "versus",
    r"vs\.?",
    "than",
    "following",
    "when",
    r"surpassed\s+only\s+by",
    r"(?:reduction|rise|increase|fall|drop|decline|down|up|deterioration|improvement|change)"
    r"\s+(?:from|on)",
)
BALANCE_EARLIER_WORDS = (
    r"(?:year|month|week|quarter)[\s-]+(?:before|ago|earlier)",
    r"(?:last|previous|prior|preceding)\s+(?:year|month|week|quarter|period)['’]s?",
    r"prior[\s-]+year",
    "previous",
    "preceding",
    "earlier",
)
# Nouns ending in -ing, which name what a figure measures (an industry, a flow) where other
# -ing words are verb forms: "Mining expanded by R" is not "Manufacturing expanded by R".
# Singular, as relations_evidence.words gives them ("earnings" is "earning").
ING_NOUNS = frozenset(
    (
        "mining",
        "manufacturing",
        "housing",
        "spending",
        "shipping",
        "clothing",
        "lending",
        "funding",
        "building",
        "farming",
        "fishing",
        "banking",
        "earning",
        "saving",
        "borrowing",
        "financing",
        "catering",
        "printing",
        "retailing",
        "advertising",
        "heating",
        "processing",
        "engineering",
        "marketing",
        "publishing",
        "broadcasting",
        "logging",
        "gaming",
        "gambling",
        "nursing",
        "schooling",
        "packaging",
        "recycling",
        "warehousing",
        "booking",
        "listing",
        "holding",
        "filing",
        "offering",
        "clearing",
        "dwelling",
        "ranching",
    )
)
# Who a body's sentence says reported or ran a figure, where a headline leaves them out:
# "the government recorded a deficit" (singular, as relations_evidence.words gives them).
ACTOR_WORDS = frozenset(("government", "authority", "official"))

# The names of one flow or balance, as relations_evidence.words gives them (plurals folded): a
# share of "the planned spending" is of the "expenditure" a budget states; a "fiscal gap" is a
# deficit.
METRIC_SYNONYMS = {
    "expenditure": "spending",
    "outlay": "spending",
    "spend": "spending",
    "receipt": "revenue",
    "gap": "deficit",
    "shortfall": "deficit",
}

# How many took part in a vote, however it is said: "7.1 million of them turned up", "people
# who turned out", "the total number of votes cast was V", "ballots cast". One measure: each
# voter casts one ballot. Votes cast for a party or a candidate are theirs, not the turnout;
# "valid" votes leave the spoilt ones out, and that word tells them apart.
TURNOUT_AFTER = compile_later(
    r"\s+(?:of\s+(?:them|whom|these|those)\s+|(?:people|voters|electors)\s+)?(?:who\s+)?"
    r"(?:had\s+|have\s+)?(?:turned\s+(?:up|out)|voted|cast\s+(?:their\s+)?(?:votes?|ballots?))\b"
    r"(?!\s+(?:for|against|in\s+favou?r)\b)",
    re.I,
)
TURNOUT_BEFORE = compile_later(
    r"\b(?:votes|ballots)\s+cast\s+(?:was|were|stood\s+at|came\s+to|totall?ed|reached|"
    r"numbered|of|at|:)?\s*$",
    re.I,
)
# The words of the turnout's phrases and the count's own ("the total number of"): two turnout
# figures that name nothing else name the same count.
TURNOUT_WORDS = frozenset(
    ("vote", "voter", "ballot", "cast", "turnout", "turned", "total", "number", "them", "people")
)

# Capitalised words of holidays and seasons, which name a period, not a place or a firm: "the
# Spring Festival holiday last year" is the holiday the figure before it was for.
HOLIDAY_WORDS = frozenset(
    """
    spring festival golden week holiday holidays christmas easter ramadan eid diwali lunar
    thanksgiving dragon boat qingming mid-autumn chunyun hanukkah new year
    """.split()  # noqa: SIM905
) | frozenset(vocab.WEEKDAYS)

# Who a survey asks: "58% of voters plan to", "41% of those polled think she would".
SURVEYED_PEOPLE = (
    "voters",
    "respondents",
    "people",
    "adults",
    "consumers",
    "households",
    "residents",
    "parents",
    "workers",
    "employees",
    "firms",
    "companies",
    "businesses",
    "managers",
    "executives",
    "investors",
    "economists",
    "students",
    "patients",
    "members",
    "supporters",
    "shoppers",
    "drivers",
    "polled",
    "surveyed",
    "asked",
    "questioned",
)

# Nouns after points joined to their count by a hyphen ("a six-point lead", "a 12-point
# drop"): the points are the figure; before other nouns they label ("a 10-point plan").
POINTS_BEFORE_NOUNS = (
    "lead",
    "gap",
    "margin",
    "advantage",
    "deficit",
    "swing",
    "drop",
    "fall",
    "rise",
    "jump",
    "gain",
    "increase",
    "decline",
    "slide",
    "cut",
)
# Words that end in s after a count's noun but are no nouns: "200 jobs overseas" counts jobs.
NOT_HEAD_NOUNS = frozenset(
    """
    overseas always perhaps sometimes nowadays afterwards towards besides backwards forwards
    downwards upwards indoors outdoors whereas meanwhile nevertheless thereabouts
    """.split()  # noqa: SIM905
)
# Counted things units.txt names ("worker", "workers", "people"): a count keeps its noun as
# its unit, and "per worker" makes a figure a rate per one of them.
COUNT_NOUNS: tuple[str, ...] = tuple(units.count_names())
# Temperatures are offset scales the linear unit registry does not hold: the extractor tags them
# so ranges join, and the claim keeps the written unit in its metric.
OFFSET_UNITS = frozenset({"degree_Celsius", "degree_Fahrenheit"})
# Words that make a bare "degrees" a temperature in their sentence ("highs of 88 degrees").
TEMPERATURE_WORDS = (
    "temperature",
    "temperatures",
    "high",
    "highs",
    "higher",
    "highest",
    "low",
    "lows",
    "lower",
    "lowest",
    "heat",
    "heatwave",
    "warm",
    "warmer",
    "warmest",
    "warming",
    "cold",
    "colder",
    "coldest",
)
# Units whose abbreviation is too ambiguous standing alone in prose; they count only when
# attached to the digits ("278,000t" is rare; "5 C" is usually a grade) or never.
ATTACHED_ONLY = {"C", "F", "W", "L", "t", "m", "in", "g"}

# --- Qualifiers written before a figure ---------------------------------------------------------
QUALIFIER_WORDS = vocab.TEXT_QUALIFIERS
# Words that label a thing by number: "Phase 3 trials", "a category 5 storm", "Tier 1 capital",
# "Section 230": the number names, it does not count.
LABEL_WORDS: tuple[str, ...] = tuple(
    """
    phase stage level tier category grade class type series model section article chapter
    route highway interstate flight gate platform page room ward clause schedule amendment
    """.split()  # noqa: SIM905
)
# Fraction characters -> their value ("2½" is 2.5).
VULGAR_FRACTIONS: dict[str, Decimal] = {
    "½": Decimal("0.5"),
    "¼": Decimal("0.25"),
    "¾": Decimal("0.75"),
    "⅓": Decimal(1) / 3,
    "⅔": Decimal(2) / 3,
    "⅕": Decimal("0.2"),
    "⅖": Decimal("0.4"),
    "⅗": Decimal("0.6"),
    "⅘": Decimal("0.8"),
    "⅙": Decimal(1) / 6,
    "⅚": Decimal(5) / 6,
    "⅛": Decimal("0.125"),
    "⅜": Decimal("0.375"),
    "⅝": Decimal("0.625"),
    "⅞": Decimal("0.875"),
}
# Words a sentence starts with before a count ("Another 40 died", "Today 300 are"): a capital
# letter there never makes the word a name holding the number ("Apollo 11 landed").
SENTENCE_START_WORDS: tuple[str, ...] = (
    tuple(
        """
    another only just some roughly nearly almost over under around about barely fully exactly
    perhaps maybe still also then now today yesterday last next first total overall altogether
    here there up down between among including plus minus all both every each these those
    while where when although though because since after before during until unlike like even
    once
    """.split()  # noqa: SIM905
    )
    + vocab.WEEKDAYS
)
MONTHS = vocab.MONTHS
WEEKDAYS = vocab.WEEKDAYS

# --- Words naming results: what a margin divides, what a combined figure sums ---------------
# "Income" alone is either (a household's income, "operating income" in US filings): it names
# a profit after "net" and otherwise only what a margin's own words call its base.
PROFIT_WORDS = frozenset(["profit", "profits", "earnings", "ebit", "ebitda"])
REVENUE_WORDS = frozenset(["revenue", "revenues", "sales", "turnover"])
# What a company's accounts state for a period: "a nine-month profit" dates the profit.
RESULTS_WORDS = (
    *PROFIT_WORDS,
    *REVENUE_WORDS,
    "loss",
    "losses",
    "results",
    "income",
)
# What a company's accounts state, as amounts: "Revenue: 1,663.9m" is in millions.
ACCOUNTS_WORDS = (
    *RESULTS_WORDS,
    "dividend",
    "dividends",
    "costs",
    "spending",
    "budget",
    "debt",
    "cash",
    "funding",
    "investment",
)
# Words that make a figure a whole: the whole of "a quarter of revenue" may be the "total
# revenue" stated before, though other qualifiers ("daily", "net") make another quantity.
WHOLE_WORDS = frozenset(["total", "overall", "combined"])
# The words of the head of a list of parts ("the leading buyers were", "most cases came from")
# that say nothing of what is broken down (audit.extract.relations_listed_shares).
LIST_HEAD_FILLERS = frozenset(
    (
        "top",
        "main",
        "largest",
        "biggest",
        "leading",
        "major",
        "other",
        "most",
        "next",
        "came",
        "come",
        "were",
        "was",
        "followed",
        "with",
        "the",
        "from",
        "total",
        "totalled",
        "totaled",
    )
)
# The flow a list of partners shares out: "top export markets" and plain "markets" are where
# exports go, "import sources" and "suppliers" where imports come from; "trading partners"
# take part in both, the trade total.
PARTNER_FLOWS = {
    "market": "export",
    "destination": "export",
    "buyer": "export",
    "source": "import",
    "supplier": "import",
    "partner": "trade",
}
PARTNER_FLOW_WORDS = {"export": "export", "import": "import", "trading": "trade", "trade": "trade"}
# Words in a whole's name that narrow nothing: "total new vehicle sales" are all vehicles sold
# (each new), the whole of "sales of new energy vehicles", not a kind of sale beside them.
WHOLE_NAME_FILLERS = frozenset(["new", "all"])
# What a sum of money written before its noun is ("a $50.5 billion budget", "a £2bn loan").
MONEY_NOUNS = frozenset(
    ["budget", "deficit", "surplus", "package", "loan", "fund", "bond", "programme", "program",
     "allocation", "appropriation", "bill", "deal", "investment", "spending"]
)  # fmt: skip
# Names of a whole that news writes two ways: "of total foreign trade" is the trade stated
# before ("X's trade totalled T").
WHOLE_NAME_SAME = {
    "foreign trade": "trade",
    "external trade": "trade",
    "national budget": "budget",
}
# Words news uses for one quantity of a firm (ev.words forms): a share "of sales" may be of
# the revenue stated before. Tried only where no figure is named by the share's own word.
METRIC_SAME = {
    "revenue": frozenset(["sale", "turnover"]),
    "sale": frozenset(["revenue", "turnover"]),
    "turnover": frozenset(["revenue", "sale"]),
    "import": frozenset(["importation"]),
    "export": frozenset(["exportation"]),
}
# Phrases news writes for a trade flow: "outbound shipments rose" are the exports.
FLOW_SAME = {
    "outbound shipments": "exports",
    "overseas shipments": "exports",
    "shipments abroad": "exports",
    "foreign shipments": "exports",
    "inbound shipments": "imports",
}
# Ratios news names without their terms in "X-to-Y" form, each as (part's term, whole's
# term): an asset-liability ratio is liabilities over assets.
NAMED_RATIOS = {
    "asset-liability": ("liability", "asset"),
    "asset-to-liability": ("liability", "asset"),
    "liability-asset": ("liability", "asset"),
}
# A ratio's term and the other words a figure of it is named by ("debt-to-asset": the
# liabilities); ev.words forms, singular.
RATIO_TERM_SAME = {
    "debt": frozenset(["debt", "liability", "borrowing"]),
    "liability": frozenset(["debt", "liability"]),
    "asset": frozenset(["asset"]),
    "loan": frozenset(["loan", "lending"]),
    "deposit": frozenset(["deposit"]),
    "equity": frozenset(["equity"]),
}
# Ratio terms other patterns read ("debt-to-GDP" is a share of GDP), or that are no amounts.
RATIO_OTHER_WHOLES = frozenset(["gdp", "output", "price", "earning", "income", "year"])
# Words that make a figure a narrower one than a ratio's term ("current liabilities", "bad
# loans"): such a figure is a term only where the ratio's sentence says the same word.
RATIO_TERM_NARROWERS = (
    "current",
    "short-term",
    "long-term",
    "non-current",
    "bad",
    "non-performing",
    "external",
    "foreign",
    "domestic",
    "net",
    "gross",
    "tangible",
    "interest-bearing",
)
# Nouns a count is of that name no kind of it: "the penetration rate of electric models" is
# named for "electric", whatever the count's noun.
COUNTED_NOUNS = frozenset(
    ["model", "unit", "vehicle", "car", "product", "item", "type", "kind", "one"]
)
# Words that count or measure without saying what: "the number of people employed" and "the
# number of people in the labour force" share only these, and are two quantities.
STOCK_NOUNS = frozenset(
    ["number", "people", "person", "figure", "amount", "total", "level", "value", "count"]
)
# Participles of people moving: "(1860 arriving, 1875 leaving)" counts people, as no year
# does; "in 2021 leaving fares high" goes on with its clause.
MOVING_PARTICIPLES = (
    "arriving",
    "leaving",
    "departing",
    "entering",
    "exiting",
    "emigrating",
    "immigrating",
    "returning",
)
# Words that make "40% of income at £50,000" a rate charged at a level, not a share of it.
RATE_AT_LEVEL_WORDS = frozenset(["rate", "rates", "tax", "taxes", "taxed", "band", "threshold"])
# Kinds of profit a margin and its profit figure must agree on ("operating margin" is on
# operating profit); EBIT and EBITDA name their profit themselves.
PROFIT_KINDS = frozenset(
    [
        "operating",
        "net",
        "gross",
        "pre-tax",
        "pretax",
        "underlying",
        "adjusted",
        "non-gaap",
        "core",
        "ebit",
        "ebitda",
    ]
)


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
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{inner})?" if "" in node else inner

    return f"(?:{emit(tree)})"


def alternation(words, flags: str = "") -> str:
    """A regex alternation, longest first so "per cent" wins over "per", spaces flexible.

    The words are grouped by their first character, each group opening with it (case-blind:
    with the set of characters re.IGNORECASE takes for it) outside the flags: re skips a
    branch that opens with a plain character or set at one test, where it enters each
    case-blind branch in turn (a figure's unit tries a hundred currency words). Words of two
    groups cannot match at one place, and within a group they keep their order, so every text
    matches as before."""
    blind = "i" in flags
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        key = _first_letter(word[0]) if blind else word[0]
        rest = word[1:] if key else word
        written = r"\s+".join(re.escape(piece) for piece in rest.split(" "))
        groups.setdefault(key, []).append(written)
    branches = []
    for key, rests in groups.items():
        inner = "|".join(rests)
        body = f"(?{flags}:{inner})" if flags else f"(?:{inner})"
        opening = f"[{case_blind(key)}]" if blind and key.isalpha() else re.escape(key)
        branches.append(opening + body)
    return f"(?:{'|'.join(branches)})"


def _first_letter(head: str) -> str:
    """What a case-blind word's first character is grouped by: the ASCII letter it matches
    ("K", the Kelvin sign, with "k"), itself when no letter ("%"), else "" (tried in turn)."""
    letter = folded(head)
    if len(letter) == 1 and "a" <= letter <= "z":
        return letter
    return head if head.isascii() else ""


# --- Lists of names a count announces ("five cities, namely A, B, C, D and E") -----------------
# After these cues the names are all of those counted; after the others, some of them.
LIST_ALL_CUES = ("namely", "i.e.", "viz.", "that is", "to wit")
LIST_SOME_CUES = ("including", "among them", "among which", "such as")
# Names with "and" inside them: one name of a list, not two.
NAMES_WITH_AND = (
    "Antigua and Barbuda",
    "Bosnia and Herzegovina",
    "Heard and McDonald Islands",
    "Saint Kitts and Nevis",
    "Saint Vincent and the Grenadines",
    "Sao Tome and Principe",
    "São Tomé and Príncipe",
    "St Kitts and Nevis",
    "Trinidad and Tobago",
    "Turks and Caicos Islands",
    "Turks and Caicos",
    "Wallis and Futuna",
)

# --- Ratios whose terms are percentage shares ("a structure of 7 : 39 : 54") -------------------
# Words that make the terms of a ratio the shares of a whole in percent, said before the terms
# or, for "percent", right after them.
SHARE_RATIO_CUES = ("percent", "per cent", "share", "shares", "structure", "proportions")

# Verbs of a finished event. After a comma, one tells that the forecast word before it is in
# another clause ("The mine, which would close later, produced 3 million tonnes"); only past
# forms that are not also present ones ("hit", "cut", "set") are listed.
PAST_VERBS = (
    "was",
    "were",
    "had",
    "rose",
    "fell",
    "grew",
    "reached",
    "stood",
    "totaled",
    "totalled",
    "amounted",
    "came",
    "sold",
    "made",
    "produced",
    "recorded",
    "posted",
    "registered",
    "increased",
    "decreased",
    "declined",
    "dropped",
    "jumped",
    "surged",
    "climbed",
    "expanded",
    "doubled",
    "tripled",
    "earned",
    "exported",
    "imported",
    "handled",
    "served",
    "employed",
    "attracted",
    "generated",
    "shipped",
    "spent",
    "raised",
    "lost",
    "gained",
    "topped",
    "exceeded",
    "slipped",
    "slumped",
    "plunged",
    "soared",
    "ended",
    "finished",
    "closed",
)
# Words right after "while", "whereas" or "but" that go on about the clause's own subject
# ("but it", "while up", "but the rate", "whereas still"): no other subject opens there.
SAME_SUBJECT_GOES_ON = (
    "it",
    "they",
    "this",
    "that",
    "its",
    "their",
    "up",
    "down",
    "from",
    "to",
    "at",
    "in",
    "by",
    "still",
    "also",
    "then",
    "only",
    "not",
    "is",
    "are",
    "has",
    "have",
    "remained",
    "remains",
    "the rate",
    "the figure",
    "the reading",
    "the level",
)

# Words that say when a figure is, not what it measures ("Last season, output fell to"): no
# tie between two figures' subjects.
WHEN_WORDS = frozenset(
    (
        "season",
        "year",
        "month",
        "quarter",
        "week",
        "harvest",
        "term",
        "last",
        "previous",
        "prior",
        "preceding",
        "earlier",
        "ago",
        "before",
        "now",
        "this",
        "next",
        "since",
        "when",
    )
)
# Words after "an increase in" that say how a change is measured, not what changed.
TERMS_OF_A_CHANGE = frozenset(
    ("real", "nominal", "term", "value", "volume", "price", "dollar", "percentage", "absolute")
)
# Verbs that state a level ("output is", "it stood at"), which name nothing measured.
LEVEL_VERBS = frozenset((*PAST_VERBS, "is", "are", "stands", "hit", "reach", "reaches", "totals"))
# Words in -ed that are not a finished event: a plan or a forecast ("scheduled to", "earmarked
# for"), or a participle that keeps the clause's forecast word governing ("boosted by").
NOT_PAST_ED = (
    "expected",
    "projected",
    "predicted",
    "forecasted",
    "anticipated",
    "targeted",
    "planned",
    "budgeted",
    "estimated",
    "scheduled",
    "slated",
    "poised",
    "destined",
    "designed",
    "intended",
    "supposed",
    "required",
    "needed",
    "allocated",
    "earmarked",
    "proposed",
    "aimed",
    "hoped",
)
# A figure measured against a target or an expectation, as fact: "13% above the target",
# "beating forecasts", "exceeding the government's goal". The words after such a comparison
# are about the benchmark, not about the figure before them.
COMPARISON_WORDS = (
    "than",
    "above",
    "below",
    "against",
    "versus",
    "compared with",
    "compared to",
    "ahead of",
    "short of",
    "shy of",
    "in line with",
    "beat",
    "beats",
    "beating",
    "miss",
    "missed",
    "missing",
    "topped",
    "topping",
    "exceeded",
    "exceeding",
    "surpassed",
    "surpassing",
    "outstripped",
    "outstripping",
    "overshot",
    "overshooting",
    "undershot",
    "undershooting",
)

# The forms of a flow a figure is stated for, as a verb or a noun, folded to one stem: "lost
# £40,000 a week" and "the loss for the year" name one figure spread over two sentences.
FLOW_FORMS: dict[str, str] = {
    **dict.fromkeys(("lost", "lose", "loses", "losing", "loss", "losses"), "loss"),
    **dict.fromkeys(("spent", "spend", "spends", "spending"), "spend"),
    **dict.fromkeys(("earned", "earn", "earns", "earning", "earnings"), "earn"),
    **dict.fromkeys(("paid", "pay", "pays", "paying", "payment", "payments"), "pay"),
    **dict.fromkeys(("cost", "costs", "costing"), "cost"),
    **dict.fromkeys(("sold", "sell", "sells", "selling", "sale", "sales"), "sale"),
    **dict.fromkeys(("borrowed", "borrow", "borrows", "borrowing"), "borrow"),
    **dict.fromkeys(("raised", "raise", "raises", "raising"), "raise"),
}
# Subjects a sentence may name a figure's owner by, beside its name ("the club", "it").
GENERIC_OWNERS = frozenset(("club", "company", "firm", "group", "business", "team", "charity"))

# A threshold passed: "has exceeded 5 trillion yuan", "tops 700 million tonnes". The verb right
# before an amount makes it a lower bound of the figure, not the figure.
THRESHOLD_VERBS = (
    "topped",
    "tops",
    "top",
    "topping",
    "passed",
    "passes",
    "surpassed",
    "surpasses",
    "exceeded",
    "exceeds",
    "crossed",
    "crosses",
    "broke through",
    "breaks through",
    "went past",
    "breached",
    "breaches",
)
# The words a sentence about a threshold passed adds, which name no other quantity: "the first
# time that trade has exceeded", "passes the 1 million mark for the first time in history".
THRESHOLD_WORDS = frozenset(
    (
        *(w for verb in THRESHOLD_VERBS for w in verb.split()),
        "time",
        "first",
        "ever",
        "history",
        "mark",
        "milestone",
        "threshold",
        "barrier",
        "level",
        "line",
        "record",
    )
)
# Spans of time, as a figure is written per one ("$200 a month") or counts them ("12 months"):
# an average per one is spread over a period, not divided by a count of things.
SPANS_OF_TIME = frozenset(
    {"hour", "hours", "day", "days", "week", "weeks", "month", "months"}
    | {"quarter", "quarters", "year", "years"}
)

# The round bases a rate of events is written per ("8.1 murders per 100,000 residents", "14
# deaths per 1,000 births"): a count per so many of another is a rate, never a percent.
RATE_BASES = frozenset({100, 1_000, 10_000, 100_000, 1_000_000})
# The people a rate per so many may be per: their number is the population the words give.
POPULATION_PER = frozenset(
    {"people", "persons", "residents", "inhabitants", "population", "citizens", "adults"}
)

# People a figure may be counted in, or be an amount for one of: "each shopper", "Visitors
# numbered 300,000", "2.5 million tourists" (singular forms; the patterns add the plural).
PEOPLE_NOUNS = (
    "person",
    "resident",
    "inhabitant",
    "citizen",
    "household",
    "visitor",
    "tourist",
    "passenger",
    "traveller",
    "traveler",
    "customer",
    "shopper",
    "buyer",
    "guest",
    "user",
    "worker",
    "employee",
    "student",
    "pupil",
    "patient",
    "member",
    "subscriber",
    "voter",
    "taxpayer",
)

# The subject of a series item that names the item before it: "in 2022, they were 73.5
# million", "in 2023, it was 562.7 billion yuan" (relations_series).
SERIES_ANAPHORS = frozenset(
    ("they", "it", "this", "that", "the figure", "the total", "the number", "the amount")
)

# The words of a daily average's clause that name no subject of their own ("daily output
# averaged", "average daily production was"): any other word must be in its total's sentence
# (relations_averages.daily_averages), or the average may be of another thing.
DAILY_AVERAGE_WORDS = frozenset(
    {"daily", "average", "averaged", "averaging", "mean", "day", "per", "each"}
    | {"output", "production", "volume", "throughput", "figure", "level", "amount", "total"}
    | {"was", "were", "stood", "came", "reached", "hit", "rose", "fell", "about", "around"}
    | {"roughly", "nearly", "some", "almost", "the", "its", "their"}
)

# --- A total's growth from a list of its parts, each with its level and rate ---------------------
# The verbs a part's or a total's own rate follows ("Port A rose 4.0% to 12.5m", "Port B was up
# 5%", "exports were down 2%"): a rise, and a fall, whose rate is stored with a minus sign.
PART_RISE_VERBS = (
    "rose",
    "grew",
    "increased",
    "climbed",
    "jumped",
    "gained",
    "expanded",
    "surged",
    "advanced",
    "soared",
    "accelerated",
    "rebounded",
    "up",
    "rising",
    "growing",
    "increasing",
)
PART_FALL_VERBS = (
    "fell",
    "dropped",
    "declined",
    "decreased",
    "slipped",
    "shrank",
    "contracted",
    "slid",
    "eased",
    "down",
    "falling",
    "declining",
    "decreasing",
)
# The participles of a change, as a "with" clause uses them for its verb: "with exports
# climbing 8% to A".
CHANGE_PARTICIPLES = (
    *(w for w in (*PART_RISE_VERBS, *PART_FALL_VERBS) if w.endswith("ing")),
    "climbing",
    "jumping",
    "surging",
    "gaining",
    "expanding",
    "advancing",
    "soaring",
    "dropping",
    "sliding",
    "slipping",
    "shrinking",
    "easing",
    "contracting",
)
# Every word that says which way a figure moved, as a change with no rate is checked for it
# ("have fallen to 367 from 389", "reached 8.4 million, up from 7.9 million").
RISE_WORDS = (
    *PART_RISE_VERBS,
    "risen",
    "rise",
    "rises",
    "grown",
    "improved",
    "rebounded",
    "recovered",
    "higher",
    "went up",
    "gone up",
)
FALL_WORDS = (
    *PART_FALL_VERBS,
    "fallen",
    "fall",
    "falls",
    "shrunk",
    "slumped",
    "plunged",
    "dipped",
    "tumbled",
    "lower",
    "went down",
    "gone down",
)
# Words that make a clause's figure the whole of the parts listed beside it ("taking the pair
# up 6.1%", "the five airports grew 7%", "all exports were up", "for total growth of 6.7%").
TOTAL_CUES = ("total", "overall", "combined", "aggregate", "altogether", "all", "both", "pair")
# The number of parts a total cue counts: "both" and "the pair" are two.
TOTAL_CUE_COUNTS = {"both": 2, "pair": 2}
# Words that make the parts listed only some of the total ("including A, up 3% to 12"), or a
# total no list of parts adds up to (a balance is a difference of its sides, not their sum).
PARTIAL_CUES = (*LIST_SOME_CUES, "of which", "led by", "among", "notably", "especially")
NOT_A_TOTAL_OF_PARTS = ("surplus", "deficit", "balance", "gap", "net", "shortfall")

# Tables in article text (audit.extract.tables): words of a column header that say what its
# cells are, and row labels that say what a row is within the table.
TABLE_SHARE_WORDS = ("share", "composition", "proportion", "of total", "weight")
TABLE_CHANGE_WORDS = ("change", "growth", "y/y", "yoy", "y-o-y", "chg", "increase", "% ch")
# A row that is the whole of the rows beside it.
TABLE_TOTAL_LABELS = frozenset(
    {
        "total",
        "all",
        "overall",
        "all sectors",
        "grand total",
        # the sum of the industries' value added
        "gdp",
        "gross domestic product",
        "gross domestic products",
    }
)
# A row that is the rest of a breakdown: with it, the rows are all of their total.
TABLE_REST_LABELS = frozenset(
    ("other", "others", "rest", "remainder", "all other", "rest of the world", "rest of world")
)
# A row that is a part of the row above it, not of the total: the rows are not one breakdown.
TABLE_SUBROW_OPENINGS = ("of which", "of this", "including", "incl.", "among which", "-", "–")
# Rows that are no part of a breakdown: the Total row is not their sum.
TABLE_NOT_PARTS = ("average", "mean", "median", "per capita", "per head", "excluding", "memo")
# Row labels or a label header naming rates: a "Change (%)" beside two rates may be points.
TABLE_RATE_WORDS = ("rate", "ratio", "%", "percent", "per cent", "margin", "yield", "share")
# A lead-in naming what a table counts ("The following table shows tourist arrivals:").
TABLE_LEAD_IN = ("the following table shows", "the table below shows", "table:", "table of")

# --- A span of years carried from the sentence before -------------------------------------------
# "over the same period", "in the same years", "meanwhile": a sentence that says its figures
# run over the span the sentence before it states ("R&D spending's share rose from 1.9% to
# 2.1% over the same period"; "Their value, meanwhile, grew from A to B at a CAGR of R").
SAME_SPAN_NOUNS = ("period", "years", "span", "stretch", "time", "timeframe", "time frame")
SAME_SPAN_PREPOSITIONS = ("over", "in", "during", "across", "for", "within")
MEANWHILE_WORDS = ("meanwhile", "in the meantime")

# --- Words that make a measure a stage or kind of another ---------------------------------------
# "the new construction area" is not "the floor area under construction", nor "the completed
# office area": beside the participles a metric holds ("completed", "started"), these do it.
STAGE_WORDS = frozenset(("new", "newly", "existing", "old", "remaining", "outstanding"))
# The nouns of a change, which a figure after "of" is the size of ("a rise of 55TWh").
CHANGE_NOUNS = (
    *("rise", "increase", "growth", "gain", "jump", "addition", "expansion", "surge"),
    *("fall", "decrease", "decline", "drop", "loss", "reduction", "cut", "contraction"),
)

# --- Parts and shares of one whole (relations_cross) --------------------------------------------
# The words after a part that point back to a count stated before it: "3,100 of them", "of
# whom", "Of these, 2,950 ...".
COUNT_ANAPHORS = ("them", "these", "those", "whom")
# The group a share names again after the anaphor's whole: "3,100 of them, or 25 percent of its
# workforce", "of the total". A share of another named group is not of that whole.
WHOLE_AGAIN_NOUNS = frozenset(
    ("total", "whole", "workforce", "staff", "employees", "members", "them", "these", "those")
)
# Words that name all of a whole a list of its shares has not yet covered: "the remaining 10
# percent", "the rest", "the other 30 percent", "others".
REST_WORDS = ("rest", "remaining", "remainder", "other", "others")
# Verbs that make a share a slice of one whole ("Coal accounted for 58 percent of generation,
# gas for 24 percent"): slices do not overlap, unlike answers in a poll ("61 percent said X").
SLICE_VERBS = (
    "accounted for",
    "accounts for",
    "account for",
    "made up",
    "makes up",
    "make up",
    "represented",
    "represents",
    "comprised",
    "comprises",
    "contributed",
    "contributes",
    "took",
    "takes",
    "held",
    "holds",
    "had a share of",
    "has a share of",
    # a vote's slices: "A won 41 percent of the vote, B 38 percent"
    "won",
    "wins",
    "received",
    "secured",
    "captured",
    "garnered",
)
# Words between two shares that compare them (two times, two places, a change), not list two
# slices of one whole: "61 percent, up from 55 percent", "41 percent against 38 percent".
SHARE_CONTRAST_WORDS = frozenset(
    (
        "than",
        "from",
        "compared",
        "against",
        "versus",
        "vs",
        "up",
        "down",
        "rose",
        "fell",
        "grew",
        "increase",
        "increased",
        "decrease",
        "decreased",
        "earlier",
        "ago",
        "before",
        "previous",
        "last",
        "year",
        "month",
        "quarter",
        "respectively",
        "each",
        "both",
        "average",
    )
)

# Capitalised words that open a sentence's name without being the name: "The", "In March",
# titles ("Outgoing President", "Prime Minister"). What is left names the subject.
SUBJECT_FILLERS = frozenset(
    (
        *("the", "a", "an", "in", "on", "at", "for", "of", "by", "from", "to", "during"),
        *("and", "but", "also", "however", "meanwhile", "according", "this", "that"),
        *("outgoing", "incoming", "former", "incumbent", "acting", "new"),
        *("president", "vice", "prime", "minister", "governor", "senator", "mayor", "chief"),
        *("mr", "mrs", "ms", "dr", "sir", "executive", "chairman", "chairwoman", "candidate"),
        # a firm's legal form names no firm: "Ayra Corp." and "Coast Line Corp." are two
        *("corp", "corporation", "inc", "ltd", "limited", "plc", "group", "co", "company"),
        *("holdings", "holding", "llc", "ag", "sa", "nv", "bhd", "berhad"),
        *(m.lower() for m in MONTHS),
        *(d.lower() for d in WEEKDAYS),
    )
)
