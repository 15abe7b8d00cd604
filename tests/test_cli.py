"""The `audit` command as users run it: exit statuses, the three report formats, verdicts that
follow the figures in a claims file, accepted findings, severity gating and the rule commands.

Everything goes through `audit.cli.main()` in-process (tests/cli_helpers.py), except one test
that runs `python -m audit` in a subprocess to prove the real console path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from cli_helpers import (
    CLAIMS,
    ROOT,
    SEED_000,
    SEED_001,
    SEED_003,
    SEED_004,
    VALID_RULE,
    check_json,
    copy_claims,
    error_lines,
    finding,
    invoke_assert_code,
    replace_once,
    run_main,
    write_rule,
)

from audit.report.markdown import HEADER

FINDING_KEYS = {
    "article",
    "rule",
    "status",
    "severity",
    "claims",
    "stated",
    "computed",
    "message",
    "quote",
    "span",
}
STATUSES = {"consistent", "inconsistent", "unverifiable"}
SEED_IDS = sorted(p.stem for p in CLAIMS.glob("*.yaml"))


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a stray default ./reports would land here, not in the repo


@pytest.fixture(scope="module")
def seed_report() -> dict:
    """The JSON report of the project's claims/ folder (run once for the module)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(
            sys, "argv", ["audit", "check", str(CLAIMS), "--format", "json", "--fail-on", "never"]
        )
        from contextlib import redirect_stdout
        from io import StringIO

        from audit.cli import main

        buffer = StringIO()
        with redirect_stdout(buffer), pytest.raises(SystemExit) as done:
            main()
    assert done.value.code == 0
    return json.loads(buffer.getvalue())


# --- audit check on the seed claims ------------------------------------------------------------


def test_check_seed_claims_fails_the_gate(capsys, monkeypatch):
    out, err = invoke_assert_code(["check", CLAIMS], capsys, monkeypatch, 1)
    assert "share.mismatch" in out
    assert "5 articles: 1 inconsistent" in out
    assert "1 fail the gate (--fail-on error)" in out
    assert err == ""


def test_check_seed_claims_with_gate_off(capsys, monkeypatch):
    out, err = invoke_assert_code(["check", CLAIMS, "--fail-on", "never"], capsys, monkeypatch, 0)
    assert "Gate off" in out
    assert err == ""


def test_json_report_shape(seed_report):
    findings = seed_report["findings"]
    assert findings
    for item in findings:
        assert item.keys() >= FINDING_KEYS, FINDING_KEYS - item.keys()
        assert item["status"] in STATUSES
        assert item["severity"] in {"error", "warning", "info"}
        assert isinstance(item["claims"], list)
        assert item["span"] is None or (
            len(item["span"]) == 2 and item["span"][0] <= item["span"][1]
        )
    assert {item["article"] for item in findings} <= set(SEED_IDS)
    summary = seed_report["summary"]
    for status in STATUSES:
        assert summary[status] == sum(f["status"] == status for f in findings)
    assert summary["inconsistent"] == 1
    assert summary["articles"] == len(SEED_IDS)


def test_json_is_the_only_thing_on_stdout(capsys, monkeypatch):
    out, err = invoke_assert_code(["check", SEED_003, "--format", "json"], capsys, monkeypatch)
    json.loads(out)
    assert err == ""


def test_000_share_is_billion_written_for_trillion(seed_report):
    share = finding(seed_report, "total_as_share_of_gdp")
    assert share["article"] == "000_6861132614c7f062"
    assert share["rule"] == "share.mismatch"
    assert share["status"] == "inconsistent"
    assert share["severity"] == "error"
    assert "billion written for trillion" in share["cause"]
    assert "billion written for trillion" in share["message"]
    assert share["stated"] == "35 percent"
    assert set(share["claims"]) == {"digital_total_2021", "digital_share_2021"}
    assert share["quote"] == (
        "The province's digital economy accounted for 35 percent of GDP in 2021"
    )
    assert share["span"] == [3266, 3336]
    assert share["fails_gate"] is False  # --fail-on never


