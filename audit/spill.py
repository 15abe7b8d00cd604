"""Somewhere on disk for what a run over many files must keep of every article until the last.

Cross-article work (ids used twice, conflicts among figures) needs something of every article,
and only once all are in; held as Python objects, that grows with the archive. A private
temporary SQLite database keeps it instead: SQLite holds a few megabytes of pages in memory and
spills the rest to a file it deletes when the run closes it, so the parent's memory stays flat.
"""

from __future__ import annotations

import sqlite3

# Pages SQLite may hold in memory before it writes them to its file (negative: in KiB).
CACHE_KIB = 16_384


def open_spill() -> sqlite3.Connection:
    """A new private temporary database, deleted when closed or collected.

    Nothing in it outlives the run, so nothing is journaled or synced, and all of it is one
    transaction, never committed: a commit per article would write its pages out each time
    (five times the cost of inserting), and a crash loses only what the run would have."""
    db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA temp_store = FILE")
    db.execute("BEGIN")
    return db
