"""Exceptions are for broken inputs and usage only; findings are values, never exceptions.

AuditError                 base: anything that stops a run with exit status 2
├── InputError             a claims, rule, reference or article file is wrong (file:line:col)
└── UsageError             the command line is wrong
"""

from __future__ import annotations


class AuditError(Exception):
    """A problem that stops the run before any report is written."""


class InputError(AuditError):
    """A file the user gave is wrong; the message names the file, line and column."""

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"

    def located(self, path: str, line: int | None = None, column: int | None = None) -> InputError:
        """The same error, placed in a file where the raiser could not know it."""
        return InputError(
            self.message,
            self.path or path,
            self.line if self.line is not None else line,
            self.column if self.column is not None else column,
        )


class UsageError(AuditError):
    """The command line asks for something impossible."""
