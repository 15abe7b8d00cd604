"""Lists of names a count announces: `named_list(text, end, stop) -> NamedList | None`.

"five cities, namely Lyon, Porto, Graz and Turin" counts five and names four. Right after the
count come the words of what it counts ("cities", "state-owned banks"), a cue, and names:
capitalised words ("Inner Mongolia", "Bank of Alba", "the Netherlands"), separated by commas
and closed by "and" or "or". After "namely", "i.e." or "that is" the names are all of those
counted, and only a list closed by "and" is read (an open list may go on in words the reader
cannot tell from names); after "including", "among them" or "such as" they are some of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.extract import lexicon as lx
from audit.lazy_regex import compile_later

_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UPPER}][\w'’\-]*"
# Small words inside a name: "Bank of Alba", "Rio de Janeiro".
_JOINER = r"(?:of|de|del|da|do|du|la|le|von|van|upon|on\s+the|of\s+the)"
_NAME = compile_later(
    rf"(?:the\s+)?(?:{lx.alternation(lx.NAMES_WITH_AND)}(?![\w])"
    rf"|{_WORD}(?:\s+(?:{_JOINER}\s+)?{_WORD})*)"
)
_ALL = lx.alternation(lx.LIST_ALL_CUES, "i")
_SOME = lx.alternation(lx.LIST_SOME_CUES, "i")
# Words of what is counted: no figure and none of the small words that would make it a
# phrase about something else ("people in three cities").
_COUNTED_WORD = (
    r"(?!(?:in|of|at|for|from|to|by|on|with|than|per|the|an?|were|was|are|is|namely|that"
    r"|including|among|such)\b)[A-Za-z][\w'’\-]*"
)
_HEAD = compile_later(
    rf"(?P<counted>(?:\s+{_COUNTED_WORD}){{1,3}})"
    rf"(?:\s*[,(]\s*(?P<all>{_ALL})(?![\w])\s*,?\s*|\s*[,(]?\s*(?P<some>{_SOME})(?![\w])\s*,?\s*)"
)
_NEXT = compile_later(r"\s*,\s*")
_LAST = compile_later(r"(?:\s*,)?\s+(?:and|or)\s+")
# What may follow the last name: punctuation, the end, or a word in lower case (a verb); not a
# comma and another name ("Austin, Texas"), which makes each item a place and its region, nor
# "and" and another name ("North and South America"), which makes the last name half of one.
_AFTER_LAST = compile_later(
    rf"\s*(?:[.;:)!?]|$)|\s*,(?!\s*[{_UPPER}])|\s+(?!(?:and|or)\s+[{_UPPER}])[a-z]"
)


@dataclass(frozen=True)
class NamedList:
    counted: str  # the words of what is counted ("cities")
    names: tuple[str, ...]
    every: bool  # the names are all of those counted ("namely"), else some ("including")
    cue: str


def named_list(text: str, end: int, stop: int) -> NamedList | None:
    """The list announced by the count ending at `end`, read no further than `stop`."""
    head = _HEAD.match(text, end, stop)
    if head is None:
        return None
    names, closed, at = _names(text, head.end(), stop)
    every = head["all"] is not None
    if len(names) < 2 or (every and not closed):
        return None
    if every and not _AFTER_LAST.match(text, at, stop):
        return None
    cue = " ".join((head["all"] or head["some"]).lower().split())
    return NamedList(" ".join(head["counted"].split()), tuple(names), every, cue)


def _names(text: str, at: int, stop: int) -> tuple[list[str], bool, int]:
    """The names from `at`, whether a closing "and" ended them, and where the last ends."""
    names: list[str] = []
    name = _NAME.match(text, at, stop)
    while name is not None:
        names.append(name.group())
        at = name.end()
        last = _LAST.match(text, at, stop)
        if last is not None:
            final = _NAME.match(text, last.end(), stop)
            if final is None:
                return names, False, at  # "A, B and others": the list goes on in words
            names.append(final.group())
            return names, True, final.end()
        comma = _NEXT.match(text, at, stop)
        name = _NAME.match(text, comma.end(), stop) if comma else None
    return names, False, at
