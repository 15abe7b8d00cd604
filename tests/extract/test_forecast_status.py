"""A figure is a target or a forecast only when a forecast word governs it: a word before it in
its clause, or its own words after it; not a comparison with a target, nor "will" or "would"
in another clause of a retrospective."""

from __future__ import annotations

import pytest

from audit.extract.drafts import draft_claims


def _status(sentence: str, figure: str) -> str:
    """The status of the figure written as `figure` (its unit may be read apart from it)."""
    at = sentence.index(figure)
    [status] = [d.status for d in draft_claims(sentence, "2026-03").drafts if d.found.start == at]
    return status


# --- a forecast word governs only its own figure ----------------------------------------


@pytest.mark.parametrize(
    "sentence, figure, status",
    [
        (
            "The trade gap widened to 6.3 billion pesos in 2025, exceeding the ministry's target.",
            "6.3 billion pesos",
            "fact",
        ),
        (
            "Imports were 3.7 billion euros, above analysts' expectations.",
            "3.7 billion euros",
            "fact",
        ),
        ("Steel output fell to 41 million tonnes, short of the plan.", "41 million tonnes", "fact"),
        (
            "Tax receipts were 7.6 billion lari, 12% above the 6.8 billion lari target.",
            "12%",
            "fact",
        ),
        (
            "Tax receipts were 7.6 billion lari, 12% above the 6.8 billion lari target.",
            "6.8 billion lari",
            "target",
        ),
        (
            "The wheat harvest is expected to reach 2 million tonnes next year.",
            "2 million tonnes",
            "forecast",
        ),
        ("A harvest of 2 million tonnes is expected next year.", "2 million tonnes", "forecast"),
        # A restatement shares the forecast word after it.
        ("A shortfall of 2.2 billion dinars, or 3% of output, is projected.", "3%", "forecast"),
        ("The agency expects sales of 40,000 cars.", "40,000 cars", "forecast"),
        # The target word after a figure names the next figure.
        ("Lornet built 480,000 homes, 96% of its target of 500,000.", "96%", "fact"),
        ("Lornet built 480,000 homes, 96% of its target of 500,000.", "500,000", "target"),
        # A share whose whole is a plan named in its words, without a figure or before one.
        ("Fees reached 9 billion dinars, 80 per cent of the annual target.", "80 per cent", "fact"),
        ("Fees reached 9 billion dinars, 80 per cent of the annual target.", "9 billion", "fact"),
        ("Fees were 7.2 billion dinars, 90% of the targeted 8 billion dinars.", "90%", "fact"),
        (
            "Fees were 7.2 billion dinars, 90% of the targeted 8 billion dinars.",
            "8 billion",
            "target",
        ),
        ("Outlays hit 9 billion dinars, 85% of the total planned spending.", "85%", "fact"),
        # Still a target: a plan word governs it from before, or no determiner opens the whole
        # ("3% of GDP target" is the target itself).
        ("The council aims to collect 80% of the annual target by June.", "80%", "target"),
        ("Ministers kept the 3% of GDP target for the deficit.", "3%", "target"),
        (
            "Ore output was 2.1 million tonnes, against a target of 2 million tonnes.",
            "2 million tonnes",
            "target",
        ),
    ],
)
def test_a_forecast_word_governs_its_own_figure_only(sentence, figure, status):
    assert _status(sentence, figure) == status


# --- "will" or "would" in another clause of a retrospective ------------------------------


@pytest.mark.parametrize(
    "sentence, figure, status",
    [
        ("The tannery, which would later close, employed 1,400 workers.", "1,400 workers", "fact"),
        (
            "The ferry line, which will be sold next year, carried 3 million passengers in May.",
            "3 million passengers",
            "fact",
        ),
        (
            "In 2011 the mine produced 90,000 tonnes of tin, a level it would never reach again.",
            "90,000 tonnes",
            "fact",
        ),
        (
            "It was a spring that would change Brenholt: the mill hired 2,300 workers.",
            "2,300 workers",
            "fact",
        ),
        ("The council's goal: 5,000 new homes by 2030.", "5,000", "target"),
        ("Fares, which were 2 euros last year, will rise to 3 euros.", "2 euros", "fact"),
        ("Fares, which were 2 euros last year, will rise to 3 euros.", "3 euros", "forecast"),
    ],
)
def test_will_in_another_clause_leaves_a_past_figure_a_fact(sentence, figure, status):
    assert _status(sentence, figure) == status


# --- a clause without a verb shares the status of the one before it -------------------------


@pytest.mark.parametrize(
    "sentence, figure, status",
    [
        (
            "Income is projected at 6.1 trillion naira, and outlays at 9.4 trillion naira.",
            "9.4 trillion naira",
            "forecast",
        ),
        (
            "Income rose to 6.1 trillion naira, and outlays to 9.4 trillion naira.",
            "9.4 trillion naira",
            "fact",
        ),
        (
            "Ore output will reach 2 million tonnes next year, with exports at 500,000 tonnes.",
            "500,000 tonnes",
            "forecast",
        ),
        # A target compared with announces nothing for what follows it.
        (
            "Income rose to 6.1 trillion naira, beating the 5.9 trillion naira target, and "
            "outlays to 9.4 trillion naira.",
            "9.4 trillion naira",
            "fact",
        ),
    ],
)
def test_a_clause_without_a_verb_shares_the_status_before_it(sentence, figure, status):
    assert _status(sentence, figure) == status


@pytest.mark.parametrize(
    "sentence, figure, status",
    [
        # "which is" restates the planned figure before it: the plan's status
        (
            "The minister projected a deficit of 9.2 billion rand, which is 2.1 per cent of "
            "GDP worth 438 billion rand.",
            "2.1 per cent",
            "forecast",
        ),
        (
            "The minister projected a deficit of 9.2 billion rand, which is 2.1 per cent of "
            "GDP worth 438 billion rand.",
            "438 billion rand",
            "forecast",
        ),
        # a which-clause with a cue of its own keeps it
        (
            "Revenue was 40 billion rand, which is expected to rise to 45 billion rand.",
            "45 billion rand",
            "forecast",
        ),
        # and one after a fact is a fact
        ("Revenue was 40 billion rand, which is 5 per cent of GDP.", "5 per cent", "fact"),
    ],
)
def test_a_which_clause_restating_a_figure_shares_its_status(sentence, figure, status):
    assert _status(sentence, figure) == status
