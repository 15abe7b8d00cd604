"""The `audit` command: a thin click layer over the importable core.

Heavy modules (pandas, pint's cache, rich) load inside the commands that need them, so a
pre-commit gate on one claims file starts fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from audit import exit_codes
from audit.errors import AuditError

FORMATS = (
    "terminal",
    "markdown",
    "json",
    "jsonl",
    "parquet",
    "sarif",
    "github",
    "junit",
    "gitlab",
    "html",
)
THRESHOLDS = ("error", "warning", "never")
STDOUT = Path("-")  # "-o -": write to standard output, as most tools read it
# Options several commands share, spelled once.
RULES_OPTION = click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="A folder of extra rule files (repeatable).",
)
REFERENCE_OPTION = click.option(
    "--reference",
    "reference_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="A file of extra reference facts (repeatable).",
)


@click.group(epilog=exit_codes.help_text())
@click.version_option(package_name="claims-audit")
def cli() -> None:
    """Recompute the numbers in news articles and say which hold."""


@cli.command(epilog=exit_codes.help_text())
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="terminal",
    show_default=True,
    help="Report on the terminal, as Markdown files, as JSON, as"
    " JSON Lines (one finding a line), as a Parquet table (needs -o and pyarrow), as"
    " SARIF, GitHub annotations, JUnit, GitLab Code Quality, or an HTML review page.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write the json, jsonl, parquet or html report to this file (html default: report.html).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes that read, extract and audit files (default: every core).",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="local|ADDRESS",
    help="Read, extract and audit on a Dask cluster: a local one or a scheduler's address.",
)
@click.option(
    "--fail-on",
    type=click.Choice(THRESHOLDS),
    default=None,
    help="Lowest severity of an unaccepted inconsistency that makes the exit status 1"
    " (default: the configuration's, else error).",
)
@click.option(
    "--reports-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Where --format markdown writes its pages, each also as HTML with an index.html"
    " (default reports/).",
)
@RULES_OPTION
@REFERENCE_OPTION
@click.option(
    "--baseline",
    type=click.Path(path_type=Path),
    help="Fail only on findings this baseline (from `audit baseline`) does not hold.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar on long runs.")
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply the configuration's include/exclude to files named on the command line too"
    " (for pre-commit, which names every changed file).",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    help="Configuration file (default: the nearest pyproject.toml [tool.claims-audit],"
    " audit.toml or .audit.toml above the paths).",
)
def check(
    paths,
    output_format,
    output,
    jobs,
    dask_address,
    fail_on,
    reports_dir,
    rule_dirs,
    reference_files,
    baseline,
    quiet,
    force_exclude,
    config_file,
) -> None:
    """Audit claims files (.yaml, .yml, .json), articles (.txt, .md) or folders of them."""
    from audit.gate.config import load as load_config
    from audit.pipeline import run_check

    if reports_dir is not None and output_format != "markdown":
        raise click.UsageError(
            "--reports-dir is where --format markdown writes; add --format markdown"
        )
    to_stdout = output == STDOUT
    if to_stdout:
        output = None
    if output_format == "parquet" and output is None:
        raise click.UsageError("--format parquet writes a file: name it with -o FILE.parquet")
    config = load_config(paths, config_file)
    fail_on = fail_on or config.fail_on
    run = {
        "paths": paths,
        "rule_dirs": [*config.rules, *rule_dirs],
        "reference_files": [*config.reference, *reference_files],
        "baseline": baseline or config.baseline,
        "config": config,
        "jobs": jobs,
        "dask": dask_address,
        "force_exclude": force_exclude,
    }
    if output_format == "jsonl":
        _streamed(run, output, fail_on, quiet)
    with _progress(quiet) as progress:
        report, rules = run_check(progress=progress, **run)
    status = (
        exit_codes.BAD_INPUT
        if report.errors
        else exit_codes.FINDINGS
        if report.failing(fail_on)
        else exit_codes.CLEAN
    )
    if output_format == "parquet" or (output and output_format == "json"):
        from audit.report.outputs import write_report

        write_report(report, output_format, output, fail_on)
    elif output_format in ("sarif", "github", "junit", "gitlab"):
        _gate_output(report, rules, output_format, fail_on)
    elif output_format == "html":
        from audit.report import html
        from audit.report.files import write_atomically

        if to_stdout:
            _echo(html.render(report), status)
        else:
            page = output or Path("report.html")
            write_atomically(page, html.render(report))
            _echo(f"wrote {page}\n", status)
    elif output_format == "json":
        from audit.report import json_out

        _echo(json_out.chunks(report, fail_on), status)
    elif output_format == "markdown":
        from audit.report import html, markdown
        from audit.report.files import write_pages

        folder = reports_dir or Path("reports")
        # Rendered and staged one page at a time, the HTML ones beside for a browser; none
        # replaces a page until all are staged.
        from itertools import chain

        written = write_pages(
            folder, chain(markdown.pages(report, html_beside=True), html.pages(report).items())
        )
        _echo(f"wrote {written} pages to {folder}\n", status)
    else:
        _terminal(report, fail_on, status)
    for error in report.errors:
        _say(f"audit: error: {error}")
    sys.exit(status)


def _terminal(report, fail_on: str, status: int) -> None:
    """The terminal report; into a pipe, the text rich would print there, without rich."""
    from audit.report import plain

    width = plain.pipe_width()
    if width is not None:
        try:
            _echo(plain.text_for_pipe(report, fail_on, width), status)
            return
        except plain.Unsupported:
            pass
    from rich.console import Console

    from audit.report import terminal

    terminal.render(report, Console(highlight=False), fail_on)


def _streamed(run: dict, output: Path | None, fail_on: str, quiet: bool) -> None:
    """JSON Lines: each article's findings written as its files are audited, none held after
    (audit.pipeline.stream_check), to standard output or staged beside `output`."""
    from audit.pipeline import stream_check
    from audit.report import jsonl
    from audit.report.files import write_atomically
    from audit.report.model import Report

    done = Report([])
    lines = jsonl.Lines(fail_on)
    with _progress(quiet) as progress:
        text = lines.of(stream_check(progress=progress, into=done, **run))
        if output is None:
            sys.stdout.writelines(text)
            sys.stdout.flush()
        else:
            # Staged beside the file and renamed into place: a failed run never leaves half
            # a report.
            write_atomically(output, text)
    for error in done.errors:
        _say(f"audit: error: {error}")
    sys.exit(
        exit_codes.BAD_INPUT
        if done.errors
        else exit_codes.FINDINGS
        if lines.failing
        else exit_codes.CLEAN
    )


def _echo(text: str | Iterator[str], status: int) -> None:
    """Print a report (or its pieces, as they come); a reader that closed the pipe ends the
    run with the status it earned."""
    try:
        sys.stdout.writelines([text] if isinstance(text, str) else text)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(status)


def _quiet_stdout() -> None:
    # Python would report the closed pipe again when it flushes stdout at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


@contextmanager
def _progress(quiet: bool) -> Iterator:
    """A progress bar on stderr while files are read, only on a terminal and not --quiet."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("auditing", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def _gate_output(report, rules, output_format, fail_on) -> None:
    """CI formats (audit.report.sarif, github); GitHub also gets the Markdown step summary."""
    import os

    if output_format == "sarif":
        from audit.report import sarif

        click.echo(sarif.render(report, rules, fail_on), nl=False)
        return
    if output_format in ("junit", "gitlab"):
        from audit.report import gitlab, junit

        click.echo((junit if output_format == "junit" else gitlab).render(report), nl=False)
        return
    from audit.errors import InputError
    from audit.report import github, markdown

    click.echo(github.render(report), nl=False)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary:
        return
    try:
        with open(summary, "a", encoding="utf-8") as out:
            for index, (_, page) in enumerate(markdown.pages(report)):  # a page at a time
                out.write("\n" * (index > 0) + page)
    except OSError as error:
        raise InputError(
            f"cannot write the GitHub step summary (GITHUB_STEP_SUMMARY): "
            f"{error.strerror or error}",
            summary,
        ) from None


