"""The tool's folder in the user's cache, where what a gate would otherwise re-read at every
start is kept between runs (read rule files, the table of exchange rates)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_dir() -> Path | None:
    """The tool's folder in the user's cache (XDG_CACHE_HOME, ~/.cache, or the platform's)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claims-audit" if base else None
