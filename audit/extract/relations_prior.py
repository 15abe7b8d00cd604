"""The earlier level of a change, stated in another sentence than the change itself.

    "Sales rose 8% to T in 2023. ... The rise compares with S recorded in 2022."
    "Sales rose 8% to T. A year earlier they stood at S."
    "Sales rose 8% to T. The previous year's S was a record."
                                  growth: S is the start of the change to T

A figure introduced as a base ("compared with S", "against S") or as an earlier level ("a year
earlier", "the previous year's", "last year", the year before the end's) is a start, never the
end of a change: a growth drafted with it as the end is read again with it as the start. Its end
is the nearest figure of the same kind in the sentence itself or the two before, chosen by the
words alone: an anaphor ("the rise", "they", "that figure"), the year before the end's year,
the same metric words. The rate is the change's own, stated with the end or with the base.
"""

from __future__ import annotations

import re

from audit.extract import relations_evidence as ev
from audit.extract import relations_news as news
from audit.extract.folded import folded

BACK = 2  # sentences before the base where its end may be
_BASE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|compares?\s+with|comparing\s+with|against|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+)?"
    r"(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}?$",
    re.I,
)
_EARLIER = (
    r"(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+year|"
    r"last\s+year|the\s+year\s+before|a\s+year-earlier|the\s+same\s+(?:period|month|"
    r"quarter)\s+(?:of\s+|in\s+)?(?:the\s+previous\s+year|last\s+year|a\s+year\s+(?:earlier|ago)))"
)
_EARLIER_OWNER = re.compile(
    r"\b(?:(?:the\s+)?(?:previous|prior|preceding)\s+year['’]s|last\s+year['’]s|"
    r"a\s+year-earlier|the\s+year-earlier)\s+(?:[\w\-]+\s+){0,3}?$",
    re.I,
)
_EARLIER_CLAUSE = re.compile(rf"\b{_EARLIER}\b", re.I)
# A word each _BASE_BEFORE form holds; every _EARLIER and _EARLIER_OWNER form holds "year".
_BASE_CUES = ("compar", "against", "versus", "vs")
# "The rise", "That figure", "it", "they": the clause goes on about the change just stated.
_ANAPHOR = re.compile(
    r"\b(?:(?:the|that|this)\s+(?:\w+\s+)?(?:rise|increase|gain|growth|jump|fall|drop|"
    r"decline|decrease|figure|amount|total|level|number)|it|they|this|that)\b",
    re.I,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_THE_SUBJECT = re.compile(r"^\W*(?:the|its|their)\s+", re.I)
_LEVEL_REACHED = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
_CLAUSE_END = re.compile(r"[,;]")


def prior_levels(b) -> None:
    by_id = {d.id: d for d in b.audited}
    growth_of: dict[str, dict] = {}  # end id -> its growth relation without a start
    for relation in b.relations:
        roles = relation["roles"]
        if relation["kind"] == "growth" and "start" not in roles and "rate" in roles:
            growth_of.setdefault(roles.get("end"), relation)
    used_as_start = {
        r["roles"].get("start") for r in b.relations if isinstance(r["roles"].get("start"), str)
    }
    for base in b.audited:
        if base.id in used_as_start or base.id in b.converted or base.repeat_of is not None:
            continue
        if base.kind not in ("money", "measure", "number") or base.found.per is not None:
            continue
        cue = _base_cue(b, base)
        if cue is None:
            continue
        found = _end_for(b, base, cue, growth_of)
        if found is None:
            continue
        end, cues = found
        misread = growth_of.get(base.id)  # the base read as the end of its own sentence's rate
        own = growth_of.get(end.id)
        note = f"the start is stated in another sentence ({', '.join(cues)})"
        if own is not None:
            own["roles"] = {"start": base.id, **own["roles"]}
            own["confidence"] = "low"
            own["note"] = "; ".join(filter(None, [own.get("note"), f"pattern prior-level: {note}"]))
        elif misread is not None and by_id.get(str(misread["roles"].get("rate"))) is not None:
            b.add(
                "growth",
                {"start": base.id, "end": end.id, "rate": misread["roles"]["rate"]},
                confidence="low",
                note=note,
            )
        else:
            continue
        if misread is not None:
            b.relations.remove(misread)
            growth_of.pop(base.id, None)
        growth_of.pop(end.id, None)
        used_as_start.add(base.id)
        b.starts.add(base.id)


def _base_cue(b, base) -> str | None:
    # Every figure of an article is asked: the words each pattern needs are looked for first.
    before = b.before(base, 60)
    after = b.after(base, 60)
    lower = folded(before)
    if any(cue in lower for cue in _BASE_CUES) and (base_cue := _BASE_BEFORE.search(before)):
        if ev.plan_words(base_cue.group()):
            return None  # "compared with a Street view of S": what was expected, not a level
        return "a base ('compared with')"
    if _LEVEL_REACHED.search(before):
        return None  # "up 10.8% from a year earlier to T": T is the level reached, the end
    if "year" in lower and _EARLIER_OWNER.search(before):
        return "an earlier year's level"
    # The clause is cut from the sentence up to the figure: without "year" there, none in it.
    head = b.text[base.sentence.start : base.found.start]
    texts = []
    if "year" in folded(head):
        texts.append(ev.clause_before(b.text, base.sentence.start, base.found.start))
    texts.append(_CLAUSE_END.split(after, maxsplit=1)[0])
    if any("year" in folded(text) and _EARLIER_CLAUSE.search(text) for text in texts):
        return "an earlier level ('a year earlier')"
    return None


def _end_for(b, base, cue: str, growth_of: dict):
    """The change's end: the nearest earlier figure of the same kind with a stated rate, in
    the base's sentence or the two before, tied to the base by at least one more cue."""
    sentence = base.sentence
    body = b.text[sentence.start : sentence.end]
    base_years = _years(body)
    lead = b.text[sentence.start : base.found.start]
    best = None
    for number in range(sentence.number, sentence.number - BACK - 1, -1):
        for end in reversed(b.by_sentence.get(number, [])):
            if end is base or end.found.start > base.found.start or end.id not in growth_of:
                continue
            if not news.same(end, base) or end.id in b.converted or end.id in b.starts:
                continue
            if ev.split_qualifiers(end.metric) != ev.split_qualifiers(base.metric):
                continue  # the central government's revenue is a part of the government's
            end_body = b.text[end.sentence.start : end.sentence.end]
            cues = [cue]
            end_years = _years(end_body)
            if base_years and end_years:
                if not any(y + 1 in end_years for y in base_years):
                    continue  # the base is not for the year before the end
                cues.append("the year before the end's")
            if number != sentence.number and _ANAPHOR.search(lead):
                cues.append("an anaphor for what changed")
            elif (
                number != sentence.number
                and _THE_SUBJECT.match(lead)
                and ev.words(lead) & ev.words(end.metric)
            ):
                cues.append("the subject named again")  # "The profit compared with S"
            shared = ev.words(end.metric) & ev.words(base.metric)
            if shared:
                cues.append("the same metric words")
            if number == sentence.number:
                cues.append("the same sentence")
            if len(cues) < 2:
                continue
            if ev.names(ev.clause_before(b.text, sentence.start, base.found.start)) - ev.names(
                end_body
            ):
                continue  # the base names a place or firm the end does not
            best = (end, cues)
            break
        if best is not None:
            break
    return best


def _years(text: str) -> set[int]:
    return {int(y) for y in _YEAR.findall(text)}
