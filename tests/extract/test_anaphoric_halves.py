"""'Of the total, A were international flights and B domestic flights': two parts named as a
thing and the rest of it after their figures make up the whole total, which is the figure of
the sentence before, not the average stated beside it."""

from __future__ import annotations

import pytest

from tests.extract.snippets import audit_snippet, totals_and_parts

TEXT = (
    "Published: 2017-10-20\n\nArran airports\n\nIn fiscal 2017 the firm handled a total of "
    "612,400 flights, an increase of 6%, or an average of 1,678 flights per day. Of the total, "
    "{international} were international flights (2.1% increase) and 311,200 domestic flights "
    "(4.0% increase).\n"
)


def test_the_two_halves_make_the_whole_total():
    sums = totals_and_parts(TEXT.format(international="301,200"), "sum")
    assert [(total, parts) for total, parts, _ in sums] == [
        ("a total of 612,400 flights", ["301,200", "311,200 flights"])
    ]


@pytest.mark.parametrize(
    ("international", "verdict"), [("301,200", "consistent"), ("310,200", "inconsistent")]
)
def test_the_halves_are_checked_against_the_total(tmp_path, international, verdict):
    findings = audit_snippet(tmp_path, "flights", TEXT.format(international=international))
    assert [f.status for f in findings if f.kind == "sum"] == [verdict]


def test_a_third_part_named_after_the_halves_leaves_them_a_partial_sum():
    text = TEXT.format(international="301,200").replace(
        "(4.0% increase).", "(4.0% increase), with cargo flights making up the rest."
    )
    assert [s for s in totals_and_parts(text, "sum") if s[0] == "a total of 612,400 flights"] == []
