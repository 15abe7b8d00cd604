"""Shares said to be combined: a share of a whole and the shares of its parts, in one sentence.

    "The two markets took a combined 26 per cent of visitors, with 1.27 million (14pc) and
     1.09 million (12pc) arrivals respectively."          sum: 26 = 14 + 12
    "Offshore wind supplied 17.3% and onshore wind 11.4%, together 28.7%."
                                                          sum: 28.7 = 17.3 + 11.4
    "These two built 98.4% of the dwellings (respectively 64.6% and 33.8%)."
                                                          sum: 98.4 = 64.6 + 33.8

The total's own words say it is the parts' together ("combined", "together", "jointly",
"between them"), or a bracket right after it gives the parts "respectively"; the parts are the
other percentages of the sentence on one side of it. No percentage may be a rate of change:
rates do not add up.
"""

from __future__ import annotations

import re

from audit.lazy_regex import compile_later

# "a combined 26 per cent", "together 28.7%", "together took a combined", "between them".
_COMBINED_BEFORE = compile_later(
    r"\b(?:combined|together|jointly|between\s+them)\b(?:\s+[a-z]+){0,3}?\s*(?:an?\s+)?"
    r"(?:combined\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)
# "98.4% of the dwellings (respectively 64.6% and 33.8%)": the split right after the total.
_RESPECTIVELY_BRACKET = compile_later(r"^[^(),.;]{0,60}\(\s*respectively\s*$", re.I)


def combined_shares(b, drafts: list) -> None:
    shares = [d for d in drafts if d.kind == "percent" and not d.found.is_range]
    if len(shares) < 3:
        return
    if any(any(b.cues(d)[1:]) or d.id in b.used_rates for d in shares):
        return  # a rate of change among them: rates do not add up
    for k, total in enumerate(shares):
        before, after = (
            _same_clause(b, shares[:k][::-1], total)[::-1],
            _same_clause(b, shares[k + 1 :], total),
        )
        combined = _COMBINED_BEFORE.search(b.before(total, 40)) is not None
        if combined and len(after) >= 2 and not before:
            parts = after
        elif combined and len(before) >= 2 and not after:
            parts = before
        elif len(after) >= 2 and _RESPECTIVELY_BRACKET.match(b.gap(total, after[0])):
            parts = after
        else:
            continue
        b.used_rates.add(total.id)  # the parts may still be shares of their wholes
        b.add(
            "sum",
            {"total": total.id, "parts": [d.id for d in parts]},
            confidence="medium",
            note="a share said to be the parts' together, and the parts' own shares",
        )
        return


# "..., while Western Europe supplied 20 per cent": another subject's share.
_ANOTHER_CLAUSE = compile_later(r";|\b(?:while|whereas|but)\b", re.I)


def _same_clause(b, shares: list, total) -> list:
    """The shares going out from the total, up to the first that another clause holds."""
    out, last = [], total
    for d in shares:
        gap = b.gap(last, d) if d.found.start > last.found.start else b.gap(d, last)
        if _ANOTHER_CLAUSE.search(gap):
            break
        out.append(d)
        last = d
    return out
