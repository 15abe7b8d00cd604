"""Parts tied to their whole by an anaphor, and lists of shares of one whole.

"P of them, or S" after a count, and a sentence opening "Of these, P (S)" after one, make P
a share of that count: the one count the words can point back to, of the thing P counts (a
measure, two counts of two things, or a change leave the whole unsaid). A list of shares that
says it is complete ("the remaining N percent") makes 100 percent; one that leaves the rest
unstated, or three slices of one named whole, at most 100. Answers in a poll may overlap: two
shares "said" with no word for the rest are no list.
"""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict, audit_snippet, roles_written

HEAD = "Brindle Weekly\n\nDate: 2024-06-10\n\n"


def _shares(text: str) -> list[tuple]:
    return roles_written(HEAD + text, "share", ("part", "whole", "share"))


# --- "P of them, or S" after the count in the clause before -----------------------------------


def test_of_them_after_a_count_of_people_is_a_share_of_it():
    text = "Tarrow Mills employs 8,600 people, 2,150 of them overseas, or 25 percent of its staff."
    assert _shares(text) == [("2,150", "8,600 people", "25 percent", "medium")]


def test_of_them_after_a_semicolon_and_a_growth_rate_before_the_count():
    text = (
        "Bike sales grew 3.2 percent in the spring to 52,000 bikes; cargo models made up "
        "6,500 of them, or 12.5 percent."
    )
    assert _shares(text) == [("6,500", "52,000 bikes", "12.5 percent", "medium")]


@pytest.mark.parametrize(
    ("share", "verdict"), [("25 percent", "consistent"), ("35 percent", "inconsistent")]
)
def test_an_of_them_share_is_checked(tmp_path, share, verdict):
    text = HEAD + f"Tarrow Mills employs 8,600 people, 2,150 of them overseas, or {share}."
    assert_relation_verdict(tmp_path, "mills", text, "share", verdict)


@pytest.mark.parametrize(
    "text",
    [
        # a measure is no group "them" counts
        "Tarrow Mills shipped 8,600 tonnes, 2,150 of them overseas, or 25 percent.",
        # two counts of two things before: which one "them" is, the words do not say
        "Tarrow Mills employs 8,600 people at 30 sites, 2,150 of them overseas, or 25 percent.",
        # a change is no group
        "Staff numbers rose by 8,600 people, 2,150 of them overseas, or 25 percent.",
        # the share names another whole
        "Tarrow Mills employs 8,600 people, 2,150 of them overseas, or 25 percent of the "
        "county's jobs.",
    ],
)
def test_of_them_with_no_one_count_to_point_back_to_links_nothing(text):
    assert _shares(text) == []


# --- "Of these, P (S)" opening the sentence after the count -----------------------------------


@pytest.mark.parametrize(
    "second",
    ["Of these, 1,240 (31.0%) were returned.", "Of them, 1,240, or 31 percent, were returned."],
)
def test_of_these_opening_a_sentence_takes_the_count_of_the_sentence_before(second):
    text = f"The library lent 4,000 laptops last term. {second}"
    found = _shares(text)
    assert [(part, whole, confidence) for part, whole, _, confidence in found] == [
        ("1,240", "4,000 laptops", "medium")
    ]


@pytest.mark.parametrize(("share", "verdict"), [("31.0%", "consistent"), ("41.0%", "inconsistent")])
def test_an_of_these_share_is_checked(tmp_path, share, verdict):
    text = HEAD + f"The library lent 4,000 laptops last term. Of these, 1,240 ({share}) were back."
    assert_relation_verdict(tmp_path, "library", text, "share", verdict)


@pytest.mark.parametrize(
    "text",
    [
        # two counts of two things: "these" may be both, or either
        "The library lent 4,000 laptops and 900 tablets. Of these, 1,240 (31.0%) were returned.",
        # the part counts another thing than the one count before
        "The library lent 4,000 laptops. Of these, 1,240 readers (31.0%) were students.",
        # the count is in a sentence further back
        "The library lent 4,000 laptops. The scheme ran all term. Of these, 1,240 (31.0%) were "
        "returned.",
    ],
)
def test_of_these_with_no_one_count_before_links_nothing(text):
    assert _shares(text) == []


