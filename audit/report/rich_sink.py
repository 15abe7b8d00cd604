"""The terminal report drawn by rich: colours, a framed card per article (audit.report.terminal)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from audit.report.terminal import COLUMNS, Pieces


class RichSink:
    def __init__(self, console: Console) -> None:
        self.console = console

    def line(self, pieces: Pieces, marks: Sequence[tuple[int, int]] = (), style: str = "") -> None:
        text = Text.assemble(*pieces, style=style)
        for start, end in marks:
            text.stylize("bold underline not dim", start, end)
        self.console.print(text)

    def card(self, title: str, subtitle: str, row: Sequence[str]) -> None:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        for column in COLUMNS:
            table.add_column(column, justify="right")
        table.add_row(*row)
        self.console.print(
            Panel(
                Group(Text(subtitle, style="dim"), table),
                title=Text(title, style="bold"),
                title_align="left",
            )
        )

    def blank(self) -> None:
        self.console.print()
