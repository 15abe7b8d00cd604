"""Text lowered the way a case-blind regular expression compares it, for plain-text tests that
rule a slow pattern out before it runs ("no 'same' in the sentence: no 'the same month'").

re.IGNORECASE also matches four non-ASCII letters as ASCII ones (İ and ı as i, ſ as s, the
Kelvin sign as k); str.lower maps the Kelvin sign to k but not the others, so they are mapped
first: `word in folded(text)` is false only where such a pattern cannot match the word.
"""

from __future__ import annotations

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
