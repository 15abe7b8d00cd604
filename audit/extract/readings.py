"""A second look at found figures: names, scores and ages that are not figures; forms that
span two finds ("2 trillion 140.6 billion", "$14. 2 billion", "3.5%-4%", "one in five");
the terms of a ratio ("5.1 : 38.7 : 56.2").

Runs once over the finder's list with a look at the text between neighbours, so it stays
linear. A figure judged not to be one becomes an `identifier`, which the draft stage lists
under skipped with its reason instead of making a claim of it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from audit import vocabulary as vocab
from audit.claims.units import names_a_unit
from audit.extract import lexicon as lx
from audit.extract.found import Found, _joined, _with
from audit.extract.fractions import is_fraction, is_half_year, is_ordinal_place, read_fraction
from audit.lazy_regex import compile_later

# A capitalised or mixed-case word just before a bare integer names a thing ("FTSE 250",
# "iPhone 15", "Boeing 737"), unless it is a word that often starts a sentence before a count.
_NAME_BEFORE = compile_later(r"(?:^|(?<=[^\w.]))([A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*) $")
_SENTENCE_WORDS = frozenset(
    (
        "the",
        "a",
        "an",
        "some",
        "about",
        "around",
        "nearly",
        "almost",
        "only",
        "just",
        "all",
        "over",
        "another",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "and",
        "but",
        "or",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "to",
        "from",
        "with",
        "than",
        "as",
        "when",
        "while",
        "if",
        "after",
        "before",
        "since",
        "until",
        "no",
        "yet",
        "so",
        "each",
        "every",
        "both",
        "only",
    )
)
_COUNT_BEFORE_NAME = compile_later(r"(?<![\w.,])\d[\d,]*\s$")
_NAME_AFTER = compile_later(r"(?![\w%$€£¥]|[.,]\d|\s*(?:-|–)?\s*(?:per|a|an)\s)")
_STREET = compile_later(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln"
    r"|Boulevard|Blvd|Drive|Dr|Way|Place|Square|Court)\b"
)
_AGE = compile_later(r"[A-Z][a-z]+, $")
_SCORE_GAP = compile_later(r"^[-–]$")
_SENTENCE_END_GAP = ". "
# "one in five", "two out of three", "one in every four": a share of a whole.
_ONE_IN = compile_later(r"^\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
_LONGEST_GAP = len(" out of every ")
# Written shares need a small whole: "one in a million" is a figure of speech.
_MOST_IN = 1000
# "four out of five stars" is a rating, not a share.
_RATING_AFTER = compile_later(r"\s+stars?\b", re.IGNORECASE)
_SCALE_M_AFTER = compile_later(
    r"\s+(?!hurdles\b|races\b|heats\b|finals\b|metres\b|meters\b)(?:[a-z]+s|people)\b"
)
_RATE_TO_BEFORE = compile_later(r"\d\s?(?:%|per\s?cent|percent)\s+(?:to|from)\s+$", re.IGNORECASE)
_LENGTH_AFTER = compile_later(
    r"\s+(?:above|below|high|tall|deep|long|wide|in\s+(?:height|length|depth|diameter))\b", re.I
)
# A company's accounts named just before ("Revenue: 1,663.9m against 1,240.8m", "profit rose
# 22% to 204.9m (2016: 167.5m)"): "m" is millions, of money the accounts leave unsaid. Decimal
# points may come between, full stops may not.
_ACCOUNTS_BEFORE = compile_later(
    rf"\b(?:{lx.alternation(lx.ACCOUNTS_WORDS, 'i')})\b(?:[^;\n.]|\.(?=\d)){{0,60}}$"
)
# ... and nothing after the figure that it could measure: "Revenue: 1,663.9m against ...",
# "(2016: 167.5m)", not "a 12m footbridge", "by 1.2m to 4.8m".
_NOTHING_MEASURED_AFTER = compile_later(
    r"\s*(?:[,.;:)(]|$|(?:against|versus|vs|compared|up|down)\b)", re.IGNORECASE
)
_MILLION = Decimal(10) ** 6


def second_look(text: str, found: list[Found]) -> list[Found]:
    """The finder's figures with non-figures retagged and two-part forms joined."""
    out: list[Found] = []
    count = len(found)
    index = 0
    while index < count:
        item = found[index]
        if item.kind in _LOOKED_AT:
            item = _alone(text, item)
        if index + 1 < count:
            nxt = found[index + 1]
            # Every joined form has at most " in every " between its parts, or a count's noun
            # and "per" ("4.5 doctors per 10,000"): most pairs stop here.
            gap = nxt.start - item.end
            joined = None
            if item.counted and gap <= _LONGEST_PER_GAP:
                joined = _per_count(text, item, nxt)
            if joined is None and gap <= _LONGEST_GAP:
                joined = _join(text, item, nxt)
            if joined is not None:
                out.append(joined)
                index += 2
                continue
        out.append(item)
        index += 1
    return _ratios(text, out) if ":" in text else out


