"""Gate policy between a run and its report: baselines and suppressions in the article text."""
