"""Bad input through the command line: exit status 2, one line on stderr naming the file (and
the line, where there is one) and what is wrong, never a traceback, and no report written.

Every file is written into pytest's tmp_path; each case is a small valid claims file (BASE)
with one thing broken, so the message can only be about that one thing.
"""

from __future__ import annotations

import json
import re
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_helpers import (
    ROOT,
    VALID_RULE,
    error_lines,
    invoke_assert_code,
    run_main,
    write_rule,
)

BASE = """\
article:
  id: tiny
  title: A tiny article
  published: 2023-11
claims:
  - id: part
    quote: "core industries added about 7.9 trillion yuan"
    value: 7.9 trillion yuan
  - id: whole
    value: 101.36 trillion yuan
  - id: share
    quote: "accounted for 7.8% of GDP"
    value: 7.8%
relations:
  - id: core
    kind: share
    roles: {part: part, whole: whole, share: share}
"""

ROLES = "    roles: {part: part, whole: whole, share: share}\n"


def edit(old: str, new: str, text: str = BASE) -> str:
    """BASE with `old` (which must occur exactly once) replaced by `new`."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def line_of(text: str, marker: str) -> int:
    """The 1-based number of the only line of `text` holding `marker`."""
    lines = [n for n, line in enumerate(text.splitlines(), 1) if marker in line]
    assert len(lines) == 1, f"{marker!r} is on lines {lines}"
    return lines[0]


ANY_LINE = "any"  # the message gives a line (and column), whichever it is


@dataclass
class Case:
    id: str
    content: str | bytes | None  # None: the path is not created
    says: tuple[str, ...]  # what the message must say (case-insensitive)
    marker: str | None = None  # the line the message must name, by its text; or ANY_LINE
    name: str = "claims.yaml"
    folder: bool = False  # the path given is a folder holding `content` as `name`


def accepted(entry: str) -> str:
    return BASE + "accepted:\n" + entry


CLAIMS_CASES = [
    Case(
        "yaml-bad-indentation",
        edit("    value: 7.9 trillion yuan\n", "   value: 7.9 trillion yuan\n"),
        ("invalid YAML",),
        "   value: 7.9 trillion",
    ),
    Case(
        "yaml-unclosed-bracket",
        edit(ROLES, "    roles: [part, whole, share\n"),
        ("invalid YAML",),
        ANY_LINE,
    ),
    Case(
        "json-invalid",
        '{\n  "claims": [\n    {"id": "a", "value": "5",}\n  ]\n}\n',
        ("invalid JSON",),
        '"value": "5",}',
        name="claims.json",
    ),
    Case("empty-file", "", ("empty",)),
    Case("whitespace-only", "  \n\n\t \n", ("empty",)),
    Case("binary-nul-bytes", b"claims:\x00\x01\x02\xff\x00 binary junk\n", ("NUL",)),
    Case(
        "latin-1-not-utf8", edit("A tiny article", "Caf\xe9 culture").encode("latin-1"), ("UTF-8",)
    ),
    Case(
        "top-level-list",
        "- id: a\n  value: 5\n- id: b\n  value: 6\n",
        ("must be a mapping", "list"),
    ),
    Case(
        "missing-claims",
        "article:\n  id: tiny\nrelations: []\n",
        ("missing the required key 'claims'",),
        ANY_LINE,
    ),
    Case("unknown-top-level-key", BASE + "colour: red\n", ("unknown key 'colour'",), "colour: red"),
    Case(
        "unknown-key-in-claim",
        edit(
            "    value: 101.36 trillion yuan\n",
            "    value: 101.36 trillion yuan\n    colour: red\n",
        ),
        ("unknown key 'colour'", "claim"),
        "colour: red",
    ),
    Case(
        "duplicate-key",
        edit(
            "    value: 101.36 trillion yuan\n",
            "    value: 101.36 trillion yuan\n    value: 102 trillion yuan\n",
        ),
        ("duplicate key 'value'",),
        "102 trillion",
    ),
    Case(
        "duplicate-claim-id",
        edit("relations:\n", "  - id: part  # again\n    value: 1 yuan\nrelations:\n"),
        ("duplicate claim id 'part'",),
        "# again",
    ),
    Case(
        "claim-id-with-spaces",
        edit("  - id: whole\n", "  - id: the whole\n"),
        ("identifier", "'the whole'"),
        "id: the whole",
    ),
    Case(
        "value-not-a-number",
        edit("value: 7.8%", "value: lots"),
        ("'lots'", "not a number"),
        "value: lots",
    ),
    Case(
        "value-unknown-unit",
        edit("value: 7.8%", "value: 5 furlongs"),
        ("unknown unit 'furlongs'",),
        "value: 5 furlongs",
    ),
    Case(
        "value-a-mapping",
        edit("value: 7.8%", "value: {amount: 7.8, unit: percent}"),
        ("value", "must be a stated value"),
        "value: {amount",
    ),
    Case(
        "span-not-a-pair",
        edit("    value: 7.8%\n", "    value: 7.8%\n    span: [1, 2, 3]\n"),
        ("span", "[1, 2, 3]"),
        "span:",
    ),
    Case(
        "span-negative",
        edit("    value: 7.8%\n", "    value: 7.8%\n    span: [-5, 20]\n"),
        ("span", "[-5, 20]"),
        "span:",
    ),
    Case(
        "unknown-relation-kind",
        edit("kind: share", "kind: ratio"),
        ("unknown relation kind 'ratio'",),
        "kind: ratio",
    ),
    Case(
        "unknown-role-for-kind",
        edit(ROLES, "    roles: {part: part, whole: whole, portion: share}\n"),
        ("share has no role 'portion'",),
        "portion",
    ),
    Case(
        "role-names-unknown-claim",
        edit(ROLES, "    roles: {part: part, whole: gdp, share: share}\n"),
        ("unknown claim 'gdp'",),
        "whole: gdp",
    ),
    Case(
        "literal-from-unknown-claim",
        edit(ROLES, "    roles: {part: part, whole: whole, share: {value: 7.8%, claim: ghost}}\n"),
        ("unknown claim 'ghost'",),
        "share: {value",
    ),
    Case(
        "claim-without-value",
        edit(ROLES, "    roles: {part: part, whole: whole, share: {claim: share}}\n"),
        ("takes either {value: ...} or {fact: ...}",),
        "share: {claim",
    ),
    Case(
        "list-for-single-role",
        edit(ROLES, "    roles: {part: [part, whole], whole: whole, share: share}\n"),
        ("'part'", "not a list"),
        "roles:",
    ),
    Case(
        "unknown-reference-fact",
        edit("whole: whole,", "whole: {fact: nope.gdp},"),
        ("unknown reference fact 'nope.gdp'",),
        "- id: core",
    ),
    Case(
        "bad-reading-for-kind",
        BASE + "  - id: times\n    kind: multiple\n    roles: {start: whole, end: part}\n"
        "    reading: into\n",
        ("reading 'into'", "multiple"),
        "reading: into",
    ),
    Case(
        "reading-on-kind-without-readings",
        BASE + "    reading: by\n",
        ("reading 'by'", "share"),
        "reading: by",
    ),
    Case(
        "bad-period-month-13",
        edit(
            "    value: 7.9 trillion yuan\n", "    value: 7.9 trillion yuan\n    period: 2021-13\n"
        ),
        ("period", "'2021-13'"),
        "period: 2021-13",
    ),
    Case(
        "bad-period-words",
        edit(
            "    value: 7.9 trillion yuan\n",
            "    value: 7.9 trillion yuan\n    period: last year\n",
        ),
        ("period", "'last year'", "not a period"),
        "period: last year",
    ),
    Case(
        "accepted-without-reason",
        accepted("  - rule: share.mismatch\n    relation: core\n    by: J. Editor\n"),
        ("accepted finding", "'reason'"),
        "- rule: share.mismatch",
    ),
    Case(
        "accepted-blank-reason",
        accepted("  - rule: share.mismatch\n    relation: core\n    reason: '  '\n"),
        ("accepted finding", "reason"),
        "reason: '  '",
    ),
    Case(
        "accepted-unknown-claim",
        accepted("  - rule: share.mismatch\n    claims: [part, ghost]\n    reason: ok\n"),
        ("unknown claim 'ghost'",),
        "claims: [part, ghost]",
    ),
    Case(
        "yaml-local-tag",
        edit("kind: share", "kind: !include share"),
        ("tag", "!include"),
        "!include",
    ),
    Case("path-does-not-exist", None, ("no such file",), name="nope.yaml"),
    Case(
        "folder-without-claims-files",
        "just notes\n",
        ("no claims files",),
        name="notes.rst",
        folder=True,
    ),
    Case(
        "unsupported-suffix", "claim,value\nshare,7.8%\n", ("not a claims file",), name="claims.csv"
    ),
]

# `!!python/...` tags are refused like any other tag (the loader never builds objects anyway).
TAG_CASES = [
    pytest.param(
        Case(
            "yaml-python-tag-on-mapping",
            edit(
                ROLES,
                "    roles: !!python/object:builtins.dict"
                " {part: part, whole: whole, share: share}\n",
            ),
            ("tag", "python/object"),
            "!!python/object",
        ),
        id="yaml-python-tag-on-mapping",
    ),
    pytest.param(
        Case(
            "yaml-python-tag-on-scalar",
            edit("kind: share", "kind: !!python/name:builtins.print share"),
            ("tag", "python/name"),
            "!!python/name",
        ),
        id="yaml-python-tag-on-scalar",
    ),
]


def write_case(case: Case, tmp_path: Path) -> Path:
    where = tmp_path / "in"
    where.mkdir()
    path = where / case.name
    if isinstance(case.content, bytes):
        path.write_bytes(case.content)
    elif case.content is not None:
        path.write_text(case.content, encoding="utf-8")
    return where if case.folder else path


def assert_one_line_error(
    err: str, path: Path, says: tuple[str, ...], line: int | str | None = None
) -> str:
    """stderr is one `audit: error: PATH[:LINE[:COL]]: message` line saying `says`."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{err}"
    message = lines[0]
    assert message.startswith(f"audit: error: {path}"), message
    if line == ANY_LINE:
        assert re.match(rf"audit: error: {re.escape(str(path))}:\d+(:\d+)?: ", message), message
    elif line is not None:
        assert re.match(rf"audit: error: {re.escape(str(path))}:{line}(:\d+)?: ", message), message
    for part in says:
        assert part.lower() in message.lower(), f"{part!r} not in {message!r}"
    return message


