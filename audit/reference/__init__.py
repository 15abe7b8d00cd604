"""Reference facts with their vintages, and dated exchange rates, loaded into tables."""
