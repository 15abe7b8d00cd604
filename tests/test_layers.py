"""The import contract in pyproject.toml holds, and it notices an import that points upward."""

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
        env={"PYTHONPATH": str(project), "PATH": ""},
        timeout=120,
    )


def test_the_stages_keep_their_contract():
    done = _lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("module", "upward"),
    [
        ("audit/claims/values.py", "import audit.engine.evaluate"),
        ("audit/engine/tables.py", "import audit.report.model"),
        ("audit/extract/drafts.py", "import audit.report.model"),
        ("audit/report/model.py", "import click"),
        ("audit/engine/evaluate.py", "import rich"),
    ],
)
def test_an_upward_import_breaks_the_contract(tmp_path, module, upward):
    shutil.copytree(
        ROOT / "audit", tmp_path / "audit", ignore=shutil.ignore_patterns("__pycache__", "builtin")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{upward}\n", encoding="utf-8")
    done = _lint(tmp_path)
    assert done.returncode != 0
    assert "BROKEN" in done.stdout
