"""A bare "$" is the article's own dollar where the article is about one dollar place and
names no other and not the United States: a conversion is checked against that dollar's rate."""

from __future__ import annotations

import pytest

from audit.extract import context, extract_claims
from tests.extract.snippets import assert_relation_verdict

STORY = (
    "Published: 2017-07-01\n\nVisitors spend more\n\n"
    "Overseas visitors to {place} spent $38 billion (£19 billion) in the year to March 2017, "
    "the tourism board said.\n"
)


@pytest.mark.parametrize(
    "place, code",
    [
        ("Australia", "AUD"),
        ("New Zealand", "NZD"),
        ("Singapore", "SGD"),
        ("Canada", "CAD"),
        ("Portugal", None),
        ("Australia and Canada", None),
        ("Australia from the United States", None),
        ("Singapore (US$28 billion)", "SGD"),
        # An amount converted into bare dollars is converted into US dollars.
        ("Australia, and 40 billion yuan ($5.6 billion) to China", None),
    ],
)
def test_the_dollar_of_the_one_place_named(place, code):
    assert context.local_dollar(STORY.format(place=place)) == code


def test_a_bare_dollar_in_an_australian_story_is_written_as_australian_dollars(tmp_path):
    text = STORY.format(place="Australia")
    values = [c["value"] for c in extract_claims(text, "x")["claims"]]
    assert "A$38 billion" in values
    # 2.0 Australian dollars a pound held in 2016-17; 2.0 US dollars a pound did not.
    assert_relation_verdict(tmp_path, "aud", text, "conversion", "consistent")


def test_prefixed_dollars_keep_their_currency():
    text = STORY.format(place="Australia").replace("$38 billion", "US$25 billion")
    values = [c["value"] for c in extract_claims(text, "x")["claims"]]
    assert "US$25 billion" in values or "$25 billion" in values
