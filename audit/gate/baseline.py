"""Baselines: today's findings recorded by fingerprint, so only new ones fail the gate."""

from __future__ import annotations

import json
from pathlib import Path

from audit.engine.evaluate import INCONSISTENT
from audit.errors import InputError
from audit.report.model import Report

VERSION = 1


def dump(report: Report) -> str:
    """The inconsistent findings of a report as a baseline file (sorted, so diffs are small).

    An accepted finding is left out: its acceptance holds it, and should the acceptance go,
    the finding must fail again rather than stay hidden in the baseline.
    """
    entries = sorted(
        (
            {
                "fingerprint": f.fingerprint,
                "article": f.article,
                "rule": f.rule,
                "relation": f.relation,
                "stated": f.stated,
            }
            for f in report.findings()
            if f.status == INCONSISTENT and f.accepted is None
        ),
        key=lambda e: (e["article"], e["rule"], e["fingerprint"]),
    )
    return (
        json.dumps({"version": VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
    )


def load(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(
            f"cannot read the baseline: {error.strerror or error}", str(path)
        ) from None
    except json.JSONDecodeError as error:
        raise InputError(f"not a baseline file: {error.msg}", str(path), error.lineno) from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise InputError(
            "not a baseline file: expected an object with 'findings' (write one"
            " with `audit baseline`)",
            str(path),
        )
    prints = set()
    for entry in data["findings"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise InputError("baseline entry without a 'fingerprint' string", str(path))
        prints.add(entry["fingerprint"])
    return prints


def apply(report: Report, prints: set[str]) -> int:
    """Mark the findings the baseline holds; the count of them."""
    count = 0
    for finding in report.findings():
        if finding.status == INCONSISTENT and finding.fingerprint in prints:
            finding.baselined = True
            count += 1
    return count
