"""The unemployment rate against the unemployed and the employed it is made of: the rate is
the unemployed's share of the two together, the labour force a release seldom states."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict

HEAD = "Published: 2024-11-12\n\nJobs survey\n\n"
COUNTS = (
    "Of the 40.1 million people of working age, 16.4 million were employed and 5.8 million were "
    "unemployed in the third quarter."
)


def _shares(text: str) -> list[tuple]:
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (
            values[r["roles"]["part"]],
            [values[p] for p in r["roles"]["rest"]],
            values[r["roles"]["share"]],
            r.get("confidence"),
        )
        for r in drafted["relations"]
        if r["kind"] == "share_of_sum"
    ]


@pytest.mark.parametrize(("rate", "verdict"), [("26.1%", "consistent"), ("35.4%", "inconsistent")])
def test_the_rate_is_the_unemployeds_share_of_both_counts(tmp_path, rate, verdict):
    text = HEAD + f"{COUNTS}\n\nThe official unemployment rate was {rate}, the agency said.\n"
    assert _shares(text) == [("5.8 million", ["16.4 million"], rate, "low")]
    assert_relation_verdict(tmp_path, "jobs", text, "share_of_sum", verdict)


def test_counts_named_before_them_in_the_rates_own_sentence_are_a_firmer_link():
    text = HEAD + (
        "The number of unemployed persons rose to 612,300 and employment stood at 9,830,100, "
        "giving a jobless rate of 5.9%.\n"
    )
    assert _shares(text) == [("612,300", ["9,830,100"], "5.9%", "medium")]


@pytest.mark.parametrize(
    "rate",
    [
        "The youth unemployment rate was 41.0%.",  # a group's rate, of another whole
        "The unemployment rate rose by 0.4%.",  # a change of the rate, not the rate
        "The participation rate was 55.4%.",  # another rate
    ],
)
def test_no_link_for_another_rate(rate):
    assert _shares(HEAD + f"{COUNTS}\n\n{rate}\n") == []


@pytest.mark.parametrize(
    "counts",
    [
        # changes of the counts, not the counts
        "Employment rose by 120,000 and unemployment fell by 45,000 in the quarter.",
        # two counts of the unemployed: the words do not say which
        "In Tarn 210,000 were unemployed, in Ostra 190,000 were unemployed and 4.1 million "
        "were employed.",
        # a group's counts
        "Among women, 7.1 million were employed and 2.9 million were unemployed.",
    ],
)
def test_no_link_where_the_counts_are_not_the_labour_forces(counts):
    assert _shares(HEAD + f"{counts}\n\nThe unemployment rate was 26.1%.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # another place's rate, or another place's counts
        "In Velmar, 2.40 million people were employed and 150,000 were unemployed. The "
        "unemployment rate in the province of Ostra was 9.1%.",
        "Norland's unemployment rate was 11.7%. In Portalia, 4.90 million people were employed "
        "and 330,000 were unemployed.",
        "About 1.2 million people were unemployed in the capital region, where 9.8 million were "
        "employed. Nationally, the unemployment rate was 6.4%.",
        # a sector's workers are not all the employed
        "Manufacturing employed 2.1 million people. The number of unemployed people stood at "
        "410,000. The unemployment rate was 4.6%.",
        # a group of the unemployed
        "The unemployment rate was 5.8%. Some 400,000 people were unemployed for more than a "
        "year, while 17.9 million were employed.",
        # counts of an earlier time
        "The unemployment rate was 4.0%. Back then, 1.84 million were employed and 160,000 "
        "were unemployed.",
    ],
)
def test_no_link_to_counts_of_another_place_sector_group_or_time(text):
    assert _shares(HEAD + text + "\n") == []
