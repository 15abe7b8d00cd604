"""What a figure is about, read from the words around it: entity, metric, period and status.

Heuristics over one sentence, with the paragraph's last named entity carried forward ("the
province" after "Jiangxi Province"). They draft; an editor reviews. Each function looks at a
bounded window of the sentence, so the cost per figure is constant.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from audit.extract.numbers_in_text import Found

_APOS = "['’]"
_NAME = r"[A-Z][A-Za-z\-]+(?:\s+[A-Z][A-Za-z\-]+){0,2}"
_ENTITY = re.compile(
    rf"(?=[A-Zio])(?:(?P<pos>\b{_NAME}){_APOS}s?\b"  # China's, Jiangxi's
    rf"|\b(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[Pp]rovince|[Cc]ity|[Cc]ounty|"
    rf"[Rr]egion|[Mm]unicipality|Autonomous\s+Region|[Ss]tate)\b"
    rf"|\b(?:in|of)\s+(?P<prep>(?!The\b|This\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!\s+[A-Z]))")
_NOT_ENTITY = frozenset("""The This That These Those It Its In On At For By With From Data Photo
According As He She They We I Our Their His Her Mr Ms Dr Digital Industry Exhibition News
January February March April May June July August September October November December Monday
Tuesday Wednesday Thursday Friday Saturday Sunday GDP CPI Internet Plan Five-Year Economy
Development Government Commission Ministry Council Committee Office Center Centre""".split())
_ANAPHORA = re.compile(r"(?=[tT])\b(?:the|this|that)\s+(?:province|country|nation|city|region|"
                       r"county|"
                       r"municipality|state)\b", re.IGNORECASE)

_TARGET = re.compile(r"\b(?:targets?|targeted|aims?\s+to|aimed\s+to|plans?\s+to|planned\s+to|"
                     r"goals?|strives?\s+to|seeks?\s+to|intends?\s+to|set\s+to|pledged?|"
                     r"vows?\s+to|objective)\b", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:expected|projected|forecasts?|forecasted|predicted|estimated\s+to|"
                       r"likely\s+to|anticipated|will|would|could\s+reach|outlook)\b",
                       re.IGNORECASE)
_BY_YEAR = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|but|whereas|which|with)\b|\s+and\s+(?=is\b|are\b|"
                           r"was\b|were\b|will\b|has\b|have\b)|\s+but\s+")

# Used with Pattern.match(text, pos): anchored at pos without "^" (which only matches at 0).
_YEAR_AFTER = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:[A-Za-z\-]+\s+){0,3}?(?:,\s*)?"
                         r"(?:in|of|for|during|as\s+of|by"
                         r"|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:year\s+|fiscal\s+year\s+)?"
                         r"((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\w.,])((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?(?![\w%]|,\d)")

_VERB = re.compile(
    r"\b(?:was|were|is|are|reached|stood|totaled|totalled|totaling|hit|soared|rose|grew|"
    r"increased|fell|dropped|declined|accounted|accounting|amounted|recorded|exceeded|topped|"
    r"registered|saw|posted|jumped|surged|climbed|expanded|will|has|have|had|hits|reaches|"
    r"reaching|verified|came|remained|doubled|tripled|built|involving|owns|attracted|"
    r"employed|achieved|achieve|set|account)\b", re.IGNORECASE)
_LEAD_IN = re.compile(r"^(?:(?:in|during|by|for|as\s+of|since|from|up\s+to)\s+[^,]{0,40},\s*|"
                      r"(?:according\s+to|under|as\s+reported\s+by)\s+[^,]{0,120},\s*|"
                      r"(?:[\w ]{0,40}\s)?(?:shows?|showed|said|says|indicates?|noted)\s+that\s+|"
                      r"(?:the|a|an|its|their|this|that)\s+)+", re.IGNORECASE)
_RATE_WORDS = re.compile(
    r"((?:compound\s+annual\s+growth\s+rate|CAGR|(?:average\s+)?annual\s+(?:average\s+)?"
    r"(?:growth|increase)(?:\s+rate)?|year-on-year\s+(?:growth|increase)(?:\s+rate)?|"
    r"growth\s+rate|growth|increase|share|proportion|rate|ratio|average))\s+(?:of\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
_AFTER_PHRASE = re.compile(r"\s*(?:(?:annual\s+|year-on-year\s+)?(?:growth|increase|rise|"
                           r"decline)\s+)?(?:of|in)\s+((?:the\s+)?(?:[\w’'\-]+\s+){0,6}?"
                           r"[\w’'\-]+)"
                           r"(?=\s*(?:[,.;:(]|\s+(?:in|from|at|during|and|with|for|by)\b|$))",
                           re.IGNORECASE)
_PP_AFTER = re.compile(r"\s*((?:[\w’']+\s+){0,3}?(?:growth\s+rate|growth|rate))\b", re.IGNORECASE)
_JUST_A_YEAR = re.compile(r"(?:the\s+)?(?:year\s+)?(?:19|20)\d\d")
_COUNTED = re.compile(r"\s*(?:[A-Za-z0-9][\w’'\-]*\s+){0,4}?[A-Za-z][\w’'\-]*"
                      r"(?=\s*(?:[,.;:(]|\s+(?:in|from|at|during|and|with|for|by|to|of|on|"
                      r"that|which|who|have|has|were|was|are|is|will)\b|$))")


def entity_mentions(sentence: str) -> list[tuple[int, str]]:
    """(offset, name) of the named entities a sentence mentions, anaphora as "<the ...>"."""
    mentions = []
    for match in _ENTITY.finditer(sentence):
        name = match["pos"] or match["place"] or match["prep"]
        name = re.sub(r"^(?:East|West|North|South|Southwest|Northwest|Southeast|Northeast|"
                      r"Central)\s+(?=[A-Z])", "", name)
        first = name.split()[0]
        if first in _NOT_ENTITY or name in _NOT_ENTITY:
            continue
        mentions.append((match.start(), name))
    for match in _ANAPHORA.finditer(sentence):
        mentions.append((match.start(), "<anaphora>"))
    mentions.sort()
    return mentions


def main_entity(text: str) -> str | None:
    """The entity an article names most, for figures whose sentence names none."""
    counts = Counter(name for _, name in entity_mentions(text[:200_000])
                     if name != "<anaphora>")
    return counts.most_common(1)[0][0] if counts else None


def entity_for(mentions: list[tuple[int, str]], offset: int, carried: str | None,
               default: str | None) -> str | None:
    """The nearest entity named before the figure in its sentence, else the carried one."""
    best = None
    for position, name in mentions:
        if position > offset:
            break
        best = name
    if best is None:
        after = [name for position, name in mentions if position > offset]
        best = after[0] if after else None
    if best == "<anaphora>" or best is None:
        return carried or default
    return best


_ANY_CUE = re.compile(rf"{_TARGET.pattern}|{_FORECAST.pattern}|{_BY_YEAR.pattern}",
                      re.IGNORECASE)


@lru_cache(maxsize=64)
def _has_cue(sentence: str) -> bool:
    return _ANY_CUE.search(sentence) is not None


def status_for(sentence: str, offset: int, published_year: int | None) -> str:
    """fact, target or forecast, from cue words in the figure's clause."""
    if not _has_cue(sentence):  # most sentences: one scan, cached for all their figures
        return "fact"
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, offset):
        start = match.end()
    clause_end = _CLAUSE_BREAK.search(sentence, offset)
    clause = sentence[start:clause_end.start() if clause_end else len(sentence)]
    if _TARGET.search(sentence[:clause_end.start() if clause_end else len(sentence)]):
        # A target announced earlier in the sentence governs what follows it.
        target = _TARGET.search(sentence)
        if target and target.start() < offset:
            return "target"
    by_year = _BY_YEAR.search(clause)
    future = by_year and (published_year is None or int(by_year.group(1)) >= published_year)
    if _TARGET.search(clause):
        return "target"
    if _FORECAST.search(clause) or future:
        return "forecast" if not future or _FORECAST.search(clause) else "target"
    return "fact"


