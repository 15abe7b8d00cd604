"""One audit run, start to end: paths in, a report out. The CLI is a thin layer over this."""

from __future__ import annotations

from pathlib import Path

from audit.claims.claims_file import Article, build_article, load_claims_file
from audit.errors import InputError, UsageError
from audit.reference.facts import Fact, load_facts
from audit.report.model import Report
from audit.rules.rule_files import Rule, load_rules

CLAIMS_SUFFIXES = (".yaml", ".yml", ".json")
ARTICLE_SUFFIXES = (".txt", ".md")


def collect(paths: list[Path] | tuple[Path, ...]) -> list[Path]:
    """The claims files and articles named, folders expanded (sorted, so runs are repeatable)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in CLAIMS_SUFFIXES
                           + ARTICLE_SUFFIXES and not _hidden(p.relative_to(path)))
            if not found:
                raise UsageError(f"{path}: no claims files (.yaml, .yml, .json) or articles"
                                 " (.txt, .md) in this folder")
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in CLAIMS_SUFFIXES + ARTICLE_SUFFIXES:
                raise UsageError(f"{path}: not a claims file (.yaml, .yml, .json) or an article"
                                 " (.txt, .md)")
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    return files


def _hidden(relative: Path) -> bool:
    """Inside a folder, skip hidden files and folders (.git, .venv) and caches."""
    return any(part.startswith(".") or part == "__pycache__" for part in relative.parts)


def load_article(path: Path) -> Article:
    if path.suffix.lower() in ARTICLE_SUFFIXES:
        from audit.claims.yamlsource import loads
        from audit.extract import dump_yaml, extract_claims, read_article

        data = extract_claims(read_article(path), article_id=path.stem, source_path=str(path))
        return build_article(loads(dump_yaml(data), str(path)), str(path), path.stem)
    return load_claims_file(path)


def check_references(articles: list[Article], facts: dict[str, Fact]) -> None:
    """A relation naming a reference fact nobody defined is a claims-file error."""
    for article in articles:
        for relation in article.relations:
            for role, fills in relation.roles.items():
                for fill in fills:
                    if fill.source == "fact" and fill.ref not in facts:
                        known = ", ".join(sorted(facts)[:8])
                        raise InputError(f"relation {relation.id}, role {role}: unknown"
                                         f" reference fact {fill.ref!r} (known: {known}, ...;"
                                         " add facts with --reference)", article.path,
                                         relation.line)


def run_check(paths, rule_dirs=(), reference_files=(), baseline: Path | None = None,
              config=None, progress=None) -> tuple[Report, list[Rule]]:
    """`config` (audit.gate.config.Config) selects files found in folders and the rules;
    `progress(done, total)`, if given, is called as each file is read."""
    from audit.engine import evaluate as engine
    from audit.engine.tables import build_tables
    from audit.report.model import build_report

    files = collect(paths)
    if config is not None:
        named = {Path(p) for p in paths}
        files = [f for f in files if f in named or config.wanted(f)]
    articles = []
    for done, path in enumerate(files, 1):
        articles.append(load_article(path))
        if progress is not None:
            progress(done, len(files))
    seen: dict[str, str] = {}
    for article in articles:
        if article.id in seen:
            raise InputError(f"article id {article.id!r} is also used by {seen[article.id]}",
                             article.path)
        seen[article.id] = article.path
    rules = load_rules(rule_dirs)
    if config is not None:
        rules = config.apply_rules(rules)
    facts = load_facts(reference_files)
    check_references(articles, facts)
    tables = build_tables(articles, facts)
    findings = engine.run(tables, rules)
    report = build_report(articles, tables, findings, rules, facts)
    _gate(report, baseline)
    return report, rules


def _gate(report: Report, baseline: Path | None) -> None:
    """Fingerprints, suppression comments in the articles, then the baseline."""
    from audit.gate import baseline as baselines
    from audit.gate import suppress
    from audit.report.fingerprint import stamp

    stamp(report)
    suppress.apply(report)
    if baseline is not None:
        report.baselined = baselines.apply(report, baselines.load(baseline))
