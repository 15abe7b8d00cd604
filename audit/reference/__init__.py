"""Reference facts with their vintages, and dated exchange rates, loaded into tables before the
engine runs (the rate windows: rate_windows.py)."""