def test_003_has_no_findings(seed_report):
    assert [f for f in seed_report["findings"] if f["article"] == SEED_003.stem] == []
    [article] = [a for a in seed_report["articles"] if a["article"] == SEED_003.stem]
    assert article["counts"] == {s: 0 for s in STATUSES}


def test_001_duplicated_conversion_is_one_finding(seed_report):
    conversions = [
        f
        for f in seed_report["findings"]
        if f["article"] == SEED_001.stem and f["kind"] == "conversion"
    ]
    assert len(conversions) == 1
    assert conversions[0]["rule"] == "conversion.implausible_rate"
    assert conversions[0]["status"] == "consistent"


def test_article_id_defaults_to_file_name(tmp_path, capsys, monkeypatch):
    copy = copy_claims(SEED_003, tmp_path, "guizhou-expos.yaml")
    replace_once(copy, "  id: 003_89b75f63cf8a818f\n", "")
    report = check_json([copy], capsys, monkeypatch)
    assert [a["article"] for a in report["articles"]] == ["guizhou-expos"]


def test_markdown_reports(tmp_path, capsys, monkeypatch):
    reports = tmp_path / "out" / "reports"
    out, err = invoke_assert_code(
        ["check", CLAIMS, "--format", "markdown", "--reports-dir", reports], capsys, monkeypatch, 1
    )
    pages = sorted(p.name for p in reports.iterdir())
    stems = ["index", *SEED_IDS]
    assert pages == sorted(f"{stem}.{suffix}" for stem in stems for suffix in ("md", "html"))
    assert f"wrote {len(pages)} pages to {reports}" in out
    assert err == ""
    index = (reports / "index.md").read_text(encoding="utf-8")
    assert index.startswith(HEADER)
    assert "Generated" in HEADER and "do not edit" in HEADER
    for article_id in SEED_IDS:
        assert f"({article_id}.md)" in index
        page = (reports / f"{article_id}.md").read_text(encoding="utf-8")
        assert page.startswith(HEADER)
        assert "\n## Coverage\n" in page
    share_page = (reports / f"{SEED_000.stem}.md").read_text(encoding="utf-8")
    assert "## Inconsistent" in share_page
    assert "billion written for trillion" in share_page


def test_markdown_reports_are_repeatable(tmp_path, capsys, monkeypatch):
    first, second = tmp_path / "a", tmp_path / "b"
    for where in (first, second):
        invoke_assert_code(
            ["check", SEED_000, "--format", "markdown", "--reports-dir", where],
            capsys,
            monkeypatch,
            1,
        )
    for page in first.iterdir():
        assert page.read_text(encoding="utf-8") == (second / page.name).read_text(encoding="utf-8")


# --- editing the figures flips the verdicts ----------------------------------------------------


def test_004_share_follows_the_stated_figure(tmp_path, capsys, monkeypatch):
    copy = copy_claims(SEED_004, tmp_path)
    replace_once(copy, "value: 7.8%", "value: 8.8%")
    report = check_json([copy], capsys, monkeypatch, 1)
    share = finding(report, "core_share_of_gdp_2020")
    assert share["status"] == "inconsistent"
    assert share["stated"] == "8.8%"
    assert share["fails_gate"] is True
    replace_once(copy, "value: 8.8%", "value: 7.8%")
    report = check_json([copy], capsys, monkeypatch, 0)
    assert finding(report, "core_share_of_gdp_2020")["status"] == "consistent"


