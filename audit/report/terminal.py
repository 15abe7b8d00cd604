"""Terminal report with rich: a summary table per article, then each finding with its arithmetic.

Article text is never markup: quotes and values go in as `Text`, so "[sic]" stays "[sic]".
A large run (an archive) gets the summary and its worst findings instead of every article: a
screen of 100k articles helps nobody, and --format jsonl or markdown holds them all.
"""

from __future__ import annotations

import heapq

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from audit.engine.evaluate import CONSISTENT, INCONSISTENT, UNVERIFIABLE
from audit.report.model import SEVERITY_RANK, ArticleReport, Finding, Report

STYLES = {INCONSISTENT: "bold red", UNVERIFIABLE: "yellow", CONSISTENT: "green"}
SYMBOLS = {INCONSISTENT: "✗", UNVERIFIABLE: "?", CONSISTENT: "✓"}
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


def render(report: Report, console: Console, fail_on: str) -> None:
    if is_large(report):
        _large(report, console)
    else:
        for article in report.articles:
            _article(article, console)
    totals = report.counts()
    failing = report.failing(fail_on)
    summary = Text.assemble(
        (f"{len(report.articles)} article{'' if len(report.articles) == 1 else 's'}: ", "bold"),
        (f"{totals[INCONSISTENT]} inconsistent", STYLES[INCONSISTENT]),
        ", ",
        (f"{totals[UNVERIFIABLE]} unverifiable", STYLES[UNVERIFIABLE]),
        ", ",
        (f"{totals[CONSISTENT]} consistent", STYLES[CONSISTENT]),
        ". ",
        (
            f"{len(failing)} fail the gate (--fail-on {fail_on})."
            if fail_on != "never"
            else "Gate off (--fail-on never)."
        ),
    )
    if report.baselined:
        summary.append(
            f" {report.baselined} baselined (held by the baseline, not failing).", "cyan"
        )
    console.print(summary)
    for error in report.errors:
        console.print(Text(f"error: {error}", style="bold red"))


def _large(report: Report, console: Console) -> None:
    shown = worst(report, WORST_SHOWN)
    flagged = sum(1 for a in report.articles if any(f.fails for f in a.findings))
    console.print(
        Text(
            f"{flagged} of {len(report.articles)} articles have unaccepted"
            f" inconsistencies; the worst {len(shown)}:",
            style="bold",
        )
    )
    for finding in shown:
        console.print(Text(f"  {finding.article}", style="bold dim"))
        _finding(finding, console)
    console.print(
        Text("Every finding: --format jsonl (one per line) or --format markdown.", style="dim")
    )


def _article(a: ArticleReport, console: Console) -> None:
    title = Text(a.article.title or a.article.id, style="bold")
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("inconsistent", "unverifiable", "consistent", "figures checked"):
        table.add_column(column, justify="right")
    counts = a.counts()
    table.add_row(
        str(counts[INCONSISTENT]),
        str(counts[UNVERIFIABLE]),
        str(counts[CONSISTENT]),
        f"{a.coverage.checked} of {a.coverage.stated}",
    )
    console.print(
        Panel(
            Group(Text(f"{a.article.id}  ({a.article.path})", style="dim"), table),
            title=title,
            title_align="left",
        )
    )
    for finding in a.findings:
        _finding(finding, console)
    if a.coverage.unchecked:
        console.print(Text(f"  Not checked ({len(a.coverage.unchecked)}):", style="dim"))
        for u in a.coverage.unchecked:
            console.print(Text(f"    {u.claim}: {u.written} — {u.why}", style="dim"))
    if a.coverage.left_out:
        console.print(
            Text(f"  In the text but not made claims ({len(a.coverage.left_out)}):", style="dim")
        )
        for item in a.coverage.left_out:
            console.print(
                Text(f'    "{item.get("quote", "")}" — {item.get("why", "")}', style="dim")
            )
    for note in a.notes:
        console.print(Text(f"  Note: {note}", style="yellow"))
    console.print()


def _finding(f: Finding, console: Console) -> None:
    head = Text.assemble(
        (f" {SYMBOLS[f.status]} ", STYLES[f.status]),
        (f"{f.rule}", "bold"),
        f"  {f.relation}",
        (" [accepted]", "cyan") if f.accepted else "",
        (" [baselined]", "cyan") if f.baselined else "",
    )
    console.print(head)
    console.print(Text(f"   {f.message}"))
    if f.status != UNVERIFIABLE:
        console.print(Text(f"   {f.arithmetic}", style="dim"))
    for item in f.inputs:
        if item.label:
            console.print(Text(f"   {item.role}: {item.written} — {item.label}", style="dim"))
    if f.note:
        console.print(Text(f"   Note: {f.note}", style="italic"))
    if f.accepted:
        console.print(Text(f"   Accepted: {f.accepted.reason}", style="cyan"))
    if f.quote and f.status != CONSISTENT:
        quote = Text(f"   “{f.quote}”", style="italic dim")
        for start, end in f.marks:  # the figures of the relation, inside the sentence
            quote.stylize("bold underline not dim", start + 4, end + 4)
        console.print(quote)
