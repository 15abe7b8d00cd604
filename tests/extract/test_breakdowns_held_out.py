"""Breakdowns of a total written as real news writes them: what is a part and what is not."""

from __future__ import annotations

from audit.extract import extract_claims

HEAD = "Published: 2025-04-02\n\nHeadline\n\n"


def _links(text: str) -> list[tuple]:
    drafted = extract_claims(HEAD + text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (r["kind"], values[r["roles"]["total"]], [values[p] for p in r["roles"]["parts"]])
        for r in drafted["relations"]
        if r["kind"] in ("sum", "partial_sum")
    ]


def test_an_amount_in_brackets_after_a_part_is_part_of_that_part_not_of_the_total():
    text = (
        "The toll collected in Varnby in April is Rs 9,400 crore, of which bridge toll is "
        "Rs 2,100 crore, road toll is Rs 6,500 crore (including Rs 1,900 crore collected at "
        "the border) and ferry toll is Rs 800 crore (including Rs 90 crore at night), the "
        "board said.\n"
    )
    assert _links(text) == [
        ("sum", "Rs 9,400 crore", ["Rs 2,100 crore", "Rs 6,500 crore", "Rs 800 crore"])
    ]


def test_parts_of_a_total_said_to_be_above_its_figure_may_not_be_all_of_it():
    text = (
        "Oskar port's dues in May were a little over Rs 700 crore, of which the berth share "
        "was Rs 150 crore, while the crane and storage shares brought in Rs 200 crore and "
        "Rs 250 crore respectively.\n"
    )
    assert [kind for kind, _, _ in _links(text)] == ["partial_sum"]


def test_parts_of_a_plain_total_after_of_which_are_still_its_breakdown():
    text = (
        "Oskar port's dues in May were Rs 700 crore, of which the berth share was Rs 150 "
        "crore, while the crane and storage shares brought in Rs 200 crore and Rs 350 crore "
        "respectively.\n"
    )
    assert [kind for kind, _, _ in _links(text)] == ["sum"]


def test_counts_of_those_that_did_different_things_are_not_parts_of_the_whole():
    text = (
        "Among the 60 quarries inspected by the end of March, 41 reported dust problems and "
        "52 said their fences were broken, and 7 quarries had fines of more than 2 million "
        "marks.\n"
    )
    assert _links(text) == []


def test_parts_named_before_their_counts_are_still_some_of_the_whole():
    text = "Of the 9,000 new jobs in Tervik, shipping added 2,400 and farming 1,100 in May.\n"
    assert _links(text) == [("partial_sum", "9,000 jobs", ["2,400", "1,100"])]


def test_answers_to_one_question_still_split_the_whole():
    text = "Of the 900 Tervik residents polled, 520 said yes and 380 said no.\n"
    assert [kind for kind, _, _ in _links(text)] == ["sum"]


def test_a_second_breakdown_takes_the_articles_total_not_a_member_of_the_first():
    text = (
        "From January to April, fuel sales in Harrow Vale reached 5,000.0 million litres, up "
        "4.0 percent year-on-year.\n\n"
        "From January to April, the fuel sales in coastal areas was 3,900.0 million litres, up "
        "by 3.1 percent; in inland areas, it was 1,100.0 million litres, up by 6.2 percent.\n\n"
        "In terms of different users, From January to April, fuel sales to trucks were 1,800.0 "
        "million litres, up by 2.0 percent; fuel sales to cars were 3,200.0 million litres, up "
        "by 5.0 percent.\n"
    )
    totals = [total for kind, total, parts in _links(text) if "3,200.0 million litres" in parts]
    assert totals == ["5,000.0 million litres"]


def test_those_in_the_other_area_carry_the_first_parts_noun():
    text = (
        "Fuel sales in Kessel reached 2,410.0 million litres in the year.\n"
        "Sales in urban areas were 1,900.5 million litres while those in rural areas were "
        "509.5 million litres.\n"
    )
    assert _links(text) == [
        ("sum", "2,410.0 million litres", ["1,900.5 million litres", "509.5 million litres"])
    ]


def test_a_pair_of_governments_splits_the_revenue_the_sentence_before_states():
    text = (
        "Kessel's tax revenue rose 4.1 percent to 2.8 trillion crowns in the quarter. The "
        "central government collected 1.2 trillion crowns, down 1.0 percent, while local "
        "governments saw revenue climb 8.2 percent to 1.6 trillion crowns.\n"
    )
    assert _links(text) == [
        (
            "sum",
            "2.8 trillion",
            ["1.2 trillion", "1.6 trillion"],
        )
    ]


def test_a_pair_of_governments_does_not_split_a_total_of_something_else():
    text = (
        "Kessel's spending rose 4.1 percent to 2.8 trillion crowns in the quarter. The "
        "central government collected 1.2 trillion crowns, down 1.0 percent, while local "
        "governments saw revenue climb 8.2 percent to 1.6 trillion crowns.\n"
    )
    assert _links(text) == []


def test_a_pair_of_governments_does_not_reach_past_the_sentence_just_before():
    text = (
        "Kessel's tax revenue rose 4.1 percent to 2.8 trillion crowns in the quarter.\n"
        "Officials said collection had improved.\n"
        "The central government collected 1.2 trillion crowns, down 1.0 percent, while local "
        "governments saw revenue climb 8.2 percent to 1.6 trillion crowns.\n"
    )
    assert _links(text) == []


def _respectively(lead: str) -> list[tuple]:
    return _links(
        lead + "\nThe central and local governments collected 0.9 trillion crowns and 1.4 "
        "trillion crowns, respectively.\n"
    )


def test_a_pair_of_governments_respectively_splits_the_revenue_just_before():
    assert [
        total for _, total, _ in _respectively("Kessel's tax revenue was 2.3 trillion crowns.")
    ] == ["2.3 trillion"]


def test_a_pair_of_governments_respectively_does_not_split_spending():
    assert _respectively("Kessel's spending was 2.3 trillion crowns.") == []


def test_a_pair_respectively_takes_no_total_when_the_sentence_before_has_two():
    lead = "Kessel's tax revenue was 2.3 trillion crowns and its borrowing 0.4 trillion crowns."
    assert _respectively(lead) == []


def test_a_central_bank_and_local_banks_are_no_split_of_revenue():
    text = (
        "Kessel's tax revenue was 2.3 trillion crowns.\n"
        "The central bank and local banks collected 0.9 trillion crowns and 1.4 trillion "
        "crowns, respectively.\n"
    )
    assert _links(text) == []


def test_the_note_names_the_cue_that_chose_the_total_just_before():
    text = (
        "Kessel's tax revenue rose 4.1 percent to 2.8 trillion crowns in the quarter. The "
        "central government collected 1.2 trillion crowns, down 1.0 percent, while local "
        "governments saw revenue climb 8.2 percent to 1.6 trillion crowns.\n"
    )
    [note] = [
        r["note"] for r in extract_claims(HEAD + text, "x")["relations"] if r["kind"] == "sum"
    ]
    assert "the total just before names what a part names" in note


def test_two_parts_after_of_whom_may_be_the_largest_only(tmp_path):
    from tests.extract.snippets import audit_snippet

    text = (
        "Visitors\n\nArrivals numbered 2.4 million, of whom 910,000 came from the south and "
        "620,000 from the east.\n"
    )
    assert _links(text) == [("partial_sum", "2.4 million", ["910,000", "620,000"])]
    assert not [f for f in audit_snippet(tmp_path, "visitors", text) if f.status == "inconsistent"]