def test_004_conversion_scale_slip(tmp_path, capsys, monkeypatch):
    copy = copy_claims(SEED_004, tmp_path)
    replace_once(copy, "value: $1.11 trillion", "value: $1.11 billion")
    report = check_json([copy], capsys, monkeypatch, 1)
    conversion = finding(report, "core_value_in_dollars")
    assert conversion["status"] == "inconsistent"
    assert conversion["rule"] == "conversion.implausible_rate"
    assert "billion written for trillion" in conversion["cause"]
    # nothing else moved
    assert finding(report, "core_share_of_gdp_2020")["status"] == "consistent"


def test_000_yearly_rise_follows_the_stated_figure(tmp_path, capsys, monkeypatch):
    copy = copy_claims(SEED_000, tmp_path)
    report = check_json([copy], capsys, monkeypatch, 1)
    assert finding(report, "share_yearly_rise")["status"] == "consistent"
    replace_once(copy, "value: 2.6 percentage points", "value: 3.6 percentage points")
    report = check_json([copy], capsys, monkeypatch, 1)
    rise = finding(report, "share_yearly_rise")
    assert rise["status"] == "inconsistent"
    assert rise["rule"] == "pp.yearly_change_mismatch"
    assert rise["stated"] == "3.6 percentage points"
    assert report["summary"]["inconsistent"] == 2


# --- accepted findings -------------------------------------------------------------------------

ACCEPT_SHARE = """
accepted:
  - rule: share.mismatch
    relation: total_as_share_of_gdp
    reason: The author confirms the total is in trillions; correction pending.
    by: J. Editor
"""


def test_accepted_finding_passes_the_gate_and_stays_in_the_report(tmp_path, capsys, monkeypatch):
    copy = copy_claims(SEED_000, tmp_path)
    with copy.open("a", encoding="utf-8") as handle:
        handle.write(ACCEPT_SHARE)
    report = check_json([copy, "--fail-on", "error"], capsys, monkeypatch, 0)
    share = finding(report, "total_as_share_of_gdp")
    assert share["status"] == "inconsistent"
    assert share["accepted"] == {
        "reason": "The author confirms the total is in trillions; correction pending.",
        "by": "J. Editor",
    }
    assert share["fails_gate"] is False
    assert report["summary"]["inconsistent"] == 1
    assert report["summary"]["failing"] == 0
    [article] = report["articles"]
    assert article["notes"] == []
    out, _ = invoke_assert_code(["check", copy], capsys, monkeypatch, 0)
    assert "[accepted]" in out
    assert "correction pending" in out


def test_accepted_by_claim_ids(tmp_path, capsys, monkeypatch):
    copy = copy_claims(SEED_000, tmp_path)
    with copy.open("a", encoding="utf-8") as handle:
        handle.write(
            "\naccepted:\n  - rule: share.mismatch\n"
            "    claims: [digital_total_2021, digital_share_2021]\n"
            "    reason: reviewed\n"
        )
    report = check_json([copy], capsys, monkeypatch, 0)
    assert finding(report, "total_as_share_of_gdp")["accepted"]["reason"] == "reviewed"


def test_accepted_entry_matching_nothing_is_noted(tmp_path, capsys, monkeypatch):
    copy = copy_claims(SEED_000, tmp_path)
    with copy.open("a", encoding="utf-8") as handle:
        handle.write(
            "\naccepted:\n  - rule: growth.mismatch\n"
            "    relation: share_yearly_rise\n    reason: stale review\n"
        )
    line = copy.read_text(encoding="utf-8").splitlines().index("  - rule: growth.mismatch") + 1
    report = check_json([copy], capsys, monkeypatch, 1)  # the share finding still fails
    [article] = report["articles"]
    assert len(article["notes"]) == 1
    note = article["notes"][0]
    assert f"line {line}" in note and "growth.mismatch" in note and "matches no finding" in note
    assert all(f["accepted"] is None for f in report["findings"])


# --- severity gating ---------------------------------------------------------------------------

