"""Run `audit check` on a snippet of article text, as the snippet tests do."""

from pathlib import Path

from audit.pipeline import run_check


def audit_snippet(tmp_path: Path, name: str, text: str):
    """The findings of auditing `text` as the article `name`."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    report, _ = run_check([path])
    return report.findings()
