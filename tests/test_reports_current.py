"""reports/ holds exactly what scripts/regenerate_reports.py writes from claims/."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_reports_are_regenerated_from_the_claims_files():
    spec = importlib.util.spec_from_file_location(
        "regenerate", ROOT / "scripts" / "regenerate_reports.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.pages()
    written = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "reports").glob("*.md")}
    assert written.keys() == expected.keys()
    for name, text in expected.items():
        assert written[name] == text, f"reports/{name} is stale: run scripts/regenerate_reports.py"
