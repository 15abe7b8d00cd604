"""The names of a sentence taken from the scan of the whole article are those a scan of the
sentence alone finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.extract import context
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
