"""A level, its absolute change since a base year and the yearly rate of it (change_cagr):
"income reached 31,500, up 11,200 from 2015, an average rise of 6.5% a year"."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from audit.pipeline import run_check

HEAD = "Published: 2023-06-10\n\nA test title\n\n"


def _relations(body: str) -> list[dict]:
    return extract_claims(HEAD + body + "\n")["relations"]


def _findings(tmp_path, body: str) -> list[tuple[str, str, str]]:
    article = tmp_path / "a.txt"
    article.write_text(HEAD + body + "\n", encoding="utf-8")
    report, _ = run_check([article])
    return [(f.rule, f.status, f.severity) for f in report.findings()]


@pytest.mark.parametrize(
    "body,status",
    [
        (
            "Farm income hit 31,500 yuan in 2022, up 11,200 yuan from 2015, or 6.5% a year.",
            "consistent",
        ),
        (
            "Farm income hit 31,500 yuan in 2022, up 11,200 yuan from 2015, or 7.9% a year.",
            "inconsistent",
        ),
        (
            "In 2021 the port handled 3.8 billion tonnes, down 600 million tonnes from 2017, "
            "an average fall of 3.6% a year.",
            "consistent",
        ),
        (
            "In 2021 the port handled 3.8 billion tonnes, down 600 million tonnes from 2017, "
            "an average fall of 4.6% a year.",
            "inconsistent",
        ),
        (
            "Pay at the mill averaged 52,800 yuan in 2022, 17,300 yuan more than in 2016, an "
            "average annual increase of 6.8%.",
            "consistent",
        ),
        (
            "Pay at the mill averaged 52,800 yuan in 2022, 17,300 yuan more than in 2016, an "
            "average annual increase of 8.8%.",
            "inconsistent",
        ),
        (
            "Bus trips rose to 96 million in 2022, up 30 million from the 2012 level, for "
            "average annual growth of 3.8%.",
            "consistent",
        ),
    ],
)
def test_the_yearly_rate_of_a_change_since_a_base_year_is_checked(tmp_path, body, status):
    assert _findings(tmp_path, body) == [("change.annual_mismatch", status, "error")]
    (relation,) = _relations(body)
    assert relation["kind"] == "change_cagr"
    assert relation["period"] in ("2015/2022", "2017/2021", "2016/2022", "2012/2022")


def test_with_no_year_for_the_level_the_span_ends_at_the_latest_year_the_article_states():
    body = (
        "Rents in the town averaged 900 pounds a month in 2021.\n\n"
        "Household income reached 31,500 yuan, up 11,200 yuan from 2015, or 6.5% a year."
    )
    (relation,) = [r for r in _relations(body) if r["kind"] == "change_cagr"]
    assert relation["period"] == "2015/2021"
    assert relation["confidence"] == "low" and "latest year the article states" in relation["note"]


def test_with_no_year_at_all_the_span_ends_in_the_year_of_publication(tmp_path):
    body = "Household income reached 31,500 yuan, up 11,200 yuan from 2015, or 5.6% a year."
    (relation,) = _relations(body)
    assert relation["period"] == "2015/2023" and relation["confidence"] == "low"
    # A guessed span never fails the gate at error severity.
    assert _findings(tmp_path, body.replace("5.6%", "7.9%")) == [
        ("change.annual_mismatch", "inconsistent", "warning")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Farm income hit 31,500 yuan in 2022, up 11,200 yuan from a year earlier, or 6.5% a year.",
        "Farm income hit 31,500 yuan in 2022, up 11,200 yuan from 2015, and rent rose 6.5% a year.",
        "Farm income hit 31,500 yuan in 2022, up 11,200 yuan from 2015, or 55%.",
    ],
)
def test_near_misses_make_no_annual_rate_relation(body):
    assert [r for r in _relations(body) if r["kind"] == "change_cagr"] == []
