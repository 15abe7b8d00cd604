"""Coverage: how many of an article's figures took part in a check, and why each other did not."""

from __future__ import annotations

from collections.abc import Iterable

from audit.engine.evaluate import UNVERIFIABLE
from audit.report.model import ArticleReport, Coverage, Report, Unchecked


def count(report: Report) -> None:
    """Give every article of the report its coverage, from its findings and its claims."""
    for article_report in report.articles:
        article_report.coverage = of(article_report)


def of(article_report: ArticleReport) -> Coverage:
    article, findings = article_report.article, article_report.findings
    checked = {c for f in findings if f.status != UNVERIFIABLE for c in f.claims}
    reasons: dict[str, str] = {}
    for finding in findings:
        if finding.status == UNVERIFIABLE:
            for claim_id in finding.claims:
                reasons.setdefault(claim_id, finding.reason)
    unchecked = []
    for claim in article.claims.values():
        if claim.id in checked:
            continue
        if claim.id in reasons:
            why = reasons[claim.id]
        elif claim.status != "fact":
            # Never checked against an actual: only with others of the same plan, none here.
            why = f"a {claim.status}: no other figure of the same {claim.status} to check it with"
        else:
            why = "no other figure to recompute it from"
        unchecked.append(Unchecked(claim.id, claim.value.written, why, claim.value_span))
    return Coverage(len(article.claims), len(checked), unchecked, list(article.skipped))


def add_checked(coverage: Coverage, claims: Iterable[str]) -> None:
    """Claims that findings added after the coverage was counted check (conflicts across
    articles, which are never unverifiable): no longer listed as unchecked."""
    newly = set(claims) & {u.claim for u in coverage.unchecked}
    if newly:
        coverage.unchecked = [u for u in coverage.unchecked if u.claim not in newly]
        coverage.checked += len(newly)
