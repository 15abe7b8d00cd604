"""SARIF 2.1.0: findings as results on the article files, for code-scanning tools."""

from __future__ import annotations

import json

from audit.engine.evaluate import INCONSISTENT
from audit.report.location import locate
from audit.report.model import Report
from audit.rules.rule_files import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report, rules: list[Rule], fail_on: str) -> str:
    used = sorted({f.rule for f in report.findings() if f.status == INCONSISTENT})
    by_id = {r.id: r for r in rules}
    index = {rule_id: i for i, rule_id in enumerate(used)}
    results = []
    for article_report in report.articles:
        for finding in article_report.findings:
            if finding.status != INCONSISTENT:
                continue
            path, line, column = locate(article_report, finding)
            result = {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": LEVEL.get(finding.severity, "warning"),
                "message": {"text": finding.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": path},
                            "region": {"startLine": line, "startColumn": column},
                        }
                    }
                ],
                "partialFingerprints": {"claimsAudit/v1": finding.fingerprint},
            }
            suppressions = []
            if finding.accepted is not None:
                suppressions.append(
                    {
                        "kind": "inSource"
                        if finding.accepted.by and finding.accepted.by.startswith("comment")
                        else "external",
                        "justification": finding.accepted.reason,
                    }
                )
            if finding.baselined:
                suppressions.append({"kind": "external", "justification": "in the baseline"})
            if suppressions:
                result["suppressions"] = suppressions
            results.append(result)
    driver = {
        "name": "claims-audit",
        "informationUri": "https://pypi.org/project/claims-audit/",
        "rules": [_rule(by_id[r]) if r in by_id else {"id": r} for r in used],
    }
    data = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "results": results}],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


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
