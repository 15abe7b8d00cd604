"""A share's whole is what its words name: "of the total registered voters" is no bare "the
total" (the figure before the part), and a count of those who did not vote is no whole of the
votes."""

from __future__ import annotations

from tests.extract.snippets import roles_by_name

HEAD = "Published: 2024-12-10\n\nTarn poll figures\n\n"


def _wholes(text: str) -> set[str]:
    return {r["whole"] for r in roles_by_name(HEAD + text, "share")}


def test_a_total_named_by_its_noun_is_not_the_figure_before_the_part():
    text = (
        "Voting took place at 9,400 polling stations in 120 districts, and the valid votes "
        "cast numbered 5,230,000, representing 71% of the total registered voters.\n"
    )
    assert not [w for w in _wholes(text) if "districts" in w or "stations" in w]


def test_the_bare_total_is_still_the_figure_before_the_part():
    text = (
        "Turnover reached $820 million, with online sales of $164 million accounting for 20% "
        "of the total.\n"
    )
    assert _wholes(text) == {"$820 million"}


def test_a_count_of_those_who_did_not_vote_is_no_whole_of_the_votes():
    text = (
        "Of 7,400,000 registered voters, some 2,170,000 voters did not vote.\n\nThe commission "
        "put rejected ballots at 98,500, representing 1.881 per cent of the total votes.\n"
    )
    assert not [w for w in _wholes(text) if "2,170,000" in w]
