"""The one-file gate starts light: what `audit check` on one claims file imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = sorted((ROOT / "claims").glob("*.yaml"))[0]
# Heavy or optional: a pre-commit gate on one claims file needs none of them.
NEVER = {"pandas", "pyarrow", "dask", "distributed", "duckdb", "pint", "currency_converter"}
BLAS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
# Runs the command as `audit` does, then reports the modules it left loaded and the BLAS
# thread settings it ran numpy with.
PROBE = f"""
import os, runpy, sys
sys.argv = ["audit", *sys.argv[1:]]
try:
    runpy.run_module("audit", run_name="__main__")
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)), file=sys.stderr)
print(",".join(os.environ.get(v, "") for v in {BLAS!r}), file=sys.stderr)
"""


def _gate(output_format: str) -> tuple[set[str], str]:
    env = {k: v for k, v in os.environ.items() if k not in BLAS}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "check", str(CLAIMS), "--format", output_format],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    *_, modules, blas = done.stderr.strip().splitlines()
    return set(modules.split()), blas


@pytest.mark.parametrize("output_format", ["json", "terminal"])
def test_a_gate_on_one_claims_file_imports_no_heavy_module(output_format):
    modules, _ = _gate(output_format)
    assert {"audit.pipeline", "numpy"} <= modules  # the probe did run the gate
    assert not {m.split(".")[0] for m in modules} & NEVER


def test_a_terminal_report_into_a_pipe_is_written_without_rich_s_console():
    modules, _ = _gate("terminal")
    assert "audit.report.plain" in modules  # the report was laid out
    assert not {"rich.console", "rich.text", "rich.panel"} & modules


def test_a_gate_on_one_claims_file_does_not_load_the_extractor():
    modules, _ = _gate("json")
    # Reading the article's text (for its suppression comments) is all a claims file needs.
    assert {m for m in modules if m.startswith("audit.extract.")} == {"audit.extract.decode"}


def test_a_gate_on_one_claims_file_does_not_load_numpy_masked_arrays():
    """np.unique without positions imports numpy.ma to ask if the array is masked; the
    engine asks for positions (audit.engine.columns.distinct)."""
    bare = subprocess.run(
        [sys.executable, "-c", "import sys, numpy; print('numpy.ma' in sys.modules)"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if bare.stdout.strip() == "True":
        pytest.skip("this numpy imports numpy.ma with numpy itself")
    modules, _ = _gate("json")
    assert "numpy.ma" not in modules


def test_the_gate_runs_numpy_on_one_thread_unless_told_otherwise():
    _, blas = _gate("json")
    assert blas == "1,1,1"