def period_for(sentence: str, found: Found, offset: int, end_offset: int,
               default: str | None) -> str | None:
    """The year (or span of years) a figure is for."""
    after = _YEAR_AFTER.match(sentence, end_offset)
    if after:
        return after.group(1)
    clause_start = max(sentence.rfind(";", 0, offset), sentence.rfind(", with", 0, offset), 0)
    before = None
    for match in _YEAR.finditer(sentence, clause_start, offset):
        before = match
    if before is None:
        for match in _YEAR.finditer(sentence, offset):
            before = match
            break
    if before is None:
        return default
    if before.group(2):
        end = before.group(2)
        end = end if len(end) == 4 else before.group(1)[:2] + end
        return f"{before.group(1)}/{end}"
    return before.group(1)


def metric_for(sentence: str, found: Found, offset: int, end_offset: int,
               entity: str | None) -> str:
    """A short noun phrase naming what the figure measures (a draft for the editor)."""
    after_phrase = _AFTER_PHRASE.match(sentence, end_offset)
    if after_phrase and _JUST_A_YEAR.fullmatch(after_phrase.group(1)):
        after_phrase = None  # "21.9 percent of 2016": a period, not what is measured
    if found.kind == "pp":
        gap = _PP_AFTER.match(sentence, end_offset)
        if gap:
            return f"gap to {_clean(gap.group(1), entity)}"
    if found.kind in ("number", "measure") and found.unit is None:
        counted = _COUNTED.match(sentence, end_offset)
        if counted and not counted.group().strip().lower().startswith(("of ", "in ")):
            return _clean(counted.group(), entity) or "count"
    subject = _subject(sentence, offset, entity)
    thing = _object(sentence, offset, entity) if found.kind in ("money", "measure") else ""
    if thing and thing.lower() != subject.lower():
        subject = f"{thing}, {subject}" if subject else thing
    rate = _RATE_WORDS.search(sentence, max(0, offset - 60), offset)
    if found.kind in ("percent", "pp", "multiple", "bp"):
        if rate:
            label = rate.group(1).lower()
            return f"{label}, {subject}" if subject else label
        whole = re.sub(r"^the\s+", "", after_phrase.group(1).lower()) if after_phrase else ""
        if re.search(r"\bgdp\b|^total\b|gross domestic product", whole):
            return f"{subject}, share of {_clean(after_phrase.group(1), None)}" if subject \
                else f"share of {_clean(after_phrase.group(1), None)}"
        if after_phrase:
            return f"{_clean(after_phrase.group(1), entity)}"
    return subject or (_clean(after_phrase.group(1), entity) if after_phrase else "value")


