"""The terms of a ratio that are the shares of a whole add up to 100 percent: "farming,
industry and services split output in a ratio of 5.1 : 38.7 : 56.2".

The terms are read as shares when the finder made them percentages (three or more terms under a
hundred written with decimals, readings._ratios), when the sentence says they are ("a
structure of 7 : 39 : 54", "shares of 61 : 39"), or, as a guess at low confidence, when three
or more whole numbers are written so ("a split of 12 : 35 : 53"). "a ratio of 3:1" is a ratio,
not a split of a hundred: terms that are all single whole digits are never read as shares. The
total is written as an exact 100, so only the rounding of the terms is allowed.
"""

from __future__ import annotations

from typing import Any

from audit.extract import lexicon as lx
from audit.extract.drafts import Draft
from audit.lazy_regex import compile_later

_GAP = compile_later(r"\s?:\s?")
_CUE = compile_later(rf"\b{lx.alternation(lx.SHARE_RATIO_CUES, 'i')}\b")
_PERCENT_AFTER = compile_later(rf"\s*{lx.alternation(lx.PERCENT_WORDS, 'i')}(?![a-z])")
_CUE_REACH = 80  # characters before the first term where the words saying "shares" may be


def ratio_shares(builder: Any, drafts: list[Draft]) -> None:
    """A sum to exactly 100 for each run of ratio terms read as shares, in one sentence."""
    text = builder.text
    run: list[Draft] = []
    for draft in [*drafts, None]:
        if (
            draft is not None
            and run
            and draft.kind == run[-1].kind
            and _GAP.fullmatch(text, run[-1].found.end, draft.found.start) is not None
        ):
            run.append(draft)
            continue
        if len(run) >= 2:
            _link(builder, run)
        run = [draft] if draft is not None and draft.kind in ("percent", "ratio") else []


def _link(builder: Any, run: list[Draft]) -> None:
    if any(d.id in builder.used_rates or d.id in builder.in_pairs for d in run):
        return
    if not all(_term(d) for d in run):
        return
    stated = run[0].kind == "percent"  # the finder read them as shares from their form
    said = stated or _said_to_be_shares(builder.text, run)
    if not said and len(run) < 3:
        return  # "a ratio of 58.2 : 41.8" may compare two quantities, not split one
    if all(d.found.number.isdigit() and len(d.found.number) == 1 for d in run):
        return  # "3 : 2 : 1": a ratio of small whole numbers, not shares of a hundred
    for draft in run:
        (builder.used_rates if stated else builder.in_pairs).add(draft.id)
    builder.add(
        "sum",
        {
            "total": {"value": "exactly 100%" if stated else "exactly 100"},
            "parts": [d.id for d in run],
        },
        confidence="medium" if said else "low",
        note="the terms of a ratio read as percentage shares of one whole"
        + ("" if said else " (three or more terms, nothing says they are shares)"),
    )


def _term(draft: Draft) -> bool:
    found = draft.found
    return (
        found.value is not None
        and 0 <= found.value < 100
        and not found.scale
        and not found.is_range
        and found.qualifier is None
    )


def _said_to_be_shares(text: str, run: list[Draft]) -> bool:
    first, last = run[0], run[-1]
    start = max(first.sentence.start, first.found.start - _CUE_REACH)
    return (
        _CUE.search(text, start, first.found.start) is not None
        or _PERCENT_AFTER.match(text, last.found.end) is not None
    )
