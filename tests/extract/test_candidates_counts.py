"""Two candidates' counts are two figures, not one stated twice, and a candidate's share of the
votes cast is of the valid votes: it is not checked against a count of all who voted, which
holds the void ballots too."""

from __future__ import annotations

from audit.extract import extract_claims
from tests.extract.snippets import roles_by_name

RESULTS = (
    "Board releases final results of the vote\n\n"
    "The electoral board has released the official results of the vote.\n\n"
    "The figures give the count of each of the 310 boxes, showing how many votes each of the"
    " two candidates won in every box, with the total votes and the void votes.\n\n"
    "Ana Maria Ruiz, the candidate of the Green Party, won easily with 134,705 votes with 58.4%"
    " of the votes cast, the results show.\n\n"
    "Outgoing President Luis Paz Ortega, of the Blue Party, received 96,052 votes which is"
    " 41.6% of the votes cast.\n\n"
    "At the vote held on May 3, 232,135 had cast their votes, while turnout stood at 89%.\n"
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
    assert "232,135" not in wholes
