"""The engine is pure: exchange rates reach it as a table of rate windows built before it runs,
and every finding carries what the report shows (inputs with their spans, the rate window)."""

from __future__ import annotations

import ast
import json
from dataclasses import replace
from pathlib import Path

import numpy as np

from audit.claims.claims_file import Article, Claim, Fill, Relation
from audit.claims.periods import parse_period
from audit.claims.values import parse_value
from audit.engine import evaluate as engine
from audit.engine import evidence
from audit.engine.tables import build_tables
from audit.reference import rate_windows, rates
from audit.rules.rule_files import load_rules
from tests.cli_helpers import check_json

ENGINE = Path(__file__).resolve().parent.parent / "audit" / "engine"
RULE = next(r for r in load_rules() if r.id == "conversion.implausible_rate")


def _conversion(yuan: str, dollars: str) -> Article:
    article = Article("a", "a.yaml")
    article.claims["y"] = Claim("y", parse_value(yuan))
    article.claims["d"] = Claim("d", parse_value(dollars))
    article.relations.append(
        Relation(
            "r",
            "conversion",
            {"amount": (Fill("claim", "y"),), "converted": (Fill("claim", "d"),)},
            rate_period=parse_period("2023-03"),
        )
    )
    return article


def test_the_engine_reads_exchange_rates_only_from_the_rates_table(monkeypatch):
    articles = [_conversion("700 million yuan", "$70 million")]
    tables = build_tables(articles, {}, rate_windows.build(articles, {}))
    assert len(tables.rates) == 1 and tables.rates["source"][0] == "ECB"
    assert str(engine.run(tables, [RULE])["status"][0]) == "inconsistent"  # 10 yuan a dollar

    def no_file(*_args):
        raise AssertionError("the engine opened exchange-rate data")

    monkeypatch.setattr(rates, "ecb_rates", no_file)
    monkeypatch.setattr(rates, "fred_range", no_file)
    # A window that says ten yuan a dollar, band included: the engine holds the conversion
    # against it and nothing else.
    for name in ("low", "high", "allowed_low", "allowed_high"):
        tables.rates.columns[name] = np.array([10.0])
    findings = engine.run(tables, [RULE])
    assert str(findings["status"][0]) == "consistent"
    assert float(findings["window_low"][0]) == 10.0
    assert str(findings["window_start"][0]) == "2023-03-01"


def test_no_engine_module_imports_the_rate_loader():
    # The windows are looked up before the engine runs (by a run, or by the rule-example
    # runner above it); the table builder and everything after take them as a table.
    for path in ENGINE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        } | {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        assert not {m for m in imported if m.startswith("audit.reference.rate")}, path.name
        assert not any(
            isinstance(node, ast.ImportFrom)
            and node.module == "audit.reference"
            and any(a.name.startswith("rate") for a in node.names)
            for node in ast.walk(tree)
        ), path.name


def test_an_undated_conversion_takes_its_window_and_note_from_the_reference_stage():
    article = _conversion("700 million yuan", "$100 million")
    article.relations[0] = replace(article.relations[0], rate_period=None)
    article.claims["y"] = replace(article.claims["y"], period=parse_period("2021"), status="fact")
    windows = rate_windows.build([article], {})
    start, end, period, note = windows.relations["a", "r"]
    assert (str(start), str(end), period) == ("2021-01-01", "2023-12-31", "2021-2023")
    assert note == rate_windows.UNDATED_NOTE
    assert windows.table["key"].tolist() == [rate_windows.key("CNY", "USD", start, end)]
    tables = build_tables([article], {}, windows)
    assert bool(tables.relations["rate_assumed"][0])
    findings = engine.run(tables, [RULE])
    [joined] = evidence.gather(tables, findings, [article], {})
    assert joined.rate_note == rate_windows.UNDATED_NOTE
    assert joined.rate_window is not None and joined.rate_window.start == "2021-01-01"


STORY = (
    "Harbour exports reached 120 million yuan in 2023, up from 100 million yuan in 2022,"
    " a rise of 25 percent.\n"
)


def test_inputs_from_text_carry_their_spans_in_the_json(tmp_path, capsys, monkeypatch):
    article = tmp_path / "harbour.md"
    article.write_text(STORY, encoding="utf-8")
    report = check_json([article, "--fail-on", "never"], capsys, monkeypatch, 0)
    [growth] = [f for f in report["findings"] if f["kind"] == "growth"]
    assert growth["status"] == "inconsistent"
    spans = {i["role"]: i["span"] for i in growth["inputs"]}
    assert set(spans) == {"start", "end", "rate"}
    for item in growth["inputs"]:
        start, end = item["span"]
        assert STORY[start:end].lower() in item["written"].lower()
    assert STORY[slice(*spans["rate"])].startswith("25")
    assert growth["rate_window"] is None


def test_a_conversion_finding_names_its_window_and_the_days_it_had(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "c.yaml"
    claims.write_text(
        "article: {id: c}\nclaims:\n"
        '  - {id: a, value: "100 million euros"}\n'
        '  - {id: b, value: "110 million US dollars"}\n'
        "relations:\n"
        "  - {id: r, kind: conversion, roles: {amount: a, converted: b},\n"
        '     rate_period: "1998-07/1999-06"}\n',
        encoding="utf-8",
    )
    [finding] = check_json([claims, "--fail-on", "never"], capsys, monkeypatch, 0)["findings"]
    window = finding["rate_window"]
    assert (window["start"], window["end"]) == ("1998-07-01", "1999-06-30")
    assert (window["first"], window["last"]) == ("1999-01-04", "1999-06-30")
    assert window["missing"] == "1998-07-01 to 1999-01-03"
    assert json.dumps(window)  # plain data


def test_an_undated_conversion_says_which_rates_it_assumed(tmp_path, capsys, monkeypatch):
    claims = tmp_path / "u.yaml"
    claims.write_text(
        "article: {id: u}\nclaims:\n"
        '  - {id: a, value: "700 million yuan", period: "2021"}\n'
        '  - {id: b, value: "100 million US dollars"}\n'
        "relations:\n"
        "  - {id: r, kind: conversion, roles: {amount: a, converted: b}}\n",
        encoding="utf-8",
    )
    [finding] = check_json([claims, "--fail-on", "never"], capsys, monkeypatch, 0)["findings"]
    assert rate_windows.UNDATED_NOTE in finding["note"]
    assert "2 years after" in finding["note"]
    assert (finding["rate_window"]["start"], finding["rate_window"]["end"]) == (
        "2021-01-01",
        "2023-12-31",
    )
