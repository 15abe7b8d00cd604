"""Shares written as a ratio ("5.1 : 38.7 : 56.2") add up to 100; "one in N" is a share."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from audit.pipeline import run_check

HEAD = "Published: 2023-06-10\n\nA test title\n\n"


def _findings(tmp_path, sentence: str) -> list[tuple[str, str]]:
    article = tmp_path / "a.txt"
    article.write_text(HEAD + sentence + "\n", encoding="utf-8")
    report, _ = run_check([article])
    return [(f.rule, f.status) for f in report.findings()]


def _sums(sentence: str) -> list[dict]:
    drafted = extract_claims(HEAD + sentence + "\n")
    return [r for r in drafted["relations"] if r["kind"] == "sum"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Crops, mills and shops split the county's output in a ratio of 6.2 : 41.3 : 52.5.",
        "The structure of the region's jobs was 9 : 35 : 56 across farms, plants and offices.",
        "Their shares of the ferry market stood at 63.5 : 36.5 after the merger.",
        "Pupils, staff and visitors used the site in proportions of 71.2:20.4:8.4 last term.",
    ],
)
def test_ratio_terms_read_as_shares_must_add_up_to_100(tmp_path, sentence):
    assert _findings(tmp_path, sentence) == [("sum.mismatch", "consistent")]
    wrong = sentence.replace("52.5", "55.5").replace("56", "59").replace("36.5", "39.5")
    wrong = wrong.replace("8.4", "11.4")
    assert _findings(tmp_path, wrong) == [("sum.mismatch", "inconsistent")]
    (relation,) = _sums(sentence)
    assert relation["roles"]["total"]["value"].startswith("exactly 100")
    assert len(relation["roles"]["parts"]) == sentence.count(":") + 1


def test_three_whole_terms_said_to_be_nothing_are_a_guess_that_warns(tmp_path):
    sentence = "Trams, buses and trains carried riders in a split of 12 : 35 : 56 last year."
    (relation,) = _sums(sentence)
    assert relation["confidence"] == "low"
    assert _findings(tmp_path, sentence) == [("sum.mismatch", "inconsistent")]
    report, _ = run_check([tmp_path / "a.txt"])
    assert [f.severity for f in report.findings()] == ["warning"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The board backed the plan by a ratio of 3:1 on Tuesday.",  # two terms, no shares
        "Mix the sand, gravel and cement 3 : 2 : 1 for the base.",  # a recipe
        "The structure of the truss was 3 : 2 : 1 in its spans.",  # small whole digits
        "Urban and rural voters turned out in a ratio of 58.2 : 41.8.",  # two terms, no cue
        "The ferry leaves at 10:30 and the bus at 11:45, a share of trips.",  # clock times
        "The home side won 21-19 to take a share of the title.",  # a score
    ],
)
def test_a_ratio_that_is_not_a_split_of_a_hundred_makes_no_sum(sentence):
    assert _sums(sentence) == []


@pytest.mark.parametrize(
    "sentence,status",
    [
        ("Of the 3,600 nurses at the hospital, 720, or one in five, work nights.", "consistent"),
        ("Of the 3,600 nurses at the hospital, 900, or one in five, work nights.", "inconsistent"),
    ],
)
def test_one_in_n_is_a_share_a_part_and_whole_are_held_to(tmp_path, sentence, status):
    assert _findings(tmp_path, sentence) == [("share.mismatch", status)]


def test_a_small_count_spelled_out_is_still_skipped_beside_one_in_n():
    drafted = extract_claims(HEAD + "Four towns joined, and one in three homes now recycles.\n")
    assert [c["value"] for c in drafted["claims"]] == ["one in three"]
    assert any("small count" in s["why"] for s in drafted["article"]["skipped"])
