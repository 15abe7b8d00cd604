"""Parts listed with their shares, the whole they are shares of stated in a sentence before.

    "Exports came to $8.40 billion in May. ... The leading buyers were Osland at $1.26
    billion (15.0 percent), Merrow at $840 million (10.0 percent) ..."
                        share: each part of the $8.40 billion
    "The clinic recorded 12,000 cases. Most cases came from the north with 3,000 at 25
    percent, the east with 2,400 at 20 percent ..."
                        share: each part of the 12,000 cases

A sentence whose every figure of one kind is a part given its share ("A (P)", "A, or P",
"A at P"), with no "of ..." naming the whole, states no whole of its own: the whole is a
figure of the same kind in a sentence before, named by the words the list's sentence says
before its first part ("export markets" names the exports, "dengue cases" the cases) and
itself no part, change or start. The nearest sentence with such a figure decides;
where it holds two, the words do not say which and nothing is drafted. Low confidence: the
link rests on a name, not on a word that points back.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import relations_gdp as gdp
from audit.extract import relations_news as news
from audit.extract.relations_margin import CHANGE_AMOUNT, figure_start, lead_start
from audit.lazy_regex import compile_later

REACH = 10  # sentences back where the whole of a listed breakdown may be stated
_AMOUNT_KINDS = ("money", "number", "measure")
# Between a part and its share: "A (P", "A, or P", "A at P", with a hedge word at most.
_PART_TO_SHARE = compile_later(
    r"^\s*(?:\(|,\s*or\s+|\s+at\s+)\s*(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+"
    r"|some\s+)?$",
    re.I,
)
# After the share: the bracket closed, the list going on, or the sentence ending; not "of
# imports" (a whole named, which other steps read) nor "more" (a comparison).
_SHARE_ENDS = compile_later(r"^\s*(?:\)|,|;|\.|$|\s+(?:and|while|whereas|respectively)\b)", re.I)
_SHARE_ENDS_IN_BRACKET = compile_later(r"^\s*\)")
# "A at P" is a share only after "with" ("the north with 3,000 at 25 percent"); "bills worth
# $4.2 billion at 4.1 percent", "3,000 loans at 6.5 percent" give a rate charged.
_AT = compile_later(r"^\s+at\s", re.I)
_WITH_BEFORE = compile_later(r"\bwith\s+$", re.I)
# "Of these, 8,000 cases were in children": a sentence opening on a part of the one before.
_OPENS_ON_A_PART = compile_later(
    r"\W*(?:of|among|out\s+of)\s+(?:these|those|them|this|that|which|the\s+total)\b", re.I
)
# "compared to the 35,000 cases of last year", "up from 4.2 million": the base of a comparison,
# another period's level, is no whole of this period's breakdown.
_A_BASE_BEFORE = compile_later(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|over)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


def listed_shares(b) -> None:
    linked = _linked_parts(b)  # each share's part, with its whole: kept up as shares are added
    for number, drafts in b.by_sentence.items():
        pairs, own = _pairs(b, drafts, linked)
        if not pairs:
            continue
        wholes = _wholes_of_linked(b, drafts, linked)
        if len(wholes) > 1:
            continue
        if own is not None and not wholes:
            whole, note = (
                own,
                f"parts listed with their shares of the sentence's total ({own.value})",
            )
        elif wholes:
            # "Machinery led at A (P of total), then chemicals at B (Q)": the list goes on
            # with the whole its first part's share named
            (whole,) = wholes
            note = (
                f"a list going on: the whole of the share before it in the sentence ({whole.value})"
            )
        else:
            first_part = pairs[0][0]
            head = b.text[first_part.sentence.start : first_part.found.start]
            words = _head_words(head, first_part)
            whole = _whole_before(b, number, pairs, words, linked) if words else None
            if whole is None:
                continue
            named = ", ".join(sorted(words & _whole_words(b, whole)))
            note = (
                f"parts listed with their shares: the whole is the earlier figure named by"
                f" '{named}' ({whole.value})"
            )
        for part, share in pairs:
            b.in_pairs.add(part.id)
            linked[part.id] = whole.id
            b.add_share(part, whole, share, note)


def _linked_parts(b) -> dict[str, str]:
    """Each figure already read as a share's part, with the id of its whole."""
    return {
        r["roles"]["part"]: r["roles"]["whole"]
        for r in b.relations
        if r["kind"] == "share"
        and isinstance(r["roles"].get("part"), str)
        and isinstance(r["roles"].get("whole"), str)
    }


