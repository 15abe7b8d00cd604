"""Suppression comments in Markdown and text articles.

`<!-- audit: accept share.mismatch "reason" -->` on a line of its own accepts the findings of
that rule on the paragraph after it; at the end of a line, on the paragraph it stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from audit.claims.claims_file import Acceptance
from audit.errors import InputError
from audit.report.model import ArticleReport, Report

COMMENT = re.compile(r"<!--\s*audit:\s*(?P<body>.*?)-->", re.S)
BODY = re.compile(r'accept\s+(?P<rule>[A-Za-z0-9_.*-]+)\s+"(?P<reason>[^"]+)"\s*$')
_BLANK = re.compile(r"\n[ \t]*\n")


@dataclass
class Suppression:
    rule: str  # a rule id, or a family glob ("share.*")
    reason: str
    line: int
    paragraph: tuple[int, int]  # character range of the text it covers
    used: list[str] = field(default_factory=list)


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for gap in _BLANK.finditer(text):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(text)))
    return spans


def parse(text: str, path: str) -> list[Suppression]:
    found = []
    blocks = paragraphs(text)
    for comment in COMMENT.finditer(text):
        line = text.count("\n", 0, comment.start()) + 1
        body = BODY.match(comment.group("body").strip())
        if body is None:
            raise InputError(
                'bad audit comment: write <!-- audit: accept RULE "reason" -->', path, line
            )
        here = next(i for i, (s, e) in enumerate(blocks) if s <= comment.start() <= e)
        start, end = blocks[here]
        alone = text[start:end].strip() == comment.group(0).strip()
        if alone and here + 1 < len(blocks):
            target = blocks[here + 1]
        elif text[start : comment.start()].strip():  # at the end of a line: this paragraph
            target = (start, end)
        else:  # first in its paragraph, text below it: the rest of the paragraph
            target = (comment.end(), end)
        found.append(Suppression(body["rule"], body["reason"], line, target))
    return found


def article_text_path(article_report: ArticleReport) -> Path | None:
    article = article_report.article
    for candidate in (article.path, article.text_path):
        if (
            candidate
            and Path(candidate).suffix.lower() in (".md", ".txt")
            and Path(candidate).is_file()
        ):
            return Path(candidate)
    return None


def apply(report: Report) -> list[str]:
    """Accept the findings the comments cover; a note for every comment that covers nothing."""
    from audit.extract.decode import read_article

    notes = []
    for article_report in report.articles:
        path = article_text_path(article_report)
        if path is None:
            continue
        text = read_article(path)
        for sup in parse(text, str(path)):
            for finding in article_report.findings:
                if finding.span is None or finding.accepted is not None:
                    continue
                if not fnmatchcase(finding.rule, sup.rule):
                    continue
                if sup.paragraph[0] <= finding.span[0] < sup.paragraph[1] + 1:
                    finding.accepted = Acceptance(
                        finding.rule,
                        frozenset(finding.claims),
                        finding.relation,
                        sup.reason,
                        f"comment at {path}:{sup.line}",
                        sup.line,
                    )
                    sup.used.append(finding.relation)
            if not sup.used:
                note = (
                    f"the audit comment at {path}:{sup.line} ({sup.rule}) matches no"
                    " finding any more"
                )
                article_report.notes.append(note)
                notes.append(note)
    return notes
