"""Sums and balances told in words: a deficit and the sources said to finance it, spending
and income and the deficit they leave in the next sentence, a stock drawn down by a deficit,
and a revision written as its size, its first estimate and the revised one."""

import pytest

from tests.extract.snippets import assert_relation_verdict, totals_and_parts

FINANCED = (
    "The budget deficit of 412 billion pesos was plugged using net foreign borrowing of"
    " {a} billion pesos and net domestic financing of {b} billion pesos."
)
# The gap named after its figure.
NAMED_AFTER = (
    "The 412 billion peso budget deficit was financed by foreign borrowing of 250.5 billion"
    " pesos and bond sales of {b} billion pesos."
)
# A forecast, its bracketed restatement in dollars, "hole" for the gap.
HOLE = (
    "The Tarvo budget hole of 88.0 billion rand ($4.8 billion) will be financed by bond"
    " issues of 60.0 billion rand and loans of {b} billion rand."
)
SPENT = (
    "The town spent a total of 300.0 billion dollars and earned 150.0 billion dollars. After"
    " a {what} of 20.0 billion dollars from land sales, that left a cumulative deficit of"
    " {d} billion dollars."
)
# The income and the profit followed by long clauses with no figure in them.
SPENT_LONG = (
    "The port had spent a total of 41.3 million euros and had earned 17.4 million euros between"
    " April – the start of its year – and October. After taking into account a profit of 6.6"
    " million euros generated from the sale of old cranes to a shipyard in the north, that left"
    " a cumulative deficit of {d} million euros."
)
# The deficit after a clause of its own in the next sentence.
STOCK_LATER = (
    "Fiscal reserves stood at 910 million dinars in March. Furthermore, the council recorded a"
    " fiscal deficit of 140 million dinars for the next quarter, resulting in a decrease in"
    " fiscal reserves to {r} million dinars."
)
STOCK = (
    "Reserves will reach 700.0 billion at year end. Next year's deficit of 50.0 billion will"
    " bring {stock} down to {r} billion."
)
REVISED = "The surplus was revised {way} by $0.42 billion from $5.10 billion to ${e} billion."
REVISED_NEXT = (
    "The May surplus was revised downwards by $0.65 billion due to late customs returns (LCR)."
    " The revision was from the preliminary surplus of $3.40 billion to the revised surplus of"
    " ${e} billion."
)


@pytest.mark.parametrize(
    "name,text,verdict",
    [
        ("financed", FINANCED.format(a="250.5", b="161.5"), "consistent"),
        ("financed_bad", FINANCED.format(a="250.5", b="171.5"), "inconsistent"),
        ("named_after", NAMED_AFTER.format(b="161.5"), "consistent"),
        ("named_after_bad", NAMED_AFTER.format(b="171.5"), "inconsistent"),
        ("hole", HOLE.format(b="28.0"), "consistent"),
        ("hole_bad", HOLE.format(b="38.0"), "inconsistent"),
        ("spent", SPENT.format(what="profit", d="130.0"), "consistent"),
        ("spent_bad", SPENT.format(what="profit", d="140.0"), "inconsistent"),
        ("spent_long", SPENT_LONG.format(d="17.3"), "consistent"),
        ("spent_long_bad", SPENT_LONG.format(d="19.3"), "inconsistent"),
        ("stock_later", STOCK_LATER.format(r="770"), "consistent"),
        ("stock_later_bad", STOCK_LATER.format(r="790"), "inconsistent"),
        ("stock", STOCK.format(stock="reserves", r="650.0"), "consistent"),
        ("stock_bad", STOCK.format(stock="reserves", r="640.0"), "inconsistent"),
        ("revised", REVISED.format(way="downwards", e="4.68"), "consistent"),
        ("revised_bad", REVISED.format(way="downwards", e="4.78"), "inconsistent"),
        ("revised_next", REVISED_NEXT.format(e="2.75"), "consistent"),
        ("revised_next_bad", REVISED_NEXT.format(e="2.95"), "inconsistent"),
    ],
)
def test_a_sum_told_in_words_is_checked(tmp_path, name, text, verdict):
    assert_relation_verdict(tmp_path, name, text, "sum", verdict)


def test_a_revision_up_adds_its_size_to_the_first_estimate():
    text = "The deficit was revised upwards by $0.30 billion from $2.10 billion to $2.40 billion."
    assert totals_and_parts(text, "sum", "revised_up") == [
        ("$2.40 billion", ["$0.30 billion", "$2.10 billion"], "medium")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # financed only in part: the sources need not cover the gap
        "The budget deficit of 412 billion pesos was plugged partly using net foreign borrowing"
        " of 250.5 billion pesos and net domestic financing of 100.0 billion pesos.",
        # a loss adds to the gap: not a part that makes the spending
        SPENT.format(what="loss", d="170.0"),
        # another stock than the one stated
        STOCK.format(stock="debt", r="650.0"),
        # a revision by a rate is no amount to add
        "The surplus was revised downwards by 8.2% from $5.10 billion to $4.68 billion.",
        # a revision of another month
        "The May surplus was revised downwards by $0.65 billion due to late customs returns."
        " The revision of April was from $3.40 billion to $2.75 billion.",
    ],
)
def test_near_misses_link_no_sum(text):
    assert totals_and_parts(text, "sum") == []
