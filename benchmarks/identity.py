"""Dump every draft the extractor makes over a fixed set of articles, to diff before and after.

    python benchmarks/identity.py OUT.json

The set: the shared corpus and seeds when present, the worked examples (articles/) and
150 varied articles from the extraction benchmark's generator. A change meant only to be
faster must leave OUT.json byte-identical.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract import articles as generated  # noqa: E402

from audit.extract import extract_claims, read_article  # noqa: E402

SHARED = Path("/work/shared")


def sources() -> list[tuple[str, str]]:
    paths = sorted(SHARED.glob("corpus/*/articles/*.txt")) + sorted(SHARED.glob("seeds/*.txt"))
    paths += sorted((ROOT / "articles").glob("*.txt"))
    found = [(str(p), read_article(p)) for p in paths]
    pieces = generated(0.6, seed=11)[:150]
    found += [(f"generated-{i}", piece) for i, piece in enumerate(pieces)]
    return found


def main() -> int:
    out: dict[str, object] = {}
    for name, text in sources():
        try:
            out[name] = extract_claims(text, article_id="identity")
        except Exception as error:  # an error is output too: it must not change either
            out[name] = {"error": repr(error)}
    Path(sys.argv[1]).write_text(
        json.dumps(out, indent=1, sort_keys=True, default=str), encoding="utf-8"
    )
    print(f"{len(out)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
