"""Tables set as lines of text: cells read from the header, relations from the layout.

Invented tables: a header names each column's year, unit and scale, or its type (a share, a
change); the rows are checked against each other (sums, shares, growth) and against a figure
the text restates. A header not understood, a footnoted row or a missing cell links nothing.
"""

from audit.extract import extract_claims
from tests.extract.snippets import assert_relation_verdict, audit_snippet

PIPES = """Date: 2024-03-02

Velmaria's farm output reached 61.80 billion euros in 2023.

Crop | 2023 (10 million euros) | share (%)
Total | 6180 | 100.0
Grain | 2410 | 39.0
Fruit | 1520 | 24.6
Livestock | 2250 | 36.4
"""

SPACES = """Date: 2024-06-12

Harbour calls at Osterby, as published by the port office:
2024 2023 Change (in %)
April 4,812 4,350 10.6
"""


def _relations(text: str) -> list[dict]:
    return extract_claims(text, "x")["relations"]


def _kinds(text: str) -> list[str]:
    return sorted(r["kind"] for r in _relations(text))


def _statuses(tmp_path, name: str, text: str, kind: str) -> list[str]:
    return [f.status for f in audit_snippet(tmp_path, name, text) if f.kind == kind]


def test_a_pipe_table_gives_its_sum_shares_and_the_texts_restatement(tmp_path):
    assert _statuses(tmp_path, "pipes", PIPES, "sum") == ["consistent"]
    assert _statuses(tmp_path, "pipes", PIPES, "share") == ["consistent"] * 3
    assert _statuses(tmp_path, "pipes", PIPES, "restate") == ["consistent"]


def test_a_cell_in_the_headers_scale_is_the_amount_it_stands_for():
    claims = {c["id"]: c for c in extract_claims(PIPES, "x")["claims"]}
    assert claims["grain_2023"]["value"] == "24.10 billion euros"
    assert claims["grain_share_2023"]["value"] == "39.0%"
    # the header's own figures are no claims: "2023" is a period, "10 million" a scale
    assert not [c for c in claims.values() if c["value"].startswith("10 million")]


def test_a_wrong_share_cell_is_flagged(tmp_path):
    text = PIPES.replace("Fruit | 1520 | 24.6", "Fruit | 1520 | 26.4")
    assert sorted(_statuses(tmp_path, "share", text, "share")) == [
        "consistent",
        "consistent",
        "inconsistent",
    ]


def test_a_wrong_total_is_flagged(tmp_path):
    text = PIPES.replace("Total | 6180 | 100.0", "Total | 6810 | 100.0").replace(
        "61.80 billion", "68.10 billion"
    )
    assert _statuses(tmp_path, "total", text, "sum") == ["inconsistent"]


def test_a_text_figure_that_misstates_the_total_is_flagged(tmp_path):
    text = PIPES.replace("61.80 billion euros", "16.80 billion euros")
    assert_relation_verdict(tmp_path, "restate", text, "restate", "inconsistent")


def test_a_text_figure_of_another_year_restates_nothing():
    text = PIPES.replace("in 2023.", "in 2022.")
    assert "restate" not in _kinds(text)


def test_a_single_space_table_gives_the_growth_of_its_row(tmp_path):
    assert_relation_verdict(tmp_path, "spaces", SPACES, "growth", "consistent")
    wrong = SPACES.replace("10.6", "16.0")
    assert_relation_verdict(tmp_path, "spaces_wrong", wrong, "growth", "inconsistent")


def test_a_rows_first_level_is_read_with_the_period_of_its_column():
    claims = extract_claims(SPACES, "x")["claims"]
    assert [(c["value"], c.get("period")) for c in claims] == [
        ("4,812", "2024-04"),
        ("4,350", "2023-04"),
        ("10.6%", "2024-04"),
    ]


def test_a_unit_on_the_header_s_second_line_and_a_scale_in_the_title(tmp_path):
    text = """Date: 2024-06-12

Cruise earnings (in U.S. dollar mln)
2024 2023 Change
(in %)
March 88.4 80.1 10.4
"""
    claims = {c["value"] for c in extract_claims(text, "x")["claims"]}
    assert "88.4 million U.S. dollar" in claims
    assert_relation_verdict(tmp_path, "title", text, "growth", "consistent")


