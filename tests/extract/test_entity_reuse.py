"""The names of a sentence taken from the scan of the whole article are those a scan of the
sentence alone finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.extract import context, extract_claims
from audit.extract.drafts import _Names
from audit.extract.sentences import sentences

# Words and breaks that names run over, stop at, or start after.
_PIECES = st.sampled_from(
    [
        *(" ", "  ", "\n", "\n\n", ". ", ".\n", "! ", "? ", ", ", "’s ", "'s ", "” ", ") ", "-"),
        *("Hubei", "Hubei Province", "New York", "Rio Grande", "in Brazil", "of Chile", "in"),
        *("of", "The", "This", "the province", "Jiangxi’s", "exports", "rose", "12%", "said"),
    ]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_names_read_from_the_whole_text_are_those_of_each_sentence_alone(text):
    found = sentences(text)
    names = _Names(text, found, context.names_in(text))
    for sentence in found:
        alone = context.entity_mentions(text[sentence.start : sentence.end])
        assert names.mentions(sentence.number) == alone


def test_a_title_and_the_first_line_of_the_body_are_two_names():
    text = (
        "Rice harvest sets a record 41.2 mn tonnes: Farm Ministry\nDate: 2024-05-10\n\n"
        "Dorland's total rice production in 2023-24 was estimated at 41.2 million tonnes, the "
        "Farm Ministry said on Tuesday.\n"
    )
    entities = {c["entity"] for c in extract_claims(text, "x")["claims"]}
    assert all("\n" not in (e or "") for e in entities)
