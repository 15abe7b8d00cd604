"""The import contract in pyproject.toml holds, and it notices an import that points upward."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).parent / "lint-imports"

pytestmark = pytest.mark.skipif(not LINT.exists(), reason="import-linter is a test extra")


def _lint(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT), "--config", str(project / "pyproject.toml"), "--no-cache"],
        cwd=project,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(project), "PATH": "", "COLUMNS": "400"},  # a contract a line
        timeout=120,
    )


def test_the_stages_keep_their_contract():
    done = _lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


REPORT = "The report renders the findings and their evidence"
ENGINE = "The engine reads exchange rates only from the rate windows table"


@pytest.mark.parametrize(
    ("module", "upward", "contract"),
    [
        ("audit/claims/values.py", "import audit.engine.evaluate", "Stages depend only"),
        ("audit/engine/tables.py", "import audit.report.model", "Stages depend only"),
        ("audit/extract/drafts.py", "import audit.report.model", "Stages depend only"),
        ("audit/report/model.py", "import click", "Only the command line imports click"),
        ("audit/engine/evaluate.py", "import rich", "Only the terminal renderer"),
        # Downward, and still not allowed: the report reaching past the evidence it is given.
        ("audit/report/model.py", "from audit.engine.tables import Tables", REPORT),
        ("audit/report/markdown.py", "from audit.engine import rate_rows", REPORT),
        ("audit/report/json_out.py", "import audit.reference.rates", REPORT),
        # The engine opening exchange-rate data instead of reading the rate windows table.
        ("audit/engine/tables.py", "from audit.reference import rate_windows", ENGINE),
        ("audit/engine/roles.py", "from audit.reference.rates import window", ENGINE),
    ],
)
def test_an_import_against_the_flow_breaks_the_contract(tmp_path, module, upward, contract):
    shutil.copytree(
        ROOT / "audit", tmp_path / "audit", ignore=shutil.ignore_patterns("__pycache__", "builtin")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{upward}\n", encoding="utf-8")
    done = _lint(tmp_path)
    assert done.returncode != 0
    # Some versions of import-linter colour their output even into a pipe.
    plain = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout)
    broken = [line for line in plain.splitlines() if " BROKEN" in line]
    assert any(line.startswith(contract) for line in broken), done.stdout
