"""Tables written as lines of text: a header line and rows with the same number of cells.

Statistical releases and wire stories set tables in plain text: cells split by pipes, tabs or
runs of two or more spaces ("Sector | 2023 (10 million pesos) | share (%)"), or by single
spaces under a header that names every column ("2022 2021 Change (in %)" over "June 118,406
97,233 21.8"). The header says what each cell is: its period (a year column), its unit and
scale ("(10 million pesos)", "(%)"), and its type (a level, a share, a change rate). A table
whose header is not understood in full is not a table here: its figures are read as prose.

A row whose cells carry footnote markers ("1,274,593*") or miss one is kept in the table (it
still ends a breakdown) but marked `skipped`: its cells are linked to nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal

from audit import vocabulary as vocab
from audit.claims.values import parse_value
from audit.errors import InputError
from audit.extract import lexicon as lx
from audit.extract.periods_in_text import months_period
from audit.lazy_regex import compile_later

LEVEL, SHARE, CHANGE = "level", "share", "change"

_NUMBER = r"[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CELL_NUMBER = compile_later(rf"({_NUMBER})\s*(%?)\s*([*†‡]+|\(\d\)|\[\d\])?")
_MISSING = frozenset({"", "-", "–", "—", "n/a", "na", "..", "...", "x", "…"})
_YEAR = compile_later(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_BRACKET = compile_later(r"\(([^()]*)\)")
_SCALES = {w: f for w, f in vocab.SCALE_WORDS.items() if w.isascii() and len(w) > 1}
_SCALE = compile_later(
    r"(?:(?<![\w.])(\d+)\s+)?\b("
    + "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True))
    + r")\b",
    re.I,
)
_SCALES_OF = compile_later(r"\b(thousand|million|billion|trillion)s\s+of\s+", re.I)
_PERCENT = compile_later(r"%|\bper\s?cent\b|\bpercent\b", re.I)
# A single-space header: years and column words, each with an optional bracket.
_WORDS = "|".join(re.escape(w) for w in (*lx.TABLE_CHANGE_WORDS, *lx.TABLE_SHARE_WORDS))
_SINGLE_COLUMN = compile_later(
    rf"(?:(?:19|20)\d\d|%?\s*(?:{_WORDS})(?:\s+%)?)(?:\s*\([^()]*\))?", re.I
)
_SINGLE_HEADER = compile_later(rf"{_SINGLE_COLUMN.pattern}(?:\s+{_SINGLE_COLUMN.pattern})+", re.I)
_SINGLE_ROW = compile_later(
    rf"(?P<label>[A-Za-z][^\d|\t]*?)\s+(?P<cells>{_NUMBER}\s*%?[*†‡]*(?:\s+{_NUMBER}\s*%?[*†‡]*)+)"
)
_LISTED = "columns:"
_SPLIT_SPACES = compile_later(r"\t+|\s{2,}")
_PIPE = compile_later(r"\|")
_QUALIFYING = compile_later(r"\s+(?:in|for|during|over|of|by|from)\s+")
_SHARE_OF = compile_later(r"(?:share|%|percent|per\s?cent)\s+of\s+(?:the\s+)?(\w+)")
# Words that name a part of a year in a column header.
_PERIOD_WORD = compile_later(
    r"\b(?:q[1-4]|[1-4]q|h[12]|quarter|half|month|week|ytd|"
    + "|".join(vocab.MONTH_NUMBERS)
    + r")\b"
)
_ROW_NUMBER = compile_later(rf"{_NUMBER}\s*%?[*†‡]*")
# What a row of each style must have in its line.
_STYLE_MARK = {"pipe": "|", "tab": "\t", "spaces": "  "}

Read = tuple[str, list[tuple[int, int, str] | None]]
_MONTH_SPAN = compile_later(r"([a-z]+)\.?(?:\s*(?:-|–|to)\s*([a-z]+)\.?)?", re.I)


@dataclass(frozen=True)
class Column:
    """What the cells under one header are."""

    header: str
    kind: str  # LEVEL, SHARE or CHANGE
    year: int | None
    factor: Decimal = Decimal(1)  # the scale the cells are written in ("10 million")
    unit: str = ""  # unit words the claims grammar reads ("pesos", "yuan"); "%" for rates
    # The unit came from another line than the column's own header (a title, a second line):
    # the reading is sound but less plain, so its relations are medium confidence.
    borrowed: bool = False
    unit_left: str = ""  # unit words the claims grammar does not read, said in the metric
    months: tuple[int, int] | None = None  # the part of the year the header names ("Q1 2024")


@dataclass(eq=False)
class Cell:
    start: int
    end: int
    number: str  # as written, without its footnote marker
    column: Column
    row: Row = field(repr=False)


@dataclass(eq=False)
class Row:
    start: int
    end: int
    label: str
    cells: list[Cell] = field(default_factory=list, repr=False)
    skipped: str | None = None  # why its cells are linked to nothing
    total: bool = False
    sub: bool = False  # a part of the row above ("of which", indented), not of the total
    table: Table | None = field(default=None, repr=False)


@dataclass(eq=False)
class Table:
    start: int  # the header line
    end: int  # the end of the last row
    columns: list[Column]
    rows: list[Row]
    subject: str  # what the table counts, from its lead-in line ("tourist arrivals")
    delimited: bool  # pipes, tabs or wide spaces; single spaces are a weaker reading
    lead_start: int  # where the line before the header starts (-1: none)
    year: int | None = None  # the one year its title names, for columns that name none
    label_header: str = ""  # the header over the row labels ("Sector", "Rate (%)")

    def cells_in(self, start: int, end: int) -> list[Cell]:
        """The table's cells that lie in [start, end), in order."""
        return [
            c
            for r in self.rows
            if start <= r.end and r.start < end
            for c in r.cells
            if start <= c.start < end
        ]

    @property
    def clear(self) -> bool:
        """Header read from delimited cells, each with its own unit: high confidence."""
        return self.delimited and not any(c.borrowed for c in self.columns)


