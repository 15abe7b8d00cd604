"""JSON Lines report: one finding per line, written as it is rendered, for archive-size runs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from audit.report.json_out import finding_dict
from audit.report.model import Report


def lines(report: Report, fail_on: str) -> Iterator[str]:
    """Each finding as one line of JSON, in the report's order (article by article)."""
    failing = {id(f) for f in report.failing(fail_on)}
    for finding in report.findings():
        yield (
            json.dumps(
                finding_dict(finding, id(finding) in failing),
                ensure_ascii=False,
                default=str,
                allow_nan=False,
            )
            + "\n"
        )


def write(report: Report, fail_on: str, out: TextIO) -> int:
    """Stream the lines to `out` without holding them all; returns how many were written."""
    count = 0
    for line in lines(report, fail_on):
        out.write(line)
        count += 1
    return count
