"""claims-audit: recompute the numbers in news articles and say which hold.

The flow, one module group per step:

    extract/     article text -> claims file (draft)
    claims.py    claims file -> tables of claims and relations (stated-precision intervals)
    facts.py, rates.py   reference facts and dated exchange rates linked to relations
    rules.py + expr.py   declarative rules, compiled once
    engine.py    pure function: tables -> findings table (vectorized)
    report/      findings -> terminal | Markdown | JSON, and the exit status
"""

__version__ = "0.1.0"
