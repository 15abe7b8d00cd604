"""Gate policy between a run and its report: configuration, the cap on guesses, accepted findings,
coverage, content fingerprints, baselines and suppressions in the article text."""