@cli.command("baseline")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("audit-baseline.json"),
    show_default=True,
    help="Write the baseline here.",
)
@RULES_OPTION
@REFERENCE_OPTION
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    help="Configuration file (default: found by walking up from the paths, as check does).",
)
def baseline_command(paths, output, rule_dirs, reference_files, config_file) -> None:
    """Record today's inconsistencies so `audit check --baseline` fails only on new ones."""
    from audit.gate import baseline
    from audit.gate.config import load as load_config
    from audit.pipeline import run_check

    # The same files, rules and facts as `check` reads, less any baseline it names.
    config = load_config(paths, config_file)
    report, _ = run_check(
        paths, [*config.rules, *rule_dirs], [*config.reference, *reference_files], None, config
    )
    from audit.report.files import write_atomically

    text = baseline.dump(report)
    write_atomically(output, text)
    click.echo(f"wrote {text.count('fingerprint')} findings to {output}")


@cli.command("config")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    help="Configuration file (default: found by walking up from the paths).",
)
def config_command(paths, config_file) -> None:
    """Print the effective configuration and where each value came from."""
    from audit.gate.config import describe, load

    click.echo(describe(load(paths, config_file)), nl=False)


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write the claims file here (default, or -: print it).",
)
@click.option("--id", "article_id", help="The article's id (default: the file name).")
@click.option("--title", help="The article's title, if the text does not give it.")
@click.option("--published", help="Publication date (2023-11-23 or 2023-11).")
def extract(article, output, article_id, title, published) -> None:
    """Draft a claims file from an article for an editor to review."""
    from audit.claims.periods import parse_period
    from audit.errors import UsageError
    from audit.extract import dump_yaml, extract_claims, read_article
    from audit.report.files import write_atomically

    if published:
        try:
            parse_period(published)
        except AuditError as error:
            raise UsageError(f"--published {published!r}: {error}") from None
    if article_id is not None and (not article_id.strip() or "\n" in article_id):
        raise UsageError("--id must be one line of text")
    from audit.pipeline import loadable_draft

    body = read_article(article)
    data = loadable_draft(
        extract_claims(
            body,
            article_id=article_id or article.stem,
            title=title,
            published=published,
            source_path=str(article),
        ),
        body,
        str(article),
    )
    text = dump_yaml(data)
    if output and output != STDOUT:
        write_atomically(output, text)
        click.echo(
            f"wrote {len(data.get('claims', []))} claims and "
            f"{len(data.get('relations', []))} relations to {output}"
        )
    else:
        _echo(text, exit_codes.CLEAN)


