"""Run `audit check` on a snippet of article text, as the snippet tests do."""

from pathlib import Path

from audit.extract import extract_claims, find_quantities
from audit.pipeline import run_check


def assert_money_read(text: str, written: str, value: str, currency: str) -> None:
    """The figure written `written` in `text` is money of `value` in `currency`, and its claim
    value reads back the same."""
    from decimal import Decimal

    from audit.claims.values import parse_value
    from audit.extract.values_out import claim_value

    found = figure_written(text, written)
    assert (found.kind, found.value, found.currency) == ("money", Decimal(value), currency)
    stated = parse_value(claim_value(found)[0])
    assert stated.number == Decimal(value) and stated.currency == currency


def figure_written(text: str, written: str):
    """The figure the finder reads over exactly `written` in `text`."""
    found = [f for f in find_quantities(text) if text[f.start : f.end] == written]
    assert found, f"{written!r} not found whole in {text!r}: {find_quantities(text)}"
    return found[0]


def audit_snippet(tmp_path: Path, name: str, text: str):
    """The findings of auditing `text` as the article `name`."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    report, _ = run_check([path])
    return report.findings()


def assert_relation_verdict(tmp_path: Path, name: str, text: str, kind: str, verdict: str) -> None:
    """The snippet yields exactly one relation of `kind`, and it comes out `verdict`."""
    found = [f for f in audit_snippet(tmp_path, name, text) if f.kind == kind]
    assert found, f"no {kind} relation found in {name}"
    assert [f.status for f in found] == [verdict]


def totals_and_parts(text: str, kind: str, pattern: str = "") -> list[tuple]:
    """(total, parts, confidence) as written, of each drafted `kind` relation whose evidence
    names `pattern`."""
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (
            values[r["roles"]["total"]],
            [values[p] for p in r["roles"]["parts"]],
            r.get("confidence"),
        )
        for r in drafted["relations"]
        if r["kind"] == kind and pattern in r.get("note", "")
    ]


def roles_written(text: str, kind: str, roles: tuple[str, ...]) -> list[tuple]:
    """(each of `roles` as written, confidence) of each drafted `kind` relation."""
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        (*(_written(values, r["roles"][role]) for role in roles), r.get("confidence"))
        for r in drafted["relations"]
        if r["kind"] == kind
    ]


def _written(values: dict, claim) -> str:
    """A role as written: its claim's value, or the value it is read as ("$1,000 per month")."""
    return values[claim] if isinstance(claim, str) else claim["value"]


def roles_by_name(text: str, kind: str) -> list[dict]:
    """Each drafted `kind` relation's roles as written ({role: value}); a role stored with its
    sign (a fall) as its signed value."""
    drafted = extract_claims(text, "x")
    values = {c["id"]: c["value"] for c in drafted["claims"]}
    return [
        {
            role: values[claim] if isinstance(claim, str) else claim["value"]
            for role, claim in r["roles"].items()
        }
        for r in drafted["relations"]
        if r["kind"] == kind
    ]


def assert_near_miss(tmp_path: Path, name: str, text: str, kind: str) -> None:
    """A near miss: no `kind` finding fails, and no `kind` relation is drafted; a growth may
    stay drafted with no start, which nothing can check."""
    findings = audit_snippet(tmp_path, name, text)
    assert not [f for f in findings if f.kind == kind and f.status == "inconsistent"]
    drafted = roles_by_name(text, kind)
    if kind == "growth":
        assert all("start" not in roles for roles in drafted)
    else:
        assert drafted == []
