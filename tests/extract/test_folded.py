"""The case-folded text that plain-text prefilters read: it holds every word a case-blind
pattern can match, so a prefilter never rules out a sentence the pattern would read."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from audit.extract import periods_in_text as periods
from audit.extract.folded import case_blind, finditer_at, folded, word_test
from audit.extract.periods_in_text import _READERS

# Letters re.IGNORECASE takes for ASCII ones, mixed with plain text.
_LETTERS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzKSIQH İıſK -,.0123456789"))


@given(st.text(_LETTERS, max_size=30), st.sampled_from(["same", "first", "kilo", "six", "half"]))
def test_a_word_a_case_blind_pattern_finds_is_in_the_folded_text(text, word):
    if re.search(word, text, re.IGNORECASE):
        assert word in folded(text)


def test_the_folded_text_keeps_the_odd_letters_readable():
    assert folded("THE ſAME MONTH") == "the same month"
    assert folded("FİRST HALF, ıN 2023") == "first half, in 2023"


_PERIOD_WORDS = st.sampled_from(
    [
        "in",
        "the",
        "first",
        "second",
        "half",
        "quarter",
        "Q1",
        "H2",
        "of",
        "2023",
        "last",
        "this",
        "year",
        "months",
        "to",
        "March",
        "May",
        "June",
        "and",
        "same",
        "period",
        "a",
        "earlier",
        "ago",
        "before",
        "previous",
        "prior",
        "preceding",
        "quarters",
        "time",
        "one",
        "twelve",
        "six",
        "from",
        "ſAME",
        "FİRST",
        "ſIX",
        "ſecond",
        ",",
        ".",
    ]
)


@given(st.lists(_PERIOD_WORDS, max_size=14).map(" ".join))
def test_skipping_the_readers_a_sentence_cannot_match_changes_nothing(sentence):
    every_reader = tuple((pattern, reader, ()) for pattern, reader, _ in _READERS)
    filtered = periods._said.__wrapped__(sentence)
    saved, periods._READERS = periods._READERS, every_reader
    try:
        assert periods._said.__wrapped__(sentence) == filtered
    finally:
        periods._READERS = saved


def test_a_period_spelled_with_letters_that_fold_to_ascii_reads_as_its_ascii_spelling():
    assert periods.period_near(
        "Sales in the fİrst quarter were 5.", 26, 27, periods.Anchor((2024, 6), 2023)
    ) == periods.period_near(
        "Sales in the first quarter were 5.", 26, 27, periods.Anchor((2024, 6), 2023)
    )


def test_quarters_spelled_with_letters_that_fold_to_ascii_are_read_in_a_breakdown():
    from audit.extract import extract_claims

    text = (
        "Updated: 2024-03-20\n\nToll revenue reached 40 million euros in 2023. It was 9 million"
        " euros in the fİrst quarter and 31 million euros in the ſecond half."
    )
    drafted = extract_claims(text, "x")  # must not fail on the folded letters
    assert drafted["claims"]


def test_case_blind_gives_every_character_a_case_blind_pattern_takes_for_each_letter():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    taken = re.findall("[a-z]", every, re.IGNORECASE)  # one pass; then each letter's share
    for letter in "abcdefghijklmnopqrstuvwxyz":
        mine = [c for c in taken if re.fullmatch(letter, c, re.IGNORECASE)]
        assert sorted(case_blind(letter)) == sorted(mine)


_WORDS = st.sampled_from(["six", "SIX", "ſix", "first", "fİrst", "half", "xhalf", "of", " ", "  "])


@given(st.lists(_WORDS, max_size=10).map("".join))
def test_a_word_test_finds_where_the_case_blind_pattern_matches_at_a_word_start(text):
    body = r"(?:six|first|half)\s+(?:[a-z]+\s+)?$"
    plain, tested = re.compile(rf"\b{body}", re.IGNORECASE), re.compile(word_test("fhs", body))
    for end in range(len(text) + 1):
        found, spotted = plain.search(text, 0, end), tested.search(text, 0, end)
        assert (found and found.start()) == (spotted and spotted.start())


@given(st.lists(_WORDS, max_size=10).map("".join))
def test_matches_tried_where_a_word_test_says_are_those_of_a_full_scan(text):
    body = r"(?:six|first|half)(?:\s+of)?\b"
    pattern = re.compile(rf"\b{body}", re.IGNORECASE)
    tried = finditer_at(re.compile(word_test("fhs", body)), pattern, text)
    assert [m.span() for m in tried] == [m.span() for m in pattern.finditer(text)]