def test_wide_spaces_and_tabs_split_cells_too(tmp_path):
    text = """Date: 2024-06-12

Region\t2023 (million lari)\t2022 (million lari)\tgrowth (%)
Coast\t412.0\t380.0\t8.4
Hills\t95.5\t101.6\t-6.0
"""
    assert _statuses(tmp_path, "tabs", text, "growth") == ["consistent", "consistent"]
    wide = text.replace("\t", "   ")
    assert _statuses(tmp_path, "wide", wide, "growth") == ["consistent", "consistent"]


def test_a_unit_the_grammar_does_not_read_is_said_in_the_metric():
    text = PIPES.replace("euros", "florins")
    claims = {c["id"]: c for c in extract_claims(text, "x")["claims"]}
    assert claims["grain_florins_2023"]["value"] == "24.10 billion"
    assert claims["grain_florins_2023"]["metric"] == "grain (florins)"


def test_a_footnoted_row_and_a_missing_cell_are_skipped_not_guessed():
    footnoted = PIPES.replace("Fruit | 1520 | 24.6", "Fruit | 1520* | 24.6")
    kinds = _kinds(footnoted)
    assert "sum" not in kinds and kinds.count("share") == 2
    missing = PIPES.replace("Fruit | 1520 | 24.6", "Fruit | 1520 | n/a")
    assert "sum" not in _kinds(missing)
    row = SPACES.replace("April 4,812", "April 4,812*")
    assert "growth" not in _kinds(row)


def test_subrows_make_the_total_a_partial_sum():
    text = PIPES.replace(
        "Livestock | 2250 | 36.4", "Livestock | 2250 | 36.4\nof which dairy | 900 | 14.6"
    )
    assert "partial_sum" in _kinds(text) and "sum" not in _kinds(text)


def test_a_header_not_understood_links_nothing():
    text = PIPES.replace("Crop | 2023 (10 million euros) | share (%)", "Crop | Amount | Other")
    assert [r for r in _relations(text) if "table" in r.get("note", "")] == []
    # numbers in rows with no header naming their columns are no table
    bare = SPACES.replace("2024 2023 Change (in %)\n", "")
    assert "growth" not in _kinds(bare)


def test_a_single_space_row_with_a_number_too_few_ends_the_table():
    text = SPACES + "May 5,020 4,601\n"
    assert _kinds(text).count("growth") == 1


def test_a_text_figure_that_names_no_row_restates_nothing():
    # after the table, of the same year and currency, but of a row the table does not have
    text = PIPES + "\nFishing brought in 9.10 billion euros in 2023.\n"
    assert _kinds(text).count("restate") == 1  # the lead-in's, of the Total row
    # a row named in the text is restated: "Fruit ... 15.20 billion euros" is the Fruit cell
    named = PIPES + "\nFruit sales came to 15.20 billion euros in 2023.\n"
    assert _kinds(named).count("restate") == 2


def test_quarter_columns_and_a_unit_in_the_label_header(tmp_path):
    text = """Date: 2024-07-30

| Line (million euros) | Q2 2024 | Q2 2023 | change (%) |
|---|---|---|---|
| Ferries | 140.5 | 125.0 | 12.4 |
| Trams | 60.2 | 62.1 | -3.1 |
"""
    claims = {(c["value"], c.get("period")) for c in extract_claims(text, "x")["claims"]}
    assert ("140.5 million euros", "2024-04/2024-06") in claims
    assert _statuses(tmp_path, "quarters", text, "growth") == ["consistent", "consistent"]
    wrong = text.replace("-3.1", "-1.3")
    assert sorted(_statuses(tmp_path, "quarters_wrong", wrong, "growth")) == [
        "consistent",
        "inconsistent",
    ]


def test_a_share_of_another_whole_is_no_share_of_the_total():
    text = PIPES.replace("share (%)", "share of world (%)")
    assert "share" not in _kinds(text)


