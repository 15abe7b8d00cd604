"""Cross-article conflicts as findings: one warning per statement, each naming a few of the rest.

An archive can state one figure in thousands of articles; a finding that named every statement
would make the findings grow with the square of the archive. Each lists at most LISTED
statements (the two that cannot both hold, then the earliest others, in article order) and
counts the rest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from audit.engine.evaluate import INCONSISTENT
from audit.reference.conflicts import Conflict, Statement
from audit.report.model import Finding

CONFLICT_RULE = "reference.conflict"
LISTED = 6


def findings(conflicts: Iterable[Conflict]) -> Iterator[Finding]:
    """Each conflict's findings, statement by statement."""
    for conflict in conflicts:
        listing = Listing(conflict)
        for statement in conflict.statements:
            yield listing.finding(statement)


def listed(statements: tuple[Statement, ...], count: int = LISTED) -> list[Statement]:
    """At most `count` statements, in their order: the lowest top and the highest bottom (the
    pair that cannot both hold) always among them."""
    if len(statements) <= count:
        return list(statements)
    low = min(range(len(statements)), key=lambda i: statements[i].hi)
    high = max(range(len(statements)), key=lambda i: statements[i].lo)
    picked = {low, high}
    for index in range(len(statements)):
        if len(picked) >= count:
            break
        picked.add(index)
    return [statements[i] for i in sorted(picked)]


class Listing:
    """What the findings of one conflict share: the statements they list, the message and the
    arithmetic; each statement's finding is made when asked for, so a run can make an
    article's findings when it writes them."""

    def __init__(self, conflict: Conflict) -> None:
        self.conflict = conflict
        self.shown = listed(conflict.statements)
        rest = len(conflict.statements) - len(self.shown)
        self.per_article = Counter(s.article for s in conflict.statements)
        articles = len(self.per_article)
        more = f"; and {rest} more in {articles} articles in all" if rest else ""
        listing = "; ".join(
            f"{s.written} in {s.article} (claim {s.claim}"
            + (f", {s.matches}" if s.matches else "")
            + ")"
            for s in self.shown
        )
        what = f"{conflict.entity} {conflict.metric} {conflict.period}"
        self.message = f"{what} is stated differently across articles: {listing}{more}."
        self.arithmetic = " vs ".join(f"{s.written} ({s.article})" for s in self.shown) + (
            f" vs {rest} more" if rest else ""
        )

    def finding(self, statement: Statement) -> Finding:
        others = [s.written for s in self.shown if s.article != statement.article]
        # Other articles' statements left out of the listing.
        unlisted = len(self.conflict.statements) - self.per_article[statement.article] - len(others)
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
