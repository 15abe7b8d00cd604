"""A count or amount of the body stated again a few sentences on, with the same words or with
the words of one measure ("N of them turned up", "the total number of votes cast"): the two
statements must agree. Two figures of different things or periods are never linked."""

from __future__ import annotations

import pytest

from audit.pipeline import run_check
from tests.extract.snippets import roles_by_name

_HEAD = (
    "Published: 2023-03-02\n\nQuorra counts its ballots\n\n"
    "The electoral board opened 38,200 polling stations across the provinces.\n\n"
    "Observers from 14 neighbouring states praised the calm.\n\n"
)


def _restates(tmp_path, body: str) -> list[tuple[str, str]]:
    """(status, severity) of each restatement finding of the snippet's body."""
    path = tmp_path / "story.txt"
    path.write_text(_HEAD + body + "\n", encoding="utf-8")
    report, _ = run_check([path])
    assert not report.errors, report.errors
    return [(f.status, f.severity) for f in report.findings() if f.rule == "restate.mismatch"]


@pytest.mark.parametrize(
    "body, status",
    [
        (
            "Of the 9.4 million registered voters, 6,105,322 of them turned up. The count "
            "ran late into the night. The total number of votes cast was 6,105,322.",
            "consistent",
        ),
        (
            "Of the 9.4 million registered voters, 6,105,322 of them turned up. The count "
            "ran late into the night. The total number of votes cast was 6,103,322.",
            "inconsistent",
        ),
        (
            "Some 2,418,200 people turned out on polling day. Turnout was higher "
            "in the hills. Ballots cast reached 2,418,200, the board said.",
            "consistent",
        ),
        (
            "The port handled 412,300 containers in the year. Cranes were replaced in the "
            "spring. In the year, the port handled 421,300 containers.",
            "inconsistent",
        ),
    ],
)
def test_a_figure_of_the_body_stated_again(tmp_path, body, status):
    found = _restates(tmp_path, body)
    assert [s for s, _ in found] == [status]
    assert all(severity != "error" for _, severity in found)  # a guess across sentences


@pytest.mark.parametrize(
    "body",
    [
        # Valid votes leave out the spoilt ballots: another count.
        "Of the 9.4 million registered voters, 6,105,322 of them turned up. The count ran "
        "late. The total number of valid votes cast was 6,003,322.",
        # Votes cast for one party are that party's.
        "Of the 9.4 million registered voters, 6,105,322 of them turned up. The count ran "
        "late. Votes cast for the Harbour Party came to 3,103,322.",
        # Another period named on one side only.
        "The port handled 412,300 containers. Cranes were replaced in the spring. In 2019 "
        "the port handled 388,100 containers.",
        # The registered voters named in the clause are not what "of them turned up" counts.
        "Out of 9,210,400 registered voters, 7,105,322 of them turned up. The count ran late. "
        "Registered voters numbered 9,201,400 in the final roll.",
        # Two industries, each named by a noun in -ing.
        "Farming grew by 2.0 billion dinars to 48 billion dinars. Fishing grew by 1.0 billion "
        "dinars to 17 billion dinars.",
        # A pronoun names what its own sentence is about: bad loans, then write-offs.
        "Bad loans rose 2.1% to 6,410 crore. On the year, they were up 9.0% from 5,881 crore. "
        "Write-offs fell 12% to 917 crore. On the year, they fell 31% from 1,329 crore.",
    ],
)
def test_no_restatement_of_another_count_or_period(tmp_path, body):
    assert _restates(tmp_path, body) == []


@pytest.mark.parametrize(
    "body",
    [
        # Each paragraph's heading names its region.
        "Vessa: Exports increased by 2.4 billion dollars to 12.7 billion dollars.\n\n"
        "Orno: Exports increased by 0.5 billion dollars to 4.6 billion dollars.",
        # A qualifier after the figure tells the two counts apart.
        "In eight districts, urban wages are above the average. The roll grew. In 10 "
        "districts, rural wages are above the average.",
        # A name after the figure, and a bound against a figure stated.
        "Average pay now stands at 23,512 dinars. The roll grew. Average pay is over 30,000 "
        "dinars in Porta and Lusk.",
    ],
)
def test_no_restatement_across_headings_qualifiers_or_names(tmp_path, body):
    assert _restates(tmp_path, body) == []


def test_what_an_amount_comes_from_tells_it_apart_from_the_headlines():
    from tests.extract.snippets import roles_by_name

    text = (
        "Published: 2024-05-08\n\nVarnia earns nearly 18 bln USD from exports in July-April\n\n"
        "Varnia earned a total of 17,840 million dollars from exports during July-April.\n\n"
        "In the same period, Varnia earned 14.2 billion dollars from garment exports.\n"
    )
    seconds = [r["second"] for r in roles_by_name(text, "restate")]
    assert "14.2 billion dollars" not in seconds


@pytest.mark.parametrize(
    "body",
    [
        # a part named by one half of a split, and what it is on
        "Ostria's airports handled 182m passengers last year, up 7% on 2003.\n\n"
        "There were 21m passengers on domestic flights last year, up 5% on 2003.",
        # a gap, which no level restates
        "Exports exceeded imports by USD 4.2 billion in May.\n\n"
        "Imports came to USD 92.1 billion in May.",
        # two rows of a results table set against last year's: "against" names nothing
        "Basic earnings per share: p against 44.10p, 12%.\n\n"
        "Final dividend per share: 2.2p against 2.0p, 10%.",
    ],
)
def test_no_restatement_of_a_part_or_a_gap(body):
    from tests.extract.snippets import roles_by_name

    text = f"Published: 2024-05-08\n\nOstria figures\n\n{body}\n"
    assert roles_by_name(text, "restate") == []


@pytest.mark.parametrize(
    "change",
    ["was up 20 tonnes, or 20 percent", "rose 20 tonnes, or 20 percent"],
)
def test_the_amount_of_a_change_restates_no_level(change):
    text = f"Mill report\n\nThe mill's output was 120 tonnes. The mill's output {change}.\n"
    assert roles_by_name(text, "restate") == []


def test_a_sentence_opening_on_another_crop_restates_nothing(tmp_path):
    text = (
        "The barley area stayed at 410,000 hectares, and the yield is 4,35t/ha. The estimate "
        "was unchanged.\n\nThe rye estimate rose. Rye was sown on 61 200ha, and the yield is "
        "3,1t/ha.\n"
    )
    assert _restates(tmp_path, text) == []


def test_the_part_after_p_percent_of_w_or_restates_no_w():
    text = (
        "Title\n\nThe roll lists 2,140,000 registered voters this year. About 12% of registered "
        "voters, or 256,800, live abroad.\n"
    )
    assert roles_by_name(text, "restate") == []
