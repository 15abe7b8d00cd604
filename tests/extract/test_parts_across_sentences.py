"""Totals and their parts spread over sentences as statistical releases write them: "Of the
total," under a headline with a narrower figure between, a list that does not say it is
complete, one part per sentence after "Among them", a period phrase before the trade subject,
a central/local split the total's words do not repeat, and a part that lifts the total."""

from __future__ import annotations

from tests.extract.snippets import assert_relation_verdict, audit_snippet, totals_and_parts

HEAD = "Published: 2024-07-15\n\nHeadline\n\n"


def _links(text: str, kind: str) -> list[tuple]:
    return totals_and_parts(HEAD + text + "\n", kind)


# --- "Of the total," reaches the headline, not the narrower figure just before -----------------

BUDGET = (
    "Tarrow's general budget revenue rose 6.0 percent to 510 billion yuan in the first half. "
    "Tax revenue increased 4.5 percent to 390 billion yuan. Of the total, {parts}."
)


def test_of_the_total_is_the_headline_above_a_narrower_figure():
    text = BUDGET.format(
        parts="regional revenue was 230 billion yuan, while town and district governments "
        "collected 280 billion yuan"
    )
    assert _links(text, "partial_sum") == [
        ("510 billion yuan", ["230 billion yuan", "280 billion yuan"], "low")
    ]


def test_of_the_total_central_and_local_parts_that_overshoot_the_headline_are_flagged(tmp_path):
    text = BUDGET.format(
        parts="the central government collected 250 billion yuan, while local governments "
        "collected 290 billion yuan"
    )
    assert _links(text, "sum") == [
        ("510 billion yuan", ["250 billion yuan", "290 billion yuan"], "low")
    ]
    assert_relation_verdict(tmp_path, "tarrow", HEAD + text + "\n", "sum", "inconsistent")


def test_parts_that_name_the_narrower_figures_own_thing_break_that_figure_down():
    text = BUDGET.format(
        parts="regional tax revenue was 230 billion yuan, while town and district tax revenue "
        "was 140 billion yuan"
    )
    assert _links(text, "partial_sum") == [
        ("390 billion yuan", ["230 billion yuan", "140 billion yuan"], "medium")
    ]


def test_a_figure_that_is_itself_a_part_passes_the_total_back_to_its_whole():
    text = (
        "Dock income was 75 million. Berth fees made up 45 million of it. Of the total, the "
        "east pier earned 41 million and the west pier 34 million."
    )
    assert _links(text, "partial_sum") == [("75 million", ["41 million", "34 million"], "low")]


def test_of_the_total_after_two_figures_of_the_kind_links_nothing():
    text = (
        "Tax revenue was 390 billion yuan and non-tax revenue 120 billion yuan in the first "
        "half. Of the total, regional revenue was 230 billion yuan, while town and district "
        "governments collected 280 billion yuan."
    )
    assert _links(text, "partial_sum") == []
    assert _links(text, "sum") == []


