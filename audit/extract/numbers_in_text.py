"""Find the figures in text: `find_quantities(text) -> list[Found]`.

One compiled regular expression finds a figure's core (currency sign, number or number words,
scale word, unit); small look-backs add what precedes it (qualifier, "minus"); a pass over
neighbours joins ranges ("between 10 and 12 percent"). Everything is found, then tagged by kind
(`year`, `date`, `ordinal`, `identifier`... as well as `money`, `percent`), so the claims
builder decides what to audit and what to list as skipped.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation

from audit.extract import lexicon as lx
from audit.extract.broken_points import mended
from audit.extract.folded import case_blind
from audit.extract.found import Found, _joined, _new, _with
from audit.extract.readings import second_look
from audit.extract.spelled import AFTER_A, SPELLED_PATTERN, read_spelled
from audit.lazy_regex import compile_later

# The scale words written after a figure, short forms too ("N1.04trn", "4.5 bln yuan"); the
# longer first, so "trn" is never read as "tn" followed by a stray letter.
_SCALES = "trillions|trillion|billions|billion|millions|million|trln|trn|tln|bln|mln|bn|mn|tn"


# A figure needs only its core; the look-behind keeps digits glued to letters ("L2", "J1149",
# "5G" fails at the end instead) and the tails of dotted numbers ("192.168") out.
# Indian grouping ("1,00,000") and decimal commas before a scale word or a percent sign
# ("12,48 billion", "4,2%") come first: read as thousands groups they would split the number.
# A comma before one or two digits is never a thousands separator: after a currency sign
# ("€4,50"), before a currency word ("2,49 euros") or a unit it is a decimal comma too. Before a
# decimal point ("38,17.5 billion") it is a grouping comma put in the wrong place (a
# translation of "3817.5 yi" regrouped by hand): one number, never a list, as a list writes
# a space after its comma ("in 2021, 44.1%").
def _followed_by(words, between: str = "") -> str:
    """A look-ahead: a percent sign, a scale word or one of `words` comes next, after what
    `between` matches."""
    return (
        rf"(?={between}(?:\s?|-(?=[a-z]))(?:%|(?i:per\s?cent|percent|{_SCALES}|"
        + lx.alternation(words)
        + r")(?![a-z])))"
    )


# and before a unit ("5,21t/ha", "3,5 kg"); "in" is left out, as "5,21 in" may be a list.
_DECIMAL_COMMA_AFTER = _followed_by(
    [*lx.CURRENCY_WORDS, *(u for u in lx.MEASURE_UNITS if len(u) > 1 and u != "in"), "t"]
)
# One group of thousands after a plain space ("4 350 GWh", "12 500 tonnes", "6 950t"), as SI style
# and much of southern Africa write them, only before a unit, scale word or currency word:
# "in 2019 1 500 jobs went" or a list of scores must stay apart. A decimal part may come
# between ("R1 204.30 billion", "1 204.5kg").
_SPACED_THOUSANDS_AFTER = _followed_by(
    [*lx.CURRENCY_WORDS, *(u for u in lx.MEASURE_UNITS if len(u) > 1), "t"], r"(?:[.,]\d+)?"
)
_DECIMAL_COMMA_SIGN = r"(?:(?<=[$€£¥₹])|(?<=[$€£¥₹]\s))\d{1,3},\d\d(?![\d,])"
# Thousands groups written with a comma and a space ("41, 250, 118 people", as some releases
# type them): two or more groups of three digits after the first, and no member of a longer list
# ("5, 100, 250, 300", "128, 256, 512 and 1,024"; _read looks before). One such group only where
# no list item could be it: a group of three with a leading zero ("22, 014 votes"); "On day 3,
# 250,000 people" is a day and a count. After the first group, where the plain thousands
# groups branch off it.
_COMMA_SPACE_GROUPS = (
    r"(?:(?:,\x20\d{3}){2,}|,\x200\d\d)(?![\d])"
    r"(?!,\s?\d|,?\s+(?:and|or|to)\s+\d)"
)
# Thousands grouped by points, as much of Europe writes them ("23.806.000", "1.234.567,89"):
# two groups at least, which no decimal number has.
_POINT_GROUPS = r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?!\.?\d)"
_DIGITS = (
    r"(?:"
    + _POINT_GROUPS
    + r"|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3},\d\d(?=\.\d)|\d{1,3},\d{1,2}(?![\d,])"
    + _DECIMAL_COMMA_AFTER
    + "|"
    + _DECIMAL_COMMA_SIGN
    + r"|\d{1,3}(?:"
    # "2,324, 837 votes": a stray space in the last group of a comma-grouped number, before
    # a word and no list ("1,250, 837 and 900" is three numbers)
    + r"(?:,\d{3})+,\x20\d{3}(?!\d)(?=\s+[A-Za-z])(?!\s+(?:and|or|to|in)\b)|"
    + r"(?:,\d{3})+(?![\d])|"
    + _COMMA_SPACE_GROUPS
    + r")|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d])"
    r"|\d{1,3}(?:\x20\d{3}){2,}(?![\d])|\d{1,3}\x20000(?![\d])|\d{1,3}\x20\d{3}"
    # "R1 012,7-billion": spaced thousands and a decimal comma, before a scale word
    + r"(?:,\d{1,2}(?=(?:\s?|-)(?i:"
    + _SCALES
    + r")(?![a-z])))?"
    + _SPACED_THOUSANDS_AFTER
    + r"|\d+)(?:\.\d+)?|\.\d+"
)
_DOLLAR_LETTERS = (
    r"(?i:u\.s\.|usd|us|hkd|hk|aud|au|cad|ca|c|nzd|nz|sgd|sg|mex|mxn|nt)\s?\$"
    r"|\$\s?(?:US|A|NZ|C|HK|S)(?=\s?\d)"
)  # "$US4.5m", "$A300,000"
_ATTACHED_DOLLAR = r"(?:A|S|R|N|J|G|TT|BZ|EC|FJ)\$"
_SIGN_CHARS = "$€£¥￥₹₩₦₱₺₪฿৳"
_SIGNS = f"[{_SIGN_CHARS}]"
# A clause parallel to the one before it, ending in the verb that states its figure: "N35.39,
# while imports were N34.42 trillion". The figure before it shares the scale of the one after.
_PARALLEL_CLAUSE = (
    r",?\s+(?:while|whereas)\s+(?:[A-Za-z'-]+\s+){1,3}?"
    r"(?:were|was|are|is|at|totall?ed|reached|amounted\s+to|came\s+to)\s+"
)
_PARALLEL_GAP = compile_later(_PARALLEL_CLAUSE)


_STATED_BY = "|".join(
    rf"(?<=\b{verb}\s)" for verb in ("were", "was", "are", "is", "at", "of", "totalled", "reached")
)


def _bare_letter(letter: str, letters: bool = True) -> str:
    # The letter only before a figure with a scale word ("N656.6 billion"), or before one that
    # shares the scale word of a figure after it with the same letter: "N35.39 and N34.42
    # trillion", or, stated by a verb, "stood at N35.39, while imports were N34.42 trillion".
    # `letters`: whether a scale letter will do ("N2.5b"); for "Y2K" it does not.
    # "R1 204.30 billion", "R1 012,7-billion"
    number = r"\d[\d,]*(?:\x20\d{3})*(?:[.,]\d+)?"
    scale = rf"(?:\s?|-(?=[a-z]))(?i:{_SCALES}" + (r"|m|b|k" if letters else "") + r")(?![a-z])"
    return (
        rf"(?<![\w]){letter}(?={number}(?:\s(?:and|to|or)\s{letter}{number})?{scale})"
        # the letter first: the eight look-behinds run only where it is
        rf"|(?={letter}\d)(?:{_STATED_BY}){letter}(?={number}{_PARALLEL_CLAUSE}{letter}{number}{scale})"
    )


# Codes may be glued to the digits ("EUR20m", "RMB168.2bn"); the naira's bare "N", the
# rand's "R", the Philippine peso's "P" and the wire's yen "Y" only with a scale word
# (_bare_letter), so names such as "N95", "R2" or "P40" stay names.
# A number with a scale word after it: what a name-like currency code must come before.
_SCALED_FIGURE = rf"\d[\d,]*(?:\.\d+)?\s?(?i:{_SCALES})(?![a-z])"
_CODES = (
    r"(?<![\w])(?:(?i:rmb|cny|usd|eur|gbp|jpy|inr|hkd|aud|cad|chf|nzd|sgd|krw|rs\.?)"
    r"|RM|NGN|MYR|Rp|(?:KShs|KSh|Kshs|Ksh|Shs|Sh)\.?|SFr|GH[¢₵]|Dhs?|Bt|Tk|"
    + "|".join(sorted(lx.UPPER_CASE_CODES))
    + r")(?=\s?[-−–]?[\d.])"
    rf"|{_bare_letter('N')}|{_bare_letter('R')}|{_bare_letter('P', False)}"
    rf"|{_bare_letter('Y', False)}"
    # the naira's "N" also with a space before a scaled figure ("N 84.5 billion") and before a
    # whole number of seven digits or more ("N1,204,556,300"), the peso's "P" before pesos and
    # centavos ("P48.20 per kilo"): "N95", "N1,200", "P5 members" stay names. Codes that are
    # English words, glued to an amount: "MOP12.40 billion", "RON1.5 billion". One opening
    # test for all: the figure finder tries these at every figure that starts with no digit.
    rf"|(?=[MNPR])(?<![\w])(?:N(?=\s\d[\d,]*(?:\.\d+)?\s(?i:{_SCALES})(?![a-z])"
    r"|\s?\d{1,3}(?:,\d{3}){2,}(?![\d,]))|P(?=\d{1,3}(?:,\d{3})*\.\d\d(?![\d.,]))"
    rf"|(?:{'|'.join(sorted(lx.GLUED_ONLY_CODES))})"
    rf"(?={_SCALED_FIGURE}|\d[\d,]*\.\d|\d{{1,3}}(?:,\d{{3}})+(?![\d])))"
    # the peso's "PHP" and the riyals' "SR" and "QR" are names too ("PHP 8"), but not before a
    # scale word: "PHP 3 billion", "SR 10 billion"
    rf"|(?=[PSQ])(?<![\w])(?:PHP|Php|SR|QR)(?=\s?{_SCALED_FIGURE})"
    # "euro 757 billion" in EU-style copy, "Lev 3.5 billion" in Bulgarian copy, before a scale
    # word only ("Euro 2024", "Lev 2" are names)
    rf"|(?<![\w])(?i:euro|lev)(?=\s{_SCALED_FIGURE})"
)
_PREFIX = rf"(?:{_DOLLAR_LETTERS}|{_ATTACHED_DOLLAR}|{_SIGNS}|{_CODES})"
_SCALE_WORDS = lx.alternation([w for w in lx.SCALE_WORDS if w.isascii()], "i")
_SCALE = (
    rf"(?:(?:\s?|-(?=[a-z]{{2}}))(?P<scale>{_SCALE_WORDS}(?![a-z])|MM(?![\w])|[kKMB](?![\w]|['’][a-z])"
    rf"|(?(pre)(?:[mbtT](?![\w])|bil(?![\w]))|(?!))|b(?![\w])(?<=\db))"
    r"|(?P<cjk_scale>万亿|亿|万))"
)
_PP = lx.alternation(lx.PP_WORDS, "i")
_BP = lx.alternation(lx.BASIS_POINT_WORDS, "i")
_PERCENT = r"(?:%|(?i:per\s?cents?|percents?|pct|percentage)(?![a-z])|pc(?![\w]))"
_TIMES = r"(?:(?i:times|-?fold)(?![a-z])|x(?![\w]))"
_CURRENCY = lx.alternation(lx.CURRENCY_WORDS, "i")
# Pence glued to the digits ("45p", "1.5p"), but not a video resolution ("720p", "1080p") nor a
# clock ("7p.m."); "7pm" is read as a clock before this.
_SUBUNIT = (
    r"(?i:cents?|pence|penny)|(?<=\d)(?<!144)(?<!240)(?<!360)(?<!480)(?<!576)(?<!720)(?<!1080)"
    r"(?<!2160)p(?=[\s,;:)!?]|\.(?![\w])|$)"
)
_MEASURE = lx.alternation([w for w in lx.MEASURE_UNITS if w not in lx.ATTACHED_ONLY])
_GLUED = lx.alternation([u for u in lx.GLUED_UNITS if u not in lx.MEASURE_UNITS])
_ATTACHED = "|".join(sorted(lx.ATTACHED_ONLY, key=len, reverse=True))
# "176g" is grams; "a 4g phone" (the network, in lower case) is not: _context drops it. Tested
# there, not in _ATTACHED, whose single letters re matches as one set.
_NETWORK_AFTER = compile_later(
    r"\s+(?:network|phone|lte|coverage|signal|service|spectrum|internet|mobile)s?\b", re.I
)
_POINTS_NOUNS = "|".join(lx.POINTS_BEFORE_NOUNS)
# A rate keeps its "per": "/hour", "per person", "a month", "an hour", "per 1,000 people".
_PER_WORDS = (
    r"hour|hr|day|night|week|month|year|yr|annum|person|capita|head|household|share|barrel"
    r"|tonne|ton|kg|kilogram|kilo|(?:square|cubic)\s+met(?:re|er)|sq\s?m|kWh|unit|mu|litre|liter"
    r"|gallon|square\s+f(?:oo|ee)t|sq\s?ft|ft2|m2|hectare|acre|kilomet(?:re|er)|km"
    r"|mile|jin|catty|pound|lb|(?:troy\s+)?ounce|oz|bushel|kilowatt[\s-]hour|megawatt[\s-]hour"
    r"|MWh|gigabyte|GB|terabyte|TB|megabyte"
)
_PER_COUNTED = lx.trie(sorted({w.lower() for w in lx.COUNT_NOUNS} - {"head", "unit", "units"}))
_PER = (
    # "t/ha", "US$79.16/t": a hectare and a tonne written short after the slash
    rf"(?:(?:\s?/\s?|\s+per\s+)(?P<per>(?i:{_PER_WORDS})s?(?![a-z])|h(?![\w])|(?:ha|t)(?![\w/])"
    rf"|(?<=per\s)(?i:{_PER_COUNTED})(?![a-z])"
    r"|(?<=per\s)\d{1,3}(?:,\d{3})*\s+[a-z]+)"
    rf"|(?:\s+an?\s+|-an?-)(?P<per_a>(?i:hour|day|week|month|year|night)(?![a-z])"
    # "a year earlier", "a month ago", "a year on" date the figure; they do not make it a rate
    # ("a month on food" does; "7% a year on average" stays a percent)
    # ("a year from now" and "7% a year from 2019" too; "310 litres a day from 350" is a rate)
    r"(?!\s+(?i:earlier|ago|before|previously|prior|later|after|back|since)\b"
    r"|\s+(?i:from)\s+(?:(?i:now|today|then)\b|(?:19|20)\d\d\b)"
    r"|\s+(?i:on)(?:\s*[,.;:)]|\s*$|\s+(?i:from|since|average|a|an|the|year)\b))"
    r"|(?i:barrel|tonne|ton|head|person|share|kilogram|kilo|kg|litre|liter|gallon|(?:troy\s+)?ounce"
    r"|bushel|square\s+(?:foot|met(?:re|er)))(?![a-z])))"
)
# First: "bp/d" is barrels a day, not basis points.
_SCALED = lx.alternation(lx.SCALED_UNITS, "i")
_UNIT = (
    rf"(?:\s?(?P<scaled>{_SCALED})(?![\w/])|\s?(?P<pp>{_PP})(?![a-z])|\s?(?P<bp>{_BP})(?![a-z])|(?:\s?|-)(?P<pct>{_PERCENT})"
    rf"|(?:\s?|-)(?P<times>{_TIMES})|(?:\s?|-)(?P<cur>{_CURRENCY})(?![a-z])"
    rf"|(?:\s?|-)(?P<sub>{_SUBUNIT})(?![a-z])|(?:\s?|-)(?P<measure>{_MEASURE})(?![\w])"
    rf"|(?P<attached>{_ATTACHED})(?![\w°])|\s?(?P<glued>{_GLUED})(?![\w/])"
    # "a half-point cut" is a fraction of a point of a rate: fractions.py reads it.
    rf"|(?<![hH]alf)(?<![qQ]uarter)-(?P<points_before>(?i:point))(?=\s+(?i:{_POINTS_NOUNS})\b)"
    r"|(?(pre)(?!)|\s?(?P<sym>[$€£¥])(?!\s?\d)))"
)
# Proper fractions only ("1/4 inch", "2 1/2"); "24/7", "9/11" and "2022/23" are codes.
# A fraction character, alone or after a whole number: "a 2½-year low", "3½ hours", "¾".
_VULGAR = "".join(lx.VULGAR_FRACTIONS)
# Tried last: a fraction character is rare, and every figure would pay for trying it first.
_NUMBER = (
    r"(?P<slash>(?:\d{1,3}\s{1,2})?\d{1,4}/\d{1,4})(?![\d/])"
    rf"|(?P<num>{_DIGITS})(?!\.\d|,\d{{3}})|(?P<words>(?i:{SPELLED_PATTERN}))"
    rf"|(?P<vulgar>\d{{0,4}}[{_VULGAR}])"
)
_RANGE = (
    rf"(?:(?P<sep>\s?[-–—~]\s?)(?P<pre2>{_PREFIX})?\s?(?P<num2>{_DIGITS})"
    r"(?![\d]))"
)
# A figure starts with a digit, a currency sign, or one of these word beginnings (number
# words, currency codes, multiple verbs). Checking this first lets the engine fail fast at the
# four positions in five that are inside ordinary words: the scan is three times faster.
# Each beginning opens with the set of characters a case-blind match takes for its first
# letter: re passes over the beginnings of other letters at one test each, where a case-blind
# first letter made it enter each beginning in turn, at every word of the text.
_STARTS_BY_LETTER = (
    ("a", rf"n?(?={AFTER_A})|[u$]"),  # "a hundred", "an eighth"; "AU$", "A$"
    ("c", r"\s?\$|a\s?\$|ad|ny|hf"),
    ("b", r"z\$"),
    ("d", "oub"),
    ("e", r"igh|lev|ur|c\$"),
    ("f", r"i[fv]|o(?:ur|rt)|j\$"),
    ("g", r"bp|\$"),
    ("h", "al|k|un"),
    ("i", "nr"),
    ("j", r"py|\$"),
    ("k", "rw"),
    ("m", "e?x|xn|yr"),
    ("n", r"in|ou|au|z|t|gn|\d|\$"),
    ("o", "ne"),
    ("q", "ua[rd]"),
    ("r", r"mb|s|m|\$"),
    ("s", r"[ei][vx]|g|\$"),
    ("t", r"hre|hir|w[eio]|en|r[ie]|t\$"),
    ("u", r"\.?s|sd"),
    ("z", "er"),
)
_STARTS = (
    "(?:"
    + "|".join(f"[{case_blind(letter)}](?i:{rest})" for letter, rest in _STARTS_BY_LETTER)
    + ")"
)
_WORD_START = rf"(?:{_STARTS}|[A-Z](?=[A-Za-z]{{0,3}}[¢₵.]?\s?\d))"  # after no letter or digit
# No multiple verb or currency prefix opens with a digit: "(?!\d)" before each spares most
# figures entering their dozens of case-blind branches one by one.
FIGURE = compile_later(
    rf"""(?=[\d.{_SIGN_CHARS}+\-−{_VULGAR}]|(?<![\w'])(?:{_WORD_START}))
    (?:(?P<ordinal>(?<![\w.])\d+(?:st|nd|rd|th)(?![a-z]))
    |(?!\d)(?<![\w'])(?P<verb>(?i:doubled|tripled|trebled|quadrupled|halved
       |(?<!\b[Aa]\s)(?<!\bthe\s)(?:double|triple|treble|quadruple|halve)(?=\s+(?:to|from|on)\s)
       |twice(?=\s+(?:as|the|that)\b)))(?![\w])
    |(?P<clock>(?<![\w.:,])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])
       |(?:1[0-2]|0?[1-9])(?:\.[0-5]\d)?[ap](?:\.m\.|m\b)))  # "7.45pm", "9a.m."
    |(?P<decade>(?<![\w.])(?:1[89]|20)\d0s(?![\w]))
    |(?P<date>(?<![\w./])(?:\d{1, 4}/\d{1, 2}/\d{2, 4}|(?:19|20)\d\d-\d\d-\d\d)(?![\w/]))
    |(?:(?!\d)(?P<pre>{_PREFIX})\s?|(?<![\w.'+]))(?P<neg>(?<![\w\d])(?:[-−+]|(?<=[A-Z€$£¥]\x20)–|(?<=[€$£¥])–)(?=\d))?
     (?(pre)|(?<![\w.'/])(?<!\d,))(?:{_NUMBER})(?![\d])(?:-odd(?![\w-]))?
     {_RANGE}?{_SCALE}?{_UNIT}?(?:{_PER})?
     (?(pre)(?:\s?(?P<code2>(?i:usd|rmb|cny)))?|)(?![\w]))""",
    re.VERBOSE,
)

# Case-blind word lists as lexicon.alternation groups them by first letter: the end-anchored
# searches below try them at every word of the text before a figure.
_QUALIFIER = compile_later(rf"\b({lx.alternation(lx.QUALIFIER_WORDS, 'i')})\s+$")
# "up 62 percent over 2013", "2.1 times the level over 2013": after a change, "over" names
# the base year; "over 2013 workers" or "attendance was over 2013" stay counts.
_CHANGE_OVER = compile_later(
    r"(?:\b(?:up|down|growth|grew|increased?|rise|rose|gain(?:ed)?|decline[ds]?|drop(?:ped)?|"
    r"fell|higher|lower|times|percent|per\s+cent)|%)[^.;]{0,40}?\bover\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_YEAR_ENDS = compile_later(r"\s*(?:[,.;:)]|$|\(|and\b|levels?\b|figures?\b)", re.IGNORECASE)
_A_PERCENTAGE_OF = compile_later(r"\ba\s+percentage\s+of\s+$", re.IGNORECASE)
_NO_NOUN_AFTER = compile_later(
    r"\s*(?:[,.;:)]|$|(?:compared|from|over|on|against|when|in|than|and|year)\b)", re.IGNORECASE
)
_PEOPLE_MOVING_AFTER = compile_later(
    rf"\s+(?:{lx.alternation(lx.MOVING_PARTICIPLES, 'i')})\s*(?:[,;)]|and\b)"
    # "9267 in (12,508 last year), 1823 out (1195)": a migration table's flows
    r"|\s+(?:in|out)\s*[,;()]"
)
# "elected in 2019 in, ...": after a preposition of time the year stays a year.
_TIME_PREPOSITION_BEFORE = compile_later(
    r"\b(?:in|since|from|by|during|until|till|of|before|after|to)\s+$", re.IGNORECASE
)
# A multiple or a rate right before a qualifier makes it a comparison: "three times as many
# as 450", "5% more than the 8 million", "20 per cent lower than 3.1 million".
_COMPARED_BEFORE = compile_later(
    r"(?:times|fold|twice|\d\s*%|\d\s*(?:per\s?cent|percent|pc|percentage\s+points?))\s+$",
    re.IGNORECASE,
)
# An amount right before "more than", "less than": the amount is how far apart two are.
_AMOUNT_BEFORE = compile_later(
    r"(?<![\w.,])(?!(?:19|20)\d\d\s)\d[\d,.]*(?:\s?[A-Za-z]+)?\s+$", re.IGNORECASE
)
# "a 14% rise over the 89 billion of 2022": "over" after a change noun names what it is a
# change on, not a bound ("rose to over 100 billion" keeps its bound).
_CHANGE_NOUN_OVER = compile_later(
    r"\b(?:increase|rise|growth|gain|jump|surge|climb|advance|improvement|premium|decline|drop"
    r"|fall|decrease|contraction|reduction)s?\s+$",
    re.IGNORECASE,
)
# "growth of 14 percent to 2,050,832, over 1,798,380 recorded in the previous year": "over"
# after a level and its comma, before a figure of an earlier period, names what the level is
# set against.
_LEVEL_THEN = compile_later(r"\d[\d,.]*(?:\s?[A-Za-z]+)?\s*,\s*$")
_EARLIER_AFTER = compile_later(
    r"\s*(?:(?:recorded|registered|reported|posted|logged|seen)\s+)?(?:(?:in|during|for|over)\s+"
    r"(?:the\s+)?(?:previous|prior|preceding|same)\b|(?:in|during)\s+(?:19|20)\d\d\b"
    r"|a\s+year\s+(?:earlier|ago|before)\b|last\s+year\b)",
    re.IGNORECASE,
)
# "imports added up to 5.6 trillion", "shares shot up to 12 dollars": the "up" belongs to the
# verb, and the figure is the level reached, not a ceiling ("up to 300 jobs" is one).
_VERB_UP = compile_later(
    r"\b(?:add(?:s|ed|ing)?|summed|sums|tot(?:s|ted)|went|goes|gone|shot|jump(?:s|ed)"
    r"|climb(?:s|ed)|mov(?:es|ed)|ramp(?:s|ed)|edg(?:es|ed)|crept|inch(?:es|ed)|rose|risen)\s+$",
    re.IGNORECASE,
)
_ONE_OF_AFTER = compile_later(r"\s+of\s+(?!every\b)", re.IGNORECASE)
_SCALED_BEFORE_DASH = compile_later(rf"\d\s?{_SCALE_WORDS}-$")
_POUND_WORDS = frozenset(("pounds", "pound", "Pounds"))
_WEIGHED_BEFORE = compile_later(
    r"\b(?:weigh\w*|tow\w*|haul\w*|lift\w*|payload|heavy|heavier|lighter)\b"
    r"(?:\s+(?:in\s+at|up\s+to|about|around|nearly|almost|more\s+than|over|under|just))*\s+$",
    re.IGNORECASE,
)
_OUNCES_AFTER = compile_later(
    rf"\s+(?:(?:and\s+)?\d+\s+(?:ounces|oz)|of\s+(?:[a-z]+\s+)?{lx.alternation(lx.WEIGHED_GOODS)})\b",
    re.IGNORECASE,
)  # "7 pounds 6 ounces", "35 pounds of cannabis", "two pounds of raw meat"
# "mid-2022", "pre-2008": a year, though glued to a word by a hyphen
_PART_OF_YEAR_BEFORE = compile_later(r"\b(?:mid|early|late|end|pre|post)-$", re.IGNORECASE)
_MINUS = compile_later(r"\b(?:minus|negative)(?:\s+|-)$", re.IGNORECASE)
_MONTH_BEFORE = compile_later(rf"\b{lx.alternation(lx.MONTHS, 'i')}\.?\s+$")
_MONTH_AFTER = compile_later(rf"^\s+{lx.alternation(lx.MONTHS, 'i')}\b")
_A_DAY = compile_later(r"0?[1-9]|[12]\d|3[01]")
_CLOCK_AFTER = compile_later(r"^\s?(?:[ap]\.?m\b\.?|o'clock)", re.IGNORECASE)
# "13.30 GMT": an hour and minutes with a point, then a time zone
_HOUR_POINT_MINUTES = compile_later(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_ZONE_AFTER = compile_later(r"\s(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|IST|HKT|SGT|local time)\b")
_DETERMINER_BEFORE = compile_later(
    r"\b(?:the|this|that|which|each|every|any|no|another|some|last|next|which)\s+$", re.IGNORECASE
)
_BETWEEN_BEFORE = compile_later(r"\bbetween\s+$", re.IGNORECASE)
# "from its 2.4 trillion to 2.3 trillion": an owner between "from" and the start too.
_FROM_BEFORE = compile_later(
    r"\bfrom\s+(?:(?:its|their|our)\s+)?(?:about\s+|around\s+)?$", re.IGNORECASE
)
_PAIR_VERB_BEFORE = compile_later(
    r"\b(?:were|are|of|at|reached|totall?ed|came\s+to|stood\s+at|amounted\s+to)\s+$", re.I
)
_RESPECTIVELY_AFTER = compile_later(r"[^.;]{0,40}?\brespectively\b", re.I)
# "rose by 1,300 to 48,200", "gold rose $12.30 to $2,043.50", "falling 900 to 40,100": a
# change, then the level it reached
_BY_BEFORE = compile_later(
    r"\b(?:by|rose|fell|gained|lost|climbed|jumped|added|dropped|slipped|slid|declined|grew"
    r"|shed|surged|tumbled|plunged|soared|advanced|eased|dipped|rallied|sank|increased"
    r"|decreased|expanded|contracted|shrank|(?:went|was|were|is|are|edged|ticked)\s+(?:up|down)"
    r"|(?:ris|fall|grow|gain|los|climb|jump|add|drop|declin|increas|decreas|shrink)ing"
    # "increased by 2% or 1.2 million to 61.3 million": the change again, as an amount
    r"|(?:%|percent|per\s+cent)\s*,?\s+or)"
    r"\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_PLUS = compile_later(r"\+")
# An en dash glued to the digits after a word that states a value: a minus, not a range's dash
# ("a change of –14.4", "was –0.3%"; "2014–15" and "10 – 14" are no such case).
_EN_DASH_MINUS = compile_later(
    r"\b(?:of|at|was|were|is|are|by|to|stood|reached|showed)\s–$", re.IGNORECASE
)
_JOIN = compile_later(r"^(?:\s+(?:and|or)\s+|\s*-?\s*to(?:\s+|-)|\s?[-–—]\s?)$", re.IGNORECASE)
_LOOKBACK = 48
# Numbers inside web addresses are not figures ("?q=30%25").
_URL = compile_later(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


# The rupee sign that copy from Indian releases loses to its font's code point, a backtick
# ("` 35.73 lakh crore"): read as the sign before lakh or crore only, one character for one;
# "`5 crore`" is a quotation.
_LOST_RUPEE = compile_later(r"`(?=\s?\d[\d,]*(?:\.\d+)?\s(?:lakhs?|crores?)(?![`\w]))", re.I)


def find_quantities(
    text: str, spaced: bool | None = None, decimal: bool | None = None
) -> list[Found]:
    """Every figure in `text`, in order, with spans into `text`. `spaced`: whether the article
    `text` is part of writes its thousands with plain spaces (spaced_thousands); `decimal`:
    whether it writes its decimals with a comma (decimal_commas); by default, whether `text`
    itself does."""
    reading, moved = mended(text)  # "$14. 2 billion" read as "$ 14.2 billion", same offsets
    if "`" in reading:
        reading = _LOST_RUPEE.sub("₹", reading)
    spaced = spaced_thousands(reading) if spaced is None else spaced
    if decimal is None:  # the convention changes nothing where no comma precedes a scale word
        decimal = bool(_COMMA_BEFORE_A_SCALE.search(reading)) and decimal_commas(reading)
    if spaced:
        reading = _TWO_SPACE_GROUPS.sub(lambda m: m.group(1) + "\u00a0", reading)
    if decimal:
        reading = _COMMA_BEFORE_A_SCALE.sub(r"\1.", reading)
    if spaced or decimal:
        # The figures read whole keep the text as written, plain spaces and commas and all.
        return [
            _with(item, text=text[item.start : item.end])
            if "\u00a0" in item.text or (decimal and item.text != text[item.start : item.end])
            else item
            for item in (_unmended(text, item, moved) for item in _find(reading))
        ]
    if moved:
        return [_unmended(text, item, moved) for item in _find(reading)]
    return _find(reading)


# A text that writes its decimals with a comma ("5,21t/ha", "2,05%") and no decimal point, and
# groups no thousands with a comma but before a scale word: there the comma of "14,017 million
# tons" is a decimal comma too (14.017 million), as European and southern African copy writes.
_DECIMAL_COMMA_SEEN = compile_later(r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])")
_DECIMAL_POINT_SEEN = compile_later(r"\d\.\d")
_COMMA_THOUSANDS_ELSEWHERE = compile_later(rf"\d,\d{{3}}(?!\d)(?!\s?(?i:{_SCALES})(?![a-z]))")
_COMMA_BEFORE_A_SCALE = compile_later(
    rf"(?<![\d,.])(\d{{1,3}}),(?=\d{{3}}(?![\d,.])\s?(?i:{_SCALES})(?![a-z]))"
)


def decimal_commas(text: str) -> bool:
    """Whether a text writes its decimals with a comma and never a point, and groups no
    thousands with a comma but before a scale word."""
    # cheapest first: most text has no comma between digits, or a decimal point
    return (
        "," in text
        and not _DECIMAL_POINT_SEEN.search(text)
        and bool(_DECIMAL_COMMA_SEEN.search(text))
        and not _COMMA_THOUSANDS_ELSEWHERE.search(text)
    )


# Thousands grouped by plain spaces, as much of Africa and Europe writes them: a number of
# three groups or more ("1 436 400") is read whole anywhere, one of two ("533 217") only in
# a text that writes its thousands so and none with commas. Those two-group numbers are read
# as if their space were a no-break space, which the figure pattern takes as a thousands mark.
# (The first opens with a digit, its look-behind after it, so re skips to the digits.)
_SPACE_GROUPED = compile_later(r"\d(?<![\d,.]\d)\d{0,2}(?:\x20\d{3}){2,}(?!\d)")
_COMMA_GROUPED = compile_later(r"\d,\d{3}(?!\d)")
_TWO_SPACE_GROUPS = compile_later(
    r"(?<!\d\x20)(?<![\d,.])(\d{1,3})\x20(?=\d{3}(?!\d|[.,]\d|\x20\d))"
)


def spaced_thousands(text: str) -> bool:
    """Whether a text writes its thousands with plain spaces ("1 436 400", or two numbers of
    two groups: "10 774 vehicles ... 5 274 of them") and never with commas."""
    if _COMMA_GROUPED.search(text):
        return False
    if _SPACE_GROUPED.search(text):
        return True
    if not _A_SPACE_GROUP.search(text):
        return False  # most text: one quick scan
    seen = set()
    for two in _TWO_GROUPS_SEEN.finditer(text):
        seen.add(two.group())
        if len(seen) == 2:
            return True
    return False


_A_SPACE_GROUP = compile_later(r"\d\x20\d\d\d")
# A number of two groups after a plain space, neither a year nor a part of a longer one.
# (Three groups were read before it: "1 436 400" says so alone.)
_TWO_GROUPS_SEEN = compile_later(r"(?<![\d,.])\d{1,3}\x20\d{3}(?![\d]|[.,]\d)")


def _unmended(text: str, item: Found, moved: dict[int, int]) -> Found:
    start = moved.get(item.start, item.start)
    if start == item.start and not any(item.start < at < item.end for at in moved):
        return item
    return _with(item, start=start, text=text[start : item.end])


# Where FIGURE may match, found by the character at it or just before it: a digit, sign or
# point that starts a figure, or a character that is no letter, digit or apostrophe before a
# word that may start one. Opening with a set that leaves out the ASCII letters, it skips them
# in re's tight loop, where FIGURE.search opens with a look-ahead that re tries as a full match
# at every position (16% fewer instructions for the scan). A point or a plus or minus sign
# starts a figure only before a digit (".5", "-3"): a hyphen or a full stop before a word
# is no spot unless the word may start a figure.
_SPOT = compile_later(
    rf"[^A-Za-z_](?:(?<=[\d{_SIGN_CHARS}{_VULGAR}])|(?<=[.+\-−])(?=\d)"
    rf"|(?<![\w'])(?={_WORD_START}))"
)
_FIRST_CHARS = f"0123456789.{_SIGN_CHARS}+-−{_VULGAR}"  # and any other digit


def _search(text: str, pos: int) -> re.Match | None:
    """FIGURE.search(text, pos), tried only at the spots _SPOT finds."""
    match = FIGURE.match
    if pos == 0:
        found = match(text, 0)  # a word at the very start has no character before it
        if found is not None:
            return found
    tried = pos - 1 if pos else 0  # where FIGURE was last tried
    spot = _SPOT.search(text, max(pos - 1, 0))
    while spot is not None:
        at = spot.start()
        if at > tried and _may_open(text, at):
            found = match(text, at)
            if found is not None:
                return found
        if _may_open_word(text, at + 1):
            found = match(text, at + 1)
            if found is not None:
                return found
        tried = at + 1
        spot = _SPOT.search(text, at + 1)
    return None


_BEFORE_A_DIGIT = frozenset(".+-−")  # what starts a figure only before a digit


def _may_open(text: str, at: int) -> bool:
    """Whether a figure may start at this digit, sign or point: a point or a plus or minus sign
    only before a digit. Every sentence ends in a point, where FIGURE fails only after trying
    all it has."""
    char = text[at]
    if char in _BEFORE_A_DIGIT:
        return text[at + 1 : at + 2].isdigit()
    return char in _FIRST_CHARS or char.isdigit()


def _may_open_word(text: str, at: int) -> bool:
    """Whether FIGURE's opening look-ahead may hold at `at`: a character of its first set (a
    point or sign only before a digit), a digit, or a letter (every word beginning opens with
    one)."""
    char = text[at : at + 1]
    if char in _BEFORE_A_DIGIT:
        return text[at + 1 : at + 2].isdigit()
    return char != "" and (char.isalpha() or char in _FIRST_CHARS or char.isdigit())


def _find(text: str) -> list[Found]:
    found: list[Found] = []
    pos = 0
    search = _search
    urls = [m.span() for m in _URL.finditer(text)] if "/" in text else []
    while True:
        match = search(text, pos)
        if match is None:
            break
        item, pos = _read(text, match)
        if item is not None and not (urls and _inside(item, urls)):
            found.append(item)
    return second_look(text, _join_ranges(text, found))


def _inside(item: Found, spans: list[tuple[int, int]]) -> bool:
    return any(start <= item.start < end for start, end in spans)


def _read(text: str, m: re.Match) -> tuple[Found | None, int]:
    start, end = m.start(), m.end()
    value: Decimal | None
    if m["ordinal"]:
        return Found(start, end, m.group(), None, m.group(), "ordinal"), end
    if m["verb"]:
        value = lx.MULTIPLE_VERBS[m["verb"].lower()]
        # Through _context for the qualifier: "more than doubled" is not exactly 2.
        return _context(
            text, Found(start, end, m.group(), value, m.group(), "multiple", unit="times")
        ), end
    if m["date"]:
        return Found(start, end, m.group(), None, m.group(), "date"), end
    if m["clock"]:
        return Found(start, end, m.group(), None, m.group(), "time"), end
    if m["decade"]:
        return Found(start, end, m.group(), Decimal(m.group()[:4]), m.group(), "year"), end
    if m["words"] is not None:
        read = read_spelled(m["words"])
        if read is None:
            return None, m.end("words")
        value, length = read
        if length < len(m["words"]):
            # The run went on with words that start a new number ("one and three"): keep
            # the first number bare and read on from where it stops.
            stop = m.start("words") + length
            return _bare_spelled(text, m.start("words"), stop, value), stop
        number_text = m["words"]
    elif m["vulgar"]:
        number_text = m["vulgar"]
        whole = number_text[:-1].strip()
        value = (Decimal(whole) if whole else Decimal(0)) + lx.VULGAR_FRACTIONS[number_text[-1]]
    elif m["slash"]:
        number_text = m["slash"]
        value = _fraction(number_text)
        if value is None:
            return Found(start, end, m.group(), None, number_text, "code"), end
    else:
        number_text = m["num"]
        if ", " in number_text and (
            _ascending_groups(number_text) or _LIST_BEFORE.search(text, max(0, start - 3), start)
        ):
            # "1, 234, 567" rises group by group as a list does ("128, 256, 512"), and "12, 250,
            # 118, 300" goes on a list: read the first number alone, then the list's others
            first = FIGURE.match(text, start, m.start("num") + number_text.index(", "))
            return _read(text, first) if first is not None else (None, end)
        value = _decimal(number_text)
    if value is None:
        return None, end
    pre = m["pre"]
    currency = lx.CURRENCY_PREFIXES.get(_squash(pre)) if pre else None
    scale_text = m["scale"] or m["cjk_scale"]
    per = m["per"] or m["per_a"]
    unit: str | None
    unit_text: str | None
    if m["scaled"]:
        own_scale, unit_text, unit, per = lx.SCALED_UNITS[m["scaled"].lower()]
        scale_text, kind = scale_text or own_scale, "measure"
    else:
        unit, unit_text, kind = _unit(m, currency)
    scale = _scale_factor(scale_text)
    if m["code2"] and currency is None:
        currency = lx.CURRENCY_PREFIXES.get(m["code2"].lower())
    if currency and unit is None:
        unit, kind = currency, "money"
    if kind == "money" and currency is None and unit in lx.CURRENCY_WORDS.values():
        currency = unit
    low: Decimal | None = None
    high: Decimal | None = None
    number2 = m["num2"]
    if number2 is not None:
        second = _decimal(number2)
        if second is None:
            return None, end
        ends = sorted((value * scale, second * scale))
        low, high = ends
        value = (ends[0] + ends[1]) / 2
    else:
        value = value * scale
    if m["neg"] and m["neg"] != "+":
        value = -value
        low, high = (-high, -low) if low is not None and high is not None else (None, None)
    found = _new(
        start=start,
        end=end,
        text=m.group(),
        value=value,
        number=number_text,
        kind=kind,
        scale=scale_text,
        unit=unit,
        currency=currency,
        unit_text=unit_text,
        prefix=pre,
        low=low,
        high=high,
        number2=number2,
        per=per,
    )
    return _context(text, found), end


_LIST_BEFORE = compile_later(r"\d,\x20$")


def _ascending_groups(number_text: str) -> bool:
    groups = number_text.split(", ")
    if len(groups) < 3:
        return False  # "22, 014": a stray space no list would leave
    return all(int(a) < int(b) for a, b in itertools.pairwise(groups))


_TO_BEFORE = compile_later(r"(?<![\d.])(\d{1,3})-to-$")


def _range_to_before(before: str, item: Found) -> bool:
    """ "3-to-5": the first end of a range written with "-to-", smaller than the second."""
    if not before.endswith("-to-"):
        return False
    first = _TO_BEFORE.search(before)
    return first is not None and item.value is not None and Decimal(first.group(1)) < item.value


def _bare_spelled(text: str, start: int, stop: int, value: Decimal) -> Found | None:
    item = Found(start, stop, text[start:stop], value, text[start:stop], "number")
    return _context(text, item)


def _unit(m: re.Match, currency: str | None) -> tuple[str | None, str | None, str]:
    if m["pp"]:
        return "percentage_point", m["pp"], "pp"
    if m["bp"]:
        return "basis_point", m["bp"], "bp"
    if m["pct"]:
        return "percent", m["pct"], "percent"
    if m["times"]:
        return "times", m["times"], "multiple"
    if m["cur"]:
        word = " ".join(m["cur"].lower().split())
        code = lx.CURRENCY_WORDS[word]
        return (code or word), m["cur"], "money"
    if m["sym"]:
        code = lx.CURRENCY_PREFIXES[m["sym"]]
        return code, m["sym"], "money"
    if m["sub"]:
        return lx.SUBUNIT_WORDS[m["sub"].lower()], m["sub"], "money"
    if m["glued"]:
        return lx.GLUED_UNITS[m["glued"]], m["glued"], "measure"
    if m["points_before"]:
        return "point", m["points_before"], "measure"
    if m["measure"] or m["attached"]:
        written = m["measure"] or m["attached"]
        key = " ".join(written.split())
        return lx.MEASURE_UNITS.get(key, lx.MEASURE_UNITS.get(key.lower())), written, "measure"
    return None, None, "money" if currency else "number"


def _glued_code_label(item: Found) -> bool:
    """ "COP31": a currency code that also names a numbered series, glued to a whole number
    of one or two digits, is the series' label; "COP 4,500" and "COP31m" are money."""
    return (
        item.kind == "money"
        and item.prefix in lx.CODES_NAMING_SERIES
        and item.text[3:].isdigit()
        and len(item.text) <= 5
    )


def _context(text: str, item: Found) -> Found | None:
    """Tag what the neighbouring words make of a figure and add its qualifier."""
    if item.unit_text == "g" and _NETWORK_AFTER.match(text, item.end):
        return None
    before = text[max(0, item.start - _LOOKBACK) : item.start]
    after = text[item.end : item.end + 12]
    if _glued_code_label(item):
        return _with(item, kind="identifier", unit=None, currency=None)
    if (
        item.kind == "number"
        and item.scale is None
        and "percentage" in before.lower()  # the end-anchored search only where it can match
        and _A_PERCENTAGE_OF.search(before)
        and _NO_NOUN_AFTER.match(text, item.end)
    ):
        # "an increase of 1.4 points or a percentage of 1.2": the statistics releases' way of
        # writing 1.2 percent ("a percentage of 20 pupils" stays a count)
        item = _with(item, kind="percent", unit="percent", unit_text="percent")
    if (
        item.kind == "money"
        and item.prefix is None
        and item.unit_text in _POUND_WORDS
        and (_WEIGHED_BEFORE.search(before) or _OUNCES_AFTER.match(text, item.end))
    ):
        # "weighed 40 pounds", "tows 11,000 pounds", "7 pounds 6 ounces": a weight
        item = _with(item, kind="measure", unit="pound_mass", currency=None)
    if (
        item.kind == "number"
        and item.start > 1
        and text[item.start - 1] == "-"
        and _is_year(item.number)
        and _PART_OF_YEAR_BEFORE.search(before)
    ):
        return _with(item, kind="year")  # "mid-2022", "late-2019"
    if (
        item.kind == "number"
        and item.start > 1
        and text[item.start - 1] == "-"
        and text[item.start - 2].isalnum()
        and not _MINUS.search(before)
        and not _spelled_fraction(item)  # "second-half profit": a period, read later
        and not (item.scale and _SCALED_BEFORE_DASH.search(before))  # "1.2bn-1.5bn"
        and not _range_to_before(before, item)  # "3-to-5 billion"; "a 2-to-1 vote" is a ratio
    ):
        return _with(item, kind="identifier")  # COVID-19, F-35, SCP-173
    if (
        item.kind == "number"
        and item.number.lower() == "one"
        and item.scale is None
        and (
            _DETERMINER_BEFORE.search(before)
            or _ONE_OF_AFTER.match(text, item.end)
            or before.lower().endswith("number ")
        )
    ):
        return None  # "the one you mentioned", "one of the biggest", "the number one priority"
    if (
        item.kind == "number"
        and (_after_month(before) or _MONTH_AFTER.match(after))
        # "788,530 January to May arrivals", "in May 3,400 visitors": no day, no year
        and (_is_year(item.number) or _A_DAY.fullmatch(item.number))
    ):
        return _with(item, kind="year" if _is_year(item.number) else "date")
    if item.kind == "number" and (
        _CLOCK_AFTER.match(after)
        or (_ZONE_AFTER.match(after) and _HOUR_POINT_MINUTES.fullmatch(item.text))
    ):
        return _with(item, kind="time")
    if (
        item.kind == "number"
        and item.is_range
        and _is_year(item.number)
        and _is_year_end(item.number2 or "")
    ):
        return _with(item, kind="period", value=None, low=None, high=None)
    if (
        item.kind == "number"
        and not item.is_range
        and item.scale is None  # "1800 billion" is an amount
        and _is_year(item.number)
        and not (
            _PEOPLE_MOVING_AFTER.match(text, item.end)
            and not _TIME_PREPOSITION_BEFORE.search(before)
        )
        and (
            not (_may_qualify(before) and _QUALIFIER.search(before))
            or (_CHANGE_OVER.search(before) and _YEAR_ENDS.match(after))
        )
    ):
        # "more than 2000" is a count, "in 2000" a year
        return _with(item, kind="year")
    lowered = before.lower()
    minus = _MINUS.search(before) if "minus" in lowered or "negative" in lowered else None
    if minus and item.value is not None:
        item = _with(
            item,
            start=item.start - len(minus.group()),
            value=-item.value,
            text=minus.group() + item.text,
        )
        before = before[: len(before) - len(minus.group())]
    elif (
        item.value is not None
        and item.value > 0
        and not item.is_range
        and (
            # "net debt of -$1.2bn": a minus sign before the currency sign
            (item.prefix and before[-1:] in ("-", "−") and before[-2:-1] in ("", " ", "(", "\n"))
            # "a monthly change of –14.4": statistics releases set the minus as an en dash
            or (before[-1:] == "–" and _EN_DASH_MINUS.search(before) is not None)
        )
    ):
        item = _with(item, start=item.start - 1, value=-item.value, text=before[-1] + item.text)
        before = before[:-1]
    qualifier = _QUALIFIER.search(before) if _may_qualify(before) else None
    at = qualifier.start(1) if qualifier else 0
    if qualifier and (
        _COMPARED_BEFORE.search(before, 0, at)
        or (
            qualifier.group(1).lower() == "over"
            and (
                _CHANGE_NOUN_OVER.search(before, max(0, at - 20), at)
                or (_LEVEL_THEN.search(before, 0, at) and _EARLIER_AFTER.match(text, item.end))
            )
        )
        or (
            qualifier.group(1).lower().startswith("up")
            and _VERB_UP.search(before, max(0, at - 12), at)
        )
        # "Rs 10,845 crore more than Rs 63,543 crore": the gap's comparison, not a bound
        or (
            qualifier.group(1).lower().endswith("than")
            and _AMOUNT_BEFORE.search(before, max(0, at - 40), at)
        )
    ):
        qualifier = None  # part of the multiple, the rate or the gap, not a bound
    if qualifier:
        word = " ".join(qualifier.group(1).lower().split())
        item = _with(
            item, qualifier=word, qualifier_start=item.start - (len(before) - qualifier.start(1))
        )
    elif "-odd" in item.text:
        item = _with(item, qualifier="about", qualifier_start=item.start)  # "236-odd billion"
    return item


# The last word of every qualifier ("more than" -> "than"): a figure whose preceding word is
# none of these has no qualifier, which spares most figures the anchored-at-end search.
_QUALIFIER_ENDS = frozenset(w.split()[-1].lower() for w in lx.QUALIFIER_WORDS)


_MONTH_WORDS = frozenset(lx.MONTHS)


def _after_month(before: str) -> bool:
    """`_MONTH_BEFORE` with a cheap test first: most figures follow no month name."""
    if not before[-1:].isspace():
        return False
    words = before.rsplit(None, 1)
    last = words[-1].lower().rstrip(".").lstrip("([\"'“‘") if words else ""
    return last in _MONTH_WORDS and _MONTH_BEFORE.search(before) is not None


def _may_qualify(before: str) -> bool:
    words = before.rsplit(None, 2)
    if not words or not before[-1:].isspace():
        return False
    last = words[-1].lower()
    if last == "the" and len(words) > 1:
        last = words[-2].lower()
    return last in _QUALIFIER_ENDS or last.lstrip("([\"'“‘") in _QUALIFIER_ENDS


def _join_ranges(text: str, found: list[Found]) -> list[Found]:
    """Join "between 10 and 12 percent" and "10 million to 12 million yuan" into ranges; give
    a bare number the unit of its partner in "from 5 to 7 percent" or "45 and 50 mg"."""
    if len(found) < 2:
        return found
    _percent_lists(text, found)
    out: list[Found] = []
    index = 0
    while index < len(found):
        item = found[index]
        if index + 1 < len(found):
            nxt = found[index + 1]
            gap = text[item.end : nxt.start]
            joins = _JOIN.match(gap) is not None  # asked below up to four times
            if (joins and item.kind == nxt.kind == "year" and "and" not in gap) or (
                gap.strip().lower() == "and"
                and item.kind == nxt.kind == "year"
                and _BETWEEN_BEFORE.search(text[max(0, item.start - 12) : item.start])
            ):
                out.append(
                    _with(
                        item,
                        end=nxt.end,
                        text=text[item.start : nxt.end],
                        kind="period",
                        value=None,
                        number2=nxt.number,
                    )
                )
                index += 2
                continue
            if item.kind == "date" and nxt.kind == "number" and joins:
                found[index + 1] = _with(nxt, kind="date")  # "from Aug 20 to 21"
            if _shares_scale(item, nxt) and (
                (joins and _one_pair(text, item, nxt)) or _parallel_letters(item, nxt, gap)
            ):
                # "were N35.39 and N34.42 trillion", "between $5 and $7 billion": one scale
                # word serves both amounts.
                item = _with(item, value=_rescale(item, nxt), scale=nxt.scale)
            if _UNIT_UNDERSTOOD.match(gap) and _takes_unit_of(item, nxt):
                # "rose to 3.5 billion euros from 4 billion": the start is in euros too.
                found[index + 1] = nxt = _with(
                    nxt,
                    unit=item.unit,
                    kind=item.kind,
                    currency=item.currency,
                    unit_text=item.unit_text,
                    prefix=item.prefix,
                )
            if (
                item.per is None
                and nxt.per is not None
                and (item.kind, item.currency, item.unit) == (nxt.kind, nxt.currency, nxt.unit)
                and _TO_ONLY.match(gap)
                and _BY_BEFORE.search(text[max(0, item.start - 20) : item.start])
            ):
                # "raised the dividend by 8 cents to 48 cents a share": the change is per share
                item = _with(item, per=nxt.per)
            if joins and _joinable(item, nxt):
                before = text[max(0, item.start - 12) : item.start]
                is_and = gap.strip().lower() in ("and", "or")
                if (is_and and _BETWEEN_BEFORE.search(before)) or (
                    not is_and
                    and not _FROM_BEFORE.search(before)
                    and _ascending(item, nxt)
                    and not (_BY_BEFORE.search(before) and _far_apart(item, nxt))
                    # "(+$1.57 to $31.67)": a signed change, then the level it reached
                    and not _PLUS.search(text, max(0, item.start - 1), item.start + 1)
                ):
                    out.append(_merge(item, nxt, text))
                    index += 2
                    continue
                if (
                    item.unit is None
                    and item.scale is None
                    and item.kind == "number"
                    and (nxt.unit is not None or nxt.scale is not None)
                    # "the most cases at 318 or 26.4 percent": a count and its share, not
                    # two shares; a pair sharing a unit is of one size ("45 or 50 mg")
                    and not (
                        item.value is not None
                        and nxt.value is not None
                        and nxt.kind == "percent"
                        and abs(item.value) > 2 * abs(nxt.value)
                    )
                ):
                    value = _rescale(item, nxt)
                    item = _with(
                        item,
                        unit=nxt.unit,
                        kind=nxt.kind,
                        currency=nxt.currency,
                        value=value,
                        scale=nxt.scale if value != item.value else None,
                        unit_text=nxt.unit_text,
                    )
        out.append(item)
        index += 1
    return out


# The gaps between the members of a list of figures: "11.5, 14.2 and 9.8 percent".
_LIST_AND = compile_later(r"\s*,?\s+and\s+$", re.I)
_LIST_COMMA = compile_later(r"\s*,\s*$")


def _percent_lists(text: str, found: list[Found]) -> None:
    """ "increased 11.5, 14.2 and 9.8 percent respectively": the unit written once after the
    last member is every member's, so the bare numbers of the list are percents too. Read
    from the last member back; a comma joins a member only to a list that ends in "and"
    ("rose to 1,200, 5 percent more" is no list)."""
    listed = False  # the figure after the one looked at is a bare member made a percent
    for index in range(len(found) - 2, -1, -1):
        item, nxt = found[index], found[index + 1]
        joined = False
        if _bare_number(item) and nxt.kind == "percent" and not nxt.is_range:
            joined = bool(
                _LIST_AND.match(text, item.end, nxt.start)
                or (listed and _LIST_COMMA.match(text, item.end, nxt.start))
            )
        if joined:
            found[index] = _with(item, kind="percent", unit=nxt.unit, unit_text=nxt.unit_text)
        listed = joined


def _bare_number(item: Found) -> bool:
    return (
        item.kind == "number"
        and item.unit is None
        and item.scale is None
        and item.counted is None
        and item.per is None
        and item.value is not None
    )


_TO_ONLY = compile_later(r"^\s+to\s+$", re.I)
# The gap between an end and its start in "to B from A" / "B, up from A": the start's unit is
# the end's, written once.
_UNIT_UNDERSTOOD = compile_later(
    r"^,?\s+(?:(?:up|down)\s+)?from\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I
)


def _takes_unit_of(end: Found, start: Found) -> bool:
    """Whether a bare scaled number is the start of the end before it in the end's unit: "to
    $5.2 billion from 4.8 billion". A start without a scale word ("from 4.8") stays bare."""
    return (
        end.kind in ("money", "measure")
        and (end.currency is not None or end.unit is not None)
        and start.kind == "number"
        and start.unit is None
        and start.currency is None
        and start.scale is not None
        and not start.is_range
        and not start.counted
    )


_NOT_JOINABLE = frozenset(
    ("year", "date", "ordinal", "time", "identifier", "score", "address", "age", "period")
)


def _spelled_fraction(item: Found) -> bool:
    return item.number[:1].isalpha() and item.value is not None and abs(item.value) < 1


def _joinable(first: Found, second: Found) -> bool:
    if first.value is None or second.value is None or first.is_range or second.is_range:
        return False
    if first.kind in _NOT_JOINABLE or second.kind in _NOT_JOINABLE:
        return False
    if _spelled_fraction(first) != _spelled_fraction(second):
        return False  # "rose by a third to 1.2 million": a change and a level, not a range
    return first.unit is None or (first.unit == second.unit and first.scale == second.scale)


def _shares_scale(first: Found, second: Found) -> bool:
    return (
        first.kind == second.kind == "money"
        and first.currency is not None
        and first.currency == second.currency
        and first.prefix is not None
        and second.prefix is not None
        and first.scale is None
        and second.scale is not None
        and first.value is not None
        and abs(first.value) < 1000
    )


def _one_pair(text: str, first: Found, second: Found) -> bool:
    """Words that make two amounts one pair: "between A and B", "A and B respectively", or a
    verb that states both ("were A and B"); "cost $4 and $6.5 million was raised" is not."""
    before = text[max(0, first.start - 16) : first.start]
    return bool(
        _BETWEEN_BEFORE.search(before)
        or _PAIR_VERB_BEFORE.search(before)
        or _RESPECTIVELY_AFTER.match(text, second.end)
    )


def _parallel_letters(first: Found, second: Found, gap: str) -> bool:
    """A bare letter before a scaleless figure is read only in the form "N35.39, while imports
    were N34.42 trillion" (_bare_letter); the figure then takes the scale of its parallel."""
    return (
        first.prefix is not None
        and first.prefix == second.prefix
        and first.prefix in "NRPY"
        and _PARALLEL_GAP.fullmatch(gap) is not None
    )


def _far_apart(first: Found, second: Found) -> bool:
    """Ends more than twice apart: after "by", "rose by 1,300 to 48,200" is a change and the
    level it reached, while "cut by 10 to 12 percent" is a range."""
    low = _rescale(first, second)
    if low is None or second.value is None:
        return False
    if (first.unit is None and first.scale is None) != (
        second.unit is None and second.scale is None
    ) and (first.value is None or abs(first.value) < 1000 or second.scale is None):
        # The unit written once, after the second: "by 5 to 12 percent" is a range, unless
        # the level dwarfs the change ("rose 900 to 40,100 tonnes").
        return abs(second.value) >= 1000 and abs(second.value) > 10 * abs(low)
    return abs(second.value) > 2 * abs(low)


def _ascending(first: Found, second: Found) -> bool:
    """A range is written low to high; "cut rates 5% to 3%" is a change, not a range."""
    low = _rescale(first, second)
    if low is None or second.value is None:
        return False
    if low < 0 and second.value < 0:
        return abs(low) <= abs(second.value)  # "-3% to -5%": written by size
    return low <= second.value


def _rescale(first: Found, second: Found) -> Decimal | None:
    """The first figure's value with the scale word of the second, which it shares ("5 to 7
    million"), unless it is written out in thousands ("800,000 to 1.2 million")."""
    if first.value is None:
        return None
    if first.scale is not None or abs(first.value) >= 1000:
        return first.value
    return first.value * _scale_factor(second.scale)


def _merge(first: Found, second: Found, text: str) -> Found:
    low_value = _rescale(first, second)
    assert low_value is not None and second.value is not None
    low, high = sorted((low_value, second.value))
    return _joined(
        text,
        first,
        second,
        value=(low + high) / 2,
        low=low,
        high=high,
        number=first.number,
        number2=second.number,
        prefix=first.prefix or second.prefix,
    )


def _scale_factor(scale_text: str | None) -> Decimal:
    if not scale_text:
        return Decimal(1)
    if scale_text in lx.LETTER_SCALES:
        return lx.LETTER_SCALES[scale_text]
    if scale_text in lx.CURRENCY_LETTER_SCALES:
        return lx.CURRENCY_LETTER_SCALES[scale_text]
    if scale_text.lower() == "bil":
        return Decimal(10) ** 9
    return lx.SCALE_WORDS.get(" ".join(scale_text.lower().split()), Decimal(1))


_SEPARATORS = compile_later(r"[,\s\u00a0\u202f\u2009]")


_DECIMAL_COMMA = compile_later(r"^\d{1,3}(?:\s\d{3})*,\d{1,2}$")
_POINT_GROUPED = compile_later(r"^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$")
_INDIAN = compile_later(r"^\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?$")
_MISPLACED_GROUP = compile_later(r"^\d{1,3},\d\d\.\d+$")


def plain_digits(number_text: str) -> str:
    """A number as the claims grammar writes it: a decimal comma as a point ("4,2" -> "4.2"),
    Indian grouping and a misplaced grouping comma as thousands ("1,00,000" -> "100,000",
    "38,17.5" -> "3,817.5"), points grouping thousands as commas ("23.806.000" ->
    "23,806,000"); others as written."""
    if _POINT_GROUPED.match(number_text):
        whole, _, fraction = number_text.partition(",")
        return whole.replace(".", ",") + (f".{fraction}" if fraction else "")
    if "," not in number_text:
        return number_text
    if ", " in number_text:
        number_text = number_text.replace(", ", ",")  # "41, 250, 118"
    if _DECIMAL_COMMA.match(number_text):
        return number_text.replace(",", ".")
    if _INDIAN.match(number_text) or _MISPLACED_GROUP.match(number_text):
        whole, dot, fraction = number_text.replace(",", "").partition(".")
        return f"{int(whole):,}{dot}{fraction}"
    return number_text


def _decimal(number_text: str) -> Decimal | None:
    number_text = plain_digits(number_text)
    cleaned = _SEPARATORS.sub("", number_text) if not number_text.isdigit() else number_text
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _fraction(written: str) -> Decimal | None:
    """A proper fraction with an optional whole part, or None for codes like 24/7 or 9/11."""
    whole, _, fraction = written.strip().rpartition(" ")
    top, bottom = (int(part) for part in fraction.split("/"))
    if not 0 <= top < bottom or bottom > 100 or bottom not in _DENOMINATORS:
        return None
    return (Decimal(whole) if whole else Decimal(0)) + Decimal(top) / Decimal(bottom)


_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 40, 50, 64, 100}


def _squash(prefix: str) -> str:
    return re.sub(r"\s+", "", prefix).lower()


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100


def _is_year_end(number: str) -> bool:
    return number.isdigit() and (len(number) == 2 or _is_year(number))


# A unit an article abbreviates where it first writes it: "148.57 million tonnes (mt)",
# "43.87 lakh hectares (lh)", "12 billion cubic metres (bcm)". The abbreviation's letters are
# the words' initials, so "(MoA)" after "10 million tonnes" defines nothing.
_DEFINED = compile_later(
    rf"\d\s+((?i:{_SCALES}|thousand|lakh|lakhs|crore|crores)\s+[a-z]+(?:\s+[a-z]+)?)\s*"
    r"\(([A-Za-z]{2,5})\)"
)


def defined_abbreviations(text: str) -> dict[str, str]:
    """Each unit abbreviation the text defines after a figure, and the words it stands for."""
    found: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        words, abbreviation = match.group(1), match.group(2)
        if "".join(w[0] for w in words.lower().split()) == abbreviation.lower():
            found.setdefault(abbreviation, " ".join(words.split()))
    return found


def read_abbreviated(text: str, item: Found, abbreviations: dict[str, str]) -> Found:
    """A bare number followed by an abbreviation the article defined ("155.71 mt" after
    "million tonnes (mt)"), read as the number in the words it stands for; any other figure as
    it is."""
    if item.kind != "number" or item.scale or item.unit or item.counted or not abbreviations:
        return item
    after = _ABBREVIATION_AFTER.match(text, item.end)
    if after is None or after.group(1) not in abbreviations:
        return item
    spelled = f"{item.number} {abbreviations[after.group(1)]}"
    read = find_quantities(spelled)
    if len(read) != 1 or read[0].end != len(spelled) or read[0].value is None:
        return item
    end = after.end(1)
    return _with(
        read[0],
        start=item.start,
        end=end,
        text=text[item.start : end],
        qualifier=item.qualifier,
        qualifier_start=item.qualifier_start,
    )


_ABBREVIATION_AFTER = compile_later(r"\s?([A-Za-z]{2,5})\b")