_RATIO_GAP = compile_later(r"\s?:\s?")


def _ratios(text: str, found: list[Found]) -> list[Found]:
    """ "a 3:1 split": each part is a ratio term, not a count. "5.1 : 38.7 : 56.2": three or
    more terms under a hundred written with decimals are the shares of a whole, in percent (the
    structure of an economy, a vote), as statistical releases write them."""
    runs: list[list[int]] = []
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if (
            first.kind in _RATIO_PARTS
            and second.kind in _RATIO_PARTS
            and second.start - first.end <= 3
            and _RATIO_GAP.fullmatch(text, first.end, second.start) is not None
        ):
            if runs and runs[-1][-1] == index:
                runs[-1].append(index + 1)
            else:
                runs.append([index, index + 1])
    if not runs:
        return found
    out = list(found)
    for run in runs:
        terms = [found[i] for i in run]
        shares = len(terms) >= 3 and all(_share_term(t) for t in terms)
        shares = shares and any("." in t.number for t in terms)
        for i, term in zip(run, terms, strict=True):
            out[i] = (
                _with(term, kind="percent", unit="percent", unit_text="%", counted=None)
                if shares
                else _with(term, kind="ratio", counted=None)
            )
    return out


def _share_term(term: Found) -> bool:
    return (
        term.value is not None
        and not term.scale
        and not term.is_range
        and 0 <= term.value < 100
        and term.number.replace(".", "", 1).isdigit()
    )


_RATIO_PARTS = frozenset(("number", "ratio"))


_LOOKED_AT = frozenset(("number", "measure"))


