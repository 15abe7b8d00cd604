"""Text lowered the way a case-blind regular expression compares it, for plain-text tests that
rule a slow pattern out before it runs ("no 'same' in the sentence: no 'the same month'").

re.IGNORECASE also matches four non-ASCII letters as ASCII ones (İ and ı as i, ſ as s, the
Kelvin sign as k); str.lower maps the Kelvin sign to k but not the others, so they are mapped
first: `word in folded(text)` is false only where such a pattern cannot match the word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_AS_ASCII = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def folded(text: str) -> str:
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_AS_ASCII)
    return text.lower()


_ALSO = {"i": "İı", "k": "\u212a", "s": "ſ"}


def case_blind(letters: str) -> str:
    """The characters re.IGNORECASE matches to these lower-case ASCII letters, for a set a
    case-sensitive pattern opens with ("[" + case_blind("ft") + "]")."""
    return "".join(f"{c}{c.upper()}{_ALSO.get(c, '')}" for c in letters)


def word_test(letters: str, body: str) -> str:
    """A pattern that finds where the case-blind `body` matches at the start of a word, its
    first letter one of `letters`; its matches end one character in, so it answers whether and
    where `body` matches, not how far. Its look-ahead sits in a look-behind over the first
    letter: opening with a set, it lets re skip the positions outside the set in a tight loop,
    where a pattern that opens with a look-ahead is a full match attempt at every position."""
    first = f"[{case_blind(letters)}]"
    return rf"{first}(?<=\b(?=(?i:{body})){first})"


def finditer_at(starts: re.Pattern, pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern that matches no empty string, tried only where
    `starts` (a word_test, say) finds it may start."""
    at = starts.search(text)
    while at is not None:
        found = pattern.match(text, at.start())
        if found is None:
            at = starts.search(text, at.start() + 1)
            continue
        yield found
        at = starts.search(text, found.end())
