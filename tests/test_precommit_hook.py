"""The pre-commit hook: which files it hands over, and `audit check --force-exclude` on them."""

from __future__ import annotations

import json
import re
import shlex

import yaml

from tests.cli_helpers import ROOT, check_json, invoke_assert_code, run_main
from tests.test_gate_flow import STORY

[HOOK] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def _handed_over(path: str) -> bool:
    """Whether pre-commit passes this repository path to the hook (it uses re.search)."""
    return bool(re.search(HOOK["files"], path)) and not re.search(HOOK["exclude"], path)


def test_the_hook_hands_over_articles_and_claims_files_only():
    for path in ("articles/harbour.md", "story.txt", "claims/harbour.yaml", "claims/a.json"):
        assert _handed_over(path), path
    for path in (
        "audit-baseline.json",
        "desk/old-baseline.json",
        ".pre-commit-config.yaml",
        ".github/workflows/audit.yml",
        "package.json",
        "audit.toml",
        "pyproject.toml",
    ):
        assert not _handed_over(path), path
    assert HOOK["language"] == "python" and HOOK["require_serial"] is True


def test_the_hook_entry_applies_the_configuration_to_the_files_it_is_given(
    tmp_path, capsys, monkeypatch
):
    entry = shlex.split(HOOK["entry"])
    assert entry[:2] == ["audit", "check"]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "audit.toml").write_text('include = ["*.md"]\n', encoding="utf-8")
    (tmp_path / "harbour.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: desk\n", encoding="utf-8")
    # pre-commit appends the changed files to the entry.
    args = [*entry[1:], "mkdocs.yml", "harbour.md", "--format", "json"]
    code, out, err = run_main(args, capsys, monkeypatch)
    assert code == 1, err
    assert [a["source"] for a in json.loads(out)["articles"]] == ["harbour.md"]
    # Named without --force-exclude, the YAML is read as a claims file and refused.
    code, _, err = run_main(["check", "mkdocs.yml", "harbour.md"], capsys, monkeypatch)
    assert code == 2 and "mkdocs.yml" in err
    # A commit that changes only excluded files: nothing to audit, and nothing fails.
    out, _ = invoke_assert_code([*entry[1:], "mkdocs.yml"], capsys, monkeypatch, 0)
    assert "0 articles" in out


def test_the_baseline_is_never_audited_as_a_claims_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "harbour.md").write_text(STORY, encoding="utf-8")
    invoke_assert_code(["baseline", "harbour.md"], capsys, monkeypatch, 0)
    report = check_json(
        ["harbour.md", "audit-baseline.json", "--baseline", "audit-baseline.json"],
        capsys,
        monkeypatch,
        0,
    )
    assert report["summary"]["errors"] == 0 and report["summary"]["baselined"] == 1
