"""Content fingerprints of findings: the same figures in the same words keep the same print.

A fingerprint never uses a line or an offset, so an edit elsewhere in the article leaves it
alone, while an edit to one of the figures (or its sentence) changes it.
"""

from __future__ import annotations

from collections.abc import Mapping

from audit.lazy_regex import compile_later

# CPython's own SHA-256 (the same digest): hashlib would load OpenSSL at every start of a gate,
# about 2% of a one-file run, for a few short prints.
try:
    from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,no-redef]
    except ImportError:  # another Python, or one built without them
        from hashlib import sha256  # type: ignore[assignment]

from audit.claims.claims_file import Article
from audit.report.model import Finding, Report

_SPACE = compile_later(r"\s+")


def normalized(sentence: str | None) -> str:
    """A sentence as compared: case, spacing and typographic quotes do not count."""
    if not sentence:
        return ""
    text = sentence.replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return _SPACE.sub(" ", text).strip().lower()


def fingerprint(finding: Finding, article: Article) -> str:
    parts = {}
    for claim_id in finding.claims:
        claim = article.claims.get(claim_id)
        if claim is not None:
            period = claim.period.text if claim.period is not None else ""
            parts[claim_id] = claim_part(
                claim.value.written, claim.metric, claim.entity, period, claim.quote
            )
    return of_parts(finding, parts)


def claim_part(
    written: str, metric: str | None, entity: str | None, period: str, quote: str | None
) -> str:
    """What of a claim its findings' fingerprints hold: its figure, what it is of, its sentence."""
    return "|".join((written, metric or "", entity or "", period, normalized(quote)))


def of_parts(finding: Finding, claims: Mapping[str, str]) -> str:
    """The fingerprint of a finding whose claims have these parts (claim_part); a claim without
    one (not in its article) counts by its id."""
    parts = [finding.rule, finding.article]
    for claim_id in sorted(finding.claims):
        parts.append(claims.get(claim_id, claim_id))
    if not finding.claims:  # figures all from reference facts: the relation is what we have
        parts.append(finding.relation)
    # A lone surrogate (from a JSON claims file's "\ud800") still has one stable fingerprint.
    return sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def stamp(report: Report) -> None:
    """Give every finding of the report its fingerprint."""
    for article_report in report.articles:
        for finding in article_report.findings:
            finding.fingerprint = fingerprint(finding, article_report.article)
