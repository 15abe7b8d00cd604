"""Archive scale: articles per second, MB/s per core and peak memory as the archive grows.

    python benchmarks/archive.py [--sizes 1000 10000] [--jobs N]
    python benchmarks/archive.py --one-article-mb 1 5 20      # one long article, stage by stage

Articles are generated from invented sentence templates with varied places, years, figures and
currencies (no two alike), some dated and some not, with a planted slip now and then, so the
extractor and the engine see the density of figures of real news. Each size runs `audit check`
in a fresh process over a folder of that many articles. The parent (which finds conflicts
across articles, applies the gate and writes the report) and its workers are measured apart:
CPU seconds of each, and the peak resident size of the parent and of the largest worker.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = [
    "Northvale",
    "Lakeshire",
    "Port Amber",
    "Easthaven",
    "Redmoor",
    "Silverton",
    "Granite Bay",
    "Westford",
    "Oakridge",
    "Marlow County",
    "Brightwater",
    "Kestrel Isle",
]
SECTORS = [
    "software",
    "shipping",
    "tourism",
    "farm output",
    "retail sales",
    "steel output",
    "solar capacity",
    "broadband use",
    "car exports",
    "textile sales",
]
CURRENCIES = [("yuan", "$", 0.14), ("euros", "$", 1.08), ("pounds", "$", 1.27)]
SCALES = ["million", "billion"]


def _amount(rng: random.Random) -> tuple[float, str]:
    value = round(rng.uniform(1.2, 980.0), rng.choice((0, 1, 2)))
    return value, f"{value:g}"


def _paragraph(rng: random.Random, year: int) -> str:
    place, sector = rng.choice(PLACES), rng.choice(SECTORS)
    scale = rng.choice(SCALES)
    choice = rng.randrange(5)
    if choice == 0:  # growth stated with its two ends
        a, a_text = _amount(rng)
        growth = rng.uniform(-20, 40)
        b = a * (1 + growth / 100)
        if rng.random() < 0.1:
            growth += rng.choice((3, -3))  # a slip the audit should catch
        return (
            f"In {place}, {sector} reached {b:.1f} {scale} yuan in {year}, up "
            f"{growth:.1f} percent from {a_text} {scale} yuan a year earlier."
        )
    if choice == 1:  # a part and its share
        whole, whole_text = _amount(rng)
        share = rng.uniform(2, 60)
        part = whole * share / 100
        return (
            f"The {sector} of {place} came to {part:.2f} {scale} yuan in {year}, "
            f"accounting for {share:.0f} percent of the region's total of {whole_text} "
            f"{scale} yuan."
        )
    if choice == 2:  # a currency conversion
        name, symbol, rate = rng.choice(CURRENCIES)
        a, a_text = _amount(rng)
        return (
            f"Investors in {place} put {a_text} {scale} {name} ({symbol}{a * rate:.1f} "
            f"{scale}) into {sector} during {year}."
        )
    if choice == 3:  # a multiple
        a, a_text = _amount(rng)
        times = rng.choice((2, 3, 4))
        return (
            f"By {year} {sector} in {place} had grown to {a * times:.1f} {scale} yuan, "
            f"{times} times the {a_text} {scale} yuan of {year - 10}."
        )
    return (
        f"Officials in {place} said {sector} employed {rng.randrange(2, 900) * 100:,} "
        f"people in {year}, and {rng.randrange(3, 95)} new firms opened."
    )


def article(index: int, paragraphs: int = 8) -> str:
    """One invented article; its index seeds everything, so a run is repeatable."""
    rng = random.Random(index)
    year = rng.randrange(2012, 2024)
    lines = [f"{rng.choice(PLACES)} {rng.choice(SECTORS)} report {index}", ""]
    if rng.random() < 0.7:
        lines += [f"Updated: {year + 1}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}", ""]
    for _ in range(paragraphs):
        lines += [_paragraph(rng, year), ""]
    return "\n".join(lines)


def long_article(megabytes: float) -> str:
    """One undated article of about `megabytes` of text (the undated path is the costly one)."""
    rng = random.Random(int(megabytes * 1000))
    parts, size, target = ["A long review of the regions", ""], 0, int(megabytes * 1_000_000)
    while size < target:
        piece = _paragraph(rng, rng.randrange(2012, 2024))
        parts += [piece, ""]
        size += len(piece) + 2
    return "\n".join(parts)


def write_archive(folder: Path, count: int) -> float:
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(count):
        text = article(index)
        total += len(text.encode("utf-8"))
        (folder / f"{index:06d}.txt").write_text(text, encoding="utf-8")
    return total / 1_000_000


def run_archive(
    folder: Path, jobs: int | None, output_format: str
) -> tuple[float, float, float, float, float]:
    """Wall seconds, CPU seconds of the parent and of its workers, and the peak MB of the
    parent and of the largest worker, of one `audit check` run."""
    usage = folder.with_suffix(".usage")
    args = [
        sys.executable,
        __file__,
        "--measured-check",
        str(usage),
        "check",
        str(folder),
        "--fail-on",
        "never",
        "--format",
        output_format,
    ]
    if jobs:
        args += ["--jobs", str(jobs)]
    started = time.perf_counter()
    subprocess.run(args, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    parent_cpu, workers_cpu, parent_mb, worker_mb = map(float, usage.read_text().split())
    return wall, parent_cpu, workers_cpu, parent_mb, worker_mb


def measured_check(usage: str) -> None:
    """`audit check` in this process; at its exit, the CPU and peak memory of this process
    (the parent) and of its workers go to `usage`, so the serial part can be read apart."""
    import atexit

    parent = os.getpid()

    def write() -> None:
        if os.getpid() != parent:
            return
        own = resource.getrusage(resource.RUSAGE_SELF)
        workers = resource.getrusage(resource.RUSAGE_CHILDREN)
        Path(usage).write_text(
            f"{own.ru_utime + own.ru_stime} {workers.ru_utime + workers.ru_stime} "
            f"{own.ru_maxrss / 1024} {workers.ru_maxrss / 1024}\n"
        )

    atexit.register(write)
    from audit.cli import main

    sys.argv = ["audit", *sys.argv[3:]]
    main()


def stages(
    megabytes: float, formats: tuple[str, ...] = ("json", "jsonl", "markdown", "terminal")
) -> None:
    """Seconds per stage of one long article, in this process."""
    from audit.claims.claims_file import build_article
    from audit.claims.yamlsource import from_data
    from audit.engine import evaluate as engine
    from audit.engine import evidence
    from audit.engine.tables import build_tables
    from audit.extract import extract_claims
    from audit.gate import coverage, policy
    from audit.reference import rate_windows
    from audit.reference.facts import load_facts
    from audit.report import json_out, jsonl, markdown, terminal
    from audit.report.model import build_report
    from audit.rules.rule_files import load_rules

    text = long_article(megabytes)
    times: dict[str, float] = {}

    def timed(name, func, *args):
        started = time.perf_counter()
        result = func(*args)
        times[name] = time.perf_counter() - started
        return result

    data = timed("extract", extract_claims, text, "long")
    article = timed("load", lambda: build_article(from_data(data, "long.txt"), "long.txt", "long"))
    facts, rules = load_facts(()), load_rules(())
    rates = timed("rate windows", rate_windows.build, [article], facts)
    tables = timed("tables", build_tables, [article], facts, rates)
    findings = timed("engine", engine.run, tables, rules)
    joined = timed("evidence", evidence.gather, tables, findings, [article], facts)
    report = timed("report model", build_report, [article], findings, joined, rules)
    timed("gate policy", lambda: (policy.apply(report), coverage.count(report)))
    if "json" in formats:
        timed("json", json_out.render, report, "never")
    if "jsonl" in formats:
        timed("jsonl", lambda: sum(1 for _ in jsonl.lines(report, "never")))
    if "markdown" in formats:
        timed("markdown", markdown.render, report)
    if "terminal" in formats:
        with open(os.devnull, "w", encoding="utf-8") as sink:
            from rich.console import Console

            timed("terminal", terminal.render, report, Console(file=sink, width=100), "never")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
    print(
        f"{len(text) / 1e6:5.1f} MB, {len(article.claims)} claims, "
        f"{len(article.relations)} relations, peak {peak:.0f} MB, CPU {cpu:.1f}s: "
        + ", ".join(f"{k} {v:.2f}s" for k, v in times.items()),
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=None, help="passed to audit check")
    parser.add_argument("--format", default="jsonl", help="report format of the runs")
    parser.add_argument("--one-article-mb", type=float, nargs="*", default=None)
    parser.add_argument(
        "--stage-formats",
        default="json,jsonl,markdown,terminal",
        help="report formats timed with --one-article-mb",
    )
    args = parser.parse_args()
    if args.one_article_mb:
        for megabytes in args.one_article_mb:
            # A fresh process per size, so peak memory is that size's.
            subprocess.run(
                [sys.executable, __file__, "--stage-mb", str(megabytes), args.stage_formats],
                check=True,
            )
        return
    cores = args.jobs or len(os.sched_getaffinity(0))
    print(
        f"{'articles':>9} {'MB':>7} {'wall s':>8} {'art/s':>8} {'MB/s/core':>10} "
        f"{'CPU/wall':>9} {'CPU ms/art':>10} {'parent CPU s':>12} {'workers CPU s':>13} "
        f"{'parent MB':>9} {'worker MB':>9}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.sizes:
            folder = Path(tmp) / str(count)
            megabytes = write_archive(folder, count)
            wall, parent_cpu, workers_cpu, parent_mb, worker_mb = run_archive(
                folder, args.jobs, args.format
            )
            cpu = parent_cpu + workers_cpu
            print(
                f"{count:9d} {megabytes:7.1f} {wall:8.1f} {count / wall:8.0f} "
                f"{megabytes / wall / cores:10.3f} {cpu / wall:9.2f} {cpu / count * 1000:10.1f} "
                f"{parent_cpu:12.1f} {workers_cpu:13.1f} {parent_mb:9.0f} {worker_mb:9.0f}",
                flush=True,
            )


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--measured-check":
        measured_check(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "--stage-mb":
        stages(float(sys.argv[2]), tuple(sys.argv[3].split(",")))
    else:
        main()
