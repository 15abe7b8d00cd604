"""The tool's one vocabulary: scale words, currencies, qualifiers, number words, verbs, months.

The claims grammar (`audit.claims.values`), the extractor (`audit.extract.lexicon`) and the
report read these tables, so a word added here is read the same everywhere. Keys are written
lower case unless case carries meaning (currency signs keep their written case).
"""

from __future__ import annotations

from decimal import Decimal

_T = Decimal(10)

# --- Scale words: written form (lower case) -> factor ----------------------------------------
SCALE_WORDS: dict[str, Decimal] = {
    "hundred": _T**2,
    "thousand": _T**3,
    "k": _T**3,
    "wan": _T**4,
    "万": _T**4,
    "lakh": _T**5,
    "lakhs": _T**5,
    "million": _T**6,
    "millions": _T**6,  # "3.4 millions", as translated copy writes it
    "mn": _T**6,
    "mln": _T**6,
    "mil": _T**6,
    "crore": _T**7,
    "crores": _T**7,
    "cr": _T**7,
    "hundred million": _T**8,
    "yi": _T**8,
    "亿": _T**8,
    "billion": _T**9,
    "billions": _T**9,
    "bn": _T**9,
    "bln": _T**9,
    "trillion": _T**12,
    "trillions": _T**12,
    "tn": _T**12,
    "trn": _T**12,
    "tr": _T**12,
    "tln": _T**12,
    "trln": _T**12,
    "万亿": _T**12,
    "lakh crore": _T**12,
    "lakh crores": _T**12,
    "dozen": Decimal(12),
    "dozens": Decimal(12),
}
# Single letters are scale words only after a currency ("£300m"), never alone ("300 m" is
# metres); "bil" is rare enough to need the currency too.
CURRENCY_ONLY_SCALES: dict[str, Decimal] = {"m": _T**6, "b": _T**9, "bil": _T**9, "t": _T**12}
# Case-sensitive letters attached to digits ("10k", "12K", "10M"): "5G" is a network.
LETTER_SCALES: dict[str, Decimal] = {"k": _T**3, "K": _T**3, "M": _T**6, "MM": _T**6, "B": _T**9}
# The name a report or diagnosis gives a factor.
SCALE_NAMES: dict[Decimal, str] = {
    _T**3: "thousand",
    _T**4: "wan",
    _T**5: "lakh",
    _T**6: "million",
    _T**7: "crore",
    _T**8: "yi",
    _T**9: "billion",
    _T**12: "trillion",
}