def assert_bad(args: list, capsys, monkeypatch, reports: Path) -> str:
    """Exit 2 on `audit check ARGS --format markdown`: the bad file gets no page of its own,
    and the index lists its error."""
    _out, err = invoke_assert_code(
        ["check", *args, "--format", "markdown", "--reports-dir", reports], capsys, monkeypatch, 2
    )
    if reports.exists():
        assert sorted(p.name for p in reports.iterdir()) == ["index.html", "index.md"]
        for index in ("index.md", "index.html"):
            assert "could not be audited" in (reports / index).read_text(encoding="utf-8")
    return err


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a stray default ./reports would land here, not in the repo


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CLAIMS_CASES] + TAG_CASES)
def test_bad_claims_input(case: Case, tmp_path, capsys, monkeypatch):
    path = write_case(case, tmp_path)
    err = assert_bad([path], capsys, monkeypatch, tmp_path / "reports")
    text = case.content.decode("latin-1") if isinstance(case.content, bytes) else case.content
    line = line_of(text, case.marker) if case.marker not in (None, ANY_LINE) else case.marker
    assert_one_line_error(err, path, case.says, line)


@pytest.mark.parametrize("output_format", ["terminal", "json"])
def test_bad_input_stops_every_format(output_format, tmp_path, capsys, monkeypatch):
    path = tmp_path / "claims.yaml"
    path.write_text(edit("value: 7.8%", "value: lots"), encoding="utf-8")
    out, err = invoke_assert_code(
        ["check", path, "--format", output_format], capsys, monkeypatch, 2
    )
    line = line_of(path.read_text(), "value: lots")
    assert_one_line_error(err, path, ("'lots'",), line)
    if output_format == "json":
        error = json.loads(out)["errors"][0]
        assert (error["file"], error["line"]) == (str(path), line)
        assert "'lots'" in error["message"]
    else:
        assert f"{path}:{line}" in out.replace("\n", "")


