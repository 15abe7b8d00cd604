"""The audit: a pure function from tables of values and relations to a findings table."""
