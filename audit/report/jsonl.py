"""JSON Lines report: one finding per line, written as it is rendered, for archive-size runs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from audit.report.json_out import finding_dict
from audit.report.model import ArticleReport, Finding, Report, fails_at


def lines(report: Report, fail_on: str) -> Iterator[str]:
    """Each finding as one line of JSON, in the report's order (article by article)."""
    return Lines(fail_on).of(report.articles)


def write(report: Report, fail_on: str, out: TextIO) -> int:
    """Stream the lines to `out` without holding them all; returns how many were written."""
    count = 0
    for line in lines(report, fail_on):
        out.write(line)
        count += 1
    return count


class Lines:
    """The lines of article reports as they come (audit.pipeline.stream_check), counting
    the findings that fail the gate, so that nothing of a report need be held once written."""

    def __init__(self, fail_on: str) -> None:
        self.fail_on = fail_on
        self.failing = 0

    def of(self, reports: Iterable[ArticleReport]) -> Iterator[str]:
        for article_report in reports:
            for finding in article_report.findings:
                fails = fails_at(finding, self.fail_on)
                self.failing += fails
                yield line(finding, fails)


# Characters that many line readers (Python's str.splitlines among them) take for the end of a
# line and that json.dumps leaves raw: written escaped, so one finding is always one line,
# whatever its quote holds.
_LINE_BREAKING = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def line(finding: Finding, fails: bool) -> str:
    text = json.dumps(
        finding_dict(finding, fails), ensure_ascii=False, default=str, allow_nan=False
    )
    return text.translate(_LINE_BREAKING) + "\n"
