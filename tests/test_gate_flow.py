"""The gate a desk lives with: baselines by content, comments in the text, CI formats."""

from __future__ import annotations

import json

from tests.cli_helpers import check_json, invoke_assert_code
from tests.sarif_schema import valid_sarif

# An invented story with one wrong share: 120 of 400 is 30 percent, not 45.
STORY = """# Harbour town review

The town council met on Tuesday to review the year.

Of the 400 million tonnes of cargo the harbour handled in 2022, containers made up 120 million \
tonnes, or 45 percent.

Tourism brought in 30 million euros.
"""
WRONG = "or 45 percent"


def _story(tmp_path, text=STORY):
    path = tmp_path / "harbour.md"
    path.write_text(text, encoding="utf-8")
    return path


def _inconsistent(report):
    return [f for f in report["findings"] if f["status"] == "inconsistent"]


def test_fingerprint_survives_an_edit_elsewhere_and_changes_with_the_figure(
    tmp_path, capsys, monkeypatch
):
    path = _story(tmp_path)
    [before] = _inconsistent(check_json([path], capsys, monkeypatch, 1))
    path.write_text(
        STORY.replace(
            "# Harbour town review\n", "# Harbour town review\n\nA new opening paragraph.\n"
        ),
        encoding="utf-8",
    )
    [after] = _inconsistent(check_json([path], capsys, monkeypatch, 1))
    assert after["span"] != before["span"]
    assert after["fingerprint"] == before["fingerprint"]
    path.write_text(STORY.replace(WRONG, "or 46 percent"), encoding="utf-8")
    [edited] = _inconsistent(check_json([path], capsys, monkeypatch, 1))
    assert edited["fingerprint"] != before["fingerprint"]


def test_baseline_holds_old_findings_and_fails_on_new_ones(tmp_path, capsys, monkeypatch):
    path = _story(tmp_path)
    baseline = tmp_path / "audit-baseline.json"
    out, _ = invoke_assert_code(["baseline", path, "-o", baseline], capsys, monkeypatch, 0)
    assert "wrote 1 findings" in out
    report = check_json([path, "--baseline", baseline], capsys, monkeypatch, 0)
    [held] = _inconsistent(report)
    assert held["baselined"] and not held["fails_gate"]
    assert report["summary"]["baselined"] == 1
    out, _ = invoke_assert_code(["check", path, "--baseline", baseline], capsys, monkeypatch, 0)
    assert "1 baselined" in out and "[baselined]" in out
    path.write_text(STORY.replace(WRONG, "or 46 percent"), encoding="utf-8")
    report = check_json([path, "--baseline", baseline], capsys, monkeypatch, 1)
    assert [f["baselined"] for f in _inconsistent(report)] == [False]


def test_a_bad_baseline_file_is_bad_input(tmp_path, capsys, monkeypatch):
    baseline = tmp_path / "b.json"
    baseline.write_text("{not json", encoding="utf-8")
    _, err = invoke_assert_code(
        ["check", _story(tmp_path), "--baseline", baseline], capsys, monkeypatch, 2
    )
    assert "b.json:1:" in err


def test_a_comment_in_the_text_accepts_the_finding_and_a_stale_one_is_reported(
    tmp_path, capsys, monkeypatch
):
    text = STORY.replace(
        "Of the 400 million",
        '<!-- audit: accept share.mismatch "the port authority confirmed it"'
        " -->\nOf the 400 million",
    )
    text += '\n<!-- audit: accept growth.* "nothing here" -->\nNo figures here.\n'
    report = check_json([_story(tmp_path, text)], capsys, monkeypatch, 0)
    [accepted] = _inconsistent(report)
    assert accepted["accepted"]["reason"] == "the port authority confirmed it"
    assert "harbour.md:5" in accepted["accepted"]["by"]
    [note] = report["articles"][0]["notes"]
    assert "growth.*" in note and "matches no finding" in note


def test_sarif_locates_the_figure_and_carries_the_fingerprint(tmp_path, capsys, monkeypatch):
    path = _story(tmp_path)
    out, _ = invoke_assert_code(["check", path, "--format", "sarif"], capsys, monkeypatch, 1)
    sarif = valid_sarif(out)
    assert sarif["version"] == "2.1.0"
    [run] = sarif["runs"]
    [rule] = run["tool"]["driver"]["rules"]
    assert rule["id"] == "share.mismatch" and rule["help"]["text"]
    [result] = run["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    line = STORY.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 :].startswith("45 percent")
    report = check_json([path], capsys, monkeypatch, 1)
    assert (
        result["partialFingerprints"]["claimsAudit/v1"] == _inconsistent(report)[0]["fingerprint"]
    )
    assert "suppressions" not in result


def test_github_annotates_the_line_and_writes_the_step_summary(tmp_path, capsys, monkeypatch):
    path = _story(tmp_path)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out, _ = invoke_assert_code(["check", path, "--format", "github"], capsys, monkeypatch, 1)
    [annotation] = out.splitlines()
    line_no = next(i for i, line in enumerate(STORY.splitlines(), 1) if WRONG in line)
    assert annotation.startswith(f"::error file={path},line={line_no},")
    assert "share.mismatch" in annotation
    assert "45 percent" in summary.read_text(encoding="utf-8")


def test_junit_has_a_case_per_relation_and_gitlab_a_located_issue(tmp_path, capsys, monkeypatch):
    from xml.etree import ElementTree as ET

    path = _story(tmp_path)
    out, _ = invoke_assert_code(["check", path, "--format", "junit"], capsys, monkeypatch, 1)
    [suite] = ET.fromstring(out)
    assert suite.get("failures") == "1"
    [case] = suite
    assert case.get("classname") == "share.mismatch" and case.find("failure") is not None
    out, _ = invoke_assert_code(["check", path, "--format", "gitlab"], capsys, monkeypatch, 1)
    [issue] = json.loads(out)
    line_no = next(i for i, line in enumerate(STORY.splitlines(), 1) if WRONG in line)
    assert issue["location"]["lines"]["begin"] == line_no
    assert issue["severity"] == "major" and len(issue["fingerprint"]) == 32


def test_progress_is_reported_per_file_and_silent_off_a_terminal(tmp_path, capsys, monkeypatch):
    from audit.pipeline import run_check

    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.md").write_text(STORY.replace("harbour", "airport"), encoding="utf-8")
    calls: list[tuple[int, int]] = []
    run_check([tmp_path], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]
    _, err = invoke_assert_code(["check", tmp_path, "--fail-on", "never"], capsys, monkeypatch)
    assert err == ""  # stderr is not a terminal under the tests: no bar


def test_a_claims_file_finding_is_annotated_on_its_claim_line(capsys, monkeypatch):
    from tests.cli_helpers import SEED_000

    out, _ = invoke_assert_code(["check", SEED_000, "--format", "github"], capsys, monkeypatch, 1)
    [annotation] = out.splitlines()
    line_no = int(annotation.split(",line=")[1].split(",")[0])
    assert line_no > 1
    assert (
        SEED_000.read_text(encoding="utf-8").splitlines()[line_no - 1].lstrip().startswith("- id:")
    )
