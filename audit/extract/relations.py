"""Relations between drafted claims, read from how sentences are built.

Each pattern looks at the words between and around figures of one sentence (a share may take
its part from a nearby sentence, saying so). Only facts take part: targets and forecasts are
never audited. A link that is a guess carries `confidence: low` and a `note` saying why.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from audit.extract.drafts import Draft, sentence_period

_FACTS = Path(__file__).resolve().parent.parent / "data" / "facts.yaml"
_Q = r"(?:about|around|roughly|approximately|nearly|almost|more\s+than|over|some)\s+"

_CONVERSION_GAP = re.compile(rf"^\s*\(\s*(?:{_Q}|or\s+|US\s+)?$|^,?\s+or\s+(?:{_Q})?$", re.I)
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:{_Q})?$", re.I)
_TO_GAP = re.compile(rf"^\s*(?:\([^)]{{0,80}}\)\s*)?,?\s*(?:[A-Za-z\-]+\s+){{0,3}}?"
                     rf"(?:(?:in|of|at\s+the\s+end\s+of)\s+"
                     rf"(?:the\s+(?:year\s+)?)?(?:19|20)\d\d\s*)?,?\s*to\s+(?:{_Q})?$", re.I)
_FROM_GAP = re.compile(rf"^\s*(?:of\s+(?:the\s+)?(?:[\w’']+\s+)?(?:GDP|total)\s+)?(?:(?:in|of)\s+"
                       rf"(?:19|20)\d\d\s*)?,?\s*(?:up|down)?\s*from\s+(?:{_Q})?$", re.I)
_CAGR = re.compile(r"(?:compound\s+annual\s+(?:growth\s+)?rate|CAGR|average\s+annual\s+"
                   r"(?:growth|increase)(?:\s+rate)?|annual\s+average\s+(?:growth|increase)"
                   r"(?:\s+rate)?|average\s+growth\s+rate)\s+(?:of\s+)?(?:{q})?$"
                   .replace("{q}", _Q), re.I)
_GROWTH_BEFORE = re.compile(
    rf"(?:(?:year-on-year|y-o-y|yoy|annual|yearly)\s+)?(?:growth|increase|rise|expansion)"
    rf"(?:\s+rate)?\s+(?:of\s+)?(?:{_Q})?$|(?:grew|grown|rose|risen|increased|climbed|jumped|"
    rf"surged|expanded|gained|up|advanced)\s+(?:by\s+)?(?:{_Q})?$", re.I)
_GROWTH_AFTER = re.compile(r"^\s*(?:(?:annual|year-on-year|yearly)\s+)?(?:growth|increase|rise|"
                           r"jump|expansion)\b|^\s*(?:year-on-year|from\s+a\s+year\s+(?:earlier|"
                           r"ago)|on\s+a\s+yearly\s+basis)", re.I)
_DECLINE_BEFORE = re.compile(
    rf"(?:fell|dropped|declined|decreased|slid|down|shrank|contracted|slumped|plunged|lost)\s+"
    rf"(?:by\s+)?(?:{_Q})?$|(?:decline|decrease|drop|fall|contraction)\s+(?:of\s+)?(?:{_Q})?$",
    re.I)
_SHARE_GDP_AFTER = re.compile(r"^\s*of\s+(?:the\s+)?(?:[\w’']+['’]s\s+)?(?:country['’]s\s+|"
                              r"national\s+|regional\s+|provincial\s+|total\s+|local\s+)?"
                              r"(?:GDP|gross\s+domestic\s+product)\b", re.I)
_BY_TIMES = re.compile(r"\b(?:increased|grew|rose|expanded|up|jumped|risen|grown)\s+by\s+$", re.I)
_TO_TIMES = re.compile(r"\b(?:increased|grew|rose|expanded|risen|grown)\s+to\s+$", re.I)
_TIMES_AS = re.compile(r"^\s*(?:as\s+(?:much|many|large|big|high)|that\s+of|the\s+(?:level|"
                       r"size|figure))\b", re.I)
_GAP_BEFORE = re.compile(r"\b(?:higher|lower|more|less|faster|slower)\s+than\s+(?:the\s+)?"
                         r"(?:[\w’'\-]+['’]s\s+)?$", re.I)
_GDP_GROWTH_AFTER = re.compile(r"^\s*(?:of\s+)?(?:the\s+)?(?:[\w’']+\s+){0,2}?GDP\s+growth",
                               re.I)
_GAP_AFTER = re.compile(r"^\s*(?:higher|lower|more|less|faster|slower|above|below)\s+than\b",
                        re.I)
_LOWER = re.compile(r"^\s*(?:lower|less|slower|below)\b", re.I)
_PP_PER_YEAR = re.compile(r"(?:annual|a\s+year|per\s+year|yearly|average|each\s+year|per\s+annum)",
                          re.I)
_SUM_AFTER = re.compile(r"^\s*,?\s*(?:including|of\s+which|among\s+which|comprising)\b", re.I)


class _Builder:
    def __init__(self, text: str, drafts: list[Draft], facts: dict[str, dict]) -> None:
        self.text = text
        self.facts = facts
        self.facts_drafts = [d for d in drafts if d.status == "fact"]
        self.by_sentence: dict[int, list[Draft]] = {}
        for draft in self.facts_drafts:
            self.by_sentence.setdefault(draft.sentence.index, []).append(draft)
        # GDP amounts by period, looked up for every share (kept linear in article size).
        self.gdp: dict[str | None, list[Draft]] = {}
        for draft in self.facts_drafts:
            if _is_gdp(draft):
                self.gdp.setdefault(draft.period, []).append(draft)
        self.relations: list[dict] = []
        self.keys: set[str] = set()
        self.ids: set[str] = set()
        self.converted: set[str] = set()
        self.used_rates: set[str] = set()
        self.in_pairs: set[str] = set()

    # --- small helpers --------------------------------------------------------------------
    def before(self, draft: Draft, width: int = 80) -> str:
        start = draft.found.qualifier_start if draft.found.qualifier_start is not None \
            else draft.found.start
        return self.text[max(draft.sentence.start, start - width):start]

    def after(self, draft: Draft, width: int = 80) -> str:
        return self.text[draft.found.end:min(draft.sentence.end, draft.found.end + width)]

    def gap(self, first: Draft, second: Draft) -> str:
        start = second.found.qualifier_start if second.found.qualifier_start is not None \
            else second.found.start
        return self.text[first.found.end:start]

    def add(self, kind: str, roles: dict, **extra) -> None:
        roles = {k: v for k, v in roles.items() if v is not None}
        key = json.dumps([kind, roles], sort_keys=True)
        if key in self.keys:
            return
        self.keys.add(key)
        first = next((v for v in roles.values() if isinstance(v, str)), "figure")
        relation_id, number = f"{kind}_{first}", 2
        while relation_id in self.ids:
            relation_id, number = f"{kind}_{first}_{number}", number + 1
        self.ids.add(relation_id)
        relation = {"id": relation_id, "kind": kind, "roles": roles}
        relation.update({k: v for k, v in extra.items() if v is not None})
        self.relations.append(relation)

    def fact_id(self, entity: str | None, year: str | None) -> str | None:
        if not entity or not year or not year.isdigit():
            return None
        candidate = f"{re.sub(r'[^a-z0-9]+', '_', entity.lower()).strip('_')}.gdp.{year}"
        if candidate in self.facts:
            return candidate
        for fact_id, body in self.facts.items():
            if (str(body.get("entity", "")).lower() == entity.lower()
                    and "gdp" in str(body.get("metric", "")).lower()
                    and str(body.get("period", "")) == year):
                return fact_id
        return None

    # --- patterns -------------------------------------------------------------------------
    def run(self) -> list[dict]:
        for drafts in self.by_sentence.values():
            self.conversions(drafts)
        for drafts in self.by_sentence.values():
            self.changes(drafts)
            self.multiples(drafts)
            self.growth_rates(drafts)
            self.gaps(drafts)
            self.sums(drafts)
        for drafts in self.by_sentence.values():
            self.shares(drafts)
        self.references()
        return self.relations

    def conversions(self, drafts: list[Draft]) -> None:
        for a, b in zip(drafts, drafts[1:], strict=False):
            if a.kind == b.kind == "money" and a.found.currency and b.found.currency \
                    and a.found.currency != b.found.currency \
                    and _CONVERSION_GAP.match(self.gap(a, b)):
                self.converted.add(b.id)
                self.add("conversion", {"amount": a.id, "converted": b.id})
                original = b.repeat_of or b
                if original.metric in ("value", "") or original.metric == a.metric:
                    # The converted figure measures the same thing as the amount.
                    original.metric = f"{(a.repeat_of or a).metric} (in {b.found.currency})"
                    original.entity = original.entity or a.entity
                    original.period = original.period or a.period

    def changes(self, drafts: list[Draft]) -> None:
        """"from A (in Y1) to B (in Y2)" and "B in Y2 from A of Y1"."""
        for i, a in enumerate(drafts):
            for b in drafts[i + 1:]:
                if not _same_dimension(a, b) or b.id in self.converted:
                    continue
                gap = self.gap(a, b)
                if _FROM_BEFORE.search(self.before(a, 30)) and _TO_GAP.match(gap):
                    self.change(drafts, a, b)
                elif _FROM_GAP.match(gap):
                    self.change(drafts, b, a)

    def change(self, drafts: list[Draft], start: Draft, end: Draft) -> None:
        self.in_pairs.update((start.id, end.id))
        period = _span(start.period, end.period)
        if start.kind == "percent":
            change = next((d for d in drafts if d.kind == "pp" and d.id not in self.used_rates),
                          None)
            if change is not None and _PP_PER_YEAR.search(self.before(change, 40)):
                self.used_rates.add(change.id)
                self.add("pp_per_year", {"start": start.id, "end": end.id, "change": change.id},
                         period=period)
            else:
                if change is not None:
                    self.used_rates.add(change.id)
                self.add("pp_change", {"start": start.id, "end": end.id,
                                       "change": change.id if change else None})
            return
        rate = next((d for d in drafts if d.kind == "percent" and d.id not in self.used_rates
                     and (_CAGR.search(self.before(d)) or _GROWTH_BEFORE.search(self.before(d))
                          or _GROWTH_AFTER.match(self.after(d)))), None)
        multi_year = period is not None and _years(period) > 1
        if rate is not None:
            self.used_rates.add(rate.id)
            kind = "cagr" if _CAGR.search(self.before(rate)) else "growth"
            self.add(kind, {"start": start.id, "end": end.id, "rate": rate.id},
                     period=period if kind == "cagr" else None)
        else:
            self.add("cagr" if multi_year else "growth", {"start": start.id, "end": end.id},
                     period=period if multi_year else None,
                     note="no rate is stated; the engine derives it")
        for multiple in (d for d in drafts if d.kind == "multiple"):
            self.used_rates.add(multiple.id)
            self.add("multiple", {"start": start.id, "end": end.id, "multiple": multiple.id},
                     reading=self.reading(multiple), note=self.reading_note(multiple))

    def reading(self, multiple: Draft) -> str | None:
        if multiple.found.number.isalpha():  # doubled, tripled
            return "to"
        if _TO_TIMES.search(self.before(multiple, 30)) or _TIMES_AS.match(self.after(multiple)):
            return "to"
        return None

    def reading_note(self, multiple: Draft) -> str | None:
        if self.reading(multiple) is None and _BY_TIMES.search(self.before(multiple, 30)):
            return "'increased by N times' is ambiguous: N+1 times the start, or N times"
        return None

    def multiples(self, drafts: list[Draft]) -> None:
        """A compound annual growth rate stated with the overall multiple."""
        rates = [d for d in drafts if d.kind == "percent" and _CAGR.search(self.before(d))]
        multiples = [d for d in drafts if d.kind == "multiple" and d.id not in self.used_rates]
        for rate in rates[:1]:
            for multiple in multiples[:1]:
                self.used_rates.update((rate.id, multiple.id))
                period = _first_span(rate.period, multiple.period) or sentence_period(
                    self.text[rate.sentence.start:rate.sentence.end])
                self.add("cagr_multiple", {"rate": rate.id, "multiple": multiple.id},
                         period=period, reading=self.reading(multiple),
                         note=self.reading_note(multiple))

    def growth_rates(self, drafts: list[Draft]) -> None:
        """"grew 5% to B", "B, with a year-on-year growth rate of 19.5%": end and rate only."""
        for rate in drafts:
            if rate.kind != "percent" or rate.id in self.used_rates \
                    or _CAGR.search(self.before(rate)):
                continue
            decline = _DECLINE_BEFORE.search(self.before(rate))
            if not (decline or _GROWTH_BEFORE.search(self.before(rate))
                    or _GROWTH_AFTER.match(self.after(rate))):
                continue
            ends = [d for d in drafts if d.kind in ("money", "measure")
                    and d.id not in self.converted and d.id not in self.in_pairs]
            if not ends:
                continue
            end = min(ends, key=lambda d: abs(d.found.start - rate.found.start))
            self.used_rates.add(rate.id)
            if decline:
                self.add("growth", {"end": end.id, "rate": {"value": f"-{rate.value}"}},
                         confidence="medium",
                         note=f"a fall: the rate is {rate.id} ({rate.value}) with a minus sign")
            else:
                self.add("growth", {"end": end.id, "rate": rate.id}, confidence="medium")

    def gaps(self, drafts: list[Draft]) -> None:
        for gap in (d for d in drafts if d.kind == "pp" and d.id not in self.used_rates):
            before, after = self.before(gap), self.after(gap)
            rates = [d for d in drafts if d.kind == "percent"
                     and d.found.start < gap.found.start]
            if _GAP_BEFORE.search(before) and _GDP_GROWTH_AFTER.match(after):
                cagr = next((d for d in reversed(rates) if _CAGR.search(self.before(d))), None)
                if cagr is None:
                    continue
                period = _first_span(cagr.period, gap.period)
                first, last = (period.split("/") if period and "/" in period else (None, None))
                self.used_rates.add(gap.id)
                self.add("cagr_gap", {
                    "rate": cagr.id, "gap": gap.id,
                    "base_start": _fact(self.fact_id(cagr.entity, first)),
                    "base_end": _fact(self.fact_id(cagr.entity, last))},
                    period=period, confidence="low",
                    note="read as 'the rate is N percentage points higher than the GDP "
                         "growth rate' over the same period")
            elif _GAP_AFTER.match(after):
                higher = rates[-1] if rates else None
                lower = next((d for d in drafts if d.kind == "percent"
                              and d.found.start > gap.found.start), None)
                if higher is None and lower is None:
                    continue
                if _LOWER.match(after):
                    higher, lower = lower, higher
                self.used_rates.add(gap.id)
                self.add("rate_gap", {"higher": higher.id if higher else None,
                                      "lower": lower.id if lower else None, "gap": gap.id},
                         confidence="medium")

    def sums(self, drafts: list[Draft]) -> None:
        for i, total in enumerate(drafts):
            if not _SUM_AFTER.match(self.after(total, 40)):
                continue
            parts = [d for d in drafts[i + 1:] if _same_dimension(total, d)
                     and d.id not in self.converted]
            if len(parts) >= 2:
                self.add("sum", {"total": total.id, "parts": [p.id for p in parts]},
                         confidence="low",
                         note="the parts listed after 'including' may not be all of the total")

    def shares(self, drafts: list[Draft]) -> None:
        for share in drafts:
            if share.kind != "percent" or share.id in self.used_rates \
                    or not _SHARE_GDP_AFTER.match(self.after(share)):
                continue
            part, note = self.share_part(share, drafts)
            if part is None:
                continue
            whole = self.gdp_claim(share)
            notes = [note] if note else []
            if whole is None:
                whole = _fact(self.fact_id(share.entity, share.period))
                if whole is None:
                    notes.append("no GDP figure for the period in the text or the reference "
                                 "facts")
            self.add("share", {"part": part.id, "whole": whole, "share": share.id},
                     confidence="low" if note else None, note="; ".join(notes) or None)

    def share_part(self, share: Draft, drafts: list[Draft]) -> tuple[Draft | None, str | None]:
        before = [d for d in drafts if d.kind == "money" and d.found.start < share.found.start
                  and d.id not in self.converted and not _is_gdp(d)]
        if before:
            return before[-1], None
        index = share.sentence.index
        nearby = [d for i in range(index - 2, index + 3) for d in self.by_sentence.get(i, [])
                  if d.kind == "money" and not _is_gdp(d) and d.id not in self.converted
                  and d.period == share.period and d.entity == share.entity]
        if nearby:
            best = min(nearby, key=lambda d: abs(d.sentence.index - share.sentence.index))
            return best, "the part is taken from a nearby sentence (same entity and period)"
        return None, None

    def gdp_claim(self, share: Draft) -> str | None:
        for draft in self.gdp.get(share.period, []):
            if draft.entity == share.entity or not share.entity:
                return draft.id
        return None

    def references(self) -> None:
        for draft in (d for drafts in self.gdp.values() for d in drafts):
            if draft.repeat_of is None:
                fact = self.fact_id(draft.entity, draft.period)
                if fact:
                    self.add("reference", {"value": draft.id, "reference": {"fact": fact}})


def find_relations(text: str, drafts: list[Draft]) -> list[dict]:
    return _Builder(text, drafts, load_reference_facts()).run()


def load_reference_facts() -> dict[str, dict]:
    """The shipped reference facts (id -> entry), or none if the file is absent or broken."""
    try:
        import yaml

        data = yaml.safe_load(_FACTS.read_text(encoding="utf-8"))
        facts = data.get("facts", {}) if isinstance(data, dict) else {}
        return {str(k): (v if isinstance(v, dict) else {}) for k, v in facts.items()}
    except (OSError, ValueError, AttributeError, ImportError):
        return {}
    except Exception:  # a YAML error in someone else's file must not stop extraction
        return {}


def _fact(fact_id: str | None) -> dict | None:
    return {"fact": fact_id} if fact_id else None


_GDP = re.compile(r"\bGDP\b|gross domestic product", re.I)


def _is_gdp(draft: Draft) -> bool:
    """A stated GDP amount (not a share of GDP)."""
    return draft.kind == "money" and "share of" not in draft.metric.lower() and \
        bool(_GDP.search(draft.metric))


def _same_dimension(a: Draft, b: Draft) -> bool:
    if a.kind != b.kind or a.kind not in ("money", "percent", "measure", "number"):
        return False
    return a.found.currency == b.found.currency and (a.kind != "measure"
                                                     or a.found.unit == b.found.unit)


def _span(first: str | None, last: str | None) -> str | None:
    if first and last and first.isdigit() and last.isdigit() and first != last:
        return f"{first}/{last}"
    return None


def _first_span(*periods: str | None) -> str | None:
    return next((p for p in periods if p and "/" in p), None)


def _years(period: str) -> int:
    first, last = period.split("/")
    return int(last) - int(first)
