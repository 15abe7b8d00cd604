"""Configuration files: found by walking up, overridden by the command line, strict."""

from __future__ import annotations

import pytest

from tests.cli_helpers import check_json, invoke_assert_code
from tests.test_gate_flow import STORY


def _project(tmp_path, config_name: str, config_text: str):
    (tmp_path / config_name).write_text(config_text, encoding="utf-8")
    articles = tmp_path / "desk" / "articles"
    articles.mkdir(parents=True)
    (articles / "harbour.md").write_text(STORY, encoding="utf-8")
    return articles


@pytest.mark.parametrize(
    "name,text",
    [
        ("pyproject.toml", '[project]\nname = "x"\n\n[tool.claims-audit]\nfail-on = "never"\n'),
        ("audit.toml", 'fail-on = "never"\n'),
        (".audit.toml", 'fail-on = "never"\n'),
    ],
)
def test_config_found_above_the_articles_and_cli_overrides_it(
    tmp_path, capsys, monkeypatch, name, text
):
    articles = _project(tmp_path, name, text)
    report = check_json([articles], capsys, monkeypatch, 0)
    assert report["summary"]["fail_on"] == "never"
    check_json([articles, "--fail-on", "warning"], capsys, monkeypatch, 1)
    out, _ = invoke_assert_code(["config", articles], capsys, monkeypatch)
    assert "fail-on = 'never'" in out and str(tmp_path / name) in out
    assert "select = ['*']   # default" in out


def test_severity_override_and_rule_selection_by_family(tmp_path, capsys, monkeypatch):
    articles = _project(tmp_path, "audit.toml", '[severity]\n"share.*" = "warning"\n')
    report = check_json([articles], capsys, monkeypatch, 0)  # a warning passes fail-on error
    assert [f["severity"] for f in report["findings"] if f["rule"] == "share.mismatch"] == [
        "warning"
    ]
    (tmp_path / "audit.toml").write_text('ignore = ["share.*"]\n', encoding="utf-8")
    report = check_json([articles], capsys, monkeypatch, 0)
    assert not [f for f in report["findings"] if f["rule"].startswith("share.")]


def test_exclude_glob_skips_files_found_in_folders(tmp_path, capsys, monkeypatch):
    articles = _project(tmp_path, "audit.toml", 'exclude = ["desk/articles/harbour.md"]\n')
    (articles / "other.md").write_text("Nothing to check, 3 apples.\n", encoding="utf-8")
    report = check_json([articles], capsys, monkeypatch, 0)
    assert [a["article"] for a in report["articles"]] == ["other"]


@pytest.mark.parametrize(
    "text,line,words",
    [
        ('fail-on = "never"\nfail_on = "x"\n', 2, ["unknown key 'fail_on'", "allowed", "fail-on"]),
        ('fail-on = "sometimes"\n', 1, ["fail-on", "error, warning, never"]),
        ('[severity]\n"share.*" = "loud"\n', 2, ["share.*", "error, warning, info"]),
        ('select = "share.*"\n', 1, ["select", "list of strings"]),
        ("fail-on = \n", 1, ["not valid TOML"]),
    ],
)
def test_bad_configuration_is_a_located_error(tmp_path, capsys, monkeypatch, text, line, words):
    articles = _project(tmp_path, "audit.toml", text)
    _, err = invoke_assert_code(["check", articles], capsys, monkeypatch, 2)
    assert f"audit.toml:{line}:" in err
    for word in words:
        assert word in err


@pytest.mark.parametrize(
    "name,text,line,words",
    [
        # A key meant for the top level, written below [severity], lands in the severity table.
        (
            "audit.toml",
            '[severity]\n"share.*" = "warning"\nfail-on = "warning"\n',
            3,
            ["'fail-on'", "[severity]", "configuration key", "above"],
        ),
        (
            "pyproject.toml",
            '[tool.ruff]\nselect = ["E"]\n\n[tool.claims-audit]\nfail-on = "never"\n\n'
            '[tool.claims-audit.severity]\n"share.*" = "info"\nfail_on = "error"\n',
            9,
            ["'fail_on'", "'fail-on' is a configuration key"],
        ),
        # A rule id with a typo matches no rule: the nearest one is suggested.
        (
            ".audit.toml",
            '[severity]\n"shares.*" = "warning"\n',
            2,
            ["unknown rule 'shares.*'", "did you mean 'share.*'"],
        ),
        (
            "audit.toml",
            'fail-on = "never"\n[severity]\n"share.mismatc" = "info"\n',
            3,
            ["'share.mismatc'", "did you mean 'share.mismatch'"],
        ),
        # A table of its own that is no key, and a top-level key with a typo.
        ("audit.toml", '[sevrity]\n"share.*" = "info"\n', 1, ["'sevrity'", "'severity'"]),
        (
            "pyproject.toml",
            '[tool.ruff]\nexclude = ["x"]\n\n[tool.claims-audit]\nexclud = ["y"]\n',
            5,
            ["unknown key 'exclud'", "did you mean 'exclude'"],
        ),
    ],
)
def test_misplaced_or_unknown_keys_are_located_errors_with_the_nearest_key(
    tmp_path, capsys, monkeypatch, name, text, line, words
):
    articles = _project(tmp_path, name, text)
    _, err = invoke_assert_code(["check", articles], capsys, monkeypatch, 2)
    assert f"{name}:{line}:" in err, err
    for word in words:
        assert word in err, err
    assert "Traceback" not in err


def test_a_known_key_elsewhere_in_pyproject_does_not_take_the_error_line(
    tmp_path, capsys, monkeypatch
):
    text = '[tool.ruff]\nselect = ["E"]\n\n[tool.claims-audit]\nselect = "share.*"\n'
    articles = _project(tmp_path, "pyproject.toml", text)
    _, err = invoke_assert_code(["check", articles], capsys, monkeypatch, 2)
    assert "pyproject.toml:5:" in err and "list of strings" in err


@pytest.mark.parametrize(
    "text",
    [
        '[tool.claims-audit]\nfail-on = "never"\n',
        '[tool."claims-audit"]\nfail-on = "never"\n',
        "[tool . 'claims-audit' ]\nfail-on = 'never'\n",
        '[tool]\nclaims-audit.fail-on = "never"\n',
        '[tool]\nclaims-audit = { fail-on = "never" }\n',
        'tool.claims-audit.fail-on = "never"\n',
        '[tool.claims-audit.severity]\n"share.*" = "warning"\n'
        '[tool.claims-audit]\nfail-on = "never"\n',
    ],
)
def test_the_tool_s_table_in_pyproject_is_found_however_toml_writes_it(tmp_path, text):
    from audit.gate import config

    path = tmp_path / "pyproject.toml"
    path.write_text(text + '\n[project]\nname = "claims-audit"\n', encoding="utf-8")
    assert config.find([tmp_path]) == path
    assert config.load([tmp_path]).fail_on == "never"


@pytest.mark.parametrize(
    "text",
    [
        '[project]\nname = "claims-audit"\ndependencies = ["claims-audit", "x"]\n',
        "[tool.ruff]\nline-length = 99\n",
        "[project]\nname = 'claims-audit'\n",
        '[project\nname = "claims-audit"\n',  # not even TOML: it is not read as such
    ],
)
def test_a_pyproject_without_the_tool_s_table_is_passed_over(tmp_path, text):
    from audit.gate import config

    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert config.find([tmp_path]) != tmp_path / "pyproject.toml"
