"""A share alone in its sentence ("Cloud accounted for 27% of group revenue") whose part and
whole are stated in the sentences before: the part is the one earlier figure of the subject,
the whole the one earlier figure named by the words after "of". A guess: low confidence."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_written


def _shares(text: str) -> list[tuple]:
    return roles_written(text, "share", ("part", "whole"))


OK = (
    "Ferry fares brought in 42 million pounds. Transport revenue was 168 million pounds. "
    "Ferries accounted for 25 percent of transport revenue."
)


def test_the_part_and_the_whole_are_found_by_their_words():
    assert _shares(OK) == [("42 million pounds", "168 million pounds", "low")]


def test_a_slipped_share_fails(tmp_path):
    assert_relation_verdict(tmp_path, "ferries", OK, "share", "consistent")
    slip = OK.replace("25 percent", "35 percent")
    assert_relation_verdict(tmp_path, "ferries_slip", slip, "share", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        # the whole names a place the share does not: exports to one market are not all exports
        "Wine exports reached 9 million euros. Exports to Japan were 30 million euros. "
        "Wine made up 30% of exports.",
        # two earlier figures of the subject: the words do not say which is the part
        "Wine exports reached 9 million euros in June. Wine exports were 7 million euros in May. "
        "Total exports were 30 million euros. Wine made up 30% of total exports.",
        # a daily figure is not the whole
        "Wine exports reached 9 million euros. Daily exports were 0.1 million euros. "
        "Wine made up 30% of exports.",
        # the share names no whole stated before
        "Wine exports reached 9 million euros. Wine made up 30% of farm income.",
    ],
)
def test_no_share_where_the_words_do_not_single_out_part_and_whole(text):
    assert _shares(text) == []


def test_a_part_in_the_sentence_takes_its_whole_from_before(tmp_path):
    text = (
        "Club turnover rose to 40 million pounds. At 9.6 million pounds, ticket sales made up "
        "24 per cent of club turnover."
    )
    assert _shares(text) == [("9.6 million pounds", "40 million pounds", "low")]
    assert_relation_verdict(
        tmp_path, "club", text.replace("24 per", "30 per"), "share", "inconsistent"
    )