def test_a_bad_file_costs_only_itself(tmp_path, capsys, monkeypatch):
    """The good file is audited and gets its page; the bad one is listed with its error."""
    good = tmp_path / "a_good.yaml"
    good.write_text(BASE, encoding="utf-8")
    bad = tmp_path / "b_bad.yaml"
    bad.write_text(edit("kind: share", "kind: ratio"), encoding="utf-8")
    reports = tmp_path / "reports"
    _, err = invoke_assert_code(
        ["check", good, bad, "--format", "markdown", "--reports-dir", reports],
        capsys,
        monkeypatch,
        2,
    )
    assert_one_line_error(err, bad, ("'ratio'",), line_of(bad.read_text(), "kind: ratio"))
    assert sorted(p.name for p in reports.iterdir()) == [
        "index.html",
        "index.md",
        "tiny.html",
        "tiny.md",
    ]
    index = (reports / "index.md").read_text(encoding="utf-8")
    assert "could not be audited" in index and "b\\_bad.yaml" in index
    out, _ = invoke_assert_code(["check", good, bad, "--format", "json"], capsys, monkeypatch, 2)
    report = json.loads(out)
    assert [a["article"] for a in report["articles"]] == ["tiny"]
    assert [e["file"] for e in report["errors"]] == [str(bad)]


