"""`audit baseline` records what `audit check` would fail on, read with the same configuration."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from tests.cli_helpers import check_json, invoke_assert_code
from tests.test_gate_flow import STORY

ACCEPT = '<!-- audit: accept share.mismatch "the port authority confirmed it" -->\n'


def _prints(path) -> list[str]:
    return [e["fingerprint"] for e in json.loads(path.read_text(encoding="utf-8"))["findings"]]


def test_the_baseline_reads_the_configuration_check_reads(tmp_path, capsys, monkeypatch):
    story = tmp_path / "harbour.md"
    story.write_text(STORY, encoding="utf-8")
    baseline = tmp_path / "audit-baseline.json"
    invoke_assert_code(["baseline", story, "-o", baseline], capsys, monkeypatch, 0)
    assert len(_prints(baseline)) == 1
    (tmp_path / "audit.toml").write_text('ignore = ["share.*"]\n', encoding="utf-8")
    out, _ = invoke_assert_code(["baseline", story, "-o", baseline], capsys, monkeypatch, 0)
    assert "wrote 0 findings" in out and _prints(baseline) == []
    # --config names another file, as for check.
    other = tmp_path / "other.toml"
    other.write_text('select = ["*"]\n', encoding="utf-8")
    invoke_assert_code(
        ["baseline", story, "-o", baseline, "--config", other], capsys, monkeypatch, 0
    )
    assert len(_prints(baseline)) == 1


def test_an_accepted_finding_stays_out_of_the_baseline_and_fails_when_unaccepted(
    tmp_path, capsys, monkeypatch
):
    story = tmp_path / "harbour.md"
    story.write_text(STORY.replace("Of the 400", ACCEPT + "Of the 400"), encoding="utf-8")
    baseline = tmp_path / "audit-baseline.json"
    invoke_assert_code(["baseline", story, "-o", baseline], capsys, monkeypatch, 0)
    assert _prints(baseline) == []
    report = check_json([story, "--baseline", baseline], capsys, monkeypatch, 0)
    assert report["summary"]["baselined"] == 0
    story.write_text(STORY, encoding="utf-8")  # the comment removed: the finding is back
    check_json([story, "--baseline", baseline], capsys, monkeypatch, 1)


@given(st.binary(max_size=300))
def test_prints_are_sha256_whichever_implementation_computes_them(data):
    import hashlib

    from audit.gate.fingerprint import sha256

    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