def _wholes_of_linked(b, drafts: list, linked: dict[str, str]) -> list:
    ids = {linked[d.id] for d in drafts if d.id in linked}
    return [b.drafts_by_id[i] for i in sorted(ids) if i in b.drafts_by_id]


def _pairs(b, drafts: list, linked: dict[str, str]) -> tuple[list, Any]:
    """The (part, share) pairs of a sentence whose amounts of one kind are all parts given a
    share, and the sentence's own whole of them where it states one before the list; [] where
    any other amount of that kind is stated."""
    pairs = []
    for part, share in pairwise(drafts):
        if (
            part.kind in _AMOUNT_KINDS
            and part.found.value is not None
            and part.found.per is None
            and part.id not in b.converted
            and part.id not in b.in_pairs
            and not _a_change(b, part)
            and _a_share(b, share)
            and _PART_TO_SHARE.match(b.gap(part, share))
            and (not _AT.match(b.gap(part, share)) or _WITH_BEFORE.search(b.before(part, 12)))
            and _ends(b, part, share)
        ):
            pairs.append((part, share))
    if not pairs:
        return [], None
    parts = {part.id for part, _ in pairs}
    kind = pairs[0][0]
    amounts = [d for d in drafts if d.kind in _AMOUNT_KINDS and d.id not in b.converted]
    others = [d for d in amounts if d.id not in parts and d.id not in linked and news.same(d, kind)]
    if others and not _the_whole_before_the_list(b, others, pairs):
        return [], None
    if not all(news.same(part, kind) for part, _ in pairs):
        return [], None
    if any(d.kind == "percent" and d.id not in b.used_rates for d in _unpaired(drafts, pairs)):
        return [], None  # another share or a rate beside the list: the words may tie them otherwise
    return pairs, (others[0] if others else None)


def _the_whole_before_the_list(b, others: list, pairs: list) -> bool:
    """ "For the period, when 16,300 cases were recorded, the regions with the most cases were
    A with X at P, ...": the sentence's one other figure of the kind, before a list of two or
    more, named again by the list's head, larger than each part and no comparison's base, is
    the whole."""
    if len(others) != 1 or len(pairs) < 2:
        return False  # one part with its share beside another figure: other steps' to read
    (whole,) = others
    first = pairs[0][0]
    head = b.text[whole.found.end : first.found.start]
    return (
        whole.found.end <= first.found.start
        and bool(_head_words(head, first) & _whole_words(b, whole))
        and whole.found.value is not None
        and whole.found.value > max(part.found.value for part, _ in pairs)
        and not _A_BASE_BEFORE.search(b.before(whole, 40))
        and not _a_change(b, whole)
    )


def _unpaired(drafts: list, pairs: list) -> list:
    paired = {d.id for pair in pairs for d in pair}
    return [d for d in drafts if d.id not in paired]


def _a_share(b, draft) -> bool:
    return (
        draft.kind == "percent"
        and draft.found.value is not None
        and draft.found.per is None
        and draft.id not in b.used_rates
        and not draft.found.text.lstrip().startswith(("+", "-", "−"))
        and " in " not in draft.found.text.lower()
        and not any(b.cues(draft))
    )


def _a_change(b, draft) -> bool:
    """ "up 20 million, or 20 percent", "rose $20 million, or 20 percent": a change and its
    rate, not a part and its share."""
    return bool(
        CHANGE_AMOUNT.search(b.text[lead_start(b, draft) : figure_start(draft)])
        or news.CHANGE_BEFORE.search(b.before(draft, 60))
    )


