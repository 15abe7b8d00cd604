"""SARIF 2.1.0: findings as results on the article files, for code-scanning tools."""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from urllib.parse import quote

from audit.engine.evaluate import INCONSISTENT
from audit.errors import InputError
from audit.report.location import region
from audit.report.model import ArticleReport, Finding, Report
from audit.rules.rule_files import Rule

# The OASIS schema's own id (tests/data/sarif-schema-2.1.0.json is a copy of it).
SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "claimsAudit/v1"


def render(report: Report, rules: list[Rule], fail_on: str) -> str:
    used = sorted({f.rule for f in report.findings() if f.status == INCONSISTENT})
    by_id = {r.id: r for r in rules}
    index = {rule_id: i for i, rule_id in enumerate(used)}
    results = [
        _result(article_report, finding, index[finding.rule])
        for article_report in report.articles
        for finding in article_report.findings
        if finding.status == INCONSISTENT
    ]
    driver = {
        "name": "claims-audit",
        "informationUri": "https://pypi.org/project/claims-audit/",
        "rules": [_rule(by_id[r]) if r in by_id else {"id": r} for r in used],
    }
    run = {
        "tool": {"driver": driver},
        "invocations": [_invocation(report.errors)],
        # Columns count characters as Python does, not the UTF-16 units SARIF assumes.
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    data = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _result(article_report: ArticleReport, finding: Finding, rule_index: int) -> dict:
    path, line, column, end = region(article_report, finding)
    where: dict = {"startLine": line, "startColumn": column}
    if end is not None:
        where.update(endLine=end[0], endColumn=end[1])
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVEL.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": uri(path)}, "region": where}}
        ],
        "partialFingerprints": {FINGERPRINT: finding.fingerprint},
        "properties": {"article": finding.article, "relation": finding.relation},
    }
    suppressions = []
    if finding.accepted is not None:
        in_text = bool(finding.accepted.by and finding.accepted.by.startswith("comment"))
        suppressions.append(
            {
                "kind": "inSource" if in_text else "external",
                "justification": finding.accepted.reason,
            }
        )
    if finding.baselined:
        suppressions.append({"kind": "external", "justification": "in the baseline"})
    if suppressions:
        result["suppressions"] = suppressions
    return result


def uri(path: str) -> str:
    """A file path as a URI reference: relative paths stay relative (code scanning resolves
    them against the repository), absolute ones become file: URIs; spaces and the like are
    percent-encoded."""
    pure = PurePath(path)
    if pure.is_absolute():
        return Path(path).as_uri()
    return quote(pure.as_posix(), safe="/-._~!$&'()*+,;=:@")


def _invocation(errors: list[InputError]) -> dict:
    """Whether every file could be audited; each one that could not, as a notification."""
    notifications = []
    for error in errors:
        notification: dict = {"level": "error", "message": {"text": str(error)}}
        if error.path:
            where: dict = {"artifactLocation": {"uri": uri(error.path)}}
            if error.line:
                where["region"] = {"startLine": error.line}
                if error.column:
                    where["region"]["startColumn"] = error.column
            notification["locations"] = [{"physicalLocation": where}]
        notifications.append(notification)
    invocation: dict = {"executionSuccessful": not errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation


def _rule(rule: Rule) -> dict:
    name = "".join(part.capitalize() for part in rule.id.replace(".", "_").split("_"))
    return {
        "id": rule.id,
        "name": name,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.docs.get("checks", rule.title)},
        "help": {"text": "\n\n".join(rule.docs.get(k, "") for k in ("checks", "why", "example"))},
        "defaultConfiguration": {"level": LEVEL.get(rule.severity, "warning")},
    }
