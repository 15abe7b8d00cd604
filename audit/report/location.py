"""Where a finding stands in its article file: character offsets to line and column."""

from __future__ import annotations

import bisect
from functools import lru_cache
from pathlib import Path

from audit.report.model import ArticleReport, Finding

TEXT_SUFFIXES = (".md", ".txt")


def text_file(article_report: ArticleReport) -> str | None:
    """The article's text file (the file audited, or the one its claims file names)."""
    article = article_report.article
    for candidate in (article.path, article.text_path):
        if (
            candidate
            and Path(candidate).suffix.lower() in TEXT_SUFFIXES
            and Path(candidate).is_file()
        ):
            return candidate
    return None


@lru_cache(maxsize=64)
def _line_starts(path: str) -> tuple[int, ...]:
    text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    starts = [0]
    starts.extend(i + 1 for i, char in enumerate(text) if char == "\n")
    return tuple(starts)


def line_column(path: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset in a text file."""
    starts = _line_starts(path)
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def locate(article_report: ArticleReport, finding: Finding) -> tuple[str, int, int]:
    """The file, line and column to point at: the figure in the text, else the claims file."""
    path = text_file(article_report)
    if path and finding.span:
        start = finding.span[0] + _figure_offset(finding)
        line, column = line_column(path, start)
        return path, line, column
    # A claims file without its text: the line of the first claim in it.
    return article_report.article.path, finding.line or 1, 1


def _figure_offset(finding: Finding) -> int:
    """Where the compared figure stands in the quote: the line an editor must fix."""
    if finding.quote and finding.stated:
        at = finding.quote.lower().find(finding.stated.lower())
        if at >= 0:
            return at
    return finding.marks[0][0] if finding.marks else 0
