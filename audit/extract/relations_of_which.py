"""A total in a list of statistics and the "of which" lines under it:

    "- Passengers in total: 13.8 million, +1.8%;
     - of which Domestic: 10.3 million, +2.1%;
     - of which International: 3.5 million, +1.0%;"   sum: 13.8 million = 10.3 + 3.5 million

Each line after the total that opens with "of which" gives one part: the first level of the
total's kind and unit in it. Two lines named as the halves of a split (domestic and
international, urban and rural) are the whole of the total; other lines need not be, so they
are checked to add up to at most the total.
"""

from __future__ import annotations

import re

from audit.extract import lexicon as lx
from audit.extract import relations_news as news
from audit.lazy_regex import compile_later

_OF_WHICH = compile_later(r"^[\s\-–—•*·]*of\s+which\b", re.I)
# A line of a list: a bullet opens it, or a label and a colon come before its figure; a
# sentence of prose that opens "Of which, ..." may give rates of change, not levels.
_LIST_LINE = compile_later(r"\s*[\-–—•*·]|[^:.;]{0,60}:\s*$")
_LABEL = compile_later(r"of\s+which\s*:?\s*([a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)", re.I)
_HALVES = frozenset(frozenset(pair) for pair in lx.COMPLEMENT_PAIRS)


def of_which_lines(b) -> None:
    numbers = sorted(b.by_sentence)
    k = 0
    while k < len(numbers):
        total = _level(b, numbers[k])
        if total is None or _OF_WHICH.match(_sentence(b, total)):
            k += 1
            continue
        parts: list = []
        for number in numbers[k + 1 :]:
            if number != numbers[k] + len(parts) + 1:
                break  # the lines of a list follow one another
            part = _level(b, number)
            if part is None or not _OF_WHICH.match(_sentence(b, part)) or not _a_line(b, part):
                break
            if not news.same(part, total):
                break
            parts.append(part)
        if parts:
            _add(b, total, parts)
        k += len(parts) + 1


def _a_line(b, draft) -> bool:
    """Read with match at the sentence's start: a bullet there, or a colon before the figure."""
    return _LIST_LINE.match(b.text, draft.sentence.start, draft.found.start) is not None


def _sentence(b, draft) -> str:
    return b.text[draft.sentence.start : draft.sentence.end]


def _level(b, number: int):
    """The first level of the sentence: an amount or a count, stated as a fact."""
    for d in b.by_sentence.get(number, []):
        if d.kind != "percent" and d.status == "fact" and d.id not in b.converted:
            return d if d.kind in ("money", "measure", "number") else None
    return None


def _add(b, total, parts: list) -> None:
    labels = [_LABEL.match(_sentence(b, p).lstrip(" \t-–—•*·")) for p in parts]
    named = frozenset(m.group(1).lower() for m in labels if m is not None)
    whole = len(parts) == 2 and named in _HALVES
    b.in_pairs.update(d.id for d in (total, *parts))
    b.add(
        "sum" if whole else "partial_sum",
        {"total": total.id, "parts": [p.id for p in parts]},
        confidence="medium",
        note="the 'of which' lines under a total"
        + (": the two halves of a split make all of it" if whole else ", at most all of it"),
    )
