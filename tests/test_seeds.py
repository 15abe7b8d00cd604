"""The verdicts EXPECTED.md asks of the five seed articles, from the project's claims files."""

from pathlib import Path

import pytest

from audit.pipeline import run_check

CLAIMS = Path(__file__).parent.parent / "claims"


@pytest.fixture(scope="module")
def findings():
    report, _ = run_check([CLAIMS])
    return {(f.article[:3], f.relation): f for f in report.findings()}, report


def test_000_multiple_holds_only_read_as_by_and_notes_the_ambiguity(findings):
    f = findings[0][("000", "multiple_vs_cagr")]
    assert f.status == "consistent"
    assert f.holding == "by"
    assert "can be read as 'by' or 'to'" in f.note


def test_000_gap_over_gdp_growth_needs_the_reference_facts(findings):
    f = findings[0][("000", "gap_over_gdp_growth")]
    assert f.status == "consistent"
    assert any(i.label and "jiangxi.gdp.2016" in i.label for i in f.inputs)


def test_000_yearly_rise_in_percentage_points(findings):
    assert findings[0][("000", "share_yearly_rise")].status == "consistent"


def test_000_billion_written_for_trillion(findings):
    f = findings[0][("000", "total_as_share_of_gdp")]
    assert f.status == "inconsistent"
    assert "billion written for trillion" in f.cause
    assert "1.038 billion yuan" in f.cause


def test_000_growth_without_prior_year_is_unverifiable(findings):
    f = findings[0][("000", "total_growth_2021")]
    assert f.status == "unverifiable"
    assert "start" in f.reason


def test_001_conversion_checked_once_and_consistent(findings):
    conversions = [f for (a, _), f in findings[0].items() if a == "001" and f.kind == "conversion"]
    assert len(conversions) == 1
    assert conversions[0].status == "consistent"


def test_001_share_of_gdp(findings):
    assert findings[0][("001", "scale_2021_share_of_gdp")].status == "consistent"


def test_001_growth_is_derived_not_flagged(findings):
    f = findings[0][("001", "scale_growth_2012_2021")]
    assert f.status == "unverifiable"
    assert "17.1" in f.message


def test_002_conversion_and_targets(findings):
    assert findings[0][("002", "threshold_in_dollars")].status == "consistent"
    report = findings[1]
    shanxi = next(a for a in report.articles if a.article.id.startswith("002"))
    targets = [u for u in shanxi.coverage.unchecked if "target" in u.why]
    assert {u.claim for u in targets} >= {"core_share_target", "growth_target"}


def test_003_has_no_findings(findings):
    assert not [f for (a, _), f in findings[0].items() if a == "003"]


def test_004_share_conversion_reference(findings):
    for relation in ("core_share_of_gdp_2020", "core_value_in_dollars", "gdp_2020_against_nbs"):
        assert findings[0][("004", relation)].status == "consistent", relation
    assert findings[0][("004", "hangzhou_growth_2021")].status == "unverifiable"


def test_004_reference_matches_the_verified_vintage_only(findings):
    f = findings[0][("004", "gdp_2020_against_nbs")]
    assert any("final verification" in (i.label or "") for i in f.inputs)


def test_only_the_scale_slip_fails_the_gate(findings):
    failing = findings[1].failing("error")
    assert [(f.article[:3], f.relation) for f in failing] == [("000", "total_as_share_of_gdp")]