_TRAILING = re.compile(r"(?:(?:^|\s+)(?:of|in|at|to|by|for|with|was|were|is|are|the|and|a|an|"
                       r"reaching|exceeding|worth|totaling|totalling|amounting|from|soared|"
                       r"rose|grew))+\s*$",
                       re.IGNORECASE)
_OBJECT_VERB = re.compile(rf"{_VERB.pattern}|\b(?:with|including)\b", re.IGNORECASE)
_OBJECT_HEAD = re.compile(r"^(?:(?:annual|year-on-year)\s+)?(?:growth|increase|rise)\s+(?:in|of)"
                          r"\s+", re.IGNORECASE)


def _object(sentence: str, offset: int, entity: str | None) -> str:
    """What sits between the verb and the figure: "recorded operating revenue of X"."""
    window = sentence[max(0, offset - 80):offset]
    verbs = list(_OBJECT_VERB.finditer(window))
    if not verbs:
        return ""
    phrase = window[verbs[-1].end():]
    phrase = re.split(r"[\d%$€£¥]|[,;(]", phrase)[-1]
    phrase = _OBJECT_HEAD.sub("", _TRAILING.sub("", phrase.strip()))
    phrase = re.sub(r"^(?:up\s+)?(?:to\s+|at\s+|by\s+|a\s+total\s+of\s+)", "", phrase)
    words = phrase.split()
    return _clean(phrase, entity) if 1 <= len(words) <= 6 else ""


_SUBJECT_BREAK = re.compile(r"[;:]|,\s+(?:with|while|and|accounting|which)\b|\bwith\b")


def _subject(sentence: str, offset: int, entity: str | None) -> str:
    start = 0
    for match in _SUBJECT_BREAK.finditer(sentence, 0, offset):
        start = match.end()
    clause = sentence[start:offset]
    verbs = list(_VERB.finditer(clause))
    if not verbs:
        return ""
    head = clause[:verbs[0].start()]
    head = _LEAD_IN.sub("", re.sub(r"\([^)]*\)", " ", head).strip())
    if "," in head:
        # "The cluster in Hefei, Anhui province, led by X, recorded": keep the head noun.
        parts = [p for p in head.split(",") if len(p.split()) >= 2]
        head = parts[0] if parts else head
    return _clean(head, entity)


def _clean(phrase: str, entity: str | None) -> str:
    phrase = " ".join(phrase.split()).strip(" ,;:-")
    phrase = _LEAD_IN.sub("", phrase)
    if entity:
        phrase = re.sub(rf"\b{re.escape(entity)}\s*(?:{_APOS}s?)?\s*(?:[Pp]rovince\s*)?", "",
                        phrase)
    phrase = re.sub(rf"^(?:the\s+)?(?:province|country|city|nation|region){_APOS}s\s+", "",
                    phrase, flags=re.IGNORECASE)
    phrase = re.sub(r"\b(?:Up to now|So far|Meanwhile|However|Also|also|currently)\b,?\s*",
                    "", phrase)
    phrase = _LEAD_IN.sub("", phrase.strip(" ,;:-"))
    phrase = _TRAILING.sub("", phrase)
    words = phrase.split()
    return " ".join(words[-10:]).strip(" ,;:-") if words else ""
