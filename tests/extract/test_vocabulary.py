"""One vocabulary: the grammar and the extractor read the same words, and every unit the
extractor can emit resolves in the unit registry."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit import vocabulary as vocab
from audit.claims import numbers, values
from audit.claims.units import resolve
from audit.extract import find_quantities
from audit.extract import lexicon as lx
from audit.extract.values_out import claim_value


def _emitted_units() -> set[str]:
    units = {u for u in lx.MEASURE_UNITS.values() if u not in lx.OFFSET_UNITS}
    units |= {u for u in lx.GLUED_UNITS.values() if u}
    units |= {c for c in lx.CURRENCY_WORDS.values() if c}
    units |= set(lx.CURRENCY_PREFIXES.values()) | set(lx.SUBUNIT_WORDS.values())
    units |= {"percent", "percentage_point", "basis_point", "times"}
    return units


@pytest.mark.parametrize("unit", sorted(_emitted_units()))
def test_every_unit_the_extractor_emits_resolves(unit):
    resolve(unit)


@pytest.mark.parametrize("sign", sorted(vocab.CURRENCY_SIGNS))
def test_every_currency_sign_reads_in_the_grammar(sign):
    written = f"{sign}12" if not sign.isalpha() else f"{sign} 12"
    assert values.parse_value(written).currency == vocab.CURRENCY_SIGNS[sign]


@pytest.mark.parametrize("word", sorted(w for w in vocab.SCALE_WORDS if w.isascii()))
def test_every_scale_word_reads_in_the_grammar_with_its_factor(word):
    assert values.parse_value(f"3 {word}").number == 3 * vocab.SCALE_WORDS[word]


def test_the_grammar_and_the_extractor_share_their_tables():
    assert values.SCALES is vocab.SCALE_WORDS
    assert values.CURRENCY_SIGNS is vocab.CURRENCY_SIGNS
    assert values.QUALIFIERS is vocab.QUALIFIERS
    assert numbers.SMALL_WORDS is vocab.SMALL_WORDS
    assert lx.CURRENCY_WORDS is vocab.CURRENCY_WORDS
    assert set(lx.QUALIFIER_WORDS) <= set(vocab.QUALIFIERS)


@pytest.mark.parametrize("word", vocab.TEXT_QUALIFIERS)
def test_every_qualifier_the_extractor_finds_bounds_the_drafted_value(word):
    text = f"Output was {word} 40 tonnes."
    found = next(f for f in find_quantities(text) if f.number == "40")
    assert found.qualifier == word
    assert values.parse_value(claim_value(found)[0]).qualifier == word


def test_lakh_crore_is_one_scale():
    assert vocab.SCALE_WORDS["lakh crore"] == Decimal(10) ** 12
    assert values.parse_value("2.5 lakh crore rupees").number == Decimal("2.5E12")


def test_months_are_one_table():
    assert vocab.MONTH_NUMBERS["sept"] == 9 and "sept" in lx.MONTHS