def test_duplicate_article_id_across_files(tmp_path, capsys, monkeypatch):
    first, second = tmp_path / "one.yaml", tmp_path / "two.yaml"
    first.write_text(BASE, encoding="utf-8")
    second.write_text(BASE, encoding="utf-8")
    out, err = invoke_assert_code(
        ["check", first, second, "--format", "json"], capsys, monkeypatch, 2
    )
    assert_one_line_error(err, second, ("article id 'tiny'", str(first)))
    assert [a["source"] for a in json.loads(out)["articles"]] == [str(first)]


def test_python_tag_is_never_executed(tmp_path, capsys, monkeypatch):
    """An object-building tag never runs: the file it would create does not appear."""
    sentinel = tmp_path / "executed"
    path = tmp_path / "claims.yaml"
    path.write_text(
        BASE.split("relations:\n")[0] + "relations: !!python/object/apply:"
        f'builtins.open ["{sentinel}", "w"]\n',
        encoding="utf-8",
    )
    err = assert_bad([path], capsys, monkeypatch, tmp_path / "reports")
    assert not sentinel.exists()
    assert_one_line_error(err, path, (), ANY_LINE)


@pytest.mark.parametrize(
    "args, says",
    [
        (["--format", "xml"], ("'xml'", "--format")),
        (["--fail-on", "sometimes"], ("'sometimes'", "--fail-on")),
    ],
    ids=["format-xml", "fail-on-sometimes"],
)
def test_bad_usage(args, says, tmp_path, capsys, monkeypatch):
    """Bad options: exit 2 and one error line naming the option and the value.

    Click prints its usual `Usage:` and `Try ... --help` hint lines around that one line."""
    path = tmp_path / "claims.yaml"
    path.write_text(BASE, encoding="utf-8")
    reports = tmp_path / "reports"
    out, err = invoke_assert_code(
        ["check", path, *args, "--reports-dir", reports], capsys, monkeypatch, 2
    )
    assert out == ""
    assert not reports.exists()
    lines = error_lines(err)
    assert len(lines) == 1, err
    for part in says:
        assert part in lines[0]


# --- zero denominators are findings, not bad input ---------------------------------------------

ZERO_WHOLE = edit("whole: whole,", "whole: {value: 0 yuan},")


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_zero_denominator_is_unverifiable_not_bad_input(tmp_path, capsys, monkeypatch):
    path = tmp_path / "zero.yaml"
    path.write_text(ZERO_WHOLE, encoding="utf-8")
    out, _ = invoke_assert_code(
        ["check", path, "--format", "json", "--fail-on", "error"], capsys, monkeypatch, 0
    )
    report = json.loads(out)
    [found] = [f for f in report["findings"] if f["relation"] == "core"]
    assert found["status"] == "unverifiable"
    assert "zero" in found["reason"]
    assert report["summary"]["unverifiable"] == 1


