"""GitHub Actions workflow commands: annotations on the article lines, most severe first."""

from __future__ import annotations

import os

from audit.report.location import locate
from audit.report.model import SEVERITY_RANK, Report

PER_TYPE = 10  # GitHub shows at most this many annotations of a type per step
COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(text: str, property_: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_ else text


def render(report: Report) -> str:
    rows = []
    for article_report in report.articles:
        for finding in article_report.findings:
            if finding.fails:
                rows.append((article_report, finding))
    rows.sort(key=lambda r: (-SEVERITY_RANK[r[1].severity], r[1].article, r[1].relation))
    lines, shown = [], dict.fromkeys(COMMAND.values(), 0)
    for article_report, finding in rows:
        command = COMMAND.get(finding.severity, "warning")
        if shown[command] >= PER_TYPE:
            continue
        shown[command] += 1
        path, line, column = locate(article_report, finding)
        title = _escape(f"{finding.rule}: {finding.title}", True)
        lines.append(
            f"::{command} file={_escape(path, True)},line={line},col={column},"
            f"title={title}::{_escape(finding.message)}"
        )
    hidden = len(rows) - sum(shown.values())
    if hidden:
        # The command writes the step summary only where GitHub names its file.
        where = (
            "are in the step summary"
            if os.environ.get("GITHUB_STEP_SUMMARY")
            else "are not annotated: `audit check --format terminal` lists them all"
        )
        lines.append(f"::notice::{hidden} more findings {where}")
    return "\n".join(lines) + ("\n" if lines else "")
