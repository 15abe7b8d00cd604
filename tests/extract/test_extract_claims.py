"""extract_claims end to end: the seed articles and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from audit.claims.values import parse_value
from audit.extract import dump_yaml, extract_claims, read_article
from audit.pipeline import run_check

DATA = Path(__file__).parent.parent.parent / "articles"  # the worked examples
SEEDS = sorted(DATA.glob("*.txt"))


def extract(name: str) -> tuple[str, dict]:
    path = next(p for p in SEEDS if p.name.startswith(name))
    text = read_article(path)
    return text, extract_claims(text, article_id=path.stem)


def relations(data: dict, kind: str) -> list[dict]:
    return [r for r in data["relations"] if r["kind"] == kind]


def value(data: dict, claim_id) -> str:
    return next(c["value"] for c in data["claims"] if c["id"] == claim_id)


def check_well_formed(text: str, data: dict) -> None:
    ids = [c["id"] for c in data["claims"]]
    assert len(ids) == len(set(ids))
    for claim in data["claims"]:
        start, end = claim["span"]
        assert text[start:end] == claim["quote"]
        value_start, value_end = claim["value_span"]
        assert start <= value_start < value_end <= end
        assert list(claim)[:4] == ["id", "quote", "span", "value_span"]
        parse_value(claim["value"])
        assert claim["status"] in ("fact", "target", "forecast")
        for s, e in claim.get("also_at", []):
            assert 0 <= s < e <= len(text)
    for skipped in data["article"]["skipped"]:
        assert text[skipped["span"][0] : skipped["span"][1]] == skipped["quote"]
    for relation in data["relations"]:
        for filler in relation["roles"].values():
            for item in filler if isinstance(filler, list) else [filler]:
                assert isinstance(item, dict) or item in ids


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_every_seed_claim_is_well_formed(path):
    text = read_article(path)
    data = extract_claims(text, article_id=path.stem)
    check_well_formed(text, data)
    again = yaml.safe_load(dump_yaml(data))
    assert again == data  # values stay strings through YAML ("7.80" keeps its digits)


def test_seed_000_jiangxi():
    _, data = extract("000")
    assert data["article"]["published"] == "2023-11-23"
    (cm,) = relations(data, "cagr_multiple")
    assert value(data, cm["roles"]["rate"]) == "20.7%"
    assert value(data, cm["roles"]["multiple"]) == "1.6 times"
    assert cm["period"] == "2016/2021" and "reading" not in cm
    (gap,) = relations(data, "cagr_gap")
    assert value(data, gap["roles"]["gap"]) == "10.7 percentage points"
    assert gap["roles"]["base_start"] == {"fact": "jiangxi.gdp.2016"}
    assert gap["roles"]["base_end"] == {"fact": "jiangxi.gdp.2021"}
    (pp,) = relations(data, "pp_per_year")
    assert [value(data, pp["roles"][r]) for r in ("start", "end", "change")] == [
        "21.9 percent",
        "35 percent",
        "2.6 percentage points",
    ]
    assert pp["period"] == "2016/2021"
    (share,) = relations(data, "share")
    assert value(data, share["roles"]["part"]) == "1.038 billion yuan"
    assert share["roles"]["whole"] == {"fact": "jiangxi.gdp.2021"}
    assert value(data, share["roles"]["share"]) == "35 percent"
    assert share.get("confidence") == "low" and share.get("note")
    (growth,) = relations(data, "growth")
    assert value(data, growth["roles"]["end"]) == "1.038 billion yuan"
    assert value(data, growth["roles"]["rate"]) == "19.5%" and "start" not in growth["roles"]


def test_seed_001_duplicate_caption_is_one_claim():
    _, data = extract("001")
    (conversion,) = relations(data, "conversion")
    amount = next(c for c in data["claims"] if c["id"] == conversion["roles"]["amount"])
    assert amount["value"] == "11 trillion yuan" and len(amount["also_at"]) == 1
    assert value(data, conversion["roles"]["converted"]) == "$1.6 trillion"
    assert [c["value"] for c in data["claims"]].count("11 trillion yuan") == 1
    (share,) = relations(data, "share")
    assert value(data, share["roles"]["part"]) == "45.5 trillion yuan"
    assert value(data, share["roles"]["share"]) == "39.8 percent"
    assert share["roles"]["whole"] == {"fact": "china.gdp.2021"}
    (change,) = relations(data, "cagr") + relations(data, "growth")
    assert [value(data, change["roles"][r]) for r in ("start", "end")] == [
        "11 trillion yuan",
        "45.5 trillion yuan",
    ]
    assert "rate" not in change["roles"]


def test_seed_002_targets_are_not_related():
    _, data = extract("002")
    assert data["article"]["published"] == "2023-08-02"
    statuses = {c["value"]: c["status"] for c in data["claims"]}
    assert statuses["5.4 percent"] == "target" and statuses["15 percent"] == "target"
    (conversion,) = data["relations"]
    assert conversion["kind"] == "conversion"
    assert value(data, conversion["roles"]["converted"]) == "$2.78 million"
    assert value(data, conversion["roles"]["amount"]).endswith("20 million yuan")


def test_seed_003_has_nothing_to_relate():
    _, data = extract("003")
    assert data["relations"] == []
    reasons = {s["why"].split(":")[0] for s in data["article"]["skipped"]}
    assert "ordinal" in reasons


def test_seed_004_clusters():
    _, data = extract("004")
    (share,) = relations(data, "share")
    assert value(data, share["roles"]["part"]) == "about 7.9 trillion yuan"
    assert value(data, share["roles"]["whole"]) == "101.36 trillion yuan"
    assert value(data, share["roles"]["share"]) == "7.8%"
    (conversion,) = relations(data, "conversion")
    assert value(data, conversion["roles"]["converted"]) == "$1.11 trillion"
    (growth,) = relations(data, "growth")
    assert value(data, growth["roles"]["end"]) == "272.08 billion yuan"
    assert value(data, growth["roles"]["rate"]) == "17.2%"
    (reference,) = relations(data, "reference")
    assert reference["roles"]["reference"] == {"fact": "china.gdp.2020"}
    assert next(c for c in data["claims"] if c["value"] == "10%")["status"] == "forecast"


# --- sentences written for these tests (not from the seeds) -----------------------------


def kinds_of(text: str) -> dict[str, list[dict]]:
    data = extract_claims(text)
    check_well_formed(text, data)
    out: dict[str, list[dict]] = {}
    for relation in data["relations"]:
        out.setdefault(relation["kind"], []).append(relation)
    return out


def test_a_share_that_does_not_add_up_is_still_linked():
    text = (
        "Guangdong's tourism revenue reached 1.2 trillion yuan in 2019, accounting for "
        "25 percent of the province's GDP of 10.77 trillion yuan in 2019."
    )
    data = extract_claims(text)
    (share,) = relations(data, "share")
    assert value(data, share["roles"]["part"]) == "1.2 trillion yuan"
    assert value(data, share["roles"]["share"]) == "25 percent"


def test_growth_from_to_with_a_rate():
    found = kinds_of(
        "Exports rose from $2.1 billion in 2020 to $2.5 billion in 2021, an increase of 19 percent."
    )
    (growth,) = found["growth"]
    assert set(growth["roles"]) == {"start", "end", "rate"}


def test_cagr_from_to_over_years():
    found = kinds_of(
        "Sales climbed from 3.2 million units in 2015 to 6.1 million units in 2020, "
        "a compound annual growth rate of 13.8%."
    )
    (cagr,) = found["cagr"]
    assert cagr["period"] == "2015/2020" and "rate" in cagr["roles"]


def test_rate_gap_in_percentage_points():
    found = kinds_of(
        "The city's economy grew 7.1 percent, 1.9 percentage points higher than "
        "the national average of 5.2 percent."
    )
    (gap,) = found["rate_gap"]
    assert set(gap["roles"]) == {"higher", "lower", "gap"}


def test_a_fall_carries_a_negative_rate():
    found = kinds_of("Net profit fell 12.5% to 3.4 billion euros.")
    (growth,) = found["growth"]
    assert growth["roles"]["rate"]["value"] == "-12.5%"


def test_a_fall_names_the_claim_its_minus_is_written_on(tmp_path):
    text = (
        "Published: 2024-03-01\n\nResults\n\n"
        "Net profit fell 12.5% to 3.5 billion euros from 4 billion euros.\n"
    )
    data = extract_claims(text, "x", published="2024-03-01")
    (growth,) = [r for r in data["relations"] if r["kind"] == "growth"]
    named = {c["id"]: c["value"] for c in data["claims"]}
    assert named[growth["roles"]["rate"]["claim"]] == "12.5%"
    # The claim counts as checked: every figure of the sentence took part.
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    report, _ = run_check([path])
    [article] = report.articles
    assert article.coverage.checked == article.coverage.stated == 3


def test_conversion_with_or():
    found = kinds_of("The fund holds 50 billion yuan, or about $7 billion, in bonds.")
    assert "conversion" in found


def test_increased_to_times_reads_to():
    found = kinds_of(
        "Between 2010 and 2020 output increased to 2.5 times, a compound annual "
        "growth rate of 9.6 percent."
    )
    (relation,) = found["cagr_multiple"]
    assert relation["reading"] == "to" and relation["period"] == "2010/2020"


def test_a_target_and_a_forecast_of_adjacent_sentences_are_not_one_plan():
    # Each is audited only with figures of its own kind of statement: a share of GDP by 2030
    # and revenue expected by 2027 are not one plan's numbers.
    text = (
        "The province aims to raise the share of the digital economy to 50 percent of GDP "
        "by 2030. Revenue is expected to reach 2 trillion yuan by 2027."
    )
    data = extract_claims(text, published="2024-01-05")
    assert {c["status"] for c in data["claims"]} == {"target", "forecast"}
    assert data["relations"] == []


def test_entity_is_carried_across_a_paragraph():
    text = (
        "Hubei Province has built 80,000 5G base stations. The province's output value "
        "was 600 billion yuan in 2022."
    )
    data = extract_claims(text)
    assert {c["entity"] for c in data["claims"]} == {"Hubei"}


def test_parts_named_as_included_are_a_partial_sum():
    found = kinds_of(
        "Investment totalled 90 billion yuan, including 50 billion yuan in "
        "transport and 40 billion yuan in energy."
    )
    assert "sum" not in found
    (total,) = found["partial_sum"]
    assert len(total["roles"]["parts"]) == 2


def test_arguments_override_metadata():
    text = "Updated: 2023-08-02\nShanxi accelerates development of digital economy now\n"
    data = extract_claims(text, article_id="x", title="Given", published="2023-09")
    assert data["article"] == {"id": "x", "title": "Given", "published": "2023-09", "skipped": []}


@pytest.mark.parametrize(
    "head",
    [
        "# source: https://example.org/n/881 | date: 2024-04-12 (3 days after 9 April)\n\n",
        "---\nurl: https://example.org/item/5531\nauthor: Desk 9\n---\n",
        "---\r\nurl: https://example.org/item/5531\r\nauthor: Desk 9\r\n---\r\n",
        "Source: wire service 24\nPublished: 2024-04-12\n",
    ],
)
def test_metadata_lines_at_the_top_are_not_figures(head):
    body = "Harbour traffic reached 1.2 million containers in March, up 4% from a year earlier.\n"
    data = extract_claims(head + body)
    assert [c["value"] for c in data["claims"]] == ["1.2 million containers", "4%"]
    start = len(head)
    assert all(c["span"][0] >= start for c in data["claims"])


def test_a_source_line_in_the_body_stays_text():
    text = "Exports rose 3% in May.\nSource: 12 ports surveyed by the ministry.\n"
    data = extract_claims(text)
    read = [c["value"] for c in data["claims"]] + [s["quote"] for s in data["article"]["skipped"]]
    assert any(value.startswith("12") for value in read)


@given(
    st.lists(
        st.sampled_from(
            [
                "Revenue was 7.9 trillion yuan ($1.11 trillion) in 2020.",
                "It rose 5.3% year-on-year.",
                "Jiangxi built 65,000 5G base stations.",
                "\n",
                "\r\n",
                " ",
                "The 13th plan ended.",
                "It accounted for 7.8% of GDP in 2020.",
                "from 11 trillion yuan in 2012 to 45.5 trillion",
                "“Quoted”, said Mr. Li.",
                "Sales doubled, about a third of firms",
                "x" * 30,
            ]
        ),
        max_size=12,
    )
)
def test_spans_point_at_quotes_for_any_article(pieces):
    text = " ".join(pieces)
    check_well_formed(text, extract_claims(text))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_drafted_files_load_in_the_engine(tmp_path, path):
    claims = pytest.importorskip("audit.claims.claims_file")
    data = extract_claims(read_article(path), article_id=path.stem)
    target = tmp_path / f"{path.stem}.yaml"
    target.write_text(dump_yaml(data), encoding="utf-8")
    article = claims.load_claims_file(target)
    assert len(article.claims) == len(data["claims"])