def test_zero_denominator_raises_no_warning(tmp_path, capsys, monkeypatch):
    """No numpy warning leaks onto stderr (-inf + inf in the engine's scale must be guarded)."""
    path = tmp_path / "zero.yaml"
    path.write_text(ZERO_WHOLE, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code, _, err = run_main(["check", path, "--format", "json"], capsys, monkeypatch)
    assert code == 0
    assert [str(w.message) for w in caught] == []
    assert err == ""


# --- rule files (--rules DIR) ------------------------------------------------------------------


def rule_edit(old: str, new: str) -> str:
    return edit(old, new, VALID_RULE)


RULE_CASES = [
    (
        "unknown-kind",
        rule_edit("kind: per_capita", "kind: ratio"),
        ("unknown kind 'ratio'",),
        "kind: ratio",
    ),
    (
        "unknown-function",
        rule_edit("formula: total / count", "formula: foo(total)"),
        ("unknown function 'foo'",),
        "formula:",
    ),
    (
        "unknown-name",
        rule_edit("formula: total / count", "formula: total / people"),
        ("unknown name 'people'",),
        "formula:",
    ),
    (
        "attribute-access",
        rule_edit("formula: total / count", "formula: total.__class__"),
        ("attribute access", "not allowed"),
        "formula:",
    ),
    (
        "lambda",
        rule_edit("formula: total / count", "formula: 'lambda x: x'"),
        ("lambda", "not allowed"),
        "formula:",
    ),
    (
        "string-constant",
        rule_edit("formula: total / count", "formula: \"'abc'\""),
        ("constant 'abc'", "not allowed"),
        "formula:",
    ),
    (
        "compare-not-a-role",
        rule_edit("compare: per_capita", "compare: ratio"),
        ("compare 'ratio'", "not a role"),
        "compare: ratio",
    ),
    (
        "missing-docs-section",
        rule_edit("  why: House style double-checks per-capita figures.\n", ""),
        ("missing the required key 'why'",),
        "checks:",
    ),
    (
        "empty-docs-section",
        rule_edit("  why: House style double-checks per-capita figures.", "  why: ''"),
        ("docs section 'why' is empty",),
        "why: ''",
    ),
    (
        "unknown-key",
        rule_edit("severity: warning\n", "severity: warning\ncolour: red\n"),
        ("unknown key 'colour'",),
        "colour: red",
    ),
    (
        "id-not-matching-path",
        "id: house.other\n" + VALID_RULE,
        ("'house.other'", "does not match", "'house.check'"),
        "id: house.other",
    ),
    (
        "unknown-placeholder",
        rule_edit('message: "Stated {stated}', 'message: "Leak {secret}; stated {stated}'),
        ("{secret}",),
        "message:",
    ),
    (
        "readings-kind-given-formula",
        rule_edit("kind: per_capita", "kind: multiple")
        .replace("compare: per_capita", "compare: multiple")
        .replace("formula: total / count", "formula: end / start"),
        ("readings", "by, to"),
        ANY_LINE,
    ),
    (
        "unknown-severity",
        rule_edit("severity: warning", "severity: fatal"),
        ("severity", "'fatal'"),
        "severity: fatal",
    ),
    (
        "no-fail-example",
        rule_edit(
            '  fail:\n    - {total: "2.4 billion yuan", count: "1.2 million", '
            'per_capita: "20,000 yuan"}\n',
            "  fail: []\n",
        ),
        ("'fail' example",),
        "fail: []",
    ),
    (
        "broken-yaml",
        rule_edit("formula: total / count", "formula: [total / count"),
        ("invalid YAML",),
        ANY_LINE,
    ),
]


@pytest.mark.parametrize("text, says, marker", [pytest.param(*c[1:], id=c[0]) for c in RULE_CASES])
def test_bad_rule_file(text, says, marker, tmp_path, capsys, monkeypatch):
    claims = tmp_path / "claims.yaml"
    claims.write_text(BASE, encoding="utf-8")
    rule = write_rule(tmp_path / "rules", "house/check.yaml", text)
    err = assert_bad(
        [claims, "--rules", tmp_path / "rules"], capsys, monkeypatch, tmp_path / "reports"
    )
    line = line_of(text, marker) if marker not in (None, ANY_LINE) else marker
    assert_one_line_error(err, rule, says, line)


def test_bad_rule_file_in_rules_test(tmp_path, capsys, monkeypatch):
    """`audit rules --test` reports a broken rule file the same way."""
    text = rule_edit("formula: total / count", "formula: foo(total)")
    rule = write_rule(tmp_path / "rules", "house/check.yaml", text)
    _out, err = invoke_assert_code(["rules", "--test", tmp_path / "rules"], capsys, monkeypatch, 2)
    assert_one_line_error(err, rule, ("unknown function 'foo'",), line_of(text, "formula:"))


def test_rule_example_with_a_bad_value(tmp_path, capsys, monkeypatch):
    text = rule_edit('per_capita: "2,000 yuan"', 'per_capita: "lots"')
    rule = write_rule(tmp_path / "rules", "house/check.yaml", text)
    _out, err = invoke_assert_code(["rules", "--test", tmp_path / "rules"], capsys, monkeypatch, 2)
    assert_one_line_error(err, rule, ("'lots'", "not a number"), ANY_LINE)


def test_duplicate_of_a_shipped_rule(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "claims.yaml"
    claims.write_text(BASE, encoding="utf-8")
    copy = tmp_path / "rules" / "share" / "mismatch.yaml"
    copy.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / "rules" / "share" / "mismatch.yaml", copy)
    err = assert_bad(
        [claims, "--rules", tmp_path / "rules"], capsys, monkeypatch, tmp_path / "reports"
    )
    assert_one_line_error(err, copy, ("duplicate rule id 'share.mismatch'",))


def test_yml_and_yaml_both_holding_one_rule_id(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "claims.yaml"
    claims.write_text(BASE, encoding="utf-8")
    first = write_rule(tmp_path / "rules", "house/check.yaml")
    second = write_rule(tmp_path / "rules", "house/check.yml")
    err = assert_bad(
        [claims, "--rules", tmp_path / "rules"], capsys, monkeypatch, tmp_path / "reports"
    )
    assert_one_line_error(err, second, ("duplicate rule id 'house.check'", str(first)))


def test_rules_folder_not_found(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "claims.yaml"
    claims.write_text(BASE, encoding="utf-8")
    err = assert_bad(
        [claims, "--rules", tmp_path / "missing"], capsys, monkeypatch, tmp_path / "reports"
    )
    assert_one_line_error(err, tmp_path / "missing", ("not found",))


def test_rule_file_not_a_mapping_names_the_file(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "claims.yaml"
    claims.write_text(BASE, encoding="utf-8")
    rule = write_rule(tmp_path / "rules", "house/check.yaml", "- title: a list\n- kind: share\n")
    err = assert_bad(
        [claims, "--rules", tmp_path / "rules"], capsys, monkeypatch, tmp_path / "reports"
    )
    assert_one_line_error(err, rule, ("must be a mapping",))


PER_CAPITA_CLAIMS = """\
article:
  id: spending
  published: 2023-08
claims:
  - id: total
    value: 2.4 billion yuan
  - id: residents
    value: 1.2 million
  - id: each
    value: "2,000 yuan"
relations:
  - id: per_person
    kind: per_capita
    roles: {total: total, count: residents, per_capita: each}
"""


@pytest.mark.parametrize("suffix", [".yml", ".yaml"])
def test_user_rule_loads_and_runs_from_either_suffix(suffix, tmp_path, capsys, monkeypatch):
    claims = tmp_path / "spending.yaml"
    claims.write_text(PER_CAPITA_CLAIMS, encoding="utf-8")
    write_rule(
        tmp_path / "rules",
        f"house/per_person{suffix}",
        VALID_RULE.replace("formula: total / count", "formula: total / count * 10"),
    )
    out, _ = invoke_assert_code(
        ["check", claims, "--rules", tmp_path / "rules", "--format", "json", "--fail-on", "never"],
        capsys,
        monkeypatch,
        0,
    )
    by_rule = {f["rule"]: f for f in json.loads(out)["findings"]}
    assert by_rule["per_capita.mismatch"]["status"] == "consistent"
    assert by_rule["house.per_person"]["status"] == "inconsistent"
    assert by_rule["house.per_person"]["severity"] == "warning"


# --- reference files (--reference FILE) --------------------------------------------------------

REFERENCE_CASES = [
    (
        "vintage-missing-source",
        "facts:\n  my.gdp:\n    vintages:\n      - value: 5 trillion yuan\n"
        "        vintage: first release\n",
        ("missing the required key 'source'",),
        "- value: 5 trillion",
    ),
    (
        "value-not-a-number",
        "facts:\n  my.gdp:\n    vintages:\n      - value: heaps\n        vintage: first\n"
        "        source: s\n",
        ("'heaps'", "not a number"),
        "value: heaps",
    ),
    (
        "unknown-key",
        "facts:\n  my.gdp:\n    colour: red\n    vintages:\n      - value: 5 yuan\n"
        "        vintage: v\n        source: s\n",
        ("unknown key 'colour'",),
        "colour: red",
    ),
    ("no-vintages", "facts:\n  my.gdp:\n    vintages: []\n", ("no vintages",), "vintages: []"),
    ("empty-file", "\n", ("empty",), None),
]


@pytest.mark.parametrize(
    "text, says, marker", [pytest.param(*c[1:], id=c[0]) for c in REFERENCE_CASES]
)
def test_bad_reference_file(text, says, marker, tmp_path, capsys, monkeypatch):
    claims = tmp_path / "claims.yaml"
    claims.write_text(BASE, encoding="utf-8")
    reference = tmp_path / "facts.yaml"
    reference.write_text(text, encoding="utf-8")
    err = assert_bad([claims, "--reference", reference], capsys, monkeypatch, tmp_path / "reports")
    line = line_of(text, marker) if marker else None
    assert_one_line_error(err, reference, says, line)


def test_reference_file_missing(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "claims.yaml"
    claims.write_text(BASE, encoding="utf-8")
    err = assert_bad(
        [claims, "--reference", tmp_path / "nope.yaml"], capsys, monkeypatch, tmp_path / "reports"
    )
    assert_one_line_error(err, tmp_path / "nope.yaml", ("cannot read",))


def test_duplicate_fact_names_its_line(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "claims.yaml"
    claims.write_text(BASE, encoding="utf-8")
    # Two of the user's files defining one fact (a user's fact may replace a shipped one).
    text = (
        "facts:\n  my.gdp.2020:\n    vintages:\n      - value: 1 yuan\n"
        "        vintage: v\n        source: s\n"
    )
    first, reference = tmp_path / "first.yaml", tmp_path / "facts.yaml"
    first.write_text(text, encoding="utf-8")
    reference.write_text(text, encoding="utf-8")
    err = assert_bad(
        [claims, "--reference", first, "--reference", reference],
        capsys,
        monkeypatch,
        tmp_path / "reports",
    )
    assert_one_line_error(err, reference, ("'my.gdp.2020'", "already defined"), 2)


def test_reference_file_not_a_mapping_names_the_file(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "claims.yaml"
    claims.write_text(BASE, encoding="utf-8")
    reference = tmp_path / "facts.yaml"
    reference.write_text("- china.gdp.2020\n", encoding="utf-8")
    err = assert_bad([claims, "--reference", reference], capsys, monkeypatch, tmp_path / "reports")
    assert_one_line_error(err, reference, ("must be a mapping",))


def test_data_nested_too_deeply_is_bad_input_not_a_crash(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "deep.yaml"
    claims.write_text(
        "claims:\n  - id: a\n    value: 5%\n    note: " + "[" * 3000 + "]" * 3000 + "\n",
        encoding="utf-8",
    )
    err = assert_bad([claims], capsys, monkeypatch, tmp_path / "reports")
    assert_one_line_error(err, claims, ())
