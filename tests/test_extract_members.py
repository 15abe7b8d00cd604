"""A combined figure of a group against its named members' figures, linked from the words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.snippets import audit_snippet, totals_and_parts

HEAD = "Updated: 2024-03-11\n\n"


def _links(text: str) -> list[tuple]:
    return totals_and_parts(text, "partial_sum", "combined-members")


GROUP = (
    HEAD + "The two chains lifted combined sales for the year to {whole} million dollars; "
    "Ardent and Brisco both gained ground.\n"
    "Shoppers returned to the high street after a slow spring.\n"
    "Ardent said its sales rose to {ardent} million dollars for the year.\n"
    "{brisco_sentence}\n"
)
BRISCO = "Brisco reported sales of {brisco} million dollars for the year."
NO_FIGURE = "Brisco opened twelve new stores."


def test_each_members_figure_is_within_the_combined_figure():
    text = GROUP.format(whole="950", ardent="610", brisco_sentence=BRISCO.format(brisco="330"))
    assert _links(text) == [
        ("950 million dollars", ["610 million dollars", "330 million dollars"], "medium")
    ]


def test_a_member_with_no_figure_leaves_the_link_a_guess():
    text = GROUP.format(whole="950", ardent="610", brisco_sentence=NO_FIGURE)
    assert _links(text) == [("950 million dollars", ["610 million dollars"], "low")]


def test_a_member_larger_than_the_whole_is_reported(tmp_path):
    text = GROUP.format(whole="1.9", ardent="610", brisco_sentence=NO_FIGURE)
    [found] = [f for f in audit_snippet(tmp_path, "chains", text) if f.kind == "partial_sum"]
    assert found.status == "inconsistent"
    assert "its members named beside it" in found.note


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_the_link_never_depends_on_whether_the_numbers_fit(whole, ardent):
    text = GROUP.format(whole=whole, ardent=ardent, brisco_sentence=NO_FIGURE)
    assert _links(text) == [(f"{whole} million dollars", [f"{ardent} million dollars"], "low")]


def test_a_member_figure_of_another_metric_qualifier_or_period_is_not_linked():
    for sentence in (
        "Ardent said its profit rose to 610 million dollars for the year.",
        "Ardent said its online sales rose to 610 million dollars for the year.",
        "Ardent said its sales rose to 610 million dollars in the first quarter of 2019.",
    ):
        text = (
            HEAD + "The two chains lifted combined sales for the year to 950 million dollars in "
            "2023; Ardent and Brisco both gained ground.\n" + sentence + "\n"
        )
        assert _links(text) == [], sentence


def test_a_change_and_a_sentence_naming_two_members_give_no_part():
    text = (
        HEAD + "The two chains lifted combined sales for the year to 950 million dollars; "
        "Ardent and Brisco both gained ground.\n"
        "Ardent said its sales rose by 40 million dollars.\n"
        "Ardent outsold Brisco, with sales of 610 million dollars.\n"
    )
    assert _links(text) == []


def test_without_a_combined_figure_names_and_figures_link_nothing():
    text = (
        HEAD + "The two chains lifted sales for the year to 950 million dollars; "
        "Ardent and Brisco both gained ground.\n"
        "Ardent said its sales rose to 610 million dollars for the year.\n"
    )
    assert _links(text) == []
