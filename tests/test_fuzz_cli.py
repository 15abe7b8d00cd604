"""Hypothesis properties over hostile input, run through the command line in-process.

Whatever a claims file, rule file or article holds, `audit` ends with exit 0, 1 or 2, never
prints a traceback, and every exit-2 message is one `audit: error: ` line naming the file.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli_helpers import SEED_000, VALID_RULE, error_lines, run_main, write_rule
from tests.strategies import article_text, claims_yaml, rule_yaml
from tests.test_report_junit import claims_json, hostile

# The fixtures (capsys, monkeypatch) are reset by run_main for each example; each example
# writes into its own temporary folder.
FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _assert_outcome(code: int, out: str, err: str, named: str | None) -> None:
    assert code in (0, 1, 2), (code, out, err)
    assert "Traceback" not in out and "Traceback" not in err, err
    assert "internal error" not in err, err
    if code == 2:
        lines = error_lines(err)
        assert lines, err
        for line in lines:
            usage = line.startswith("Error: ")  # click's usage errors
            assert usage or line.startswith("audit: error: "), err
            if not usage and named is not None:
                assert named in line, err


@FUZZ
@given(text=claims_yaml())
def test_any_claims_file_gives_a_status_and_a_located_error(text, capsys, monkeypatch):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_text(text, encoding="utf-8")
        code, out, err = run_main(["check", path, "--format", "json"], capsys, monkeypatch)
    _assert_outcome(code, out, err, "fuzz.yaml")


@FUZZ
@given(text=rule_yaml())
def test_any_rule_file_gives_a_status_and_a_located_error(text, capsys, monkeypatch):
    with tempfile.TemporaryDirectory() as folder:
        rules = Path(folder) / "rules"
        write_rule(rules, "house/fuzzed.yaml", text)
        write_rule(rules, "house/good.yaml", VALID_RULE)
        code, out, err = run_main(
            ["check", SEED_000, "--rules", rules, "--format", "json"], capsys, monkeypatch
        )
        _assert_outcome(code, out, err, "fuzzed.yaml")
        code, out, err = run_main(["rules", "--test", rules], capsys, monkeypatch)
    _assert_outcome(code, out, err, "fuzzed.yaml")


@FUZZ
@given(text=article_text())
def test_any_article_is_checked_and_its_draft_loads(text, capsys, monkeypatch):
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "story.txt"
        article.write_text(text, encoding="utf-8")
        code, out, err = run_main(["check", article, "--format", "json"], capsys, monkeypatch)
        _assert_outcome(code, out, err, "story.txt")
        draft = Path(folder) / "story.yaml"
        code, out, err = run_main(["extract", article, "-o", draft], capsys, monkeypatch)
        _assert_outcome(code, out, err, "story.txt")
        if code == 2:  # refused as a whole (not text, say): check refuses it too
            return
        code, out, err = run_main(["check", draft, "--format", "json"], capsys, monkeypatch)
        assert code in (0, 1), err
        assert "Traceback" not in out + err


def test_extract_leaves_out_a_reversed_period_so_the_draft_loads(tmp_path, capsys, monkeypatch):
    # Found by the property above: the written draft held a period ending before it starts.
    article = tmp_path / "story.txt"
    article.write_text(
        "A Title\n\nThe province said exports rose 12% a year and 2022/2001.\n", encoding="utf-8"
    )
    draft = tmp_path / "story.yaml"
    code, _out, err = run_main(["extract", article, "-o", draft], capsys, monkeypatch)
    assert code == 0, err
    assert "2022/2001" not in draft.read_text(encoding="utf-8").split("skipped")[0]
    code, _out, err = run_main(["check", draft], capsys, monkeypatch)
    assert code in (0, 1), err


# --- every output format, on generated articles and claims files ---------------------------

FORMATS = ["terminal", "markdown", "json", "jsonl", "sarif", "github", "junit", "gitlab", "html"]
if importlib.util.find_spec("pyarrow") is not None:  # parquet is an optional extra
    FORMATS.append("parquet")


def _valid_output(output_format: str, out: str, folder: Path) -> None:
    """What `audit check --format FORMAT` wrote is whole and parses as its format."""
    import json
    from xml.etree import ElementTree as ET

    from tests.sarif_schema import valid_sarif

    if output_format == "json":
        json.loads((folder / "out.json").read_text(encoding="utf-8"))
        json.loads(out)
    elif output_format == "jsonl":
        for line in out.splitlines():
            json.loads(line)
    elif output_format == "sarif":
        valid_sarif(out)
    elif output_format == "junit":
        ET.fromstring(out)
    elif output_format == "gitlab":
        assert isinstance(json.loads(out), list)
    elif output_format == "github":
        assert all(line.startswith("::") for line in out.splitlines()), out
    elif output_format == "html":
        assert (folder / "out.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    elif output_format == "markdown":
        pages = {p.name for p in (folder / "reports").iterdir()}
        assert {"index.md", "index.html"} <= pages, pages
    elif output_format == "parquet":
        assert (folder / "out.parquet").read_bytes()[:4] == b"PAR1"


def _check_every_format(folder: Path, path: Path, output_format: str, capsys, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    args = ["check", path, "--format", output_format]
    if output_format in ("json", "parquet", "html"):
        args += ["-o", folder / f"out.{output_format}"]
    if output_format == "markdown":
        args += ["--reports-dir", folder / "reports"]
    code, out, err = run_main(args, capsys, monkeypatch)
    _assert_outcome(code, out, err, path.name)
    # Never a half-written file: the temporary files of an atomic write are all gone.
    left = [p.name for p in folder.rglob(".audit-*")]
    assert not left, left
    if code != 2:
        if output_format == "json":  # the same report, streamed to stdout
            code, out, err = run_main(args[:-2], capsys, monkeypatch)
        _valid_output(output_format, out, folder)


@FUZZ
@given(
    text=st.one_of(
        article_text(),
        claims_yaml(),
        # A JSON claims file can hold what YAML cannot: lone surrogates, any control character.
        st.builds(claims_json, hostile, hostile),
    ),
    output_format=st.sampled_from(FORMATS),
)
def test_any_input_gives_a_whole_valid_report_in_every_format(
    text, output_format, capsys, monkeypatch
):
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / ("story" + {"a": ".yaml", "{": ".json"}.get(text[0], ".txt"))
        path.write_text(text, encoding="utf-8")
        _check_every_format(folder, path, output_format, capsys, monkeypatch)


def test_a_lone_surrogate_in_a_json_claims_file_is_escaped_in_the_terminal_and_pages(
    tmp_path, capsys, monkeypatch
):
    claims = tmp_path / "story.json"
    claims.write_text(claims_json("", "\ud800"), encoding="utf-8")
    code, out, err = run_main(["check", claims], capsys, monkeypatch)
    assert code == 1  # the share is wrong; the title cannot stop the report
    assert "internal error" not in err
    assert "\\ud800" in out
    pages = tmp_path / "pages"
    pages.mkdir()
    args = ["check", claims, "--format", "markdown", "--reports-dir", pages]
    code, _, err = run_main(args, capsys, monkeypatch)
    assert code == 1 and "internal error" not in err
    assert "\\ud800" in (pages / "harbour.md").read_text(encoding="utf-8")
