"""Relations a text table states by its layout (audit.extract.tables finds the tables).

The header says what each cell is, so the links come from the layout, never from the numbers:
- a change column against the two level columns of its row (a growth, older year to newer);
- a share column against its row's level and the Total row's level in the same column;
- the Total row against the other rows: a sum when they look like one full breakdown (a row
  named Total, no "of which" or indented subrows), else a partial sum;
- a figure in the text near the table that restates a level cell in another scale ("452.10
  billion pesos" for 45210 in 10 million pesos), when the text names the row (or, for the
  Total row, the table's subject or introduces the table) and the same period.
Rows marked skipped (a footnote marker, a missing cell) take part in nothing, and a breakdown
with such a row is not summed. A table read from a delimited header whose every column names
its own unit gives high confidence; any other reading medium; a restatement, linked across
sentences, is medium.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from audit.claims.values import parse_value
from audit.errors import InputError
from audit.extract import lexicon as lx
from audit.extract import relations_evidence as ev
from audit.extract import tables as tb
from audit.extract.drafts import Draft

_REACH = 3  # sentences either side of a table in which the text may restate a cell


def relations(builder: Any, cells: list[Draft]) -> None:
    """Every relation the tables of `cells` state, added to `builder`."""
    by_table: dict[int, list[Draft]] = {}
    table_of: dict[int, tb.Table] = {}
    for draft in cells:
        cell = draft.cell
        assert cell is not None
        table = _table(cell)
        by_table.setdefault(id(table), []).append(draft)
        table_of[id(table)] = table
    starts = [d.sentence.start for d in builder.audited]
    for key, drafts in by_table.items():
        table = table_of[key]
        of_cell = {id(d.cell): d for d in drafts}
        confidence = None if table.clear else "medium"
        _growths(builder, table, of_cell, confidence)
        total = _total_row(table)
        if total is not None:
            _shares(builder, table, total, of_cell, confidence)
            _sums(builder, table, total, of_cell, confidence)
        _restatements(builder, table, of_cell, starts)


def _row_confidence(row: tb.Row, confidence: str | None) -> str | None:
    """A subrow ("of which", indented) is a less plain reading than a row of the breakdown."""
    return "medium" if row.sub else confidence


def _table(cell: tb.Cell) -> tb.Table:
    table = cell.row.table
    assert table is not None
    return table


def _level_cells(row: tb.Row) -> list[tb.Cell]:
    return [c for c in row.cells if c.column.kind == tb.LEVEL]


def _growths(builder: Any, table: tb.Table, of_cell: dict, confidence: str | None) -> None:
    """A row's change against its two levels: only when the header gives the two years."""
    if _names_rates(table.label_header) or _names_rates(table.subject):
        return
    for row in table.rows:
        if row.skipped or _names_rates(row.label):
            continue
        levels = _level_cells(row)
        changes = [c for c in row.cells if c.column.kind == tb.CHANGE]
        years = {c.column.year for c in levels}
        if len(levels) != 2 or len(changes) != 1 or None in years or len(years) != 2:
            continue
        if levels[0].column.unit != levels[1].column.unit:
            continue
        older, newer = sorted(levels, key=lambda c: c.column.year or 0)
        builder.add(
            "growth",
            {
                "start": of_cell[id(older)].id,
                "end": of_cell[id(newer)].id,
                "rate": of_cell[id(changes[0])].id,
            },
            confidence=_row_confidence(row, confidence),
            note=f"table row {row.label!r}: change column against its two year columns",
        )


def _names_rates(name: str) -> bool:
    lower = name.lower()
    return any(w in lower.split() or (w == "%" and w in lower) for w in lx.TABLE_RATE_WORDS)


def _total_row(table: tb.Table) -> tb.Row | None:
    totals = [r for r in table.rows if r.total]
    if len(totals) != 1 or totals[0].skipped or totals[0].sub:
        return None
    return totals[0]


def _level_for(table: tb.Table, share: tb.Column) -> tb.Column | None:
    """The level column a share column is a share of: the one of its year, the only one, or
    the one in the same place when levels and shares come in equal numbers."""
    levels = [c for c in table.columns if c.kind == tb.LEVEL]
    shares = [c for c in table.columns if c.kind == tb.SHARE]
    if share.year is not None:
        same = [c for c in levels if c.year == share.year]
        return same[0] if len(same) == 1 else None
    if len(levels) == 1:
        return levels[0]
    if len(levels) == len(shares):
        return levels[shares.index(share)]
    return None


def _cell_in(row: tb.Row, column: tb.Column) -> tb.Cell | None:
    return next((c for c in row.cells if c.column is column), None)


def _shares(
    builder: Any, table: tb.Table, total: tb.Row, of_cell: dict, confidence: str | None
) -> None:
    for share_column in (c for c in table.columns if c.kind == tb.SHARE):
        level_column = _level_for(table, share_column)
        whole = _cell_in(total, level_column) if level_column else None
        if level_column is None or whole is None:
            continue
        for row in table.rows:
            if row is total or row.skipped or _not_a_part(row):
                continue
            part, share = _cell_in(row, level_column), _cell_in(row, share_column)
            if part is None or share is None:
                continue
            builder.add(
                "share",
                {
                    "part": of_cell[id(part)].id,
                    "whole": of_cell[id(whole)].id,
                    "share": of_cell[id(share)].id,
                },
                confidence=_row_confidence(row, confidence),
                note=f"table row {row.label!r}: share column against the {total.label!r} row",
            )


