"""The unemployment rate against the counts it is made of:

    "Of the working-age population, 16.1 million were employed and 5.6 million were
    unemployed. The official unemployment rate was 25.8%."
                        share_of_sum: 5.6 million / (5.6 million + 16.1 million) = 25.8%

The labour force is the employed and the unemployed together, and a release rarely states it:
the rate is the unemployed's share of that sum. A rate named "unemployment rate" (or "jobless
rate") takes the one count of the unemployed and the one count of the employed nearest it, in
its sentence or up to three sentences either side, of its period. The counts are named by the
words around them ("5.6 million were unemployed", "the number of employed persons"), never a
subgroup's (youth, women, long-term, part-time), a sector's ("Manufacturing employed N") nor a
change ("rose by 120,000"); a sentence of counts naming another place than the rate's, or an
earlier time ("Back then, ..."), holds none. Where the words name more than one count of a
side at the nearest distance, nothing is linked.
"""

from __future__ import annotations

import re

from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.lazy_regex import compile_later

REACH = 3  # sentences either side of the rate where its counts may be stated

# "the official unemployment rate was", "an unemployment rate of", "the jobless rate fell to".
_RATE_NAMED = compile_later(
    r"\b(?:unemployment|jobless(?:ness)?)\s+rate\b[^.;%]{0,50}$",
    re.I,
)
# A group of the labour force, not all of it: its rate and counts are of another whole.
_SUBGROUP = compile_later(
    r"\b(?:youth|young|women|men|female|male|graduates?|rural|urban|long-term|part-time|"
    r"full-time|broad|expanded|adjusted|seasonally|under-?employ\w*|self-employed|"
    r"aged|teen\w*|black|white)\b",
    re.I,
)
# The side a count is of, from the words right after it: "5.6 million were unemployed",
# "16.1 million people in work", "730,600 jobless".
_SIDE_AFTER = compile_later(
    r"^\s*(?:(?:people|persons|workers|individuals|Filipinos|adults)\s+)?"
    r"(?:(?:were|are|was|is|remained|stayed)\s+)?"
    r"(?:(?P<unemployed>unemployed|jobless|out\s+of\s+work|without\s+(?:a\s+)?(?:job|work))"
    r"|(?P<employed>employed|in\s+work|in\s+employment|with\s+(?:a\s+)?jobs?))\b",
    re.I,
)
# ... or from the words before it, all its clause says: "the number of unemployed persons rose
# to", "employment stood at" (not "Manufacturing employed", "Services employment reached").
_SIDE_BEFORE = compile_later(
    r"^\W*(?:the\s+)?(?:total\s+|overall\s+)?(?:number\s+of\s+)?"
    r"(?:(?P<unemployed>unemployed|jobless|unemployment)|(?P<employed>employed|employment))"
    r"(?:\s+(?:people|persons|workers|population))?\s+"
    r"(?:(?:rose|fell|climbed|dropped|increased|decreased|grew|declined|stood|was|were|came|"
    r"reached|totall?ed|numbered|amounted)\s+)?(?:(?:to|at|in\s+at)\s+)?(?:about\s+|some\s+|"
    r"around\s+|nearly\s+|almost\s+)?$",
    re.I,
)
# "... rose to 612,300 and employment stood at": the clause of the next figure starts after
# the one before it.
_AFTER_A_FIGURE = compile_later(
    r"\d[\d,.]*(?:\s*[%\w]+)?\s*,?\s+(?:and|while|but|whereas)\s+", re.I
)
# A group of the side named after it: "400,000 were unemployed for more than a year".
_GROUP_AFTER = compile_later(
    r"\s*(?:for\s+(?:more|over|longer|at\s+least|a\s+year|six)|long|part|in\s+(?:the\s+)?"
    r"(?:north|south|east|west|capital|region|province|state|city))",
    re.I,
)
# A place or a level of it the counts are of, other than all the country: "in the capital
# region", "Nationally, ...".
_PLACE_WORDS = compile_later(
    r"\b(?:region|regional|province|provincial|state|capital|city|district|county|nationally|"
    r"national|neighbouring|neighboring)\b",
    re.I,
)
# The counts of an earlier time: "Back then, ...", "Ten years earlier, ...".
_THEN_OPENING = compile_later(
    r"^\W*(?:back\s+then|at\s+the\s+time|then|(?:\w+\s+){1,2}(?:years?|months?|decades?)\s+"
    r"(?:earlier|before|ago))\b",
    re.I,
)


