"""Shares and breakdowns whose figures are spread over the sentence or over two sentences.

    "A, up 6.1%, making up 16.1% of the total"        share: the rate between is skipped; the
                                                     whole is the total stated earlier in the
                                                     sentence, else the article's headline
                                                     figure of the same kind (low confidence)
    "T .... The output accounted for P% of the national total of W"
                                                     share: the part is the figure the
                                                     sentence before ends on (low confidence)
    "T, of which A were ..., accounting for P%"      share of T
    "T, with A from X and the remaining B from Y"    sum: the parts are all of T
    "E in 2022, up R% year on year" ... "In 2021, S"  growth: the start is the one fact of
                                                     the same subject for the year before

Each takes the facts of one sentence (`drafts`, in text order) and the relation builder `b`
(relations._Builder); it runs after relations_news, on the figures still unused.
"""

from __future__ import annotations

import re
from typing import Any

from audit.extract import relations_evidence as ev
from audit.extract import relations_gdp as gdp
from audit.extract import relations_news as news
from audit.extract.drafts import Draft

# "of the total", "of the province's total (foreign trade)", "of the provincial total".
_OF_TOTAL = re.compile(
    r"^\s+of\s+(?:the|its|their)\s+(?:[\w\-]+['’]s\s+)?(?:(?:national|"
    r"overall|combined|provincial|municipal|regional|city|state|country['’]s|"
    r"nation['’]s)\s+)?total\b",
    re.I,
)
# "The figure accounted for", "The output was", "It represented": the part is the figure the
# previous sentence ended on.
_ANAPHOR = re.compile(
    r"^\W*(?:(?:The|This|That)\s+(?:[\w\-]+\s+){0,2}?(?:figure|number|amount|"
    r"total|output|volume|value|sum|tally|harvest|production|result)|It|This|"
    r"That)\s+(?:alone\s+)?(?:accounted|accounts|made\s+up|makes\s+up|"
    r"represented|represents|was|is|equal(?:l?ed|s)?|comprised)\b"
)
_OF_WHICH = re.compile(r"\b(?:of\s+which|among\s+(?:which|them|these))\b", re.I)
_SHARE_ENDS = re.compile(
    r"^\s*(?:[.;,)]|$|(?:in|for|of)\s+(?:the\s+)?(?:year\s+)?(?:19|20)\d\d\b)", re.I
)
_BREAKDOWN = re.compile(
    r"^\s*(?:\([^)]{0,60}\)\s*)?(?:[\w\-]+\s+){0,4}?[\w\-]*\s*(?:,|:|—|–)\s*"
    r"(?:with|of\s+which|including|comprising|among\s+which)?\s*$",
    re.I,
)
# "760,000 units, accounting for", "24.6 million visitors, or": what is counted may come between.
_TO_SHARE = re.compile(rf"^(?:\s+[a-z][\w\-]*){{0,3}}\s*,?\s*{news.SHARE_VERB}", re.I)
_RATE_CUE = re.compile(
    r"\b(?:up|down|rose|fell|increase|decrease|growth|grew|declined?|"
    r"dropped|gained?|lost)\b",
    re.I,
)


def shares(b, drafts: list) -> None:
    for i, share in enumerate(drafts):
        if share.kind != "percent" or share.id in b.used_rates:
            continue
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        if nxt is not None and news.SHARE_OF_WHOLE.match(b.gap(share, nxt)):
            _part_before(b, drafts, i, nxt)
            continue
        after = b.after(share, 60)
        if ("total" in after and _OF_TOTAL.match(after)) or (
            _SHARE_ENDS.match(after)
            and _OF_WHICH.search(b.text[share.sentence.start : share.found.start])
        ):
            _whole_before(b, drafts, i)
    rest_sums(b, drafts)


# "Cloud accounted for 27% of group revenue": a share alone in its sentence, its part named by
# the subject and its whole by the words after "of", both stated in the sentences before.
_SUBJECT_SHARES = re.compile(
    r"^\W*(?P<subject>(?:[\w'’-]+\s+){1,4}?)(?:alone\s+|together\s+)?(?:accounted\s+for"
    r"|accounts\s+for|made\s+up|makes\s+up|represented|represents|contributed|contributes"
    r"|comprised|comprises|took|takes)\s+(?:about\s+|around\s+|nearly\s+|almost\s+"
    r"|roughly\s+|some\s+|over\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$",
    re.I,
)
_OF_NAMED_WHOLE = re.compile(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<whole>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"\s*(?:[.;]|,|$|\s+(?:in|for|during|last|this)\b)",
    re.I,
)
_BACK = 3  # sentences looked back for the part and the whole
# "7.8m gate receipts accounted for", "At 7.8m, gate receipts made up": the part, then its share.
_PART_THEN_SHARE = re.compile(rf"^,?(?:\s+[\w'’-]+){{0,3}}\s*,?\s*{news.SHARE_VERB}", re.I)


