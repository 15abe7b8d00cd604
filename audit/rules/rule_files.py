"""Rule files: one rule per YAML file, its id derived from the path, compiled once at load.

    rules/share/mismatch.yaml  ->  id "share.mismatch"

A rule picks a relation kind (audit/claims/kinds.py), gives the formula that recomputes one role
from the others (or one formula per reading of an ambiguous phrase), the severity and the
message, documentation for editors, and examples that must pass and must fail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from typing import Any

from audit.claims import schema
from audit.claims.kinds import KINDS, Kind
from audit.claims.yamlsource import Mapping, load
from audit.errors import InputError
from audit.lazy_regex import compile_later
from audit.records import FACTORY, record
from audit.rules.expr import Formula, compile_formula

SEVERITIES = ("error", "warning", "info")
RULE_SUFFIXES = (".yaml", ".yml")
DOC_SECTIONS = ("checks", "why", "example")
MESSAGE_FIELDS = (
    "stated",
    "computed",
    "difference",
    "reading",
    "compared",
    "formula",
    "spread",
)
_PLACEHOLDER = compile_later(r"\{([^{}]*)\}")


@record(frozen=True)
class Example:
    """A worked example of a rule file, which must pass or must fail."""

    roles: dict[str, object]  # role -> written value (or list of them for a many-role)
    line: int | None
    reading: str | None = None
    rate_period: str | None = None

    def __init__(
        self,
        roles: dict[str, object],
        line: int | None,
        reading: str | None = None,
        rate_period: str | None = None,
    ) -> None:
        object.__setattr__(self, "roles", roles)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "reading", reading)
        object.__setattr__(self, "rate_period", rate_period)


@record(frozen=True)
class Rule:
    """A rule read from its file: what it recomputes, how, and what it tells the editor."""

    id: str
    title: str
    kind: Kind
    severity: str
    compare: str
    readings: dict[str, Formula]  # reading name -> formula; a single formula is reading ""
    message: str
    docs: dict[str, str]
    passing: tuple[Example, ...] = field(default=())
    failing: tuple[Example, ...] = field(default=())
    path: str = ""
    # Known wrong ways to compute the figure, each with what to tell the editor when the
    # stated figure matches it ("computed on the later value instead of the earlier one").
    mistakes: dict[str, Formula] = field(default_factory=dict)

    def __init__(
        self,
        id: str,
        title: str,
        kind: Kind,
        severity: str,
        compare: str,
        readings: dict[str, Formula],
        message: str,
        docs: dict[str, str],
        passing: tuple[Example, ...] = (),
        failing: tuple[Example, ...] = (),
        path: str = "",
        mistakes: dict[str, Formula] = FACTORY,
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "severity", severity)
        object.__setattr__(self, "compare", compare)
        object.__setattr__(self, "readings", readings)
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "docs", docs)
        object.__setattr__(self, "passing", passing)
        object.__setattr__(self, "failing", failing)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "mistakes", {} if mistakes is FACTORY else mistakes)

    @property
    def inputs(self) -> frozenset[str]:
        names: set[str] = set()
        for formula in self.readings.values():
            names |= formula.names
        return frozenset(names)


def builtin_rules_dir() -> Path:
    """The shipped rule files: inside the package when installed, else the checkout's rules/."""
    installed = Path(__file__).parent / "builtin"
    return installed if installed.is_dir() else Path(__file__).parents[2] / "rules"


def _hidden(relative: Path) -> bool:
    """A rules folder kept in git or beside a virtualenv: skip .git, .venv and caches."""
    return any(part.startswith(".") or part == "__pycache__" for part in relative.parts)


def load_rules(
    extra_dirs: list[Path] | tuple[Path, ...] = (), include_builtin: bool = True
) -> list[Rule]:
    """All rules: the shipped ones, then those of each extra folder; duplicate ids are errors."""
    from audit.rules.cache import RuleFileCache

    rules: dict[str, Rule] = {}
    cache = RuleFileCache()
    folders = ([builtin_rules_dir()] if include_builtin else []) + [Path(d) for d in extra_dirs]
    try:  # what was read stays cached even when a later file is wrong
        for folder in folders:
            if not folder.is_dir():
                raise InputError("rules folder not found", str(folder))
            found = (
                p
                for p in folder.rglob("*")
                if p.suffix in RULE_SUFFIXES and not _hidden(p.relative_to(folder))
            )
            for path in sorted(found):
                rule = load_rule(path, rule_id_for(path, folder), cache.load)
                if rule.id in rules:
                    raise InputError(
                        f"duplicate rule id {rule.id!r} (also in {rules[rule.id].path})", str(path)
                    )
                rules[rule.id] = rule
    finally:
        cache.save()
    return list(rules.values())


def rule_id_for(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts)


def load_rule(path: Path, rule_id: str, read: Callable[[Path], Any] = load) -> Rule:
    """The rule in one file; `read` gives the file's data (audit.rules.cache reads through)."""
    try:
        data = schema.mapping(read(path), "a rule file")
        return _build(data, rule_id, str(path))
    except InputError as error:
        raise error.located(str(path)) from None


