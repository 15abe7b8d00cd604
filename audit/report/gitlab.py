"""GitLab Code Quality JSON: the failing and held findings, located on the article lines."""

from __future__ import annotations

import json

from audit.engine.evaluate import INCONSISTENT
from audit.report.location import locate
from audit.report.model import Report

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def render(report: Report) -> str:
    issues = []
    for article_report in report.articles:
        for finding in article_report.findings:
            if finding.status != INCONSISTENT or not finding.fails:
                continue  # accepted and baselined findings do not belong in a merge request
            path, line, _column = locate(article_report, finding)
            issues.append(
                {
                    "description": f"{finding.rule}: {finding.message}",
                    "check_name": finding.rule,
                    "fingerprint": finding.fingerprint,
                    "severity": SEVERITY.get(finding.severity, "minor"),
                    "location": {"path": path, "lines": {"begin": line}},
                }
            )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