def find_tables(text: str) -> list[Table]:
    """Every table block of `text` whose header is understood, in order."""
    if "\n" not in text:
        return []  # a header and its rows take two lines at least
    lines = _lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        table, used = _table_at(text, lines, i)
        if table is None:
            i += 1
            continue
        tables.append(table)
        i += used
    return tables


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, a carriage return left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        spans.append((start, end - 1 if line.endswith("\r") else end))
        start = end + 1
    return spans


def _table_at(text: str, lines: list[tuple[int, int]], i: int) -> tuple[Table | None, int]:
    start, end = lines[i]
    line = text[start:end]
    if not line.strip() or len(line) > 400:
        return None, 0
    read_header = _listed_header(text, lines, i) or _header_line(text, lines, i)
    if read_header is None:
        return None, 0
    header, style, used, extra = read_header
    lead_start, subject, title_unit = _lead_in(text, lines, i)
    rows_at = i + used
    rows: list[tuple[Row, list]] = []
    width: int | None = None
    while rows_at < len(lines):
        read = _row(text, lines[rows_at], style)
        if read is None:
            break
        label, cells = read
        if width is None:
            width = len(cells)
        if len(cells) != width:
            break
        rows.append((_new_row(text, lines[rows_at], label, cells), cells))
        rows_at += 1
    if not rows or width is None:
        return None, 0
    names = header[1:] if len(header) == width + 1 else header
    if len(names) != width:
        return None, 0
    # "Sector (10 million pesos) | 2023 | 2022": the label's header gives each level's unit,
    # as plainly as the column's own would.
    own = _BRACKET.search(header[0]) if len(header) == width + 1 else None
    if own is not None and _unit(own.group(1)) is not None:
        columns = _columns(names, extra, own.group(1), title_borrowed=False)
    else:
        columns = _columns(names, extra, title_unit)
    if columns is None:
        return None, 0
    for row, cells in rows:
        _fill(row, cells, columns)
    table = Table(
        start,
        lines[rows_at - 1][1],
        columns,
        [row for row, _ in rows],
        subject,
        style != "single",
        lead_start,
        _title_year(text, lines, i),
        header[0] if len(header) == width + 1 else "",
    )
    for row in table.rows:
        row.table = table
    return table, rows_at - i


