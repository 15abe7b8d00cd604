"""Reference facts: published figures with every vintage, shipped or given with --reference."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audit.claims import schema
from audit.claims.claims_file import stated_period, stated_value
from audit.claims.periods import Period
from audit.claims.values import StatedValue
from audit.claims.yamlsource import load
from audit.errors import InputError

SHIPPED = Path(__file__).parent.parent / "data" / "facts.yaml"


@dataclass(frozen=True)
class Vintage:
    value: StatedValue
    vintage: str
    source: str
    released: str | None = None


@dataclass(frozen=True)
class Fact:
    id: str
    entity: str | None
    metric: str | None
    period: Period | None
    vintages: tuple[Vintage, ...]
    path: str


def load_facts(extra: list[Path] | tuple[Path, ...] = ()) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    for path in [SHIPPED, *map(Path, extra)]:
        try:
            loaded = _load(path)
        except InputError as error:
            raise error.located(str(path)) from None
        for fact, line in loaded:
            if fact.id in facts:
                raise InputError(f"reference fact {fact.id!r} is already defined in "
                                 f"{facts[fact.id].path}", str(path), line)
            facts[fact.id] = fact
    return facts


def _load(path: Path) -> list[tuple[Fact, int | None]]:
    top = schema.mapping(load(path), "a reference file")
    schema.keys(top, "a reference file", required=("facts",), optional=())
    entries = schema.mapping(top["facts"], "facts", top, "facts")
    facts = []
    for fact_id, body in entries.items():
        if not schema.IDENTIFIER.match(str(fact_id)):
            raise entries.error(f"fact id {fact_id!r} must be an identifier (letters, digits,"
                                " _ . -)", fact_id)
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
            schema.keys(entry, f"a vintage of {what}", required=("value", "vintage", "source"),
                        optional=("released",))
            vintages.append(Vintage(stated_value(entry, "value", f"a vintage of {what}"),
                                    schema.text(entry, "vintage", what) or "",
                                    schema.text(entry, "source", what) or "",
                                    schema.text(entry, "released", what)))
        facts.append((Fact(str(fact_id), schema.text(data, "entity", what),
                           schema.text(data, "metric", what), period, tuple(vintages), str(path)),
                      entries.where(fact_id)[0]))
    return facts