def named_wholes(b, drafts: list) -> None:
    """A share whose whole the sentences before state, named after "of": alone in its
    sentence (the part named by its subject), or after its part ("At £7.8m, gate receipts
    made up 28% of turnover")."""
    last = drafts[-1]
    if last.kind != "percent" or last.id in b.used_rates or len(drafts) > 2:
        return
    if len(drafts) == 1:
        _named_whole(b, last, b.after(last, 60))
        return
    part = drafts[0]
    if (
        part.kind in ("money", "number", "measure")
        and part.id not in b.converted
        and part.id not in b.in_pairs
        and _PART_THEN_SHARE.match(b.gap(part, last))
    ):
        _whole_named_after(b, part, last)


def _named_whole(b, share, after: str) -> None:
    """ "Cloud revenue rose to 3.4 billion dollars. Group revenue was 12.6 billion dollars.
    Cloud accounted for 27 percent of group revenue.": the one earlier figure whose words
    hold every word of the whole, and the one other whose words share the subject's."""
    subject = _SUBJECT_SHARES.match(b.text[share.sentence.start : share.found.start])
    named = _OF_NAMED_WHOLE.match(after) if subject else None
    if not subject or not named:
        return
    subject_words, whole_words = ev.words(subject["subject"]), ev.words(named["whole"])
    if not subject_words or not whole_words or subject_words >= whole_words:
        return
    named_by = _earlier_named(b, share, named["whole"])
    # "of total exports" names exports: the farm exports of the subject are not the whole
    wholes = [d for d, words in named_by if words >= whole_words and not words & subject_words]
    parts = [d for d, words in named_by if words & subject_words and d not in wholes]
    if len(wholes) != 1 or len(parts) != 1 or not news.same(wholes[0], parts[0]):
        return  # none, or more than one: the words do not say which
    _add_share(
        b,
        parts[0],
        wholes[0],
        share,
        f"the part is the earlier figure of "
        f"'{subject['subject'].strip()}', the whole the earlier figure of "
        f"'{named['whole']}'",
    )


def _whole_named_after(b, part, share) -> None:
    named = _OF_NAMED_WHOLE.match(b.after(share, 60))
    if named is None or not (whole_words := ev.words(named["whole"])):
        return
    wholes = [
        d
        for d, words in _earlier_named(b, share, named["whole"])
        if words >= whole_words and news.same(d, part)
    ]
    if len(wholes) != 1:
        return  # none, or more than one: the words do not say which
    _add_share(b, part, wholes[0], share, f"the whole is the earlier figure of '{named['whole']}'")


def _earlier_named(b, share, whole: str) -> list[tuple[Any, frozenset[str]]]:
    """The amounts of the sentences before a share, with the words naming each, that can be
    its whole: none names a place the share's sentence does not, nor a qualifier ("daily")
    its whole lacks, nor another period."""
    sentence = b.text[share.sentence.start : share.sentence.end]
    said, qualifiers = ev.names(sentence), ev.qualifiers(whole)
    return [
        (d, ev.words(_figure_words(b, d)))
        for n in range(share.sentence.number - _BACK, share.sentence.number)
        for d in b.by_sentence.get(n, [])
        if d.kind in ("money", "number", "measure")
        and d.id not in b.converted
        and d.id not in b.starts
        and d.found.value is not None
        # "exports to Asia" is not "exports"; "daily output" is not "output"
        and ev.names(_clause(b, d)) <= said
        and ev.qualifiers(_clause(b, d)) <= qualifiers
        and (not d.period or not share.period or d.period == share.period)
    ]


def _add_share(b, part, whole, share, note: str) -> None:
    b.used_rates.add(share.id)
    b.add(
        "share",
        {"part": part.id, "whole": whole.id, "share": share.id},
        confidence="low",
        note=note,
    )


# "Each tourist spent an average of 460 yuan", "spending per visitor came to $85": a figure
# per person whose total and count the sentences before state.
_EACH_BEFORE = re.compile(
    r"\b(?:each|every|per|average|per[\s-]capita)\s+(?:person|head|resident|inhabitant|citizen"
    r"|household|visitor|tourist|passenger|travell?er|customer|shopper|guest|user|worker"
    r"|employee|student|pupil|patient|member|subscriber)\b[^.;\d]{0,40}$",
    re.I,
)