def _header_line(
    text: str, lines: list[tuple[int, int]], i: int
) -> tuple[list[str], str, int, str] | None:
    """(column names, style, lines used, a unit on a second line) of a header line."""
    start, end = lines[i]
    line = text[start:end]
    if len(line) > 240:
        return None
    style = _style(line)
    header = _header_cells(line, style) if style is not None else None
    if style is None or header is None:
        return None
    used = 1
    # A second header line that only gives a unit ("(in %)") belongs to the last column.
    extra = ""
    if i + 1 < len(lines):
        nxt = text[lines[i + 1][0] : lines[i + 1][1]].strip()
        if _BRACKET.fullmatch(nxt) or (set(nxt) <= set("|-:+ ") and nxt):
            extra = nxt if nxt.startswith("(") else ""
            used += 1
    return header, style, used, extra


def _listed_header(
    text: str, lines: list[tuple[int, int]], i: int
) -> tuple[list[str], str, int, str] | None:
    """A header written as a list over the rows: "Columns: Output (100 million yuan):
    revised, first; Share (%): revised, first" names four columns."""
    line = text[lines[i][0] : lines[i][1]].strip()
    if not line.lower().startswith(_LISTED):
        return None
    names: list[str] = []
    for group in line[len(_LISTED) :].split(";"):
        head, _, items = group.rpartition(":") if ":" in group else ("", "", group)
        names.extend(f"{head.strip()} {item.strip()}".strip() for item in items.split(","))
    used = 1
    if i + 1 < len(lines) and not text[lines[i + 1][0] : lines[i + 1][1]].strip():
        used += 1  # a blank line between the list and the rows
    if i + used >= len(lines):
        return None
    style = _style(text[lines[i + used][0] : lines[i + used][1]])
    if style in (None, "single") or len(names) < 2:
        return None
    return names, str(style), used, ""


def _style(line: str) -> str | None:
    if line.count("|") >= 2 or (line.count("|") == 1 and not line.strip().startswith("|")):
        return "pipe"
    if "\t" in line.strip():
        return "tab"
    if "  " in line.strip():
        return "spaces"
    if _SINGLE_HEADER.fullmatch(line.strip()):
        return "single"
    return None


def _split(line: str, style: str) -> list[str]:
    body = line.strip()
    if style == "pipe":
        body = body.strip("|")
        return [c.strip() for c in body.split("|")]
    return [c.strip() for c in _SPLIT_SPACES.split(body)]


def _header_cells(line: str, style: str) -> list[str] | None:
    """The column names of a header line, or None when the line is a row or not a header."""
    if style == "single":
        return [m.group().strip() for m in _SINGLE_COLUMN.finditer(line)]
    cells = _split(line, style)
    if len(cells) < 2 or any(_CELL_NUMBER.fullmatch(c) and not _YEAR.fullmatch(c) for c in cells):
        return None
    return cells


def _row(text: str, span: tuple[int, int], style: str) -> Read | None:
    """(label, cells as (start, end, text) or None when missing), or None if not a row."""
    start, end = span
    line = text[start:end]
    if not line.strip():
        return None
    if style == "single":
        return _single_row(line, start)
    if _STYLE_MARK[style] not in line.strip():
        return None
    return _delimited_row(text, start, end, style)


def _single_row(line: str, start: int) -> Read | None:
    """A label and numbers split by single spaces ("June 118,406 97,233 21.8")."""
    m = _SINGLE_ROW.fullmatch(line.strip())
    if m is None:
        return None
    offset = start + (len(line) - len(line.lstrip())) + m.start("cells")
    cells: list[tuple[int, int, str] | None] = [
        (offset + c.start(), offset + c.end(), c.group())
        for c in _ROW_NUMBER.finditer(m.group("cells"))
    ]
    return m.group("label").strip(), cells


