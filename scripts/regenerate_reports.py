"""Regenerate reports/ from claims/: the Markdown reports of the worked examples.

    python scripts/regenerate_reports.py

tests/test_reports_current.py fails when reports/ is not what this script would write.
"""

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.pipeline import run_check  # noqa: E402
from audit.report import markdown  # noqa: E402


def pages() -> dict[str, str]:
    """The report pages, generated with paths relative to the repository root."""
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        report, _ = run_check([Path("claims")])
    finally:
        os.chdir(here)
    return markdown.render(report)


if __name__ == "__main__":
    target = ROOT / "reports"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    for name, text in pages().items():
        (target / name).write_text(text, encoding="utf-8")
    print(f"wrote {target}")
