"""Run a rule's own examples through the engine: each 'pass' must be consistent, each 'fail'
inconsistent. The test suite runs them for every shipped rule; `audit rules --test DIR` runs
them for a user's rule files. Like a run, it looks up the examples' exchange-rate windows first
(audit.reference.rate_windows), then hands the engine its tables."""

from __future__ import annotations

from dataclasses import dataclass

from audit.claims.claims_file import Article, Claim, Fill, Relation
from audit.claims.kinds import SPAN_ROLES
from audit.claims.periods import parse_period
from audit.claims.values import parse_value
from audit.engine import evaluate as engine
from audit.engine.tables import build_tables
from audit.errors import InputError
from audit.reference import rate_windows
from audit.rules.rule_files import Example, Rule


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    expected: str  # "pass" | "fail"
    example: Example
    status: str
    detail: str

    @property
    def ok(self) -> bool:
        wanted = engine.CONSISTENT if self.expected == "pass" else engine.INCONSISTENT
        return self.status == wanted


def run_examples(rule: Rule) -> list[ExampleResult]:
    articles = []
    cases = [("pass", e) for e in rule.passing] + [("fail", e) for e in rule.failing]
    for number, (_, example) in enumerate(cases):
        articles.append(_article(rule, example, f"example-{number}"))
    findings = engine.run(_tables(articles), [rule])
    by_article = {row.article: row for row in findings.rows()}
    results = []
    for number, (expected, example) in enumerate(cases):
        row = by_article.get(f"example-{number}")
        status = row.status if row is not None else "no finding"
        detail = (row.reason or row.cause) if row is not None else ""
        results.append(ExampleResult(rule.id, expected, example, status, detail))
    return results


def check_roles(
    rule: Rule, roles: dict[str, object], reading: str | None = None, rate_period: str | None = None
) -> ExampleResult:
    """Audit one relation written as role -> value text, under one rule (for tests and docs)."""
    example = Example(roles, 0, reading, rate_period)
    findings = engine.run(_tables([_article(rule, example, "one")]), [rule])
    row = next(findings.rows())
    return ExampleResult(rule.id, "", example, row.status, row.reason or row.cause)


def _tables(articles: list[Article]):
    return build_tables(articles, {}, rate_windows.build(articles, {}))


def _article(rule: Rule, example: Example, article_id: str) -> Article:
    article = Article(article_id, rule.path)
    roles: dict[str, tuple[Fill, ...]] = {}
    try:
        for role, written in example.roles.items():
            fills = []
            for part, text in enumerate(written if isinstance(written, list) else [written]):
                if role in SPAN_ROLES:
                    fills.append(Fill("value", value=parse_value(f"exactly {text}")))
                    continue
                claim = Claim(f"{role}-{part}", parse_value(str(text)))
                article.claims[claim.id] = claim
                fills.append(Fill("claim", ref=claim.id))
            roles[role] = tuple(fills)
        rate_period = parse_period(example.rate_period) if example.rate_period else None
    except InputError as error:
        raise InputError(
            f"example of rule {rule.id}: {error.message}", rule.path, example.line
        ) from None
    article.relations.append(
        Relation("example", rule.kind.name, roles, example.reading, rate_period=rate_period)
    )
    return article
