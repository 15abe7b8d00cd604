"""One audit run, start to end: paths in, a report out. The CLI is a thin layer over this."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from audit.claims.claims_file import Article, build_article, load_claims_file
from audit.errors import InputError, UsageError
from audit.reference.facts import Fact, load_facts
from audit.report.model import ArticleReport, Report
from audit.rules.rule_files import Rule, load_rules

CLAIMS_SUFFIXES = (".yaml", ".yml", ".json")
ARTICLE_SUFFIXES = (".txt", ".md")

if TYPE_CHECKING:
    from audit.reference.conflict_table import ConflictFinder
    from audit.reference.conflicts import Statement
    from audit.report.conflict_findings import Listing
    from audit.report.model import Finding


def collect(paths: list[Path] | tuple[Path, ...]) -> list[Path]:
    """The claims files and articles named, folders expanded (sorted, so runs are repeatable)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in CLAIMS_SUFFIXES + ARTICLE_SUFFIXES
                and not _hidden(p.relative_to(path))
            )
            if not found:
                raise UsageError(
                    f"{path}: no claims files (.yaml, .yml, .json) or articles"
                    " (.txt, .md) in this folder"
                )
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in CLAIMS_SUFFIXES + ARTICLE_SUFFIXES:
                raise UsageError(
                    f"{path}: not a claims file (.yaml, .yml, .json) or an article (.txt, .md)"
                )
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    return files


def _hidden(relative: Path) -> bool:
    """Inside a folder, skip hidden files and folders (.git, .venv) and caches."""
    return any(part.startswith(".") or part == "__pycache__" for part in relative.parts)


def load_article(path: Path) -> Article:
    if path.suffix.lower() in ARTICLE_SUFFIXES:
        return _extracted(path)
    return load_claims_file(path)


def _extracted(path: Path) -> Article:
    """An article's claims straight from its draft, without writing and re-reading YAML.

    Whatever in the draft the loader would refuse is left out and listed with the article's
    skipped figures, placed by line and column in the article itself.
    """
    from audit.claims.yamlsource import from_data
    from audit.extract import extract_claims, read_article

    text = read_article(path)
    data = extract_claims(text, article_id=path.stem, source_path=str(path))
    data["article"].pop("id", None)  # the file name is the id, whatever characters it holds
    left_out: list[dict] = []

    def leave_out(item, error: InputError) -> None:
        left_out.append(_skipped_entry(item, error, text))

    tree = from_data(data, str(path))
    del data  # the draft's own dicts: a long article need not hold them beside the tree
    article = build_article(tree, str(path), path.stem, leave_out)
    article.skipped.extend(left_out)
    return article


def loadable_draft(data: dict, text: str, path: str) -> dict:
    """The draft `data` less what the loader would refuse, each listed under skipped figures.

    `extract -o` writes this, so that `check` on the written draft loads as `check` on the
    article does.
    """
    from audit.claims.yamlsource import from_data

    refused: set[str] = set()

    def leave_out(item, error: InputError) -> None:
        refused.add(str(item.get("id")))
        data["article"].setdefault("skipped", []).append(_skipped_entry(item, error, text))

    build_article(from_data(data, path), path, "draft", leave_out)
    for key in ("claims", "relations"):
        data[key] = [item for item in data.get(key, []) if str(item.get("id")) not in refused]
    return data


def _skipped_entry(item, error: InputError, text: str) -> dict:
    """A refused draft item as a skipped figure, placed by line and column in the article."""
    span = list(item["span"]) if isinstance(item.get("span"), list) else None
    where = f" (line {_line_column(text, span[0])})" if span else ""
    return {
        "quote": str(item.get("quote") or item.get("value") or item.get("kind") or "?"),
        "why": f"not drafted{where}: {error.message}",
        **({"span": span} if span else {}),
    }


def _line_column(text: str, offset: int) -> str:
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    return f"{line}, column {offset - text.rfind(chr(10), 0, offset)}"


