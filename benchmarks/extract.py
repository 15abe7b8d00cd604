"""Extraction speed: megabytes of news text per second on one core, and the ratio to quantulum3.

    python benchmarks/extract.py [--mb 4]

The corpus is the seed articles (articles/) repeated with their figures varied, so the
regexes see realistic density of numbers. quantulum3's `parser.parse` runs on the same
sentences (a slice of the corpus: it is much slower); install it only for this benchmark.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.extract import extract_claims, find_quantities  # noqa: E402
from audit.parallel import fewer_collections  # noqa: E402
from audit.reference.facts import entity_code  # noqa: E402

SEEDS = ROOT / "articles"


# A share of a country's GDP: the first one loads the shipped reference facts.
_GDP_SHARE = "\n\nKenya's budget deficit was 5.4 percent of GDP in 2023.\n"


def corpus(megabytes: float, seed: int = 7) -> str:
    return "".join(articles(megabytes, seed))


def articles(megabytes: float, seed: int = 7) -> list[str]:
    """Seed articles with their figures varied, each ending in a blank line, to `megabytes`."""
    rng = random.Random(seed)
    articles = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0

    def vary(match: re.Match) -> str:
        digits = match.group()
        return "".join(rng.choice("123456789") if ch.isdigit() else ch for ch in digits)

    while size < target:
        article = rng.choice(articles)
        piece = re.sub(r"\d+(?:\.\d+)?", vary, article) + "\n\n"
        parts.append(piece)
        size += len(piece.encode("utf-8"))
    return parts


def rate(func, text: str, repeat: int = 1) -> float:
    """Megabytes per second of func(text), best of `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return len(text.encode("utf-8")) / 1_000_000 / best


def by_paragraph(func):
    def run(text: str) -> None:
        for paragraph in text.split("\n"):
            if paragraph.strip():
                func(paragraph)

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="corpus size in megabytes")
    parser.add_argument(
        "--quantulum-kb", type=float, default=60.0, help="size of the slice quantulum3 is timed on"
    )
    args = parser.parse_args()
    fewer_collections()  # the cycle collector's thresholds `audit` itself runs with
    text = corpus(args.mb)
    megabytes = len(text.encode("utf-8")) / 1_000_000
    print(
        f"corpus: {megabytes:.1f} MB of news-like text, {len(find_quantities(text[:200_000]))}"
        " figures in its first 200 kB"
    )
    finding = rate(by_paragraph(find_quantities), text, repeat=2)
    print(f"find_quantities: {finding:.2f} MB/s on one core")
    # Loading the extractor (its patterns and phrasings, and the reference facts the first
    # share of GDP reads) is a one-time cost per process, which benchmarks/startup.py
    # measures; the rate below is of the text alone.
    start = time.perf_counter()
    extract_claims(corpus(0.02, seed=1) + _GDP_SHARE, article_id="warm-up")
    # The share above may not reach the shipped facts (its article's main entity decides), and
    # loading them is as much a one-time cost as the patterns are.
    entity_code("Kenya")
    print(f"first call on 20 kB (loads the extractor): {time.perf_counter() - start:.2f} s")
    drafting = rate(lambda t: extract_claims(t, article_id="bench"), text)
    print(
        f"extract_claims (figures, sentences, claims, relations): {drafting:.2f} MB/s on one core"
    )
    # An archive is audited article by article: what each article costs whatever its length
    # (its date, title and main entity, the lead's restatements) counts here.
    pieces = articles(args.mb, seed=8)
    one_by_one = rate(
        lambda _: [extract_claims(p, article_id="bench") for p in pieces], "".join(pieces)
    )
    print(
        f"extract_claims article by article ({len(pieces)} articles): {one_by_one:.2f} MB/s"
        " on one core"
    )
    try:
        from quantulum3 import parser as quantulum
    except ImportError:
        print("quantulum3 is not installed: no speed ratio (pip install quantulum3 to get one)")
        return 0
    sample = text[: int(args.quantulum_kb * 1000)]
    sample = sample[: sample.rfind("\n")]
    ours = rate(by_paragraph(find_quantities), sample, repeat=3)
    theirs = rate(by_paragraph(quantulum.parse), sample)
    print(
        f"on the same {len(sample) / 1000:.0f} kB: find_quantities {ours:.2f} MB/s, "
        f"quantulum3 parser.parse {theirs:.3f} MB/s: {ours / theirs:.0f}x faster"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
