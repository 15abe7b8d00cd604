"""Shares of GDP and reference facts: the relations that reach outside the article.

"X% of GDP" takes its whole from a GDP figure of the same period in the text, else from the
reference facts (resolved through audit.reference's aliases); a stated GDP figure is checked
against the reference fact for its entity and year. Functions take the relation builder `b`
(relations._Builder) so they share its record of which figures are used.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.claims.values import parse_value
from audit.errors import InputError
from audit.extract.drafts import Draft
from audit.extract.folded import folded, word_test
from audit.lazy_regex import compile_later
from audit.reference.facts import FactSet, entity_code, load_facts

# "Accounting for", "Making up", "Equal to": a share that opens its sentence.
_OPENS_WITH_SHARE = compile_later(
    r"^\W*(?:Accounting\s+for|Making\s+up|Representing|Equal\s+to|Equivalent\s+to)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|more\s+than\s+)?$",
    re.I,
)
_SHARE_GDP_AFTER = compile_later(
    r"^\s*of\s+(?:the\s+)?(?:[\w’']+['’]s\s+)?(?:country['’]s\s+|"
    r"national\s+|regional\s+|provincial\s+|total\s+|local\s+)?"
    r"(?:GDP|gross\s+domestic\s+product)\b",
    re.I,
)


# A figure the words right before it name as GDP: "(GDP was $2,510 billion in 2021)", "GDP of
# $2.4 trillion", "38.0% of GDP ($2,395 billion)". The finder gives a bracketed figure the
# metric of the amount before the bracket; these words say whose it is.
_NAMED_GDP_BEFORE = compile_later(
    r"(?:^|[(,;]\s*|\b(?:while|and|with)\s+)(?:the\s+|its\s+)?(?:[\w’']+['’]s\s+)?"
    r"(?:nominal\s+|national\s+)?(?:GDP|gross\s+domestic\s+product)"
    r"(?:\s+(?:in|for|of)\s+(?:19|20)\d\d)?\s*(?:was|is|stood\s+at|came\s+to|totall?ed|"
    r"reached|of|at|:|=)\s*(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$"
    r"|(?:%|\bper\s?cent)\s+of\s+(?:the\s+)?(?:GDP|gross\s+domestic\s+product)\s*\(\s*"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$",
    re.I,
)


def named_gdp(text: str, draft: Draft) -> bool:
    """A money figure its own words name as GDP, whatever metric the finder gave it."""
    if draft.kind != "money":
        return False
    start = draft.found.qualifier_start
    start = draft.found.start if start is None else start
    before = text[max(draft.sentence.start, start - 60) : start]
    lower = before.lower()
    cheap = "gdp" in lower or "domestic product" in lower  # before the end-anchored search
    return cheap and bool(_NAMED_GDP_BEFORE.search(before))


def of_gdp(b, share: Draft) -> bool:
    """The percentage is written as a share of GDP ("3.9 percent of the GDP"): its whole is a
    GDP, never another figure of the sentence."""
    return bool(_SHARE_GDP_AFTER.match(b.after(share)))


def fact_id(b, entity: str | None, year: str | None, value: str | None = None) -> str | None:
    """The reference fact for an entity's GDP in a year, resolved through the aliases; with a
    stated amount, only a fact in its currency."""
    if not entity or not year or not year.isdigit():
        return None
    return b.facts.resolve(entity, "GDP", year, _currency(value))


@lru_cache(maxsize=1024)  # asked of each stated GDP for every share of GDP
def _currency(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parse_value(value).unit.currency
    except InputError:
        return None


# "its share of GDP rose from 1.9% to": the figure after is the share at the end of a change
# (the change itself is a pp_change; the share is another relation of the same figure).
# Asked only whether the text before a percentage ends in it: a word test lets re skip all
# but the s's and p's.
_SHARE_GDP_ROSE_TO = compile_later(
    word_test(
        "sp",
        r"(?:share|proportion)\s+(?:in|of)\s+(?:the\s+)?(?:[\w’']+['’]s\s+)?(?:GDP|gross\s+"
        r"domestic\s+product)\s+(?:rose|increased|grew|climbed|edged\s+up|went\s+up|fell|dropped|"
        r"declined|went\s+down)\s+from\s+[^,;]{1,25}?\s+to\s+(?:about\s+|around\s+)?$",
    )
)


def shares(b, drafts: list[Draft]) -> None:
    unwholed: list[tuple[Draft, Draft]] = []  # (share, part) of shares with no GDP to divide by
    for share in drafts:
        if share.kind != "percent":
            continue
        ended = _SHARE_GDP_ROSE_TO.search(b.before(share))
        if not ended and (share.id in b.used_rates or not _SHARE_GDP_AFTER.match(b.after(share))):
            continue
        part, note = share_part(b, share, drafts)
        if part is None:
            continue
        whole: str | dict | None = gdp_claim(b, share, part)
        notes = [note] if note else []
        confidence = "low" if note else None
        if whole is None:
            key = fact_id(b, share.entity, share.period or part.period, part.value)
            evidence = _entity_evidence(b, share, key)
            if evidence == "other":
                # The sentence names another economy than the article's: its GDP, if it
                # names only one.
                named = _economies(b, share)
                key = fact_id(b, named.pop(), share.period, part.value) if len(named) == 1 else None
            elif evidence == "context":
                confidence = "low"
                notes.append(f"the entity of {key} comes from the article, not the sentence")
            whole = fact(key)
            if whole is None:
                notes.append("no GDP figure for the period in the text or the reference facts")
                if not note:
                    unwholed.append((share, part))
        b.add(
            "share",
            {"part": part.id, "whole": whole, "share": share.id},
            confidence=confidence,
            note="; ".join(notes) or None,
        )
    _one_whole(b, unwholed)


_YEAR = compile_later(r"\b(?:19|20)\d\d\b")
_EARLIER = compile_later(
    r"\b(?:a\s+year\s+(?:earlier|ago|before)|(?:previous|prior|preceding|last)\s+"
    r"(?:(?:fiscal|financial)\s+)?(?:year|quarter|month|period|season)|year-(?:earlier|ago)|"
    r"the\s+year\s+before)\b",
    re.I,
)


_REVISED = compile_later(
    r"\b(?:revis(?:ed|ion|ions|ing)|re-?estimated|upgraded|downgraded)\b", re.I
)


def _one_whole(b, unwholed: list[tuple[Draft, Draft]]) -> None:
    """ "A (15.0 percent of the GDP) as compared to B (11.1 percent of the GDP), taking the
    deficit to D (3.9 percent of the GDP)": shares of GDP in one sentence, each with its own
    amount, of one economy and period, imply one GDP; each later pair is held against the first.
    A sentence naming two economies, or a share of a plan's figures, is left alone. The first
    pair of a sentence that may be of one GDP is kept for shares_across."""
    shares = [
        (share, part)
        for share, part in unwholed
        if share.id not in b.benchmarks and part.id not in b.benchmarks
    ]
    if not shares or len({share.sentence.number for share, _ in shares}) != 1:
        return
    (first, first_part), rest = shares[0], shares[1:]
    if not _of_one_gdp(b, first, [part for _, part in shares]):
        return
    end = first.found.end
    for share, part in rest:
        if (
            part.found.start < end  # each share's amount lies between it and the share before
            or not _of_one_economy_and_period((first, first_part), (share, part))
        ):
            return
        end = share.found.end
    for share, part in rest:
        _hold_against(b, (share, part), (first, first_part), "in one sentence")
    if first.period is not None:
        b.gdp_pairs.append((first, first_part))


def _of_one_gdp(b, share: Draft, parts: list[Draft]) -> bool:
    """The sentence's shares of GDP may be of one GDP: one economy, one year, no figure of
    an earlier period ("fell to A ... from B a year earlier") or revised from an earlier
    estimate, each made with the GDP forecast of its day."""
    sentence = b.text[share.sentence.start : share.sentence.end]
    return not (
        len(_economies(b, share)) > 1
        or len(set(_YEAR.findall(sentence))) > 1
        or _EARLIER.search(sentence)
        or _REVISED.search(sentence)
        or any(part.id in b.starts for part in parts)
    )


def _of_one_economy_and_period(one: tuple[Draft, Draft], other: tuple[Draft, Draft]) -> bool:
    """Two (share, part) pairs of GDP of one economy, period and status, in one currency."""
    (share, part), (other_share, other_part) = one, other
    return (
        share.entity == other_share.entity
        and share.period == other_share.period
        and part.period == other_part.period
        and share.status == other_share.status
        and _currency(part.value) == _currency(other_part.value)
    )


def _hold_against(b, pair: tuple[Draft, Draft], first: tuple[Draft, Draft], where: str) -> None:
    (share, part), (first_share, first_part) = pair, first
    b.add(
        "shares_of_one_whole",
        {"part": part.id, "share": share.id, "other": first_part.id, "other_share": first_share.id},
        confidence="low",
        note=f"shares of GDP {where}, read as of one GDP, which the text does not state",
    )


def shares_across(b) -> None:
    """ "The deficit is A, or 3.1% of GDP, in 2025. ... Revenue of B, or 24.0% of GDP": the
    first share of GDP of each sentence with no GDP to divide by, of one economy, period and
    status, imply one GDP across the article; each later sentence's pair is held against the
    first. Only pairs of a stated period, in sentences that may be of one GDP."""
    kept: list[tuple[Draft, Draft]] = []
    for pair in b.gdp_pairs:
        first = next((k for k in kept if _of_one_economy_and_period(k, pair)), None)
        if first is None:
            kept.append(pair)
        elif first[0].sentence.number != pair[0].sentence.number:
            _hold_against(b, pair, first, "in two sentences of one period")


def share_part(b, share: Draft, drafts: list[Draft]) -> tuple[Draft | None, str | None]:
    before = [
        d
        for d in drafts
        if d.kind == "money"
        and d.found.start < share.found.start
        and d.id not in b.converted
        and not gdp_figure(b, d)
    ]
    if before:
        return before[-1], None
    index = share.sentence.number
    if _OPENS_WITH_SHARE.match(b.text[share.sentence.start : share.found.start]):
        # "Accounting for 36% of GDP, ...": the clause goes on from the sentence before (wire
        # copy breaks it off), so the part is that sentence's amount; a restated headline
        # between is passed over.
        for number in range(index - 1, max(-1, index - 4), -1):
            said = [d for d in b.by_sentence.get(number, []) if d.kind == "money"]
            if said and all(d.repeat_of is not None for d in said):
                continue
            amounts = [d for d in said if d.id not in b.converted and not gdp_figure(b, d)]
            if amounts:
                return amounts[-1], "the part is the amount of the sentence the share goes on from"
            break
    nearby = [
        d
        for i in range(index - 2, index + 3)
        for d in b.by_sentence.get(i, [])
        if d.kind == "money"
        and not gdp_figure(b, d)
        and d.id not in b.converted
        # a part whose sentence names no period takes the share's: news names it once
        and (d.period == share.period or share.period is None or d.period is None)
        and d.entity == share.entity
    ]
    # Only a figure about the same thing, and only when one is nearest: in "Trade with ASEAN
    # reached A, while trade with the EU was B. ... foreign trade equal to 61% of GDP" the
    # part is neither A nor B.
    if nearby:
        distance = min(abs(d.sentence.number - index) for d in nearby)
        nearest = [d for d in nearby if abs(d.sentence.number - index) == distance]
        words = _content_words(share.metric) | _content_words(b.before(share, 60))
        if len(nearest) == 1 and _content_words(nearest[0].metric) & words:
            return nearest[
                0
            ], "the part is taken from a nearby sentence (same entity, period and subject)"
    return None, None


_CONTENT = compile_later(r"[a-z][a-z\-]{2,}")
_NOT_CONTENT = frozenset(
    (
        "the",
        "and",
        "of",
        "share",
        "gdp",
        "gross",
        "domestic",
        "product",
        "accounted",
        "accounting",
        "for",
        "with",
        "was",
        "were",
        "percent",
        "its",
        "province",
        "country",
        "city",
        "total",
        "value",
        "equivalent",
        "about",
        "around",
        "nearly",
        "more",
        "than",
        "year",
        "annual",
    )
)


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT.findall(text.lower()) if w not in _NOT_CONTENT}


GDP_WINDOW = 40  # sentences either side of a share where the GDP it divides may be stated


def gdp_claim(b, share: Draft, part: Draft) -> str | None:
    """The stated GDP of the share's period (or its part's) nearest the share, in the part's
    currency where one is: "3.2% of GDP, or 12.8 billion euros, with GDP forecast at 400
    billion euros" takes the 400 billion of its own sentence, not a GDP in rupiah two
    paragraphs up."""
    # "It was 3% of GDP." names no period: its part's sentence may, else neither does the GDP's.
    periods = [share.period] if share.period else [part.period, None]
    stated = [
        d
        for period in dict.fromkeys(periods)
        for d in b.gdp.get(period, [])
        # Near the share only, so a long text's many GDP figures cost each share little.
        if abs(d.sentence.number - share.sentence.number) <= GDP_WINDOW
        and _same_economy(b, share, d)
    ]
    currency = _currency(part.value)
    if currency:
        # "Rs1.1 trillion, or 3.9% of GDP ($6.5 billion)": a bracket in another currency may
        # restate the part, so only a GDP its metric names is taken across currencies.
        stated = [d for d in stated if is_gdp(d) or _currency(d.value) == currency]
    if currency and any(_currency(d.value) == currency for d in stated):
        stated = [d for d in stated if _currency(d.value) == currency]
    if not stated:
        return None
    return min(stated, key=lambda d: abs(d.sentence.number - share.sentence.number)).id


def _same_economy(b, share: Draft, stated: Draft) -> bool:
    """The stated GDP is the share's economy's: the same entity, or names of one economy
    ("Canadian", "Canada"), or no economy at all where its sentence names none other ("(GDP
    was $2,510 billion)" filed under "Treasury", the body the article quotes)."""
    if not share.entity or stated.entity == share.entity:
        return True
    code = entity_code(share.entity)
    if code is None:
        return False
    other = entity_code(stated.entity) if stated.entity else None
    if other is not None:
        return other == code
    return _economies(b, stated) <= {code}


