"""Paragraphs and sentences of an article, as character spans into the text.

Rules, not a model: a sentence ends at . ! ? (with closing quotes or brackets) before a space
and a capital, digit or opening quote, or at a full stop run into a capitalised word, unless
the word before the stop is a known abbreviation or an initial; a line break ends a paragraph,
unless the line stops mid-sentence and the next goes on in lower case or with an amount
(hard-wrapped wire copy). A decimal point broken by a stray space or line break ("$14. 2
billion", audit.extract.broken_points) ends neither. Very long runs without a stop are cut at
a clause boundary so quotes stay readable.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from audit.extract.broken_points import broken_points
from audit.lazy_regex import compile_later

_PARAGRAPH = compile_later(r"[^\r\n]+")
# A capital, a digit or a brand written lower-first ("iPhone", "eBay") starts a sentence.
# "[.!?][.!?]*", not "[.!?]+": a pattern that opens with a set lets re skip what is not in it.
# Scraped copy loses the space after a stop ("last year.Of this amount"): a full stop between
# a word (or a figure) and a capitalised word ends a sentence there too.
_END = compile_later(
    r"[.!?](?:[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?(?:[A-Z0-9]|[a-z][A-Z]))"
    r"|(?<=[a-z%\d][a-z%\d]\.)(?=[A-Z][a-z]))"
)
_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sr",
        "jr",
        "co",
        "corp",
        "inc",
        "ltd",
        "plc",
        "no",
        "nos",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "gov",
        "gen",
        "sen",
        "rep",
        "rev",
        "fig",
        "approx",
        "est",
        "dept",
        "univ",
        "mt",
        "ft",
        "rs",  # rupees: "Rs. 12,000" is one figure, not the end of a sentence
    )
)
# Shilling codes written with a full stop, before their amount: "Kshs. 15.3 billion" is one
# figure, "... to 120 Sh. A year ago" two sentences.
_CODES_WITH_A_STOP = frozenset(("kshs", "ksh", "shs", "sh"))
_DIGIT_NEXT = compile_later(r"\s*\d")
_LAST_WORD = compile_later(r"([\w.]+)[.!?]+[\"'”’)\]]*$")
MAX_SENTENCE = 600


class Sentence(NamedTuple):
    # A named tuple, not a frozen dataclass: an article has tens of thousands of sentences,
    # and a tuple is built five times faster.
    start: int
    end: int
    paragraph: int  # index of the paragraph (line) it belongs to
    number: int  # position of the sentence in the article (0, 1, ...)


# A hard-wrapped line: it ends mid-sentence (a lower-case word or a comma, _wrapped_end) and the
# next line goes on in lower case or with an amount ("the deficit totalled\n$8.5 billion: ...").
_GOES_ON = compile_later(r"\s*[a-z0-9$€£¥₹]")
# Where a line break may split a number ("31.\n7"), asked only whether there is one: the point
# comes first, so re looks for it as a plain character, and the digit before is looked back at.
_POINT_AT_BREAK = compile_later(r"\.(?<=\d\.)\n\d")


def _wrapped_end(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends in a lower-case letter or a comma, past blanks: a pattern
    ending in "$" would be tried at every letter of the line."""
    return text[start:end].rstrip()[-1:] in _WRAPPED_LAST


_WRAPPED_LAST = frozenset("abcdefghijklmnopqrstuvwxyz,")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Lines with text, a hard-wrapped sentence's lines joined into one paragraph."""
    pending: tuple[int, int] | None = None
    points = (
        {point for _, point in broken_points(text) if text[point + 1] == "\n"}
        if _POINT_AT_BREAK.search(text)
        else set()
    )
    for match in _PARAGRAPH.finditer(text):
        if not match.group().strip():
            continue
        if pending is not None and (
            (
                text[pending[1] : match.start()] in ("\n", "\r\n")
                and _wrapped_end(text, pending[0], pending[1])
                and _GOES_ON.match(match.group())
            )
            or pending[1] - 1 in points  # "rose to 31.\n7 million": one number
        ):
            pending = (pending[0], match.end())
            continue
        if pending is not None:
            yield pending
        pending = (match.start(), match.end())
    if pending is not None:
        yield pending


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], stripped of surrounding whitespace."""
    spans = []
    cursor = start
    points: set[int] | None = None
    for match in _END.finditer(text, start, end):
        stop = match.end()
        if stop == match.start() + 1 and text[stop - 1] == "." and text[stop : stop + 1] in " \n":
            if points is None:
                points = {point for _, point in broken_points(text, start, end)}
            if match.start() in points:
                continue  # "$14. 2 billion": a broken decimal point, not a sentence end
        word = _LAST_WORD.search(text[max(cursor, stop - 12) : stop])
        if word and (
            word.group(1).lower().rstrip(".") in _ABBREVIATIONS
            or (len(word.group(1)) == 1 and word.group(1).isupper())
            or (
                word.group(1).lower().rstrip(".") in _CODES_WITH_A_STOP
                and _DIGIT_NEXT.match(text, stop)
            )
        ):
            continue
        spans.extend(_cut(text, cursor, stop))
        cursor = stop
    spans.extend(_cut(text, cursor, end))
    return spans


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    spans: list[tuple[int, int]] = []
    # An overlong run (a table row, a line without stops): cut at "; " or ", " near the limit.
    # A loop, not recursion: a multi-megabyte line without stops must not exhaust the stack.
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit))
        if cut <= start + MAX_SENTENCE // 3:
            cut = text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        spans.append((start, cut + 1))
        start = cut + 1
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
    return spans


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for number, (start, end) in enumerate(paragraphs(text)):
        for s, e in split_sentences(text, start, end):
            out.append(Sentence(s, e, number, len(out)))
    return out
