"""Terminal report with rich: a summary table per article, then each finding with its arithmetic.

Article text is never markup: quotes and values go in as `Text`, so "[sic]" stays "[sic]".
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from audit.engine.evaluate import CONSISTENT, INCONSISTENT, UNVERIFIABLE
from audit.report.model import ArticleReport, Finding, Report

STYLES = {INCONSISTENT: "bold red", UNVERIFIABLE: "yellow", CONSISTENT: "green"}
SYMBOLS = {INCONSISTENT: "✗", UNVERIFIABLE: "?", CONSISTENT: "✓"}


def render(report: Report, console: Console, fail_on: str) -> None:
    for article in report.articles:
        _article(article, console)
    totals = report.counts()
    failing = report.failing(fail_on)
    summary = Text.assemble(
        (f"{len(report.articles)} article{'' if len(report.articles) == 1 else 's'}: ", "bold"),
        (f"{totals[INCONSISTENT]} inconsistent", STYLES[INCONSISTENT]), ", ",
        (f"{totals[UNVERIFIABLE]} unverifiable", STYLES[UNVERIFIABLE]), ", ",
        (f"{totals[CONSISTENT]} consistent", STYLES[CONSISTENT]), ". ",
        (f"{len(failing)} fail the gate (--fail-on {fail_on})." if fail_on != "never"
         else "Gate off (--fail-on never)."))
    if report.baselined:
        summary.append(f" {report.baselined} baselined (held by the baseline, not failing).",
                       "cyan")
    console.print(summary)


def _article(a: ArticleReport, console: Console) -> None:
    title = Text(a.article.title or a.article.id, style="bold")
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("inconsistent", "unverifiable", "consistent", "figures checked"):
        table.add_column(column, justify="right")
    counts = a.counts()
    table.add_row(str(counts[INCONSISTENT]), str(counts[UNVERIFIABLE]), str(counts[CONSISTENT]),
                  f"{a.coverage.checked} of {a.coverage.stated}")
    console.print(Panel(Group(Text(f"{a.article.id}  ({a.article.path})", style="dim"), table),
                        title=title, title_align="left"))
    for finding in a.findings:
        _finding(finding, console)
    if a.coverage.unchecked:
        console.print(Text(f"  Not checked ({len(a.coverage.unchecked)}):", style="dim"))
        for u in a.coverage.unchecked:
            console.print(Text(f"    {u.claim}: {u.written} — {u.why}", style="dim"))
    if a.coverage.left_out:
        console.print(Text(f"  In the text but not made claims ({len(a.coverage.left_out)}):",
                           style="dim"))
        for item in a.coverage.left_out:
            console.print(Text(f"    \"{item.get('quote', '')}\" — {item.get('why', '')}",
                               style="dim"))
    for note in a.notes:
        console.print(Text(f"  Note: {note}", style="yellow"))
    console.print()


def _finding(f: Finding, console: Console) -> None:
    head = Text.assemble((f" {SYMBOLS[f.status]} ", STYLES[f.status]),
                         (f"{f.rule}", "bold"), f"  {f.relation}",
                         (" [accepted]", "cyan") if f.accepted else "",
                         (" [baselined]", "cyan") if f.baselined else "")
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