def unknown_references(article: Article, facts: Mapping[str, Fact]) -> InputError | None:
    """A relation naming a reference fact nobody defined is a claims-file error."""
    for relation in article.relations:
        for role, fills in relation.roles.items():
            for fill in fills:
                if fill.source == "fact" and fill.ref not in facts:
                    known = ", ".join(sorted(facts)[:8])
                    return InputError(
                        f"relation {relation.id}, role {role}: unknown"
                        f" reference fact {fill.ref!r} (known: {known}, ...;"
                        " add facts with --reference)",
                        article.path,
                        relation.line,
                    )
    return None


class Setup:
    """What auditing a file needs besides the file: the rules, the facts, the rate band.

    A worker process that is spawned (not forked) receives it as how to load them again, as
    the rules hold compiled formulas, which do not pickle."""

    def __init__(self, rule_dirs=(), reference_files=(), config=None) -> None:
        self._load(rule_dirs, reference_files, config)

    def _load(self, rule_dirs, reference_files, config) -> None:
        from audit.reference.rate_windows import DEFAULT_BAND

        # Absolute, so a worker started in another folder loads the same files.
        self.recipe = (
            tuple(Path(p).absolute() for p in rule_dirs),
            tuple(Path(p).absolute() for p in reference_files),
            config,
        )
        self.rules = load_rules(rule_dirs)
        if config is not None:
            self.rules = config.apply_rules(self.rules)
        self.facts = load_facts(reference_files)
        self.band = config.rate_band if config is not None else DEFAULT_BAND

    def __getstate__(self):
        return self.recipe

    def __setstate__(self, recipe) -> None:
        self._load(*recipe)


def audit_files(
    files: Sequence[Path | str], setup: Setup
) -> list[ArticleReport | Article | InputError]:
    """Each file loaded, and the articles audited together: tables, engine, evidence and their
    findings, as far as one article at a time goes (cross-article conflicts come later).

    One result per file, in order: its article's report (the article without its relations,
    which only the engine reads), its InputError, or, for a second article with an id already
    used in these files, its article alone (not audited).
    """
    from audit.engine import evaluate as engine
    from audit.engine import evidence
    from audit.engine.tables import build_tables
    from audit.gate import coverage, policy, suppress
    from audit.gate.fingerprint import stamp
    from audit.reference import rate_windows
    from audit.reference.conflicts import figures
    from audit.report.model import build_report

    loaded: list[Article | InputError] = []
    for path in map(Path, files):
        try:
            article = load_article(path)
        except InputError as error:
            loaded.append(error.located(str(path)))
            continue
        loaded.append(unknown_references(article, setup.facts) or article)
    ids: set[str] = set()
    articles = []
    for item in loaded:
        if isinstance(item, Article) and item.id not in ids:
            ids.add(item.id)
            articles.append(item)
    # The rate windows are fixed here, before the engine runs (audit.reference.rate_windows).
    windows = rate_windows.build(articles, setup.facts, setup.band)
    tables = build_tables(articles, setup.facts, windows)
    findings = engine.run(tables, setup.rules)
    joined = evidence.gather(tables, findings, articles, setup.facts)
    del tables
    report = build_report(articles, findings, joined, setup.rules)
    # What the rest of the run reads of the claims, taken while the claims are here: the run
    # holds every article to its end, but only its findings and these.
    policy.order(report)  # coverage gives each figure the reason of its first finding
    coverage.count(report)  # conflicts found later add to it (_add_conflicts)
    stamp(report)
    reports = {}
    for article_report in report.articles:
        article_report.figures = figures(article_report.article)
        article_report.commented = suppress.commented(article_report)
        reports[id(article_report.article)] = article_report
        article_report.article = _without_claims(article_report.article)
    return [
        reports.get(id(item), _without_claims(item) if isinstance(item, Article) else item)
        for item in loaded
    ]


def _without_claims(article: Article) -> Article:
    """The article as its report reads it: its file, title, date and accepted findings (its
    skipped figures are in its coverage)."""
    return Article(
        article.id,
        article.path,
        article.title,
        article.publisher,
        article.published,
        article.text_path,
        accepted=article.accepted,
    )


