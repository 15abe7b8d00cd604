"""Multiples written as verbs in their base form, and a start given in brackets after the
period it is named by."""

from audit.extract import find_quantities
from tests.extract.snippets import assert_relation_verdict, roles_by_name

HEAD = "Harbour trade\n\nDate: 2024-05-06\n\n"


def test_a_base_form_verb_before_to_or_from_is_a_multiple():
    read = find_quantities("Bookings could treble from 40,000 this year.")
    first = read[0]
    assert (first.text, first.kind, first.value) == ("treble", "multiple", 3)


def test_a_base_form_verb_used_as_a_noun_or_before_its_object_is_not():
    for text in (
        "The batter hit a double to left field.",
        "The firm plans to triple its output.",
        "It was the double to end all doubles.",
    ):
        assert [q.kind for q in find_quantities(text)].count("multiple") == 0, text


def test_more_than_triple_to_from_is_a_bound_on_the_multiple(tmp_path):
    forecast = "Cargo is set to more than triple to {} million tonnes from 2.5 million tonnes.\n"
    text = HEAD + forecast.format("8.2")
    assert_relation_verdict(tmp_path, "cargo", text, "multiple", "consistent")
    text = HEAD + forecast.format("7.1")
    assert_relation_verdict(tmp_path, "cargo", text, "multiple", "inconsistent")


def test_a_start_in_brackets_after_its_period(tmp_path):
    text = HEAD + (
        "Corvale's trade surplus widened to $6.4 billion, 2.5 times that of a year earlier "
        "($2.6 billion).\n"
    )
    assert_relation_verdict(tmp_path, "surplus", text, "multiple", "consistent")
    text = text.replace("$2.6 billion", "$3.1 billion")
    assert_relation_verdict(tmp_path, "surplus", text, "multiple", "inconsistent")


def test_a_bracket_that_is_not_the_start_is_not_linked():
    text = HEAD + (
        "Corvale's trade surplus widened to $6.4 billion, 2.5 times that of a year earlier "
        "(its widest on record), on exports of $2.6 billion.\n"
    )
    assert roles_by_name(text, "multiple") == []