def per_head_across(b, drafts: list) -> None:
    """A per-person figure alone in its sentence, its total and count in the sentences before:
    the one money total in the same currency and the one count of people there."""
    money = [d for d in drafts if d.kind == "money" and d.id not in b.converted]
    if len(money) != 1 or any(d.kind == "number" for d in drafts):
        return
    each = money[0]
    if each.id in b.used_rates or each.found.value is None:
        return
    per = (each.found.per or "").lower()
    if not (per in news.PER_PERSON or _EACH_BEFORE.search(b.before(each, 80))):
        return
    earlier = [
        d
        for n in range(each.sentence.number - _BACK, each.sentence.number)
        for d in b.all_by_sentence.get(n, [])
        if d.id not in b.converted and d.status == "fact"
    ]
    totals = [
        d
        for d in earlier
        if d.kind == "money"
        and d.found.currency == each.found.currency
        and not d.found.per
        and d.found.value is not None
    ]
    counts = [d for d in earlier if news.counts_people(b, d)]
    bare = [d for d in earlier if d.kind == "number" and not d.found.unit and not d.found.per]
    if len(totals) != 1 or len(counts) != 1 or len(bare) != 1:
        return  # none, or more than one: the words do not say which
    b.used_rates.add(each.id)
    b.add(
        "per_capita",
        {"total": totals[0].id, "count": counts[0].id, "per_capita": each.id},
        confidence="low",
        note="the total and the count are the ones the sentences before state",
    )


def _clause(b, draft) -> str:
    return ev.clause_before(b.text, draft.sentence.start, draft.found.start)


def _figure_words(b, draft) -> str:
    """The words naming what a figure measures: its clause up to it, and its metric."""
    return _clause(b, draft) + " " + draft.metric.replace("_", " ")


def _part_before(b, drafts: list, i: int, whole) -> None:
    """ "The output accounted for P% of the national total of W": the part is the figure the
    previous sentence ends on."""
    share = drafts[i]
    if any(news.same(d, whole) for d in drafts[:i]) or not _ANAPHOR.match(
        b.text[share.sentence.start : share.found.start]
    ):
        return
    previous = [
        d
        for d in b.by_sentence.get(share.sentence.number - 1, [])
        if news.same(d, whole) and d.id not in b.starts and d.id not in b.converted
    ]
    if not previous:
        return
    part = previous[-1]
    b.used_rates.add(share.id)
    b.add(
        "share",
        {"part": part.id, "whole": whole.id, "share": share.id},
        confidence="low",
        note="the part is the figure the sentence before states (its subject is "
        "'the figure', 'the output', 'it')",
    )


def _whole_before(b, drafts: list, i: int) -> None:
    """ "A, up 6.1%, making up P% of the total": the part is the amount before the share (a
    growth rate between is skipped), the whole the total stated before it."""
    share, k = drafts[i], i - 1
    while k >= 0 and drafts[k].kind == "percent" and any(b.cues(drafts[k])[1:]):
        k -= 1
    if k < 0 or drafts[k].kind in ("percent", "pp", "multiple") or i == 0:
        return
    part = drafts[k]
    gap = b.gap(drafts[i - 1], share)
    if part.id in b.converted or not (_TO_SHARE.match(gap) or news.OR_SHARE.match(gap)):
        return
    if k != i - 1 and not _RATE_CUE.search(b.gap(part, drafts[k + 1])):
        return
    earlier = [
        d
        for d in drafts[:k]
        if news.same(d, part) and d.id not in b.starts and d.id not in b.converted
    ]
    if earlier:
        whole, note = earlier[-1], "'the total' is read as the figure stated before the part"
    elif _OF_WHICH.search(b.text[share.sentence.start : part.found.start]):
        return  # "of which" names a total in this sentence; none is stated
    else:
        whole, note = _total_before(b, part)
    if (
        whole is None
        or whole.found.value is None
        or part.found.value is None
        or whole.found.value <= part.found.value
    ):
        return
    _add_share(b, part, whole, share, note)


def _total_before(b, part):
    """The total a part of "the total" belongs to, stated in an earlier sentence: the
    article's first figure of its kind (its headline). GDP is a whole of its own ("of GDP"),
    never "the total"; the words naming each figure are too loose a guide to pick another."""
    first = getattr(b, "_headline_by_dimension", None)
    if first is None:
        first = {}
        for d in b.audited:
            if (
                d.kind in ("money", "number", "measure")
                and d.id not in b.converted
                and d.id not in b.starts
                and d.found.value is not None
                and not gdp.is_gdp(d)
            ):
                first.setdefault((d.kind, d.found.currency, d.found.unit, d.found.per), d)
        b._headline_by_dimension = first
    whole = first.get((part.kind, part.found.currency, part.found.unit, part.found.per))
    if whole is None or whole.sentence.number >= part.sentence.number:
        return None, None
    return whole, f"'the total' is read as the article's first figure of its kind ({whole.value})"


