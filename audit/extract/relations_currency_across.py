"""The same amount in two currencies, stated in two sentences.

    "Profit reached 12.4 billion yuan. That is about $1.7 billion."
                                  conversion: the anaphor says the dollar figure restates the
                                  amount the sentence before ends on
    "Exports rose to 1.2 trillion yuan. In US dollar terms, exports came to $170 billion."
                                  conversion: the currency named by "in dollar terms" is the
                                  figure's own, and its clause names what the earlier one does

The earlier amount is in another currency, in the sentence before (or, for "in dollar terms",
one of the two before it, naming the same thing). The links come from these cues only; whether
the two amounts convert at the day's rate is what the conversion rule then checks.
"""

from __future__ import annotations

import re

from audit import vocabulary as vocab
from audit.extract import relations_evidence as ev
from audit.lazy_regex import compile_later

BACK = 2  # sentences before "in dollar terms" where the amount may be
# The whole clause before the converted figure: "That is about", "This was equivalent to".
_ANAPHOR = compile_later(
    r"\W*(?:that|this|it|which)\s+(?:is|was|['’]s|equals|equalled|equaled|amounts\s+to|"
    r"amounted\s+to|works\s+out\s+(?:at|to)|worked\s+out\s+(?:at|to))\s+(?:equivalent\s+to\s+|"
    r"equal\s+to\s+|the\s+equivalent\s+of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|"
    r"nearly\s+|almost\s+|approximately\s+|just\s+(?:over|under)\s+|more\s+than\s+)?$",
    re.I,
)
_TERMS = compile_later(
    r"\bin\s+(?P<word>(?:(?:U\.?\s?S\.?|US|American|Hong\s+Kong|Canadian|Australian)\s+)?"
    r"[a-z]+)\s+terms\b",
    re.I,
)


def conversions(b) -> None:
    candidates = []
    for number, drafts in b.all_by_sentence.items():
        for converted in drafts:
            if converted.kind != "money" or not converted.found.currency:
                continue
            if converted.id in b.converted:
                continue
            found = _amount_for(b, converted, number)
            if found is None:
                continue
            amount, cues = found
            candidates.append(
                ev.Candidate(
                    "conversion",
                    {"amount": amount.id, "converted": converted.id},
                    score=len(cues),
                    cues=cues,
                    what="the amount restated in another currency in a later sentence",
                )
            )
    for chosen in ev.choose(b, candidates):
        b.converted.add(chosen.roles["converted"])


def _amount_for(b, converted, number: int):
    sentence = converted.sentence
    clause = b.text[sentence.start : converted.found.start]
    if _ANAPHOR.fullmatch(clause):
        before = _other_currency(b, converted, number - 1)
        if before:
            return before[-1], ["an anaphor states the amount again", "the sentence before"]
        return None
    terms = _TERMS.search(b.text, sentence.start, converted.found.start)
    if terms is None:
        return None
    named = " ".join(terms.group("word").lower().split())
    if vocab.CURRENCY_WORDS.get(named) != converted.found.currency:
        return None
    said = ev.naming_words(ev.clause_before(b.text, sentence.start, converted.found.start))
    for back in range(1, BACK + 1):
        for amount in reversed(_other_currency(b, converted, number - back)):
            words = ev.naming_words(
                ev.clause_before(b.text, amount.sentence.start, amount.found.start)
            )
            if said & words:
                return amount, [
                    f"'in {named} terms' names its currency",
                    "the same words",
                ]
    return None


def _other_currency(b, converted, number: int) -> list:
    return [
        d
        for d in b.all_by_sentence.get(number, [])
        if d.kind == "money"
        and d.found.currency
        and d.found.currency != converted.found.currency
        and d.id not in b.converted
        and d.found.per == converted.found.per
    ]
