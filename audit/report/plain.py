"""The terminal report as it reaches a pipe, laid out without rich's console.

Off a terminal rich draws no colour, so its output is text that follows a few rules: lines
wrapped at word boundaries to the console's width, a card framed by box characters, a table of
right-justified columns. This module lays out the same characters with rich's own measuring and
line-breaking functions (light modules: rich.cells, rich._wrap) and none of its console, which
the one-file gate paid for at every start. Whatever it does not lay out exactly as rich would
(tabs, control characters, joined emoji, a card too narrow for its table, Windows consoles) it
refuses with Unsupported, and the caller hands the report to rich instead.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Mapping, Sequence

from rich.cells import cell_len, set_cell_size

from audit.lazy_regex import compile_later

try:  # rich's line breaker is not public API: where a release moves it, rich draws the report
    from rich._wrap import divide_line
except ImportError:  # pragma: no cover - depends on the installed rich
    divide_line = None  # type: ignore[assignment]

from audit.report.model import Report
from audit.report.terminal import COLUMNS, Pieces, tell

# Characters rich strips, expands or measures in context (not newlines): left to rich itself.
_TRICKY = compile_later("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200d\ufe0f]")
_TRAILING_SPACE = compile_later(r"\s+$")
# Rich on a console it takes for a terminal (or is told to colour) writes escape codes.
_COLOUR_SWITCHES = ("FORCE_COLOR", "TTY_COMPATIBLE")


class Unsupported(Exception):
    """Text this layout would not draw exactly as rich does."""


def text_for_pipe(report: Report, fail_on: str, width: int) -> str:
    """The report as rich prints it off a terminal `width` cells wide; raises Unsupported."""
    sink = PlainSink(width)
    tell(report, sink, fail_on)
    return "".join(sink.out)


def pipe_width(environ: Mapping[str, str] = os.environ) -> int | None:
    """The width rich would lay standard output out at, when it is a pipe rich draws plain;
    None when rich would colour it or measure it otherwise (Windows)."""
    if divide_line is None or os.name == "nt" or any(name in environ for name in _COLOUR_SWITCHES):
        return None
    try:
        if sys.stdout.isatty():
            return None
    except ValueError:  # a closed standard output: let rich say so
        return None
    width = None
    for descriptor in (0, 1, 2):  # as rich: the first standard stream that is a terminal
        try:
            width = os.get_terminal_size(descriptor).columns
            break
        except (AttributeError, ValueError, OSError):
            continue
    columns = environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)
    return width or 80


class PlainSink:
    def __init__(self, width: int) -> None:
        self.width = width
        self.out: list[str] = []

    def line(self, pieces: Pieces, marks: Sequence[tuple[int, int]] = (), style: str = "") -> None:
        text = "".join(piece for piece, _ in pieces)
        self.out.extend(f"{row}\n" for row in _wrap(text, self.width))

    def card(self, title: str, subtitle: str, row: Sequence[str]) -> None:
        inner = self.width - 4  # a border and a space of padding on each side
        table = _table(COLUMNS, row)
        if inner < 1 or any(cell_len(line) > inner for line in table):
            raise Unsupported("a card too narrow for its table")  # rich would shrink columns
        title = title.replace("\n", " ")
        _check(title)
        if title:  # as rich: the title, a space either side, cropped to the frame
            heading = f" {title} "
            if cell_len(heading) > inner:
                heading = set_cell_size(heading, inner)
            self.out.append(f"╭─{heading}{'─' * (inner - cell_len(heading))}─╮\n")
        else:
            self.out.append(f"╭{'─' * (self.width - 2)}╮\n")
        for line in [*_wrap(subtitle, inner), *table]:
            self.out.append(f"│ {set_cell_size(line, inner)} │\n")
        self.out.append(f"╰{'─' * (self.width - 2)}╯\n")

    def blank(self) -> None:
        self.out.append("\n")


def _check(text: str) -> None:
    if _TRICKY.search(text):
        raise Unsupported("control or joining characters")


def _wrap(text: str, width: int) -> Iterable[str]:
    """Text broken to lines of `width` cells, as rich's Text.wrap breaks it: at each newline
    (one that ends the text leaves a blank line), then at word boundaries."""
    _check(text)
    for line in text.split("\n"):
        yield from _wrap_line(line, width)


def _wrap_line(text: str, width: int) -> Iterable[str]:
    starts = [0, *divide_line(text, width, fold=True), len(text)]
    for start, end in itertools.pairwise(starts):
        line = text[start:end]
        if len(line) > width and (space := _TRAILING_SPACE.search(line)):
            line = line[: len(line) - min(len(space.group(0)), len(line) - width)]
        yield set_cell_size(line, width) if cell_len(line) > width else line


def _table(header: Sequence[str], row: Sequence[str]) -> list[str]:
    """A borderless table of right-justified columns two spaces apart (rich's, box=None and
    pad_edge=False)."""
    for cell in (*header, *row):
        _check(cell)
    widths = [max(cell_len(h), cell_len(c)) for h, c in zip(header, row, strict=True)]
    return [
        "  ".join(" " * (w - cell_len(cell)) + cell for w, cell in zip(widths, cells, strict=True))
        for cells in (header, row)
    ]
