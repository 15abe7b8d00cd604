"""Periods as articles state them: a year, a month, a day, or a span of them.

2021            the year 2021
2022-08         August 2022
2023-11-23      a day
2016-2021, 2016/2021, 2021-25, 2022-01/2023-12    spans
"""

from __future__ import annotations

from datetime import date, timedelta

from audit.errors import InputError
from audit.lazy_regex import compile_later
from audit.records import record

_POINT = r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?"
_SPAN = compile_later(
    rf"^\s*{_POINT}\s*(?:(?:/|–|—|-|\bto\b)\s*(\d{{4}}|\d{{2}})"
    rf"(?:-(\d{{1,2}})(?:-(\d{{1,2}}))?)?)?\s*$"
)


@record(frozen=True)
class Period:
    """A stated period as a range of days, with the words that gave it."""

    start: date
    end: date  # inclusive
    text: str

    def __init__(
        self,
        start: date,
        end: date,
        text: str,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)

    @property
    def first_year(self) -> int:
        return self.start.year

    @property
    def last_year(self) -> int:
        return self.end.year


def parse_period(text: object) -> Period:
    raw = str(text).strip()
    match = _SPAN.match(raw)
    if not match:
        raise InputError(
            f"{raw!r} is not a period (expected 2021, 2022-08, 2023-11-23,"
            " 2016-2021 or 2022-01/2023-12)"
        )
    year, month, day, end_year, end_month, end_day = match.groups()
    if (
        month is not None
        and int(month) > 12
        and day is None
        and end_year is None
        and int(year[:2] + month) > int(year)
    ):
        # "2021-25" is the span 2021-2025, not a 25th month.
        month, end_year = None, month
    try:
        start, first_end = _point(int(year), month, day)
        if end_year is None:
            return Period(start, first_end, raw)
        full_year = int(end_year) if len(end_year) == 4 else int(year[:2] + end_year)
        _, end = _point(full_year, end_month, end_day)
    except ValueError as error:
        raise InputError(f"{raw!r} is not a valid period ({error})") from None
    if end < start:
        raise InputError(f"period {raw!r} ends before it starts")
    return Period(start, end, raw)


def _point(year: int, month: str | None, day: str | None) -> tuple[date, date]:
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    m = int(month)
    if day is None:
        first = date(year, m, 1)  # a month out of range is refused here, before the end
        # The month's last day without the calendar module, which a gate would load for it.
        last = date(year, 12, 31) if m == 12 else date(year, m + 1, 1) - timedelta(days=1)
        return first, last
    d = date(year, m, int(day))
    return d, d
