"""Run the `audit` command in-process, the way the console script runs it, and check the result.

`invoke_assert_code` calls `audit.cli.main()` (not `cli` directly), so the mapping of
`AuditError` to exit status 2 and a one-line `audit: error: ...` message is part of what the
tests see. stdout and stderr come back separately.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from audit.cli import main

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
CLAIMS = ROOT / "claims"
SEED_000 = CLAIMS / "000_6861132614c7f062.yaml"
SEED_001 = CLAIMS / "001_2b79150051ff0f08.yaml"
SEED_003 = CLAIMS / "003_89b75f63cf8a818f.yaml"
SEED_004 = CLAIMS / "004_bb1652626000296c.yaml"


def run_main(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `audit ARGS`, run through `audit.cli.main()`."""
    # Plain, wide, colourless output whatever the environment of the test run.
    monkeypatch.setenv("COLUMNS", "400")
    monkeypatch.setenv("NO_COLOR", "1")
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "argv", ["audit", *map(str, args)])
    capsys.readouterr()  # drop anything printed before
    try:
        main()
        code = 0
    except SystemExit as done:
        code = _exit_status(done.code)
    out, err = capsys.readouterr()
    return code, out, err


def _exit_status(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    return 1  # sys.exit("message") prints the message and exits 1


def invoke_assert_code(
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    ret_code: int = 0,
) -> tuple[str, str]:
    """Run `audit ARGS` and assert its exit status; return (stdout, stderr)."""
    code, out, err = run_main(args, capsys, monkeypatch)
    assert code == ret_code, (
        f"`audit {' '.join(map(str, args))}` exited {code}, expected {ret_code}\n"
        f"--- stdout ---\n{out}\n--- stderr ---\n{err}"
    )
    assert "Traceback" not in out and "Traceback" not in err
    return out, err


def check_json(args: list[str], capsys, monkeypatch, ret_code: int = 0) -> dict:
    """`audit check ARGS --format json`, parsed."""
    out, _err = invoke_assert_code(
        ["check", *args, "--format", "json"], capsys, monkeypatch, ret_code
    )
    return json.loads(out)


def error_lines(stderr: str) -> list[str]:
    """The lines of stderr that say what is wrong (click's usage hints left out)."""
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not line.startswith(("Usage:", "Try '"))
    ]


def copy_claims(source: Path, directory: Path, name: str | None = None) -> Path:
    """A copy of a claims file in `directory` (the article id stays the one written in it)."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / (name or source.name)
    shutil.copyfile(source, target)
    return target


def replace_once(path: Path, old: str, new: str) -> None:
    """Replace `old` by `new` in a text file, insisting that `old` occurs exactly once."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def finding(report: dict, relation: str, article: str | None = None) -> dict:
    """The single finding on `relation` in a parsed JSON report."""
    found = [
        f
        for f in report["findings"]
        if f["relation"] == relation and (article is None or f["article"] == article)
    ]
    assert len(found) == 1, f"{len(found)} findings on relation {relation!r}: {found}"
    return found[0]


# A rule file that is valid and whose examples hold; tests vary it to make it wrong.
VALID_RULE = """\
title: Per-capita figure disagrees with a house check
kind: per_capita
severity: warning
compare: per_capita
formula: total / count
message: "Stated {stated}; {formula} gives {computed}."
docs:
  checks: A per-person figure against the total and the count.
  why: House style double-checks per-capita figures.
  example: "2.4 billion yuan for 1.2 million people is 2,000 yuan each."
examples:
  pass:
    - {total: "2.4 billion yuan", count: "1.2 million", per_capita: "2,000 yuan"}
  fail:
    - {total: "2.4 billion yuan", count: "1.2 million", per_capita: "20,000 yuan"}
"""


def write_rule(directory: Path, relative: str, text: str = VALID_RULE) -> Path:
    """Write a rule file at `directory/relative` (its id comes from `relative`)."""
    path = directory / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
