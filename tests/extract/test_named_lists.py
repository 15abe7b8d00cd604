"""Counts held to the names listed for them: the list reader, and the relations it makes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.extract import extract_claims
from audit.extract.named_lists import named_list
from tests.extract.snippets import assert_relation_verdict, audit_snippet


def _read(text: str, count: str):
    at = re.search(rf"\b{count}\b", text)
    assert at is not None
    return named_list(text, at.end(), len(text))


@pytest.mark.parametrize(
    "text,count,names,every",
    [
        (
            "The charity ran clinics in five towns, namely Alder, Birchmoor, Caxton and Dunmere.",
            "five",
            ("Alder", "Birchmoor", "Caxton", "Dunmere"),
            True,
        ),
        (
            "The three lenders, i.e. the Bank of Orvel, Tamsin Credit and Ulm Savings, merged.",
            "three",
            ("the Bank of Orvel", "Tamsin Credit", "Ulm Savings"),
            True,
        ),
        (
            "Aid reached four states, namely Serbia, Bosnia and Herzegovina, and Croatia.",
            "four",
            ("Serbia", "Bosnia and Herzegovina", "Croatia"),
            True,
        ),
        (
            "Snow closed roads in 14 counties, including Harrow Vale, Kelby and Marsh End.",
            "14",
            ("Harrow Vale", "Kelby", "Marsh End"),
            False,
        ),
        (
            "Six carriers, among them Velta Air and Wexford Lines, cut fares.",
            "Six",
            ("Velta Air", "Wexford Lines"),
            False,
        ),
    ],
)
def test_a_count_announces_the_names_after_its_cue(text, count, names, every):
    found = _read(text, count)
    assert found is not None
    assert (found.names, found.every) == (names, every)


@pytest.mark.parametrize(
    "text,count",
    [
        # the list goes on in words that are not names: its length is unknown
        ("Sales grew in three markets, namely Alder, Caxton and the capital.", "three"),
        ("Sales grew in three markets, namely Alder, Caxton, the capital and Dunmere.", "three"),
        # not closed by "and": it may go on past what the reader can tell from names
        ("The five towns, namely Alder, Birchmoor, Caxton, sit on the coast.", "five"),
        # places with their regions: the commas do not separate the items alone
        ("The tour visits two cities, namely Portland, Oregon, and Austin, Texas.", "two"),
        # the last name is half of one: "North and South Vellum" are two names or one
        (
            "The chain trades in four regions, namely Arden, Bree, and North and South Vellum.",
            "four",
        ),
        # the count is of something else than what is listed
        ("It hired 40 people in three towns, namely Alder, Caxton and Dunmere.", "40"),
        # one name is an example, not a list
        ("Exports went to 40 countries, including Norway, last year.", "40"),
        # no cue
        ("The five towns Alder, Birchmoor and Caxton sit on the coast.", "five"),
    ],
)
def test_no_list_is_read_where_its_length_is_not_given(text, count):
    assert _read(text, count) is None


_NAME = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True).filter(
    lambda w: w not in ("The", "And", "Namely", "Including")
)


@given(st.lists(_NAME, min_size=2, max_size=12), st.booleans())
def test_every_name_of_a_closed_list_is_counted_once(names, oxford):
    listed = (
        ", ".join(names[:-1]) + ("," if oxford and len(names) > 2 else "") + f" and {names[-1]}"
    )
    found = _read(f"Trains stop in 12 towns, namely {listed}, every day.", "12")
    assert found is not None and found.names == tuple(names)


# name: (text, relation kind, verdict)
SNIPPETS = {
    "towns_namely_one_short": (
        "The charity ran clinics in five towns, namely Alder, Birchmoor, Caxton and Dunmere.",
        "list_count",
        "inconsistent",
    ),
    "towns_namely_all_there": (
        "The charity opened clinics in four towns, namely Alder, Birchmoor, Caxton and Dunmere.",
        "list_count",
        "consistent",
    ),
    "regions_ie_one_too_many": (
        "The agency picked 3 regions, i.e. Orvel, Tamsin, Ulm and Varra, for the pilot.",
        "list_count",
        "inconsistent",
    ),
    "counties_including_within": (
        "Snow closed roads in 14 counties, including Harrow Vale, Kelby and Marsh End.",
        "partial_list_count",
        "consistent",
    ),
    "carriers_including_more_than_counted": (
        "Two carriers, including Velta Air, Wexford Lines and Yarrow Jet, cut fares.",
        "partial_list_count",
        "inconsistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_a_count_and_its_list_are_checked(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


def test_a_small_count_is_a_claim_only_when_a_list_follows_it():
    listed = extract_claims("The five towns, namely Alder, Birchmoor, Caxton and Dunmere, voted.")
    alone = extract_claims("The five towns voted on Sunday.")
    assert [c["value"] for c in listed["claims"]] == ["five towns"]
    assert alone["claims"] == []


def test_a_list_of_figures_is_a_partial_sum_not_a_list_count(tmp_path):
    text = "The region counted 600 new firms, including 300 in Alba and 200 in Brook."
    kinds = {f.kind for f in audit_snippet(tmp_path, "firms", text)}
    assert "partial_list_count" not in kinds and "partial_sum" in kinds
