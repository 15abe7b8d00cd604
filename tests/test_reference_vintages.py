"""Vintages in time, cross-article conflicts, `audit facts`, and links made from article text."""

from __future__ import annotations

import json

from cli_helpers import run_main

GDP_2021 = """article:
  id: {id}
  title: An invented note
  published: {published}
claims:
  - id: gdp
    entity: {entity}
    metric: GDP
    period: "2021"
    value: {value}
relations:
  - id: level
    kind: reference
    roles:
      value: gdp
      reference: {{fact: china.gdp.2021}}
"""


def write(tmp_path, name, published="2023-05", value="114.37 trillion yuan", entity="China"):
    path = tmp_path / f"{name}.yaml"
    path.write_text(
        GDP_2021.format(id=name, published=published, value=value, entity=entity), encoding="utf-8"
    )
    return str(path)


def findings(args, capsys, monkeypatch):
    code, out, err = run_main(
        ["check", *args, "--format", "json", "--fail-on", "never"], capsys, monkeypatch
    )
    assert code == 0, err
    return json.loads(out)["findings"]


def test_matching_only_an_earlier_release_holds_with_a_note_naming_both(
    tmp_path, capsys, monkeypatch
):
    # Published after the final verification, the figure matches only the first release.
    late = findings([write(tmp_path, "late")], capsys, monkeypatch)
    assert late[0]["status"] == "consistent"
    assert "matches the first release" in late[0]["note"]
    assert "final verification" in late[0]["note"] and "114,923.7" in late[0]["note"]
    # Published while the first release was current: nothing to say.
    early = findings([write(tmp_path, "early", published="2022-02")], capsys, monkeypatch)
    assert early[0]["status"] == "consistent" and not early[0]["note"]
    # Matching no vintage at all is inconsistent.
    wrong = findings([write(tmp_path, "wrong", value="119.1 trillion yuan")], capsys, monkeypatch)
    assert wrong[0]["status"] == "inconsistent"


def test_articles_stating_one_figure_differently_conflict(tmp_path, capsys, monkeypatch):
    paths = [
        write(tmp_path, "first"),
        write(tmp_path, "second", value="120 trillion yuan", entity="the Chinese economy"),
        write(tmp_path, "third"),
    ]  # the same value as the first: not a conflict by itself
    conflicts = [
        f for f in findings(paths, capsys, monkeypatch) if f["rule"] == "reference.conflict"
    ]
    assert sorted(f["article"] for f in conflicts) == ["first", "second", "third"]
    message = conflicts[0]["message"]
    for text in (
        "114.37 trillion yuan in first",
        "120 trillion yuan in second",
        "third",
        "matches the first release of china.gdp.2021",
        "matches no published vintage",
    ):
        assert text in message
    assert all(f["severity"] == "warning" and f["status"] == "inconsistent" for f in conflicts)


def test_the_same_value_twice_is_no_conflict(tmp_path, capsys, monkeypatch):
    paths = [write(tmp_path, "first"), write(tmp_path, "again", value="114.4 trillion yuan")]
    assert not [
        f for f in findings(paths, capsys, monkeypatch) if f["rule"] == "reference.conflict"
    ]


def test_facts_command_searches_by_entity_metric_and_year(capsys, monkeypatch):
    code, out, _ = run_main(["facts", "Japan", "GDP", "per", "capita", "2015"], capsys, monkeypatch)
    assert code == 0
    assert out.startswith("jpn.gdp_per_capita.2015  Japan")
    assert "CC BY 4.0" in out and "released 2026-07" in out
    code, out, _ = run_main(["facts", "east China's Jiangxi province", "2021"], capsys, monkeypatch)
    assert "jiangxi.gdp.2021" in out and "jiangxi.gdp.2016" not in out
    assert "Jiangxi Statistical Communique" in out
    code, out, _ = run_main(["facts", "Atlantis"], capsys, monkeypatch)
    assert code == 1 and "no reference fact" in out


def test_facts_command_lists_a_users_csv_facts(tmp_path, capsys, monkeypatch):
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "entity,metric,period,value,vintage,released,source\n"
        "Jiangxi,GDP,2022,32074.7 yi yuan,communique,2023-03,my office\n"
        "Jiangxi,GDP,2022,32075 yi yuan,revision,2024-01,my office\n",
        encoding="utf-8",
    )
    code, out, _ = run_main(
        ["facts", "Jiangxi", "2022", "--reference", str(mine)], capsys, monkeypatch
    )
    assert code == 0
    assert "jiangxi.gdp.2022" in out and f"your reference file {mine}" in out
    assert "[communique, released 2023-03]" in out and "[revision, released 2024-01]" in out


