"""Currencies beyond the dollar, euro, pound, yen and yuan: their signs, codes and names read
into amounts the claims grammar reads back with the same currency."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.claims.values import parse_value
from audit.extract import find_quantities
from audit.extract.values_out import claim_value


@pytest.mark.parametrize(
    "text,written,value,currency",
    [
        ("The miner earned R4.7 billion last year.", "R4.7 billion", "4700000000", "ZAR"),
        # the dollars of Namibia and the Caribbean, their letters glued to the sign
        ("Mines paid N$880 million in royalties.", "N$880 million", "880000000", "NAD"),
        ("The budget is TT$58.4 billion.", "TT$58.4 billion", "58400000000", "TTD"),
        ("Tourism brought in BZ$1.2 billion.", "BZ$1.2 billion", "1200000000", "BZD"),
        ("The grant was EC$3.5 million.", "EC$3.5 million", "3500000", "XCD"),
        ("Remittances reached J$420 billion.", "J$420 billion", "420000000000", "JMD"),
        ("Its bonds raised ZAR3bn.", "ZAR3bn", "3000000000", "ZAR"),
        ("The lender wrote off 900 million rand.", "900 million rand", "900000000", "ZAR"),
        ("The fine is ฿2,400.", "฿2,400", "2400", "THB"),
        ("Fuel subsidies hit Rp 350 trillion.", "Rp 350 trillion", "350000000000000", "IDR"),
        ("The dam cost KSh 64 billion.", "KSh 64 billion", "64000000000", "KES"),
        ("Nairobi's roads took Shs 157 billion.", "Shs 157 billion", "157000000000", "KES"),
        ("The levy raised KShs 9.5 billion.", "KShs 9.5 billion", "9500000000", "KES"),
        ("Profit rose to Kshs. 4.1 billion.", "Kshs. 4.1 billion", "4100000000", "KES"),
        ("The county spent Sh. 820 million.", "Sh. 820 million", "820000000", "KES"),
        ("The state budget is N 312,405,116,200.", "N 312,405,116,200", "312405116200", "NGN"),
        # the rupee sign a release's font turned into a backtick
        (
            "Farm output is put at ` 12.40 lakh crore.",
            "` 12.40 lakh crore",
            "12400000000000",
            "INR",
        ),
        ("Dividends of SEK 12 billion were paid.", "SEK 12 billion", "12000000000", "SEK"),
        ("The fund holds 2 trillion Norwegian kroner.", "2 trillion Norwegian kroner", None, "NOK"),
        ("Wages rose to 7,500 zloty.", "7,500 zloty", "7500", "PLN"),
        ("Imports cost ₺820 million.", "₺820 million", "820000000", "TRY"),
        ("A flat rents for ₪6,200.", "₪6,200", "6200", "ILS"),
        ("Remittances reached ₱3.2 trillion.", "₱3.2 trillion", "3200000000000", "PHP"),
    ],
)
def test_a_currency_is_read_and_written_back_in_the_grammar(text, written, value, currency):
    found = next(f for f in find_quantities(text) if text[f.start : f.end] == written)
    assert found.kind == "money"
    assert found.currency == currency
    parsed = parse_value(claim_value(found)[0])
    assert parsed.currency == currency
    if value is not None:
        assert parsed.number == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "The PHP 8 release sped up the site.",  # the language, not the peso
        "The R2 unit and the R5 engine shipped.",  # a rand prefix needs a scale word
        "Set the TRY flag to 1.",  # lower case or no figure after: not a code
        "Type `5 crore` in the box.",  # a backtick as a quote mark, glued to the digits
        "Grade N 1,200 pupils sat the test.",  # a naira "N" with a space needs a large figure
    ],
)
def test_letters_that_only_look_like_a_currency_are_not_money(text):
    assert all(f.kind != "money" for f in find_quantities(text))
