"""Totals and their parts spread over sentences as statistical releases write them: "Of the
total," under a headline with a narrower figure between, a list that does not say it is
complete, one part per sentence after "Among them", a period phrase before the trade subject,
a central/local split the total's words do not repeat, and a part that lifts the total."""

from __future__ import annotations

from tests.extract.snippets import assert_relation_verdict, totals_and_parts

HEAD = "Published: 2024-07-15\n\nHeadline\n\n"


def _links(text: str, kind: str) -> list[tuple]:
    return totals_and_parts(HEAD + text + "\n", kind)


# --- "Of the total," reaches the headline, not the narrower figure just before -----------------

BUDGET = (
    "Tarrow's general budget revenue rose 6.0 percent to 510 billion yuan in the first half. "
    "Tax revenue increased 4.5 percent to 390 billion yuan. Of the total, {parts}."
)


def test_of_the_total_is_the_headline_above_a_narrower_figure():
    text = BUDGET.format(
        parts="regional revenue was 230 billion yuan, while town and district governments "
        "collected 280 billion yuan"
    )
    assert _links(text, "partial_sum") == [
        ("510 billion yuan", ["230 billion yuan", "280 billion yuan"], "low")
    ]


def test_of_the_total_central_and_local_parts_that_overshoot_the_headline_are_flagged(tmp_path):
    text = BUDGET.format(
        parts="the central government collected 250 billion yuan, while local governments "
        "collected 290 billion yuan"
    )
    assert _links(text, "sum") == [
        ("510 billion yuan", ["250 billion yuan", "290 billion yuan"], "low")
    ]
    assert_relation_verdict(tmp_path, "tarrow", HEAD + text + "\n", "sum", "inconsistent")


def test_parts_that_name_the_narrower_figures_own_thing_break_that_figure_down():
    text = BUDGET.format(
        parts="regional tax revenue was 230 billion yuan, while town and district tax revenue "
        "was 140 billion yuan"
    )
    assert _links(text, "partial_sum") == [
        ("390 billion yuan", ["230 billion yuan", "140 billion yuan"], "medium")
    ]


def test_a_figure_that_is_itself_a_part_passes_the_total_back_to_its_whole():
    text = (
        "Dock income was 75 million. Berth fees made up 45 million of it. Of the total, the "
        "east pier earned 41 million and the west pier 34 million."
    )
    assert _links(text, "partial_sum") == [("75 million", ["41 million", "34 million"], "low")]


def test_of_the_total_after_two_figures_of_the_kind_links_nothing():
    text = (
        "Tax revenue was 390 billion yuan and non-tax revenue 120 billion yuan in the first "
        "half. Of the total, regional revenue was 230 billion yuan, while town and district "
        "governments collected 280 billion yuan."
    )
    assert _links(text, "partial_sum") == []
    assert _links(text, "sum") == []
