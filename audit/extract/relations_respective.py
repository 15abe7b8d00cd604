"""Growths told as parallel lists in one sentence, each rate with its own pair of levels.

    "Arrivals fell 0.1 percent in February and 2.5 percent in March, to 197,517 and 188,076,
     compared with 197,697 and 192,841 a year earlier."
                        growth: one for each place in the lists, rate i from start i to end i

The lists must be of one length, the levels of one kind, each list joined by commas and "and";
the rates' verb says whether they are rises or falls. Medium confidence: the words say the
order, "respectively" or not.

    "Ruritania exported 512,300t of rice and earned US$41.2m, compared to 480,100t at US$42.9m
     in April."         growth: one from each earlier level to the level of its kind before

A quantity and its value, then "compared to" (with, against, versus) and the two of an
earlier period in the same order, joined by "at", "worth" or "for": two pairs, each with no
rate of its own; a rate the sentence after says is "in terms of quantity" or "of value" takes
its pair (rates_in_terms).
"""

from __future__ import annotations

import re

from audit.extract import phrasing
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.lazy_regex import compile_later

# Between members of a list: "A and B", "A, B and C", "0.1 percent in February and 2.5 percent
# in March" (a period after each member).
_NEXT_MEMBER = compile_later(
    r"^(?:\s+in\s+[A-Za-z]+(?:\s+(?:19|20)\d\d)?)?\s*(?:,|,?\s+and)\s+$", re.I
)
# From the last rate to the first end: "..., to", "in March this year, to".
_TO_ENDS = compile_later(r"^(?:\s+[\w'’-]+){0,4}?\s*,?\s+to\s+$", re.I)
# From the last end to the first start: "respectively, from", ", compared with", "against".
_FROM_STARTS = compile_later(
    r"^\s*,?\s*(?:respectively\s*,?\s*)?(?:(?:up|down)\s+)?(?:from|compared(?:\s+(?:with|to))?"
    r"|against|versus|as\s+against)\s+(?:about\s+|some\s+)?$",
    re.I,
)


def respective_growths(b, drafts: list) -> None:
    n = len(drafts)
    i = 0
    while i < n:
        rates = _members(b, drafts, i, lambda d: d.kind == "percent")
        if len(rates) < 2:
            i += 1
            continue
        last = i + len(rates)
        ends = _members(b, drafts, last, lambda d: d.kind in ("money", "measure", "number"))[
            : len(rates)
        ]
        starts = (
            _members(b, drafts, last + len(ends), _of_a_kind(ends[0]))[: len(rates)] if ends else []
        )
        if (
            len(ends) == len(starts) == len(rates)
            and _TO_ENDS.match(b.gap(rates[-1], ends[0]))
            and _FROM_STARTS.match(b.gap(ends[-1], starts[0]))
            and all(news.same(e, ends[0]) for e in ends)
        ):
            _add(b, rates, ends, starts)
            i = last + 2 * len(rates)
            continue
        i += 1


def _of_a_kind(like):
    return lambda d: news.same(d, like)


def _members(b, drafts: list, first: int, fits) -> list:
    """The list that starts at drafts[first]: the figures that fit, one after another, joined
    as a list joins its members."""
    out: list = []
    for k in range(first, len(drafts)):
        d = drafts[k]
        if not fits(d) or d.id in b.converted:
            break
        if out and not _NEXT_MEMBER.match(b.gap(out[-1], d)):
            break
        out.append(d)
    return out


def _add(b, rates: list, ends: list, starts: list) -> None:
    rising, falling = b.cues(rates[0])[1:]
    if rising == falling:
        return  # no verb of change, or both: what the rates are the words do not say
    if any(d.id in b.used_rates for d in rates) or any(
        d.id in b.in_pairs for d in (*ends, *starts)
    ):
        return
    signed = [r.id if rising else phrasing.negated(r) for r in rates]
    if None in signed:
        return
    for rate, end, start in zip(signed, ends, starts, strict=True):
        b.add(
            "growth",
            {"start": start.id, "end": end.id, "rate": rate},
            confidence="medium",
            note="parallel lists of rates, ends and starts, read in order",
        )
    b.used_rates.update(r.id for r in rates)
    b.in_pairs.update(d.id for d in (*ends, *starts))
    b.starts.update(d.id for d in starts)


