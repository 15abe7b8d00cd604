"""Exit statuses of the `audit` command; the CLI help text is generated from this table."""

CLEAN = 0
FINDINGS = 1
BAD_INPUT = 2

MEANINGS = {
    CLEAN: "no finding at or above the --fail-on threshold",
    FINDINGS: "findings at or above the --fail-on threshold",
    BAD_INPUT: "bad usage or bad input (a one-line message names the file, line and problem)",
}


def help_text() -> str:
    return "Exit status: " + "; ".join(f"{code} {text}" for code, text in MEANINGS.items()) + "."
