"""A difference stated with one of its levels, the other level in the sentence beside it:
"E, which is higher by C than the previous season. Last season, output fell to S." and
"E were waiting. The list has increased by C since March, when it stood at S." and "E. That is
C more than the S of a year earlier"."""

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import totals_and_parts

PATTERN = "difference-across"


@pytest.mark.parametrize(
    "text,total,parts",
    [
        (
            "Sorghum output is projected at 12.4 million tonnes, which is higher by 1.5 million"
            " tonnes than the previous season. Last season, output fell to 10.9 million tonnes"
            " after floods.",
            "12.4 million tonnes",
            ["10.9 million tonnes", "1.5 million tonnes"],
        ),
        (
            "Sorghum output is expected at 12.4 million tonnes, 1.5 million tonnes more than"
            " last season. Output last season was 10.9 million tonnes.",
            "12.4 million tonnes",
            ["10.9 million tonnes", "1.5 million tonnes"],
        ),
        (
            # a fall: the earlier level is the total
            "Sorghum output last season was 13.9 million tonnes. This season, sorghum output"
            " is projected at 12.4 million tonnes, which is lower by 1.5 million tonnes than the"
            " previous season.",
            "13.9 million tonnes",
            ["12.4 million tonnes", "1.5 million tonnes"],
        ),
        (
            # the level named by its own words after it; "fewer" is a fall from the earlier
            "About 52,300 visitors came this summer, 4,100 fewer than last summer. Last"
            " summer, visitors numbered 56,400.",
            "56,400",
            ["about 52,300 visitors", "4,100"],
        ),
        (
            "About 6.2 million people were waiting for surgery in May. The waiting list has"
            " increased by just over two million since March 2021, when it stood at 4.05"
            " million.",
            "about 6.2 million people",
            ["4.05 million", "just over 2 million"],
        ),
        (
            # the level now in the sentence after
            "The waiting list has grown by just over two million since March 2021, when it"
            " stood at 4.05 million. It now stands at 6.2 million.",
            "6.2 million",
            ["4.05 million", "just over 2 million"],
        ),
        (
            "About 6.2 million people were waiting for surgery in May. It has fallen by 1.1"
            " million since January, when it stood at 7.3 million.",
            "7.3 million",
            ["about 6.2 million people", "1.1 million"],
        ),
        (
            # "That is": the gap between the level before and an earlier one
            "The harbour handled 61,250 containers in May. That is 2,150 more than the 59,100"
            " it handled a year earlier.",
            "61,250 containers",
            ["59,100", "2,150"],
        ),
        (
            "Library loans dropped to 8,320 last year. That's 410 fewer than the 8,730 loans"
            " of 2022.",
            "8,730 counted loans",
            ["8,320", "410"],
        ),
    ],
)
def test_a_difference_takes_its_other_level_from_the_sentence_beside(text, total, parts):
    found = totals_and_parts(text, "sum", PATTERN)
    assert [(t, p) for t, p, _ in found] == [(total, parts)]
    assert [c for _, _, c in found] == ["low"]


@pytest.mark.parametrize(
    "text",
    [
        # another metric's level in the next sentence
        "Sorghum output is projected at 12.4 million tonnes, which is higher by 1.5 million"
        " tonnes than the previous season. Last season, exports fell to 10.9 million tonnes.",
        # another crop's output
        "Wheat output last season was 13.9 million tonnes. Sorghum output is projected at 12.4"
        " million tonnes, which is lower by 1.5 million tonnes than the previous season.",
        # a rate, not an amount
        "Sorghum output is projected at 12.4 million tonnes, which is higher by 14% than the"
        " previous season. Last season, output fell to 10.9 million tonnes.",
        # the level of another period than the one the difference names
        "Sorghum output is projected at 12.4 million tonnes, which is higher by 1.5 million"
        " tonnes than the previous season. In 2019, output fell to 10.9 million tonnes.",
        "Sorghum output is projected at 12.4 million tonnes, which is higher by 1.5 million"
        " tonnes than the previous season. Next season, output should reach 13 million tonnes.",
        # the level now of another subject
        "About 6.2 million people were in work in May. The waiting list has increased by just"
        " over two million since March 2021, when it stood at 4.05 million.",
        # the sentence after: a level of the past, or of another subject
        "The waiting list has grown by just over two million since March 2021, when it stood"
        " at 4.05 million. It reached 5.1 million in 2022.",
        "The waiting list has grown by just over two million since March 2021, when it stood"
        " at 4.05 million. Some 1.3 million people now work in care homes.",
        # "That is" with a rate, or with the earlier level not given
        "The harbour handled 61,250 containers in May. That is 3.6% more than the 59,100"
        " it handled a year earlier.",
        "The harbour handled 61,250 containers in May. That is 2,150 more than it handled a"
        " year earlier.",
        # two levels before: no telling which is now
        "About 6.2 million people were waiting in May, against 5.9 million in April. The waiting"
        " list has increased by just over two million since March 2021, when it stood at 4.05"
        " million.",
    ],
)
def test_what_is_not_the_other_level_of_a_difference(text):
    assert totals_and_parts(text, "sum", PATTERN) == []


def test_a_forecasts_own_difference_is_checked_against_the_actual_level():
    text = (
        "Sorghum output is projected at 12.4 million tonnes, which is higher by 1.5 million"
        " tonnes than the previous season. Last season, output fell to 10.9 million tonnes."
    )
    notes = [r["note"] for r in extract_claims(text, "x")["relations"] if r["kind"] == "sum"]
    assert len(notes) == 1 and "the forecast's own, against an actual level" in notes[0]


def test_a_level_of_a_past_year_is_not_the_level_now():
    text = (
        "Published: 2024-06-10\n\nLists\n\nIn 2022, about 6.2 million people were waiting for"
        " surgery. The waiting list has increased by just over two million since March 2021,"
        " when it stood at 4.05 million.\n"
    )
    assert totals_and_parts(text, "sum", PATTERN) == []


def test_a_period_of_the_kind_named_is_not_the_period_before():
    text = (
        "Sorghum output is projected at 12.4 million tonnes, which is higher by 1.5 million"
        " tonnes than the previous season. After a season of floods, output fell to 10.9"
        " million tonnes."
    )
    assert totals_and_parts(text, "sum", PATTERN) == []


def test_a_difference_in_the_lead_is_not_restated_by_a_later_level():
    text = (
        "Published: 2024-06-10\n\nVisitors\n\nAbout 52,300 visitors came this summer, 4,100"
        " fewer than last summer. Last summer, visitors numbered 56,400.\n"
    )
    kinds = [r["kind"] for r in extract_claims(text, "x")["relations"]]
    assert "restate" not in kinds