def run_check(
    paths,
    rule_dirs=(),
    reference_files=(),
    baseline: Path | None = None,
    config=None,
    progress=None,
    jobs: int | None = None,
    dask: str | None = None,
    force_exclude: bool = False,
) -> tuple[Report, list[Rule]]:
    """Audit every file named; a file that cannot be read or validated costs only itself.

    Rule and reference files are the run's own configuration: a bad one stops the run.
    Each bad claims file or article becomes an entry of `report.errors` instead. Files are
    read, extracted and audited a chunk at a time on `jobs` worker processes (or a Dask
    cluster, audit.parallel); conflicts across articles are found here, over all of them.
    `config` (audit.gate.config.Config) selects files found in folders and the rules, and sets
    the band allowed either side of a dated exchange rate; `progress(done, total)`, if given,
    is called as files are done. `force_exclude` applies the include/exclude globs to files
    named directly too (as pre-commit names them), and the baseline file is never audited as a
    claims file.
    """
    from audit.parallel import keep

    run = _Run(paths, rule_dirs, reference_files, baseline, config, force_exclude)
    report = Report([], run.errors)
    # What is kept from the cycle collector is what a run of many chunks would scan again at
    # each full pass; a run of one chunk ends before a full pass comes, and collecting its
    # young objects to keep them would cost a one-file gate more than the pass it avoids.
    chunks = 0
    for received in run.audited(progress, jobs, dask):
        report.articles.extend(received)
        chunks += 1
        if chunks > 1:
            keep()
    _add_conflicts(run.conflicts(), {r.article.id: r for r in report.articles})
    if chunks > 1:
        keep()  # the conflicts' findings too: the report is held until it is written
    report.baselined = _gate(report, _baseline_prints(run.baseline))
    return report, run.setup.rules


def stream_check(
    paths,
    rule_dirs=(),
    reference_files=(),
    baseline: Path | None = None,
    config=None,
    progress=None,
    jobs: int | None = None,
    dask: str | None = None,
    force_exclude: bool = False,
    into: Report | None = None,
) -> Iterator[ArticleReport]:
    """The run of run_check, for a report that writes each finding as it comes (JSON Lines):
    each article's report, gated, as soon as its chunk is audited, and nothing of it held
    after; then, once every article is in, the findings of the conflicts across articles, in
    reports of their own (an article's second report, its coverage left to the first), gated
    likewise. The errors and the count of baselined findings go to `into`.

    An accepted entry or an audit comment that covers only a conflict's finding accepts it
    all the same; the notes of entries that match nothing are not given (the stream has no
    place for them).
    """
    run = _Run(paths, rule_dirs, reference_files, baseline, config, force_exclude)
    into = into if into is not None else Report([])
    into.errors = run.errors
    prints = _baseline_prints(run.baseline)
    for received in run.audited(progress, jobs, dask):
        for article_report in received:
            into.baselined += _gate(Report([article_report]), prints)
            yield article_report
    # Each article's conflict findings are made as its report is written, not all at once:
    # an archive whose figures disagree has as many of them as figures.
    for article_id, stated in run.conflicts():
        article, commented = run.article(article_id)
        late = ArticleReport(article, [_stamped(*each) for each in stated], commented=commented)
        into.baselined += _gate(Report([late]), prints)
        yield late