# --- a count given its share, of the one count of the same thing before ----------------------

TALLY = "Returning officers counted 840,500 ballots in Marrow. "


@pytest.mark.parametrize(
    "text,part,share",
    [
        (TALLY + "Of the ballots, 798,475, or 95.0%, were valid.", "798,475", "95.0%"),
        (
            TALLY + "Some 25,215 ballots, or 3.0%, were spoiled.",
            "some 25,215 counted ballots",
            "3.0%",
        ),
        (
            "Returning officers counted 840,500 ballots in Marrow, and 798,475 ballots were valid, "
            "accounting for 95.0% of all ballots cast.",
            "798,475 counted ballots",
            "95.0%",
        ),
    ],
)
def test_a_share_with_no_whole_after_it_is_of_the_count_of_the_same_thing(text, part, share):
    assert _shares(text) == [(part, "840,500 counted ballots", share, "medium")]
    assert roles_written(HEAD + text, "restate", ("first", "second")) == []


def test_a_bracketed_share_a_few_sentences_on_is_of_the_leads_count_as_a_guess(tmp_path):
    text = (
        "The port town welcomed 4.80 million overnight visitors in 2024, a 6 per cent rise on "
        "the 4.53 million arrivals of 2023. Hotels added rooms. Nearby regions sent the most. "
        "Coastal Asia was another big market, with 0.67 million visitors ({share})."
    )
    assert _shares(text.format(share="14pc")) == [
        ("0.67 million visitors", "4.80 million visitors", "14%", "low")
    ]
    wrong = HEAD + text.format(share="19pc")
    assert_relation_verdict(tmp_path, "port", wrong, "share", "inconsistent")
    # visitors and their arrivals are one count: the growth between them is checked
    assert_relation_verdict(
        tmp_path, "port", HEAD + text.format(share="14pc"), "growth", "consistent"
    )


def test_a_count_shared_wrongly_of_the_count_before_is_flagged(tmp_path):
    text = HEAD + TALLY + "Some 25,215 ballots, or 4.0%, were spoiled."
    assert_relation_verdict(tmp_path, "tally", text, "share", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        # the count before is a part itself, with its own share: no whole of the next part
        "Returning officers found 798,475 ballots valid (95.0%), while 25,215 ballots (3.0%) "
        "were spoiled.",
        "The winner took 798,475 ballots representing 61.4 per cent of the valid ballots. Her "
        "rival took 402,110 ballots (30.9 per cent).",
        # a candidate's votes, their share left unprinted, are a part too
        "Yaw Asante polled 22,014 votes (per cent). Efua Owusu polled 20,110 votes (0.25 per "
        "cent).",
        # another year's count
        "Returning officers counted 840,500 ballots in 2019. Some 25,215 ballots, or 3.0%, were "
        "spoiled in 2023.",
        # a change, not a share
        "Dealers sold 4,800 cars. Another 1,200 cars, or 25% more than in May, went abroad.",
        # two counts of ballots before: the words do not say which
        "Officers counted 840,500 ballots in Marrow and 410,200 ballots in Tarn. Some 25,215 "
        "ballots, or 3.0%, were spoiled.",
        # counts of another thing
        "Returning officers counted 840,500 voters. Some 25,215 ballots, or 3.0%, were spoiled.",
    ],
)
def test_no_share_of_a_count_the_words_do_not_point_at(text):
    assert _shares(text) == []


# --- lists of shares of one whole -------------------------------------------------------------


def _sums(text: str, kind: str) -> list[list[str]]:
    """The parts, as written, of each drafted `kind` relation (their total is 100 percent)."""
    drafted = extract_claims(HEAD + text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        [values[p] for p in r["roles"]["parts"]] for r in drafted["relations"] if r["kind"] == kind
    ]


