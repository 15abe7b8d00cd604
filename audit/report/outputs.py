"""Reports written to a file or streamed to standard output: json, jsonl, parquet."""

from __future__ import annotations

import sys
from pathlib import Path

from audit.report.files import write_atomically
from audit.report.model import Report


def write_report(report: Report, output_format: str, output: Path | None, fail_on: str) -> None:
    if output_format == "parquet":
        from audit.report import parquet

        assert output is not None
        parquet.write(report, fail_on, output)
        return
    if output_format == "json":
        from audit.report import json_out

        assert output is not None
        write_atomically(output, json_out.chunks(report, fail_on))
        return
    from audit.report import jsonl

    if output is None:
        jsonl.write(report, fail_on, sys.stdout)
        sys.stdout.flush()
        return
    # Staged beside the file and renamed into place: a failed run never leaves half a report.
    write_atomically(output, jsonl.lines(report, fail_on))