# Metrics a stated figure is checked against when its sentence names the economy: the whole
# phrase must name the metric ("population", "GDP per capita"), not a part of it.
_LEVELS = compile_later(
    r"(?:gdp|gross domestic product)\s+per\s+capita|per\s+capita\s+gdp|"
    r"(?:total\s+)?population",
    re.I,
)


def references(b) -> None:
    for draft in (d for drafts in b.gdp.values() for d in drafts):
        # A GDP named only by the words before it ("(GDP was X)") is the whole of a share,
        # not a statement of GDP checked against the reference table on its own.
        if draft.repeat_of is None and is_gdp(draft):
            _reference(b, draft, fact_id(b, draft.entity, draft.period, draft.value))
    for draft in b.audited:
        if (
            draft.repeat_of is None
            and draft.entity
            and draft.period
            and draft.period.isdigit()
            and _LEVELS.fullmatch(draft.metric.strip())
        ):
            key = b.facts.resolve(draft.entity, draft.metric, draft.period, _currency(draft.value))
            # Only on the sentence's own evidence: a count filed under the article's entity
            # is too often another place's.
            if key and _entity_evidence(b, draft, key) == "named":
                _reference(b, draft, key)


def _reference(b, draft: Draft, key: str | None) -> None:
    if key and _entity_evidence(b, draft, key) != "other":
        confidence = _confidence(b, draft, key)
        notes = [f"linked to the reference fact {key} by entity, metric and year"]
        if _released_after(b, key):
            # A first estimate quoted before the revision shipped here: a guess, not an error.
            confidence = "low"
            notes.append(
                "every shipped release of the fact came out after the article, which may quote "
                "an earlier estimate"
            )
        b.add(
            "reference",
            {"value": draft.id, "reference": {"fact": key}},
            confidence=confidence,
            note="; ".join(notes) if confidence else None,
        )


