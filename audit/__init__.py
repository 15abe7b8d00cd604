"""claims-audit: recompute the numbers in news articles and say which hold.

The flow, one package per stage; each imports only the stages below it:

    extract/     article text -> draft claims (figures, relations, their evidence)
    claims/      claims files -> articles of stated-precision values, units, periods
    reference/   reference facts with vintages; dated exchange rates, looked up into a table of
                 rate windows before the engine runs (rate_windows.py)
    rules/       relation kinds, rule files, the formula language
    engine/      tables -> findings table (vectorized, pure), diagnosis, rule examples; the
                 evidence each finding shows, joined once (evidence.py)
    gate/        configuration, gate policy (guesses capped, accepted findings), coverage,
                 fingerprints, baselines, suppression comments
    report/      findings -> terminal | Markdown | JSON | ... (rendering only)
    pipeline.py  one run: paths in, a report out
    cli.py       the `audit` command (the only module that imports click)

Below every stage: errors.py (the exception hierarchy), exit_codes.py, intervals.py (the
outward-rounded interval arithmetic that formulas and the engine share).
"""

__version__ = "0.1.0"
