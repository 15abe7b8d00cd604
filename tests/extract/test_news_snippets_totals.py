"""More general-news patterns, end to end: shares of a stated total, whole breakdowns
("comprised"), trade balances, and "making up" read as a share rather than a rise. Short
snippets written for these tests, in the style of test_news_snippets.py.
"""

from __future__ import annotations

import pytest

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict

# name: (text, relation kind, verdict of its rule)
SNIPPETS = {
    # --- "P% of the (national) total of W" and "A accounting for P% of the total" ---------
    "city_exports_share_of_national_total": (
        "The city's exports reached 1.2 trillion yuan, accounting for 5.1 percent of the "
        "national total of 23.7 trillion yuan.",
        "share",
        "consistent",
    ),
    "hospital_beds_share_of_total_wrong": (
        "The region had 4,912 hospital beds, accounting for 8.6 percent of the total of "
        "38,400 beds in the country.",
        "share",
        "inconsistent",
    ),
    "farm_output_part_of_the_total_scale_slip": (
        "Farm output in the county reached 3.4 million yuan last year, with grain worth 902 "
        "million yuan accounting for 26.5 percent of the total.",
        "share",
        "inconsistent",
    ),
    "ticket_sales_part_of_the_total": (
        "Box office takings reached $412 million, with 3D screenings bringing in $74.3 "
        "million, or 18 percent of the total.",
        "share",
        "consistent",
    ),
    "ev_sold_out_of_a_total_of": (
        "Electric models made up 22 percent of sales, with 410,000 sold out of a total of "
        "1.86 million cars.",
        "share",
        "consistent",
    ),
    # --- a whole breakdown -----------------------------------------------------------------
    "staff_comprised_wrong": (
        "The trust's 2,318 staff comprised 1,412 nurses, 604 doctors and 251 porters, the "
        "annual report said.",
        "sum",
        "inconsistent",
    ),
    "budget_was_made_up_of": (
        "The £86.4m budget was made up of £51.2m from council tax and £35.2m in government grants.",
        "sum",
        "consistent",
    ),
    # --- quarters and the year they make up, the year's scale written once for two figures --
    "quarters_to_a_year_with_a_shared_scale_wrong": (
        "Exports in Q1 2023 were N1.20 trillion.\n\nExports in Q2 2023 were N1.32 trillion.\n\n"
        "Exports in Q3 2023 were N1.41 trillion.\n\nExports in Q4 2023 were N1.57 trillion.\n\n"
        "For the full year, exports stood at N5.86, while imports were N4.59 trillion.",
        "sum",
        "inconsistent",
    ),
    "quarters_to_a_year_with_a_shared_scale": (
        "Exports in Q1 2023 were N1.20 trillion.\n\nExports in Q2 2023 were N1.32 trillion.\n\n"
        "Exports in Q3 2023 were N1.41 trillion.\n\nExports in Q4 2023 were N1.57 trillion.\n\n"
        "For the full year, exports stood at N5.50, while imports were N4.59 trillion.",
        "sum",
        "consistent",
    ),
    # --- trade balances --------------------------------------------------------------------
    "trade_surplus_transposed": (
        "Exports climbed 4.2% to $310.5 billion in June, while imports fell 2.1% to $240.8 "
        "billion, leaving a trade surplus of $96.7 billion, customs data showed.",
        "sum",
        "inconsistent",
    ),
    "trade_deficit_ok": (
        "Imports rose to $88.2 billion in May and exports to $61.5 billion, giving a trade "
        "deficit of $26.7 billion.",
        "sum",
        "consistent",
    ),
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_relation_and_verdict(tmp_path, name):
    assert_relation_verdict(tmp_path, name, *SNIPPETS[name])


def relation_values(text: str) -> list[tuple[str, dict]]:
    data = extract_claims(text)
    values = {c["id"]: c["value"] for c in data["claims"]}

    def value(fill):
        if isinstance(fill, list):
            return [value(f) for f in fill]
        return values.get(fill, fill) if isinstance(fill, str) else fill

    return [
        (r["kind"], {role: value(fill) for role, fill in r["roles"].items()})
        for r in data["relations"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shipments to Japan reached 40.2 billion yuan, making up 13 percent of the total.",
        "Rent took up 41% of her income of £2,100 a month.",
    ],
)
def test_making_up_is_a_share_not_a_rise(text):
    assert not any(kind == "growth" for kind, _ in relation_values(text))


def test_the_total_is_the_figure_before_the_part():
    text = SNIPPETS["farm_output_part_of_the_total_scale_slip"][0]
    ((kind, roles),) = relation_values(text)
    assert (kind, roles["part"], roles["whole"]) == (
        "share",
        "902 million yuan",
        "3.4 million yuan",
    )


def test_a_deficit_is_imports_less_exports():
    ((_, roles),) = [r for r in relation_values(SNIPPETS["trade_deficit_ok"][0]) if r[0] == "sum"]
    assert roles == {"total": "$88.2 billion", "parts": ["$61.5 billion", "$26.7 billion"]}


def test_a_share_of_gdp_takes_no_part_from_an_ambiguous_nearby_sentence():
    text = (
        "Trade with ASEAN reached 1.3 trillion yuan in 2023, while trade with the EU was "
        "900 billion yuan in 2023. Hainan's GDP was 12.6 trillion yuan in 2023, with "
        "foreign trade equal to 60.2 percent of GDP."
    )
    for kind, roles in relation_values(text):
        assert roles.get("part") not in ("1.3 trillion yuan", "900 billion yuan"), (kind, roles)


def test_a_share_of_gdp_takes_the_gdp_of_its_own_sentence_in_the_parts_currency():
    text = (
        "Ostria's GDP is forecast at 900 trillion rupiah next year.\n\n"
        "The Ostrian finance minister said the deficit would be 2.5% of GDP next year, or "
        "5 billion euros, with GDP forecast at 200 billion euros."
    )
    wholes = [roles.get("whole") for kind, roles in relation_values(text) if kind == "share"]
    assert wholes == ["200 billion euros"]


def test_an_amount_whose_sentence_opens_with_gdp_is_not_gdp():
    # Its metric ends in the sentence's subject (", GDP"): the amount is still the deficit.
    drafted = extract_claims(
        "Nominal GDP rose 3%, so the budget deficit narrowed to 14.4 billion euros.", "x"
    )
    (deficit,) = [c for c in drafted["claims"] if c["value"] == "14.4 billion euros"]
    assert "GDP" not in deficit["metric"].split(",")[0]


@pytest.mark.parametrize(("share", "verdict"), [("3", "consistent"), ("3.5", "inconsistent")])
def test_a_share_of_gdp_with_no_period_takes_its_parts(tmp_path, share, verdict):
    # The deficit is the clause after ", so": its own metric, not the sentence's GDP.
    text = (
        "Nominal GDP reached 320 billion euros in 2023, so the budget deficit came to 9.6 "
        f"billion euros. The deficit was {share} per cent of GDP."
    )
    assert_relation_verdict(tmp_path, "share_of_gdp_period_once", text, "share", verdict)