def _verdicts(tmp_path, text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for finding in audit_snippet(tmp_path, "parts", HEAD + text + "\n"):
        out.setdefault(finding.kind, []).append(finding.status)
    return out


# --- "Among them," with one part per sentence ------------------------------------------------

AMONG = (
    "Brenmoor's total value of imports and exports in the first quarter was 4.20 trillion yuan, "
    "up 6.0 percent. Among them, exports{to} reached 2.40 trillion yuan, up 9.0 percent. "
    "Imports{sfrom} reached {imports} trillion yuan, up 2.2 percent."
)


def test_among_them_with_one_part_a_sentence_splits_the_trade_total(tmp_path):
    text = AMONG.format(to="", sfrom="", imports="1.80")
    assert _links(text, "sum") == [
        ("4.20 trillion yuan", ["1.80 trillion yuan", "2.40 trillion yuan"], "low")
    ]
    verdicts = _verdicts(tmp_path, text)
    assert verdicts["sum"] == ["consistent"]
    assert verdicts["aggregate_growth"] == ["consistent"]


def test_among_them_parts_that_miss_the_trade_total_are_flagged(tmp_path):
    assert _verdicts(tmp_path, AMONG.format(to="", sfrom="", imports="1.60"))["sum"] == [
        "inconsistent"
    ]


def test_among_them_flows_with_one_partner_are_no_parts_of_the_total():
    text = AMONG.format(to=" to Norland", sfrom=" from Norland", imports="1.80")
    assert _links(text, "sum") == []


# --- a period phrase before the trade subject ------------------------------------------------

VALLEY = (
    "From January to March, the valley's foreign trade {what} stood at 820 billion yuan, up "
    "4.4 percent. Exports rose 6.0 percent to 500 billion yuan, while imports rose 2.0 percent "
    "to {imports} billion yuan."
)


def test_a_period_phrase_before_the_trade_subject_still_names_both_flows(tmp_path):
    text = VALLEY.format(what="in goods", imports="320")
    assert _links(text, "sum") == [
        ("820 billion yuan", ["500 billion yuan", "320 billion yuan"], "medium")
    ]
    verdicts = _verdicts(tmp_path, text)
    assert verdicts["sum"] == ["consistent"]
    assert verdicts["aggregate_growth"] == ["consistent"]


def test_flows_that_miss_the_trade_total_after_a_period_phrase_are_flagged(tmp_path):
    text = VALLEY.format(what="in goods", imports="350")
    assert _verdicts(tmp_path, text)["sum"] == ["inconsistent"]


def test_a_trade_surplus_after_a_period_phrase_is_no_sum_of_the_flows():
    sums = _links(VALLEY.format(what="surplus", imports="320"), "sum")
    assert [total for total, _, _ in sums if total == "820 billion yuan"] == []


# --- a central/local split the total's words do not repeat -----------------------------------

FENWICK = (
    "Fenwick's fiscal revenue fell 7.4 percent to {total} trillion yuan. The central {who} and "
    "local {who}s collected 2.40 trillion yuan and 2.80 trillion yuan, down 10.0 percent and "
    "5.0 percent, respectively."
)


def test_central_and_local_governments_each_named_split_the_revenue_before(tmp_path):
    text = FENWICK.format(total="5.20", who="government")
    assert _links(text, "sum") == [
        ("5.20 trillion yuan", ["2.40 trillion yuan", "2.80 trillion yuan"], "low")
    ]
    verdicts = _verdicts(tmp_path, text)
    assert verdicts["sum"] == ["consistent"]
    assert verdicts["aggregate_growth"] == ["consistent"]  # each rate with its own level


def test_a_central_and_local_split_that_misses_the_total_is_flagged(tmp_path):
    verdicts = _verdicts(tmp_path, FENWICK.format(total="5.60", who="government"))
    assert verdicts["sum"] == ["inconsistent"]


def test_a_central_bank_and_local_banks_are_no_split_of_revenue():
    assert _links(FENWICK.format(total="5.20", who="bank"), "sum") == []


# --- a flow that lifts the total, the other flow in the sentence before ----------------------

SORREL = (
    "Sorrel's exports{to} fell 1.0 percent to 240.00 billion dollars. During the year, imports "
    "rose 3.0 percent to 200.00 billion dollars and lifted total foreign trade to {total} "
    "billion dollars, up 0.8 percent."
)


def test_imports_lifting_total_trade_add_up_with_the_exports_before(tmp_path):
    text = SORREL.format(to="", total="440.00")
    assert _links(text, "sum") == [
        ("440.00 billion dollars", ["240.00 billion dollars", "200.00 billion dollars"], "low")
    ]
    verdicts = _verdicts(tmp_path, text)
    assert verdicts["sum"] == ["consistent"]
    assert verdicts["aggregate_growth"] == ["consistent"]


def test_a_lifted_total_the_flows_miss_is_flagged(tmp_path):
    assert _verdicts(tmp_path, SORREL.format(to="", total="460.00"))["sum"] == ["inconsistent"]


def test_exports_to_one_partner_are_no_part_of_the_lifted_total():
    assert _links(SORREL.format(to=" to Norland", total="440.00"), "sum") == []


# --- a list of users over the sentences after a total ------------------------------------------

VAREN = (
    "Varen's power use rose 4.0 percent to 100.0 billion kWh. {farms} 5.0 billion kWh, up 1.0 "
    "percent, while industry consumed {industry} billion kWh, up 3.0 percent. Services used "
    "15.0 billion kWh while households used 10.0 billion kWh, up 9.0 percent and 6.0 percent, "
    "respectively."
)


def test_a_list_of_users_over_the_next_sentences_is_at_most_the_total(tmp_path):
    text = VAREN.format(farms="Farms used", industry="70.0")
    assert _links(text, "partial_sum") == [
        (
            "100.0 billion kWh",
            ["5.0 billion kWh", "70.0 billion kWh", "15.0 billion kWh", "10.0 billion kWh"],
            "low",
        )
    ]
    assert _verdicts(tmp_path, text)["partial_sum"] == ["consistent"]


def test_a_list_of_users_larger_than_the_total_is_flagged(tmp_path):
    text = VAREN.format(farms="Farms used", industry="90.0")
    assert _verdicts(tmp_path, text)["partial_sum"] == ["inconsistent"]


def test_a_list_of_another_period_or_another_verb_is_no_breakdown():
    for farms in ("In March, farms used", "Farms produced"):
        assert _links(VAREN.format(farms=farms, industry="70.0"), "partial_sum") == []


# --- "Of this, A ..., while the remaining B": the rest makes the parts all of the total --------

GRANTS = "The county set aside 48.2 million euros for grants in 2025. {opening} {parts}."


def test_the_rest_after_an_anaphor_makes_the_parts_all_of_the_total(tmp_path):
    for opening in ("Of this,", "Out of the amount,"):
        for rest in ("the remaining 16.7 million euros", "the rest, 16.7 million euros,"):
            text = GRANTS.format(
                opening=opening,
                parts=f"31.5 million euros goes to farms, while {rest} is for towns",
            )
            assert _links(text, "sum") == [
                ("48.2 million euros", ["31.5 million euros", "16.7 million euros"], "medium")
            ], text
    wrong = GRANTS.format(
        opening="Of this,",
        parts="31.5 million euros goes to farms, while the remaining 19.7 million euros is "
        "for towns",
    )
    assert_relation_verdict(tmp_path, "grants", HEAD + wrong + "\n", "sum", "inconsistent")


def test_parts_after_an_anaphor_with_no_rest_are_at_most_the_total():
    text = GRANTS.format(
        opening="Of this,", parts="31.5 million euros goes to farms and 10.7 million euros to towns"
    )
    assert _links(text, "sum") == []
    assert _links(text, "partial_sum") == [
        ("48.2 million euros", ["31.5 million euros", "10.7 million euros"], "medium")
    ]


def test_a_hyphenated_qualifier_splits_like_its_first_word(tmp_path):
    # "foreign-invested" is the foreign side of "domestic"
    text = (
        "Sales abroad reached 156.7 billion dollars. Of that, the domestic sector supplied "
        "43.6 billion dollars and the foreign-invested sector {rest} billion dollars."
    )
    assert _links(text.format(rest="113.1"), "sum") == [
        ("156.7 billion dollars", ["43.6 billion dollars", "113.1 billion dollars"], "medium")
    ]
    wrong = HEAD + text.format(rest="131.1") + "\n"
    assert_relation_verdict(tmp_path, "sales", wrong, "sum", "inconsistent")


# --- "Broken down," opens the breakdown of the total just stated ----------------------------


def test_broken_down_breaks_down_the_total_just_before(tmp_path):
    text = (
        "Direct investment was only 6.2% ($418.40 million) of all inflows in the half. Broken "
        "down, share purchases came to ${equity}, and loans to $12.30 million."
    )
    assert _links(text.format(equity="406.10 million"), "partial_sum") == [
        ("$418.40 million", ["$406.10 million", "$12.30 million"], "medium")
    ]
    findings = audit_snippet(
        tmp_path, "inflows", HEAD + text.format(equity="406.10 billion") + "\n"
    )
    assert [f.status for f in findings if f.kind == "partial_sum"] == ["inconsistent"]