def rest_sums(b, drafts: list) -> None:
    """ "Fare revenue reached £9.7bn, with £3.2bn from London and the remaining £5.1bn from
    the rest of the network": the parts, the last one "the remaining", are all of the total."""
    if len(drafts) < 3:
        return
    for j, last in enumerate(drafts):
        if last.kind in ("percent", "pp"):
            continue
        before = b.before(last, 40)
        lower = before.lower()  # the end-anchored search only where its words are
        if not ("rest" in lower or "remain" in lower or "other" in lower) or not news.REST.search(
            before
        ):
            continue
        same = [
            d
            for d in drafts[:j]
            if news.same(d, last) and d.id not in b.converted and d.id not in b.starts
        ]
        if len(same) < 2:
            continue
        total, parts = same[0], [*same[1:], last]
        if not _BREAKDOWN.match(b.gap(total, parts[0])):
            continue
        b.add(
            "sum",
            {"total": total.id, "parts": [p.id for p in parts]},
            confidence="medium",
            note="'the remaining' read as the rest of the total: the parts are all of it",
        )


# Words a metric may or may not carry without naming another thing: "the scale of the
# digital economy" is "the digital economy".
_GENERIC = frozenset(
    (
        "the",
        "and",
        "for",
        "with",
        "its",
        "their",
        "scale",
        "size",
        "value",
        "volume",
        "total",
        "amount",
        "figure",
        "level",
        "overall",
        "added",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "central",
        "province",
        "city",
        "region",
        "country",
        "county",
        "state",
        "nation",
        "municipality",
        "town",
        "district",
    )
)
_WORD = re.compile(r"(?<![\w’'])[a-z][a-z\-]{2,}(?![\w’'])")


def _subject_words(metric: str) -> frozenset[str]:
    """The lower-case words of a metric (names and possessives left out)."""
    return frozenset(w for w in _WORD.findall(metric) if w not in _GENERIC)


# "up 30% on pre-pandemic levels", "up 4% from 2019": a base other than the year before.
_OTHER_BASE = re.compile(
    r"^\s*(?:from|on|over|compared|against|than|since|versus|vs)\b(?!\s+(?:"
    r"a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|last|prior)\s+"
    r"year|the\s+same\s+period|a\s+year\s+ago))",
    re.I,
)


def other_base(after_rate: str) -> bool:
    """Whether the words after a rate name a base other than the year before."""
    return _OTHER_BASE.match(after_rate) is not None


def prior_year_starts(b) -> None:
    """ "reached E in 2022, up R% year on year" ... "In 2021, it stood at S": a growth
    relation without a start takes the figure for the year before, stated elsewhere, when
    exactly one fact of the same kind and subject is for that year."""
    open_growth = [
        r
        for r in b.relations
        if r["kind"] == "growth"
        and "start" not in r["roles"]
        and isinstance(r["roles"].get("rate"), str)
    ]
    if not open_growth:
        return
    by_id: dict[str, Draft] = {}
    by_year: dict[tuple, list] = {}
    for d in b.audited:
        by_id.setdefault(d.id, d)
        if d.repeat_of is None and d.period and d.period.isdigit() and d.id not in b.converted:
            key = (d.kind, d.found.currency, d.found.unit, d.found.per, d.period, d.entity)
            by_year.setdefault(key, []).append(d)
    used = {v for r in b.relations for v in r["roles"].values() if isinstance(v, str)}
    for relation in open_growth:
        end, rate = by_id.get(relation["roles"]["end"]), by_id.get(relation["roles"]["rate"])
        if (
            end is None
            or rate is None
            or not end.period
            or not end.period.isdigit()
            or other_base(b.after(rate, 60))
        ):
            continue
        words = _subject_words(end.metric)
        key = (
            end.kind,
            end.found.currency,
            end.found.unit,
            end.found.per,
            str(int(end.period) - 1),
            end.entity,
        )
        starts = [
            d
            for d in by_year.get(key, [])
            if d.id not in used and _subject_words(d.metric) == words
        ]
        if len(starts) != 1 or not words:
            continue
        relation["roles"] = {"start": starts[0].id, **relation["roles"]}
        relation["confidence"] = "low"
        relation["note"] = "; ".join(
            filter(
                None,
                [
                    relation.get("note"),
                    f"the start is {starts[0].value}, stated for "
                    f"{starts[0].period} in another sentence",
                ],
            )
        )
        used.add(starts[0].id)
