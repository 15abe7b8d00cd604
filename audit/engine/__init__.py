"""The audit: a pure function from tables of values, relations and rate windows to findings."""
