"""Gate policy on a built report: a guess is at most a warning, and accepted findings stop failing.

A low-confidence link is a guess: its finding is shown, with the evidence, but at most as a
warning, so a guess alone never fails `--fail-on error`. A finding an editor accepted in the
claims file (`accepted:` entries) stays in the report and stops failing the gate; an entry that
matches nothing any more is noted, so entries do not rot. Suppression comments in the text are
audit.gate.suppress, baselines audit.gate.baseline, and coverage audit.gate.coverage.
"""

from __future__ import annotations

from audit.claims.claims_file import Article
from audit.report.model import SEVERITY_RANK, Finding, Report, report_order

GUESS_CEILING = "warning"


def severity_for(rule_severity: str, confidence: str | None) -> str:
    """The rule's severity, capped at a warning when the relation's link is a guess."""
    if confidence == "low" and SEVERITY_RANK[rule_severity] > SEVERITY_RANK[GUESS_CEILING]:
        return GUESS_CEILING
    return rule_severity


def apply(report: Report) -> None:
    """Cap the severity of guesses, list each article's findings in report order, and apply
    the claims files' accepted entries."""
    order(report)
    for article_report in report.articles:
        article_report.notes.extend(accept(article_report.article, article_report.findings))


def order(report: Report) -> None:
    """Cap the severity of guesses and list each article's findings in report order (a
    stable sort: findings added after, and ordered again, land as if they had been there)."""
    for article_report in report.articles:
        for finding in article_report.findings:
            finding.severity = severity_for(finding.severity, finding.confidence)
        article_report.findings.sort(key=report_order)


def accept(article: Article, findings: list[Finding]) -> list[str]:
    """Mark the findings the article's accepted entries name; a note for each that names none."""
    notes = []
    for acceptance in article.accepted:
        matched = False
        for finding in findings:
            if finding.rule != acceptance.rule:
                continue
            if acceptance.relation == finding.relation or (
                acceptance.claims and acceptance.claims == set(finding.claims)
            ):
                finding.accepted = acceptance
                matched = True
        if not matched:
            notes.append(
                f"the accepted finding at line {acceptance.line} ({acceptance.rule})"
                " matches no finding any more"
            )
    return notes