def _sums(
    builder: Any, table: tb.Table, total: tb.Row, of_cell: dict, confidence: str | None
) -> None:
    rows = [r for r in table.rows if r is not total]
    if any(r.skipped for r in rows):
        return  # a part not read: the total cannot be checked against the rest
    if not _parts_of_one_whole(rows):
        return
    parts_rows = [r for r in rows if not r.sub]
    full = not any(r.sub for r in rows) and _whole_breakdown(table, total, parts_rows)
    if len(parts_rows) < 2:
        return
    for column in (c for c in table.columns if c.kind == tb.LEVEL):
        whole = _cell_in(total, column)
        parts = [_cell_in(r, column) for r in parts_rows]
        if whole is None or any(p is None for p in parts):
            continue
        builder.add(
            "sum" if full else "partial_sum",
            {
                "total": of_cell[id(whole)].id,
                "parts": [of_cell[id(p)].id for p in parts if p is not None],
            },
            confidence=confidence,
            note=f"table rows against the {total.label!r} row"
            + ("" if full else " (the rows may not be the whole breakdown)"),
        )


def _whole_breakdown(table: tb.Table, total: tb.Row, parts: list[tb.Row]) -> bool:
    """The rows say they are all of the total: one is the rest ("Other"), their names make a
    whole (primary, secondary and tertiary; urban and rural), or a share column gives the
    Total row 100. A top-ten table's rows are only some of its total."""
    labels = [r.label.lower() for r in parts]
    if any(label in lx.TABLE_REST_LABELS or label.startswith("other ") for label in labels):
        return True
    named = frozenset(w for label in labels for w in ev.words(label))
    if any(whole <= named for whole in lx.COMPLETE_BREAKDOWNS) or any(
        {one, other} <= named for one, other in lx.COMPLEMENT_PAIRS
    ):
        return True
    for column in (c for c in table.columns if c.kind == tb.SHARE):
        cell = _cell_in(total, column)
        if cell is not None and cell.number.replace(".", "").strip("0") == "1":
            return True  # "100", "100.0"
    return False


def _not_a_part(row: tb.Row) -> bool:
    return any(w in row.label.lower() for w in lx.TABLE_NOT_PARTS)


def _parts_of_one_whole(rows: list[tb.Row]) -> bool:
    """No row is an average or a memo item, and no two rows of months overlap ("March" and
    "Jan-March" are not two parts of one total)."""
    if any(_not_a_part(r) for r in rows):
        return False
    months = [m for m in (tb.row_months(r) for r in rows) if m is not None]
    covered: set[int] = set()
    for first, last in months:
        span = set(range(first, last + 1)) if first <= last else set()
        if not span or covered & span:
            return False
        covered |= span
    return True


def _restatements(builder: Any, table: tb.Table, of_cell: dict, starts: list[int]) -> None:
    """A text figure near the table restating one cell: a level (in any scale, the same
    currency), a change rate or a share, of the same period, named by the words (the row's
    label in its metric, or the table's subject or lead-in for the Total row or a row of
    months); one candidate cell or none."""
    near = _nearby_text(builder.audited, starts, table)
    if not near:
        return
    cells = [c for r in table.rows if not r.skipped for c in r.cells]
    for draft in near:
        column_kind = _restated_kind(draft)
        if column_kind is None or not draft.period:
            continue
        currency = _currency(draft) if column_kind == tb.LEVEL else "-"
        if currency is None:
            continue
        candidates = [
            c
            for c in cells
            if c.column.kind == column_kind
            and of_cell[id(c)].period == draft.period
            and (column_kind != tb.LEVEL or _currency(of_cell[id(c)]) == currency)
            and _names_row(draft, c.row, table)
        ]
        if len(candidates) != 1:
            continue
        builder.add(
            "restate",
            {"first": draft.id, "second": of_cell[id(candidates[0])].id},
            confidence="medium",
            note=f"the text restates the table's {candidates[0].row.label!r} row,"
            " linked across sentences",
        )


def _restated_kind(draft: Draft) -> str | None:
    """The kind of column a text figure may restate: a level, a change rate or a share."""
    if draft.kind in ("money", "number"):
        return tb.LEVEL
    if draft.kind == "percent":
        return {"rate": tb.CHANGE, "share": tb.SHARE}.get(draft.figure_type)
    return None


def _nearby_text(audited: list[Draft], starts: list[int], table: tb.Table) -> list[Draft]:
    """Figures of the text (`audited`, in text order; `starts` where their sentences start)
    in the sentences just before and just after the table."""
    before = bisect_left(starts, table.start)
    after = bisect_left(starts, table.end)
    near: list[Draft] = []
    if before > 0:
        last = audited[before - 1].sentence.number
        k = before - 1
        while k >= 0 and audited[k].sentence.number > last - _REACH:
            near.append(audited[k])
            k -= 1
    if after < len(audited):
        first = audited[after].sentence.number
        k = after
        while k < len(audited) and audited[k].sentence.number < first + _REACH:
            near.append(audited[k])
            k += 1
    return [d for d in near if d.cell is None]


def _names_row(draft: Draft, row: tb.Row, table: tb.Table) -> bool:
    metric = (draft.metric or "").lower()
    label = row.label.lower()
    if not row.total and tb.row_months(row) is None:
        return bool(label) and _words_in(label, metric)
    if table.subject and _words_in(table.subject, metric):
        return True
    # A sentence that introduces the table ("Output came to X in 2023." just above it) is
    # about what the table totals.
    return table.lead_start >= 0 and draft.sentence.start <= table.lead_start < draft.sentence.end


def _words_in(name: str, metric: str) -> bool:
    words = [w for w in name.split() if len(w) > 2]
    return bool(words) and all(w in metric.split() for w in words)


def _currency(draft: Draft) -> str | None:
    """The currency of the claim value as drafted ("pesos" is read by the claims grammar,
    the finder may leave it open)."""
    try:
        return parse_value(draft.value).currency or "-"
    except InputError:
        return None