def test_an_average_row_or_overlapping_months_make_no_sum():
    average = PIPES.replace(
        "Livestock | 2250 | 36.4", "Livestock | 2250 | 36.4\nAverage | 2060 | 33.3"
    )
    assert "sum" not in _kinds(average)
    months = """Date: 2024-06-12

Month | 2024 (thousand tonnes) | 2023 (thousand tonnes)
Total | 300 | 280
March | 100 | 90
Jan-March | 200 | 190
"""
    assert "sum" not in _kinds(months)


LISTED = """Date: 2022-02-20

Revised regional accounts of Pellaro in 2021

Columns: Value added (100 million lire): revised, first estimate; Share (%): revised, first estimate

Pellaro | 5120 | 5050 | 100.0 | 100.0
Upland | 1210 | 1180 | 23.6 | 23.4
Lowland | 3910 | 3870 | 76.4 | 76.6
"""


def test_columns_listed_over_the_rows_and_a_year_in_the_title(tmp_path):
    text = LISTED.replace("Pellaro |", "Total |")
    claims = {(c["value"], c.get("period")) for c in extract_claims(text, "x")["claims"]}
    assert ("121.0 billion", "2021") in claims  # lire: a unit the grammar does not read
    assert _statuses(tmp_path, "listed", text, "sum") == ["consistent", "consistent"]
    assert _statuses(tmp_path, "listed", text, "share") == ["consistent"] * 4
    wrong = text.replace("| 76.4 |", "| 74.6 |")
    assert sorted(_statuses(tmp_path, "listed_wrong", wrong, "share")) == [
        "consistent",
        "consistent",
        "consistent",
        "inconsistent",
    ]


def test_a_first_row_not_named_as_a_total_is_no_total():
    assert [r for r in _relations(LISTED) if "table" in r.get("note", "")] == []


def test_a_change_beside_two_rates_is_no_growth():
    # "Change (%)" beside two rates may be in points: left unread
    rates = """Date: 2024-06-12

Indicator | 2024 | 2023 | Change (%)
Jobless rate | 5.1 | 4.8 | 0.3
Vacancies | 412 | 400 | 3.0
"""
    growths = [r for r in _relations(rates) if r["kind"] == "growth"]
    assert [r["roles"]["end"] for r in growths] == ["vacancies_2024"]
    header = rates.replace("Indicator |", "Rate (%) |")
    assert "growth" not in _kinds(header)
    cells = rates.replace("| 5.1 | 4.8 |", "| 5.1% | 4.8% |").replace("Jobless rate", "Jobless")
    assert len([r for r in _relations(cells) if r["kind"] == "growth"]) == 1


WIRE = """Date: 2024-05-08

Visitor arrivals in Morvania rose 9.1 percent year-on-year in April.

The following table shows visitor arrivals:
2024 2023 Change (in %)
April 5,500 5,041 9.1
"""


def test_the_texts_rate_restates_the_change_cell_of_its_month(tmp_path):
    assert_relation_verdict(tmp_path, "wire", WIRE, "restate", "consistent")
    wrong = WIRE.replace("rose 9.1 percent", "rose 9.4 percent")
    assert_relation_verdict(tmp_path, "wire_wrong", wrong, "restate", "inconsistent")
    # another month in the text: no cell of the table is its restatement
    other = WIRE.replace("in April.", "in March.")
    assert "restate" not in _kinds(other)


def test_a_currency_sign_in_the_title_goes_before_the_number(tmp_path):
    text = """Date: 2024-05-08

Ferry revenue by route (US$ mln)
Route | 2024 | 2023 | change (%)
Harbour | 161.2 | 150.0 | 7.5
Islands | 80.5 | 90.0 | -10.6
"""
    values = [c["value"] for c in extract_claims(text, "x")["claims"]]
    assert values[:2] == ["US$161.2 million", "US$150.0 million"]
    assert _statuses(tmp_path, "sign", text, "growth") == ["consistent", "consistent"]
    wrong = text.replace("-10.6", "-11.8")
    assert sorted(_statuses(tmp_path, "sign_wrong", wrong, "growth")) == [
        "consistent",
        "inconsistent",
    ]