def _alone(text: str, item: Found) -> Found:
    """Retag one figure from its own neighbourhood."""
    if item.number[:1].isalpha() or item.number in lx.VULGAR_FRACTIONS:
        if is_ordinal_place(text, item):
            return _with(item, kind="ordinal", value=None, unit=None, unit_text=None)
        if is_fraction(item):
            return read_fraction(text, item)
        if is_half_year(item):
            return _with(item, kind="period", value=None)
    if (
        item.kind == "measure"
        and item.unit_text == "m"
        and item.scale is None
        and (
            _SCALE_M_AFTER.match(text, item.end) is not None
            or (
                (
                    _RATE_TO_BEFORE.search(text, max(0, item.start - 30), item.start) is not None
                    or (
                        _ACCOUNTS_BEFORE.search(text, max(0, item.start - 80), item.start)
                        is not None
                        and _NOTHING_MEASURED_AFTER.match(text, item.end) is not None
                    )
                )
                and _LENGTH_AFTER.match(text, item.end) is None
            )
        )
    ):
        # "35m devices", "rose 3.6% to 67.34m", "Revenue: 1,663.9m": a count in millions, as
        # British news writes it, not 35 metres (a length grows by a rate to a level seldom,
        # and accounts state none).
        return _with(
            item,
            kind="number",
            unit=None,
            unit_text=None,
            scale="m",
            value=(item.value or Decimal(0)) * _MILLION,
            counted=_noun_after(text, item.end),
        )
    if item.kind == "measure" and item.unit in _AGE_UNITS:
        if text.startswith("-old", item.end):
            return _with(item, kind="age")  # "a 44-year-old driver": an age, not a 44-year span
        if "-" in item.text and _RESULTS_AFTER.match(text, item.end):
            # "a nine-month profit": the accounts' period, as "first-half profit" is
            return _with(item, kind="period", value=None)
    if item.kind != "number" or item.unit:
        return item
    if text.startswith(" degree", item.end):
        degrees = _temperature(text, item)
        if degrees is not None:
            return degrees
    hyphen = text.startswith("-", item.end)
    if item.scale or item.qualifier:
        if hyphen:
            counted = _hyphen_counted(text, item.end)
            return item if counted is None else _with(item, counted=counted)
        counted = _noun_after(text, item.end)
        return item if counted is None else _counted_per(text, item, counted)
    if item.is_range:
        if _is_score(item, text):
            return _with(item, kind="score", value=None, low=None, high=None)
        counted = _noun_after(text, item.end)  # "between 20,000 and 30,000 workers"
        return item if counted is None else _with(item, counted=counted)
    digits = item.number
    if digits.isdigit():
        retagged = _not_a_figure(text, item, digits)
        if retagged is not None:
            return retagged
    if hyphen:
        counted = _hyphen_counted(text, item.end)
        return item if counted is None else _with(item, counted=counted)
    counted = _noun_after(text, item.end, one=item.value == 1)
    return item if counted is None else _counted_per(text, item, counted)


def _not_a_figure(text: str, item: Found, digits: str) -> Found | None:
    """A bare integer that names a thing, an address or an age, retagged; else None."""
    start = item.start
    if (
        start > 1
        and text[start - 1] == "["
        and text.startswith("]", item.end)
        and not text[start - 2].isspace()
    ):
        return _with(item, kind="identifier")  # "long,[4] and", "reef.[12]": a footnote mark
    if start > 1 and text[start - 1] == " " and text[start - 2].isalpha():
        before = text[max(0, start - 30) : start]
        label = before[:-1].rpartition(" ")[2].lstrip("(\"'“‘").lower()
        if label in _LABEL_WORDS and not text.startswith("%", item.end):
            return _with(item, kind="identifier")
        name = _NAME_BEFORE.search(before)
        if (
            name
            and _is_name_word(name.group(1), before, name.start(1), text, item.end)
            and _NAME_AFTER.match(text, item.end)
            # "the Boeing 737 drew buyers": a name's number has its noun right after it or
            # none; "ordered 12 Boeing 777 aircraft": the count comes before the name
            and (
                _COUNT_BEFORE_NAME.search(before, 0, name.start(1)) is not None
                or _noun_after(text, item.end, describing=0) is None
            )
        ):
            return _with(item, kind="identifier")
    after = text[item.end : item.end + 1]
    if (after == "-" and _CODE_AFTER.match(text, item.end)) or (
        start > 2
        and text[start - 1] in " ."
        and "o" in text[max(0, start - 5) : start]
        and _RANK_BEFORE.search(text, max(0, start - 5), start)
    ):
        return _with(item, kind="identifier")
    if after == " " and _STREET.match(text, item.end) is not None:
        return _with(item, kind="address")
    if (
        after == ","
        and len(digits) <= 3
        and int(digits) <= 120
        and start > 2
        and text[start - 2] == ","
        and _AGE.search(text, max(0, start - 30), start)
    ):
        return _with(item, kind="age")  # "Jones, 58, said": an age in apposition
    return None


