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


def line(finding: Finding, fails: bool) -> str:
    return (
        json.dumps(finding_dict(finding, fails), ensure_ascii=False, default=str, allow_nan=False)
        + "\n"
    )