def _delimited_row(text: str, start: int, end: int, style: str) -> Read | None:
    """A label cell and number cells split by pipes, tabs or wide spaces; a cell of words
    makes the line no row of figures."""
    line = text[start:end]
    body_start = start + (len(line) - len(line.lstrip()))
    body_end = start + len(line.rstrip())
    separator = _PIPE if style == "pipe" else _SPLIT_SPACES
    pieces: list[tuple[int, int]] = []
    at = body_start
    for m in separator.finditer(text, body_start, body_end):
        pieces.append((at, m.start()))
        at = m.end()
    pieces.append((at, body_end))
    if style == "pipe" and text[body_start] == "|":
        pieces = pieces[1:]  # "| a | b |": the outer pipes frame the row
    if style == "pipe" and pieces and text[body_end - 1] == "|":
        pieces = pieces[:-1]
    if len(pieces) < 2:
        return None
    label = text[pieces[0][0] : pieces[0][1]]
    if not label.strip() or _CELL_NUMBER.fullmatch(label.strip()):
        return None
    cells: list[tuple[int, int, str] | None] = []
    for a, b in pieces[1:]:
        raw = text[a:b]
        lead = len(raw) - len(raw.lstrip())
        word = raw.strip()
        if word.lower() in _MISSING:
            cells.append(None)
        elif _CELL_NUMBER.fullmatch(word):
            cells.append((a + lead, a + lead + len(word), word))
        else:
            return None
    if all(c is None for c in cells):
        return None
    return label, cells


def _new_row(text: str, span: tuple[int, int], label: str, cells: list) -> Row:
    name = label.strip()
    lower = name.lower().rstrip(":")
    row = Row(span[0], span[1], name)
    # "Total", not "Total assets": a row of a key-figures table is no total of the others
    row.total = lower in lx.TABLE_TOTAL_LABELS
    line = text[span[0] : span[1]]
    indented = len(line) - len(line.lstrip(" \t")) >= 2 or len(label) - len(label.lstrip()) >= 2
    row.sub = indented or lower.startswith(lx.TABLE_SUBROW_OPENINGS)
    if any(c is None for c in cells):
        row.skipped = "a cell is missing"
    elif any(_marked(c[2]) for c in cells):
        row.skipped = "a cell carries a footnote marker"
    return row


def _marked(cell: str) -> bool:
    m = _CELL_NUMBER.fullmatch(cell)
    return m is not None and m.group(3) is not None


def _fill(row: Row, cells: list, columns: list[Column]) -> None:
    for cell, column in zip(cells, columns, strict=True):
        if cell is None:
            continue
        start, _, written = cell
        m = _CELL_NUMBER.fullmatch(written)
        assert m is not None
        number = m.group(1)
        if column.kind == LEVEL and m.group(2) and not row.skipped:
            row.skipped = "a level cell is written in percent: a rate, whose change is not read"
        row.cells.append(Cell(start, start + len(number), number, column, row))


def _lead_in(text: str, lines: list[tuple[int, int]], i: int) -> tuple[int, str, str]:
    """(start of the line before the header, what it says the table counts, its unit)."""
    before = i - 1
    if before > 0 and not text[lines[before][0] : lines[before][1]].strip():
        before -= 1  # one blank line between a lead-in and its table
    if before < 0:
        return -1, "", ""
    start, end = lines[before]
    line = text[start:end].strip()
    if not line or len(line) > 200:
        return -1, "", ""
    unit = ""
    bracket = _BRACKET.search(line)
    if bracket is not None and _SCALE.search(bracket.group(1)):
        unit = bracket.group(1)
    subject = ""
    lower = line.lower()
    if line.endswith(":") or (bracket is not None and not line.endswith(".")):
        subject = _BRACKET.sub("", lower).rstrip(": ").strip()
        for opening in lx.TABLE_LEAD_IN:
            if opening in subject:
                subject = subject.split(opening, 1)[1].strip()
        subject = re.sub(r"^(?:latest\s+)?data\s+on\s+", "", subject)
        # "tourist arrivals in Sri Lanka": the thing counted, not where or when
        subject = _QUALIFYING.split(subject, 1)[0].strip()
    return start, subject, unit


