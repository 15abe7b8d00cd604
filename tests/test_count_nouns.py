"""Counts keep their noun as their unit: counts of different things are never added,
subtracted or aggregated (not checked, with the reason), counts of one thing are."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.pipeline import run_check

# Invented figures: 13,000 workers and 350 stores are counts of different things.
CLAIMS = """\
article: {id: chain}
claims:
  - {id: workers, value: "13,000 workers"}
  - {id: stores, value: "350 stores"}
  - {id: staff_total, value: "13,350 workers"}
  - {id: bare_total, value: "13,350"}
  - {id: one_worker, value: "1 worker"}
  - {id: sum_of_one, value: "13,001 workers"}
  - {id: wrong_sum_of_one, value: "13,700 workers"}
  - {id: workers_rate, value: "5%"}
  - {id: stores_rate, value: "2%"}
  - {id: total_rate, value: "4.9%"}
  - {id: gap_rate, value: "5.1%"}
  - {id: more_workers, value: "12,000 workers"}
  - {id: fewer_workers, value: "400 worker"}
relations:
  - {id: sum_mixed, kind: sum, roles: {total: staff_total, parts: [workers, stores]}}
  - {id: sum_mixed_bare_total, kind: sum, roles: {total: bare_total, parts: [workers, stores]}}
  - {id: sum_other_noun, kind: sum, roles: {total: staff_total, parts: [stores]}}
  - {id: partial_mixed, kind: partial_sum, roles: {total: staff_total, parts: [stores]}}
  - {id: change_mixed, kind: change, roles: {end: workers, change: stores}}
  - {id: difference_mixed, kind: difference_growth,
     roles: {a: workers, a_rate: workers_rate, b: stores, b_rate: stores_rate, rate: gap_rate}}
  - {id: aggregate_mixed, kind: aggregate_growth,
     roles: {rate: total_rate, levels: [workers, stores], rates: [workers_rate, stores_rate]}}
  - {id: sum_singular_plural, kind: sum, roles: {total: sum_of_one, parts: [workers, one_worker]}}
  - {id: sum_singular_plural_wrong, kind: sum,
     roles: {total: wrong_sum_of_one, parts: [workers, one_worker]}}
  - {id: difference_same, kind: difference_growth,
     roles: {a: workers, a_rate: workers_rate, b: fewer_workers, b_rate: stores_rate,
             rate: gap_rate}}
  - {id: aggregate_same, kind: aggregate_growth,
     roles: {rate: total_rate, levels: [workers, more_workers],
             rates: [workers_rate, stores_rate]}}
"""


def _verdicts(tmp_path: Path, name: str, text: str) -> dict[str, tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report, _ = run_check([path])
    assert not report.errors, report.errors
    return {f.relation: (f.status, f.message) for f in report.findings()}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, tuple[str, str]]:
    return _verdicts(tmp_path_factory.mktemp("counts"), "chain.yaml", CLAIMS)


@pytest.mark.parametrize(
    "relation",
    [
        "sum_mixed",
        "sum_mixed_bare_total",
        "sum_other_noun",
        "partial_mixed",
        "change_mixed",
        "difference_mixed",
        "aggregate_mixed",
    ],
)
def test_counts_of_different_things_are_not_checked_and_say_why(verdicts, relation):
    status, message = verdicts[relation]
    assert status == "unverifiable", (relation, message)
    assert message.startswith("Cannot be checked")
    assert "different units" in message or "cannot be added" in message, message


@pytest.mark.parametrize("relation", ["sum_mixed", "sum_mixed_bare_total"])
def test_a_sum_of_counts_of_different_things_says_what_differs(verdicts, relation):
    assert verdicts[relation] == (
        "unverifiable",
        "Cannot be checked: counts of workers and of stores cannot be added.",
    )


def test_counts_of_one_thing_add_whether_singular_or_plural(verdicts):
    status, message = verdicts["sum_singular_plural"]
    assert status == "consistent", message
    assert "13,001 workers" in message
    # Checked, not waved through: a total past the rounding of "13,000" fails.
    assert verdicts["sum_singular_plural_wrong"][0] == "inconsistent"


def test_counts_of_one_thing_meet_in_a_difference_and_an_aggregate(verdicts):
    # 13,000 up 5% less 400 up 2% grows 5.1%; 13,000 and 12,000 up 5% and 2% grow 3.56%.
    assert verdicts["difference_same"][0] == "consistent", verdicts["difference_same"]
    assert verdicts["aggregate_same"][0] in ("consistent", "inconsistent")
    assert "different units" not in verdicts["aggregate_same"][1]


ARTICLE = """\
Published: 2024-03-01

The chain's 13,350 sites comprised 13,000 workers and 350 stores, the company said.

The 2,001 workers comprised 2,000 workers in cities and 1 worker abroad.

