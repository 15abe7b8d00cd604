"""A ranking: the leader's figure, then those "next" or "followed by" it, shared out
"respectively". The leader's figure must be at least each of the others, and the lowest's at
most each; with no ranking word, or none saying who is next, nothing is linked."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_near_miss, audit_snippet


def _orders(tmp_path, text: str) -> list[str]:
    return sorted(f.status for f in audit_snippet(tmp_path, "story", text) if f.kind == "order")


@pytest.mark.parametrize(
    "text, statuses",
    [
        (
            "Of the nine districts, Harrow Vale has the largest fleet of electric buses at 212 "
            "buses, with Tolle and Marsh next at 187 buses and 164 buses respectively.",
            ["consistent", "consistent"],
        ),
        (
            "Of the nine districts, Harrow Vale has the largest fleet of electric buses at 212 "
            "buses, with Tolle and Marsh next at 187 buses and 264 buses respectively.",
            ["consistent", "inconsistent"],
        ),
        (
            "Among the regions, Osterby came first with output growth of 6.8 percent, followed "
            "by Linn and Garra next at 5.9 percent and 5.1 percent respectively.",
            ["consistent", "consistent"],
        ),
        (
            "Among the regions, Osterby came first with output growth of 6.8 percent, followed "
            "by Linn and Garra next at 7.9 percent and 5.1 percent respectively.",
            ["consistent", "inconsistent"],
        ),
    ],
)
def test_the_leader_is_at_least_those_next(tmp_path, text, statuses):
    assert _orders(tmp_path, text) == statuses


@pytest.mark.parametrize(
    "text, statuses",
    [
        (
            "Marsh has the smallest fleet at 112 buses, with Tolle and Harrow Vale next at 187 "
            "buses and 264 buses respectively.",
            ["consistent", "consistent"],
        ),
        (
            "Marsh has the smallest fleet at 112 buses, with Tolle and Harrow Vale next at 97 "
            "buses and 264 buses respectively.",
            ["consistent", "inconsistent"],
        ),
    ],
)
def test_the_lowest_is_at_most_those_next(tmp_path, text, statuses):
    assert _orders(tmp_path, text) == statuses


@pytest.mark.parametrize(
    "text",
    [
        # No ranking: two districts beside a third.
        "Harrow Vale runs 212 buses, with Tolle and Marsh at 187 buses and 264 buses respectively.",
        # A ranking word, but nothing says the others come next.
        "Harrow Vale has the largest fleet at 212 buses, while Tolle and Marsh run 187 buses "
        "and 264 buses respectively.",
    ],
)
def test_no_ranking_no_order(tmp_path, text):
    assert_near_miss(tmp_path, "story", text, "order")
