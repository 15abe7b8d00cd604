"""GitHub annotations: past GitHub's limit per type, the notice says where the rest are."""

from __future__ import annotations

from audit.report.github import PER_TYPE
from tests.cli_helpers import invoke_assert_code


def _many_wrong_shares(tmp_path, count: int):
    """A claims file with `count` wrong shares (30 of 100 said to be 45 percent)."""
    claims, relations = [], []
    for n in range(count):
        claims += [
            f"  - {{id: whole{n}, value: '100 tonnes'}}",
            f"  - {{id: part{n}, value: '30 tonnes'}}",
            f"  - {{id: share{n}, value: '45 percent'}}",
        ]
        relations.append(
            f"  - {{id: r{n}, kind: share, roles: {{part: part{n}, whole: whole{n},"
            f" share: share{n}}}}}"
        )
    path = tmp_path / "many.yaml"
    path.write_text(
        "article: {id: many}\nclaims:\n" + "\n".join(claims) + "\nrelations:\n"
        "" + "\n".join(relations) + "\n",
        encoding="utf-8",
    )
    return path


def test_the_rest_are_in_the_step_summary_only_when_it_was_written(tmp_path, capsys, monkeypatch):
    path = _many_wrong_shares(tmp_path, PER_TYPE + 3)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out, _ = invoke_assert_code(["check", path, "--format", "github"], capsys, monkeypatch, 1)
    assert out.count("::error ") == PER_TYPE
    assert out.splitlines()[-1] == "::notice::3 more findings are in the step summary"
    assert summary.read_text(encoding="utf-8").count("45 percent") >= PER_TYPE + 3


def test_without_a_step_summary_the_notice_says_how_to_see_them_all(tmp_path, capsys, monkeypatch):
    path = _many_wrong_shares(tmp_path, PER_TYPE + 2)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    out, _ = invoke_assert_code(["check", path, "--format", "github"], capsys, monkeypatch, 1)
    last = out.splitlines()[-1]
    assert last.startswith("::notice::2 more findings ")
    assert "step summary" not in last and "--format terminal" in last
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "")  # set but empty: nothing is written either
    out, _ = invoke_assert_code(["check", path, "--format", "github"], capsys, monkeypatch, 1)
    assert "step summary" not in out


def test_no_notice_when_every_finding_is_annotated(tmp_path, capsys, monkeypatch):
    path = _many_wrong_shares(tmp_path, 2)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    out, _ = invoke_assert_code(["check", path, "--format", "github"], capsys, monkeypatch, 1)
    assert out.count("::error ") == 2 and "::notice::" not in out