SPENDING = """\
article:
  id: spending
  title: A city's spending per resident
  published: 2023-08
claims:
  - id: total
    quote: "spending of 2.4 billion yuan"
    value: 2.4 billion yuan
  - id: residents
    quote: "for 1.2 million residents"
    value: 1.2 million
  - id: each
    quote: "2,000 yuan per person"
    value: "2,000 yuan"
relations:
  - id: per_person
    kind: per_capita
    roles: {total: total, count: residents, per_capita: each}
"""

# A house rule of severity warning that can never agree (it is off by a factor of ten).
STRICT_RULE = VALID_RULE.replace("formula: total / count", "formula: total / count * 10")


@pytest.mark.parametrize("fail_on, code", [("warning", 1), ("error", 0), ("never", 0)])
def test_fail_on_threshold_against_a_warning_rule(fail_on, code, tmp_path, capsys, monkeypatch):
    claims = tmp_path / "spending.yaml"
    claims.write_text(SPENDING, encoding="utf-8")
    write_rule(tmp_path / "rules", "house/per_capita_strict.yaml", STRICT_RULE)
    report = check_json(
        [claims, "--rules", tmp_path / "rules", "--fail-on", fail_on], capsys, monkeypatch, code
    )
    by_rule = {f["rule"]: f for f in report["findings"]}
    assert set(by_rule) == {"per_capita.mismatch", "house.per_capita_strict"}
    assert by_rule["per_capita.mismatch"]["status"] == "consistent"
    strict = by_rule["house.per_capita_strict"]
    assert strict["status"] == "inconsistent"
    assert strict["severity"] == "warning"
    assert strict["fails_gate"] is (code == 1)
    assert report["summary"]["failing"] == (1 if code else 0)


