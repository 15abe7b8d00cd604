"""The figure finder tries FIGURE only where a figure may start: it must find what a search
of every position finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.extract import numbers_in_text as nt

# Pieces a figure is made of or starts after, letters re.IGNORECASE reads as ASCII among them.
_PIECES = st.sampled_from(
    [
        *"aAnNtTeoUSusdiIkKzZqQmMhHfF $€£-−+.,'’_\n%²٣",
        *("İ", "ı", "ſ", "\u212a", "one ", "an ", "a ", "US$", "Rs", "N", "R", "half", "two"),
        *("twenty", "billion", "$US", "HK$", "inr", "ſix", "12", "3.5", "1,000", "2021", "7th"),
        *("9/11", "10:30", "x2", "L2"),
    ]
)


@settings(max_examples=200)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_spots_tried_find_what_a_search_of_every_position_finds(text):
    for pos in range(len(text) + 1):
        full, spotted = nt.FIGURE.search(text, pos), nt._search(text, pos)
        assert (full and (full.span(), full.groups())) == (
            spotted and (spotted.span(), spotted.groups())
        )


def test_a_figure_at_the_very_start_and_after_a_figure_is_found():
    text = "one in five, 12% and US$3 billion"
    found = [f.text for f in nt.find_quantities(text)]
    assert found == ["one in five", "12%", "US$3 billion"]
