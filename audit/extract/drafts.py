"""Article text -> draft claims: one per figure worth auditing, with its sentence as the quote.

Sentences are read one at a time (bounded memory for big files). Years become periods, not
claims; ordinals, codes and small spelled-out counts are listed as skipped with the reason.
A figure stated twice in the same words (a photo caption repeating the body) is one claim with
`also_at`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from audit.claims.values import parse_value
from audit.errors import InputError
from audit.extract import context, spelled, tables
from audit.extract import lexicon as lx
from audit.extract.figure_types import figure_type
from audit.extract.folded import word_test
from audit.extract.named_lists import named_list
from audit.extract.numbers_in_text import (
    Found,
    decimal_commas,
    defined_abbreviations,
    find_quantities,
    read_abbreviated,
    spaced_thousands,
)
from audit.extract.periods_in_text import (
    Anchor,
    months_period,
    period_near,
    said_right_after,
    says_alone,
    within_a_period,
    without_periods,
)
from audit.extract.sentences import Sentence, sentences
from audit.extract.values_out import claim_value
from audit.lazy_regex import compile_later

NOT_FIGURES = {
    "year": None,
    "period": None,
    "date": None,
    "time": "a clock time, not a quantity",
    "ordinal": "ordinal: a rank or position, not a quantity",
    "identifier": "part of a name or code (COVID-19, F-35), not a quantity",
    "score": "a match score, not a quantity",
    "address": "a street number, not a quantity",
    "age": "a person's age in apposition (Jones, 58,), not a statistic",
    "code": "a code or ratio written with a slash (24/7, 9/11), not a quantity",
}
_STOPS = ".!?"  # characters no name runs into or out of
_YEAR_REACH = 3  # sentences back that a stated year still dates a quarter or month
_ANY_YEAR = compile_later(r"(?:19|20)\d\d")
_SMALL_COUNT = "a small count spelled out (house style for one to nine), not a statistic"
# "fell by just one", "went up by two": a change, whatever its size.
_CHANGED_BY = compile_later(
    rf"\b(?:{'|'.join(lx.PART_RISE_VERBS + lx.PART_FALL_VERBS)})\s+by\s+"
    r"(?:just\s+|only\s+|a\s+mere\s+)?$",
    re.I,
)
_CONTEXT = 60
_BY_YEAR = compile_later(r"\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b")
_BARE_DOLLAR = compile_later(r"\W{0,2}\$\s?[\d.]")  # "$38 billion", "-$3m"; not "US$", "$US"


@dataclass
class Draft:
    """A claim being drafted, with what relation patterns need to see of its sentence."""

    id: str
    found: Found  # offsets relative to the article text
    sentence: Sentence
    value: str
    entity: str | None
    metric: str
    period: str | None
    status: str
    also_at: list[list[int]] = field(default_factory=list)
    note: str | None = None
    repeat_of: Draft | None = None  # a repeated statement: same claim, another sentence
    # What kind of quantity it is (figure_types: amount, rate, share, pp, multiple, count,
    # per_unit, level), for linkers that match figures to the roles of a relation kind.
    figure_type: str = "amount"
    # The table cell the figure is (audit.extract.tables): its header, not its words, says
    # what it is, and only the table patterns link it.
    cell: tables.Cell | None = None
    # found.kind, copied: relation patterns read it a hundred thousand times per megabyte.
    kind: str = field(init=False)

    def __post_init__(self) -> None:
        self.kind = self.found.kind

    def as_dict(self, text: str, quotes: dict[int, str] | None = None) -> dict:
        """The claim as claims-file data. Claims of one sentence share its quote through
        `quotes` (sentence number -> text): a long article has several claims a sentence."""
        sentence = self.sentence
        quote = quotes.get(sentence.number) if quotes is not None else None
        if quote is None:
            quote = text[sentence.start : sentence.end]
            if quotes is not None:
                quotes[sentence.number] = quote
        out: dict = {
            "id": self.id,
            "quote": quote,
            "span": [sentence.start, sentence.end],
            # The figure itself, so reports can mark it inside the quoted sentence.
            "value_span": [self.found.start, self.found.end],
        }
        if self.also_at:
            out["also_at"] = self.also_at
        out.update(
            {
                "entity": self.entity or "",
                "metric": self.metric,
                "period": self.period,
                "value": self.value,
                "status": self.status,
            }
        )
        if out["period"] is None:
            del out["period"]
        if self.note:
            out["note"] = self.note
        return out


@dataclass
class Drafted:
    drafts: list[Draft]  # one per claim
    occurrences: list[Draft]  # every statement, repeats included, for relation patterns
    skipped: list[dict]
    sentences: list[Sentence]


def draft_claims(text: str, published: str | None) -> Drafted:
    published_year = int(published[:4]) if published else None
    published_at = _year_month(published)
    month_stated = bool(published and published[5:7].isdigit())
    named = context.names_in(text)
    default_entity = context.main_entity(text, named)
    dollar = context.local_dollar(text)
    currencies = context.local_currencies(text)
    all_sentences = sentences(text)
    drafts: list[Draft] = []
    occurrences: list[Draft] = []
    skipped: list[dict] = []
    seen: dict[tuple[str, str], Draft] = {}
    ids: dict[str, int] = {}
    names = _Names(text, all_sentences, named)
    in_tables = tables.find_tables(text)
    table_ends = [t.end for t in in_tables]
    spaced = spaced_thousands(text)  # "533 217 votes" is one number where "1 436 400" is
    decimal = decimal_commas(text)  # "14,017 million tons" is 14.017 million where "5,21t" is
    abbreviations = defined_abbreviations(text)  # "155.71 mt" after "million tonnes (mt)"
    # The figure the last sentence with figures was about: "That is up 12%" in the next one
    # takes its metric, entity and period.
    about: Draft | None = None
    bases: set[str] = set()  # drafts that are the base of a comparison
    # The last year a recent sentence stated: "the first quarter" in the next sentences is
    # of that year, not of the year of publication.
    recent: tuple[int, int] | None = None  # (sentence number, year)
    so_far_at = -2  # the last sentence that named the year so far ("year to date")
    for sentence in all_sentences:
        body = text[sentence.start : sentence.end]
        # "For the year to date, the surplus came to A. This year exports rose to B": the
        # sentence right after the year so far means it by "this year" too
        after_so_far = sentence.number - so_far_at == 1
        if ("year" in body or "Year" in body) and _YEAR_SO_FAR.search(body):
            so_far_at = sentence.number
        nearby = recent[1] if recent and sentence.number - recent[0] <= _YEAR_REACH else None
        has_year = _ANY_YEAR.search(body) is not None
        if has_year:
            stated = context.stated_year(body)
            recent = (sentence.number, stated) if stated else recent
        mentions: list | None = None  # read only for sentences with a figure to draft
        main: Draft | None = None  # the first figure this sentence is about
        previous: tuple[Draft, int] | None = None  # the figure before, and where it ends
        overlap = (
            tables.overlapping(in_tables, table_ends, sentence.start, sentence.end)
            if in_tables
            else []
        )
        for table in overlap:
            for cell in table.cells_in(sentence.start, sentence.end):
                draft = _cell_draft(table, cell, sentence, default_entity, ids)
                drafts.append(draft)
                occurrences.append(draft)
        for local in find_quantities(body, spaced, decimal):
            local = read_abbreviated(body, local, abbreviations)
            if overlap and any(t.start <= sentence.start + local.start < t.end for t in overlap):
                continue  # a table's figures are its cells, read from its header
            found = _shift(local, sentence.start, dollar, currencies)
            why = _skip_reason(found)
            if why == _SMALL_COUNT and named_list(body, local.end, len(body)) is not None:
                why = None  # "seven firms, namely A, B, ...": the count its list is held to
            if why == _SMALL_COUNT and _CHANGED_BY.search(
                body, max(0, local.start - 40), local.start
            ):
                why = None  # "fell by just one, from 5,006 to 5,005": a change, to be checked
            if why is None and _clock_near(body, local.start, local.end):
                why = "a clock time, not a quantity"
            if (
                why is None
                and found.unit == "month"
                and within_a_period(body, local.start, local.end)
            ):
                why = "part of a period (the twelve months to June), not a quantity"
            if (
                why is None
                and found.unit in ("day", "week")
                and _FIRST_DAYS.search(body, max(0, local.start - 20), local.start)
            ):
                why = "part of a period (the first 20 days of March), not a quantity"
            if why is not None:
                if why:
                    skipped.append(
                        {"quote": found.text, "span": [found.start, found.end], "why": why}
                    )
                continue
            offset = local.qualifier_start if local.qualifier_start is not None else local.start
            key = (found.text, _norm(body[max(0, local.start - _CONTEXT) : local.start]))
            if key in seen:
                first = seen[key]
                if [sentence.start, sentence.end] != [first.sentence.start, first.sentence.end]:
                    first.also_at.append([sentence.start, sentence.end])
                    occurrences.append(
                        replace(first, found=found, sentence=sentence, also_at=[], repeat_of=first)
                    )
                continue
            if mentions is None:
                mentions = names.mentions(sentence.number)
                default_period = _span_stated(body) if has_year else None
            entity = context.entity_for(
                mentions, offset, names.carried(sentence.number), default_entity
            )
            value, left_out = claim_value(found)
            metric = context.metric_for(body, found, offset, local.end, entity)
            lead = _lead(body, previous, offset)
            back = about if about is not None and context.refers_back(body) else None
            metric = without_periods(metric)
            after_base = _AFTER_BASE.search(body, 0, offset) is not None
            if context.is_placeholder(metric):
                metric = context.metric_before(body, offset, entity) or metric
            if lead is not None and (context.is_placeholder(metric) or after_base):
                metric = lead.metric.split(" (")[0]
            elif context.is_placeholder(metric) and back is not None:
                metric, entity = back.metric.split(" (")[0], back.entity or entity
            else:
                back = None
            metric = metric or "value"
            if left_out:
                metric = f"{metric} ({left_out})"
            status = context.status_for(body, offset, published_year, local.end)
            period = _period(
                body,
                found,
                offset,
                local.end,
                default_period,
                published_year,
                published_at,
                status,
                main or about,
                nearby,
                month_stated,
                after_so_far,
            )
            # A base ("from 393,000 in May") lends its metric, never its period.
            source = lead if lead is not None and lead.id not in bases else back
            if (
                period is None
                and source is not None
                and not (source.sentence is sentence and says_alone(body))
            ):
                period = source.period  # "In May alone, A ..., a total of B": not B's
            if status != "fact":
                by_year = _BY_YEAR.search(body)
                period = by_year.group(1) if by_year else period
            draft = Draft(
                _unique_id(metric, period, ids),
                found,
                sentence,
                value,
                entity,
                metric,
                period,
                status,
                figure_type=figure_type(body, found, offset, local.end),
            )
            seen[key] = draft
            drafts.append(draft)
            occurrences.append(draft)
            if after_base:
                bases.add(draft.id)
            elif main is None and draft.period:
                main = draft
            previous = (draft, local.end)
        about = main or (previous[0] if previous else about)
    return Drafted(drafts, occurrences, skipped, all_sentences)


def _cell_draft(
    table: tables.Table,
    cell: tables.Cell,
    sentence: Sentence,
    entity: str | None,
    ids: dict[str, int],
) -> Draft:
    """A claim for one table cell: value, period and metric from the header and the row."""
    value = tables.cell_value(cell)
    try:
        stated = parse_value(value)
        number, currency = stated.number, stated.currency
    except InputError:  # a unit the header names that the grammar does not read
        number, currency = None, None
    percent = cell.column.kind != tables.LEVEL
    found = Found(
        cell.start,
        cell.end,
        cell.number,
        number,
        cell.number,
        "percent" if percent else "money" if currency else "number",
        unit="percent" if percent else currency,
        currency=None if percent else currency,
    )
    metric = tables.cell_metric(cell, table)
    period = tables.cell_period(cell)
    kind = {tables.SHARE: "share", tables.CHANGE: "rate"}.get(cell.column.kind, "amount")
    return Draft(
        _unique_id(metric, period, ids),
        found,
        sentence,
        value,
        entity,
        metric,
        period,
        "fact",
        figure_type=kind,
        cell=cell,
    )


def _year_month(published: str | None) -> tuple[int, int] | None:
    if not published or not published[:4].isdigit():
        return None
    month = published[5:7]
    return int(published[:4]), int(month) if month.isdigit() else 12


def _period(
    body: str,
    found: Found,
    offset: int,
    end: int,
    default: str | None,
    published_year: int | None,
    published_at: tuple[int, int] | None,
    status: str,
    current: Draft | None,
    nearby: int | None = None,
    month_stated: bool = False,
    after_so_far: bool = False,
) -> str | None:
    """The figure's period: a year or span of years, made precise by a month, quarter or half
    the text gives for it, or a period it names relative to another ("a year earlier", "last
    month" where the publication date gives its month)."""
    period = context.period_for(body, found, offset, end, default)
    if period is None and published_year is not None:
        # the months of the year ended by publication, where its date gives the month
        months_ended = published_at[1] - 1 if month_stated and published_at is not None else 0
        period = _relative_year(
            body, offset, end, published_year, months_ended, after_so_far and status == "fact"
        )
    year = int(period) if period and period.isdigit() else None
    if period is None:
        year = nearby
    anchor = Anchor(
        published_at, year, current.period if current else None, status == "fact", month_stated
    )
    said = period_near(body, offset, end, anchor)
    if said is None:
        return period
    if period is not None and ("/" in period or said.isdigit()):
        # "from A in 2005 to B last year": the year of the sentence is A's, and B's own
        # period follows B.
        own = said.isdigit() and period.isdigit() and said_right_after(body, end)
        return said if own else period
    return said


# A figure after these words is a base of comparison, not what the sentence is about.
_AFTER_BASE = compile_later(  # asked only whether the text before a figure ends in it
    word_test("cftv", r"(?:from|than|compared\s+(?:with|to)|versus)\s+(?:\S+\s+){0,2}$")
)
# Between a figure and the next one of its clause: the next is a change or base of the same
# quantity ("revenue of $5bn, up 12%", "up 12% from 717,000", "9.7%, with B at 8.6%").
_SAME_QUANTITY = compile_later(
    r"\s*,?\s*(?:(?:(?!(?:and|but|while|whereas|against)\b)[A-Za-z\-’'/]+,?|\([^)]{0,60}\))"
    r"\s+){0,6}?,?\s*(?:and\s+|or\s+|but\s+)?"
    r"(?:(?:an?\s+)?(?:(?:year-on-year|annual)\s+)?(?:up|down|increase|decrease|rise|drop|"
    r"gain|decline|growth|jump|fall)(?:\s+of)?\s+(?:by\s+)?|from\s+|to\s+|than\s+|"
    r"compared\s+with\s+|an?\s+)?(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?",
    re.I,
)


def _lead(body: str, previous: tuple[Draft, int] | None, offset: int) -> Draft | None:
    """The figure just before in the clause whose metric this one shares, if any."""
    if previous is None:
        return None
    draft, end = previous
    gap = body[end:offset]
    if _SAME_QUANTITY.fullmatch(gap) and ";" not in gap:
        return draft
    return None


class _Names:
    """Entities named by sentences, read lazily: most sentences have no figure to draft, and
    reading names is the costliest per-sentence step. `carried(i)` is the last entity named
    before sentence i in its paragraph ("the province" after "Jiangxi Province")."""

    def __init__(
        self, text: str, all_sentences: list[Sentence], named: list[tuple[int, str]]
    ) -> None:
        self.text = text
        self.sentences = all_sentences
        self._named = named  # context.names_in(text)
        self._named_at = [offset for offset, _ in named]
        self._mentions: dict[int, list[tuple[int, str]]] = {}
        self._carried: dict[int, str | None] = {}

    def mentions(self, index: int) -> list[tuple[int, str]]:
        if index not in self._mentions:
            sentence = self.sentences[index]
            self._mentions[index] = context.entity_mentions(
                self.text[sentence.start : sentence.end], self._named_within(sentence)
            )
        return self._mentions[index]

    def _named_within(self, sentence: Sentence) -> list[tuple[int, str]] | None:
        """The sentence's names, taken from the scan of the whole text where that scan reads
        the sentence as a scan of the sentence alone would; else None. It does where the
        sentence ends in a stop and the text before it, past blanks, does too: no name runs
        into a stop or out of one, and a blank before the sentence reads as its start."""
        start, end = sentence.start, sentence.end
        if end > context.MAIN_ENTITY_SPAN or self.text[end - 1] not in _STOPS:
            return None
        if start > 0:
            if not self.text[start - 1].isspace():
                return None
            before = self.text[max(0, start - 200) : start].rstrip()
            if (before and before[-1] not in _STOPS) or (not before and start > 200):
                return None
        first = bisect_left(self._named_at, start)
        last = bisect_left(self._named_at, end, first)
        return [(offset - start, name) for offset, name in self._named[first:last]]

    def carried(self, index: int) -> str | None:
        if index in self._carried:
            return self._carried[index]
        paragraph = self.sentences[index].paragraph
        result = None
        back = index - 1
        # Walk back to the nearest naming sentence, or to one whose answer is known: each
        # sentence is read at most once, so long paragraphs stay linear.
        while back >= 0 and self.sentences[back].paragraph == paragraph:
            named = [name for _, name in self.mentions(back) if name != "<anaphora>"]
            if named:
                result = named[-1]
                break
            if back in self._carried:
                result = self._carried[back]
                break
            back -= 1
        self._carried[index] = result
        return result


def _skip_reason(found: Found) -> str | None:
    """None: a figure to draft; "": ignore silently (years are periods); else the reason."""
    if found.kind in NOT_FIGURES:
        return NOT_FIGURES[found.kind] or ""
    if found.value is None:
        return "no value could be read"
    if (
        found.kind in ("number", "measure")
        and found.number.isalpha()
        and found.scale is None
        and abs(found.value) < 10
        and found.qualifier is None
        and found.unit in (None, "year", "month", "week", "day", "hour")
    ):
        return _SMALL_COUNT
    return None


def _shift(
    found: Found, offset: int, dollar: str | None = None, currencies: dict[str, str] | None = None
) -> Found:
    """The figure at its place in the article; a bare "$" read as the article's own dollar
    (context.local_dollar) where that is not the US dollar, and a currency several places
    write alike ("Rs", "pesos") as the article's own (context.local_currencies)."""
    # A field copy, not dataclasses.replace: replace re-runs __init__ and costs five times more,
    # and every figure of an article passes here.
    shifted = object.__new__(Found)
    fields = dict(found.__dict__)
    fields["start"] += offset
    fields["end"] += offset
    if dollar and fields["currency"] == "USD" and _BARE_DOLLAR.match(found.text):
        fields["currency"] = dollar
        fields["prefix"] = lx.PREFIX_OUT[dollar]
    elif currencies and fields["kind"] == "money":
        written = (found.prefix or found.unit_text or "").strip().lower()
        if written in currencies:
            fields["currency"] = currencies[written]
    if fields["qualifier_start"] is not None:
        fields["qualifier_start"] += offset
    shifted.__dict__.update(fields)
    return shifted


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


# The look-ahead on the first letter lets the scan skip most positions at one test each.
_YEARS_IN_SENTENCE = compile_later(
    r"(?=[12bBfF])(?:(?<![\w.,])((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b"
    r"(?!\s*(?:percent|%))"
    r"|\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to)\s+((?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


# "20:04:01", "07:20": hours, minutes and seconds of a timestamp.
_CLOCK = compile_later(r"(?<![\d.,])\d{1,2}:\d\d(?::\d\d)?(?![\d.,]\d)")


# "in the first 20 days of March", "over the past 10 days": the count makes the period.
_FIRST_DAYS = compile_later(r"\b(?:first|last|past|opening|final)\s+$", re.I)


def _clock_near(body: str, start: int, end: int) -> bool:
    """A timestamp around the figure: looked for only where there is a colon."""
    start, end = max(0, start - 3), end + 3
    return ":" in body[start:end] and _CLOCK.search(body, start, end) is not None


# "five years ago", "3 years earlier" after a figure; "this year" before it in its clause.
_AGO = compile_later(
    rf"\s*(?:[a-z]+\s+){{0,2}}?(\d{{1,2}}|{'|'.join(spelled.UNITS)}|"
    rf"{'|'.join(spelled.TEENS)})\s+years?\s+(?:ago|earlier|before)\b",
    re.I,
)
_THIS_YEAR = compile_later(r"\b(?:this|so\s+far\s+this)\s+year\b(?![-\w])", re.I)
# "so far this year", "in the year to date", "Year-to-date, ...", "the year-to-date surplus":
# the months of the year that have ended; not "its best year to date" (ever).
_SO_FAR = (
    r"\bso\s+far\s+this\s+year\b|\bthis\s+year\s+so\s+far\b"
    r"|\b(?:in|for|over|during|of)\s+the\s+year[\s-]to[\s-]date\b"
    r"|(?:^|[.,;:(]\s*)year[\s-]to[\s-]date\b|\bthe\s+year-to-date\s+(?=[a-z])"
)
_YEAR_SO_FAR = compile_later(_SO_FAR, re.I)
# "4.2 million tonnes in the year to date", "... so far this year": said right after.
_YEAR_SO_FAR_AFTER = compile_later(
    r"\s*(?:[a-z]+\s+){0,2}?(?:(?:in|for|over)\s+the\s+year[\s-]to[\s-]date|so\s+far\s+this"
    r"\s+year)\b",
    re.I,
)


def _relative_year(
    body: str,
    offset: int,
    end: int,
    published_year: int,
    months_ended: int = 0,
    this_year_so_far: bool = False,
) -> str | None:
    """The year a figure is for, counted from the publication: "N years ago", "this year".
    The year so far is the `months_ended` by publication (a release in June reports January
    to May), where the date gives its month; with `this_year_so_far`, "this year" means the
    year so far too, as the sentence before said."""
    ago = _AGO.match(body, end)
    if ago:
        count = ago.group(1).lower()
        years = int(count) if count.isdigit() else spelled.UNITS.get(count) or spelled.TEENS[count]
        return str(published_year - years)
    clause = body[max(0, offset - 80) : offset]
    said_so_far = _YEAR_SO_FAR.search(clause) or _YEAR_SO_FAR_AFTER.match(body, end)
    if ";" in clause or (_THIS_YEAR.search(clause) is None and said_so_far is None):
        return None
    if months_ended >= 1 and (this_year_so_far or said_so_far):
        return months_period(published_year, 1, months_ended)
    return str(published_year)


_DATE_TAIL = compile_later(r"[-/.]\d")


def sentence_period(body: str) -> str | None:
    """A span of years the sentence states ("during 2016-2021"), the default for its figures."""
    if not _ANY_YEAR.search(body):
        return None  # each form holds a year, which this one scan rules out
    return _span_stated(body)


def _span_stated(body: str) -> str | None:
    """sentence_period of a sentence with a year in it."""
    for match in _YEARS_IN_SENTENCE.finditer(body):
        first, end = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        if match.group(1) and _DATE_TAIL.match(body, match.end()):
            continue  # "2018-02-15": a date, not the years 2018 to 2002
        span = context.year_span(first, end)
        if "/" in span:
            return span
    return None


_STOP = frozenset(
    (
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "and",
        "or",
        "with",
        "its",
        "their",
        "this",
        "that",
        "by",
        "from",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "s",
    )
)


_WORD = compile_later(r"[a-z0-9]+")


@lru_cache(maxsize=1024)
def _slug(metric: str, period: str | None) -> str:
    words = [w for w in _WORD.findall(metric.lower()) if w not in _STOP]
    base = "_".join(words[:4]) or "figure"
    if period:
        base += "_" + "_".join(_WORD.findall(period))
    return base[:48].strip("_") or "figure"


def _unique_id(metric: str, period: str | None, ids: dict[str, int]) -> str:
    """A readable slug from the metric and period, numbered when it repeats."""
    base = _slug(metric, period)
    number = ids.get(base, 0) + 1
    ids[base] = number
    candidate = base if number == 1 else f"{base}_{number}"
    while candidate in ids and candidate != base:  # "x_2" also written as a base of its own
        number += 1
        ids[base] = number
        candidate = f"{base}_{number}"
    ids.setdefault(candidate, 1)
    return candidate
