"""A series written period by period: each item's growth starts at the item before it.

    "Ticket sales were 84.0 million in 2021, a 12.0% increase; in 2022, they were 73.5
    million, a 12.5% decrease; in 2023, they were 80.1 million, a 9.0% increase."
                        growth {start 84.0 million, end 73.5 million, rate -12.5%} and
                        growth {start 73.5 million, end 80.1 million, rate 9.0%}

A growth drafted with its end and rate only (the phrasings read "a 12.5% decrease" after its
level) takes as its start the item before it in the series, when the words make the two one
series: the later item names its own year (just before it, or right after it) and
that year is the one after the earlier item's (months are not read: a monthly rate is as often
on the year before as on the month before); it is said of the same thing (an anaphor,
"they were", "it was", or the same metric words); it is in the same unit; and no other amount
of that unit lies between them. Its rate must be on the year before: a rate "from
2019" or "over two years" is not. Which figures are linked never depends on their values.
In one sentence the link is medium (the anaphor ties it); across sentences, low.
"""

from __future__ import annotations

import re

from audit.claims.kinds import KINDS
from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract.drafts import Draft
from audit.lazy_regex import compile_later

_YEAR = compile_later(r"^((?:19|20)\d\d)$")
# Another base than the period before, written after the rate: "from 2019", "over two years".
_OTHER_BASE = compile_later(
    r"^[^;.]*?\b(?:(?:19|20)\d\d|years|decade|since|cumulative|in\s+total)\b", re.I
)
_CLAUSE_END = compile_later(r"[;.]|,\s+(?:and|while|but|whereas)\b")


def series_starts(b) -> None:
    drafts = {d.id: d for ds in b.by_sentence.values() for d in ds}
    for relation in b.relations:
        roles = relation["roles"]
        if relation["kind"] != "growth" or "start" in roles or not isinstance(roles["end"], str):
            continue
        end, rate = drafts.get(roles["end"]), drafts.get(_claim(roles.get("rate")))
        if end is None or rate is None or not _on_the_period_before(b, rate):
            continue
        prior = _item_before(b, end)
        if prior is None:
            continue
        same = prior.sentence.number == end.sentence.number
        relation["roles"] = {"start": prior.id, **roles}
        relation["confidence"] = "medium" if same and relation.get("confidence") != "low" else "low"
        relation["note"] = "; ".join(
            filter(
                None,
                [
                    relation.get("note"),
                    f"a series: the start is the item before it, {prior.period}",
                ],
            )
        )
        b.starts.add(prior.id)


def _claim(rate) -> str | None:
    """The claim a rate role names: its id, or the claim of a value written from it."""
    if isinstance(rate, dict):
        return rate.get("claim")
    return rate


def _on_the_period_before(b, rate: Draft) -> bool:
    """The rate's words name no base of their own after it ("from 2019", "over two years")."""
    after = b.text[rate.found.end : rate.sentence.end]
    cut = _CLAUSE_END.search(after)
    return not _OTHER_BASE.match(after[: cut.start()] if cut else after)


def _item_before(b, end: Draft) -> Draft | None:
    """The series item before `end`: the nearest amount of its unit before it, in its
    sentence or the one before (same paragraph), if the words make it the period before."""
    before = _previous_period(end.period)
    if before is None or not _names_its_period(b, end):
        return None
    candidates = [
        d for d in b.by_sentence.get(end.sentence.number, []) if d.found.end <= _start(end)
    ]
    earlier = b.by_sentence.get(end.sentence.number - 1, [])
    if earlier and earlier[0].sentence.paragraph == end.sentence.paragraph:
        candidates = earlier + candidates
    for d in reversed(candidates):
        if not _same_unit(d, end):
            continue
        if d.period != before or d.id in b.converted or not _same_thing(d, end):
            return None  # the nearest amount of its unit is no earlier item of this series
        return d
    return None


def _previous_period(period: str | None) -> str | None:
    """The year before a year. A month's series is not read: a monthly figure's rate is as
    often on the same month a year earlier as on the month before, and the words rarely say."""
    year = _YEAR.match(period or "")
    return str(int(year.group(1)) - 1) if year else None


