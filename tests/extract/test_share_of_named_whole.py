"""A share alone in its sentence ("Cloud accounted for 27% of group revenue") whose part and
whole are stated in the sentences before: the part is the one earlier figure of the subject,
the whole the one earlier figure named by the words after "of". A guess: low confidence."""

from __future__ import annotations

import pytest

from tests.extract.snippets import assert_relation_verdict, audit_snippet, roles_written


def _shares(text: str) -> list[tuple]:
    return roles_written(text, "share", ("part", "whole"))


OK = (
    "Ferry fares brought in 42 million pounds. Transport revenue was 168 million pounds. "
    "Ferries accounted for 25 percent of transport revenue."
)


def test_the_part_and_the_whole_are_found_by_their_words():
    assert _shares(OK) == [("42 million pounds", "168 million pounds", "low")]


def test_a_slipped_share_fails(tmp_path):
    assert_relation_verdict(tmp_path, "ferries", OK, "share", "consistent")
    slip = OK.replace("25 percent", "35 percent")
    assert_relation_verdict(tmp_path, "ferries_slip", slip, "share", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        # the whole names a place the share does not: exports to one market are not all exports
        "Wine exports reached 9 million euros. Exports to Japan were 30 million euros. "
        "Wine made up 30% of exports.",
        # two earlier figures of the subject: the words do not say which is the part
        "Wine exports reached 9 million euros in June. Wine exports were 7 million euros in May. "
        "Total exports were 30 million euros. Wine made up 30% of total exports.",
        # a daily figure is not the whole
        "Wine exports reached 9 million euros. Daily exports were 0.1 million euros. "
        "Wine made up 30% of exports.",
        # the share names no whole stated before
        "Wine exports reached 9 million euros. Wine made up 30% of farm income.",
    ],
)
def test_no_share_where_the_words_do_not_single_out_part_and_whole(text):
    assert _shares(text) == []


def test_a_part_in_the_sentence_takes_its_whole_from_before(tmp_path):
    text = (
        "Club turnover rose to 40 million pounds. At 9.6 million pounds, ticket sales made up "
        "24 per cent of club turnover."
    )
    assert _shares(text) == [("9.6 million pounds", "40 million pounds", "low")]
    assert_relation_verdict(
        tmp_path, "club", text.replace("24 per", "30 per"), "share", "inconsistent"
    )


def test_an_undated_part_is_not_a_share_of_one_month_inside_the_span_reported():
    text = (
        "Published: 2024-12-04\n\nMills report\n\n"
        "Tarn milled 52.0 million tonnes of grain between January and October.\n"
        "Output in October was about 6 million tonnes.\n"
        "Arvo Mills milled 31.2 million tonnes, accounting for about 60 percent of total output.\n"
    )
    assert all(whole != "about 6 million tonnes" for _, whole, _ in _shares(text))


# ---- labels and brackets: the share names its whole, stated in another sentence -----------
WAGES_LABEL = (
    "The wage bill was £77m, up from £70m, while turnover was £141m. "
    "Wages as a proportion of turnover: 55%."
)


def test_a_label_names_the_part_and_the_whole_of_the_sentence_before(tmp_path):
    # the part is the wage bill's level, not the start of its rise
    assert _shares(WAGES_LABEL) == [("£77 million", "£141 million", "low")]
    assert_relation_verdict(tmp_path, "label", WAGES_LABEL, "share", "consistent")
    slip = WAGES_LABEL.replace("55%", "45%")
    assert_relation_verdict(tmp_path, "label_slip", slip, "share", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        "Turnover was £68.7m last season. The club paid wages of £46m (67% of turnover).",
        "The club paid wages of £46m (67% of turnover). Turnover was £68.7m last season.",
    ],
)
def test_a_share_in_brackets_takes_its_whole_from_the_sentence_before_or_after(text):
    assert _shares(text) == [("£46 million", "£68.7 million", "low")]


def test_a_share_naming_its_whole_then_its_part_at_an_amount(tmp_path):
    text = (
        "The club's turnover of £8.5m rose last year. "
        "It spent 52 per cent of turnover at £4.6m on wages."
    )
    assert _shares(text) == [("£4.6 million", "£8.5 million", "low")]
    # 4.6 / 8.5 is 54%: the slip a cross-sentence guess reports, as a warning at most
    assert_relation_verdict(tmp_path, "at_part", text, "share", "inconsistent")