# --- Currencies ------------------------------------------------------------------------------
# Codes read before a figure only as printed, in capitals ("ZAR12bn", "SEK 40 million"). The
# peso's "PHP" is read only in a claims file: in text, "PHP 8" is more often the language.
UPPER_CASE_CODES = frozenset(
    [
        "ZAR",
        "THB",
        "IDR",
        "ILS",
        "PLN",
        "TRY",
        "SEK",
        "NOK",
        "DKK",
        "HUF",
        "CZK",
        "KES",
        "PKR",
        "BDT",
        "EGP",
        "VND",
        "AED",
        "SAR",
        "TWD",
        "MXN",
        "BGN",
        "QAR",
        "GHS",
        # Codes of NATIONAL_CURRENCIES that are no English word ("MAD", "PEN", "RON" are)
        "KWD",
        "RSD",
        "DZD",
        "IQD",
        "JOD",
        "BHD",
        "TND",
        "LYD",
        "UGX",
        "TZS",
        "ISK",
        "UAH",
        "KZT",
        "ZMW",
        "MWK",
        "ETB",
        "RWF",
        "LKR",
        "NPR",
        "MUR",
        "ARS",
        "CLP",
        "COP",
        "OMR",
        "IRR",
        "LBP",
        "NAD",
        "JMD",
        "TTD",
        "BZD",
        "XCD",
        "GYD",
        "FJD",
        "MMK",
        "KHR",
    ]
)
# Codes that are English words too ("MAD", "PEN", "RON", "MOP"): read before a figure only
# glued to its digits and only before an amount ("MOP12.40 billion", "PEN3.2 million"), so "MAD
# 5", "RON95" (a petrol grade) and "PEN15" stay names.
GLUED_ONLY_CODES = frozenset(["MAD", "PEN", "RON", "MOP"])
# Signs and codes written before the number -> ISO code, in their usual written case.
CURRENCY_SIGNS: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "USD$": "USD",
    "$US": "USD",
    "HK$": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD$": "AUD",
    "$A": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD$": "CAD",
    "S$": "SGD",
    "SG$": "SGD",
    "NZ$": "NZD",
    "NZD$": "NZD",
    "$NZ": "NZD",
    "NT$": "TWD",
    "R$": "BRL",
    # the Caribbean's and Namibia's dollars: "TT$2.1 billion", "N$880 million"
    "N$": "NAD",
    "J$": "JMD",
    "TT$": "TTD",
    "BZ$": "BZD",
    "EC$": "XCD",
    "G$": "GYD",
    "FJ$": "FJD",
    "MEX$": "MXN",
    "MXN$": "MXN",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "￥": "CNY",
    "₹": "INR",
    "₩": "KRW",
    "₦": "NGN",
    "Rs.": "INR",
    "Rs": "INR",
    "RM": "MYR",
    "Dh": "AED",
    "Dhs": "AED",
    "RMB": "CNY",
    "CNY": "CNY",
    "USD": "USD",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    "INR": "INR",
    "HKD": "HKD",
    "AUD": "AUD",
    "CAD": "CAD",
    "CHF": "CHF",
    "NZD": "NZD",
    "SGD": "SGD",
    "KRW": "KRW",
    "MYR": "MYR",
    "NGN": "NGN",
    "BRL": "BRL",
    "RUB": "RUB",
    **{code: code for code in (*UPPER_CASE_CODES, *GLUED_ONLY_CODES, "PHP")},
    "₱": "PHP",
    "₺": "TRY",
    "₪": "ILS",
    "฿": "THB",
    "Rp": "IDR",
    "KSh": "KES",
    "Sh": "KES",
    "Shs": "KES",
    "KShs": "KES",
    "Kshs": "KES",
    "SFr": "CHF",
    "Bt": "THB",
    "Php": "PHP",
    "SR": "SAR",
    "QR": "QAR",
    "GH¢": "GHS",
    "GH₵": "GHS",
    "Ksh": "KES",
    # the shilling's codes with a full stop, as Kenyan and Ugandan papers write them
    "KShs.": "KES",
    "Kshs.": "KES",
    "KSh.": "KES",
    "Ksh.": "KES",
    "Shs.": "KES",
    "Sh.": "KES",
    "Tk": "BDT",  # the taka, as the Bangladeshi press writes it: "Tk 8.6 trillion"
    "৳": "BDT",
}
# How a currency is named in words, in claim values and in reports.
CURRENCY_NAMES: dict[str, str] = {
    "CNY": "yuan",
    "USD": "US dollars",
    "EUR": "euros",
    "GBP": "pounds",
    "JPY": "yen",
    "INR": "rupees",
    "ZAR": "rand",
    "THB": "baht",
    "IDR": "rupiah",
    "ILS": "shekels",
    "PLN": "zloty",
    "TRY": "Turkish lira",
    "SEK": "Swedish kronor",
    "NOK": "Norwegian kroner",
    "DKK": "Danish kroner",
    "PHP": "Philippine pesos",
    "HUF": "forints",
    "CZK": "koruna",
    "KES": "Kenyan shillings",
    "PKR": "Pakistani rupees",
    "BDT": "taka",
    "EGP": "Egyptian pounds",
    "VND": "dong",
    "BGN": "leva",
}
# Currency words written after the number -> ISO code (None: a currency with no code here).
# Where a bare "$" is the local dollar: an article about one of these places, naming no other
# and not the United States, writes its own currency as "$" ("$38 billion (£19 billion)" in an
# Australian tourism story is Australian dollars).
DOLLAR_PLACES: dict[str, tuple[str, ...]] = {
    "AUD": ("Australia", "Australian", "Australians"),
    "CAD": ("Canada", "Canadian", "Canadians"),
    "NZD": ("New Zealand", "New Zealander", "New Zealanders"),
    "SGD": ("Singapore", "Singaporean"),
    "HKD": ("Hong Kong",),
}
US_NAMES = (
    "United States",
    "U.S.",
    "US",
    "USA",
    "America",
    "American",
    "Americans",
    "Washington",
    "Wall Street",
    "Federal Reserve",
)