def test_shipped_rules_alone_pass_the_spending_claims(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "spending.yaml"
    claims.write_text(SPENDING, encoding="utf-8")
    report = check_json([claims, "--fail-on", "warning"], capsys, monkeypatch, 0)
    assert [f["status"] for f in report["findings"]] == ["consistent"]


# --- the terminal report -----------------------------------------------------------------------


def test_terminal_prints_article_text_verbatim(tmp_path, capsys, monkeypatch):
    """Quotes are text, not rich markup: '[sic]' and '[bold]x[/bold]' come out as written."""
    quote = "the [bold]share[/bold] was 8.8% [sic] of [red]GDP[/]"
    claims = tmp_path / "markup.yaml"
    claims.write_text(
        f"""\
article:
  id: markup
  title: "A [italic]title[/italic] with [brackets]"
claims:
  - id: part
    value: 7.9 trillion yuan
  - id: whole
    value: 101.36 trillion yuan
  - id: share
    quote: "{quote}"
    value: 8.8%
relations:
  - id: core
    kind: share
    roles: {{part: part, whole: whole, share: share}}
""",
        encoding="utf-8",
    )
    out, err = invoke_assert_code(["check", claims], capsys, monkeypatch, 1)
    assert quote in out
    assert "A [italic]title[/italic] with [brackets]" in out
    assert "\x1b[" not in out
    assert err == ""


# --- rules, explain, kinds, help ---------------------------------------------------------------


def shipped_rule_ids() -> list[str]:
    rules = ROOT / "rules"
    return sorted(
        ".".join(p.relative_to(rules).with_suffix("").parts)
        for p in rules.rglob("*")
        if p.suffix in (".yaml", ".yml")
    )


def test_rules_lists_every_shipped_rule(capsys, monkeypatch):
    out, _err = invoke_assert_code(["rules"], capsys, monkeypatch, 0)
    listed = sorted(line.split()[0] for line in out.splitlines() if line.strip())
    assert listed == shipped_rule_ids()
    assert "share.mismatch" in listed


def test_explain_prints_the_docs(capsys, monkeypatch):
    out, _ = invoke_assert_code(["explain", "share.mismatch"], capsys, monkeypatch, 0)
    assert out.startswith("share.mismatch: Share does not match its part and whole")
    assert "share = part / whole * 100" in out
    for heading in ("What it checks:", "Why it matters:", "Example:"):
        assert heading in out
    assert "A percentage share against the part and the whole" in out
    assert "billion for trillion" in out


def test_explain_unknown_rule(capsys, monkeypatch):
    out, err = invoke_assert_code(["explain", "nope"], capsys, monkeypatch, 2)
    assert out == ""
    [line] = error_lines(err)
    assert "no rule 'nope'" in line


def test_rules_test_passes_a_good_rule_folder(tmp_path, capsys, monkeypatch):
    write_rule(tmp_path / "rules", "house/per_person.yml")
    out, _ = invoke_assert_code(["rules", "--test", tmp_path / "rules"], capsys, monkeypatch, 0)
    lines = out.splitlines()
    assert len(lines) == 2
    assert all(line.startswith("ok   house.per_person") for line in lines)


def test_rules_test_fails_a_wrong_example(tmp_path, capsys, monkeypatch):
    wrong = VALID_RULE.replace('per_capita: "2,000 yuan"}', 'per_capita: "3,000 yuan"}')
    assert wrong != VALID_RULE
    write_rule(tmp_path / "rules", "house/per_person.yaml", wrong)
    out, _ = invoke_assert_code(["rules", "--test", tmp_path / "rules"], capsys, monkeypatch, 1)
    assert "FAIL house.per_person pass example" in out
    assert "inconsistent" in out
    assert "ok   house.per_person fail example" in out


def test_kinds_lists_the_relation_kinds(capsys, monkeypatch):
    out, _ = invoke_assert_code(["kinds"], capsys, monkeypatch, 0)
    names = {line.split()[0] for line in out.splitlines() if line and not line[0].isspace()}
    assert {"share", "conversion", "per_capita", "cagr_multiple"} <= names
    assert "part, whole, share" in out


def test_help_mentions_exit_statuses(capsys, monkeypatch):
    out, _ = invoke_assert_code(["--help"], capsys, monkeypatch, 0)
    text = " ".join(out.split())
    assert "Exit status:" in text
    for code in ("0 no finding", "1 findings", "2 bad usage or bad input"):
        assert code in text
    for command in ("check", "extract", "rules", "explain", "kinds"):
        assert command in text


def test_check_help_mentions_exit_statuses(capsys, monkeypatch):
    out, _ = invoke_assert_code(["check", "--help"], capsys, monkeypatch, 0)
    text = " ".join(out.split())
    assert "Exit status:" in text
    assert "--fail-on [error|warning|never]" in text


# --- the real console path ---------------------------------------------------------------------


def test_python_dash_m_audit(tmp_path):
    """`python -m audit check` in a fresh process: JSON on stdout, exit 1, stderr clean."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n  - id: a\n    value: lots\n", encoding="utf-8")
    # The package of this checkout, whatever is installed in the environment.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    good = subprocess.run(
        [sys.executable, "-m", "audit", "check", str(SEED_000), "--format", "json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert good.returncode == 1, good.stderr
    assert good.stderr == ""
    report = json.loads(good.stdout)
    assert finding(report, "total_as_share_of_gdp")["status"] == "inconsistent"
    broken = subprocess.run(
        [sys.executable, "-m", "audit", "check", str(bad)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert broken.returncode == 2
    assert "Traceback" not in broken.stdout + broken.stderr
    assert broken.stderr.startswith(f"audit: error: {bad}:3:5: ")
    assert broken.stderr.endswith("\n") and broken.stderr.count("\n") == 1
    assert "'lots' is not a number" in broken.stderr
    assert not (tmp_path / "reports").exists()


def test_accepting_one_claim_does_not_accept_every_finding_that_uses_it(
    tmp_path, capsys, monkeypatch
):
    copy = copy_claims(SEED_000, tmp_path)
    with copy.open("a", encoding="utf-8") as handle:
        handle.write(
            "\naccepted:\n  - rule: share.mismatch\n"
            "    claims: [digital_share_2021]\n"
            "    reason: reviewed another finding\n"
        )
    report = check_json([copy], capsys, monkeypatch, 1)
    assert finding(report, "total_as_share_of_gdp")["accepted"] is None


def test_a_users_reference_fact_takes_part_in_checks(tmp_path, capsys, monkeypatch):
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "facts:\n  guangdong.gdp.2022:\n    entity: Guangdong\n    metric: GDP\n"
        "    period: '2022'\n    vintages:\n      - value: 12.91 trillion yuan\n"
        "        vintage: first release\n        source: Guangdong statistics bureau\n",
        encoding="utf-8",
    )
    claims = tmp_path / "gd.yaml"
    claims.write_text(
        "claims:\n  - {id: digital, value: 6.41 trillion yuan, period: '2022'}\n"
        "  - {id: share, value: 49.7%, period: '2022'}\n"
        "relations:\n  - id: digital_share\n    kind: share\n    roles:\n"
        "      part: digital\n      whole: {fact: guangdong.gdp.2022}\n      share: share\n",
        encoding="utf-8",
    )
    report = check_json([claims, "--reference", facts], capsys, monkeypatch, 0)
    assert finding(report, "digital_share")["status"] == "consistent"


def test_a_folder_is_searched_without_its_hidden_folders(tmp_path, capsys, monkeypatch):
    copy_claims(SEED_000, tmp_path / "desk")
    hidden = tmp_path / ".venv"
    hidden.mkdir()
    (hidden / "broken.yaml").write_text("claims: [\n", encoding="utf-8")
    report = check_json([tmp_path], capsys, monkeypatch, 1)
    assert report["summary"]["articles"] == 1


WRONG_SPENDING = SPENDING.replace('value: "2,000 yuan"', 'value: "20,000 yuan"')


@pytest.mark.parametrize(
    "confidence, severity, code",
    [("low", "warning", 0), ("medium", "error", 1), ("high", "error", 1)],
)
def test_a_low_confidence_link_is_at_most_a_warning(
    confidence, severity, code, tmp_path, capsys, monkeypatch
):
    claims = tmp_path / "spending.yaml"
    text = WRONG_SPENDING + f"    confidence: {confidence}\n    note: 'cue: per person'\n"
    claims.write_text(text, encoding="utf-8")
    report = check_json([claims, "--fail-on", "error"], capsys, monkeypatch, code)
    [wrong] = report["findings"]
    assert wrong["status"] == "inconsistent"
    assert wrong["severity"] == severity
    if confidence == "low":
        # The evidence travels with the finding, so an editor can judge the guess.
        assert "low confidence" in wrong["note"] and "cue: per person" in wrong["note"]


def test_a_low_confidence_link_still_fails_a_warning_gate(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "spending.yaml"
    claims.write_text(WRONG_SPENDING + "    confidence: low\n", encoding="utf-8")
    report = check_json([claims, "--fail-on", "warning"], capsys, monkeypatch, 1)
    assert report["findings"][0]["fails_gate"] is True


@pytest.mark.parametrize("command", ["extract", "check-json", "check-html"])
def test_dash_as_the_output_means_standard_output(command, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = ROOT / "articles" / "000_6861132614c7f062.txt"
    args = {
        "extract": ["extract", article, "-o", "-"],
        "check-json": ["check", SEED_000, "--format", "json", "-o", "-", "--fail-on", "never"],
        "check-html": ["check", SEED_000, "--format", "html", "-o", "-", "--fail-on", "never"],
    }[command]
    code, out, _ = run_main(args, capsys, monkeypatch)
    assert code == 0
    assert out.strip()[:1] in ("a", "{", "<")  # the draft, the JSON or the page itself
    assert list(tmp_path.iterdir()) == []  # no file named "-", no report.html
