"""Archive scale: many articles on many cores give the one-process findings, in the same order;
the streaming and table reports carry every finding; cost per article does not grow with it."""

from __future__ import annotations

import importlib.util
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console

from audit.claims.claims_file import build_article
from audit.claims.yamlsource import from_data, loads
from audit.extract import dump_yaml, extract_claims, read_article
from audit.gate import coverage
from audit.gate.fingerprint import fingerprint
from audit.pipeline import load_article, run_check, stream_check
from audit.reference import rate_windows
from audit.report import json_out, jsonl, terminal
from audit.report.conflict_findings import CONFLICT_RULE
from audit.report.model import ArticleReport, unmarked

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location(
    "archive_benchmark", ROOT / "benchmarks" / "archive.py"
)
archive = importlib.util.module_from_spec(spec)
spec.loader.exec_module(archive)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Generated articles (dated and undated) beside the seed articles."""
    for index in range(10):
        (tmp_path / f"gen{index:02d}.txt").write_text(archive.article(index), encoding="utf-8")
    for seed in sorted((ROOT / "articles").glob("*.txt")):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    return tmp_path


def test_generated_articles_differ_and_carry_planted_errors():
    texts = [archive.article(i) for i in range(30)]
    assert len(set(texts)) == 30
    assert any("Updated:" in t for t in texts) and any("Updated:" not in t for t in texts)


def test_workers_give_the_one_process_findings_in_the_same_order(folder):
    alone, _ = run_check([folder], jobs=1)
    pooled, _ = run_check([folder], jobs=3)
    assert len(alone.findings()) > 20
    assert json_out.render(pooled, "warning") == json_out.render(alone, "warning")


def test_a_bad_file_among_many_gives_its_own_message_with_workers(folder):
    (folder / "gen04.yaml").write_text("article: {id: x}\nclaims: [1\n", encoding="utf-8")
    alone, _ = run_check([folder], jobs=1)
    pooled, _ = run_check([folder], jobs=2)
    assert [str(e) for e in pooled.errors] == [str(e) for e in alone.errors]
    assert len(alone.errors) == 1 and "gen04.yaml" in str(alone.errors[0])
    assert json_out.render(pooled, "warning") == json_out.render(alone, "warning")
    assert str(pooled.errors[0]).startswith(f"{folder / 'gen04.yaml'}:3")


def test_an_article_loads_the_same_without_its_yaml_text():
    """The draft goes straight into the loader; the YAML round trip gave the same article."""
    for path in [*sorted((ROOT / "articles").glob("*.txt")), None]:
        text = read_article(path) if path else archive.article(3)
        data = extract_claims(text, article_id="a", source_path="a.txt")
        direct = build_article(from_data(data, "a.txt"), "a.txt", "a")
        round_trip = build_article(loads(dump_yaml(data), "a.txt"), "a.txt", "a")
        assert {k: replace(c, line=None) for k, c in direct.claims.items()} == {
            k: replace(c, line=None) for k, c in round_trip.claims.items()
        }
        assert [replace(r, line=None) for r in direct.relations] == [
            replace(r, line=None) for r in round_trip.relations
        ]
        assert direct.skipped == round_trip.skipped


def test_an_undated_article_finds_its_fallback_period_once(monkeypatch):
    """The fallback scans every claim: once per article keeps building tables linear."""
    text = archive.long_article(0.03)
    data = extract_claims(text, article_id="long")
    article = build_article(from_data(data, "long.txt"), "long.txt", "long")
    assert article.published is None
    assert sum(r.kind == "conversion" for r in article.relations) > 5
    calls = []
    original = rate_windows.undated_rate_period
    monkeypatch.setattr(
        rate_windows, "undated_rate_period", lambda a: calls.append(a) or original(a)
    )
    windows = rate_windows.build([article], {})
    assert len(calls) == 1
    assert sum(w[3] == rate_windows.UNDATED_NOTE for w in windows.relations.values()) > 5


def test_jsonl_has_one_line_per_finding_as_json_has_them(folder):
    report, _ = run_check([folder], jobs=1)
    out = io.StringIO()
    count = jsonl.write(report, "error", out)
    lines = out.getvalue().splitlines()
    assert count == len(lines) == len(report.findings())
    assert [json.loads(line) for line in lines] == json.loads(json_out.render(report, "error"))[
        "findings"
    ]


def test_streamed_lines_give_each_article_as_it_comes_then_the_conflicts(folder):
    """JSON Lines as the CLI writes them: an article's own findings when its chunk is done
    (in the order of the JSON report), the conflicts across articles once all are in; the
    same stream on one process or two, and the same findings as the JSON report."""
    report, _ = run_check([folder], jobs=1)
    whole = json.loads(json_out.render(report, "error"))["findings"]
    streams = []
    for jobs in (1, 2):
        lines = jsonl.Lines("error")
        streams.append([json.loads(line) for line in lines.of(stream_check([folder], jobs=jobs))])
        assert lines.failing == len(report.failing("error"))
    assert streams[0] == streams[1]
    stream = streams[0]
    assert sorted(map(json.dumps, stream)) == sorted(map(json.dumps, whole))
    conflicts = [f for f in stream if f["rule"] == CONFLICT_RULE]
    assert conflicts and stream[-len(conflicts) :] == conflicts
    assert stream[: -len(conflicts)] == [f for f in whole if f["rule"] != CONFLICT_RULE]


def test_a_run_holds_what_the_claims_gave_and_not_the_claims(folder):
    """The coverage, fingerprints and unmarked figures taken in the workers (and added to
    by the conflicts) are what the whole articles give."""
    report, _ = run_check([folder], jobs=2)
    assert any(f.rule == CONFLICT_RULE for f in report.findings())
    for held in report.articles:
        assert not held.article.claims and not held.article.relations and not held.figures
        article = load_article(Path(held.article.path))
        whole = ArticleReport(article, held.findings)
        assert held.coverage == coverage.of(whole)
        assert [f.fingerprint for f in held.findings] == [
            fingerprint(f, article) for f in held.findings
        ]
        assert held.unmarked == unmarked(article, held.findings)


def test_parquet_holds_the_findings_table(folder, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from audit.report import parquet

    report, _ = run_check([folder], jobs=1)
    target = tmp_path / "findings.parquet"
    assert parquet.write(report, "error", target) == len(report.findings())
    table = pq.read_table(target).to_pylist()
    assert [(r["article"], r["rule"], r["relation"]) for r in table] == [
        (f.article, f.rule, f.relation) for f in report.findings()
    ]
    failing = [r for r in table if r["fails_gate"]]
    assert len(failing) == len(report.failing("error"))
    assert {r["folder"] for r in table} == {folder.name}


def test_a_large_run_shows_the_summary_and_the_worst_findings_only(folder):
    report, _ = run_check([folder], jobs=1)
    report.articles = report.articles * 8  # past the size of a run worth showing in full
    assert terminal.is_large(report)
    out = io.StringIO()
    terminal.render(report, Console(file=out, width=100, no_color=True), "error")
    text = out.getvalue()
    worst = terminal.worst(report, terminal.WORST_SHOWN)
    assert worst and all(f.fails for f in worst)
    assert text.count(" ✗ ") == len(worst) <= terminal.WORST_SHOWN
    assert f"{len(report.articles)} articles:" in text  # the summary line is still there
    assert "Not checked" not in text  # no per-article coverage lists


def test_a_local_dask_cluster_gives_the_local_findings(folder):
    pytest.importorskip("dask.distributed")
    alone, _ = run_check([folder], jobs=1)
    on_dask, _ = run_check([folder], dask="local")
    assert json_out.render(on_dask, "warning") == json_out.render(alone, "warning")


CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus of real articles is not beside")
def test_a_local_dask_cluster_gives_the_local_findings_on_the_corpus():
    pytest.importorskip("dask.distributed")
    folders = sorted(p for p in CORPUS.glob("*/articles") if p.is_dir())
    alone, _ = run_check(folders, jobs=1)
    on_dask, _ = run_check(folders, dask="local")
    assert alone.articles  # the corpus was read
    assert json_out.render(on_dask, "warning") == json_out.render(alone, "warning")


def test_markdown_pages_are_staged_one_at_a_time_and_none_lands_if_one_fails(tmp_path):
    from audit.report.files import write_pages

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.md").write_text("old a", encoding="utf-8")
    on_disk_while_rendering: list[int] = []

    def pages():
        for name in ("a.md", "b.md"):
            # What is staged so far sits in temporary files, not in memory.
            on_disk_while_rendering.append(len(list(folder.iterdir())))
            yield name, f"new {name}"
        raise OSError("the renderer failed")

    with pytest.raises(OSError):
        write_pages(folder, pages())
    assert on_disk_while_rendering == [1, 2]
    assert sorted(p.name for p in folder.iterdir()) == ["a.md"]
    assert (folder / "a.md").read_text(encoding="utf-8") == "old a"
    assert write_pages(folder, iter([("a.md", "new a"), ("b.md", "new b")])) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["a.md", "b.md"]
    assert (folder / "a.md").read_text(encoding="utf-8") == "new a"


def test_markdown_pages_come_one_by_one_as_render_has_them(folder):
    from audit.report import markdown

    report, _ = run_check([folder], jobs=1)
    pages = markdown.pages(report)
    assert not isinstance(pages, dict)
    assert dict(pages) == markdown.render(report)


def test_json_written_piece_by_piece_reads_as_one_indented_document(folder):
    (folder / "broken.yaml").write_text("article: {id: x}\nclaims: [1\n", encoding="utf-8")
    (folder / "plain.txt").write_text("Nothing here is a figure.\n", encoding="utf-8")
    report, _ = run_check([folder], jobs=1)
    pieces = list(json_out.chunks(report, "warning"))
    text = "".join(pieces)
    assert len(pieces) > len(report.findings())  # a piece per finding, not one string
    assert report.errors and report.findings()
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
    assert text == json_out.render(report, "warning")


def test_parquet_holds_a_lone_surrogate_as_its_escape(tmp_path, capsys, monkeypatch):
    pq = pytest.importorskip("pyarrow.parquet")
    from tests.cli_helpers import run_main
    from tests.test_report_junit import claims_json

    claims = tmp_path / "story.json"
    claims.write_text(claims_json("\ud800", ""), encoding="utf-8")
    target = tmp_path / "findings.parquet"
    code, _, err = run_main(
        ["check", claims, "--format", "parquet", "-o", target, "--fail-on", "never"],
        capsys,
        monkeypatch,
    )
    assert code == 0, err
    assert pq.read_table(target).column("quote").to_pylist() == ["\\ud800"]
