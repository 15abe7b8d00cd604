"""Two candidates' (or two firms') figures are two figures, not one stated twice; a candidate's
share of the votes cast is of the valid votes: it is not checked against a count of all who
voted, which holds the void ballots too."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict, roles_by_name

RESULTS = (
    "Island board publishes the final tally\n\n"
    "The electoral board of Coasta has put out the official tally of the presidential vote.\n\n"
    "Its tables list every one of the 118 ballot boxes, with what each of the two candidates"
    " won in each box, the total votes and the spoilt votes.\n\n"
    "Ana Maria Ruiz, the candidate of the Green Party, won comfortably with 71,240 votes with 57.9%"
    " of the votes cast, the tally shows.\n\n"
    "Outgoing President Luis Paz Ortega, of the Blue Party, received 51,806 votes which is"
    " 42.1% of the votes cast.\n\n"
    "At the vote held on May 3, 126,310 had cast their votes, while turnout stood at 81%.\n"
)


def test_two_named_subjects_counts_are_no_restatement():
    text = RESULTS.replace("the Green Party", "the Coastal Democratic Party (CDP)").replace(
        "of the Blue Party", "standing for the ruling Progress Party of Coasta (PPC)"
    )
    kinds = [r["kind"] for r in extract_claims(text, "x")["relations"]]
    assert "restate" not in kinds


def test_one_subject_named_twice_may_restate():
    text = (
        "Power firm results\n\nNorth Grid Power reported revenue of $1.2 billion.\n\n"
        "North Grid Power's revenue of $1.3 billion was a record.\n"
    )
    assert [r["kind"] for r in extract_claims(text, "x")["relations"]] == ["restate"]


def test_a_candidates_share_is_not_of_all_who_voted():
    wholes = [r["whole"] for r in roles_by_name(RESULTS, "share")]
    assert "126,310" not in wholes


def test_of_whom_names_the_whole_right_before():
    text = (
        "With the results of the 12 earlier rounds added, the electorate across the 40 wards"
        " came to 2,104,300, of whom 1,180,512, or 56.1%, voted."
    )
    assert roles_by_name(text, "share") == [
        {"part": "1,180,512", "whole": "2,104,300", "share": "56.1%"}
    ]


def test_its_figures_are_those_of_the_firm_its_paragraph_names():
    text = (
        "Ayra Corp. first-half results\n\nRevenues hit $164.2 million, up 19.3 percent from"
        " $137.7 million.\n\nCoast Line Shipping Corp. (CLS) said first-half profit went up 8"
        " percent to $10.2 million from $9.5 million last year. Its revenues grew 20.9 percent to"
        " $29.4 million from $24.3 million last year.\n"
    )
    assert "restate" not in [r["kind"] for r in extract_claims(text, "x")["relations"]]


def test_counts_of_two_nouns_are_no_restatement():
    text = (
        "Vote count in Tarn\n\nOfficials said 63.0% of the 2.2 million registered voters cast "
        "ballots in the vote for Tarn's council.\n\nIn all, 1,386,000 voters turned out, and "
        "1,301,400 ballots were declared valid.\n"
    )
    assert "restate" not in [r["kind"] for r in extract_claims(text, "x")["relations"]]


def test_one_levels_growth_stated_twice_with_two_rates_is_flagged(tmp_path):
    text = (
        "Results\n\nPublished: 2024-02-01\n\nNet sales rose 6% to $4.1 billion in 2023, the firm "
        "said.\n\nLater it added that sales grew {rate} to $4.1 billion over the year.\n"
    )
    assert_relation_verdict(
        tmp_path, "sales", text.format(rate="16 per cent"), "restate", "inconsistent"
    )
    assert_relation_verdict(
        tmp_path, "sales", text.format(rate="6.0 per cent"), "restate", "consistent"
    )
    other = text.format(rate="16 per cent").replace("that sales grew", "that imports grew")
    assert "restate" not in [r["kind"] for r in extract_claims(other, "x")["relations"]]


def test_one_levels_rates_on_two_bases_are_no_restatement():
    text = (
        "Results\n\nPublished: 2024-06-01\n\nSales rose 6% on the year to $4.1 billion in "
        "May.\n\nSeparately, sales grew 2% from the previous month to $4.1 billion.\n"
    )
    assert "restate" not in [r["kind"] for r in extract_claims(text, "x")["relations"]]


def test_a_rivals_count_given_its_share_without_a_comma_is_no_whole():
    # The list leaves out the verbs: "B y votes or q percent" is a part, like the first.
    text = (
        "Count\n\nThe board said 904 118 ballots were counted. Ms Obi had 452 430 votes, or "
        "50.04 percent, Mr Dlamini 431 688 votes or 47.75 percent, and Mr Ruto 20 000 votes "
        "(2.21 percent).\n"
    )
    assert all("ballots" in r["whole"] for r in roles_by_name(text, "share"))


def test_two_counts_sharing_only_stock_words_are_no_restatement():
    text = (
        "Jobs\n\nThe number of people in the labour force rose 0.5% in May, from 8.46mn to "
        "8.50mn.\n\nIn that month the number of people employed also rose 0.6% from 8.06mn "
        "to 8.11mn.\n"
    )
    assert "restate" not in [r["kind"] for r in extract_claims(text, "x")["relations"]]


def test_void_votes_and_votes_cast_beside_them_are_no_whole_of_a_candidates_share():
    text = (
        "Count\n\nThe returning officer said 1 402 118 votes were cast at 310 of the 700 "
        "stations.\n\nOf those, 8 215 votes were declared null and void.\n\n"
        "Ms Adeyemi of the Lake Party took 2 904 votes (0.74 percent).\n"
    )
    assert roles_by_name(text, "share") == []


def test_a_candidate_who_had_n_votes_is_no_whole_of_the_next():
    text = (
        "Count\n\nThe board said Mr Banda had 210,400 votes.\n\nThat tally is 41.2 percent of "
        "the votes counted so far, while Ms Phiri stood at 198,700 or 38.9 percent.\n"
    )
    assert all(r["whole"] != "210,400 votes" for r in roles_by_name(text, "share"))


def test_a_place_that_had_its_voters_leaves_the_votes_cast_a_whole():
    text = (
        "Count\n\nThe ward had 64,000 registered voters, and 41,000 votes were cast.\n\n"
        "Ms Lungu won 24,600 votes, or 60 percent.\n"
    )
    assert [r["whole"] for r in roles_by_name(text, "share")] == ["41,000 votes"]