_AGE_UNITS = frozenset(("year", "month", "week", "day"))
_RESULTS_AFTER = compile_later(rf" (?:{lx.alternation(lx.RESULTS_WORDS)})\b")
# "reach 88 degrees", "lows of 27 degrees": a temperature only where the sentence speaks of one
# ("turned 90 degrees" is an angle); "degrees C" names its scale.
_DEGREES = compile_later(r" (?:degrees?|deg)\b(?: (?P<scale>C|F)\b)?")
_TEMPERATURE_WORDS = compile_later(
    rf"°|\b(?:{lx.alternation(lx.TEMPERATURE_WORDS, 'i')})\b", re.IGNORECASE
)
_SENTENCE_STOPS = compile_later(r"[.!?\n]\s")


def _temperature(text: str, item: Found) -> Found | None:
    degrees = _DEGREES.match(text, item.end)
    if degrees is None:
        return None
    unit, written = "degree", degrees.group().strip()
    if degrees["scale"]:
        unit = "degree_Celsius" if degrees["scale"] == "C" else "degree_Fahrenheit"
    elif not _in_temperature_sentence(text, item.start, degrees.end()):
        return None
    end = degrees.end()
    return _with(
        item, kind="measure", unit=unit, unit_text=written, end=end, text=text[item.start : end]
    )