def _names_its_period(b, end: Draft) -> bool:
    """The item's own clause names its year ("in 2022, they were 73.5 million"; "73.5 million
    in 2022"), so its period is its words', not one carried over from the sentence before."""
    year = (end.period or "")[:4]
    head = ev.clause_before(b.text, end.sentence.start, _start(end))
    # The clause before may be only "in 2022," (a boundary after the comma): look back a little.
    lead = b.text[max(end.sentence.start, _start(end) - 40) : _start(end)]
    lead = lead[max(lead.rfind(";"), lead.rfind(".")) + 1 :]
    tail = b.text[end.found.end : min(end.sentence.end, end.found.end + 12)]
    return year in head or year in lead or year in tail


def _same_unit(a: Draft, b: Draft) -> bool:
    fa, fb = a.found, b.found
    return (
        a.kind == b.kind
        and a.kind in ("money", "measure", "number")
        and not fa.per
        and not fb.per
        and fa.unit == fb.unit
        and fa.currency == fb.currency
        and (fa.counted or "").lower() == (fb.counted or "").lower()
    )


def _same_thing(prior: Draft, end: Draft) -> bool:
    """The later item is said of the same thing: by an anaphor, or the same metric words,
    and of no other entity."""
    if prior.entity and end.entity and prior.entity != end.entity:
        return False
    metric = end.metric.strip().lower()
    if metric in lx.SERIES_ANAPHORS:
        return True
    words = ev.words(end.metric)
    return bool(words) and words == ev.words(prior.metric)


def _start(d: Draft) -> int:
    return d.found.start if d.found.qualifier_start is None else d.found.qualifier_start


# "over the same period", or "meanwhile" among a sentence's first words: the span of the
# sentence before.
_SPAN_NOUNS = "|".join(n.replace(" ", r"\s+") for n in lx.SAME_SPAN_NOUNS)
_SAME_SPAN = compile_later(
    rf"\b(?:{'|'.join(lx.SAME_SPAN_PREPOSITIONS)})\s+the\s+same\s+(?:{_SPAN_NOUNS})\b"
    rf"|^\W*(?:[\w'’]+,?\s+){{0,4}}?(?:{'|'.join(lx.MEANWHILE_WORDS)})\b",
    re.I,
)


def carried_spans(b) -> None:
    """A relation over years with no span of its own (a compound rate, an average yearly
    change) takes the one span the sentence right before states, when its sentence says it
    runs over the same span ("over the same period"; "Their value, meanwhile, grew from A to
    B at a CAGR of R"). A guess: medium confidence at best, and said in the note."""
    drafts = {d.id: d for ds in b.by_sentence.values() for d in ds}
    spans: dict[int, set[str]] = {}
    lacking = []
    for relation in b.relations:
        if relation["kind"] not in _SPANNED:
            continue
        figures = [drafts[i] for i in _ids(relation["roles"]) if i in drafts]
        if not figures:
            continue
        numbers = {d.sentence.number for d in figures}
        period = relation.get("period") or ""
        if "/" in period:
            spans.setdefault(max(numbers), set()).add(period)
        elif len(numbers) == 1:
            lacking.append((relation, figures))
    for relation, figures in lacking:
        span = _same_span(b, figures[0].sentence, spans)
        own = relation.get("period")
        if span is None or (own and ev.last_year(own) != ev.last_year(span)):
            continue
        relation["period"] = span
        if relation.get("confidence") in (None, "high"):
            relation["confidence"] = "medium"
        note = "the span of the sentence before, which this one says it shares"
        relation["note"] = f"{relation['note']}; {note}" if relation.get("note") else note


_SPANNED = frozenset(name for name, kind in KINDS.items() if "years" in kind.role_names)


def _ids(roles: dict) -> list[str]:
    return [
        v
        for value in roles.values()
        for v in (value if isinstance(value, list) else [value])
        if isinstance(v, str)
    ]


def _same_span(b, sentence, spans: dict[int, set[str]]) -> str | None:
    """The one span of the sentence right before, if this sentence says it shares it."""
    before = spans.get(sentence.number - 1)
    if not before or len(before) != 1:
        return None
    if not _SAME_SPAN.search(b.text[sentence.start : sentence.end]):
        return None
    return next(iter(before))