POLL = (
    "Of the 900 members polled, 54 percent backed the merger, 31 percent opposed it and the "
    "remaining {rest} percent had no view."
)


@pytest.mark.parametrize(("rest", "verdict"), [("15", "consistent"), ("25", "inconsistent")])
def test_a_list_of_shares_ending_in_the_remaining_makes_100(tmp_path, rest, verdict):
    assert_relation_verdict(tmp_path, "poll", HEAD + POLL.format(rest=rest), "sum", verdict)


def test_the_remaining_after_three_shares_is_not_read_as_the_rest_of_one():
    # 31 + 15 is no whole: the list has three shares, and all three make 100
    found = _sums(POLL.format(rest="15"), "sum")
    assert found == [["54 percent", "31 percent", "15 percent"]]


@pytest.mark.parametrize(("second", "verdict"), [("31", "consistent"), ("51", "inconsistent")])
def test_shares_with_the_rest_unstated_are_at_most_100(tmp_path, second, verdict):
    text = (
        HEAD + f"Of the 900 members polled, 54 percent backed the merger and {second} percent "
        "opposed it, while the rest had no view."
    )
    assert_relation_verdict(tmp_path, "poll", text, "partial_sum", verdict)


@pytest.mark.parametrize(("third", "verdict"), [("17", "consistent"), ("27", "inconsistent")])
def test_three_slices_of_one_named_whole_are_at_most_100(tmp_path, third, verdict):
    text = (
        HEAD + "Hydro accounted for 49 percent of Marrow County's electricity, wind for 26 "
        f"percent and solar for {third} percent."
    )
    assert_relation_verdict(tmp_path, "grid", text, "partial_sum", verdict)


@pytest.mark.parametrize(("last", "verdict"), [("9.5", "consistent"), ("14.5", "inconsistent")])
@pytest.mark.parametrize(
    "trip",
    [
        "Of the guests, 52.3 percent came to ski, 26.1 percent for work and 12.1 percent for "
        "weddings, while {last} percent came for other reasons.",
        "About 52.3 percent of guests came to ski, followed by work at 26.1 percent, weddings "
        "at 12.1 percent and other purposes at {last} percent.",
    ],
)
def test_a_list_whose_last_share_is_of_other_things_makes_100(tmp_path, trip, last, verdict):
    assert_relation_verdict(tmp_path, "trips", HEAD + trip.format(last=last), "sum", verdict)


@pytest.mark.parametrize(
    "text",
    [
        # levels of different things, each "at" a rate: no whole they are slices of
        "Inflation stood at 3.2 percent, unemployment at 4.1 percent and other gauges at 2.0 "
        "percent.",
        # rates of change in other markets, not slices
        "Fares rose 12 percent in Lisbon, 8 percent in Porto and 3 percent in other towns.",
        # answers in a poll may overlap: no word says the list is all of the members
        "Of the 900 members polled, 54 percent backed the merger and 61 percent wanted a vote.",
        # two wholes: men and women
        "Some 54 percent of men backed the merger and 61 percent of women opposed it, while "
        "the rest had no view.",
        # one share at two times, not two slices
        "Hydro accounted for 49 percent of the grid in 2020, wind for 26 percent in 2023 and "
        "solar for 27 percent in 2024.",
        # two slices only, and no word for the rest
        "Hydro accounted for 49 percent of the grid and wind for 56 percent.",
        # the last share is of another whole
        "Hydro accounted for 49 percent of the grid, wind for 26 percent and solar for 37 "
        "percent of heating.",
    ],
)
def test_shares_not_said_to_be_of_one_whole_are_no_list(text):
    assert _sums(text, "sum") == [] and _sums(text, "partial_sum") == []


def test_the_remaining_share_after_a_share_in_the_sentence_before_is_left_alone():
    text = (
        "Hydro accounted for 49 percent of the grid. Wind supplied 26 percent and the "
        "remaining 25 percent came from solar."
    )
    assert _sums(text, "sum") == []


