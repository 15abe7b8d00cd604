"""Unit conversions drafted from text: which phrasings link two figures, and what the audit
then says about them. Sentences are invented for the tests."""

from __future__ import annotations

import pytest
import yaml

from audit.claims.units import resolve
from audit.extract import dump_yaml, extract_claims
from audit.extract import lexicon as lx


def _relations(text: str, published: str = "2024-06") -> list[dict]:
    return [
        r
        for r in extract_claims(text, published=published)["relations"]
        if r["kind"] == "unit_conversion"
    ]


@pytest.mark.parametrize("unit", sorted(set(lx.MEASURE_UNITS.values())))
def test_every_unit_the_extractor_emits_resolves(unit):
    assert resolve(unit).dimension  # a measure, never a plain number


# "pounds" alone is sterling in a claims file; a unit conversion reads it as weight by context.
@pytest.mark.parametrize(
    "written",
    [w for w in lx.MEASURE_UNITS if w not in lx.ATTACHED_ONLY and w not in ("pound", "pounds")],
)
def test_every_unit_word_the_extractor_reads_resolves(written):
    unit, meant = resolve(written), resolve(lx.MEASURE_UNITS[written])
    assert (unit.dimension, unit.offset) == (meant.dimension, meant.offset)
    assert unit.factor == pytest.approx(meant.factor, rel=1e-12)


@pytest.mark.parametrize(
    ("sentence", "phrasing", "measure"),
    [
        ("The ferry crosses 46 miles (74 km) of open sea.", "X (Y)", "length"),
        ("The estate spans 1,300 acres, or 526 hectares, of woodland.", "X, or Y", "area"),
        ("Exports reached 4.5 million tonnes (9.9 billion pounds) last season.", "X (Y)", "mass"),
        ("The thermometer read 40C (104F) by noon.", "X (Y)", "temperature"),
        (
            "The reservoir stores 8 million cubic metres, about 283 million cubic feet, of water.",
            "X, about Y,",
            "volume",
        ),
        (
            "Flats fetched 52,000 yuan per square metre, equivalent to $670 per square foot,"
            " in May.",
            "X, equivalent to Y",
            "price per area",
        ),
        ("The limit is 110 km/h (68 mph) on that stretch.", "X (Y)", "speed"),
    ],
)
def test_phrased_pairs_link_with_their_evidence(sentence, phrasing, measure):
    found = _relations(sentence)
    assert len(found) == 1
    assert f"'{phrasing}'" in found[0]["note"] and measure in found[0]["note"]
    assert found[0]["confidence"] == ("medium" if phrasing == "X, about Y," else "high")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry crosses 46 miles of sea and 74 km of river.",  # two distances, no conversion cue
        "The farm has 300 acres (40 tonnes of grain a year).",  # brackets, but not one dimension
        "The plant uses 5 million tonnes, about 20% of the total, each year.",  # a share
        "The lot covers 90 hectares, 30 hectares more than before.",  # a comma without a qualifier
        "The farm has 300 acres (120 acres of it planted with rice).",  # a part, not a conversion
        "It covers 300 acres, or 120 hectares more than the old site.",  # the aside goes on
    ],
)
def test_no_link_without_phrasing_and_one_dimension(sentence):
    assert _relations(sentence) == []


def test_a_link_does_not_depend_on_the_numbers_agreeing():
    right = _relations("The ferry crosses 46 miles (74 km) of open sea.")
    wrong = _relations("The ferry crosses 46 miles (46 km) of open sea.")
    assert len(right) == len(wrong) == 1


def _audit(tmp_path, text: str, capsys, monkeypatch) -> dict:
    from cli_helpers import run_main

    data = extract_claims(text, article_id="units", published="2024-05")
    path = tmp_path / "units.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    code, out, _err = run_main(
        ["check", str(path), "--format", "json", "--fail-on", "never"], capsys, monkeypatch
    )
    assert code == 0
    import json

    found = [f for f in json.loads(out)["findings"] if f["rule"] == "conversion.unit_mismatch"]
    return {f["span"][0]: f for f in found}


def test_text_pairs_right_and_wrong(tmp_path, capsys, monkeypatch):
    text = (
        "The ferry crosses 46 miles (74 km) of open sea. A later sailing crossed 46 miles"
        " (46 km). The estate spans 1,300 acres (526 hectares). Exports reached 4.5 million"
        " tonnes (9.9 billion pounds). A second shipment was 4.5 million tonnes (9.9"
        " million pounds). The thermometer read 40C (104F). Later it read 40C (40F)."
        " Flats fetched 52,000 yuan per square metre, equivalent to $670 per square foot."
        " Houses fetched 52,000 yuan per square metre, equivalent to $7,200 per square"
        " foot."
    )
    found = _audit(tmp_path, text, capsys, monkeypatch)
    findings = [found[start] for start in sorted(found)]
    statuses = [(f["status"], f["cause"]) for f in findings]
    assert [s for s, _ in statuses] == [
        "consistent",
        "inconsistent",
        "consistent",
        "consistent",
        "inconsistent",
        "consistent",
        "inconsistent",
        "consistent",
        "inconsistent",
    ], statuses
    causes = [c for s, c in statuses if s == "inconsistent"]
    assert "km written for mile" in causes[0]
    assert "million written for billion" in causes[1]
    assert "°F written for °C" in causes[2]
    assert "per sq ft written for US dollar per m²" in causes[3]


def test_drafted_file_round_trips_as_yaml():
    data = extract_claims("The ferry crosses 46 miles (74 km) of open sea.", published="2024-06")
    assert yaml.safe_load(dump_yaml(data))["relations"][0]["kind"] == "unit_conversion"
