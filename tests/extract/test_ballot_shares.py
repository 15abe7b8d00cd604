"""A kind of ballot and its share ("N ballots, or P%, were invalid"): the share is of the
ballots cast, the one count of votes, ballots or voters said to have voted, in the sentence or
a few before, even when that count gives its own share of the electorate."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import audit_snippet, roles_by_name

_ARTICLE = (
    "Title\n\n"
    "In the council elections, 812,400 voters exercised their rights, and 760,100 ballots were "
    "judged valid, accounting for {valid} of all ballots cast.\n\n"
    "According to the commission, 30,200 ballots, or 3.72%, were invalid, while 22,100 ballots "
    '(2.72%) were marked "no vote."\n\n'
    "Across the region, 2,460,000 people were registered, of whom 1,530,500, or 62.2%, cast "
    "their votes.\n\n"
    "The commission said 41,300 ballots ({rejected}) were rejected.\n"
)


def test_each_kind_of_ballot_is_a_share_of_the_ballots_cast():
    text = _ARTICLE.format(valid="93.56%", rejected="2.70%")
    assert [(r["part"], r["whole"]) for r in roles_by_name(text, "share")] == [
        ("760,100 counted ballots", "812,400 voters"),
        ("30,200 counted ballots", "812,400 voters"),
        ("22,100 counted ballots", "812,400 voters"),
        ("41,300 counted ballots", "1,530,500"),
    ]


@pytest.mark.parametrize(("rejected", "slips"), [("2.70%", 0), ("3.70%", 1)])
def test_a_slip_in_a_ballot_share_is_found(tmp_path, rejected, slips):
    text = _ARTICLE.format(valid="93.56%", rejected=rejected)
    statuses = [f.status for f in audit_snippet(tmp_path, "ballots", text) if f.kind == "share"]
    assert len(statuses) == 4
    assert statuses.count("inconsistent") == slips
    assert statuses.count("consistent") == 4 - slips


@pytest.mark.parametrize(
    "text",
    [
        # a candidate's votes are a share of the valid votes, which are not stated
        "In all, 812,400 voters cast their ballots. The winner took 430,200 votes, or 55.2%.",
        # the share names another whole
        "In all, 812,400 voters cast their ballots. Some 30,200 ballots, or 3.7% of "
        "registered voters, were rejected.",
        # the valid votes leave the rejected ballots out
        "In all, 812,400 valid votes were cast. Some 30,200 ballots, or 3.6%, were rejected.",
        # a year on one side only: perhaps another election's ballots
        "Turnout was 61%: 812,400 voters cast their ballots. In the 2019 election, 30,200 "
        "ballots, or 3.7%, were rejected.",
    ],
)
def test_no_ballots_cast_to_take_the_share_of(text):
    assert roles_by_name(text, "share") == []


@pytest.mark.parametrize(
    ("no_vote", "verdict"), [("22,100", "consistent"), ("52,100", "inconsistent")]
)
def test_the_kinds_of_ballot_are_at_most_the_ballots_cast(tmp_path, no_vote, verdict):
    text = _ARTICLE.format(valid="93.56%", rejected="2.70%").replace("22,100", no_vote)
    findings = audit_snippet(tmp_path, "ballots", text)
    assert [f.status for f in findings if f.kind == "partial_sum"] == [verdict]


_TURNOUT = (
    "Title\n\n"
    "Officials said {share} of the 3.2 million registered voters took part in Sunday's vote.\n\n"
    "Polling stations stayed open late in the capital.\n\n"
    "In all, 1,904,000 voters cast their ballots{more}.\n"
)


@pytest.mark.parametrize(("share", "verdict"), [("59.5%", "consistent"), ("62.5%", "inconsistent")])
def test_a_share_of_the_electorate_said_to_vote_is_of_the_count_who_voted(tmp_path, share, verdict):
    text = _TURNOUT.format(share=share, more="")
    assert [(r["part"], r["whole"]) for r in roles_by_name(text, "share")] == [
        ("1,904,000 voters", "3.2 million voters")
    ]
    findings = audit_snippet(tmp_path, "turnout", text)
    assert [f.status for f in findings if f.kind == "share"] == [verdict]


def test_two_counts_of_those_who_voted_leave_the_share_alone():
    text = _TURNOUT.format(share="59.5%", more=", and 1,100,000 voters voted in the east")
    assert roles_by_name(text, "share") == []


_MARGIN = (
    "Title\n\nThe opposition candidate kept her lead, having polled 1,204,300 votes.\n\n"
    "Her closest rival, the incumbent, has 987,150 votes, officials said.\n\n"
    "The margin between the two leading contenders now stands at {margin} votes. In third "
    "place is a newcomer with 21,400.\n"
)


@pytest.mark.parametrize(
    ("margin", "verdict"), [("217,150", "consistent"), ("271,150", "inconsistent")]
)
def test_the_margin_between_the_two_leaders_is_the_gap_of_their_votes(tmp_path, margin, verdict):
    findings = audit_snippet(tmp_path, "count", _MARGIN.format(margin=margin))
    assert [f.status for f in findings if f.kind == "sum"] == [verdict]


def test_the_votes_cast_are_no_leaders_count():
    text = _MARGIN.format(margin="217,150").replace(
        "officials said.", "officials said. In all, 2,410,000 votes were cast."
    )
    [relation] = [
        r for r in extract_claims(text, "x")["relations"] if "margin" in r.get("note", "")
    ]
    values = {c["id"]: c["value"] for c in extract_claims(text, "x")["claims"]}
    assert values[relation["roles"]["total"]] == "1,204,300 votes"


_PICKED = (
    "Title\n\nThe board counted 9,412,300 voters, or 51.2% of the electorate. Barely 4.1% of "
    "voters, or 371,020, backed Ms Varga in the runoff.\n"
)


def test_a_candidates_voters_after_the_share_are_no_part_of_the_turnout():
    # a candidate's share is of the valid votes, which the text does not state
    drafted = extract_claims(_PICKED, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    linked = [
        values.get(v)
        for r in drafted["relations"]
        for v in r["roles"].values()
        if isinstance(v, str)
    ]
    assert "371,020" not in linked