def unemployment_rates(b) -> None:
    numbers = sorted(b.by_sentence)
    for number in numbers:
        for rate in b.by_sentence[number]:
            if rate.kind != "percent" or not _a_rate_level(b, rate):
                continue
            found = _counts_near(b, rate, number)
            if found is None:
                continue
            (unemployed, employed), distance = found
            b.add(
                "share_of_sum",
                {"part": unemployed.id, "rest": [employed.id], "share": rate.id},
                confidence="medium" if distance == 0 else "low",
                note="the unemployment rate is the unemployed's share of the labour force, "
                "the employed and the unemployed together",
            )


def _a_rate_level(b, rate) -> bool:
    """ "an unemployment rate of 25.8%", "the jobless rate rose to 5.6%": the rate of all the
    labour force, stated as a level, not a change of it ("fell by 0.3%")."""
    clause = ev.clause_before(b.text, rate.sentence.start, rate.found.start)
    if not _RATE_NAMED.search(clause) or _SUBGROUP.search(clause):
        return False
    return not news.CHANGE_BEFORE.search(b.before(rate, 60))


def _counts_near(b, rate, number: int):
    """The one count of each side at the nearest distance where both are found, and that
    distance in sentences; None where the words name none, or more than one, of a side."""
    sides: dict[str, list] = {"unemployed": [], "employed": []}
    for distance in range(REACH + 1):
        for n in {number - distance, number + distance}:
            if n != number and not _of_one_place_and_time(b, n, number):
                continue
            for d in b.by_sentence.get(n, []):
                side = _side(b, d)
                if side is not None and _of_one_period(d, rate):
                    sides[side].append(d)
        if sides["unemployed"] and sides["employed"]:
            if len(sides["unemployed"]) > 1 or len(sides["employed"]) > 1:
                return None
            return (sides["unemployed"][0], sides["employed"][0]), distance
    return None


def _of_one_place_and_time(b, counts: int, rate: int) -> bool:
    """The counts' sentence names no place the rate's does not, nor the rate's a place the
    counts' does not, and does not open on an earlier time ("Back then, ...")."""
    said = [b.by_sentence[n][0].sentence for n in (counts, rate) if b.by_sentence.get(n)]
    if len(said) != 2:
        return False
    texts = [b.text[s.start : s.end] for s in said]
    if ev.names(texts[0]) != ev.names(texts[1]):
        return False
    if any(_PLACE_WORDS.search(t) for t in texts):
        return False
    return not _THEN_OPENING.match(texts[0])


def _of_one_period(count, rate) -> bool:
    return not count.period or not rate.period or count.period == rate.period


def _side(b, draft) -> str | None:
    """ "unemployed" or "employed" for a count of people the words name as one side of the
    labour force; None for anything else."""
    if draft.kind != "number" or draft.found.value is None or draft.found.per is not None:
        return None
    if draft.id in b.converted or news.CHANGE_BEFORE.search(b.before(draft, 60)):
        return None
    after = _SIDE_AFTER.match(b.after(draft, 40))
    clause = ev.clause_before(b.text, draft.sentence.start, draft.found.start)
    said = after or _SIDE_BEFORE.search(_AFTER_A_FIGURE.split(clause)[-1])
    if said is None:
        return None
    if _SUBGROUP.search(clause[-60:]) or _SUBGROUP.search(b.after(draft, 30).split(",")[0]):
        return None
    if after is not None and _GROUP_AFTER.match(b.text, draft.found.end + after.end()):
        return None
    return "unemployed" if said["unemployed"] else "employed"