CURRENCY_WORDS: dict[str, str | None] = {
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "元": "CNY",
    "kuai": "CNY",
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "american dollars": "USD",
    "usd": "USD",
    "hong kong dollars": "HKD",
    "hong kong dollar": "HKD",
    "hk dollars": "HKD",
    "hkd": "HKD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "aud": "AUD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "cad": "CAD",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "taiwan dollars": "TWD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "jpy": "JPY",
    "rupee": "INR",
    "rupees": "INR",
    "inr": "INR",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "chf": "CHF",
    "won": "KRW",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "reais": "BRL",
    "francs": None,
    "franc": None,
    "pesos": None,
    "peso": None,
    "lira": None,
    "turkish lira": "TRY",
    "rand": "ZAR",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "naira": "NGN",
    "shekels": "ILS",
    "shekel": "ILS",
    "zloty": "PLN",
    "zlotys": "PLN",
    "kronor": "SEK",
    "swedish kronor": "SEK",
    "swedish krona": "SEK",
    "krona": None,
    "norwegian kroner": "NOK",
    "norwegian krone": "NOK",
    "danish kroner": "DKK",
    "danish krone": "DKK",
    "philippine pesos": "PHP",
    "philippine peso": "PHP",
    "mexican pesos": "MXN",
    "mexican peso": "MXN",
    "forints": "HUF",
    "forint": "HUF",
    "koruna": "CZK",
    "czech crowns": "CZK",
    "swedish crowns": "SEK",
    "norwegian crowns": "NOK",
    "danish crowns": "DKK",
    "cedis": "GHS",
    "ghanaian cedis": "GHS",
    "kenyan shilling": "KES",
    "kenyan shillings": "KES",
    "pakistani rupees": "PKR",
    "taka": "BDT",
    "egyptian pounds": "EGP",
    "uae dirhams": "AED",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "kroner": None,
    "krone": None,
    "dirhams": None,
    "riyals": None,
    "dinars": None,
    "finnish markka": None,
    "markka": None,
    "dutch guilders": None,
    "guilders": None,
    "pesetas": None,
    "dong": "VND",
    "lev": "BGN",
    "leva": "BGN",
    "bulgarian lev": "BGN",
    "bulgarian leva": "BGN",
}
# Currencies named with their country ("Kuwaiti dinars", "Nigerian naira"), or by a word of
# their own, that the table above does not name: code -> (adjectives, singular, plural).
NATIONAL_CURRENCIES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "KWD": (("Kuwaiti",), "dinar", "dinars"),
    "RSD": (("Serbian",), "dinar", "dinars"),
    "DZD": (("Algerian",), "dinar", "dinars"),
    "IQD": (("Iraqi",), "dinar", "dinars"),
    "JOD": (("Jordanian",), "dinar", "dinars"),
    "BHD": (("Bahraini",), "dinar", "dinars"),
    "TND": (("Tunisian",), "dinar", "dinars"),
    "LYD": (("Libyan",), "dinar", "dinars"),
    "UGX": (("Ugandan", "Uganda"), "shilling", "shillings"),
    "TZS": (("Tanzanian", "Tanzania"), "shilling", "shillings"),
    "KES": (("Kenyan", "Kenya"), "shilling", "shillings"),
    "RON": (("Romanian",), "leu", "lei"),
    "ISK": (("Icelandic",), "krona", "kronur"),
    "UAH": (("Ukrainian",), "hryvnia", "hryvnias"),
    "KZT": (("Kazakh", "Kazakhstani"), "tenge", "tenge"),
    "ZMW": (("Zambian",), "kwacha", "kwacha"),
    "MWK": (("Malawian",), "kwacha", "kwacha"),
    "ETB": (("Ethiopian",), "birr", "birr"),
    "RWF": (("Rwandan",), "franc", "francs"),
    "LKR": (("Sri Lankan",), "rupee", "rupees"),
    "NPR": (("Nepalese", "Nepali"), "rupee", "rupees"),
    "MUR": (("Mauritian",), "rupee", "rupees"),
    "ARS": (("Argentine", "Argentinian"), "peso", "pesos"),
    "CLP": (("Chilean",), "peso", "pesos"),
    "COP": (("Colombian",), "peso", "pesos"),
    "MAD": (("Moroccan",), "dirham", "dirhams"),
    "OMR": (("Omani",), "rial", "rials"),
    "IRR": (("Iranian",), "rial", "rials"),
    "PEN": (("Peruvian",), "sol", "soles"),
    "MOP": (("Macau", "Macao"), "pataca", "patacas"),
    "LBP": (("Lebanese",), "pound", "pounds"),
    "NAD": (("Namibian",), "dollar", "dollars"),
    "JMD": (("Jamaican",), "dollar", "dollars"),
    "FJD": (("Fijian",), "dollar", "dollars"),
    "TTD": (("Trinidad and Tobago", "TT"), "dollar", "dollars"),
    "BZD": (("Belize", "Belizean"), "dollar", "dollars"),
    "XCD": (("Eastern Caribbean", "EC"), "dollar", "dollars"),
    "GYD": (("Guyana", "Guyanese"), "dollar", "dollars"),
    "MMK": (("Myanmar",), "kyat", "kyats"),
    "KHR": (("Cambodian",), "riel", "riels"),
    "NGN": (("Nigerian",), "naira", "naira"),
    "ZAR": (("South African",), "rand", "rand"),
    "JPY": (("Japanese",), "yen", "yen"),
    "THB": (("Thai",), "baht", "baht"),
    "MYR": (("Malaysian",), "ringgit", "ringgit"),
    "IDR": (("Indonesian",), "rupiah", "rupiah"),
    "VND": (("Vietnamese",), "dong", "dong"),
    "KRW": (("South Korean", "Korean"), "won", "won"),
    "RUB": (("Russian",), "rouble", "roubles"),
    "ILS": (("Israeli", "new Israeli"), "shekel", "shekels"),
    "PLN": (("Polish",), "zloty", "zlotys"),
    "HUF": (("Hungarian",), "forint", "forints"),
    "BRL": (("Brazilian",), "real", "reais"),
    "INR": (("Indian",), "rupee", "rupees"),
    "BDT": (("Bangladeshi",), "taka", "taka"),
    "GHS": (("Ghana",), "cedi", "cedis"),
    "CZK": (("Czech",), "koruna", "korunas"),
    "AED": (("Emirati",), "dirham", "dirhams"),
    "EGP": (("Egyptian",), "pound", "pounds"),
    "PKR": (("Pakistani",), "rupee", "rupees"),
    "MXN": (("Mexican",), "peso", "pesos"),
    "PHP": (("Philippine",), "peso", "pesos"),
    "TRY": (("Turkish",), "lira", "liras"),
}
# Words only one of these currencies uses: read as it without its country.
_OWN_WORDS = ("hryvnia", "hryvnias", "tenge", "birr", "soles", "patacas", "kyats", "riels")
CURRENCY_WORDS.update(
    {
        f"{adjective} {word}".lower(): code
        for code, (adjectives, singular, plural) in NATIONAL_CURRENCIES.items()
        for adjective in adjectives
        for word in (singular, plural)
    }
)
CURRENCY_WORDS.update(
    {
        word: code
        for code, (_, singular, plural) in NATIONAL_CURRENCIES.items()
        for word in (singular, plural)
        if word in _OWN_WORDS
    }
)
# Words several currencies share: the article's place tells which (LOCAL_CURRENCIES).
for _word in ("dinar", "shilling", "shillings", "lei", "leu", "kwacha", "rial", "rials", "crowns"):
    CURRENCY_WORDS.setdefault(_word, None)