def test_an_article_share_of_gdp_links_to_the_economy_its_sentence_names(
    tmp_path, capsys, monkeypatch
):
    article = tmp_path / "note.txt"
    # The dateline makes the article about another place than the sentence.
    article.write_text(
        "Lagos, March 3, 2021\n\nNigeria's budget office met on Monday.\n\n"
        "India spent 68.5 billion dollars on its armed forces in 2019, equal "
        "to 2.4 percent of GDP, a ministry report said.\n",
        encoding="utf-8",
    )
    shares = [f for f in findings([article], capsys, monkeypatch) if f["rule"] == "share.mismatch"]
    assert len(shares) == 1 and shares[0]["status"] == "consistent"
    assert "ind.gdp.2019" in json.dumps(shares[0])
    article.write_text(article.read_text().replace("68.5 billion", "68.5 million"))
    shares = [f for f in findings([article], capsys, monkeypatch) if f["rule"] == "share.mismatch"]
    assert shares[0]["status"] == "inconsistent"
    assert "million written for billion" in shares[0]["message"]


def test_yuan_before_the_ecb_series_converts_at_fred_monthly_rates(tmp_path, capsys, monkeypatch):
    text = (
        "article:\n  id: old\n  title: An invented note\n  published: 2001-06\nclaims:\n"
        "  - id: yuan\n    value: {yuan} billion yuan\n  - id: usd\n"
        "    value: 10 billion dollars\nrelations:\n  - id: conv\n    kind: conversion\n"
        "    roles:\n      amount: yuan\n      converted: usd\n"
    )
    path = tmp_path / "old.yaml"
    path.write_text(text.format(yuan="82.8"), encoding="utf-8")  # 8.28 yuan a dollar in 2001
    found = findings([path], capsys, monkeypatch)
    assert found[0]["status"] == "consistent"
    assert "FRED" in found[0]["stated"]
    path.write_text(text.format(yuan="62.8"), encoding="utf-8")
    assert findings([path], capsys, monkeypatch)[0]["status"] == "inconsistent"


def test_a_currency_neither_the_ecb_nor_fred_quotes_converts_at_world_bank_annual_averages(
    tmp_path, capsys, monkeypatch
):
    # The naira averaged about 425 a dollar in 2022 and 645 in 2023; a story of June 2023 is
    # held against 2022 to 2023, a tenth either side.
    text = (
        "article:\n  id: ngn\n  title: An invented note\n  published: 2023-06-20\nclaims:\n"
        "  - id: naira\n    value: {naira} billion naira\n  - id: usd\n"
        "    value: 1 billion dollars\nrelations:\n  - id: conv\n    kind: conversion\n"
        "    roles:\n      amount: naira\n      converted: usd\n"
    )
    path = tmp_path / "ngn.yaml"
    for naira, status in (("460", "consistent"), ("700", "consistent"), ("46", "inconsistent")):
        path.write_text(text.format(naira=naira), encoding="utf-8")
        (found,) = findings([path], capsys, monkeypatch)
        assert found["status"] == status, naira
        assert "World Bank annual average" in found["stated"]


def test_an_article_per_capita_and_population_check_against_the_country_named(
    tmp_path, capsys, monkeypatch
):
    article = tmp_path / "japan.txt"
    article.write_text(
        "Osaka, May 2, 2017\n\nJapan's GDP per capita was 35,665 dollars in 2015,"
        " and its population was 127.1 million in 2015, officials said.\n",
        encoding="utf-8",
    )
    found = {
        f["claims"][0]: f
        for f in findings([article], capsys, monkeypatch)
        if f["rule"] == "reference.mismatch"
    }
    per_capita = found["gdp_per_capita_2015"]
    # Against GDP per capita, not against GDP (which would be off by a factor of 127 million).
    assert per_capita["status"] == "consistent" and "jpn.gdp_per_capita.2015" in json.dumps(
        per_capita
    )
    assert found["population_2015"]["status"] == "consistent"
    article.write_text(article.read_text().replace("127.1 million", "127.1 billion"))
    found = {
        f["claims"][0]: f
        for f in findings([article], capsys, monkeypatch)
        if f["rule"] == "reference.mismatch"
    }
    assert found["population_2015"]["status"] == "inconsistent"
    assert "billion written for million" in found["population_2015"]["message"]


def test_a_stated_gdp_older_than_every_shipped_release_is_a_warning(tmp_path, capsys, monkeypatch):
    # The shipped 2019 figure is a revision released years after the article; the article may
    # quote the first estimate. After the release, the same mismatch is an error.
    article = tmp_path / "gdp.txt"

    def reference(published: str) -> dict:
        article.write_text(
            f"Published: {published}\n\nEconomy\n\nChina's gross domestic product came to "
            "99.09 trillion yuan in 2019, the statistics bureau said.\n",
            encoding="utf-8",
        )
        found = findings([article], capsys, monkeypatch)
        (finding,) = [f for f in found if f["rule"] == "reference.mismatch"]
        return finding

    early = reference("2020-02-28")
    assert (early["status"], early["severity"]) == ("inconsistent", "warning")
    late = reference("2026-09-01")
    assert (late["status"], late["severity"]) == ("inconsistent", "error")
