"""Suppression comments in Markdown and text articles.

`<!-- audit: accept share.mismatch "reason" -->` on a line of its own accepts the findings of
that rule on the paragraph after it; at the end of a line, on the paragraph it stands in.
A Markdown paragraph ends at a blank line; in a text file a line is a paragraph (a
hard-wrapped sentence's lines joined), as the figures are read, so a comment above one line
of a story written a line a paragraph covers that line, not the whole story.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import field
from fnmatch import fnmatchcase
from pathlib import Path

from audit.claims.claims_file import Acceptance
from audit.errors import InputError
from audit.lazy_regex import compile_later
from audit.records import FACTORY, record
from audit.report.model import ArticleReport, Report

COMMENT = compile_later(r"<!--\s*audit:\s*(?P<body>.*?)-->", re.S)
BODY = compile_later(r'accept\s+(?P<rule>[A-Za-z0-9_.*-]+)\s+"(?P<reason>[^"]+)"\s*$')
_BLANK = compile_later(r"\n[ \t]*\n")


@record()
class Suppression:
    """A suppression comment in an article: the rule it silences, why, and where."""

    rule: str  # a rule id, or a family glob ("share.*")
    reason: str
    line: int
    paragraph: tuple[int, int]  # character range of the text it covers
    used: list[str] = field(default_factory=list)

    def __init__(
        self,
        rule: str,
        reason: str,
        line: int,
        paragraph: tuple[int, int],
        used: list[str] = FACTORY,
    ) -> None:
        self.rule = rule
        self.reason = reason
        self.line = line
        self.paragraph = paragraph
        self.used = [] if used is FACTORY else used


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Markdown paragraphs: runs of lines between blank lines."""
    spans, start = [], 0
    for gap in _BLANK.finditer(text):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(text)))
    return spans


def parse(text: str, path: str) -> list[Suppression]:
    from audit.extract.sentences import paragraphs as text_paragraphs

    found: list[Suppression] = []
    if "<!--" not in text:
        return found
    markdown = Path(path).suffix.lower() == ".md"
    blocks = paragraphs(text) if markdown else list(text_paragraphs(text))
    starts = [block[0] for block in blocks]
    line, counted = 1, 0
    for comment in COMMENT.finditer(text):
        line += text.count("\n", counted, comment.start())
        counted = comment.start()
        body = BODY.match(comment.group("body").strip())
        if body is None:
            raise InputError(
                'bad audit comment: write <!-- audit: accept RULE "reason" -->', path, line
            )
        # The paragraph(s) the comment stands in: a comment may run over several lines.
        here = max(bisect.bisect_right(starts, comment.start()) - 1, 0)
        last = max(bisect.bisect_right(starts, comment.end() - 1) - 1, here)
        start, end = blocks[here][0], blocks[last][1]
        here = last
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


def commented(article_report: ArticleReport) -> bool:
    """Whether the article's text holds anything that could be a suppression comment."""
    from audit.extract.decode import read_article

    path = article_text_path(article_report)
    return path is not None and "<!--" in read_article(path)


def apply(report: Report) -> list[str]:
    """Accept the findings the comments cover; a note for every comment that covers nothing."""
    from audit.extract.decode import read_article

    notes = []
    for article_report in report.articles:
        if not article_report.commented:
            continue  # its text was read where it was audited, and holds no comment
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