def _in_temperature_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] names a temperature."""
    head = max(0, start - 200)
    stops = [m.end() for m in _SENTENCE_STOPS.finditer(text, head, start)]
    head = stops[-1] if stops else head
    tail = _SENTENCE_STOPS.search(text, end, end + 200)
    return _TEMPERATURE_WORDS.search(text, head, tail.start() if tail else end + 200) is not None


def _is_name_word(word: str, before: str, at: int, text: str, end: int) -> bool:
    lowered = word.lower()
    if lowered in _SENTENCE_WORDS or lowered in vocab.MONTH_NUMBERS:
        return False
    if word.isupper() or not word[0].isupper():
        return True  # "FTSE", "G", "iPhone"
    head = before[:at].rstrip()
    if head and head[-1] not in ".!?\"'“‘:;":
        return True
    # A capitalised word at the start of a sentence is mostly only a capital letter ("Roughly
    # 300 attended"), but one that no sentence starts a count with, before a number that a
    # verb follows, is a name: "Apollo 11 landed", "Windows 11 is installed".
    return (
        lowered not in _QUALIFYING_STARTS
        and not lowered.endswith("ly")
        and _VERB_AFTER.match(text, end) is not None
    )


_QUALIFYING_STARTS = frozenset(w.split()[0].lower() for w in lx.QUALIFIER_WORDS) | frozenset(
    lx.SENTENCE_START_WORDS
)
# A verb right after the number: "-ed", or one of the verbs that follow a subject most.
_VERB_AFTER = compile_later(
    r" (?:[a-z]+ed|is|was|has|had|will|would|can|could|may|might|must|should|goes|went|came"
    r"|comes|remains|remained|became|becomes|began|begins|made|makes|runs|ran|took|takes)\b"
)
_LABEL_WORDS = frozenset(lx.LABEL_WORDS)
# "No. 1 in the world", "No 10 said": a rank or a house number; "Form 10-K": a code.
_RANK_BEFORE = compile_later(r"(?<![\w])(?:No|Nos|no)\.\s?$|(?<![\w])No\s$")
_CODE_AFTER = compile_later(r"-[A-Z](?![a-z])")


def _is_score(item: Found, text: str) -> bool:
    """ "won 3-1", "drew 2-2", "lost 0-1": two small integers joined by a dash, the larger
    first or level; the smaller first only where a result is named ("lost 1-3", "a 0-2
    defeat"), as "1-3 days" is a range. A tally ("passed 312-110") reads the same."""
    first, second = item.number, item.number2 or ""
    if not (
        first.isdigit()
        and second.isdigit()
        and len(first) <= 3  # "won 112-108": a basketball score
        and len(second) <= 3
        and _SCORE_GAP.match(text[item.start + len(first) : item.end - len(second)].strip())
        is not None
    ):
        return False
    if int(first) >= int(second):
        return True
    return (
        _RESULT_BEFORE.search(text, max(0, item.start - 24), item.start) is not None
        or _RESULT_AFTER.match(text, item.end) is not None
    )


_RESULT_BEFORE = compile_later(
    r"\b(?:won|win|lost|lose|drew|draw|beat|beaten|defeated|trailed|trailing|led|leading"
    r"|score[ds]?)\s+(?:by\s+|at\s+)?$",
    re.IGNORECASE,
)
_RESULT_AFTER = compile_later(
    r"\s+(?:win|victory|defeat|loss|draw|home\s+win|away\s+win|scoreline)\b", re.I
)


# The words after a figure, up to three: a count's noun follows at most two words that
# describe it ("350 small coffee shops" is as far as news goes).
_WORDS_AFTER = compile_later(
    r"[ \t\n]+([a-z][a-z\-]*[a-z])\b(?:[ \t\n]+([a-z][a-z\-]*[a-z])\b"
    r"(?:[ \t\n]+([a-z][a-z\-]*[a-z])\b(?:[ \t\n]+([a-z][a-z\-]*[a-z])\b)?)?)?"
)
_PLURALS = frozenset(vocab.PLURAL_NOUNS)
_COUNT_NAMES = frozenset(lx.COUNT_NOUNS)
_SINGULAR_ENDS = ("ss", "us", "is")


def _is_plural(word: str) -> bool:
    """A plural, not a singular ending in s ("business", "bonus", "crisis")."""
    return word in _PLURALS or (
        word[-1] == "s" and len(word) > 3 and not word.endswith(_SINGULAR_ENDS)
    )


_COUNT_PLURALS = frozenset(w for w in _COUNT_NAMES if _is_plural(w))


def _noun_after(text: str, end: int, one: bool = False, describing: int = 2) -> str | None:
    """The noun a count counts ("13,000 workers", "350 new stores", "1,800 measles cases"), or
    None. The first plural after at most two describing words is the noun, unless another
    plural noun or a counted thing the units name follows it ("news articles", "sales
    staff"): then that one is. A count of one counts a
    singular ("1 store"), where the units name it. `describing`: how many words may come
    before the noun."""
    match = _WORDS_AFTER.match(text, end)
    if match is None:
        return None
    words = match.groups()  # four, None past the last word
    for index in range(describing + 1):
        word = words[index]
        if word is None or word in vocab.NOT_COUNT_MODIFIERS:
            return None
        if one and word in _COUNT_NAMES:
            return word
        if word in _PLURALS or (
            word[-1] == "s" and len(word) > 3 and not word.endswith(_SINGULAR_ENDS)
        ):  # a plural, as _is_plural reads it, inline: this runs for every bare number
            head = words[index + 1]
            if head in _COUNT_PLURALS or (head is not None and _is_head_noun(head)):
                word = head  # "measles cases", "news articles", "savings accounts"
            if word in vocab.NOT_COUNTED or names_a_unit(word):
                return None
            return word
    return None


# "1,000-plus delegates", "a 40-strong team": the noun after the suffix is what is counted;
# "a 12-storey block", "a 150-seat chamber", "a nine-member board": the noun inside is.
_PLUS_AFTER = compile_later(r"-(?:plus|strong)\b")
_COMPOUND_AFTER = compile_later(r"-([a-z]{3,})(?=[ \t\n]+[a-z])")
_NOT_COMPOUND_NOUNS = frozenset(
    """
    odd old fold like style based led owned backed long wide high deep tall thick strong plus
    nil some something point
    """.split()  # noqa: SIM905
)


def _hyphen_counted(text: str, end: int) -> str | None:
    plus = _PLUS_AFTER.match(text, end)
    if plus is not None:
        return _noun_after(text, plus.end())
    compound = _COMPOUND_AFTER.match(text, end)
    if compound is None:
        return None
    word = compound.group(1)
    if (
        word in _NOT_COMPOUND_NOUNS
        or word.endswith(("ed", "ing", "ly"))
        or word in vocab.NOT_COUNTED
        or names_a_unit(word)
    ):
        return None
    return word


def _is_head_noun(word: str) -> bool:
    """A plural noun after a plural one is what is counted, the first describing it."""
    return (
        _is_plural(word)
        and word not in lx.NOT_HEAD_NOUNS
        and word not in vocab.NOT_COUNTED
        and not names_a_unit(word)
    )


_LONGEST_PER_GAP = 40
_PER_GAP = compile_later(
    r"[ \t\n]+(?:[a-z][a-z\-]*[ \t\n]+){0,2}?(?P<noun>[a-z]+)[ \t\n]+per[ \t\n]+",
)


def _per_count(text: str, item: Found, nxt: Found) -> Found | None:
    """ "4.5 doctors per 10,000 residents": a count per a round number of other things is one
    rate, not two counts."""
    gap = _PER_GAP.fullmatch(text, item.end, nxt.start)
    if (
        gap is None
        or gap["noun"] != item.counted
        or item.kind != "number"
        or nxt.kind != "number"
        or item.per
        or item.is_range
        or nxt.is_range
        or nxt.scale
        or nxt.qualifier
        or not nxt.number.replace(",", "").isdigit()
    ):
        return None
    noun = _noun_after(text, nxt.end)
    if noun is None:
        # "9 deaths per 100,000": the people are understood
        if _WORDS_AFTER.match(text, nxt.end) and not _ENDS_PHRASE.match(text, nxt.end):
            return None
        return _with(item, end=nxt.end, text=text[item.start : nxt.end], per=nxt.number)
    end = text.index(noun, nxt.end) + len(noun)
    return _with(item, end=end, text=text[item.start : end], per=f"{nxt.number} {noun}")


_ENDS_PHRASE = compile_later(r"[ \t\n]+(?:and|or|but|in|on|at|for|of|from|last|this|a|an)\b")
# "12 workers per site": a count per one of another counted thing, after its noun. A count "a
# day" stays a count: the daily figure of a total over days ("219 million trips a day").
_PER_AFTER_NOUN = compile_later(r"[ \t\n]+per[ \t\n]+([a-z]+)\b")


def _counted_per(text: str, item: Found, counted: str) -> Found:
    """A count with its noun, and the "per" after the noun where one follows."""
    if item.per or text.find(" per ", item.end, item.end + _LONGEST_PER_GAP) < 0:
        return _with(item, counted=counted)  # most counts: no "per" near
    per = _PER_AFTER_NOUN.match(text, text.find(counted, item.end) + len(counted))
    if per is None or per.group(1) not in _COUNT_NAMES:
        return _with(item, counted=counted)
    return _with(
        item,
        counted=counted,
        end=per.end(),
        text=text[item.start : per.end()],
        per=per.group(1),
    )


def _join(text: str, item: Found, nxt: Found) -> Found | None:
    gap = text[item.end : nxt.start]
    if item.value is None or nxt.value is None:
        return None
    if (
        item.kind == "percent"
        and nxt.kind == "percent"
        and gap == ""
        and nxt.text.startswith(("-", "−"))
        and nxt.value < 0
        and not item.is_range
    ):
        # "3.5%-4%": the dash was read as a minus sign.
        return _range(text, item, nxt, -nxt.value)
    if (
        gap == " "
        and item.scale
        and nxt.scale
        and (item.unit is None or _unit_from_prefix(item))
        and not item.is_range
        and not nxt.is_range
        and item.kind in ("number", "money")
        and _factor(item) > _factor(nxt)
        and _factor(nxt) > 1
        and nxt.prefix is None
        and (item.prefix is None or nxt.kind != "money" or nxt.currency == item.currency)
    ):
        return _compound(text, item, nxt)
    if _broken_point(item, nxt, gap):
        # "$14. 2 billion", "$14.\n2 billion", "$14 .2 billion": a point with a stray space or
        # line break; news style never starts a sentence with a numeral, so this is one figure.
        tail = nxt.number.lstrip(".")
        number = f"{item.number}.{tail}"
        value = Decimal(number.replace(",", "")) * _factor(nxt)
        return _joined(
            text,
            item,
            nxt,
            value=value,
            number=number,
            kind="money" if "money" in (item.kind, nxt.kind) else nxt.kind,
            currency=item.currency or nxt.currency,
            unit=item.unit or nxt.unit,
            unit_text=nxt.unit_text or item.unit_text,
            prefix=item.prefix,
        )
    if (
        _ONE_IN.match(gap)
        and item.kind == nxt.kind == "number"
        and not item.scale
        and not nxt.scale
        and not item.is_range
        and not nxt.is_range
        and item.value == item.value.to_integral_value()
        and nxt.value == nxt.value.to_integral_value()
        and 1 <= item.value < nxt.value <= _MOST_IN
        and _RATING_AFTER.match(text, nxt.end) is None
    ):
        # "one in five", "two out of three": a share, written as the percentage it states.
        share = Decimal(100) * item.value / nxt.value
        step = Decimal("0.1") if share >= 1 else Decimal("0.01")
        number = f"{share.quantize(step).normalize():f}"
        return _with(
            item,
            end=nxt.end,
            text=text[item.start : nxt.end],
            value=Decimal(number),
            number=number,
            kind="percent",
            unit="percent",
            unit_text="%",
            counted=None,
        )
    return None


def _unit_from_prefix(item: Found) -> bool:
    """ "RMB 2 trillion": the currency came from the sign, no unit word follows the scale."""
    return item.prefix is not None and item.unit_text is None and item.unit == item.currency


# The gaps of a decimal point broken by a stray space or line break ("14. 2", "14 .2").
_BROKEN_POINTS = frozenset((". ", ".\n", ".\r\n", " "))


def _broken_point(item: Found, nxt: Found, gap: str) -> bool:
    if gap not in _BROKEN_POINTS or item.scale or item.is_range or nxt.is_range:
        return False
    if item.per or (item.qualifier and nxt.qualifier):
        return False
    if not nxt.scale and not (nxt.kind == "percent" and gap.startswith(".\n")):
        return False  # "31.\n7%": a page's line break inside a rate
    digits = item.number.replace(",", "")
    if not digits.isdigit():
        return False
    if gap.startswith("."):
        tail = nxt.number
        if not tail.isdigit() or len(tail) > 2:
            return False
    else:
        # "$14 .2 billion": the point went with the second part
        tail = nxt.number
        if not (tail.startswith(".") and tail[1:].isdigit() and len(tail) <= 3):
            return False
    if item.kind == "money":
        return item.prefix is not None and item.unit_text is None and nxt.kind == "number"
    # "14. 2 billion yuan": a bare first part, the unit after the second
    return item.kind == "number" and nxt.kind in ("money", "percent") and nxt.prefix is None


def _factor(item: Found) -> Decimal:
    written = item.scale
    if not written:
        return Decimal(1)
    return (
        lx.LETTER_SCALES.get(written)
        or lx.CURRENCY_LETTER_SCALES.get(written)
        or lx.SCALE_WORDS.get(" ".join(written.lower().split()), Decimal(1))
    )


def _range(text: str, first: Found, second: Found, high: Decimal) -> Found:
    low_value = first.value if first.value is not None else Decimal(0)
    low, top = sorted((low_value, high))
    return _joined(
        text,
        first,
        second,
        value=(low + top) / 2,
        low=low,
        high=top,
        number=first.number,
        number2=second.number,
        prefix=first.prefix,
    )


def _compound(text: str, big: Found, small: Found) -> Found:
    """ "2 trillion 140.6 billion yuan": one figure in the larger scale."""
    total = (big.value or Decimal(0)) + (small.value or Decimal(0))
    factor = _factor(big)
    number = f"{(total / factor).normalize():f}"
    return _joined(
        text,
        big,
        small,
        value=total,
        number=number,
        scale=big.scale,
        prefix=big.prefix or small.prefix,
        currency=big.currency or small.currency,
        kind="money" if "money" in (big.kind, small.kind) else small.kind,
    )
