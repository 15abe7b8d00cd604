"""SARIF output against the official 2.1.0 schema: rules, regions, fingerprints, suppressions."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.cli_helpers import CLAIMS, ROOT, check_json, invoke_assert_code, run_main
from tests.sarif_schema import assert_valid, valid_sarif
from tests.strategies import article_text
from tests.test_gate_flow import STORY, WRONG

ACCEPT = '<!-- audit: accept share.mismatch "the port authority confirmed it" -->\n'


def _sarif(args, capsys, monkeypatch, code=1) -> dict:
    out, _ = invoke_assert_code(["check", *args, "--format", "sarif"], capsys, monkeypatch, code)
    return valid_sarif(out)


def _results(log: dict) -> list[dict]:
    [run] = log["runs"]
    return run["results"]


def _region(result: dict) -> dict:
    return result["locations"][0]["physicalLocation"]["region"]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_finding_has_its_rule_with_help_and_the_figure_as_its_region(
    tmp_path, capsys, monkeypatch
):
    path = _write(tmp_path / "harbour.md", STORY)
    log = _sarif([path], capsys, monkeypatch)
    [run] = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True}]
    [rule] = run["tool"]["driver"]["rules"]
    assert rule["id"] == "share.mismatch" and rule["name"] == "ShareMismatch"
    assert "part and the whole" in rule["help"]["text"]
    [result] = run["results"]
    assert result["ruleIndex"] == 0 and result["level"] == "error"
    region = _region(result)
    line = STORY.splitlines()[region["startLine"] - 1]
    assert region["endLine"] == region["startLine"]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "45 percent"
    [finding] = [
        f
        for f in check_json([path], capsys, monkeypatch, 1)["findings"]
        if f["status"] == "inconsistent"
    ]
    assert result["partialFingerprints"] == {"claimsAudit/v1": finding["fingerprint"]}
    assert "suppressions" not in result


def test_sentences_added_above_move_the_region_and_keep_the_fingerprint(
    tmp_path, capsys, monkeypatch
):
    path = _write(tmp_path / "harbour.md", STORY)
    [before] = _results(_sarif([path], capsys, monkeypatch))
    # Unrelated sentences: a new paragraph at the top, and two more opening the figure's own
    # paragraph, so the figure moves down and along its line.
    edited = STORY.replace(
        "# Harbour town review\n",
        "# Harbour town review\n\nRain closed the ferry for a week in March.\n",
    ).replace(
        "Of the 400 million", "The quay was repainted. Gulls were counted. Of the 400 million"
    )
    _write(path, edited)
    [after] = _results(_sarif([path], capsys, monkeypatch))
    assert after["partialFingerprints"] == before["partialFingerprints"]
    region = _region(after)
    assert region["startLine"] == _region(before)["startLine"] + 2
    line = edited.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 :].startswith("45 percent")
    # The figure itself edited: a new finding, with a new print.
    _write(path, edited.replace(WRONG, "or 46 percent"))
    [changed] = _results(_sarif([path], capsys, monkeypatch))
    assert changed["partialFingerprints"] != before["partialFingerprints"]


def test_a_comment_in_the_text_is_an_in_source_suppression(tmp_path, capsys, monkeypatch):
    path = _write(tmp_path / "harbour.md", STORY.replace("Of the 400", ACCEPT + "Of the 400"))
    [result] = _results(_sarif([path], capsys, monkeypatch, 0))
    assert result["suppressions"] == [
        {"kind": "inSource", "justification": "the port authority confirmed it"}
    ]


def test_an_acceptance_in_the_claims_file_is_an_external_suppression(tmp_path, capsys, monkeypatch):
    seed = tmp_path / "seed.yaml"
    shutil.copy(CLAIMS / "000_6861132614c7f062.yaml", seed)
    [finding] = [
        f
        for f in check_json([seed], capsys, monkeypatch, 1)["findings"]
        if f["status"] == "inconsistent"
    ]
    claims = ", ".join(finding["claims"])
    with seed.open("a", encoding="utf-8") as out:
        out.write(
            f"accepted:\n  - rule: {finding['rule']}\n    claims: [{claims}]\n"
            "    reason: checked with the statistics bureau\n    by: A. Editor\n"
        )
    [result] = _results(_sarif([seed], capsys, monkeypatch, 0))
    assert result["suppressions"] == [
        {"kind": "external", "justification": "checked with the statistics bureau"}
    ]
    # Located on its claim's line in the claims file, the only file there is.
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("seed.yaml")
    assert location["region"]["startLine"] > 1 and "endLine" not in location["region"]


def test_a_baselined_finding_is_suppressed_and_a_new_one_is_not(tmp_path, capsys, monkeypatch):
    path = _write(tmp_path / "harbour.md", STORY)
    baseline = tmp_path / "audit-baseline.json"
    invoke_assert_code(["baseline", path, "-o", baseline], capsys, monkeypatch, 0)
    [held] = _results(_sarif([path, "--baseline", baseline], capsys, monkeypatch, 0))
    assert held["suppressions"] == [{"kind": "external", "justification": "in the baseline"}]
    _write(path, STORY + "\nOf 200 boats, 50 were yachts, or 40 percent.\n")
    results = _results(_sarif([path, "--baseline", baseline], capsys, monkeypatch, 1))
    assert len(results) == 2
    assert [("suppressions" in r) for r in results].count(False) == 1


def test_every_seed_claims_file_and_article_gives_valid_sarif(capsys, monkeypatch):
    for folder in (CLAIMS, ROOT / "articles"):
        code, out, err = run_main(["check", folder, "--format", "sarif"], capsys, monkeypatch)
        assert code in (0, 1), err
        log = valid_sarif(out)
        for result in _results(log):
            region = _region(result)
            assert region["startLine"] >= 1 and region["startColumn"] >= 1


def test_a_clean_article_gives_an_empty_run(tmp_path, capsys, monkeypatch):
    path = _write(
        tmp_path / "clean.md", "# Quiet\n\nOf 200 boats, 50 were yachts, or 25 percent.\n"
    )
    log = _sarif([path], capsys, monkeypatch, 0)
    assert _results(log) == [] and log["runs"][0]["tool"]["driver"]["rules"] == []


def test_odd_paths_and_unreadable_files_stay_valid(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "news desk"
    folder.mkdir()
    path = _write(folder / "harbour #1.md", STORY)
    _write(folder / "broken file.yaml", "claims: [\n")
    code, out, err = run_main(
        ["check", path, folder / "broken file.yaml", "--format", "sarif"], capsys, monkeypatch
    )
    assert code == 2 and "broken file.yaml" in err
    log = valid_sarif(out)
    [result] = _results(log)
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("file:///") and uri.endswith("/news%20desk/harbour%20%231.md")
    [invocation] = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    [notice] = invocation["toolExecutionNotifications"]
    assert "broken file.yaml" in notice["message"]["text"]
    assert notice["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
    # A relative path stays relative, percent-encoded.
    monkeypatch.chdir(tmp_path)
    log = _sarif([Path("news desk") / "harbour #1.md"], capsys, monkeypatch)
    [result] = _results(log)
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "news%20desk/harbour%20%231.md"
    )


def test_the_schema_check_itself_rejects_what_code_scanning_would():
    # The validator must be able to fail: a result without a message, a bad URI.
    import pytest

    bad = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x"}},
                "results": [
                    {
                        "ruleId": "a",
                        "locations": [
                            {"physicalLocation": {"artifactLocation": {"uri": "a b.md"}}}
                        ],
                    }
                ],
            }
        ],
    }
    with pytest.raises(AssertionError, match="message"):
        assert_valid(bad)
    bad["runs"][0]["results"][0]["message"] = {"text": "m"}
    with pytest.raises(AssertionError, match="uri-reference"):
        assert_valid(bad)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=article_text())
def test_any_article_gives_valid_sarif(text, capsys, monkeypatch):
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "story.md"
        article.write_text(text, encoding="utf-8")
        code, out, err = run_main(["check", article, "--format", "sarif"], capsys, monkeypatch)
    assert code in (0, 1, 2), err
    valid_sarif(out)


def test_an_absolute_path_inside_the_checkout_is_given_from_its_root(tmp_path, capsys, monkeypatch):
    (tmp_path / "articles").mkdir()
    path = _write(tmp_path / "articles" / "harbour.md", STORY)
    monkeypatch.chdir(tmp_path)
    [result] = _results(_sarif([path], capsys, monkeypatch))
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "articles/harbour.md"}
    out, _ = invoke_assert_code(["check", path, "--format", "github"], capsys, monkeypatch, 1)
    assert out.startswith("::error file=articles/harbour.md,line=5,")