# Currencies written the same in several places: the written forms (a word after the figure,
# or a sign before it, lower-cased) and the places that tell which one an article means. An
# article that names one of them far more than the others writes its currency this way
# ("Rs 1.2 trillion" in a Karachi story is Pakistani rupees); one naming none, or several as
# often, keeps the reading of the form alone. The bare "$" has its own rule (DOLLAR_PLACES).
LOCAL_CURRENCIES: tuple[tuple[tuple[str, ...], dict[str, tuple[str, ...]]], ...] = (
    (
        ("rs", "rs.", "rupee", "rupees"),
        {
            "INR": ("India", "Indian", "Indians", "New Delhi", "Delhi", "Mumbai"),
            "PKR": ("Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi", "Lahore"),
            "LKR": ("Sri Lanka", "Sri Lankan", "Sri Lankans", "Colombo"),
            "NPR": ("Nepal", "Nepali", "Nepalese", "Kathmandu"),
            "MUR": ("Mauritius", "Mauritian"),
        },
    ),
    (
        ("peso", "pesos"),
        {
            "PHP": ("Philippines", "Philippine", "Filipino", "Filipinos", "Manila"),
            "MXN": ("Mexico", "Mexican", "Mexicans"),
            "ARS": ("Argentina", "Argentine", "Argentinian", "Buenos Aires"),
            "CLP": ("Chile", "Chilean", "Santiago"),
            "COP": ("Colombia", "Colombian", "Bogota", "Bogotá"),
        },
    ),
    (
        ("dinar", "dinars"),
        {
            "KWD": ("Kuwait", "Kuwaiti"),
            "RSD": ("Serbia", "Serbian", "Belgrade"),
            "DZD": ("Algeria", "Algerian", "Algiers"),
            "IQD": ("Iraq", "Iraqi", "Baghdad"),
            "JOD": ("Jordan", "Jordanian", "Amman"),
            "BHD": ("Bahrain", "Bahraini", "Manama"),
            "TND": ("Tunisia", "Tunisian", "Tunis"),
            "LYD": ("Libya", "Libyan", "Tripoli"),
        },
    ),
    (
        ("sh", "shs", "shilling", "shillings"),
        {
            "KES": ("Kenya", "Kenyan", "Kenyans", "Nairobi"),
            "UGX": ("Uganda", "Ugandan", "Ugandans", "Kampala"),
            "TZS": ("Tanzania", "Tanzanian", "Tanzanians", "Dar es Salaam", "Dodoma"),
        },
    ),
    (
        ("dirham", "dirhams", "dh", "dhs"),
        {
            "AED": ("UAE", "United Arab Emirates", "Emirati", "Dubai", "Abu Dhabi"),
            "MAD": ("Morocco", "Moroccan", "Rabat", "Casablanca"),
        },
    ),
    (
        ("riyal", "riyals"),
        {"SAR": ("Saudi", "Riyadh", "Jeddah"), "QAR": ("Qatar", "Qatari", "Doha")},
    ),
    (
        ("rial", "rials"),
        {"OMR": ("Oman", "Omani", "Muscat"), "IRR": ("Iran", "Iranian", "Tehran")},
    ),
    (
        # English copy writes each of them "crowns"
        ("krone", "kroner", "krona", "crowns"),
        {
            "NOK": ("Norway", "Norwegian", "Oslo"),
            "DKK": ("Denmark", "Danish", "Copenhagen"),
            "SEK": ("Sweden", "Swedish", "Stockholm"),
            "ISK": ("Iceland", "Icelandic", "Reykjavik"),
            "CZK": ("Czech", "Czechia", "Czech Republic", "Prague"),
        },
    ),
    (("lei", "leu"), {"RON": ("Romania", "Romanian", "Bucharest")}),
    (
        ("kwacha",),
        {"ZMW": ("Zambia", "Zambian", "Lusaka"), "MWK": ("Malawi", "Malawian", "Lilongwe")},
    ),
    (
        ("franc", "francs"),
        {
            "CHF": ("Switzerland", "Swiss", "Zurich", "Geneva"),
            "RWF": ("Rwanda", "Rwandan", "Kigali"),
        },
    ),
    (
        ("pound", "pounds"),
        {
            "GBP": ("Britain", "British", "UK", "U.K.", "United Kingdom", "England", "London"),
            "EGP": ("Egypt", "Egyptian", "Egyptians", "Cairo"),
            "LBP": ("Lebanon", "Lebanese", "Beirut"),
        },
    ),
)
SUBUNIT_WORDS = {"cent": "cent", "cents": "cent", "pence": "penny", "penny": "penny", "p": "penny"}