def test_of_them_in_the_next_sentence_takes_the_one_count_before():
    text = "The shelter housed 2,400 dogs last year. Older dogs made up 600 of them, or 25%."
    assert _shares(text) == [("600", "2,400 counted dogs", "25%", "medium")]


@pytest.mark.parametrize(
    "text",
    [
        "The shelter housed 2,400 dogs and 900 cats. Of these, 600, or 25 percent, were old.",
        "The shelter housed 2,400 dogs and 900 cats. Older ones made up 600 of them, or 25%.",
    ],
)
def test_of_these_after_two_counts_of_two_things_links_nothing(text):
    # the last count before the anaphor is not therefore the one it points back to
    assert _shares(text) == []


def test_a_share_linked_by_an_anaphor_in_its_sentence_is_a_guess():
    text = "The estate had 48,000 flats, and 12,000 of them were let, accounting for 25.0 percent."
    assert [found[-1] for found in _shares(text)] == ["medium"]


@pytest.mark.parametrize(("rest", "verdict"), [("22", "consistent"), ("32", "inconsistent")])
def test_vote_slices_with_the_verb_left_out_and_the_remaining(tmp_path, rest, verdict):
    text = (
        HEAD + "The Green List won 43 percent of the vote, its rival 35 percent, and the "
        f"remaining {rest} percent went to small parties."
    )
    assert_relation_verdict(tmp_path, "vote", text, "sum", verdict)


@pytest.mark.parametrize(("third", "verdict"), [("20", "consistent"), ("30", "inconsistent")])
def test_three_slices_with_the_verb_left_out(tmp_path, third, verdict):
    text = HEAD + f"Wages took 45 percent of the grant, rent 30 percent and travel {third} percent."
    assert_relation_verdict(tmp_path, "grant", text, "partial_sum", verdict)


def test_slices_of_each_subject_s_own_whole_are_no_list():
    text = "Tarn won 60 percent of its games, Bexley 70 percent and Corr 55 percent."
    assert _sums(text, "partial_sum") == [] and _sums(text, "sum") == []


@pytest.mark.parametrize(("other", "verdict"), [("46", "consistent"), ("56", "inconsistent")])
def test_a_slice_and_the_other_share_make_100(tmp_path, other, verdict):
    text = (
        HEAD
        + f"Adults made up 54 percent of the crowd and the other {other} percent were children."
    )
    assert_relation_verdict(tmp_path, "crowd", text, "sum", verdict)


def test_a_share_then_its_part_in_total_takes_the_whole_the_headline_and_lead_both_state(tmp_path):
    text = (
        "Port town welcomes a record 4.80M visitors\n\nDate: 2025-01-20\n\n"
        "The port town welcomed 4.80 million overnight visitors in 2024. Coastal regions "
        "supplied {share} per cent of the town's visitors, 0.86 million in total.\n"
    )
    assert roles_written(text.format(share="18"), "share", ("part", "whole", "share"))[0][:3] == (
        "0.86 million",
        "4.80 million visitors",
        "18 per cent",
    )
    assert_relation_verdict(tmp_path, "port", text.format(share="21"), "share", "inconsistent")


def test_bare_counts_and_their_shares_after_the_noun_take_the_count_before(tmp_path):
    text = (
        "The province logged 2,410 measles cases from March to June. The hills had the most "
        "cases at 620 or {share} percent, followed by the coast with 480 or 19.9 percent."
    )
    assert [r[:3] for r in _shares(text.format(share="25.7"))] == [
        ("620", "2,410 cases", "25.7 percent"),
        ("480", "2,410 cases", "19.9 percent"),
    ]
    found = [
        f
        for f in audit_snippet(tmp_path, "measles", HEAD + text.format(share="27.5"))
        if f.kind == "share"
    ]
    assert sorted(f.status for f in found) == ["consistent", "inconsistent"]