def _title_year(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """The one year the title lines just above a table name ("... Data in 2018"), or None."""
    for k in range(i - 1, max(-1, i - 5), -1):
        line = text[lines[k][0] : lines[k][1]]
        if len(line) > 200:
            return None  # a paragraph of prose: no title
        years = set(_YEAR.findall(line))
        if years:
            return int(years.pop()) if len(years) == 1 else None
    return None


def _columns(
    names: list[str], extra: str, title_unit: str, title_borrowed: bool = True
) -> list[Column] | None:
    """Each header's column, or None when one is not understood."""
    columns: list[Column] = []
    for k, name in enumerate(names):
        borrowed = False
        if k == len(names) - 1 and extra:
            name, borrowed = f"{name} {extra}", True
        column = _column(name, title_unit, title_borrowed)
        if column is None:
            return None
        columns.append(Column(**{**column.__dict__, "borrowed": column.borrowed or borrowed}))
    if not any(c.kind == LEVEL for c in columns):
        return None
    return columns


def _column(name: str, title_unit: str, title_borrowed: bool = True) -> Column | None:
    lower = name.lower()
    years = _YEAR.findall(name)
    year = int(years[0]) if len(years) == 1 else None
    percent = _PERCENT.search(name) is not None
    if any(w in lower for w in lx.TABLE_SHARE_WORDS):
        if not percent or _names_other_whole(lower):
            return None
        return Column(name, SHARE, year, unit="%")
    if any(w in lower for w in lx.TABLE_CHANGE_WORDS):
        return Column(name, CHANGE, year, unit="%") if percent else None
    bracket = _BRACKET.search(name)
    written = bracket.group(1) if bracket else ""
    if year is None and (not written or _unit(written) is None):
        return None  # a level column must give its year or its unit
    if written and _PERCENT.fullmatch(written.strip().removeprefix("in ").strip()):
        return None  # a year column in percent: a share or a rate the header does not name
    read, months = _column_months(_BRACKET.sub(" ", name))
    if not read:
        return None  # names a part of the year it does not say clearly
    unit = _unit(written) if written else None
    borrowed = False
    if unit is None and title_unit:
        unit, borrowed = _unit(title_unit), title_borrowed
    if unit is None:
        if written:
            return None  # a bracket the header has that is not read
        return Column(name, LEVEL, year, months=months)
    factor, words = unit
    if words and not _resolves(words):
        return Column(name, LEVEL, year, factor, "", borrowed, words, months)
    return Column(name, LEVEL, year, factor, words, borrowed, months=months)


def _names_other_whole(header: str) -> bool:
    """ "share of world (%)", "% of GDP": a share of something else than the Total row."""
    of = _SHARE_OF.search(header)
    return of is not None and of.group(1) != "total"


def _column_months(name: str) -> tuple[bool, tuple[int, int] | None]:
    """(read, months) a column header names besides its year ("Q1 2024", "Jan-Jun 2023"):
    read is False for a part of the year named in a way not read."""
    rest = " ".join(_YEAR.sub(" ", name).split()).lower()
    if not rest or not _PERIOD_WORD.search(rest):
        return True, None
    quarter = re.fullmatch(r"q([1-4])|([1-4])q", rest)
    if quarter:
        q = int(quarter.group(1) or quarter.group(2))
        return True, (3 * q - 2, 3 * q)
    half = re.fullmatch(r"h([12])", rest)
    if half:
        return True, (1, 6) if half.group(1) == "1" else (7, 12)
    months = _months_named(rest)
    return months is not None, months


def _resolves(words: str) -> bool:
    """The claims grammar reads a value written in these unit words."""
    try:
        parse_value(_written("1", "", words))
    except InputError:
        return False
    return True


def _written(number: str, scale: str, unit: str) -> str:
    """A value in the claims grammar: a currency sign before the number ("$161.2 million"),
    unit words after it ("452.10 billion pesos")."""
    if unit in vocab.CURRENCY_SIGNS or unit.upper() in vocab.CURRENCY_SIGNS:
        return " ".join(p for p in (f"{unit}{number}", scale) if p)
    return " ".join(p for p in (number, scale, unit) if p)


def _unit(written: str) -> tuple[Decimal, str] | None:
    """(scale factor, unit words) of "10 million pesos", "in U.S. dollar mln", "100 million
    yuan"; None when the bracket gives no scale or a scale that is not a power of ten."""
    body = re.sub(r"^\s*in\s+", "", written.strip(), flags=re.I)
    body = _SCALES_OF.sub(r"\1 ", body)  # "billions of yuan"
    m = _SCALE.search(body)
    if m is None:
        # "(euros)": a unit with no scale
        return (Decimal(1), body) if body and _resolves(body) else None
    factor = Decimal(m.group(1) or 1) * _SCALES[m.group(2).lower()]
    if factor.normalize().as_tuple().digits != (1,):
        return None
    words = (body[: m.start()] + " " + body[m.end() :]).strip()
    return factor, " ".join(words.split())


def cell_value(cell: Cell) -> str:
    """The cell as a claim value the claims grammar reads: a level in its header's scale is
    written in the nearest scale word with the same rounding step (45210 in 10 million pesos
    -> "452.10 billion pesos"), a rate or share as a percent."""
    column = cell.column
    if column.kind != LEVEL:
        return f"{cell.number}%"
    if column.factor == 1:
        return _written(cell.number, "", column.unit)
    digits = Decimal(cell.number.replace(",", "").replace("−", "-"))
    power = column.factor.adjusted()
    total = abs(digits).adjusted() + power
    scale = next((p for p in (12, 9, 6, 3) if total >= p), 0)
    number = digits.scaleb(power - scale)
    name = {12: "trillion", 9: "billion", 6: "million", 3: "thousand", 0: ""}[scale]
    return _written(f"{number:f}", name, column.unit)


def cell_period(cell: Cell) -> str | None:
    """The cell's period: its column's year, narrowed by a row named for months ("March",
    "Jan-March")."""
    table = cell.row.table
    year = cell.column.year
    if year is None and table is not None and not any(c.year for c in table.columns):
        year = table.year  # no column names a year: the title's
    if year is None:
        years = {c.column.year for c in cell.row.cells if c.column.kind == LEVEL}
        # A change is dated to the later of its row's two years; a share to its one level's.
        if None in years or not years or (cell.column.kind == SHARE and len(years) > 1):
            return None
        year = max(y for y in years if y is not None)
    months = row_months(cell.row)
    column_months = _level_months(cell)
    if months is not None and column_months is not None:
        return None  # both the row and the column name months: not read
    months = months or column_months
    if months is None:
        return str(year)
    return months_period(year, *months)


def _level_months(cell: Cell) -> tuple[int, int] | None:
    """The months the cell's column names, or, for a share or change, its row's levels'."""
    if cell.column.kind == LEVEL:
        return cell.column.months
    named = {c.column.months for c in cell.row.cells if c.column.kind == LEVEL}
    return named.pop() if len(named) == 1 else None


def row_months(row: Row) -> tuple[int, int] | None:
    """(first, last) month a row's label names, or None when it names none."""
    return _months_named(row.label.strip())


def _months_named(label: str) -> tuple[int, int] | None:
    """(first, last) month of "March", "Jan-March", "Jan.-Jun.", or None."""
    m = _MONTH_SPAN.fullmatch(label)
    if m is None:
        return None
    first = vocab.MONTH_NUMBERS.get(m.group(1).lower())
    last = vocab.MONTH_NUMBERS.get((m.group(2) or m.group(1)).lower())
    if first is None or last is None:
        return None
    return first, last


def cell_metric(cell: Cell, table: Table) -> str:
    """What the cell measures: the row's name, or the table's subject for a row named for
    months, with the share or the change said."""
    name = table.subject if row_months(cell.row) else cell.row.label.lower()
    name = name or "value"
    kind = cell.column.kind
    if _told_by_name(cell.column, table):
        # columns told apart by their names, not their years ("revised", "first estimate")
        name = f"{name} ({' '.join(_BRACKET.sub('', cell.column.header).lower().split())})"
    if kind != LEVEL:
        return f"{name} {kind}"
    return f"{name} ({cell.column.unit_left})" if cell.column.unit_left else name


def _told_by_name(column: Column, table: Table) -> bool:
    """Another column of the same kind has no year either: only the names tell them apart."""
    return column.year is None and any(
        c is not column and c.kind == column.kind and c.year is None for c in table.columns
    )


def overlapping(found: list[Table], ends: list[int], start: int, end: int) -> list[Table]:
    """The tables of `found` (in text order, `ends` their ends) that run into [start, end)."""
    k = bisect_right(ends, start)
    hits: list[Table] = []
    while k < len(found) and found[k].start < end:
        hits.append(found[k])
        k += 1
    return hits
