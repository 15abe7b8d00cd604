"""Terminal report: a summary table per article, then each finding with its arithmetic.

The report is told to a sink: rich on a terminal (audit.report.rich_sink), or the same text
laid out without rich when the report goes to a pipe (audit.report.plain), which is how a
pre-commit gate or a script reads it; rich's import and rendering were a tenth of that run.
Article text is never markup: quotes and values go in as plain text, so "[sic]" stays "[sic]".
A large run (an archive) gets the summary and its worst findings instead of every article: a
screen of 100k articles helps nobody, and --format jsonl or markdown holds them all.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from audit.engine.evaluate import CONSISTENT, INCONSISTENT, UNVERIFIABLE
from audit.report.model import SEVERITY_RANK, ArticleReport, Finding, Report

if TYPE_CHECKING:
    from rich.console import Console

# A line is told as pieces of text, each with its rich style ("" for none).
Pieces = Sequence[tuple[str, str]]
COLUMNS = ("inconsistent", "unverifiable", "consistent", "figures checked")

STYLES = {INCONSISTENT: "bold red", UNVERIFIABLE: "yellow", CONSISTENT: "green"}
SYMBOLS = {INCONSISTENT: "✗", UNVERIFIABLE: "?", CONSISTENT: "✓"}
NOT_GIVEN = "not given"
# Beyond this many articles or findings a run is an archive, shown as summary + worst findings.
LARGE_ARTICLES = 50
LARGE_FINDINGS = 500
WORST_SHOWN = 20


def is_large(report: Report) -> bool:
    return (
        len(report.articles) > LARGE_ARTICLES
        or sum(len(a.findings) for a in report.articles) > LARGE_FINDINGS
    )


def worst(report: Report, count: int) -> list[Finding]:
    """The unaccepted inconsistencies most worth a look: highest severity, then largest gap."""
    failing = (f for a in report.articles for f in a.findings if f.fails)
    return heapq.nsmallest(
        count, failing, key=lambda f: (-SEVERITY_RANK[f.severity], -(f.gap or 0.0))
    )


class Sink(Protocol):
    """Where the report is told: a line of styled pieces, an article's card, a blank line."""

    def line(self, pieces: Pieces, marks: Sequence[tuple[int, int]] = (), style: str = "") -> None:
        """`marks` (start, end) in the joined text are the relation's figures, to stand out."""

    def card(self, title: str, subtitle: str, row: Sequence[str]) -> None:
        """A framed box titled `title` holding `subtitle` and the COLUMNS table of one `row`."""

    def blank(self) -> None: ...


def render(report: Report, console: Console, fail_on: str) -> None:
    """The report on a rich console."""
    from audit.report.rich_sink import RichSink

    tell(report, RichSink(console), fail_on)


def tell(report: Report, sink: Sink, fail_on: str) -> None:
    if is_large(report):
        _large(report, sink)
    else:
        for article in report.articles:
            _article(article, sink)
    totals = report.counts()
    failing = report.failing(fail_on)
    summary: list[tuple[str, str]] = [
        (f"{len(report.articles)} article{'' if len(report.articles) == 1 else 's'}: ", "bold"),
        (f"{totals[INCONSISTENT]} inconsistent", STYLES[INCONSISTENT]),
        (", ", ""),
        (f"{totals[UNVERIFIABLE]} unverifiable", STYLES[UNVERIFIABLE]),
        (", ", ""),
        (f"{totals[CONSISTENT]} consistent", STYLES[CONSISTENT]),
        (". ", ""),
        (
            f"{len(failing)} fail the gate (--fail-on {fail_on})."
            if fail_on != "never"
            else "Gate off (--fail-on never).",
            "",
        ),
    ]
    if report.baselined:
        summary.append(
            (f" {report.baselined} baselined (held by the baseline, not failing).", "cyan")
        )
    sink.line(summary)
    for error in report.errors:
        _say(sink, f"error: {error}", "bold red")


def _say(sink: Sink, text: str, style: str = "") -> None:
    sink.line(((text, ""),), style=style)


def _large(report: Report, sink: Sink) -> None:
    shown = worst(report, WORST_SHOWN)
    flagged = sum(1 for a in report.articles if any(f.fails for f in a.findings))
    _say(
        sink,
        f"{flagged} of {len(report.articles)} articles have unaccepted"
        f" inconsistencies; the worst {len(shown)}:",
        "bold",
    )
    for finding in shown:
        _say(sink, f"  {finding.article}", "bold dim")
        _finding(finding, sink)
    _say(sink, "Every finding: --format jsonl (one per line) or --format markdown.", "dim")


def _article(a: ArticleReport, sink: Sink) -> None:
    counts = a.counts()
    sink.card(
        a.article.title or a.article.id,
        f"{a.article.id}  ({a.article.path})",
        (
            str(counts[INCONSISTENT]),
            str(counts[UNVERIFIABLE]),
            str(counts[CONSISTENT]),
            f"{a.coverage.checked} of {a.coverage.stated}",
        ),
    )
    for finding in a.findings:
        _finding(finding, sink)
    if a.coverage.unchecked:
        _say(sink, f"  Not checked ({len(a.coverage.unchecked)}):", "dim")
        for u in a.coverage.unchecked:
            _say(sink, f"    {u.claim}: {u.written} — {u.why}", "dim")
    if a.coverage.left_out:
        _say(sink, f"  In the text but not made claims ({len(a.coverage.left_out)}):", "dim")
        for item in a.coverage.left_out:
            _say(sink, f'    "{item.get("quote", "")}" — {item.get("why", "")}', "dim")
    for note in a.notes:
        _say(sink, f"  Note: {note}", "yellow")
    sink.blank()


def _finding(f: Finding, sink: Sink) -> None:
    head = [
        (f" {SYMBOLS[f.status]} ", STYLES[f.status]),
        (f"{f.rule}", "bold"),
        (f"  {f.relation}", ""),
    ]
    if f.accepted:
        head.append((" [accepted]", "cyan"))
    if f.baselined:
        head.append((" [baselined]", "cyan"))
    if f.status == UNVERIFIABLE and f.reason.startswith(NOT_GIVEN):
        # A relation with a figure missing ("up 8% to E", no start): one line, since the
        # figures it holds are listed again under "Not checked" with the same reason.
        head.append((f" — {f.reason}", "dim"))
        sink.line(head)
        return
    sink.line(head)
    _say(sink, f"   {f.message}")
    if f.status != UNVERIFIABLE:
        _say(sink, f"   {f.arithmetic}", "dim")
    for item in f.inputs:
        if item.label:
            _say(sink, f"   {item.role}: {item.written} — {item.label}", "dim")
    if f.note:
        _say(sink, f"   Note: {f.note}", "italic")
    if f.accepted:
        _say(sink, f"   Accepted: {f.accepted.reason}", "cyan")
    if f.quote and f.status != CONSISTENT:
        # The figures of the relation, inside the sentence, after the indent and the mark.
        marks = [(start + 4, end + 4) for start, end in f.marks]
        sink.line(((f"   “{f.quote}”", ""),), marks, style="italic dim")