def _given_a_share(b, draft) -> bool:
    """A figure followed by its own share ("A (P", "A, or P"): a part, not a whole."""
    drafts = b.by_sentence.get(draft.sentence.number, [])
    following = [d for d in drafts if d.found.start > draft.found.end][:1]
    return bool(
        following
        and following[0].kind == "percent"
        and _PART_TO_SHARE.match(b.gap(draft, following[0]))
    )


def _ends(b, part, share) -> bool:
    after = b.after(share, 30)
    if "(" in b.gap(part, share):
        return bool(_SHARE_ENDS_IN_BRACKET.match(after))
    return bool(_SHARE_ENDS.match(after))


def _head_words(head: str, part) -> frozenset[str]:
    """What the list's head says is broken down: its content words, and the part's counted
    noun ("9,448 cases"), less the words any list head uses."""
    words = ev.naming_words(head) | ev.words(part.found.counted or "")
    # "the leading buyers were", "its main suppliers": partners of a trade flow name the flow
    words |= {lx.PARTNER_FLOWS[w] for w in words if w in lx.PARTNER_FLOWS}
    return frozenset(w for w in words if w not in lx.LIST_HEAD_FILLERS and w not in lx.WHOLE_WORDS)


def _whole_words(b, draft) -> frozenset[str]:
    clause = ev.clause_before(b.text, draft.sentence.start, draft.found.start)
    return (
        ev.naming_words(clause)
        | ev.naming_words(draft.metric.replace("_", " "))
        | ev.words(draft.found.counted or "")
    )


def _whole_before(b, number: int, pairs: list, words: frozenset[str], linked: dict[str, str]):
    parts = [part for part, _ in pairs]
    largest = max(part.found.value for part in parts)
    kind = parts[0]
    sentence = b.text[kind.sentence.start : kind.sentence.end]
    places = ev.names(sentence)
    for n in range(number - 1, number - REACH - 1, -1):
        found = [
            d
            for d in b.by_sentence.get(n, [])
            if news.same(d, kind)
            and d.found.value is not None
            and d.found.value > largest
            and d.found.per is None
            and d.id not in b.converted
            and d.id not in b.starts
            and d.id not in linked
            and not _given_a_share(b, d)
            and not _OPENS_ON_A_PART.match(b.text, d.sentence.start, d.found.start)
            and not gdp.is_gdp(d)
            and (not d.period or not kind.period or d.period == kind.period)
            and not _a_change(b, d)
            and not news.BALANCE.search(b.before(d, 40))
            and not _A_BASE_BEFORE.search(b.before(d, 40))
            and _whole_words(b, d) & words
            and ev.names(ev.clause_before(b.text, d.sentence.start, d.found.start)) <= places
        ]
        found = ev.latest_of_each(found)
        if found:
            if len(found) != 1 or _a_nearer_level(b, range(n + 1, number), kind, largest):
                return None
            return found[0]
    return None


# "..., which is 54.2 percent of total exports", "(5.5 percent of total)", "$866 million of
# goods, or 16.6 percent": a figure its own sentence gives a share of, a part of the whole
# as the listed ones are.
_ITS_SHARE_AFTER = compile_later(
    r"^(?:\s+[a-z][\w'’-]*){0,3}\s*(?:,?\s*(?:which\s+is|or|representing|accounting\s+for)\s+"
    r"|\(\s*)[\d.]+\s*"
    r"(?:%|percent|per\s*cent)",
    re.I,
)


def _a_nearer_level(b, numbers: range, kind, largest) -> bool:
    """A figure of the kind between the whole and the list, larger than each part and given no
    share of its own ("Shipments to the region, at $2.1 billion, ..."): the list may break it
    down instead, and the words do not say which."""
    return any(
        news.same(d, kind)
        and d.found.value is not None
        and d.found.value > largest
        and d.id not in b.converted
        and d.id not in b.starts
        and not _a_change(b, d)
        and not _ITS_SHARE_AFTER.match(b.after(d, 60))
        and not _A_BASE_BEFORE.search(b.before(d, 40))
        for n in numbers
        for d in b.by_sentence.get(n, [])
    )