def _build(data: Mapping, rule_id: str, path: str) -> Rule:
    what = f"rule {rule_id}"
    schema.keys(
        data,
        what,
        required=("title", "kind", "severity", "compare", "message", "docs", "examples"),
        optional=("id", "formula", "readings", "mistakes"),
    )
    declared = schema.text(data, "id", what)
    if declared is not None and declared != rule_id:
        raise data.error(
            f"id {declared!r} does not match the file's path, which gives {rule_id!r}", "id"
        )
    kind_name = schema.text(data, "kind", what)
    if kind_name not in KINDS:
        raise data.error(f"unknown kind {kind_name!r}; known kinds: {', '.join(KINDS)}", "kind")
    kind = KINDS[kind_name]
    severity = schema.choice(data, "severity", what, SEVERITIES, "error")
    compare = schema.text(data, "compare", what) or ""
    if compare not in kind.role_names:
        raise data.error(
            f"compare {compare!r} is not a role of {kind.name}; roles: "
            + ", ".join(kind.role_names),
            "compare",
        )
    inputs = [r for r in kind.role_names if r != compare]
    readings = _readings(data, what, inputs)
    if kind.readings and set(readings) != set(kind.readings):
        raise data.error(
            f"kind {kind.name} is read in two ways; give 'readings' with exactly: "
            + ", ".join(kind.readings),
            "readings" if "readings" in data else None,
        )
    if not kind.readings and set(readings) != {""}:
        raise data.error(
            f"kind {kind.name} has one reading; give 'formula', not 'readings'", "readings"
        )
    message = schema.text(data, "message", what) or ""
    for placeholder in _PLACEHOLDER.findall(message):
        if placeholder not in MESSAGE_FIELDS:
            raise data.error(
                f"unknown placeholder {{{placeholder}}} in message; known: "
                + ", ".join(MESSAGE_FIELDS),
                "message",
            )
    docs = schema.mapping(data["docs"], "docs", data, "docs")
    schema.keys(docs, f"docs of {what}", required=DOC_SECTIONS, optional=())
    doc_texts = {k: (schema.text(docs, k, "docs") or "").strip() for k in DOC_SECTIONS}
    for section, body in doc_texts.items():
        if not body:
            raise docs.error(f"docs section {section!r} is empty", section)
    passing, failing = _examples(data, what, kind, set(readings))
    return Rule(
        rule_id,
        schema.text(data, "title", what) or "",
        kind,
        severity,
        compare,
        readings,
        message,
        doc_texts,
        passing,
        failing,
        path,
        _mistakes(data, inputs),
    )


def _readings(data: Mapping, what: str, inputs: list[str]) -> dict[str, Formula]:
    if ("formula" in data) == ("readings" in data):
        raise data.error(f"{what} needs exactly one of 'formula' or 'readings'")
    try:
        if "formula" in data:
            return {"": compile_formula(schema.text(data, "formula", what) or "", inputs)}
        block = schema.mapping(data["readings"], "readings", data, "readings")
        if not block:
            raise data.error("readings is empty", "readings")
        return {
            name: compile_formula(schema.text(block, name, "readings") or "", inputs)
            for name in block
        }
    except InputError as error:
        key = "formula" if "formula" in data else "readings"
        raise data.error(error.message, key) from None


def _mistakes(data: Mapping, inputs: list[str]) -> dict[str, Formula]:
    """Optional: cause text -> the wrong formula that a stated figure matching it followed."""
    if "mistakes" not in data:
        return {}
    block = schema.mapping(data["mistakes"], "mistakes", data, "mistakes")
    try:
        return {
            str(cause): compile_formula(schema.text(block, cause, "mistakes") or "", inputs)
            for cause in block
        }
    except InputError as error:
        raise data.error(error.message, "mistakes") from None


def _examples(data: Mapping, what: str, kind: Kind, readings: set[str]):
    block = schema.mapping(data["examples"], "examples", data, "examples")
    schema.keys(block, f"examples of {what}", required=("pass", "fail"), optional=())
    out = []
    for key in ("pass", "fail"):
        items = schema.sequence(block[key], f"examples.{key}", block, key)
        if not items:
            raise block.error(f"{what} needs at least one {key!r} example", key)
        examples = []
        for index, item in enumerate(items):
            example = schema.mapping(item, f"example {index + 1}", items, index)
            allowed = set(kind.role_names) | {"reading", "rate_period"}
            schema.keys(example, f"an example of {what}", required=(), optional=allowed)
            reading = schema.text(example, "reading", "an example")
            if reading is not None and reading not in readings:
                raise example.error(
                    f"reading {reading!r} is not one of the rule's readings", "reading"
                )
            roles = {k: v for k, v in example.items() if k not in ("reading", "rate_period")}
            examples.append(
                Example(
                    roles, example.line, reading, schema.text(example, "rate_period", "an example")
                )
            )
        out.append(tuple(examples))
    return out[0], out[1]


def render_message(template: str, fields: dict[str, str]) -> str:
    """Fill a message template; only the known placeholders exist, so nothing else is read."""
    return _PLACEHOLDER.sub(lambda m: fields.get(m.group(1), m.group(0)), template)
