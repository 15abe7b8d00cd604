"""'T, of which A ... The remaining B': the part and the rest are all of the total, in one
sentence or across two, whatever the status of the parts."""

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import totals_and_parts

PATTERN = "rest-of-breakdown"


@pytest.mark.parametrize(
    "text,total,parts,confidence",
    [
        (
            "The assembly approved extra outlays of over Rs 3.10 lakh crore, of which Rs 1,05,000"
            " crore would be paid out this year. The remaining Rs 2,05,000 crore will be met"
            " from savings.",
            "over Rs 3.10 lakh crore",
            ["Rs 105,000 crore", "Rs 205,000 crore"],
            "low",
        ),
        (
            "The trust raised $64 million, of which $21.5 million went to clinics. The rest,"
            " $42.5 million, paid for housing.",
            "$64 million",
            ["$21.5 million", "$42.5 million"],
            "low",
        ),
        (
            "The trust raised $64 million, of which $21.5 million will go to clinics and the"
            " remaining $42.5 million to housing.",
            "$64 million",
            ["$21.5 million", "$42.5 million"],
            "medium",
        ),
    ],
)
def test_the_rest_of_a_breakdown_is_a_part_of_its_total(text, total, parts, confidence):
    assert totals_and_parts(text, "sum", PATTERN) == [(total, parts, confidence)]


@pytest.mark.parametrize(
    "text",
    [
        # the rest of another total
        "The trust raised $64 million, of which $21.5 million went to clinics. The remaining"
        " $12 million of the old endowment paid for housing.",
        # not named the rest
        "The trust raised $64 million, of which $21.5 million went to clinics. Another"
        " $42.5 million paid for housing.",
        # a share, not an amount
        "The trust raised $64 million, of which $21.5 million went to clinics. The remaining"
        " 66% paid for housing.",
        # no 'of which': the first figure is no total
        "The trust raised $64 million in May and $21.5 million in June. The remaining"
        " $42.5 million came in July.",
        # another paragraph
        "The trust raised $64 million, of which $21.5 million went to clinics.\n\nThe remaining"
        " $42.5 million paid for housing.",
    ],
)
def test_what_is_not_the_rest_of_the_breakdown(text):
    assert totals_and_parts(text, "sum", PATTERN) == []


def test_the_parts_of_another_status_are_said_to_be_so():
    text = (
        "The assembly approved extra outlays of Rs 3.10 lakh crore, of which Rs 1,05,000 crore"
        " would be paid out this year. The remaining Rs 2,05,000 crore will be met from savings."
    )
    notes = [r["note"] for r in extract_claims(text, "x")["relations"] if r["kind"] == "sum"]
    assert len(notes) == 1
    assert "the parts are of a forecast, the breakdown stated as fact" in notes[0]
