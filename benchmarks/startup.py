"""Wall time of `audit check` on one file, as a pre-commit gate runs it (the goal: < 0.5 s).

    python benchmarks/startup.py [--runs 7]

Runs the installed command in a fresh process for each worked example and prints the median
and the best of several runs, plus `audit --help` as the floor of Python and click alone.
"""

from __future__ import annotations

import argparse
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


def timed(args: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    base = command()
    cases = [("audit --help", [*base, "--help"])]
    for path in sorted((ROOT / "claims").glob("*.yaml")):
        cases.append((f"check claims/{path.name}",
                      [*base, "check", str(path), "--fail-on", "never"]))
    article = sorted((ROOT / "articles").glob("*.txt"))[0]
    cases.append((f"check articles/{article.name} (extracts first)",
                  [*base, "check", str(article), "--fail-on", "never"]))
    cases.append(("check claims/ --format json (all five)",
                  [*base, "check", str(ROOT / "claims"), "--format", "json", "--fail-on", "never"]))
    print(f"{'case':58} {'median':>8} {'best':>8}")
    for name, case in cases:
        times = timed(case, args.runs)
        print(f"{name:58} {statistics.median(times):7.3f}s {min(times):7.3f}s")


if __name__ == "__main__":
    main()
