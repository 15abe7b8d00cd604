"""JUnit XML: one test case per relation checked, a failure for each failing finding."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from audit.engine.evaluate import INCONSISTENT, UNVERIFIABLE
from audit.lazy_regex import compile_later
from audit.report.model import Report

# What XML 1.0 cannot hold, even escaped: C0 controls but tab and line breaks, lone
# surrogates, U+FFFE and U+FFFF.
_NOT_XML = compile_later(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """`text` with each character XML cannot hold written as its escape ("\\x01")."""
    return _NOT_XML.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode(), text)


def render(report: Report) -> str:
    suites = ET.Element("testsuites", name="claims-audit")
    for article_report in report.articles:
        findings = article_report.findings
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=article_report.article.id,
            tests=str(len(findings)),
            failures=str(sum(f.fails for f in findings)),
            skipped=str(
                sum(
                    f.status == UNVERIFIABLE or (f.status == INCONSISTENT and not f.fails)
                    for f in findings
                )
            ),
        )
        for finding in findings:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=finding.rule,
                name=f"{finding.article}: {finding.relation}",
                file=article_report.article.path,
            )
            if finding.fails:
                failure = ET.SubElement(
                    case, "failure", message=finding.message, type=finding.severity
                )
                failure.text = finding.arithmetic + (f"\n{finding.quote}" if finding.quote else "")
            elif finding.status == INCONSISTENT:
                why = (
                    f"accepted: {finding.accepted.reason}"
                    if finding.accepted
                    else "in the baseline"
                )
                ET.SubElement(case, "skipped", message=why)
            elif finding.status == UNVERIFIABLE:
                ET.SubElement(case, "skipped", message=finding.message)
    for element in suites.iter():
        element.attrib = {k: _xml_text(v) for k, v in element.attrib.items()}
        if element.text:
            element.text = _xml_text(element.text)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"
