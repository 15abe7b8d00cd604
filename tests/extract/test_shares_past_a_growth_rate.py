"""A share stated after its part and the part's growth rate ("A arrivals, notching up 8.1%
growth and comprising 21.4% of the total arrivals") is of the total the body states before
the list: not a headline's rounding of it, nor the next item's figure. A big number before a
month name is a count, not a date."""

from __future__ import annotations

import pytest

from audit.extract import find_quantities
from tests.extract.snippets import audit_snippet, roles_written

_TEXT = (
    "Ostria drew 2.9 M visitors in January-April 2024\n\n"
    "The board counted a total of 2,941,660 visitors over the first four months of 2024.\n\n"
    "Vessa is still the biggest source market, with 629,515 January to April arrivals, "
    "notching up an 8.1 percent growth rate and comprising {share} percent of the total "
    "arrivals.\n\n"
    "Orno follows with 588,400 arrivals, a 12.2 percent increase.\n"
)


def test_the_share_takes_the_bodys_total_past_the_growth_rate():
    shares = roles_written(_TEXT.format(share="21.4"), "share", ("part", "whole"))
    assert [(p, w) for p, w, _ in shares] == [("629,515", "a total of 2,941,660 visitors")]


@pytest.mark.parametrize(("share", "status"), [("21.4", "consistent"), ("23.4", "inconsistent")])
def test_the_share_is_checked_against_that_total(tmp_path, share, status):
    findings = audit_snippet(tmp_path, "visitors", _TEXT.format(share=share))
    assert [f.status for f in findings if f.kind == "share"] == [status]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("with 629,515 January to April arrivals", "number"),
        ("in March 4,200 visitors came", "number"),
        ("on 12 March the board met", "date"),
        ("in March 2024 the board met", "year"),
    ],
)
def test_a_number_by_a_month_is_a_date_only_as_a_day_or_a_year(text, kind):
    (found,) = find_quantities(text)
    assert found.kind == kind