def _released_after(b, key: str) -> bool:
    """Every release of the fact shipped is dated after the article was published."""
    if not b.published or key not in b.facts:
        return False
    released = [v.released for v in b.facts[key].vintages]
    return all(r and r > b.published[: len(r)] for r in released)


@lru_cache(maxsize=1)
def load_reference_facts() -> FactSet:
    """The shipped reference facts, loaded once per process (a folder of articles would
    otherwise read them per article)."""
    try:
        return load_facts()
    except InputError:  # a broken facts file must not stop extraction
        return FactSet({})


_NAME = compile_later(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")


def _entity_evidence(b, draft: Draft, key: str | None) -> str:
    """How the sentence supports linking to a shipped table's fact: "named" (it names the
    fact's economy), "other" (it names another economy and not this one), "context" (it
    names none: the entity comes from the article). Hand-entered and users' facts keep the
    entity the extraction gave them ("the province" in an article about Jiangxi)."""
    if key is None or key in b.facts.explicit:
        return "named"
    code = key.split(".")[0].upper()
    found = _economies(b, draft)
    if code in found:
        return "named"
    return "other" if found else "context"


def _economies(b, draft: Draft) -> set[str]:
    """The codes of the economies a figure's sentence names."""
    sentence = b.text[draft.sentence.start : draft.sentence.end]
    return {c for c in (entity_code(m.group(0)) for m in _NAME.finditer(sentence)) if c}


def _confidence(b, draft: Draft, key: str) -> str | None:
    """High when the sentence names the entity itself; medium when it comes from the article
    around it ("the province") or the fact is one of the shipped national tables."""
    sentence = b.text[draft.sentence.start : draft.sentence.end].lower()
    named = bool(draft.entity) and (draft.entity or "").lower() in sentence
    return None if named and b.facts.explicit.get(key) else "medium"


def fact(fact_id: str | None) -> dict | None:
    return {"fact": fact_id} if fact_id else None


_GDP = compile_later(r"\bGDP\b|gross domestic product", re.I)
_SHARE_WORDS = compile_later(r"(?:%|\bper\s?cent)\s+of\b", re.I)


def gdp_figure(b, draft: Draft) -> bool:
    """A GDP amount the text states, by its metric or by the words right before it."""
    return draft.id in b.gdp_ids or is_gdp(draft)


def is_gdp(draft: Draft) -> bool:
    """A stated GDP amount (not a share of GDP)."""
    # What follows a comma is the sentence's subject, not the figure's own words: in "GDP is
    # projected at G, so the deficit would amount to D" the deficit's metric ends in ", GDP".
    metric = draft.metric.split(",")[0].lower()
    return (
        draft.kind == "money"
        and "share of" not in metric
        and "per capita" not in metric
        and _names_gdp(metric)
        # "A (3.9 percent of GDP) from B": B's metric is the bracket's words, not a GDP
        and not _SHARE_WORDS.search(metric)
    )


def _names_gdp(metric: str) -> bool:
    """_GDP.search, run only where plain text holds "gdp" or "gross domestic product" (asked
    of every amount of an article)."""
    lower = folded(metric)
    return ("gdp" in lower or "gross domestic product" in lower) and bool(_GDP.search(metric))
