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
        yield from _findings(conflict)


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


def _findings(conflict: Conflict) -> Iterator[Finding]:
    shown = listed(conflict.statements)
    rest = len(conflict.statements) - len(shown)
    per_article = Counter(s.article for s in conflict.statements)
    articles = len(per_article)
    more = f"; and {rest} more in {articles} articles in all" if rest else ""
    listing = "; ".join(
        f"{s.written} in {s.article} (claim {s.claim}"
        + (f", {s.matches}" if s.matches else "")
        + ")"
        for s in shown
    )
    what = f"{conflict.entity} {conflict.metric} {conflict.period}"
    message = f"{what} is stated differently across articles: {listing}{more}."
    arithmetic = " vs ".join(f"{s.written} ({s.article})" for s in shown) + (
        f" vs {rest} more" if rest else ""
    )
    for statement in conflict.statements:
        others = [s.written for s in shown if s.article != statement.article]
        # Other articles' statements left out of the listing.
        unlisted = len(conflict.statements) - per_article[statement.article] - len(others)
        yield Finding(
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
            message=message,
            quote=statement.quote,
            span=statement.span,
            line=statement.line,
            arithmetic=arithmetic,
            stated_interval=(statement.lo, statement.hi),
        )