@pytest.mark.parametrize(
    "text",
    [
        # two turnovers of two years: the words do not say which is the whole
        "Turnover was £68.7m in 2022 and £75m in 2023. The club paid wages of £46m "
        "(67% of turnover).",
        # "of them" names no whole
        "Turnover was £68.7m. The club paid wages of £46m (67% of them in bonuses).",
        # a rate of change in brackets is no share
        "Turnover was £68.7m. Wages rose 7% to £46m (up 9% on turnover).",
        # a count of other things is not a part of the votes
        "Some 12,000 votes were cast. The party won 52% of the vote at 4,600 polling stations.",
        # a label whose whole is stated nowhere
        "The wage bill was £4.6m. Wages as a proportion of turnover: 55%.",
        # a rate charged at a level of income, not a share of the income stated before
        "Average income is £35,000. The top tax takes 45 per cent of income at £150,000.",
        # a figure per year is a level, not a part
        "Turnover was £8.5m. Fees are 5 per cent of turnover at £4,000 a year.",
        # a fraction of people with no amount of the whole
        "Revenue was £8.5m. A quarter of respondents, or 1,200 people, said revenue mattered.",
    ],
)
def test_no_share_where_a_label_or_bracket_does_not_single_out_its_figures(text):
    assert _shares(text) == []


def test_a_total_stated_before_is_the_whole_a_fraction_names_without_total():
    text = "Total revenue was £4.8m. Matchday income of £1.2m made up a quarter of revenue."
    assert _shares(text) == [("£1.2 million", "£4.8 million", "low")]
    # another quantity of the same name is not the whole
    assert _shares(text.replace("Total revenue", "Daily revenue")) == []


FILLER = "The manager left in the spring. Crowds were thin. A new stand opened. The owner sold up. "


def test_a_whole_the_share_names_may_be_stated_further_back():
    text = (
        "The club's turnover of £8.5m rose last year. " + FILLER + "It spent 52 per cent of "
        "turnover at £4.6m on wages."
    )
    assert _shares(text) == [("£4.6 million", "£8.5 million", "low")]
    # two statements of the name further back: the words do not say which
    two = "Turnover was £7.9m at the rival club. " + text
    assert _shares(two) == []


def test_a_share_in_a_dash_aside_takes_the_whole_it_names():
    text = (
        "In all, 2,880,000 votes were cast. There were 603,000 postal votes – 20.9% of total votes."
    )
    assert _shares(text) == [("603,000 votes", "2,880,000 votes", "low")]


@pytest.mark.parametrize(("share", "verdict"), [("31.0", "consistent"), ("41.0", "inconsistent")])
def test_items_after_followed_by_are_not_named_by_the_share_before_them(tmp_path, share, verdict):
    # "of total sales" before ", followed by" names the first item's share, not the items after
    text = (
        "Store sales reached $8.40 billion in March.\n\n"
        "Groceries were the largest category at $3.02 billion, or 36.0 percent of total sales, "
        "followed by clothing at $1.41 billion and fuel at $0.95 billion.\n\n"
        f"The largest region was the north, at $2.60 billion, or {share} percent of total sales.\n"
    )
    assert ("$2.60 billion", "$8.40 billion", "low") in _shares(text)
    findings = audit_snippet(tmp_path, "stores", text)
    found = [f for f in findings if f.kind == "share" and "2.60" in f.quote]
    assert [f.status for f in found] == [verdict]


_KINDS_OF_IT = (
    "The council plans an estimated expenditure of $612.5 million next year. It splits into "
    "capital expenditure of $380.1 million and recurrent expenditure of $232.4 million.\n\n"
    "Debt service takes $42.9 million, which is {share} per cent of total expenditure."
)


@pytest.mark.parametrize(("share", "status"), [("7.0", "consistent"), ("17", "inconsistent")])
def test_the_total_is_not_a_kind_of_it_named_before(tmp_path, share, status):
    # capital and recurrent expenditure are kinds of it; the estimated expenditure is it
    text = _KINDS_OF_IT.format(share=share)
    assert [w for p, w, _ in _shares(text) if p == "$42.9 million"] == ["$612.5 million"]
    findings = audit_snippet(tmp_path, "council", text)
    shares = [f for f in findings if f.kind == "share" and "42.9" in str(f.quote)]
    assert [f.status for f in shares] == [status]


_ASIDE = (
    "Ostria unveils $38.2 billion budget for 2025\n\nRevenue is put at $35.0 billion.\n\n"
    "* $1.91 billion for the islands, {share}% of the national budget\n"
)


@pytest.mark.parametrize(("share", "status"), [("5.0", "consistent"), ("4.0", "inconsistent")])
def test_a_share_as_an_aside_after_its_part_takes_the_budget_the_headline_names(
    tmp_path, share, status
):
    text = _ASIDE.format(share=share)
    assert [w for _, w, _ in _shares(text)] == ["$38.2 billion"]
    findings = audit_snippet(tmp_path, "ostria", text)
    assert [f.status for f in findings if f.kind == "share"] == [status]


def test_a_change_named_by_the_whole_is_no_whole():
    # "exports were down by $405 million" is the fall, not the exports
    text = (
        "Dairy led the fall: total exports were down by $405 million. The deficit was $213 "
        "million, or 5.5 percent of exports."
    )
    assert _shares(text) == []