@cli.command("rules")
@click.option(
    "--test",
    "test_dir",
    type=click.Path(path_type=Path),
    help="Load the rule files in this folder and run their examples.",
)
def rules_command(test_dir) -> None:
    """List the rules, or test a folder of rule files."""
    from audit.rules.rule_files import load_rules

    if test_dir is None:
        for rule in load_rules():
            click.echo(f"{rule.id:32} {rule.severity:8} {rule.title}")
        return
    from audit.rule_examples import run_examples

    failures = 0
    for rule in load_rules([test_dir], include_builtin=False):
        for result in run_examples(rule):
            mark = "ok  " if result.ok else "FAIL"
            failures += not result.ok
            click.echo(
                f"{mark} {rule.id} {result.expected} example (line {result.example.line})"
                f": {result.status}" + (f" ({result.detail})" if result.detail else "")
            )
    sys.exit(exit_codes.FINDINGS if failures else exit_codes.CLEAN)


@cli.command()
@click.argument("rule_id")
def explain(rule_id) -> None:
    """Show what a rule checks, why it matters and an example."""
    from audit.rules.rule_files import load_rules

    rules = {r.id: r for r in load_rules()}
    if rule_id not in rules:
        raise click.UsageError(f"no rule {rule_id!r}; `audit rules` lists them")
    rule = rules[rule_id]
    click.echo(
        f"{rule.id}: {rule.title}\n\nKind: {rule.kind.name} ({rule.kind.title}); "
        f"severity: {rule.severity}\n"
    )
    for name, formula in rule.readings.items():
        click.echo(f"{rule.compare} = {formula.text}" + (f"   (read '{name}')" if name else ""))
    for section, heading in (
        ("checks", "What it checks"),
        ("why", "Why it matters"),
        ("example", "Example"),
    ):
        click.echo(f"\n{heading}:\n  {rule.docs[section]}")