# "..., compared to", "against", "as against", "versus", "compared to last year's figure of",
# after the value's own words ("worth B of the crop was sold on day 20, compared to"): what
# opens the earlier pair.
_COMPARED = compile_later(
    r"^[^,;.()]{0,60}?,?\s*(?:compared\s+(?:to|with)|as\s+against|against|versus)\s+"
    rf"(?:{news.POSSESSIVE})?(?:(?:figures?|levels?|totals?|data)\s+of\s+)?(?:about\s+|some\s+)?$",
    re.I,
)
# Within a pair: "at", "worth", "for", "valued at", after the quantity's own words.
_AT_ITS_VALUE = compile_later(
    r"^(?:\s+[\w\-]+){0,3}?\s*,?\s+(?:at|worth|for|valued\s+at|and)\s+(?:about\s+|some\s+)?$",
    re.I,
)
_WITHIN_A_PAIR = compile_later(r";|\b(?:while|whereas|but)\b", re.I)
_PAIRED_NOTE = "a quantity and its value set against the two of an earlier period, in order"


def paired_levels(b, drafts: list) -> None:
    levels = [
        d
        for d in drafts
        if d.kind in _LEVELS
        and d.id not in b.converted
        and not (d.kind == "number" and _LABEL_BEFORE.search(b.before(d, 12)))
    ]
    for k in range(len(levels) - 3):
        a1, a2, b1, b2 = levels[k : k + 4]
        if news.same(a1, a2) or not (news.same(a1, b1) and news.same(a2, b2)):
            continue
        if {d.id for d in (a1, a2, b1, b2)} & b.in_pairs:
            continue
        if _WITHIN_A_PAIR.search(b.gap(a1, a2)) or not _COMPARED.match(b.gap(a2, b1)):
            continue
        if not _AT_ITS_VALUE.match(b.gap(b1, b2)):
            continue
        # only the pair's own figures: a rate of the sentence says which it is of elsewhere
        b.change([b1, a1], b1, a1, "medium", _PAIRED_NOTE)
        b.change([b2, a2], b2, a2, "medium", _PAIRED_NOTE)
        return


_LEVELS = ("money", "measure", "number")
# "on day 34", "in week 12": a number that labels a time, not a level.
_LABEL_BEFORE = compile_later(r"\b(?:day|week|round|phase|stage)\s+$", re.I)


# "an increase of 6.71 per cent in terms of quantity", "in value terms", "by volume".
_IN_TERMS_OF = compile_later(
    r"^\s*(?:in\s+terms\s+of\s+(?:(?P<quantity>quantity|volume|tonnage)|(?P<value>value))"
    r"|in\s+(?:(?P<quantity2>quantity|volume)|(?P<value2>value))\s+terms"
    r"|by\s+(?:(?P<quantity3>quantity|volume)|(?P<value3>value)))\b",
    re.I,
)


def rates_in_terms(b) -> None:
    """ "... compared to 480,100t at US$42.9m. That was an increase of 6.71 per cent in terms
    of quantity but a fall of 3.96 per cent in terms of value": each rate is the change of the
    pair the sentence before sets side by side, of quantities or of money as its words say."""
    by_id = {d.id: d for d in b.audited}
    paired: dict[int, list[dict]] = {}  # the pairs still without a rate, by their sentence
    for r in b.relations:
        if r["kind"] == "growth" and "rate" not in r["roles"] and _PAIRED_NOTE in r.get("note", ""):
            paired.setdefault(by_id[r["roles"]["end"]].sentence.number, []).append(r)
    for number, drafts in b.by_sentence.items():
        pairs = paired.get(number - 1)
        rates = [d for d in drafts if d.kind == "percent" and d.id not in b.used_rates]
        if not pairs or not rates or any(d.kind in _LEVELS for d in drafts):
            continue  # a level beside the rates is theirs
        for rate in rates:
            terms = _IN_TERMS_OF.match(b.after(rate, 40))
            if terms is None:
                continue
            money = any(terms[g] for g in ("value", "value2", "value3"))
            fitting = [r for r in pairs if (by_id[r["roles"]["end"]].kind == "money") == money]
            if len(fitting) != 1:
                continue
            relation = fitting[0]
            relation["roles"]["rate"] = b.signed(rate)
            relation["note"] = relation["note"].replace(ev.NO_RATE_STATED, "").strip("; ") + (
                f"; the rate of {'its value' if money else 'its quantity'} is stated in the "
                "sentence after"
            )
            b.used_rates.add(rate.id)
            pairs.remove(relation)
