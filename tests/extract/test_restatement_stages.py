"""A stage or kind of a measure is not the measure stated again: "the completed floor area"
against "the floor area under construction", "same-day visitors" against "visitor arrivals".
Neither is a change ("a rise of 55TWh") or a gap ("6,020 more nursing jobs than before") a
level, nor are two figures that share only their month one figure, nor is a figure after a
sentence that moves to another period ("For the first semester, ...") the figure of the
period before, nor a part given its share ("1.05 million visitors (17pc)") the total."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import roles_by_name


def _metric(text: str, written: str) -> str:
    for claim in extract_claims(text, "x")["claims"]:
        if claim["value"].startswith(written):
            return claim["metric"]
    raise AssertionError(f"{written} not drafted")


@pytest.mark.parametrize(
    "sentence, written, metric",
    [
        (
            "Among them, the completed warehouse area was 61.20 million square meters.",
            "61.20",
            "completed warehouse area",
        ),
        ("Within that, farm loans came to 812 million dollars.", "812", "farm loans"),
        (
            "Even so, tractor sales were still down 12.5 percent from 4,120 units in May.",
            "4,120",
            "tractor sales",
        ),
        ("Still, dairy exports fell 3% from 96,300 tonnes.", "96,300", "dairy exports"),
    ],
)
def test_the_subject_after_an_opening_phrase_names_the_figure(sentence, written, metric):
    assert _metric(f"Harvest notes\n\n{sentence}\n", written) == metric


_STAGES = (
    "Yardley building figures\n\n"
    "From January to September, the warehouse floor area under construction in Yardley was "
    "318.40 million square meters, down 3.6 percent. Among them, the newly started cold-store "
    "area was 120.55 million square meters, down 2.2 percent. The new construction area of "
    "warehouses was 240.10 million square meters, down 1.9 percent. The completed warehouse "
    "area was 150.3 million square meters, up 4.4 percent. Among them, the completed "
    "cold-store area was 71.08 million square meters, up 5.1 percent.\n"
)

_HALVES_OF_A_TOTAL = (
    "Pellora arrivals climb\n\n"
    "Pellora recorded 7.45 million visitor arrivals in the first nine months, up 18.2 percent "
    "year on year, the tourism office said on Friday.\n\n"
    "Same-day visitors (4.02 million) and overnight visitors (3.43 million) grew by 24.0 "
    "percent and 12.1 percent respectively.\n"
)

_A_CHANGE = (
    "Solar power records\n\n"
    "Solar generation in Marvane recorded a rise of 31TWh in 2023, the grid operator said on "
    "Monday.\n\n"
    "Solar generation in Marvane reached 140TWh in 2023.\n"
)

_ANOTHER_PERIOD = (
    "Corvane results\n\n"
    "Corvane revenue rose 9.0% to 4.10 billion pesos in the second quarter, the company "
    "said.\n\n"
    "Net income climbed 12% to 610 million pesos.\n\n"
    "Corvane store revenue rose to 3.62 billion pesos.\n\n"
    "For the first semester, customer numbers grew in every region.\n\n"
    "Corvane store revenue rose to 7.01 billion pesos, the company said.\n"
)


_A_GAP = (
    "Dorrow clinics step up hiring\n\n"
    "Dorrow clinics added 4,150 nursing jobs in June, the health board said on Monday.\n\n"
    "Hiring in the two months before was also revised up.\n\n"
    "Add the revisions, and Dorrow clinics have 6,020 more nursing jobs than before the report.\n"
)


_ONLY_THE_MONTH = (
    "Rents climb in most towns\n\n"
    "Larchford saw a 12.5% rise from $1,600 in March last year to a record $1,800 this March.\n\n"
    "Other towns with large rises:\n\n"
    "\u2022Oxmere, with a 9.0% rise from $1,000 in March last year to $1,090 in March this year\n"
)


@pytest.mark.parametrize(
    "text", [_STAGES, _HALVES_OF_A_TOTAL, _A_CHANGE, _ANOTHER_PERIOD, _A_GAP, _ONLY_THE_MONTH]
)
def test_no_restatement_of_a_stage_a_half_a_change_or_another_period(text):
    assert roles_by_name(text, "restate") == []


@pytest.mark.parametrize("stage", ["completed", "newly started"])
def test_the_same_stage_stated_again_is_still_a_restatement(stage):
    text = (
        f"Yardley {stage} warehouse area reaches 150.3 million square meters\n\n"
        f"The {stage} warehouse area in Yardley was 150.1 million square meters in the first "
        "nine months, up 4.4 percent, the statistics office said.\n"
    )
    assert roles_by_name(text, "restate") == [
        {"first": "150.3 million square meters", "second": "150.1 million square meters"}
    ]


def test_a_part_given_its_share_is_no_restatement_of_the_total():
    text = (
        "Velm welcomes a record 6.20M visitors in H1 2024\n\n"
        "Velm received 6.20 million international overnight visitors in the first half, up 9 "
        "percent, the tourism office said.\n\n"
        "Europe led with 1.46 million visitors, while the Gulf region sent 1.10 million.\n\n"
        "South Asia was another big source market, with 1.05 million visitors (17pc).\n"
    )
    assert roles_by_name(text, "restate") == []
