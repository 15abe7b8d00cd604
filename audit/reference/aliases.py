"""Names of entities and metrics as articles write them, resolved to the facts' keys.

"east China's Jiangxi province", "Jiangxi Province" and "Jiangxi" are one entity; "the Chinese
economy", "China" and "CHN" another; "GDP", "gross domestic product" and "economic output" one
metric. This module is the one place the vocabulary lives.
"""

from __future__ import annotations

import re
from functools import cache

# Names the World Bank's own country names do not cover (lower case -> World Bank code).
ENTITY_NAMES = {
    "chinese": "CHN",
    "prc": "CHN",
    "people's republic of china": "CHN",
    "mainland china": "CHN",
    "chinese mainland": "CHN",
    "us": "USA",
    "u.s.": "USA",
    "usa": "USA",
    "america": "USA",
    "united states of america": "USA",
    "american": "USA",
    "uk": "GBR",
    "u.k.": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "british": "GBR",
    "japanese": "JPN",
    "indian": "IND",
    "nigerian": "NGA",
    "south korea": "KOR",
    "korea": "KOR",
    "russia": "RUS",
    "russian": "RUS",
    "germany": "DEU",
    "german": "DEU",
    "french": "FRA",
    "eurozone": "EMU",
    "euro zone": "EMU",
    "euro area": "EMU",
    "hong kong": "HKG",
    "macao": "MAC",
    "macau": "MAC",
    "vietnam": "VNM",
    "iran": "IRN",
    "egypt": "EGY",
    "turkey": "TUR",
    "turkiye": "TUR",
    "venezuela": "VEN",
    "the world": "WLD",
    "world": "WLD",
    "global": "WLD",
    "european union": "EUU",
    "eu": "EUU",
    "brazilian": "BRA",
    "mexican": "MEX",
    "canadian": "CAN",
    "australian": "AUS",
    "taiwan": "TWN",
}
# Compiled at first use (functools.cache below): a gate on a claims file whose figures name no
# reference fact never resolves a name.
_PREFIX = (
    r"^(?:the\s+)?(?:(?:north|south|east|west|central|northeast|northwest|"
    r"southeast|southwest|north-east|north-west|south-east|south-west|"
    r"eastern|western|northern|southern)(?:ern)?\s+china['’]s\s+)"
)
_SUFFIX = (
    r"\s+(?:province|autonomous\s+region|region|municipality|city|economy|"
    r"sar|special\s+administrative\s+region)$"
)
_POSSESSIVE = r"['’]s?$"

# Metric phrases, most specific first (lower case regex -> metric key).
METRICS = (
    (
        r"gdp\s+per\s+capita|per[\s-]+capita\s+(?:gdp|gross\s+domestic\s+product)|"
        r"gross\s+domestic\s+product\s+per\s+capita",
        "gdp_per_capita",
    ),
    (
        r"(?:gdp|economic|economy)\s+growth|growth\s+(?:rate\s+)?of\s+(?:the\s+)?(?:gdp|economy)|"
        r"gross\s+domestic\s+product\s+growth",
        "gdp_growth",
    ),
    (r"r\s*&\s*d|research\s+and\s+development", "rd_share"),
    (r"exports?", "exports_share"),
    (r"tax\s+revenues?|tax\s+take", "tax_share"),
    (r"(?:government|public|national|central\s+government)\s+debt|debt", "debt_share"),
    (r"military|defen[cs]e", "military_share"),
    (r"education", "education_share"),
    (r"population|inhabitants|residents|people", "population"),
    (r"exchange\s+rate", "exchange_rate"),
    (
        r"\bgdp\b|gross\s+domestic\s+product|economic\s+output|(?:regional|national|provincial)"
        r"\s+output|size\s+of\s+the\s+economy|economy",
        "gdp",
    ),
)
METRIC_KEYS = frozenset(key for _, key in METRICS) | {"gdp_lcu", "fred_rate"}


@cache
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return re.compile(_PREFIX), re.compile(_SUFFIX), re.compile(_POSSESSIVE)


@cache
def metric_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """METRICS compiled, in their order (most specific first)."""
    return tuple((re.compile(pattern), key) for pattern, key in METRICS)


def normalise_entity(text: str) -> str:
    """ "east China's Jiangxi Province" -> "jiangxi"; "the Chinese economy" -> "chinese"."""
    prefix, suffix, possessive = _name_patterns()
    name = " ".join(text.lower().replace("’", "'").split())
    name = prefix.sub("", name)
    for _ in range(2):  # "Brazil's economy", "Guangdong province's"
        name = possessive.sub("", suffix.sub("", possessive.sub("", name)))
    if name.startswith("the ") and name not in ENTITY_NAMES:
        name = name[4:]
    return name.strip()


def metric_key(text: str) -> str | None:
    """The metric a phrase names ("gross domestic product" -> "gdp"), or None."""
    lowered = " ".join(text.lower().split()).replace("_", " ")
    if lowered.replace(" ", "_") in METRIC_KEYS:
        return lowered.replace(" ", "_")
    for pattern, key in metric_patterns():
        if pattern.search(lowered):
            return key
    return None
