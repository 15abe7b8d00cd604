"""Report files that cannot be written: a located error and exit 2, never an internal error."""

from __future__ import annotations

import json

from tests.cli_helpers import SEED_003, run_main


def test_jsonl_into_a_missing_folder_is_a_located_error(tmp_path, capsys, monkeypatch):
    target = tmp_path / "missing" / "x.jsonl"
    code, _, err = run_main(
        ["check", SEED_003, "--format", "jsonl", "-o", target], capsys, monkeypatch
    )
    assert code == 2, err
    assert "internal error" not in err
    assert str(target) in err and "folder does not exist" in err


def test_jsonl_to_a_file_is_renamed_into_place(tmp_path, capsys, monkeypatch):
    target = tmp_path / "x.jsonl"
    target.write_text("old\n", encoding="utf-8")
    code, _, err = run_main(
        ["check", SEED_003, "--format", "jsonl", "-o", target, "--fail-on", "never"],
        capsys,
        monkeypatch,
    )
    assert code == 0, err
    for line in target.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    # Nothing staged is left beside the report.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.jsonl"]


def test_a_jsonl_run_that_fails_leaves_nothing_staged(tmp_path, capsys, monkeypatch):
    """JSON Lines are written as the run goes: a run stopped by a bad rules folder leaves
    neither a report nor its staged file."""
    target = tmp_path / "x.jsonl"
    code, _, err = run_main(
        ["check", SEED_003, "--format", "jsonl", "-o", target, "--rules", tmp_path / "none"],
        capsys,
        monkeypatch,
    )
    assert code == 2, err
    assert "internal error" not in err
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_step_summary_is_a_located_error(tmp_path, capsys, monkeypatch):
    summary = tmp_path / "missing" / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, _, err = run_main(["check", SEED_003, "--format", "github"], capsys, monkeypatch)
    assert code == 2, err
    assert "internal error" not in err
    assert str(summary) in err and "GITHUB_STEP_SUMMARY" in err


def test_a_jsonl_finding_is_one_line_whatever_its_quote_holds(tmp_path, capsys, monkeypatch):
    # U+2028, U+2029 and U+0085 end a line for str.splitlines and many other readers.
    article = tmp_path / "story.txt"
    article.write_text(
        "Published: 2024-06-10\n\nFares\n\n"
        "Fares\u2028 and\x85 tolls\u2029 rose 10% to $110 from $100.\n",
        encoding="utf-8",
    )
    code, out, err = run_main(
        ["check", article, "--format", "jsonl", "--fail-on", "never"], capsys, monkeypatch
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines and all(json.loads(line)["article"] == "story" for line in lines)
    first = json.loads(lines[0])
    assert "\u2028" in (first["context"] or "") + (first["quote"] or "")
