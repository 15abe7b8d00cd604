"""Configuration: `[tool.claims-audit]` in pyproject.toml, or audit.toml / .audit.toml.

The file is found by walking up from the audited paths, nearest first (as ruff does); options
on the command line override it. Every bad key or value is a located error.
"""

from __future__ import annotations

import re
import sys
from dataclasses import field, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from audit.errors import InputError
from audit.lazy_regex import compile_later
from audit.records import FACTORY, record
from audit.reference.rate_windows import DEFAULT_BAND
from audit.rules.rule_files import Rule

FILE_NAMES = (".audit.toml", "audit.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
THRESHOLDS = ("error", "warning", "never")
KEYS = {
    "select": "rule ids or family globs to run (default: all), e.g. ['share.*']",
    "ignore": "rule ids or family globs not to run",
    "severity": "a table of rule id or glob = error | warning | info",
    "fail-on": "error | warning | never",
    "rules": "folders of extra rule files, relative to the config file",
    "reference": "files of extra reference facts, relative to the config file",
    "include": "globs of files to audit inside folders (default: all)",
    "exclude": "globs of files not to audit",
    "baseline": "a baseline file (from `audit baseline`), relative to the config file",
    "rate-band": "the fraction allowed either side of a dated exchange rate, a number from 0"
    " up to 0.5 (default 0.02, that is 2%)",
}
# Where the tool's table could be named: the words as a key (bare or quoted) before a dot, the
# end of a table header or an equals sign; as a value (a project named claims-audit) they name
# none. A pyproject.toml without them has no table and is not parsed: the TOML parser loads in
# a tenth of a one-file gate's time.
_TABLE_KEY = compile_later(r"claims-audit[\"']?\s*[.\]=]")
# A band of a half already lets a rate pass at a third of its size or at three times it.
MAX_RATE_BAND = 0.5


@record()
class Config:
    """The configuration in force, with where each value came from."""

    path: Path | None = None
    select: list[str] = field(default_factory=lambda: ["*"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "error"
    rules: list[Path] = field(default_factory=list)
    reference: list[Path] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: ["*"])
    exclude: list[str] = field(default_factory=list)
    baseline: Path | None = None
    rate_band: float = DEFAULT_BAND
    sources: dict[str, str] = field(default_factory=dict)  # key -> where its value came from
    text: str = field(default="", repr=False)  # the file's text, to place errors found later

    def __init__(
        self,
        path: Path | None = None,
        select: list[str] = FACTORY,
        ignore: list[str] = FACTORY,
        severity: dict[str, str] = FACTORY,
        fail_on: str = "error",
        rules: list[Path] = FACTORY,
        reference: list[Path] = FACTORY,
        include: list[str] = FACTORY,
        exclude: list[str] = FACTORY,
        baseline: Path | None = None,
        rate_band: float = DEFAULT_BAND,
        sources: dict[str, str] = FACTORY,
        text: str = "",
    ) -> None:
        self.path = path
        self.select = ["*"] if select is FACTORY else select
        self.ignore = [] if ignore is FACTORY else ignore
        self.severity = {} if severity is FACTORY else severity
        self.fail_on = fail_on
        self.rules = [] if rules is FACTORY else rules
        self.reference = [] if reference is FACTORY else reference
        self.include = ["*"] if include is FACTORY else include
        self.exclude = [] if exclude is FACTORY else exclude
        self.baseline = baseline
        self.rate_band = rate_band
        self.sources = {} if sources is FACTORY else sources
        self.text = text

    def apply_rules(self, rules: list[Rule]) -> list[Rule]:
        """The rules selected, with their severities overridden (the last matching glob wins).

        A severity for a glob that matches no rule is a typo: an error, with the nearest id."""
        for glob in self.severity:
            if self.path is not None and not any(fnmatchcase(r.id, glob) for r in rules):
                known = sorted({r.id for r in rules} | {r.id.split(".")[0] + ".*" for r in rules})
                raise _error(
                    f"unknown rule {glob!r} under [severity]{_nearest(glob, known)}",
                    self.path,
                    self.text,
                    glob,
                    "severity",
                )
        chosen = []
        for rule in rules:
            if not any(fnmatchcase(rule.id, g) for g in self.select) or any(
                fnmatchcase(rule.id, g) for g in self.ignore
            ):
                continue
            level = next(
                (lv for g, lv in reversed(self.severity.items()) if fnmatchcase(rule.id, g)), None
            )
            chosen.append(replace(rule, severity=level) if level else rule)
        return chosen

    def wanted(self, path: Path) -> bool:
        """Whether a file found in a folder is audited under include/exclude."""
        base = self.path.parent if self.path else Path.cwd()
        try:
            name = path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            name = path.as_posix()

        def hit(globs: list[str]) -> bool:
            return any(fnmatchcase(name, g) or fnmatchcase(path.name, g) for g in globs)

        return hit(self.include) and not hit(self.exclude)


def find(paths) -> Path | None:
    """The nearest configuration file above the first audited path (or the current folder)."""
    start = Path(paths[0]).resolve() if paths else Path.cwd()
    for folder in ([start] if start.is_dir() else []) + list(start.parents):
        for name in FILE_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_table(candidate)):
                return candidate
    return None


def _has_table(path: Path) -> bool:
    text = _text(path)
    if _TABLE_KEY.search(text) is None:
        return False
    return "claims-audit" in _parse(path, text).get("tool", {})


def _read(path: Path) -> dict[str, Any]:
    return _parse(path, _text(path))


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(
            f"cannot read the configuration: {error.strerror or error}", str(path)
        ) from None


def _parse(path: Path, text: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # Older parsers give the place only inside the message: "(at line 3, column 7)".
        place = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        what = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise InputError(
            f"not valid TOML: {what}",
            str(path),
            int(place[1]) if place else None,
            int(place[2]) if place else None,
        ) from None


def load(paths, explicit: Path | None = None) -> Config:
    path = explicit or find(paths)
    config = Config(path=path)
    if path is None:
        return config
    data = _read(path)
    table = data.get("tool", {}).get("claims-audit", {}) if path.name == "pyproject.toml" else data
    text = path.read_text(encoding="utf-8")
    config.text = text
    where = "[tool.claims-audit] in " if path.name == "pyproject.toml" else ""
    for key, value in table.items():
        if key not in KEYS:
            raise _error(
                f"unknown key {key!r}{_nearest(key, list(KEYS))} (allowed: {', '.join(KEYS)})",
                path,
                text,
                key,
            )
        _set(config, key, value, path, text)
        config.sources[key] = f"{where}{path}"
    return config


def _set(config: Config, key: str, value: Any, path: Path, text: str) -> None:
    base = path.parent
    if key == "fail-on":
        if value not in THRESHOLDS:
            raise _error(f"fail-on = {value!r}: allowed {', '.join(THRESHOLDS)}", path, text, key)
        config.fail_on = value
    elif key == "severity":
        if not isinstance(value, dict):
            raise _error(f"severity: {KEYS[key]}", path, text, key)
        for glob, level in value.items():
            # A key written below the [severity] table belongs to it, however it was meant.
            from difflib import get_close_matches  # for a bad key only

            misplaced = get_close_matches(glob, [k for k in KEYS if k != key], 1, 0.8)
            if misplaced and not re.search(r"[.*?\[]", glob):
                raise _error(
                    f"unknown rule {glob!r} under [severity]: {misplaced[0]!r} is a"
                    " configuration key, so it belongs above the [severity] table",
                    path,
                    text,
                    glob,
                    key,
                )
            if level not in SEVERITIES:
                raise _error(
                    f"severity of {glob!r} = {level!r}: allowed {', '.join(SEVERITIES)}",
                    path,
                    text,
                    glob,
                    key,
                )
        config.severity = dict(value)
    elif key == "rate-band":
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not 0 <= value <= MAX_RATE_BAND
        ):
            raise _error(f"rate-band = {value!r}: {KEYS[key]}", path, text, key)
        config.rate_band = float(value)
    elif key == "baseline":
        if not isinstance(value, str):
            raise _error(f"baseline: {KEYS[key]}", path, text, key)
        config.baseline = base / value
    else:
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise _error(f"{key} must be a list of strings: {KEYS[key]}", path, text, key)
        if key in ("rules", "reference"):
            setattr(config, key, [base / v for v in value])
        else:
            setattr(config, key, list(value))


def _nearest(word: str, known: list[str]) -> str:
    from difflib import get_close_matches  # for a bad key only

    close = get_close_matches(word, known, 1, 0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


_HEADER = compile_later(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")


def _error(message: str, path: Path, text: str, key: str, table: str = "") -> InputError:
    """A configuration error on the line that sets the key in its table (TOML parsers give
    no lines); the first line setting the key anywhere when the table has none."""
    prefix = "tool.claims-audit" if path.name == "pyproject.toml" else ""
    wanted = ".".join(p for p in (prefix, table) if p)
    name = rf"""\s*["']?{re.escape(key)}["']?\s*="""
    plain = re.compile(rf"^{name}")
    dotted = re.compile(rf"^\s*{re.escape(table)}\s*\.{name}") if table else None
    current, first = "", None
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            current = re.sub(r"[\s\"']", "", header[1])
            if current == ".".join(p for p in (wanted, key) if p):  # the key is a table
                return InputError(message, str(path), number)
            continue
        here = current == wanted and plain.match(line)
        if here or (dotted and current == prefix and dotted.match(line)):
            return InputError(message, str(path), number)
        if first is None and (plain.match(line) or (dotted and dotted.match(line))):
            first = number
    return InputError(message, str(path), first)


def describe(config: Config) -> str:
    """The effective configuration, each value with where it came from."""
    values = {
        "select": config.select,
        "ignore": config.ignore,
        "severity": config.severity,
        "fail-on": config.fail_on,
        "rules": [str(p) for p in config.rules],
        "reference": [str(p) for p in config.reference],
        "include": config.include,
        "exclude": config.exclude,
        "baseline": str(config.baseline) if config.baseline else None,
        "rate-band": config.rate_band,
    }
    lines = [f"# configuration file: {config.path or 'none found'}"]
    for key, value in values.items():
        lines.append(f"{key} = {value!r}   # {config.sources.get(key, 'default')}")
    return "\n".join(lines) + "\n"