class _Run:
    """The files of a run and what auditing them needs; their reports as chunks are done, the
    run's errors, and the conflicts across its articles once all are in."""

    def __init__(self, paths, rule_dirs, reference_files, baseline, config, force_exclude) -> None:
        files = collect(paths)
        if config is not None:
            named = set() if force_exclude else {Path(p) for p in paths}
            files = [f for f in files if f in named or config.wanted(f)]
        if baseline is not None:
            files = [f for f in files if f.resolve() != baseline.resolve()]
        # Names, not Path objects: an archive's list of files is held to the end of the run.
        self.files = [str(f) for f in files]
        self.baseline = baseline
        self.setup = Setup(rule_dirs, reference_files, config)
        self.errors: list[InputError] = []
        # One file has no other to share an id or conflict with: the one-file gate skips it.
        self._held: _Held | None = None
        self._finder: ConflictFinder | None = None
        if len(files) > 1:
            from audit.reference.conflict_table import ConflictFinder
            from audit.spill import open_spill

            db = open_spill()
            self._held, self._finder = _Held(db), ConflictFinder(db)

    def audited(self, progress, jobs, dask) -> Iterator[list[ArticleReport]]:
        """The reports of each chunk of files, in the order of the files; the files that
        cannot be read, and second articles with an id already used, go to `errors`."""
        if dask:
            from audit.dask_run import map_on_dask

            done = map_on_dask(audit_files, self.files, self.setup, dask)
        else:
            from audit.parallel import map_chunks

            done = map_chunks(audit_files, self.files, self.setup, jobs, progress)
        for chunk in done:
            yield [r for r in map(self._received, chunk) if r is not None]

    def _received(self, item: ArticleReport | Article | InputError) -> ArticleReport | None:
        if isinstance(item, InputError):
            self.errors.append(item)
            return None
        article = item if isinstance(item, Article) else item.article
        first = self._held.first_path(article.id) if self._held is not None else None
        if first is not None:
            self.errors.append(
                InputError(f"article id {article.id!r} is also used by {first}", article.path)
            )
            return None
        assert isinstance(item, ArticleReport)  # an article left unaudited repeats an id
        if self._held is not None and self._finder is not None:
            self._held.add(article, item.commented)
            self._finder.add(article.id, item.figures)
        item.figures = []
        return item

    def conflicts(self) -> Iterator[tuple[str, list[tuple[Listing, Statement, int]]]]:
        """Each article with statements in conflicts across the run, in the order of the
        articles: its statements, each with the listing that writes its finding and how many
        of that conflict's statements its article makes."""
        from audit.report.conflict_findings import Listing

        if self._finder is not None:
            yield from self._finder.statements(self.setup.facts, Listing)
            self._finder = None

    def article(self, article_id: str) -> tuple[Article, bool]:
        """A received article (less its claims) by id, and whether its text may hold
        suppression comments."""
        assert self._held is not None
        return self._held.get(article_id)


class _Held:
    """The run's articles by id, on disk (audit.spill): the file each id came from, to name
    the first when another uses it, and the article less its claims, for the findings of its
    conflicts at the end of a streamed run."""

    def __init__(self, db) -> None:
        import pickle

        self._db, self._pickle = db, pickle
        db.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, path TEXT, article BLOB)")

    def first_path(self, article_id: str) -> str | None:
        row = self._db.execute("SELECT path FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def add(self, article: Article, commented: bool) -> None:
        self._db.execute(
            "INSERT INTO articles VALUES (?, ?, ?)",
            (article.id, article.path, self._pickle.dumps((article, commented), protocol=5)),
        )

    def get(self, article_id: str) -> tuple[Article, bool]:
        row = self._db.execute(
            "SELECT article FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return self._pickle.loads(row[0])


def _add_conflicts(
    stated: Iterator[tuple[str, list[tuple[Listing, Statement, int]]]],
    by_id: dict[str, ArticleReport],
) -> None:
    """Each conflict's findings added to its articles, with their fingerprints and the
    figures they check counted, as the articles' own findings were in audit_files."""
    from audit.gate.coverage import add_checked

    for article_id, pairs in stated:
        article_report = by_id[article_id]
        for each in pairs:
            finding = _stamped(*each)
            article_report.findings.append(finding)
            add_checked(article_report.coverage, finding.claims)


def _stamped(listing: Listing, statement: Statement, alongside: int) -> Finding:
    """A statement's conflict finding with its fingerprint, from the figure the statement
    keeps of its claim (the claims themselves are gone by now)."""
    from audit.gate.fingerprint import claim_part, of_parts

    finding = listing.finding(statement, alongside)
    part = claim_part(
        statement.written,
        statement.metric,
        statement.entity,
        listing.period,
        statement.quote,
    )
    finding.fingerprint = of_parts(finding, {statement.claim: part})
    return finding


def _baseline_prints(baseline: Path | None) -> set[str] | None:
    from audit.gate import baseline as baselines

    return baselines.load(baseline) if baseline is not None else None


def _gate(report: Report, prints: set[str] | None) -> int:
    """The gate's policy (guesses capped, accepted entries), suppression comments in the
    articles, then a baseline's loaded fingerprints (coverage and fingerprints are the
    articles' own, counted in audit_files and _add_conflicts); how many findings the baseline
    holds."""
    from audit.gate import baseline as baselines
    from audit.gate import policy, suppress

    policy.apply(report)
    suppress.apply(report)
    return baselines.apply(report, prints) if prints is not None else 0
