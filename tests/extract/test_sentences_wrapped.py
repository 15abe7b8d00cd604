"""Hard-wrapped lines: a sentence broken over two lines stays one sentence."""

from audit.extract.sentences import sentences


def _texts(text: str) -> list[str]:
    return [" ".join(text[s.start : s.end].split()) for s in sentences(text)]


def test_a_line_that_stops_mid_sentence_goes_on_to_the_next():
    text = "Harbour report\nThe port's surplus came to\n$2.5 million: fees were up.\nIt grew."
    assert _texts(text) == [
        "Harbour report",
        "The port's surplus came to $2.5 million: fees were up.",
        "It grew.",
    ]


def test_a_blank_line_or_a_capital_still_ends_the_paragraph():
    text = "Fees rose, and\n\nrents fell.\nThe surplus widened\nMeanwhile, rents fell."
    assert _texts(text) == [
        "Fees rose, and",
        "rents fell.",
        "The surplus widened",
        "Meanwhile, rents fell.",
    ]


def test_the_rupee_abbreviation_does_not_end_a_sentence():
    text = "The scheme cost Rs. 4,500 crore in all. Rs. 300 went to each farmer."
    assert _texts(text) == [
        "The scheme cost Rs. 4,500 crore in all.",
        "Rs. 300 went to each farmer.",
    ]


def test_a_stop_run_into_the_next_sentence_still_ends_it():
    text = "Fees rose 3.1% from last year.Of this, rents were 40%.It grew in 2023.Then fell."
    assert _texts(text) == [
        "Fees rose 3.1% from last year.",
        "Of this, rents were 40%.",
        "It grew in 2023.",
        "Then fell.",
    ]


def test_names_and_abbreviations_with_a_stop_inside_stay_whole():
    text = "Shares of Shopmart.com rose at Acme Inc.Holdings and in the U.S.Treasury market."
    assert _texts(text) == [text]


def test_a_shilling_code_with_a_full_stop_does_not_end_the_sentence():
    from audit.extract import extract_claims

    text = "Title\n\nProfit grew 45pc to Kshs. 15.3 billion from Ksh 10.5 billion.\n"
    drafted = extract_claims(text, "x")
    assert [r["kind"] for r in drafted["relations"]] == ["growth"]


def test_a_shilling_code_ending_a_sentence_still_ends_it():
    from audit.extract.sentences import split_sentences

    text = "The levy rose to 120 Sh. A year ago traders paid 100 Sh, the clerk said."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "The levy rose to 120 Sh.",
        "A year ago traders paid 100 Sh, the clerk said.",
    ]
