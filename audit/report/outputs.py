"""Reports written to a file: json, parquet (JSON Lines streams as the run goes: cli, jsonl)."""

from __future__ import annotations

from pathlib import Path

from audit.report.files import write_atomically
from audit.report.model import Report


def write_report(report: Report, output_format: str, output: Path | None, fail_on: str) -> None:
    if output_format == "parquet":
        from audit.report import parquet

        assert output is not None
        parquet.write(report, fail_on, output)
        return
    from audit.report import json_out

    assert output is not None
    write_atomically(output, json_out.chunks(report, fail_on))
