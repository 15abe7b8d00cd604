"""Content fingerprints of findings: the same figures in the same words keep the same print.

A fingerprint never uses a line or an offset, so an edit elsewhere in the article leaves it
alone, while an edit to one of the figures (or its sentence) changes it.
"""

from __future__ import annotations

import hashlib
import re

from audit.claims.claims_file import Article
from audit.report.model import Finding, Report

_SPACE = re.compile(r"\s+")


def normalized(sentence: str | None) -> str:
    """A sentence as compared: case, spacing and typographic quotes do not count."""
    if not sentence:
        return ""
    text = sentence.replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return _SPACE.sub(" ", text).strip().lower()


def fingerprint(finding: Finding, article: Article) -> str:
    parts = [finding.rule, finding.article]
    for claim_id in sorted(finding.claims):
        claim = article.claims.get(claim_id)
        if claim is None:
            parts.append(claim_id)
            continue
        period = claim.period.text if claim.period is not None else ""
        parts.append(
            "|".join(
                (
                    claim.value.written,
                    claim.metric or "",
                    claim.entity or "",
                    period,
                    normalized(claim.quote),
                )
            )
        )
    if not finding.claims:  # figures all from reference facts: the relation is what we have
        parts.append(finding.relation)
    # A lone surrogate (from a JSON claims file's "\ud800") still has one stable fingerprint.
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def stamp(report: Report) -> None:
    """Give every finding of the report its fingerprint."""
    for article_report in report.articles:
        for finding in article_report.findings:
            finding.fingerprint = fingerprint(finding, article_report.article)