# --- Qualifiers: written form -> how it bounds the figure --------------------------------------
_QUALIFIER_CLASSES: dict[str, tuple[str, ...]] = {
    "approximate": (
        "about",
        "around",
        "roughly",
        "approximately",
        "approx.",
        "some",
        "~",
        "circa",
        "close to",
    ),
    "nearly": ("nearly", "almost", "just under", "just below", "close to but under"),
    "just_over": ("just over", "just above", "slightly more than", "slightly over"),
    "more_than": (
        "more than",
        "over",
        "above",
        "exceeding",
        "in excess of",
        "greater than",
        "upwards of",
        "upward of",
        "higher than",
        ">",
    ),
    "at_least": ("at least", "no less than", "not less than", "no fewer than", ">=", "≥"),
    "less_than": ("less than", "under", "below", "fewer than", "lower than", "<"),
    "at_most": (
        "up to",
        "at most",
        "no more than",
        "not more than",
        "as many as",
        "as much as",
        "<=",
        "≤",
    ),
    "exact": ("exactly", "precisely"),
    # Emphasis or status, not precision: "an estimated 3,786,000 tonnes" is rounded as its
    # digits say; "estimated" says how the figure was arrived at.
    "plain": ("a total of", "a record", "an all-time high of", "an estimated", "estimated"),
}
QUALIFIERS: dict[str, str] = {
    word: kind for kind, words in _QUALIFIER_CLASSES.items() for word in words
}
# What the extractor looks for before a figure in prose: the words, not the symbols, and not
# the phrases that are as often part of a sentence ("a record", "higher than").
TEXT_QUALIFIERS: tuple[str, ...] = tuple(
    word
    for word in QUALIFIERS
    if word[0].isalpha()
    and word
    not in (
        "a record",
        "an all-time high of",
        "higher than",
        "lower than",
        "upward of",
        "close to but under",
        "precisely",
    )
)

