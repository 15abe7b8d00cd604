"""Where a finding stands in its article file: character offsets to line and column."""

from __future__ import annotations

import bisect
import os
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


def _line_starts(path: str) -> tuple[int, ...]:
    # Keyed on the file's size and time too: a file edited between two runs in one process
    # (an editor's server, a test) must not be located by its old lines.
    stat = os.stat(path)
    return _starts(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _starts(path: str, _mtime_ns: int, _size: int) -> tuple[int, ...]:
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
    path, line, column, _end = region(article_report, finding)
    return path, line, column


def region(
    article_report: ArticleReport, finding: Finding
) -> tuple[str, int, int, tuple[int, int] | None]:
    """`locate`, plus the line and column just past the figure where the text has it."""
    path = text_file(article_report)
    if path and finding.span:
        offset, length = _figure(finding)
        start = finding.in_article(offset)
        line, column = line_column(path, start)
        end = line_column(path, finding.in_article(offset + length)) if length else None
        return from_here(path), line, column, end
    # A claims file without its text: the line of the first claim in it.
    return from_here(article_report.article.path), finding.line or 1, 1, None


def from_here(path: str) -> str:
    """An absolute path inside the current folder, made relative to it: CI annotations and
    code scanning place files by their path from the checkout's root, where CI runs."""
    if not Path(path).is_absolute():
        return path
    try:
        return Path(path).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path


def _figure(finding: Finding) -> tuple[int, int]:
    """Where the compared figure stands in the quote, and its length (0 where unknown)."""
    if finding.quote and finding.stated:
        at = finding.quote.lower().find(finding.stated.lower())
        if at >= 0:
            return at, len(finding.stated)
    if finding.marks:
        start, end = finding.marks[0]
        return start, end - start
    return 0, 0
