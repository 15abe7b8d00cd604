"""A surplus or deficit and the two flows it is the gap between, stated in other sentences.

    "The trade surplus came to S in May. Exports rose 4% to E, while imports fell to I."
    "The deficit widened 9% to D. Spending rose to O. Revenue grew to R."
    "Exports reached E and imports I. The surplus therefore came to S."
    "Revenue was R in 2022. Spending for the year was O. The deficit for the year was D."
    "Revenue came to R and spending to O. That left a gap of G."
                                  sum: money in is money out plus the surplus (E = I + S)

The balance is a money figure named a surplus or deficit by the words before it. Its flows are
money figures of the same currency, each named by the flow word nearest before it in its own
sentence ("exports", "imports", "revenue", "spending"), found in the balance's sentence after
it, or in the sentences after it up to the next balance: the first sentence with both flows,
or two sentences in a row with one each; or one in its sentence and the other alone in the
next ("a surplus of S as exports grew to E. Imports rose to I."). A flow's daily average ("with a
daily average of A") is not the flow. The sentences before are read only when the
balance says it follows from them ("therefore", "as a result", "exports minus imports", "That left",
"Hence", "the deficit for the year", "the resulting surplus"): the sentence before with both
flows, or the two before with one each. A gap, which does not say which side is larger, takes
the larger flow as the total, and only flows of its sentence or before it. Flows of another
period than the balance's are never its sides: where both sentences name periods, one naming a
period the other does not (a surplus of the first eight months, then August's exports) or
another length (a week's balance, a month's flows), or a figure of another period. Each flow is the
last of its kind in its sentence and never the start of a change ("rose from A to E"), nor
the figure another is compared with ("more than the E0 exports of May 2022"). A link
across sentences is a guess from the words (confidence low); one inside the sentence, medium,
as is one the balance says follows from the sentences before when both name its period.

    "the $3.2 billion trade surplus for May was attributable to exports of E and imports of I"
    "the deficit narrowed from D0 to D as exports rose to E and imports to I"
                                  sum: a balance named after its figure, or the end of a
                                  move (D, not its start D0), with the flows of its clause

A balance is the gap of the flows only where its words make it that balance
(relations_news.balance_fits_flows): a current-account, primary or services deficit is not
exports minus imports, a budget deficit not the gap of trade. And a balance another is
compared with ("against the year-before deficit of D0", "the best since May, when the surplus
was S0", "last year's deficit") is of another period: it takes no flows, and its sentence does
not stop the reading of the flows of the balance before it.

    "The jobless rate was 4.4% in May. In June it rose 1.2 percentage points to 5.6%."
                                  pp_change: 4.4% to 5.6% is a change of 1.2 points

    "Exports fell 20% to E in November. ... Exports and imports were valued at E0 and I0,
    respectively, in November 2014."
                                  growth: E0 to E is a fall of 20%

A growth of a flow with no start takes the level of the same flow a year before, where a
sentence shares out a pair of flow words ("exports and imports") over two figures of that
period "respectively", and no other such figure of that flow and period is stated. The same
pair names the sides of a balance ("the deficit fell to D from D0": D0 is the balance of the
year before, whose flows are those of an earlier period than D's).

A change in points with the rate it led to ("rose N points to E") and no start of its own takes
as its start the nearest earlier rate, in its sentence or the two before, when the words tie
them: an anaphor ("it", "the rate") or the same naming words. Only the nearest rate is tried.

    "The list has grown by 300,000 in two years. ... Some 3.2 million are on it, up from 2.9
    million in 2013."             sum: the later level is the earlier one plus the change

A change in absolute terms stated alone in its sentence ("has grown by C", no level it led to)
is the change of the nearest from-to pair of the same kind in the sentences after it, when its
clause and the pair's end share naming words. A rise makes the end the total, a fall the start.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from audit import vocabulary as vocab
from audit.extract import lexicon as lx
from audit.extract import phrasing
from audit.extract import relations_cross as cross
from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.lazy_regex import compile_later

AHEAD = 3  # sentences after the balance, of those with money figures, where its flows may be
LATER = 8  # sentences after a lone change where the levels it is the change of may be
BACK = 2  # sentences before a change in points where its start rate may be
REACH = 6  # sentences after the balance looked at, with money figures or not
_Q = r"(?:about|around|roughly|approximately|nearly|almost|some|just)\s+"
# "the surplus with the region, which grew for a fourth year, expanded 19.5% to S": the verb may
# come some words after the balance's name, with its rate between.
_BALANCE_RATE_TO = compile_later(
    r"\b(?P<kind>surplus|deficit)\b(?:\s+[\w’'\-,.]+){0,8}?\s+(?:widened|narrowed|expanded|"
    r"shrank|swelled|rose|fell|grew|increased|decreased|jumped|dropped|declined|contracted)"
    r"(?:\s+by)?\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s+to\s+(?:a\s+[\w\-]+\s+)?"
    rf"(?:{_Q})?$",
    re.I,
)
# "net grain exports of N", "net imports stood at N": the gap of the two flows, named by the
# side that is larger (not "net export growth", "net exporters", "net exports rose 5% to").
_NET_FLOW = compile_later(
    r"\bnet\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<flow>exports|imports)\s+(?:of|at|was|were|"
    rf"stood\s+at|totall?ed|came\s+(?:in\s+)?(?:at|to)|reached|amounted\s+to)\s+(?:{_Q})?$",
    re.I,
)
# "the deficit narrowed from D0 to D", "the surplus rose from S0 in May to S in June": D0 is
# the start, D the balance it moved to.
_MOVES = (
    r"(?:widened|narrowed|expanded|shrank|shrunk|swelled|rose|fell|grew|increased|decreased|"
    r"jumped|dropped|declined|contracted|improved|worsened|eased|swung)"
)
_MOVED_FROM = compile_later(
    rf"\b(?P<kind>surplus|deficit)\b(?:\s+[\w’'\-]+){{0,3}}?\s+{_MOVES}\s+from\s+(?:{_Q})?$",
    re.I,
)
_THEN_TO = compile_later(r"^(?:\s+(?:in|for|at|during)\s+[\w\s’'\-]{1,30}?)?,?\s+to\s+", re.I)
_TO_END = compile_later(
    rf"^(?:\s+(?:in|for|at|during)\s+[\w\s’'\-]{{1,30}}?)?,?\s+to\s+(?:{_Q})?$", re.I
)
# "the surplus that resulted", "the deficit which followed": the balance of the flows just
# given.
_RESULTED = r"(?:that|which)\s+(?:resulted|followed|ensued)\b"
# "a $2 billion cut in the deficit", "narrowed by $2 billion": a change of a balance.
_A_CHANGE_OF = compile_later(
    r"\b(?:by|of|cut|reduction|rise|increase|fall|drop)\s+(?:an?\s+)?$",
    re.I,
)
# "the surplus (exports minus imports) therefore came to S", "the deficit thus reached D",
# "the surplus that resulted was S".
_BALANCE_IS = compile_later(
    r"\b(?P<kind>surplus|deficit)\s+(?:\([^)]{0,60}\)\s*)?"
    rf"(?:{_RESULTED}\s+)?(?:for\s+the\s+"
    r"(?:year|period|quarter|half|month|week)\s+|(?:for|in)\s+(?:the\s+)?(?:[A-Z][a-z]+|"
    r"first|second|third|fourth|last)(?:\s+(?:\d{4}|quarter|half))?\s+)?"
    r"(?:(?:therefore|thus|also|then|\w+ly)\s+){0,2}"
    r"(?:of|at|was|stood\s+at|totall?ed|came\s+(?:in\s+)?(?:at|to)|reached|amounted\s+to|hit|"
    r"(?:widened|narrowed|expanded|shrank|rose|fell|grew|reduced|reduces|increased|increases|"
    r"decreased|decreases|widens|narrows|shrinks|rises|falls|grows|improved|declined|dropped)"
    r"\s+(?:\w+ly\s+)?to)\s+"
    rf"(?:{_Q})?$",
    re.I,
)
# The balance said to follow from the figures just given: a word of consequence, a sentence
# opened by what those figures left ("That left a gap of G", "Hence, the deficit was D"), or
# the balance "for the year" just described.
_FOLLOWS = compile_later(
    r"\b(?:therefore|thus|consequently|as\s+a\s+result|(?:exports?|revenues?)\s+(?:minus|less)"
    r"\s+(?:imports?|spending|outlays|expenditures?))\b"
    r"|^\W*(?:hence|(?:that|this)\s+(?:left|leaves|leaving|put|puts|meant|means|makes|made"
    r"|gives|gave))\b"
    r"|\b(?:surplus|deficit|gap)\s+for\s+the\s+(?:year|period|quarter|half|month|week)\b"
    r"|\bresulting\s+(?:trade\s+|budget\s+|fiscal\s+)?(?:surplus|deficit|gap)\b"
    rf"|\b(?:surplus|deficit|gap)\s+{_RESULTED}"
    # "Imports came to I, resulting in a trade surplus of S", with exports just before
    r"|\b(?:resulting\s+in|leading\s+to|giving|producing|creating)\s+an?\s+"
    r"(?:[\w\-]+\s+){0,2}(?:surplus|deficit|gap)\b",
    re.I,
)
# "That left a gap of G", "a fiscal gap of G": a gap between the flows that does not say which
# is larger; the larger flow is the total.
_GAP_IS = compile_later(
    r"\b(?:trade|budget|fiscal|financing|funding)?\s*(?P<kind>gap)\s+(?:of|at|was|stood\s+at|"
    rf"came\s+to|totall?ed|reached|amounted\s+to)\s+(?:{_Q})?$",
    re.I,
)
# The length of a run of months ("January-March" is a quarter): with the lengths a text names
# (relations_evidence.period_lengths), a week's balance is not made of a month's flows.
_LENGTHS = {1: "month", 3: "quarter", 6: "half", 12: "year"}
_POINTS_MOVE = compile_later(
    r"\b(?:rose|risen|increased|climbed|jumped|gained|grew|grown|edged\s+up|was\s+up|"
    r"(?P<fall>fell|fallen|dropped|declined|decreased|slipped|eased|edged\s+down|was\s+down))"
    r"\s+(?:by\s+)?$",
    re.I,
)
_TO = compile_later(r"^\s*,?\s*to\s+$", re.I)
_FROM = compile_later(r"\s*,?\s+from\s+", re.I)
_RATE_ANAPHOR = compile_later(
    r"\b(?:it|(?:the|that|this)\s+(?:rate|share|ratio|proportion|figure)(?!\s+of\b))\b", re.I
)
_CHANGE_BY = compile_later(
    r"(?=[irgcjwdfslbt])\b(?:(?:increased|rose|risen|grown|grew|climbed|jumped|gone\s+up|went\s+up)|"
    r"(?P<fall>decreased|fell|fallen|dropped|declined|shrunk|shrank|gone\s+down|went\s+down)"
    # "cut spending by C", "raised the levy by C": the verb's object between
    r"|(?:raised|lifted|boosted)(?:\s+[\w'’-]+){1,3}?"
    r"|(?P<cut>cut|reduced|lowered|trimmed|slashed)(?:\s+[\w'’-]+){1,3}?)"
    r"\s+by\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)
_NOT_LONE = compile_later(r"^\s*,?\s*(?:to|or|\(|from)\b", re.I)
_FOREIGN_SALES = compile_later(r"\b(?:foreign|overseas|external)\s+sales\b", re.I)


def balance_kind(b, draft) -> str | None:
    """ "surplus" or "deficit" when the words before a money figure name it one; "net exports
    of N" names a surplus of any amount (tons of grain as well as money), "net imports" a
    deficit."""
    if draft.kind not in ("money", "measure"):
        return None
    before = b.before(draft, 120)
    net = _NET_FLOW.search(before[-60:])
    if net:
        return "surplus" if net["flow"].lower().startswith("export") else "deficit"
    if draft.kind != "money":
        return None  # a measure is a balance only when named a net flow
    cue = (
        news.BALANCE.search(before[-40:])
        or _BALANCE_IS.search(before[-80:])
        or _MOVED_FROM.search(before[-60:])
        or _moved_to(b, draft)
        or _BALANCE_RATE_TO.search(before)
        or _GAP_IS.search(before[-40:])
    )
    if cue:
        return cue["kind"].lower()
    named = news.BALANCE_NAMED_AFTER.match(b.after(draft, 40))
    if named and not _A_CHANGE_OF.search(before[-30:]):
        return named["kind"].lower()
    earlier = _balance_changed_from(b, draft)
    return balance_kind(b, earlier) if earlier is not None else None


def _moved_to(b, draft) -> re.Match | None:
    """The cue naming the balance a figure is the end of ("the deficit narrowed from D0 in
    April to D"), read at the start D0 just before it, or None."""
    previous = [
        d
        for d in b.all_by_sentence.get(draft.sentence.number, [])
        if d.found.end <= draft.found.start
    ]
    if not previous or not _TO_END.match(b.text[previous[-1].found.end : draft.found.start]):
        return None
    return _MOVED_FROM.search(b.before(previous[-1], 60))


def _start_of_a_change(b, draft) -> bool:
    """The balance is the start of a move to another in its sentence ("the deficit narrowed
    from D0 in April to D in May"): D's, not D0's, are the flows of the sentence."""
    return _MOVED_FROM.search(b.before(draft, 60)) is not None and bool(
        _THEN_TO.match(b.after(draft, 40))
    )


def _balance_changed_from(b, draft):
    """The balance whose earlier level the figure is ("the deficit fell to D from D0": D0 is
    the deficit before), or None."""
    if not b.before(draft, 12).rstrip().lower().endswith("from"):
        return None
    previous = [
        d
        for d in b.all_by_sentence.get(draft.sentence.number, [])
        if d.found.end <= draft.found.start
    ]
    if not previous or not _FROM.fullmatch(b.text[previous[-1].found.end : draft.found.start]):
        return None
    return previous[-1]


def _periods(b, number: int) -> tuple[frozenset[str], frozenset[str]]:
    """The periods sentence `number` names (periods_in_text's keys) and their lengths ("week",
    "month", "quarter", "half", "year", or a count of months), named or read from the keys."""
    drafts = b.by_sentence.get(number)
    if not drafts:
        return frozenset(), frozenset()
    sentence = drafts[0].sentence
    said = _periods_in(b.text[sentence.start : sentence.end])
    before = None if any(said) else ev.sentence_before(b, sentence)
    return said if before is None else _periods_in(before)


def _periods_in(text: str) -> tuple[frozenset[str], frozenset[str]]:
    # "from a year earlier", "the same month last year": the base of a change, not a period.
    keys = ev.periods(_without_reporting_dates(text)) - ev.BASE_KEYS
    lengths = set(ev.period_lengths(text))
    months = [k.split("-") for k in keys if "-" in k and k.replace("-", "").isdigit()]
    for first, last in months:
        count = (int(last) - int(first)) % 12 + 1
        lengths.add(_LENGTHS.get(count, f"{count} months"))
    if months:
        lengths.discard("year")  # "the first half of the year" is a half
    elif any(k.isdigit() for k in keys):
        lengths.add("year")
    return keys, frozenset(lengths)


# "VELMORA, Jan. 2 --", "the ministry said on Monday": the day the figures were reported, not
# a period they are of.
_DATELINE = compile_later(r"^\W*[A-Z][A-Z\s.'-]*,[^\n]{0,40}?\s--\s")  # a city in capitals
_REPORTED_ON = compile_later(
    rf"\b(?:said|announced|reported|stated|showed|revealed)\s+(?:on\s+)?(?:{'|'.join(lx.WEEKDAYS)})\b",
    re.I,
)


def _without_reporting_dates(text: str) -> str:
    return _REPORTED_ON.sub(" ", _DATELINE.sub(" ", text, count=1))


def _of_one_period(narrow: tuple, wide: tuple) -> bool:
    """Whether figures of a sentence naming `narrow` may be of the period of one naming
    `wide`: where both name periods, every period it names is named there, and where both
    name lengths, they share one. A sentence naming none is of the article's period."""
    (keys, lengths), (wide_keys, wide_lengths) = narrow, wide
    if keys and wide_keys and not keys <= wide_keys:
        return False
    return not lengths or not wide_lengths or bool(lengths & wide_lengths)


# "creating a fiscal deficit of D1 and D2 in both halves respectively": two balances shared
# out over the two periods the flows before them are given for, in order.
_BALANCES_OF = compile_later(
    rf"\b(?P<kind>surplus|deficit)(?:es|s)?\s+(?:of|at|were|was|stood\s+at|totall?ed|"
    rf"came\s+to)\s+(?:{_Q})?$",
    re.I,
)
_THEN_RESPECTIVELY = compile_later(r"[^.;]{0,60}?\brespectively\b", re.I)


def respective_balances(b) -> None:
    """ "Revenue was A1 in H1 and A2 in H2. Spending was O1 in H1 and O2 in H2, creating a
    deficit of D1 and D2 respectively": each balance with the flows of its place in the order
    (O1 = A1 + D1, O2 = A2 + D2). Each flow is given by two figures, neither more nor less, in
    the balances' sentence or, one of them, in the sentence before."""
    for number, drafts in b.by_sentence.items():
        for k, (first, second) in enumerate(pairwise(drafts)):
            kind = _respective_pair(b, first, second)
            if kind is None:
                continue
            sides = _two_each(b, first, drafts[:k], b.by_sentence.get(number - 1, []))
            if sides is None:
                continue
            found, where = sides
            if not all(
                news.balance_fits_flows(b, balance, [found["export"][i], found["import"][i]])
                for i, balance in enumerate((first, second))
            ):
                continue
            for i, balance in enumerate((first, second)):
                total, other = _larger_side(kind, found["export"][i], found["import"][i])
                b.used_rates.add(balance.id)
                b.add(
                    "sum",
                    {"total": total.id, "parts": [other.id, balance.id]},
                    confidence="medium" if where == "its sentence" else "low",
                    note=f"a {kind} is the gap between money in and money out; two {kind}s "
                    f"stated 'respectively', each with the flows of its place in the order "
                    f"named in {where}",
                )


def _respective_pair(b, first, second) -> str | None:
    """The kind of two balances written "a deficit of D1 and D2 ... respectively", or None."""
    if first.kind != "money" or not news.same(first, second):
        return None
    if first.id in b.used_rates or second.id in b.used_rates:
        return None
    if not _AND.fullmatch(b.text[first.found.end : second.found.start]):
        return None
    if not _THEN_RESPECTIVELY.match(b.text, second.found.end, second.sentence.end):
        return None
    cue = _BALANCES_OF.search(b.before(first, 40))
    return cue["kind"].lower() if cue else None


def _two_each(b, balance, before: list, previous: list) -> tuple[dict, str] | None:
    """Two figures of each flow, in order, from the balances' sentence before them, or one
    flow from there and the other from the whole sentence before; None unless each side
    has exactly two."""
    own = _sides_in(b, balance, before)
    if len(own.get("export", [])) == 2 and len(own.get("import", [])) == 2:
        return own, "its sentence"
    if len(own) != 1 or len(next(iter(own.values()))) != 2:
        return None
    earlier = _sides_in(b, balance, previous)
    if len(earlier) != 1 or len(next(iter(earlier.values()))) != 2 or earlier.keys() == own.keys():
        return None
    if not _of_the_same_periods(*own.values(), *earlier.values()):
        return None  # revenue of two years, spending of two halves: not one order
    return own | earlier, "its sentence and the one before"


def _of_the_same_periods(one: list, two: list) -> bool:
    """Whether two pairs of flows may be of the same two periods: they share one, where the
    periods of both are read ("in the first half ... and in the second half" may leave both
    figures read as of the second)."""
    first, second = {d.period for d in one}, {d.period for d in two}
    return None in first or None in second or bool(first & second)


def _sides_in(b, balance, drafts: list) -> dict[str, list]:
    """The money figures of `drafts` by the flow word nearest before each in its sentence;
    a figure no flow word names makes the reading void (empty)."""
    out: dict[str, list] = {}
    for d in drafts:
        if not news.same(d, balance) or d.id in b.converted or d.id in b.used_rates:
            continue
        side = _flow_side(b, d)
        if side is None or balance_kind(b, d):
            return {}
        out.setdefault(side, []).append(d)
    return out


def balances(b) -> None:
    # A balance a phrasing has already summed with its two flows is left alone.
    summed = {
        p
        for r in b.relations
        if r["kind"] == "sum"
        for p in r["roles"]["parts"]
        if isinstance(p, str)
    }
    sides: dict[str, dict] = {}  # balance id -> its flows
    for number, drafts in b.by_sentence.items():
        for k, balance in enumerate(drafts):
            if balance.id in b.used_rates or balance.id in b.converted or balance.id in summed:
                continue
            kind = balance_kind(b, balance)
            if kind is None:
                continue
            if news.balance_of_another_period(b, balance) or _start_of_a_change(b, balance):
                continue  # last year's deficit, or the start of "narrowed from D0 to D"
            found = _flows(b, balance, drafts[k + 1 :], number, kind) or _ledger_flows(
                b, balance, kind
            )
            if found is None:
                continue
            flows, where = found
            if not news.balance_fits_flows(b, balance, list(flows.values())):
                continue  # a current-account deficit is not exports minus imports
            if where != "its sentence" and _flows_of_a_partner(b, balance, flows.values()):
                continue  # "exported to the euro area E": the trade with one partner only
            earlier = _balance_changed_from(b, balance)
            if earlier is not None and not _of_an_earlier_period(flows, sides.get(earlier.id)):
                continue
            sides[balance.id] = flows
            total, other = _larger_side(kind, flows["export"], flows["import"])
            b.used_rates.add(balance.id)
            sure = where == "its sentence" or (
                where == _BEFORE and _one_named_period(b, balance, flows)
            )
            if where == _LEDGER and not _one_named_period(b, balance, flows):
                continue  # far apart, the flows must name the balance's period in words
            b.add(
                "sum",
                {"total": total.id, "parts": [other.id, balance.id]},
                confidence="medium" if sure else "low",
                note=f"a {kind} is the gap between money in and money out; the flows are "
                f"named in {where}",
            )
            _changes_of_the_sides(b, total, other, balance)


# A level's change beside it: "E, up C" or "E in May, down by C" after it; "rose C to E" before
# it.
_CHANGE_AFTER_LEVEL = compile_later(
    r"^(?:\s+[\w'’-]+){0,3}?\s*,\s*(?:(?P<up>up|higher)|(?P<down>down|lower))\s+(?:by\s+)?"
    r"(?:about\s+|some\s+)?$",
    re.I,
)
_CHANGED_BEFORE_LEVEL = compile_later(
    rf"\b(?:(?P<up>{'|'.join(lx.PART_RISE_VERBS)}|widened|widening)|(?P<down>"
    rf"{'|'.join(lx.PART_FALL_VERBS)}|narrowed|narrowing))\s+(?:by\s+)?(?:about\s+|some\s+)?$",
    re.I,
)
_TO_THE_LEVEL = compile_later(r"^\s+to\s+$", re.I)
# What a change is measured from, in the words after it: "from August", "on the month".
_ON_A_MONTH = compile_later(rf"^[^,.;]{{0,30}}?\b(?:month|{'|'.join(lx.MONTHS)})\b", re.I)
_ON_A_YEAR = compile_later(r"^[^,.;]{0,30}?\b(?:year|(?:19|20)\d\d)\b", re.I)


def _changes_of_the_sides(b, total, other, balance) -> None:
    """ "The deficit narrowed to D, down C1. Exports were X, up C2, while imports fell C3 to
    M": a balance is the gap between its sides, and so its change is the gap between theirs,
    C3 = C2 + C1 with their signs. Each change stands beside its level, all three of the
    balance's kind, and none is measured from another kind of period than the others."""
    changes = [c for c in (_change_beside(b, level) for level in (total, other, balance)) if c]
    if len(changes) < 3:
        return
    if len({base for _, _, base in changes if base}) > 1:
        return  # "down C1 from a year earlier" against "up C2 on the month"
    ids = [change.id if up else phrasing.negated(change) for change, up, _ in changes]
    if None in ids:
        return
    b.add(
        "sum",
        {"total": ids[0], "parts": ids[1:]},
        confidence="low",
        note="a balance is the gap between its sides: so is its change between theirs",
    )


def _change_beside(b, level) -> tuple[Any, bool, str] | None:
    """(the change, whether a rise, what it is measured from) stated beside a level in its
    sentence: right after it ("X, up C") or right before it ("fell C to X"); else None."""
    drafts = b.by_sentence.get(level.sentence.number, [])
    k = next((n for n, d in enumerate(drafts) if d is level), None)
    if k is None:
        return None
    after = drafts[k + 1] if k + 1 < len(drafts) else None
    if after is not None and news.same(after, level):
        said = _CHANGE_AFTER_LEVEL.match(b.gap(level, after))
        if said is not None:
            return after, bool(said["up"]), _base(b, after)
    before = drafts[k - 1] if k > 0 else None
    if (
        before is not None
        and news.same(before, level)
        and _TO_THE_LEVEL.match(b.gap(before, level))
    ):
        said = _CHANGED_BEFORE_LEVEL.search(b.before(before, 30))
        if said is not None:
            return before, bool(said["up"]), _base(b, level)
    return None


def _base(b, change) -> str:
    after = b.after(change, 40)
    if _ON_A_YEAR.match(after):
        return "year"
    return "month" if _ON_A_MONTH.match(after) else ""


_BEFORE = "the sentences before, which it follows from"
_LEDGER = "the article's only whole flows of its period"


def _ledger_flows(b, balance, kind: str) -> tuple[dict, str] | None:
    """The flows of a trade balance stated far from it, as releases lay out a month's trade
    (the balance in the lead, exports and imports each in a paragraph of their own): the one
    whole exports figure and the one whole imports figure the article gives for the
    balance's period, when there is exactly one of each."""
    if kind == "gap" or balance.period is None:
        return None
    sides: dict[str, list] = {"export": [], "import": []}
    for drafts in b.by_sentence.values():
        if any(balance_kind(b, d) for d in drafts):
            continue  # a balance's sentence holds its own flows
        for d in drafts:
            if d.period != balance.period or not news.same(d, balance):
                continue
            named = _named(b, balance, [d], whole=True)
            if len(named) == 1 and _TRADE_FLOW.search(_flow_word_before(b, d)):
                (side,) = named
                sides[side].append(d)
    if len(sides["export"]) != 1 or len(sides["import"]) != 1:
        return None  # none, or more than one: the words do not say which
    return {side: found[0] for side, found in sides.items()}, _LEDGER


_SHARE_OF_TOTAL_AFTER = compile_later(
    r"^\s*(?:,\s*or\s+|\(\s*)(?:about\s+|around\s+|nearly\s+|some\s+)?[\d.]+\s*(?:%|percent"
    r"|per\s*cent|pc)\s+of\s+(?:the\s+|its\s+|all\s+)?total\b",
    re.I,
)


def _flow_word_before(b, draft) -> str:
    return ev.clause_before(b.text, draft.sentence.start, draft.found.start)


# "To the euro area countries, Germany exported", "exports to Norland": a flow with a partner.
_TO_PARTNER = compile_later(r"\b(?i:to|from|with)\s+(?i:the\s+)?((?:[A-Z][a-z][a-z\-]*\s*)+)")


def _flows_of_a_partner(b, balance, flows) -> bool:
    """A flow named in another sentence is trade with a partner the balance's sentence does
    not name: the balance is of another trade."""
    said = b.text[balance.sentence.start : balance.sentence.end]
    for flow in flows:
        clause = ev.clause_before(b.text, flow.sentence.start, flow.found.start)
        for partner in _TO_PARTNER.findall(clause):
            if not any(word in said for word in partner.split()):
                return True
    return False


def _one_named_period(b, balance, flows: dict) -> bool:
    """ "Exports in May were E. Imports stood at I. As a result, the bloc posted an S surplus in
    May": the balance says it follows from the flows and names the period they are of (their
    sentences name it, or go on from one that does), so the link is no mere guess."""
    said = _periods_in(b.text[balance.sentence.start : balance.sentence.end])[0]
    return bool(said) and all(
        _same_period_named(_periods(b, d.sentence.number)[0], said) for d in flows.values()
    )


def _same_period_named(keys: frozenset[str], said: frozenset[str]) -> bool:
    """The same period in words: the same keys, or the same month, quarter or half with its
    year left out ("January imports" after "in January 2025")."""
    if keys == said:
        return True
    months = {k for k in said if not k.isdigit()}
    return bool(months) and keys == months


def _of_an_earlier_period(flows: dict, later: dict | None) -> bool:
    """Whether the flows of a balance's earlier level ("fell to D from D0") are of another
    period than those of its later level: each names its period and none is the later's.
    Without the later level's flows, nothing tells the two periods' flows apart."""
    if later is None:
        return False
    periods = {d.period for d in flows.values()}
    return None not in periods and not periods & {d.period for d in later.values()}


def _larger_side(kind: str, money_in, money_out) -> tuple:
    """(total, other part): money in is the larger side of a surplus, money out of a deficit;
    a gap, which does not say, is the difference from the larger flow."""
    if kind == "gap":
        surplus = (money_in.found.value or 0) >= (money_out.found.value or 0)
    else:
        surplus = kind == "surplus"
    return (money_in, money_out) if surplus else (money_out, money_in)


def _flows(b, balance, after: list, number: int, kind: str) -> tuple[dict, str] | None:
    """The two flows and where they were found, or None. A gap is of many things ("the pay
    gap"): its flows are only those of its sentence or those it says it follows from."""
    own = _of_the_balances_clause(b, balance, _named(b, balance, after))
    if len(own) == 2:
        return own, "its sentence"
    periods = _periods(b, number)
    if own:
        # One flow after the balance in its sentence: the other only as the whole of the next
        # sentence's ("a surplus of S as exports grew to E. Imports rose to I."), and neither
        # narrowed to a part ("exports of cars").
        whole = _of_the_balances_clause(b, balance, _named(b, balance, after, whole=True))
        return _other_flow_next(b, balance, whole, number, periods, kind) if whole == own else None
    clause = b.text[balance.sentence.start : balance.found.start]
    # The flows just given are those of the balance's latest level, not of its earlier one
    # ("As a result, the deficit fell to D from D0": D0 is of a year before).
    follows = _FOLLOWS.search(clause) and _balance_changed_from(b, balance) is None
    if follows:
        # The balance follows from the flows: it is of their period, which may say more. Its
        # own sentence may hold one of them before it ("Imports came to I, resulting in a
        # surplus of S"), the other in the sentence before.
        behind = _named_around(b, balance, range(number - 1, number - REACH - 1, -1), None)
        ahead_of_it = [
            d
            for d in b.by_sentence.get(number, [])
            if d.found.end <= balance.found.start and news.same(d, balance)
        ]
        if ahead_of_it:
            behind = [(_named(b, balance, ahead_of_it, whole=True), periods), *behind]
        # A sentence of another period holds no flows of the balance's, nor joins two that do.
        found = _pair_in([(n if _of_one_period(periods, p) else {}, p) for n, p in behind])
        if found:
            return found, _BEFORE
    if kind != "gap":
        ahead = _named_around(b, balance, range(number + 1, number + REACH + 1), periods)
        found = _pair_in(ahead)
        if found:
            return found, "the next sentences"
        if not follows and _OPENS_ON_BALANCE.match(clause):
            found = _both_just_before(b, balance, number, periods)
            if found:
                return found, "the sentence just before"
    return None


# The balance is what its sentence opens on: "Lumen's surplus widened 8% to S", "The trade
# deficit stood at D" (not "Exports to Norland left a surplus of S").
_OPENS_ON_BALANCE = compile_later(
    r"^\W*(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w\-]*['’]s?)\s+){0,2}(?:(?:trade|merchandise|goods|"
    r"overall|total|[a-z]+)\s+){0,2}(?:surplus|deficit)\b(?!\s+(?:of|with)\b)",
)


def _both_just_before(b, balance, number: int, periods: tuple) -> dict | None:
    """Both flows named in the sentence right before the balance, of the balance's period
    ("Exports came to E, while imports fell to I. The surplus widened to S."): the balance
    goes on from them, a guess with no word of consequence. A sentence opened by an earlier
    period ("A year earlier, ...") holds none."""
    drafts = [d for d in b.by_sentence.get(number - 1, []) if news.same(d, balance)]
    if not drafts:
        return None
    if _EARLIER_OPENING.match(b.text, drafts[0].sentence.start):
        return None
    if not _of_one_period(_periods(b, number - 1), periods):
        return None
    if any(balance_kind(b, d) for d in drafts):
        return None  # a balance of its own there: its flows are its own
    named = _named(b, balance, drafts, whole=True)
    return named if len(named) == 2 else None


def _other_flow_next(b, balance, own: dict, number: int, periods: tuple, kind: str):
    """Both flows, one from the balance's sentence and the other from the next sentence with
    money of its kind, when that sentence names that other flow alone; or None."""
    if kind == "gap":
        return None
    ahead = _named_around(b, balance, range(number + 1, number + REACH + 1), periods)
    if not ahead:
        return None
    named = ahead[0][0]
    if len(named) != 1 or named.keys() == own.keys():
        return None
    return own | named, "its sentence and the next"


def _of_the_balances_clause(b, balance, flows: dict) -> dict:
    """The flows of the balance's own sentence that are of the period its clause names: the
    words from the balance to a flow name no other ("In the week, the surplus was S, with May
    exports of E")."""
    start = balance.sentence.start
    said = _periods_in(b.text[start : balance.found.start])
    return {
        side: d
        for side, d in flows.items()
        if _of_one_period(_periods_in(b.text[balance.found.end : d.found.end]), said)
    }


def _named_around(b, balance, numbers: range, periods: tuple | None) -> list:
    """The flows named in each sentence of `numbers` with money of the balance's kind, as
    (flows, the sentence's periods), up to AHEAD of them, stopping at another balance; when
    `periods` is given, a sentence of another period than the balance's holds none of its
    flows (a surplus of the first eight months, then August's exports)."""
    out: list = []
    for n in numbers:
        drafts = [d for d in b.by_sentence.get(n, []) if news.same(d, balance)]
        if not drafts:
            continue
        if len(out) == AHEAD:
            break
        others = [d for d in drafts if balance_kind(b, d)]
        if others and all(news.balance_of_another_period(b, d) for d in others):
            # "..., when the surplus totalled S0": a balance the first is compared with, whose
            # sentence holds no flows of either.
            out.append(({}, _periods(b, n)))
            continue
        if others:
            break  # the next balance's flows are its own
        said = _periods(b, n)
        if periods is not None and not _of_one_period(said, periods):
            out.append(({}, said))  # no flows of the balance's, nor one of a pair
            continue
        if _EARLIER_OPENING.match(b.text, drafts[0].sentence.start):
            out.append(({}, said))  # "A year earlier, exports were E0": another period's
            continue
        if all(_a_pace(b, d) for d in drafts):
            continue  # "Per-day exports advanced R to A": an aside between the flows
        out.append((_named(b, balance, drafts, whole=True), said))
    return out


_PACE_NAMED = compile_later(r"\b(?:per[\s-]day|per[\s-]working[\s-]day|daily)\b", re.I)


def _a_pace(b, draft) -> bool:
    """A flow's pace, not the flow: "per-day exports reached A", "A per business day"."""
    return bool(
        draft.found.per
        or _PACE_NAMED.search(ev.clause_before(b.text, draft.sentence.start, draft.found.start))
    )


def _pair_in(sentences: list) -> dict | None:
    """Both flows from the first sentence that names both, or from two in a row that name
    one each."""
    for i, (named, _) in enumerate(sentences):
        if len(named) == 2:
            return named
        following = sentences[i + 1][0] if i + 1 < len(sentences) else {}
        if len(named) == 1 and len(following) == 1 and set(named) != set(following):
            return named | following
    return None


# A flow narrowed to one of its parts: "spending on roads", "revenue from tolls" (not "exports
# to Asia", "imports from the bloc": a trade balance may be with one partner).
_PART_OF_A_FLOW = compile_later(
    r"\s+(?:on|for)\s+(?!the\s+(?:year|period|month|quarter|half|week)\b)", re.I
)
_PART_OF_MONEY_IN = compile_later(r"\s+from\s+", re.I)
_TRADE_FLOW = compile_later(r"(?:ex|im)ports?|exported|imported|shipments", re.I)


def _named(b, balance, drafts: list, whole: bool = False) -> dict:
    """The last figure of each flow among `drafts`, by the flow word nearest before it; with
    `whole`, only flows not narrowed to a part ("spending on roads"), as a balance stated in
    another sentence is of the whole flows."""
    out: dict = {}
    respective = _respective_flows(b, drafts)
    for d in drafts:
        if d is balance or not news.same(d, balance) or d.id in b.converted or d.id in b.starts:
            continue
        if d.id in respective:  # "exports and imports were A and B, respectively"
            if not ev.periods_differ(d, balance):
                out[respective[d.id]] = d
            continue
        if ev.periods_differ(d, balance):
            continue
        if balance_kind(b, d):
            continue  # another balance, not a flow
        if d.found.per or _AVERAGE_BEFORE.search(b.before(d, 40)):
            continue  # "with a daily average of A", "A per business day": a pace, not the flow
        if whole and _SHARE_OF_TOTAL_AFTER.match(b.after(d, 60)):
            continue  # "the top export, earning A, or 53 percent of total exports": a part
        if _CHANGED_BY.search(b.before(d, 30)) or _CHANGE_VERB_BEFORE.search(b.before(d, 30)):
            continue  # "$271 billion in revenues, increased by $9 billion": the change
        if _COMPARED_WITH.search(b.before(d, 30)):
            continue  # "E were 6% more than the E0 exports of a year before": another period's
        lead = b.text[d.sentence.start : d.found.start]
        if lead.count("(") > lead.count(")"):
            continue  # an aside: "(includes $0.8 billion of a levy)" is no flow of its own
        own = _FLOW_AFTER.match(b.after(d, 60))
        if own and _CHANGED.search(own.group()):
            continue  # "$2 billion of higher spending": a change in a flow, not the flow
        if own:  # "$4.1 billion of revenues": the flow is named after the figure
            out["export" if own["export"] else "import"] = d
            continue
        named = [f for f in news.FLOW.finditer(lead) if not _named_before(b, d, f)]
        if named and _PACE.search(lead, 0, named[-1].start()):
            continue  # "Per-day exports advanced 11.2% to A": a pace, not the flow
        if named and _CAUSE.search(lead, named[-1].end()):
            continue  # "imports fell to A, due mainly to a drop in the oil bill at B": a part
        if named and _CHANGED.search(lead[max(0, named[-1].start() - 25) : named[-1].start()]):
            continue  # "higher spending of $2 billion"
        sales = list(_FOREIGN_SALES.finditer(lead))
        if sales and (not named or sales[-1].start() > named[-1].start()):
            out["export"] = d
        elif named:
            if whole and _narrowed(lead, named[-1]):
                continue
            out["export" if named[-1]["export"] else "import"] = d
    return out


_FLOW_PAIR = compile_later(
    news.FLOW.pattern + r"\s+and\s+" + news.FLOW.pattern.replace("?P<", "?P<second_"), re.I
)
_AND = compile_later(r"\s+and\s+", re.I)
_RESPECTIVELY = compile_later(r"\s*,?\s*respectively\b", re.I)


def _respective_flows(b, drafts: list) -> dict[str, str]:
    """The side of each of two figures a pair of flow words shares out in order: "exports and
    imports were valued at A and B, respectively" (A is money in, B money out), as {id: side}."""
    out: dict[str, str] = {}
    for first, second in pairwise(drafts):
        if first.sentence.number != second.sentence.number:
            continue
        if not _AND.fullmatch(b.text[first.found.end : second.found.start]):
            continue
        if not _RESPECTIVELY.match(b.text, second.found.end):
            continue
        pairs = list(_FLOW_PAIR.finditer(b.text, first.sentence.start, first.found.start))
        if not pairs:
            continue
        pair = pairs[-1]
        if _AND.search(b.text, pair.end(), first.found.start):
            continue  # "imports and exports in the first and second quarters were A and B"
        one = "export" if pair["export"] else "import"
        two = "export" if pair["second_export"] else "import"
        if one != two:
            out[first.id], out[second.id] = one, two
    return out


# "$2 billion of higher spending", "$3 billion of revenues": a flow named after its figure.
# "$4.1 billion of tax revenues", "$271 billion in revenues" (not "$3 billion in the quarter
# as exports grew": "in" only right before the flow word)
_OF_WORDS = r"^\s+(?:of\s+(?:(?!and\b|or\b|while\b|but\b)[\w'’-]+\s+){0,4}?|in\s+)"
_FLOW_AFTER = compile_later(_OF_WORDS + news.FLOW.pattern.removeprefix("\\b"), re.I)


def _named_before(b, draft, flow: re.Match) -> bool:
    """The flow word names the figure before it ("$2 billion of higher spending"), not this one."""
    start = draft.sentence.start
    previous = [
        d
        for d in b.all_by_sentence.get(draft.sentence.number, [])
        if d.found.end <= start + flow.start()
    ]
    if not previous:
        return False
    between = b.text[previous[-1].found.end : start + flow.start()]
    return _OF_BEFORE_FLOW.match(between) is not None


# What explains a flow's move names a part of it, not the flow: "due mainly to", "driven by".
_CAUSE = compile_later(
    r"\b(?:due\s+(?:mainly\s+|largely\s+|mostly\s+|chiefly\s+)?to|because\s+of|on\s+account\s+of"
    r"|driven\s+by|led\s+by|thanks\s+to|owing\s+to|as\s+a\s+result\s+of)\b",
    re.I,
)
_PACE = compile_later(r"\b(?:per[\s\-]day|per[\s\-]working[\s\-]day|daily|average)\s+$", re.I)
_EARLIER_OPENING = compile_later(
    r"\W*(?:(?:compared\s+(?:to|with)|against|by\s+comparison\s+with)\s+)?"
    r"(?:a\s+year\s+(?:earlier|before|ago)|last\s+year|the\s+(?:previous|prior)\s+year|"
    r"(?:in\s+)?the\s+same\s+(?:period|month|quarter|half)\s+(?:of\s+)?(?:last|the\s+previous)"
    r"\s+year)\b",
    re.I,
)
_CHANGED_BY = compile_later(
    r"\b(?:by|(?:an?\s+)?(?:increase|rise|decrease|drop|fall|gain|jump|decline)\s+of)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.I,
)
# "exports were E, up $3.0 billion on the month", "fell $4.2 billion to I": the change.
_CHANGE_VERB_BEFORE = compile_later(
    rf"\b(?:{'|'.join((*lx.PART_RISE_VERBS, *lx.PART_FALL_VERBS))})\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.I,
)
_AVERAGE_BEFORE = compile_later(
    r"\b(?:average|averag(?:ed|ing))\b(?:\s+(?:of|at|about|some))?\s*$", re.I
)
_COMPARED_WITH = compile_later(
    r"\b(?:than|compared\s+(?:with|to)|against|versus|from)\s+(?:the\s+|a\s+|an\s+)?$", re.I
)
_CHANGED = compile_later(
    r"\b(?:higher|lower|more|less|additional|extra|increased|reduced|rising|falling|new)\b", re.I
)
_OF_BEFORE_FLOW = compile_later(_OF_WORDS + "$", re.I)


def _narrowed(lead: str, flow: re.Match) -> bool:
    """The flow word is narrowed to a part of the flow by the words after it."""
    if _TRADE_FLOW.fullmatch(flow.group()):
        return False
    if _PART_OF_A_FLOW.match(lead, flow.end()):
        return True
    return bool(flow["export"]) and _PART_OF_MONEY_IN.match(lead, flow.end()) is not None


def points_starts(b) -> None:
    for number, drafts in b.by_sentence.items():
        for k, change in enumerate(drafts[:-1]):
            end = drafts[k + 1]
            if change.kind != "pp" or end.kind != "percent" or change.id in b.used_rates:
                continue
            if end.id in b.in_pairs or end.id in b.used_rates or end.id in b.converted:
                continue
            move = _POINTS_MOVE.search(b.before(change, 40))
            if move is None or not _TO.match(b.gap(change, end)):
                continue
            signed = phrasing.negated(change) if move["fall"] else change.id
            if signed is None:
                continue  # a fall whose number cannot carry a minus sign
            found = _start_rate(b, change, end, drafts[:k], number)
            if found is None:
                continue
            start, cue = found
            b.used_rates.add(change.id)
            b.in_pairs.update((start.id, end.id))
            b.starts.add(start.id)
            b.add(
                "pp_change",
                {"start": start.id, "end": end.id, "change": signed},
                confidence="low",
                note=f"the start is the nearest earlier rate ({cue})",
            )


def _start_rate(b, change, end, before: list, number: int):
    """The nearest earlier rate and the words that tie it to the change, or None."""
    lead = ev.clause_before(b.text, change.sentence.start, change.found.start)
    for n in range(number, number - BACK - 1, -1):
        drafts = before if n == number else b.by_sentence.get(n, [])
        rates = [d for d in drafts if d.kind == "percent" and d.found.per == end.found.per]
        if not rates:
            continue
        start = rates[-1]
        if start.id in b.used_rates or start.id in b.converted or start.id in b.in_pairs:
            return None  # the nearest rate is a growth rate or part of a pair already
        if n == number and ev.another_subject(b.text, start.found.end, change.found.start):
            return None  # "A eased 0.3 points to R, while B rose ...": R is A's, not B's start
        named = ev.clause_before(b.text, start.sentence.start, start.found.start)
        if ev.split_by_non(named, lead) or ev.modified_apart(named, lead):
            return None  # "food inflation eased to R, ... non-food inflation rose 0.5 points"
        if ev.naming_words(named) & ev.naming_words(lead):
            return start, "the same naming words"
        if _RATE_ANAPHOR.search(lead):
            return start, "an anaphor for the rate"
        return None
    return None


def lone_changes(b) -> None:
    pairs: dict[int, list[dict]] = {}  # sentence of the end -> from-to pairs with no rate
    by_id = {d.id: d for d in b.audited}
    for relation in b.relations:
        roles = relation["roles"]
        if relation["kind"] not in ("growth", "cagr") or "rate" in roles:
            continue
        start, end = by_id.get(str(roles.get("start"))), by_id.get(str(roles.get("end")))
        if start is not None and end is not None:
            pairs.setdefault(end.sentence.number, []).append(relation | {"drafts": (start, end)})
    numbers = sorted(b.by_sentence)
    for number, drafts in b.by_sentence.items():
        for change in drafts:
            cue = _CHANGE_BY.search(b.before(change, 40))
            if cue is None or change.id in b.in_pairs or change.id in b.used_rates:
                continue
            headline = number == numbers[0] and len(numbers) > 1
            if headline and _told_again(b, change, cue, numbers[1]):
                continue  # the headline's change is the lead's, which the lead dates
            if change.kind == "percent" or change.found.is_range:
                continue  # "grew by 4,500 to 21,000" reads as a range: its level is in it
            levels = [d for d in drafts if d is not change and news.same(d, change)]
            levels = [d for d in levels if not _a_bound(b, d)]  # "to reach below the $18bn mark"
            after = [d for d in levels if d.found.start > change.found.end]
            own = _own_pair(b, change, pairs.get(number, []))
            if own is not None:
                start, end = own
                b.in_pairs.add(change.id)
                b.add(
                    "sum",
                    {
                        "total": end.id,
                        "parts": [
                            start.id,
                            phrasing.negated(change) if cue["fall"] or cue["cut"] else change.id,
                        ],
                    },
                    confidence="medium",
                    note="a change, then the two levels it is the change between, in its sentence",
                )
                continue
            if _NOT_LONE.match(b.after(change, 20)) and (
                after or not _BOUND_NEXT.match(b.after(change, 40))
            ):
                continue
            if levels:
                continue  # a level in its own sentence: not a lone change
            found = _levels_for(b, change, number, pairs)
            if found is not None and not _spans(found, change):
                found = None  # "fell by C last year" is not the fall since 2005 told after it
            how = "the levels of a later sentence"
            if found is None:
                found = _levels_of_the_year(b, change, number)
                how = "the levels of its year and the year before, stated later"
            if found is None:
                continue
            start, end = found
            total, level = (start, end) if cue["fall"] or cue["cut"] else (end, start)
            b.in_pairs.add(change.id)
            b.add(
                "sum",
                {"total": total.id, "parts": [level.id, change.id]},
                confidence="low",
                note=f"a change stated alone, read as the change between {how} (the same "
                "naming words)",
            )


# "to reach below the $18 billion mark", "to cross the 40,000 level": a bound, not a level.
_BOUND_NEXT = compile_later(
    r"^\s*to\s+(?:reach|cross|go|dip|fall|rise|slip|stay)\s+(?:below|above|under|over|past|beyond)\b",
    re.I,
)
_MARK_AFTER = compile_later(r"^\s*(?:mark|level|threshold|barrier)\b", re.I)
_BOUND_QUALIFIERS = frozenset({"more_than", "just_over", "at_least", "less_than", "at_most"})


def _a_bound(b, draft) -> bool:
    """A threshold a level passed or stayed under, no level itself."""
    qualifier = vocab.QUALIFIERS.get((draft.found.qualifier or "").lower())
    return qualifier in _BOUND_QUALIFIERS or bool(_MARK_AFTER.match(b.after(draft, 20)))


def _own_pair(b, change, pairs: list[dict]):
    """ "declined by C last week and stood at E on Jul 23, compared to S on Jul 16": the one
    pair with no rate of the change's sentence, both levels after the change, of its kind."""
    found = [
        relation["drafts"]
        for relation in pairs
        if all(
            news.same(d, change) and d.found.start > change.found.end for d in relation["drafts"]
        )
    ]
    return found[0] if len(found) == 1 else None


def _levels_for(b, change, number: int, pairs: dict):
    """The nearest later from-to pair of the change's kind, named with the same words."""
    named = ev.naming_words(ev.clause_before(b.text, change.sentence.start, change.found.start))
    for n in range(number + 1, number + LATER + 1):
        for relation in pairs.get(n, []):
            start, end = relation["drafts"]
            if not news.same(start, change):
                continue
            # The pair's words up to its start: "Some 3.2 million people were on the list, up from".
            lead = b.text[end.sentence.start : max(start.found.start, end.found.start)]
            if named & ev.naming_words(lead):
                return start, end
            return None  # only the nearest pair is tried
    return None


def _told_again(b, change, cue: re.Match, lead: int) -> bool:
    """The lead states a change of the same kind, unit and direction as the headline's."""
    for d in b.by_sentence[lead]:
        again = _CHANGE_BY.search(b.before(d, 40))
        if (
            again is not None
            and bool(again["fall"] or again["cut"]) == bool(cue["fall"] or cue["cut"])
            and news.same(d, change)
        ):
            return True
    return False


def _spans(levels: tuple, change) -> bool:
    """The two levels are a change's ends: a change dated by one year runs from the year
    before; an undated one, or levels the text leaves undated, are taken as they come."""
    start, end = levels
    before = _a_year_before(change.period) if change.period else None
    if before is None or not change.period.isdigit() or not start.period:
        return True
    return start.period == before and end.period in (None, change.period)


def _levels_of_the_year(b, change, number: int):
    """A change dated by one year, against the levels of that year and the year before
    stated in the next sentences, one of each, named with the change's words: "fell by
    about 900 tonnes last year" ... "down to 20.4 tonnes last year ... 21.3 tonnes in 2007"."""
    if not change.period or not change.period.isdigit():
        return None
    before = _a_year_before(change.period)
    if before is None:
        return None
    named = ev.naming_words(ev.clause_before(b.text, change.sentence.start, change.found.start))
    levels: dict[str, list] = {change.period: [], before: []}
    words: set[str] = set()
    for n in range(number + 1, number + LATER + 1):
        for d in b.by_sentence.get(n, []):
            if d.period in levels and d.status == "fact" and news.same(d, change):
                levels[d.period].append(d)
                words |= ev.naming_words(b.text[d.sentence.start : d.found.start])
    ends, starts = levels[change.period], levels[before]
    if len(ends) != 1 or len(starts) != 1 or not named & words:
        return None
    return starts[0], ends[0]


def respective_starts(b) -> None:
    open_growth = [
        r
        for r in b.relations
        if r["kind"] == "growth" and "start" not in r["roles"] and "rate" in r["roles"]
    ]
    if not open_growth:
        return
    by_id = {d.id: d for d in b.audited}
    earlier: dict[tuple, list] = {}  # (side, period) -> the flows shared out "respectively"
    for drafts in b.by_sentence.values():
        for draft_id, named in _respective_flows(b, drafts).items():
            d = by_id.get(draft_id)
            if d is None:
                continue
            earlier.setdefault((named, d.period), []).append(d)
    if not earlier:
        return
    # A level may be one side of a balance and the start of a growth, never of two growths.
    used = {
        r["roles"]["start"] for r in b.relations if r["kind"] == "growth" and "start" in r["roles"]
    }
    for relation in open_growth:
        rate, end = relation["roles"]["rate"], by_id.get(str(relation["roles"].get("end")))
        rate_draft = by_id.get(rate["claim"] if isinstance(rate, dict) else str(rate))
        if end is None or rate_draft is None or not end.period:
            continue
        if cross.other_base(b.after(rate_draft, 60)):
            continue  # "up 4% from October": the start is not a year before
        side, year_before = _flow_side(b, end), _a_year_before(end.period)
        if year_before is None:
            continue  # a span of months: its year before is not read here
        starts = [
            d
            for d in earlier.get((side, year_before), [])
            if d.id not in used and news.same(d, end)
        ]
        if side is None or len(starts) != 1:
            continue
        start = starts[0]
        used.add(start.id)
        b.in_pairs.add(start.id)
        ev.give_start(
            relation,
            start.id,
            f"the start is {start.value}, the {side} of {start.period} stated "
            "'respectively' in another sentence",
        )


def _flow_side(b, draft) -> str | None:
    """ "export" or "import": the flow word nearest before the figure in its sentence."""
    named = list(news.FLOW.finditer(b.text, draft.sentence.start, draft.found.start))
    if not named:
        return None
    return "export" if named[-1]["export"] else "import"


def _a_year_before(period: str) -> str | None:
    """ "2015-11" -> "2014-11", "2015" -> "2014"; None for a span."""
    year, _, rest = period.partition("-")
    if not year.isdigit() or len(year) != 4 or "/" in period:
        return None
    return f"{int(year) - 1}" + (f"-{rest}" if rest else "")


# "A, about C more than water's B", "A were C more than imports of B": C is the gap of A over B;
# also "C more than the health sector, whose allocation will fall to B", but not an earlier
# year's ("whose budget last year was B").
_GAP_THEN_OTHER = compile_later(
    r"^\s+(?:(?P<more>more|higher|greater|larger|bigger|above)|(?P<less>less|lower|smaller|fewer|below))"
    r"(?:\s+than)?\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?P<whose>[\w'’-]+,\s+(?:whose|which)\s+(?![^,;]*\b(?:last|previous|prior|earlier|ago)\b)"
    r"(?:[\w'’-]+\s+){0,4}?(?:to|at|is|was|be|gets?|got|receives?|received|given|allocated"
    r"|granted)\s+(?:about\s+|some\s+)?)?$",
    re.I,
)
_LEVEL_THEN_GAP = compile_later(
    r"^\s*(?:,\s*|\s+(?:was|were|is|are|stood|came\s+in)\s+)"
    r"(?:(?:which|that)\s+(?:is|was|are|were)\s+)?"
    r"(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+|almost\s+|just\s+)?$",
    re.I,
)
# "A, (which is) higher by C than the earlier production of B", "A is lower by C compared
# to B": the comparison word before the gap, the other after "than".
_LEVEL_THEN_BY = compile_later(
    r"^(?:\s+(?:in\s+all|in\s+total|this\s+year|last\s+year))?\s*,?\s*(?:(?:which|that)\s+)?"
    r"(?:(?:is|was|are|were|has\s+been|have\s+been)\s+)?"
    r"(?:also\s+|moreover\s+|,\s*moreover,\s+)?(?:(?P<more>higher|more|greater|larger|bigger)"
    r"|(?P<less>lower|less|smaller))\s+by\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$",
    re.I,
)
_BY_THEN_OTHER = compile_later(
    r"^\s*,?\s+(?:than|(?:as\s+)?compared\s+(?:to|with))\s+(?:the\s+|its\s+|their\s+)?"
    # a word may be quoted: "than last year's \"record\" production of B"
    r"(?:[\w'’\"“”-]+\s+){0,5}?(?:(?:of|at)\s+)?(?:about\s+|some\s+)?$",
    re.I,
)


def _gap_to(b, gap, other) -> tuple[str, str]:
    """The words between a gap and the other level, and the comparison ("more than") the
    reader took for the other's qualifier ("C more than B" is no "more than B")."""
    between = b.gap(gap, other)
    start = other.found.qualifier_start
    if start is None or between.strip():
        return between, ""
    written = b.text[start : other.found.start].strip()
    if not _COMPARISON_QUALIFIER.fullmatch(written) or not other.value.startswith(written):
        return between, ""
    return f"{between} {written} ", written


_COMPARISON_QUALIFIER = compile_later(r"(?:more|less|fewer|higher|lower)\s+than", re.I)


def gaps_between_levels(b, drafts: list) -> None:
    """ "Roads get A, about C more than water's B": A = B + C ("less than": B = A + C)."""
    for level, gap, other in zip(drafts, drafts[1:], drafts[2:], strict=False):
        if not (news.same(level, gap) and news.same(gap, other)):
            continue
        if any(d.id in b.in_pairs or d.id in b.converted for d in (level, gap)):
            continue
        if other.id in b.converted or other.id in b.starts:
            continue  # the other may be the end of a change of its own ("fell to B, down from")
        between, comparison = _gap_to(b, gap, other)
        said = _GAP_THEN_OTHER.match(between)
        if said is None or not _LEVEL_THEN_GAP.match(b.gap(level, gap)):
            comparison = ""  # the qualifier stays the other's own
            said = _LEVEL_THEN_BY.match(b.gap(level, gap))
            if said is None or not _BY_THEN_OTHER.match(b.gap(gap, other)):
                continue
        if any(c.isdigit() for c in b.gap(gap, other)):
            continue
        if (
            said.groupdict().get("whose")
            and ev.periods(b.after(other, 30).split(",")[0]) & ev.BASE_KEYS
        ):
            continue  # "..., which got B a year ago": the other's earlier level
        if comparison:
            other.value = other.value[len(comparison) :].lstrip()  # the level, not "more than" it
        word = (said["more"] or said["less"]).lower()
        _add_gap(
            b, level, gap, other, said, f"a level, its gap to another ('{word}'), and the other"
        )


# "Rice output has increased by C than the production of B", "Wheat production is, moreover,
# higher by C than the average of B": a gap and the other level, the level itself the one a
# sentence before states.
_SUBJECT_BY = compile_later(
    r"^\W*(?P<subject>(?:[\w'’-]+\s+){1,6}?)(?:during\s+[\w/-]+\s+)?(?:(?:is|was|are|were|has|have)"
    r"(?:\s*,\s*(?:moreover|also|however),)?\s+)?(?:also\s+|been\s+)?(?:(?P<more>higher|more"
    r"|greater|larger|bigger|increased|risen|grown)|(?P<less>lower|less|smaller|decreased"
    r"|fallen|declined))\s+by\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)


_QUANTITY_WORDS = (
    frozenset(
        ("output", "production", "total", "figure", "level", "sale", "volume", "value", "amount")
    )
    | lx.WHOLE_WORDS
)


def gaps_to_the_level_before(b) -> None:
    """A gap and the other level with no level of their own, after a subject the one level of
    their kind in the sentence just before shares a word with: level = other + gap ("less":
    other = level + gap). Medium confidence."""
    for number, drafts in b.by_sentence.items():
        if len(drafts) < 2:
            continue
        gap, other = drafts[0], drafts[1]
        said = _SUBJECT_BY.match(b.text[gap.sentence.start : gap.found.start])
        if said is None or not (news.same(gap, other) and _BY_THEN_OTHER.match(b.gap(gap, other))):
            continue
        if any(d.id in b.in_pairs or d.id in b.converted for d in (gap, other)):
            continue
        levels = [
            d
            for d in b.by_sentence.get(number - 1, [])
            if news.same(d, gap) and d.id not in b.converted and d.id not in b.starts
        ]
        if len(levels) != 1:
            continue  # none, or more than one: the words do not say which
        level = levels[0]
        named = (
            f"{ev.clause_before(b.text, level.sentence.start, level.found.start)} {level.metric}"
        )
        subject, words = ev.naming_words(said["subject"]), ev.naming_words(named)
        # "Rice output" is no "Wheat output": what the subject names besides the quantity
        own = subject - _QUANTITY_WORDS
        if not (own <= words if own else subject & words):
            continue
        _add_gap(
            b,
            level,
            gap,
            other,
            said,
            "'X is higher by C than B': the level is the one of its kind the sentence before "
            "states for what X names",
        )


def _add_gap(b, level, gap, other, said: re.Match, note: str) -> None:
    """level = other + gap where the words say "more" ("less": other = level + gap)."""
    total, part = (level, other) if said["more"] else (other, level)
    b.in_pairs.update((level.id, gap.id, other.id))
    b.add("sum", {"total": total.id, "parts": [part.id, gap.id]}, confidence="medium", note=note)
