"""Reference facts: published figures with every vintage, shipped or given with --reference.

The shipped facts are the hand-entered ones in audit/data/facts.yaml (with their statistical
communiques as sources) and the World Bank and FRED tables in audit/data/facts/ (read only when
a relation asks for one of them). A user's file (YAML or CSV, see reference_files) adds facts;
a user's fact replaces a shipped one with the same id, and its label says so.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from audit.claims import schema
from audit.claims.claims_file import stated_period, stated_value
from audit.claims.periods import Period, parse_period
from audit.claims.values import StatedValue, parse_value
from audit.claims.yamlsource import load
from audit.errors import InputError
from audit.records import record
from audit.reference import aliases

SHIPPED = Path(__file__).parent.parent / "data" / "facts.yaml"


@record(frozen=True)
class Vintage:
    """One published value of a reference fact, with its source and release."""

    value: StatedValue
    vintage: str
    source: str
    released: str | None = None
    licence: str | None = None

    def __init__(
        self,
        value: StatedValue,
        vintage: str,
        source: str,
        released: str | None = None,
        licence: str | None = None,
    ) -> None:
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "vintage", vintage)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "released", released)
        object.__setattr__(self, "licence", licence)


@record(frozen=True)
class Fact:
    """A reference figure (of an entity, metric and period) in each of its vintages."""

    id: str
    entity: str | None
    metric: str | None
    period: Period | None
    vintages: tuple[Vintage, ...]
    path: str
    origin: str = "shipped"  # or "user": from a --reference file

    def __init__(
        self,
        id: str,
        entity: str | None,
        metric: str | None,
        period: Period | None,
        vintages: tuple[Vintage, ...],
        path: str,
        origin: str = "shipped",
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "entity", entity)
        object.__setattr__(self, "metric", metric)
        object.__setattr__(self, "period", period)
        object.__setattr__(self, "vintages", vintages)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "origin", origin)

    def current_at(self, published: Period | None) -> Vintage:
        """The vintage current when an article appeared: the latest released by then; the
        first when none was yet (or the article is undated)."""
        dated = sorted((v for v in self.vintages if v.released), key=lambda v: v.released or "")
        if not dated:
            return self.vintages[0]
        if published is None:
            return dated[-1]
        day = published.end.isoformat()
        before = [v for v in dated if (v.released or "") <= day[: len(v.released or "")]]
        return before[-1] if before else dated[0]


class FactSet(Mapping[str, Fact]):
    """Facts by id: hand-entered and users' facts in memory, the shipped tables on demand.

    A shipped table fact's id is `<code>.<metric>.<period>` ("ind.gdp.2019",
    "chn.gdp_lcu.2020", "chn.fred_rate.2023-08"); an entity alias works in place of the code
    ("india.population.2022")."""

    def __init__(self, explicit: dict[str, Fact]) -> None:
        self.explicit = explicit
        self._cache: dict[str, Fact | None] = {}

    def __getitem__(self, fact_id: str) -> Fact:
        if fact_id in self.explicit:
            return self.explicit[fact_id]
        fact = self._shipped(fact_id)
        if fact is None:
            raise KeyError(fact_id)
        return fact

    def __contains__(self, fact_id: object) -> bool:
        return isinstance(fact_id, str) and (
            fact_id in self.explicit or self._shipped(fact_id) is not None
        )

    def __iter__(self) -> Iterator[str]:
        return iter(self.explicit)  # the shipped tables are searched, not listed

    def __len__(self) -> int:
        return len(self.explicit)

    def _shipped(self, fact_id: str) -> Fact | None:
        if fact_id not in self._cache:
            self._cache[fact_id] = _table_fact(fact_id)
        return self._cache[fact_id]

    def resolve(
        self,
        entity: str | None,
        metric: str | None,
        period: str | None,
        currency: str | None = None,
    ) -> str | None:
        """The id of the fact for an entity, metric and year as an article names them."""
        if not entity or not metric or not period:
            return None
        key, name = aliases.metric_key(metric), aliases.normalise_entity(entity)
        if key is None:
            return None
        for fact in sorted(self.explicit.values(), key=lambda f: f.origin != "user"):
            if (
                fact.entity
                and _same_entity(fact.entity, name)
                and fact.metric
                and aliases.metric_key(fact.metric) == key
                and fact.period is not None
                and fact.period.text == period
                and (currency is None or _currency(fact) in (currency, None))
            ):
                return fact.id
        code = entity_code(entity)
        if code is None:
            return None
        if key == "gdp" and currency not in (None, "USD"):
            key = "gdp_lcu"
        candidate = f"{code.lower()}.{key}.{period}"
        found = self.get(candidate)
        if found is None or (currency is not None and _currency(found) not in (currency, None)):
            return None
        return candidate


def _same_entity(written: str, name: str) -> bool:
    other = aliases.normalise_entity(written)
    if other == name:
        return True
    code = entity_code(other)
    return code is not None and code == entity_code(name)


def _currency(fact: Fact) -> str | None:
    return fact.vintages[0].value.unit.currency


def entity_code(text: str) -> str | None:
    """The World Bank code of a country or group as an article names it, or None."""
    from audit.reference.shipped import store

    name = aliases.normalise_entity(text)
    if name in aliases.ENTITY_NAMES:
        return aliases.ENTITY_NAMES[name]
    shipped = store()
    if name.upper() in shipped.code_index:
        return name.upper()
    return _names().get(name)


_NAME_INDEX: dict[str, str] = {}


def _names() -> dict[str, str]:
    if not _NAME_INDEX:
        from audit.reference.shipped import store

        shipped = store()
        for code, name in zip(shipped.codes, shipped.names, strict=True):
            _NAME_INDEX.setdefault(aliases.normalise_entity(name), code)
            # "Korea, Rep." is also "Korea"; "Egypt, Arab Rep." also "Egypt".
            _NAME_INDEX.setdefault(aliases.normalise_entity(name.split(",")[0]), code)
    return _NAME_INDEX


def _table_fact(fact_id: str) -> Fact | None:
    from audit.reference.shipped import period_number, store

    parts = fact_id.split(".")
    if len(parts) != 3 or parts[1] not in aliases.METRIC_KEYS:
        return None
    code = (
        parts[0].upper()
        if parts[0].upper() in store().code_index
        else entity_code(parts[0].replace("_", " "))
    )
    number = period_number(parts[2])
    if code is None or number is None:
        return None
    rows = store().rows(code, parts[1], number)
    if not rows:
        return None
    vintages = tuple(
        Vintage(
            parse_value(_written(r.value, r.unit)),
            r.vintage,
            f"{r.source}, {r.licence}",
            r.released,
            r.licence,
        )
        for r in rows
    )
    return Fact(
        fact_id,
        rows[0].entity,
        parts[1],
        parse_period(parts[2]),
        vintages,
        "audit/data/facts/world_bank.npz",
    )


def _written(value: float, unit: str) -> str:
    import numpy as np

    text = np.format_float_positional(value, precision=12, unique=False, fractional=False, trim="-")
    whole, point, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    text = f"{sign}{int(whole.lstrip('-')):,}{point}{fraction}"  # readable: 2,835,606,256,560
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}".strip()


def load_facts(extra: list[Path] | tuple[Path, ...] = ()) -> FactSet:
    facts: dict[str, Fact] = {}
    for path in [SHIPPED, *map(Path, extra)]:
        user = path != SHIPPED
        try:
            loaded = _load_csv(path) if path.suffix.lower() == ".csv" else _load(path)
        except InputError as error:
            raise error.located(str(path)) from None
        for fact, line in loaded:
            known = facts.get(fact.id)
            if known is not None and (known.origin == "user" or not user):
                raise InputError(
                    f"reference fact {fact.id!r} is already defined in {known.path}",
                    str(path),
                    line,
                )
            facts[fact.id] = Fact(
                fact.id,
                fact.entity,
                fact.metric,
                fact.period,
                fact.vintages,
                str(path),
                "user" if user else "shipped",
            )
    return FactSet(facts)


def _load(path: Path) -> list[tuple[Fact, int | None]]:
    top = schema.mapping(load(path), "a reference file")
    schema.keys(top, "a reference file", required=("facts",), optional=())
    entries = schema.mapping(top["facts"], "facts", top, "facts")
    facts = []
    for fact_id, body in entries.items():
        if not schema.IDENTIFIER.match(str(fact_id)):
            raise entries.error(
                f"fact id {fact_id!r} must be an identifier (letters, digits, _ . -)", fact_id
            )
        data = schema.mapping(body, f"fact {fact_id}", entries, fact_id)
        what = f"fact {fact_id}"
        schema.keys(data, what, required=("vintages",), optional=("entity", "metric", "period"))
        period = stated_period(data, "period", what)
        items = schema.sequence(data["vintages"], f"vintages of {what}", data, "vintages")
        if not items:
            raise data.error(f"{what} has no vintages", "vintages")
        vintages = []
        for index, item in enumerate(items):
            entry = schema.mapping(item, f"vintage {index + 1} of {what}", items, index)
            schema.keys(
                entry,
                f"a vintage of {what}",
                required=("value", "vintage", "source"),
                optional=("released",),
            )
            vintages.append(
                Vintage(
                    stated_value(entry, "value", f"a vintage of {what}"),
                    schema.text(entry, "vintage", what) or "",
                    schema.text(entry, "source", what) or "",
                    schema.text(entry, "released", what),
                )
            )
        facts.append(
            (
                Fact(
                    str(fact_id),
                    schema.text(data, "entity", what),
                    schema.text(data, "metric", what),
                    period,
                    tuple(vintages),
                    str(path),
                ),
                entries.where(fact_id)[0],
            )
        )
    return facts


CSV_COLUMNS = ("id", "entity", "metric", "period", "value", "vintage", "released", "source")


def _load_csv(path: Path) -> list[tuple[Fact, int]]:
    """One row per vintage, columns as CSV_COLUMNS (id optional); rows sharing an id are the
    vintages of one fact."""
    import csv

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the reference file: {error}", str(path)) from None
    reader = csv.reader(text.splitlines())
    header = [h.strip().lower() for h in next(reader, [])]
    unknown = [h for h in header if h not in CSV_COLUMNS]
    missing = [c for c in ("value", "vintage", "source") if c not in header]
    if unknown or missing:
        problem = f"unknown column {unknown[0]!r}" if unknown else f"missing column {missing[0]!r}"
        raise InputError(f"{problem} (columns: {', '.join(CSV_COLUMNS)})", str(path), 1)
    grouped: dict[str, tuple[list[Vintage], dict[str, str], int]] = {}
    for line, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise InputError(
                f"{len(row)} cells where the header has {len(header)}", str(path), line
            )
        cells = {k: v.strip() for k, v in zip(header, row, strict=True)}
        fact_id = cells.get("id") or ".".join(
            cells.get(k, "").lower().replace(" ", "_") for k in ("entity", "metric", "period")
        )
        if not schema.IDENTIFIER.match(fact_id) or fact_id.count(".") < 1:
            raise InputError(
                f"row has no usable id (give id, or entity, metric and period): {fact_id!r}",
                str(path),
                line,
            )
        try:
            value = parse_value(cells["value"])
            if cells.get("period"):
                parse_period(cells["period"])
        except InputError as error:
            raise InputError(error.message, str(path), line) from None
        if not cells["vintage"] or not cells["source"]:
            raise InputError("every row needs a vintage and a source", str(path), line)
        vintages, _, _ = grouped.setdefault(fact_id, ([], cells, line))
        vintages.append(
            Vintage(value, cells["vintage"], cells["source"], cells.get("released") or None)
        )
    return [
        (
            Fact(
                fact_id,
                first.get("entity") or None,
                first.get("metric") or None,
                parse_period(first["period"]) if first.get("period") else None,
                tuple(vintages),
                str(path),
            ),
            line,
        )
        for fact_id, (vintages, first, line) in grouped.items()
    ]
