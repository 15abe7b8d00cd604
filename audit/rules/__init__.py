"""Rules as data: the relation kinds, rule files, the formula language and rule examples."""