The trust's 1,400 staff comprised 900 nurses and 350 doctors, the report said.
"""


def test_from_article_text_counts_of_different_things_are_never_added(tmp_path):
    got = _verdicts(tmp_path, "chain.txt", ARTICLE)
    sums = {name: verdict for name, verdict in got.items() if name.startswith("sum_")}
    mixed = [v for v in sums.values() if "13,350" in v[1] or "cannot be added" in v[1]]
    assert mixed, sums
    for status, message in mixed:
        assert status == "unverifiable" and "cannot be added" in message, message
    by_total = {message.split(";")[0]: status for status, message in sums.values()}
    # One noun in the singular and the plural adds up; nurses and doctors are both people,
    # and 900 + 350 is not 1,400.
    assert by_total["The total is stated as 2,001 workers"] == "consistent"
    assert by_total["The total is stated as 1,400 staff"] == "inconsistent"


# Invented figures: 70 million yuan shared over 350 stores is 200,000 yuan a store.
PER_CAPITA = """\
article: {id: pay}
claims:
  - {id: wages, value: "70 million yuan"}
  - {id: stores, value: "350 stores"}
  - {id: workers, value: "350 workers"}
  - {id: bare, value: "350"}
  - {id: per_worker, value: "200,000 yuan per worker"}
  - {id: per_person, value: "200,000 yuan per person"}
  - {id: per_one_store, value: "900,000 yuan per store"}
relations:
  - {id: per_worker_of_stores, kind: per_capita,
     roles: {total: wages, count: stores, per_capita: per_worker}}
  - {id: per_person_of_stores, kind: per_capita,
     roles: {total: wages, count: stores, per_capita: per_person}}
  - {id: per_store_of_stores, kind: per_capita,
     roles: {total: wages, count: stores, per_capita: per_one_store}}
  - {id: per_worker_of_workers, kind: per_capita,
     roles: {total: wages, count: workers, per_capita: per_worker}}
  - {id: per_person_of_workers, kind: per_capita,
     roles: {total: wages, count: workers, per_capita: per_person}}
  - {id: per_worker_of_a_bare_count, kind: per_capita,
     roles: {total: wages, count: bare, per_capita: per_worker}}
"""


def test_a_rate_per_one_thing_is_not_checked_against_a_count_of_another(tmp_path):
    got = _verdicts(tmp_path, "pay.yaml", PER_CAPITA)
    assert got["per_worker_of_stores"] == (
        "unverifiable",
        "Cannot be checked: per worker against a count of stores.",
    )
    assert got["per_person_of_stores"][0] == "unverifiable"
    assert "per person against a count of stores" in got["per_person_of_stores"][1]
    # Per what the count counts, singular or plural, or per anything of a bare count: checked.
    assert got["per_store_of_stores"][0] == "inconsistent"
    assert got["per_worker_of_workers"][0] == "consistent"
    assert got["per_person_of_workers"][0] == "consistent"  # workers are people
    assert got["per_worker_of_a_bare_count"][0] == "consistent"


def test_a_count_of_a_thing_the_units_do_not_name_is_a_kind_of_its_own():
    from audit.claims.values import parse_value
    from audit.errors import InputError

    stalls, one_stall, ferries = (
        parse_value(v).unit for v in ("350 counted stalls", "1 counted stall", "9 counted ferries")
    )
    assert stalls.dimension == one_stall.dimension != ferries.dimension
    assert stalls.dimension != parse_value("350 stores").unit.dimension
    # A noun the units name keeps its own kind: counted workers are workers.
    assert parse_value("5 counted workers").unit == parse_value("5 workers").unit
    with pytest.raises(InputError, match="not a counted thing"):
        parse_value("5 counted tonnes")
    with pytest.raises(InputError, match="counted NOUN"):
        parse_value("1,200 widgets")


# Invented: visitors are people, kiosks are a thing the units do not name.
FAIR = """\
Published: 2024-05-01

The 2,450 comprised 2,100 visitors and 350 kiosks, organisers said.

The fair's 1,000 kiosks comprised 600 kiosks indoors and 300 kiosks outdoors.
"""


def test_from_article_text_a_count_of_an_unnamed_thing_keeps_its_noun(tmp_path):
    got = _verdicts(tmp_path, "fair.txt", FAIR)
    sums = sorted(verdict for name, verdict in got.items() if name.startswith("sum_"))
    assert (
        "unverifiable",
        "Cannot be checked: counts of visitors and of kiosks cannot be added.",
    ) in sums, sums
    # Counts of one unnamed thing still add, and are checked: 600 + 300 is not 1,000.
    assert any(s == "inconsistent" and "1,000" in m for s, m in sums), sums


@pytest.mark.parametrize(
    "people",
    ["porters", "volunteers", "journalists", "protesters", "babies", "inhabitants", "visits"],
)
def test_news_counts_of_people_are_counts_of_people(people):
    from audit.claims.values import parse_value

    assert parse_value(f"40 {people}").unit.dimension == parse_value("40 staff").unit.dimension


def test_counts_of_banks_and_of_laptops_are_firms_and_devices():
    from audit.claims.values import parse_value

    def kind(value: str) -> str:
        return parse_value(value).unit.dimension

    assert kind("12 banks") == kind("3 companies") != kind("12 laptops") == kind("4 phones")