# --- Number words ----------------------------------------------------------------------------
UNIT_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEEN_WORDS: dict[str, int] = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SMALL_WORDS: dict[str, int] = {
    **UNIT_WORDS,
    **TEEN_WORDS,
    **TENS_WORDS,
    "a hundred": 100,
    "one hundred": 100,
    "a dozen": 12,
    "dozen": 12,
}
FRACTION_WORDS: dict[str, Decimal] = {
    "half": Decimal("0.5"),
    "a half": Decimal("0.5"),
    "one half": Decimal("0.5"),
    "a third": Decimal(1) / 3,
    "one third": Decimal(1) / 3,
    "one-third": Decimal(1) / 3,
    "two thirds": Decimal(2) / 3,
    "two-thirds": Decimal(2) / 3,
    "a quarter": Decimal("0.25"),
    "one quarter": Decimal("0.25"),
    "three quarters": Decimal("0.75"),
    "three-quarters": Decimal("0.75"),
    "a fifth": Decimal("0.2"),
    "one fifth": Decimal("0.2"),
    "two fifths": Decimal("0.4"),
    "two-fifths": Decimal("0.4"),
    "three fifths": Decimal("0.6"),
    "three-fifths": Decimal("0.6"),
    "four fifths": Decimal("0.8"),
    "four-fifths": Decimal("0.8"),
    "a tenth": Decimal("0.1"),
    "one tenth": Decimal("0.1"),
    "one-tenth": Decimal("0.1"),
    "nine tenths": Decimal("0.9"),
    "nine-tenths": Decimal("0.9"),
}
# The big multipliers spelled numbers use ("two hundred", "three lakh").
NUMBER_MULTIPLIERS: dict[str, int] = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "crore": 10**7,
}

