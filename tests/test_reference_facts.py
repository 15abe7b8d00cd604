"""Shipped World Bank facts: figures no one typed in are checked against them, and slips found."""

from __future__ import annotations

import json
import time

import pytest
from cli_helpers import run_main

from audit.reference.facts import load_facts

HEADER = "article:\n  id: {id}\n  title: An invented note\n  published: {published}\nclaims:\n"


def claims_file(
    tmp_path,
    name: str,
    claims: list[tuple[str, str, str, str, str]],
    relations: str,
    published: str = "2024-01",
) -> str:
    text = HEADER.format(id=name, published=published)
    for cid, entity, metric, period, value in claims:
        text += (
            f"  - id: {cid}\n    entity: {entity}\n    metric: {metric}\n"
            f'    period: "{period}"\n    value: {value}\n'
        )
    path = tmp_path / f"{name}.yaml"
    path.write_text(text + "relations:\n" + relations, encoding="utf-8")
    return str(path)


def verdicts(paths, capsys, monkeypatch, *extra) -> dict[str, dict]:
    code, out, err = run_main(
        ["check", *paths, "--format", "json", "--fail-on", "never", *extra], capsys, monkeypatch
    )
    assert code == 0, err
    return {f"{f['article']}/{f['relation']}": f for f in json.loads(out)["findings"]}


SHARE = (
    "  - id: r\n    kind: share\n    roles:\n      part: part\n      whole: {{fact: {fact}}}\n"
    "      share: share\n"
)


@pytest.mark.parametrize(
    ("country", "fact", "year", "part", "share"),
    [
        ("India", "ind.gdp", "2019", "68.5 billion dollars", "2.4%"),  # about 2.42% of 2.84 tn
        ("Nigeria", "nigeria.gdp", "2022", "9.5 billion dollars", "2.0%"),  # of about 477 bn
        ("Japan", "jpn.gdp", "2015", "1.3 trillion dollars", "30%"),  # of about 4.44 tn
    ],
)
def test_share_of_gdp_holds_and_a_factor_of_1000_is_a_scale_slip(
    tmp_path, capsys, monkeypatch, country, fact, year, part, share
):
    relations = SHARE.format(fact=f"{fact}.{year}")
    good = claims_file(
        tmp_path,
        "good",
        [
            ("part", country, "spending", year, part),
            ("share", country, "share of GDP", year, share),
        ],
        relations,
    )
    number, scale, unit = part.split()
    slipped_scale = {"billion": "million", "trillion": "billion"}[scale]
    bad = claims_file(
        tmp_path,
        "bad",
        [
            ("part", country, "spending", year, f"{number} {slipped_scale} {unit}"),
            ("share", country, "share of GDP", year, share),
        ],
        relations,
    )
    found = verdicts([good, bad], capsys, monkeypatch)
    assert found["good/r"]["status"] == "consistent"
    assert found["bad/r"]["status"] == "inconsistent"
    assert f"{slipped_scale} written for {scale}" in found["bad/r"]["message"]


def test_per_capita_and_gdp_level_against_population_and_gdp(tmp_path, capsys, monkeypatch):
    relations = (
        "  - id: level\n    kind: reference\n    roles:\n      value: gdp\n"
        "      reference: {fact: india.gdp.2019}\n"
        "  - id: head\n    kind: per_capita\n    roles:\n      total: gdp\n"
        "      count: {fact: ind.population.2019}\n      per_capita: pc\n"
    )
    claims = [
        ("gdp", "India", "GDP", "2019", "2.84 trillion dollars"),
        ("pc", "India", "GDP per capita", "2019", "about 2,040 dollars"),
    ]
    ok = claims_file(tmp_path, "ok", claims, relations)
    claims[0] = ("gdp", "India", "GDP", "2019", "2.84 billion dollars")
    slip = claims_file(tmp_path, "slip", claims, relations)
    found = verdicts([ok, slip], capsys, monkeypatch)
    assert found["ok/level"]["status"] == "consistent"
    assert found["ok/head"]["status"] == "consistent"
    assert found["slip/level"]["status"] == "inconsistent"
    assert "billion written for trillion" in found["slip/level"]["message"]


