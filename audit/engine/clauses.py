"""The words of a sentence that make a finding's claim: the clauses that hold its figures.

One sentence of news often states several claims ("revenue topped X (Y), a rise of 64%, while
profit came to Z"). A finding quotes from the start of the clause holding the first of its
figures in the sentence to the end of the phrase holding the last, so an editor reads the
words that are contested and not the neighbouring claims; the whole sentence is kept beside it
as the finding's context. A quote whose figures cannot be placed stays whole.
"""

from __future__ import annotations

import re

# Where a clause about something else ends before the first figure (not at a colon: in
# "Exports: $5 billion" the words before it name the figure)...
_BEFORE = re.compile(r";\s*|,\s+(?:while|whereas|but)\s+|\s+(?:while|whereas)\s+", re.I)
# ...and where the phrase of the last figure ends after it.
_AFTER = re.compile(r"[,;:]|\s+(?:and|or|while|whereas|but)\s+", re.I)


def clause(
    sentence: str, span: tuple[int, int] | None, marks: list[tuple[int, int]]
) -> tuple[str, tuple[int, int] | None, list[tuple[int, int]]]:
    """The quote, its span in the article and the marks inside it (offsets into the quote),
    for a sentence, its span and the figures' marks (offsets into the sentence)."""
    if not marks:
        return sentence, span, marks
    first, last = marks[0][0], max(end for _, end in marks)
    start = 0
    for match in _BEFORE.finditer(sentence, 0, first):
        start = match.end()
    after = _AFTER.search(sentence, last)
    end = after.start() if after else len(sentence)
    while start < first and sentence[start].isspace():
        start += 1
    if start == 0 and end == len(sentence):
        return sentence, span, marks
    quote = sentence[start:end]
    moved = [(a - start, b - start) for a, b in marks]
    return quote, (span[0] + start, span[0] + end) if span else None, moved
