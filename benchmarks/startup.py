"""Wall time of `audit check` on one file, as a pre-commit gate runs it, against a baseline.

    python benchmarks/startup.py [--runs 7] [--instructions]

Runs the installed command in a fresh process for each worked example and prints the median
and the best of several runs, plus `audit --help` as the floor of Python and click alone, and
each median as a ratio to `python -c "import yaml, numpy"` (the goal: at most 1.3 on a claims
file), with the CPU time of the runs (numpy's BLAS threads show there). Runs alternate between
the cases, so a busy machine slows them all alike, after one warm-up run of each (the
bytecode an installed gate runs from is written then). It also checks that the gate, its
terminal report piped, imports no pandas, pyarrow, dask, pint, rich's console, nor the
extractor. With --instructions it counts instructions under valgrind's callgrind instead of
timing (one run of each case): a count does not move with the load of a shared machine.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command() -> list[str]:
    installed = shutil.which("audit", path=str(Path(sys.executable).parent))
    return [installed] if installed else [sys.executable, "-m", "audit"]


BASELINE = ("python -c 'import yaml, numpy'", [sys.executable, "-c", "import yaml, numpy"])
HEAVY = ("pandas", "pyarrow", "dask", "pint", "rich.console", "numpy.ma", "audit.extract.drafts")


# An installed gate runs from compiled bytecode (pip compiles it, and so does a first run):
# a shell that forbids writing it would time the compiler, not the gate, on our side only.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def once(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, all threads) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(args: list[str]) -> int:
    """Instructions one run executes (all threads), counted by callgrind."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**ENV, "PYTHONHASHSEED": "0"},  # the same sets and dicts, the same count
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no count: {done.stderr[-300:]}")
    return int(found.group(1))


def heavy_imports(args: list[str]) -> list[str]:
    """The heavy modules a gate run on a claims file imports (its terminal report, piped)."""
    code = (
        "import sys, runpy; sys.argv = ['audit', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('audit', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, env=ENV
    )
    return done.stderr.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions with callgrind"
    )
    args = parser.parse_args()
    base = command()
    cases = [("audit --help", [*base, "--help"])]
    for path in sorted((ROOT / "claims").glob("*.yaml")):
        cases.append(
            (f"check claims/{path.name}", [*base, "check", str(path), "--fail-on", "never"])
        )
    article = sorted((ROOT / "articles").glob("*.txt"))[0]
    cases.append(
        (
            f"check articles/{article.name} (extracts first)",
            [*base, "check", str(article), "--fail-on", "never"],
        )
    )
    cases.append(
        (
            "check claims/ --format json (all five)",
            [*base, "check", str(ROOT / "claims"), "--format", "json", "--fail-on", "never"],
        )
    )
    cases.insert(0, BASELINE)
    for _, case in cases:  # warm up: bytecode written, files in the page cache
        once(case)
    if args.instructions:
        counts = {name: instructions(case) for name, case in cases}
        floor = counts[BASELINE[0]]
        print(f"{'case':58} {'instructions':>14} {'ratio':>6}")
        for name, _ in cases:
            print(f"{name:58} {counts[name]:14,} {counts[name] / floor:5.2f}x")
        return
    walls: dict[str, list[float]] = {name: [] for name, _ in cases}
    cpus: dict[str, list[float]] = {name: [] for name, _ in cases}
    for _ in range(args.runs):
        for name, case in cases:
            wall, cpu = once(case)
            walls[name].append(wall)
            cpus[name].append(cpu)
    base = statistics.median(walls[BASELINE[0]])
    print(f"{'case':58} {'median':>8} {'best':>8} {'CPU':>7} {'ratio':>6}")
    for name, _ in cases:
        median = statistics.median(walls[name])
        print(
            f"{name:58} {median:7.3f}s {min(walls[name]):7.3f}s "
            f"{statistics.median(cpus[name]):6.3f}s {median / base:5.2f}x"
        )
    claims = sorted((ROOT / "claims").glob("*.yaml"))[0]
    loaded = heavy_imports(["check", str(claims), "--fail-on", "never"])
    print(f"heavy modules imported by `check {claims.name}` (piped): {', '.join(loaded) or 'none'}")


if __name__ == "__main__":
    main()
