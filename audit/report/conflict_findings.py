"""Cross-article conflicts as findings: one warning per statement, each naming a few of the rest.

An archive can state one figure in thousands of articles; a finding that named every statement
would make the findings grow with the square of the archive. Each lists at most LISTED
statements (the two that cannot both hold, then the earliest others, in article order) and
counts the rest.
"""

from __future__ import annotations

from audit.engine.evaluate import INCONSISTENT
from audit.reference.conflicts import LISTED, Conflict, Statement
from audit.report.model import Finding

CONFLICT_RULE = "reference.conflict"
__all__ = ["CONFLICT_RULE", "LISTED", "Listing"]


class Listing:
    """What the findings of one conflict share: the statements they name, the message and the
    arithmetic; each statement's finding is made when asked for, so a run can make an
    article's findings when it writes them. Small, as a run keeps one per conflict on disk
    until the last of its findings is written (audit.reference.conflict_table)."""

    __slots__ = ("arithmetic", "message", "period", "shown", "total")

    def __init__(self, conflict: Conflict) -> None:
        self.period, self.total = conflict.period, conflict.total
        self.shown = tuple((s.article, s.written) for s in conflict.shown)
        rest = conflict.total - len(self.shown)
        more = f"; and {rest} more in {conflict.articles} articles in all" if rest else ""
        listing = "; ".join(
            f"{s.written} in {s.article} (claim {s.claim}"
            + (f", {s.matches}" if s.matches else "")
            + ")"
            for s in conflict.shown
        )
        what = f"{conflict.entity} {conflict.metric} {conflict.period}"
        self.message = f"{what} is stated differently across articles: {listing}{more}."
        self.arithmetic = " vs ".join(f"{s.written} ({s.article})" for s in conflict.shown) + (
            f" vs {rest} more" if rest else ""
        )

    def __getstate__(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state: tuple) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            setattr(self, name, value)

    def finding(self, statement: Statement, alongside: int) -> Finding:
        """The finding of one statement; `alongside`: how many of the conflict's statements
        its article makes, itself among them."""
        others = [written for article, written in self.shown if article != statement.article]
        # Other articles' statements left out of the listing.
        unlisted = self.total - alongside - len(others)
        return Finding(
            article=statement.article,
            rule=CONFLICT_RULE,
            title="Articles state the same figure with values that cannot both hold",
            relation=f"conflict_{statement.claim}",
            kind="reference",
            status=INCONSISTENT,
            severity="warning",
            claims=[statement.claim],
            stated=statement.written,
            computed=", ".join(others) + (f" and {unlisted} more" if unlisted else ""),
            difference="",
            message=self.message,
            quote=statement.quote,
            span=statement.span,
            line=statement.line,
            arithmetic=self.arithmetic,
            stated_interval=(statement.lo, statement.hi),
        )
