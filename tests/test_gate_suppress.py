"""Suppression comments: which paragraph a comment covers, and bad comments located."""

from __future__ import annotations

import pytest

from audit.errors import InputError
from audit.gate.suppress import parse

TEXT = """First paragraph with 12 apples.

<!-- audit: accept share.mismatch "checked with the bureau" -->
Second paragraph, 30 percent of it.

Third paragraph, 5 pears. <!-- audit: accept growth.* "old figure" -->

Fourth."""


def test_comment_alone_covers_the_next_paragraph_and_inline_its_own():
    first, second = parse(TEXT, "a.md")
    assert (first.rule, first.reason, first.line) == (
        "share.mismatch",
        "checked with the bureau",
        3,
    )
    covered = TEXT[first.paragraph[0] : first.paragraph[1]]
    assert "Second paragraph" in covered and "Third" not in covered
    assert (second.rule, second.line) == ("growth.*", 6)
    covered = TEXT[second.paragraph[0] : second.paragraph[1]]
    assert covered.startswith("Third paragraph") and "Fourth" not in covered


def test_comment_on_its_own_paragraph_line_covers_the_lines_below():
    text = 'Intro.\n\n<!-- audit: accept share.mismatch "fine" -->\nThe share is 30 percent.\n'
    [sup] = parse(text, "a.md")
    assert "The share is 30 percent." in text[sup.paragraph[0] : sup.paragraph[1]]


@pytest.mark.parametrize(
    "comment",
    ["<!-- audit: accept share.mismatch -->", '<!-- audit: ignore share.mismatch "x" -->'],
)
def test_a_bad_comment_is_a_located_error(comment):
    with pytest.raises(InputError) as error:
        parse(f"One.\n\nTwo. {comment}\n", "story.md")
    assert "story.md" in str(error.value) and "3" in str(error.value)