# --- Multiple verbs: "exports doubled" is a multiple of 2 ------------------------------------
MULTIPLE_VERBS: dict[str, Decimal] = {
    "doubled": Decimal(2),
    "tripled": Decimal(3),
    "trebled": Decimal(3),
    "quadrupled": Decimal(4),
    "halved": Decimal("0.5"),
    # the base forms, read only before "to", "from" or "on": "expected to more than triple
    # to 96 billion", "could double from 2.1 million"
    "double": Decimal(2),
    "triple": Decimal(3),
    "treble": Decimal(3),
    "quadruple": Decimal(4),
    "halve": Decimal("0.5"),
}

# --- Counted things: "13,000 workers", "350 new stores", "1,800 measles cases" -----------------
# A count's noun may follow a word or two that describe it ("new", "construction", "part-time");
# these words end the phrase instead: what follows them is not what the figure counts ("200 were
# hired", "5 more than in May", "12 last week as prices rose").
NOT_COUNT_MODIFIERS: frozenset[str] = frozenset(
    """
    a an the this that these those which who whom whose what where when why how there here
    and or but nor so yet as than then if while whereas because though although unless since
    until after before during within without through across into onto over under about around
    among between against versus per of in on at by for to from with up down out off back ago
    earlier later last next each every all both either neither any some no not never also only
    just even still already respectively including excluding compared according
    is are was were be been being has have had do does did will would shall should can could
    may might must said says say it its his her their our your my we they he she you i
    drew rose fell grew saw won lost made took gave sold paid left met hit cut put held ran got
    came went spent kept brought bought told found became began fought built sent wrote flew
    get gets receive receives need needs face faces
    """.split()  # noqa: SIM905
)
# Plural words after a number that are not what it counts (units, "years" and "dollars" among
# them, are known to units.txt): spans of time, scale words in the plural ("hundreds"), degrees,
# and words that only look plural.
NOT_COUNTED: frozenset[str] = frozenset(
    """
    quarters halves decades centuries points degrees hundreds thousands millions billions
    trillions dozens lakhs crores others ones was has is also this its his plus less thus
    previous various goes does remains comes seems becomes
    """.split()  # noqa: SIM905
)
# Plurals without an "s" that counts count.
PLURAL_NOUNS: tuple[str, ...] = (
    "people",
    "children",
    "men",
    "women",
    "staff",
    "personnel",
    "police",
    "aircraft",
    "cattle",
    "sheep",
)

# --- Months ----------------------------------------------------------------------------------
MONTH_NUMBERS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
MONTHS: tuple[str, ...] = tuple(MONTH_NUMBERS)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The ordinals that name a quarter or a half of a year ("the third quarter", "1st half").
PART_ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
}

# --- Calendar constants ---------------------------------------------------------------------
# How many of a shorter period a year holds, as the lowest and highest count a writer may have
# used. A year is 52.14 weeks (52.18 on the calendar's average year): "a week" times 52 and a
# year's total over 365 days times 7 are both right, so both ends are accepted. A year of days
# is 365, or 366 in a leap year where the calendar year is not known. Months and quarters are
# even shares of a year.
PERIODS_IN_A_YEAR: dict[str, tuple[float, float]] = {
    "day": (365.0, 366.0),
    "week": (52.0, 52.18),
    "month": (12.0, 12.0),
    "quarter": (4.0, 4.0),
}
# How many of a period shorter than a day a day holds: a total over a year restated "a minute"
# is over 525,600 of them (527,040 in a leap year), the days counted from the total's period.
UNITS_IN_A_DAY: dict[str, int] = {"hour": 24, "minute": 24 * 60, "second": 24 * 60 * 60}
# The adjective of each period, as a report names a figure written per one of them.
PERIOD_ADJECTIVES: dict[str, str] = {
    "day": "daily",
    "week": "weekly",
    "month": "monthly",
    "quarter": "quarterly",
}