def test_a_users_fact_wins_over_the_shipped_one_and_the_report_says_so(
    tmp_path, capsys, monkeypatch
):
    reference = tmp_path / "mine.csv"
    reference.write_text(
        "id,entity,metric,period,value,vintage,released,source\n"
        "ind.gdp.2019,India,GDP,2019,3.5 trillion dollars,my estimate,2020-01,"
        "my office\n",
        encoding="utf-8",
    )
    path = claims_file(
        tmp_path,
        "user",
        [("gdp", "India", "GDP", "2019", "3.5 trillion dollars")],
        "  - id: level\n    kind: reference\n    roles:\n      value: gdp\n"
        "      reference: {fact: ind.gdp.2019}\n",
    )
    found = verdicts([path], capsys, monkeypatch, "--reference", str(reference))
    assert found["user/level"]["status"] == "consistent"
    _code, out, _ = run_main(
        ["check", path, "--reference", str(reference), "--fail-on", "never"], capsys, monkeypatch
    )
    assert f"your reference file {reference}" in out.replace("\n", "")


def test_bad_csv_reference_names_file_and_line(tmp_path, capsys, monkeypatch):
    reference = tmp_path / "bad.csv"
    reference.write_text("id,value,vintage,source\nmy.gdp.2020,heaps,v,s\n", encoding="utf-8")
    path = claims_file(tmp_path, "x", [("gdp", "India", "GDP", "2019", "1 dollar")], "  []\n")
    code, _out, err = run_main(["check", path, "--reference", str(reference)], capsys, monkeypatch)
    assert code == 2
    assert f"{reference}:2:" in err and len(err.strip().splitlines()) == 1


def test_aliases_resolve_entities_metrics_and_codes():
    facts = load_facts()
    assert (
        facts.resolve("east China's Jiangxi province", "regional GDP", "2021", "CNY")
        == "jiangxi.gdp.2021"
    )
    assert (
        facts.resolve("Jiangxi Province", "gross domestic product", "2016", "CNY")
        == "jiangxi.gdp.2016"
    )
    assert (
        facts.resolve("the Chinese economy", "economic output", "2020", "CNY") == "china.gdp.2020"
    )
    assert facts.resolve("China", "GDP", "2020", "USD") == "chn.gdp.2020"
    assert facts.resolve("CHN", "GDP", "2022", "CNY") == "chn.gdp_lcu.2022"
    assert facts.resolve("Nigeria", "population", "2022") == "nga.population.2022"
    assert facts.resolve("India", "GDP", "2019", "EUR") is None  # no euro GDP for India
    assert facts.resolve("Atlantis", "GDP", "2019", "USD") is None


def test_shipped_facts_carry_source_licence_and_vintages():
    fact = load_facts()["chn.gdp_lcu.2020"]
    assert [v.released for v in fact.vintages] == ["2025-03", "2026-07"]
    assert all("CC BY 4.0" in v.source for v in fact.vintages)
    # The 2025 release has the final verification, as the hand-entered fact does.
    assert abs(fact.vintages[0].value.number - 101_356_700_223_100) < 1e6


def test_the_whole_table_loads_fast():
    from audit.reference import shipped

    start = time.perf_counter()
    store = shipped.Store(shipped.FILE)
    elapsed = time.perf_counter() - start
    assert len(store.value) > 100_000 and len(store.codes) > 250
    assert elapsed < 0.3


@pytest.mark.parametrize("template", ["{}", "the {} economy", "{}'s economy", "{}’s"])
def test_every_shipped_economy_resolves_by_its_own_name(template):
    from audit.reference.facts import entity_code
    from audit.reference.shipped import store

    shipped = store()
    wrong = [
        (code, name)
        for code, name in zip(shipped.codes, shipped.names, strict=True)
        if entity_code(template.format(name)) != code
    ]
    assert not wrong
    assert entity_code(template.format("east China's Jiangxi province")) is None


@pytest.mark.parametrize(
    ("fact", "stated", "status"),
    [
        ("chn.rd_share.2020", "2.4%", "consistent"),  # 2.357%, stated to one decimal
        ("china.rd_share.2020", "2.6%", "inconsistent"),
        ("gbr.debt_share.2023", "136%", "consistent"),
        ("uk.debt_share.2023", "96%", "inconsistent"),
    ],
)
def test_a_stated_share_of_gdp_against_the_shipped_share(
    tmp_path, capsys, monkeypatch, fact, stated, status
):
    path = claims_file(
        tmp_path,
        "s",
        [("share", "X", "share of GDP", "2020", stated)],
        "  - id: r\n    kind: reference\n    roles:\n      value: share\n"
        f"      reference: {{fact: {fact}}}\n",
    )
    assert verdicts([path], capsys, monkeypatch)["s/r"]["status"] == status