@cli.command()
def kinds() -> None:
    """List the relation kinds and their roles."""
    from audit.claims.kinds import KINDS

    for kind in KINDS.values():
        roles = ", ".join(r.name + (" (derived)" if r.derived else "") for r in kind.roles)
        click.echo(f"{kind.name:14} {roles}\n{'':14} {kind.title}")


@cli.command()
@click.argument("query", nargs=-1)
@REFERENCE_OPTION
@click.option("--limit", default=40, show_default=True, help="Show at most this many facts.")
def facts(query, reference_files, limit) -> None:
    """List or search the reference facts (entity, metric, year) with sources and vintages."""
    from audit.reference import search
    from audit.reference.facts import load_facts

    known = load_facts(reference_files)
    text = " ".join(query)
    if not text:
        click.echo("Shipped tables (search them: audit facts India GDP 2019):")
        for line in search.summary():
            click.echo(f"  {line}")
        click.echo("Hand-entered and your facts:")
    found, total = search.search(known, text, limit)
    for fact in found:
        for line in search.describe(fact):
            click.echo(line)
    if total > len(found):
        click.echo(f"... {total - len(found)} more (narrow the query or raise --limit)")
    elif not found:
        click.echo(f"no reference fact matches {text!r}")
        sys.exit(exit_codes.FINDINGS)


# One BLAS thread is plenty for the engine's small arrays; numpy's default of a thread per core
# costs a gate more CPU than the audit itself. The user's own setting wins.
BLAS_THREAD_VARIABLES = (
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)


def main() -> None:
    import gc
    import os

    from audit.parallel import fewer_collections

    for name in BLAS_THREAD_VARIABLES:  # before anything imports numpy
        os.environ.setdefault(name, "1")
    fewer_collections()
    for stream in (sys.stdout, sys.stderr):
        # A character the terminal's encoding cannot hold (a lone surrogate escaped in a JSON
        # claims file) is written as an escape, never a crash halfway through the report.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        _main()
    except SystemExit:
        # Whatever the run made lives to the exit: the collector's pass at shutdown need not
        # scan it (a tenth of a one-file gate).
        gc.freeze()
        raise
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(exit_codes.BAD_INPUT)
    except Exception as error:  # a bug, never a finding: say so in one line, exit 2
        if os.environ.get("AUDIT_DEBUG"):
            raise
        what = " ".join(sys.argv[1:3]) or "audit"
        _say(
            f"audit: internal error while running `audit {what}`: "
            f"{type(error).__name__}: {error} (AUDIT_DEBUG=1 shows the traceback)"
        )
        sys.exit(exit_codes.BAD_INPUT)


def _say(line: str) -> None:
    """One line on stderr; a closed stderr must not change the exit status."""
    with contextlib.suppress(OSError, ValueError):
        click.echo(line[:2000], err=True)


def _main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        # One line, like every other bad-input message ("audit: error: ...").
        _say(f"audit: error: {error.format_message()}")
        sys.exit(exit_codes.BAD_INPUT)
    except click.exceptions.Abort:
        sys.exit(exit_codes.BAD_INPUT)
    except AuditError as error:
        _say(f"audit: error: {error}")
        sys.exit(exit_codes.BAD_INPUT)


if __name__ == "__main__":
    main()
