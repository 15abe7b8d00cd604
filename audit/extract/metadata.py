"""Title and publication date, when the text states them near its top, and the top's metadata lines.

An article saved from the web often starts with lines that describe it rather than tell it
("source: <address> | date: ...", YAML front matter): a number there (a date, an id in the
address) is not a figure of the article, so those lines are blanked once their date is read.
"""

from __future__ import annotations

import re

from audit import vocabulary as vocab
from audit.extract import lexicon as lx
from audit.lazy_regex import compile_later

_HEAD = 3000  # metadata lives at the top; never scan a whole 50 MB file for it
_MONTHS = vocab.MONTH_NUMBERS
# Grouped by first letter (lexicon.alternation): re tries a month name only where its letter is.
_MONTH = lx.alternation(_MONTHS, "i")
# The look-behind comes after the first digit: a pattern that opens with a "1" or a "2" lets re
# skip every other position in a tight loop (the top of a short article is most of it).
_ISO = compile_later(r"((?:1(?<!\d1)9|2(?<!\d2)0)\d\d)-(\d\d)-(\d\d)(?!\d)")
_MDY = compile_later(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b")
_DMY = compile_later(rf"\b(\d{{1,2}})\s+({_MONTH})\.?,?\s+((?:19|20)\d\d)\b")
_PREFIX = compile_later(
    r"^\s*(?:(?:date|updated|published|posted)\s*:?\s*(?:19|20)\d\d-\d\d-\d\d"
    r"(?:[ T]\d\d:\d\d(?::\d\d)?)?\s*)",
    re.IGNORECASE,
)
_LINE = compile_later(r"[^\r\n]+")
_FIELD = compile_later(
    r"\s*(?:#+\s*)?(?:source|url|link|date|published|updated|posted|author|byline|tags|excerpt)"
    r"\s*:",
    re.IGNORECASE,
)
# A spelled date ends in its year: looking for years first, then for the date just before each,
# spares the month names being tried at every word of the top (most of a short article's cost
# of reading its date).
_YEAR = compile_later(r"(?:19|20)\d\d\b")
_FENCE = compile_later(r"---[ \t]*\r?\n")
# A file saved on Windows ends its lines in "\r\n": "$" stops before the "\n" only.
_CLOSING_FENCE = compile_later(r"^---[ \t]*\r?$", re.MULTILINE)
_NOT_NEWLINE = compile_later(r"[^\r\n]")


def find_published(text: str) -> str | None:
    """The first date near the top, as YYYY-MM-DD."""
    head = text[:_HEAD]
    best: tuple[int, str] | None = None
    for pattern, order in ((_ISO, "ymd"), (_MDY, "mdy"), (_DMY, "dmy")):
        match = pattern.search(head) if pattern is _ISO else _ending_in_a_year(pattern, head)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = parts["m"] if parts["m"].isdigit() else _MONTHS[parts["m"].lower()]
        try:
            month_number, day = int(month), int(parts["d"])
        except ValueError:
            continue
        if not (1 <= month_number <= 12 and 1 <= day <= 31):
            continue
        found = f"{parts['y']}-{month_number:02d}-{day:02d}"
        if best is None or match.start() < best[0]:
            best = (match.start(), found)
    if best is not None:
        return best[1]
    # "date: 2009", "published: 2019-07": a field that gives no day still dates the article
    # ("last year" is 2008), to the month where it names one.
    field = _FIELD_YEAR.search(head)
    if field is None:
        return None
    return f"{field[1]}-{field[2]}" if field[2] and 1 <= int(field[2]) <= 12 else field[1]


_FIELD_YEAR = compile_later(
    r"(?:^|\|)\s*(?:date|published|updated|posted)\s*:\s*((?:19|20)\d\d)(?:-(\d\d))?(?![\d-])",
    re.IGNORECASE | re.MULTILINE,
)


def _ending_in_a_year(pattern: re.Pattern, head: str) -> re.Match | None:
    """pattern.search(head) for a date pattern that ends in a year: the text between two years
    holds no year, so a date ending at a year starts after the year before it."""
    start = 0
    for year in _YEAR.finditer(head):
        match = pattern.search(head, start, year.end())
        if match is not None:
            return match
        start = year.end()
    return None


# What a headline never ends in, and a sentence of the body does.
_STOPS = ".!?:;,"


def find_title(text: str) -> str | None:
    """The first line near the top that reads like a headline."""
    for count, match in enumerate(_LINE.finditer(text[:_HEAD])):
        if count >= 12:
            break
        line = _PREFIX.sub("", match.group()).strip()
        words = line.split()
        if 5 <= len(words) <= 25 and line[-1] not in _STOPS and not line.startswith("#"):
            return line
    return None


def _reads_as_a_title(line: str) -> bool:
    """A headline is short and ends in no sentence stop: "Exports rose 3% in May." is prose."""
    line = line.strip()
    return len(line) <= 200 and line[-1] not in _STOPS


def blank_metadata_lines(text: str) -> str:
    """`text` with its leading metadata lines (fields or a front-matter block) blanked.

    Only lines before the second line of prose count, the first being the title ("Title",
    then "Date: 2024-02-01"), so a "Source: ..." credit under a table in the body stays text.
    Blanking keeps every other character where it was, so spans still point into the file as
    written.
    """
    start = 0
    if _FENCE.match(text):
        close = _CLOSING_FENCE.search(text, 4, _HEAD)
        if close is None:
            return text
        start = close.end()
    spans: list[tuple[int, int]] = [(0, start)] if start else []
    title_seen = False
    for match in _LINE.finditer(text, start, _HEAD):
        if match.group().isspace():
            continue
        if _FIELD.match(match.group()):
            spans.append(match.span())
        elif title_seen or spans or not _reads_as_a_title(match.group()):
            break  # the body begins (fields came before the title, or the title had none)
        else:
            title_seen = True
    if not spans:
        return text
    pieces, at = [], 0
    for begin, end in spans:
        pieces += [text[at:begin], _NOT_NEWLINE.sub(" ", text[begin:end])]
        at = end
    return "".join(pieces) + text[at:]
