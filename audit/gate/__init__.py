"""Gate policy between a run and its report: configuration, the cap on guesses, accepted findings,
coverage, baselines and suppressions in the article text."""
