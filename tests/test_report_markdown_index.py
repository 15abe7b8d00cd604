"""The Markdown index written with the HTML pages links the HTML index beside it."""

from __future__ import annotations

import re

from audit.pipeline import run_check
from audit.report import markdown
from tests.cli_helpers import SEED_000, invoke_assert_code


def test_the_markdown_index_links_the_html_index_written_beside_it(tmp_path, capsys, monkeypatch):
    reports = tmp_path / "reports"
    invoke_assert_code(
        ["check", SEED_000, "--format", "markdown", "--reports-dir", reports],
        capsys,
        monkeypatch,
        1,
    )
    index = (reports / "index.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", index)
    assert "index.html" in targets
    for target in targets:  # every link of the index leads to a page that was written
        assert (reports / target).is_file(), target


def test_pages_without_html_beside_do_not_link_it():
    # The step summary and the repository's reports/ hold the Markdown pages alone.
    report, _ = run_check([SEED_000])
    assert "index.html" not in markdown.render(report)["index.md"]
