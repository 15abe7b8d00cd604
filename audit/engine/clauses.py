"""The words of a sentence that make a finding's claim: the clauses that hold its figures.

One sentence of news often states several claims ("revenue topped X (Y), a rise of 64%, while
profit came to Z"). A finding quotes from the start of the clause holding the first of its
figures in the sentence to the end of the phrase holding the last, so an editor reads the
words that are contested and not the neighbouring claims; the whole sentence is kept beside it
as the finding's context. A quote whose figures cannot be placed stays whole.

Inside the quote, a bracketed aside holding another figure that the finding does not use ("17.4
billion yuan ($2.4 billion), up 31%" for the growth of the yuan figures) is elided as "(…)": it
is another claim, checked by its own finding, and the quote of this one holds only its own
figures. The elided spans are kept (`Quote.elided`) so that offsets in the quote map back to the
article (`source_offset`).
"""

from __future__ import annotations

import re

from audit.lazy_regex import compile_later
from audit.records import record

# Where a clause about something else ends before the first figure (not at a colon: in
# "Exports: $5 billion" the words before it name the figure)...
_BEFORE = compile_later(r";\s*|,\s+(?:while|whereas|but)\s+|\s+(?:while|whereas)\s+", re.I)
# ...and where the phrase of the last figure ends after it.
_AFTER = compile_later(r"[,;:]|\s+(?:and|or|while|whereas|but)\s+", re.I)
_ASIDE = compile_later(r"\([^()]*\)|\[[^\[\]]*\]")
ELIDED = "(…)"


@record(frozen=True, slots=True)
class Quote:
    """The words a finding quotes, with its figures marked."""

    text: str
    span: tuple[int, int] | None  # the article's characters the quote stands for
    marks: list[tuple[int, int]]  # the finding's figures, offsets into `text`
    # The asides left out, as offsets into the article's characters from span[0], in order.
    elided: tuple[tuple[int, int], ...] = ()

    def __init__(
        self,
        text: str,
        span: tuple[int, int] | None,
        marks: list[tuple[int, int]],
        elided: tuple[tuple[int, int], ...] = (),
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "marks", marks)
        object.__setattr__(self, "elided", elided)


def source_offset(offset: int, elided: tuple[tuple[int, int], ...]) -> int:
    """The offset from the quote's span start in the article of an offset into its text."""
    shift = 0
    for start, end in elided:
        at = start - shift  # where the elision mark stands in the quote's text
        if offset < at:
            break
        if offset < at + len(ELIDED):
            return start
        shift += end - start - len(ELIDED)
    return offset + shift


def clause(
    sentence: str,
    span: tuple[int, int] | None,
    marks: list[tuple[int, int]],
    others: list[tuple[int, int]] | None = None,
) -> Quote:
    """The quote of a finding from its sentence, the sentence's span in the article, the
    finding's figures and the sentence's other figures (offsets into the sentence)."""
    if not marks:
        return Quote(sentence, span, marks)
    first, last = marks[0][0], max(end for _, end in marks)
    start = 0
    for match in _BEFORE.finditer(sentence, 0, first):
        start = match.end()
    after = _AFTER.search(sentence, last)
    end = after.start() if after else len(sentence)
    while start < first and sentence[start].isspace():
        start += 1
    asides = [
        (match.start() - start, match.end() - start)
        for match in _ASIDE.finditer(sentence, start, end)
        if _holds(match, others or []) and not _touches(match, marks)
    ]
    if start == 0 and end == len(sentence) and not asides:
        return Quote(sentence, span, marks)
    text, at = [], start
    for aside_start, aside_end in asides:
        text += [sentence[at : start + aside_start], ELIDED]
        at = start + aside_end
    text.append(sentence[at:end])
    moved = [(_in_quote(a - start, asides), _in_quote(b - start, asides)) for a, b in marks]
    quote_span = (span[0] + start, span[0] + end) if span else None
    return Quote("".join(text), quote_span, moved, tuple(asides))


def _holds(match: re.Match[str], figures: list[tuple[int, int]]) -> bool:
    return any(match.start() <= a and b <= match.end() for a, b in figures)


def _touches(match: re.Match[str], figures: list[tuple[int, int]]) -> bool:
    return any(a < match.end() and match.start() < b for a, b in figures)


def _in_quote(offset: int, elided: list[tuple[int, int]]) -> int:
    """The offset into the quote's text of an offset from its span start, outside any aside."""
    return offset - sum(end - start - len(ELIDED) for start, end in elided if end <= offset)
