"""Claims files: load, validate and resolve one article's claims, relations and accepted findings.

The format is described in docs/claims-format.md. Everything is checked here, before any rule
runs, so a broken file stops the run with its file, line and column and nothing is reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from typing import Any

from audit.claims import schema
from audit.claims.kinds import KINDS
from audit.claims.periods import Period, parse_period
from audit.claims.values import StatedValue, parse_value
from audit.claims.yamlsource import Mapping, Sequence, load
from audit.errors import InputError
from audit.records import FACTORY, record

STATUSES = ("fact", "target", "forecast")
CONFIDENCES = ("high", "medium", "low")


# Slots: a long article holds one claim, value and fill per figure, hundreds of thousands.
@record(frozen=True, slots=True)
class Claim:
    """A figure stated in an article, with its quote and where it stands."""

    id: str
    value: StatedValue
    quote: str | None = None
    span: tuple[int, int] | None = None
    value_span: tuple[int, int] | None = None  # the figure itself, inside the quote's span
    also_at: tuple[tuple[int, int], ...] = ()
    entity: str | None = None
    metric: str | None = None
    period: Period | None = None
    status: str = "fact"
    line: int | None = None

    def __init__(
        self,
        id: str,
        value: StatedValue,
        quote: str | None = None,
        span: tuple[int, int] | None = None,
        value_span: tuple[int, int] | None = None,
        also_at: tuple[tuple[int, int], ...] = (),
        entity: str | None = None,
        metric: str | None = None,
        period: Period | None = None,
        status: str = "fact",
        line: int | None = None,
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "quote", quote)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "value_span", value_span)
        object.__setattr__(self, "also_at", also_at)
        object.__setattr__(self, "entity", entity)
        object.__setattr__(self, "metric", metric)
        object.__setattr__(self, "period", period)
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "line", line)


@record(frozen=True, slots=True)
class Fill:
    """What fills a role: a claim, a literal value or a reference fact."""

    source: str  # "claim" | "value" | "fact"
    ref: str | None = None  # claim id or fact id
    value: StatedValue | None = None

    def __init__(
        self,
        source: str,
        ref: str | None = None,
        value: StatedValue | None = None,
    ) -> None:
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "ref", ref)
        object.__setattr__(self, "value", value)


@record(frozen=True, slots=True)
class Relation:
    """Claims (or reference facts) that a rule of one kind recomputes from one another."""

    id: str
    kind: str
    roles: dict[str, tuple[Fill, ...]]
    reading: str | None = None
    period: Period | None = None
    rate_period: Period | None = None
    confidence: str = "high"
    note: str | None = None
    line: int | None = None

    def __init__(
        self,
        id: str,
        kind: str,
        roles: dict[str, tuple[Fill, ...]],
        reading: str | None = None,
        period: Period | None = None,
        rate_period: Period | None = None,
        confidence: str = "high",
        note: str | None = None,
        line: int | None = None,
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "roles", roles)
        object.__setattr__(self, "reading", reading)
        object.__setattr__(self, "period", period)
        object.__setattr__(self, "rate_period", rate_period)
        object.__setattr__(self, "confidence", confidence)
        object.__setattr__(self, "note", note)
        object.__setattr__(self, "line", line)


@record(frozen=True, slots=True)
class Acceptance:
    """An editor's decision that a finding is known and accepted, with the reason."""

    rule: str
    claims: frozenset[str]
    relation: str | None
    reason: str
    by: str | None
    line: int | None = None

    def __init__(
        self,
        rule: str,
        claims: frozenset[str],
        relation: str | None,
        reason: str,
        by: str | None,
        line: int | None = None,
    ) -> None:
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "claims", claims)
        object.__setattr__(self, "relation", relation)
        object.__setattr__(self, "reason", reason)
        object.__setattr__(self, "by", by)
        object.__setattr__(self, "line", line)


@record()
class Article:
    """An article's claims, relations and acceptances, as read from its claims file."""

    id: str
    path: str
    title: str | None = None
    publisher: str | None = None
    published: Period | None = None
    text_path: str | None = None
    claims: dict[str, Claim] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    accepted: list[Acceptance] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def __init__(
        self,
        id: str,
        path: str,
        title: str | None = None,
        publisher: str | None = None,
        published: Period | None = None,
        text_path: str | None = None,
        claims: dict[str, Claim] = FACTORY,
        relations: list[Relation] = FACTORY,
        accepted: list[Acceptance] = FACTORY,
        skipped: list[dict[str, Any]] = FACTORY,
    ) -> None:
        self.id = id
        self.path = path
        self.title = title
        self.publisher = publisher
        self.published = published
        self.text_path = text_path
        self.claims = {} if claims is FACTORY else claims
        self.relations = [] if relations is FACTORY else relations
        self.accepted = [] if accepted is FACTORY else accepted
        self.skipped = [] if skipped is FACTORY else skipped


def load_claims_file(path: Path, article_id: str | None = None) -> Article:
    return build_article(load(path), str(path), article_id or path.stem)


# Told of each claim or relation left out of a lenient build, with the reason.
OnInvalid = Callable[[Mapping, InputError], None]


def build_article(
    data: Any, path: str, default_id: str, on_invalid: OnInvalid | None = None
) -> Article:
    """Validate claims-file data (from a file or from extraction) into an Article.

    A user's file is all or nothing. A draft from extraction passes `on_invalid`: a claim or
    relation that would not validate is left out and reported to it, with every relation that
    needed the claim, so that extraction never hands the loader what the loader refuses.
    """
    try:
        return _build(data, path, default_id, on_invalid)
    except InputError as error:
        raise error.located(path) from None


def _build(data: Any, path: str, default_id: str, on_invalid: OnInvalid | None) -> Article:
    top = schema.mapping(data, "a claims file")
    schema.keys(
        top, "a claims file", required=("claims",), optional=("article", "relations", "accepted")
    )
    article = _article(top, path, default_id)
    claims = schema.sequence(top["claims"], "claims", top, "claims")
    for index, item in enumerate(claims):
        try:
            claim = _claim(schema.mapping(item, f"claim {index + 1}", claims, index))
        except InputError as error:
            if on_invalid is None or not isinstance(item, Mapping):
                raise
            on_invalid(item, error)
            continue
        if claim.id in article.claims:
            raise claims.error(f"duplicate claim id {claim.id!r}", index)
        article.claims[claim.id] = claim
    relations = schema.sequence(top.get("relations") or _empty(top), "relations", top, "relations")
    seen: set[str] = set()
    for index, item in enumerate(relations):
        try:
            relation = _relation(
                schema.mapping(item, f"relation {index + 1}", relations, index), article, index
            )
        except InputError as error:
            if on_invalid is None or not isinstance(item, Mapping):
                raise
            on_invalid(item, error)
            continue
        if relation.id in seen:
            raise relations.error(f"duplicate relation id {relation.id!r}", index)
        seen.add(relation.id)
        article.relations.append(relation)
    accepted = schema.sequence(top.get("accepted") or _empty(top), "accepted", top, "accepted")
    for index, item in enumerate(accepted):
        article.accepted.append(
            _acceptance(
                schema.mapping(item, f"accepted {index + 1}", accepted, index), article, seen
            )
        )
    return article


def _empty(parent: Mapping) -> Sequence:
    empty = Sequence()
    empty.path, empty.line, empty.column, empty.item_marks = parent.path, parent.line, 1, []
    return empty


def _article(top: Mapping, path: str, default_id: str) -> Article:
    if "article" not in top or top["article"] is None:
        return Article(default_id, path)
    meta = schema.mapping(top["article"], "article", top, "article")
    schema.keys(
        meta,
        "article",
        required=(),
        optional=("id", "title", "publisher", "published", "text", "url", "skipped"),
    )
    article_id = schema.identifier(meta, "id", "article") if "id" in meta else default_id
    published = stated_period(meta, "published", "article") if "published" in meta else None
    skipped = meta.get("skipped") or _empty(meta)
    if not isinstance(skipped, Sequence):
        raise meta.error("'skipped' must be a list", "skipped")
    for index, item in enumerate(skipped):
        entry = schema.mapping(item, f"skipped figure {index + 1}", skipped, index)
        schema.keys(entry, "a skipped figure", required=("quote", "why"), optional=("span",))
    return Article(
        article_id,
        path,
        schema.text(meta, "title", "article"),
        schema.text(meta, "publisher", "article"),
        published,
        schema.text(meta, "text", "article"),
        skipped=list(skipped),
    )


def stated_period(data: Mapping, key: str, what: str) -> Period | None:
    value = data.get(key)
    if value is None:
        return None
    try:
        return parse_period(value)
    except InputError as error:
        raise data.error(f"{key} of {what}: {error.message}", key) from None


def stated_value(data: Mapping, key: str, what: str) -> StatedValue:
    raw = data.get(key)
    if raw is None or isinstance(raw, (Mapping, Sequence, bool)):
        raise data.error(
            f"{key!r} of {what} must be a stated value such as '7.8%', not "
            f"{'nothing' if raw is None else type(raw).__name__}",
            key,
        )
    try:
        return parse_value(str(raw))
    except InputError as error:
        raise data.error(f"{key} of {what}: {error.message}", key) from None


def _span(data: Mapping, value: Any, what: str, key: str) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or value[0] < 0
        or value[1] < value[0]
    ):
        raise data.error(
            f"{key} of {what} must be [start, end] character offsets with "
            f"0 <= start <= end, not {value!r}",
            key,
        )
    return int(value[0]), int(value[1])


def _claim(data: Mapping) -> Claim:
    schema.keys(
        data,
        "a claim",
        required=("id", "value"),
        optional=(
            "quote",
            "span",
            "value_span",
            "also_at",
            "entity",
            "metric",
            "period",
            "status",
            "note",
        ),
    )
    claim_id = schema.identifier(data, "id", "a claim")
    what = f"claim {claim_id}"
    span = _span(data, data["span"], what, "span") if data.get("span") is not None else None
    value_span = (
        _span(data, data["value_span"], what, "value_span")
        if data.get("value_span") is not None
        else None
    )
    if value_span and span and not (span[0] <= value_span[0] <= value_span[1] <= span[1]):
        raise data.error(f"value_span of {what} must lie inside its span", "value_span")
    also_at = data.get("also_at") or []
    if not isinstance(also_at, list):
        raise data.error(f"also_at of {what} must be a list of spans", "also_at")
    repeats = tuple(_span(data, s, what, "also_at") for s in also_at)
    return Claim(
        claim_id,
        stated_value(data, "value", what),
        schema.text(data, "quote", what),
        span,
        value_span,
        repeats,
        schema.text(data, "entity", what),
        schema.text(data, "metric", what),
        stated_period(data, "period", what),
        schema.choice(data, "status", what, STATUSES, "fact"),
        data.line,
    )


def _relation(data: Mapping, article: Article, index: int) -> Relation:
    schema.keys(
        data,
        "a relation",
        required=("kind", "roles"),
        optional=("id", "reading", "period", "rate_period", "confidence", "note"),
    )
    relation_id = (
        schema.identifier(data, "id", "a relation") if "id" in data else f"relation-{index + 1}"
    )
    what = f"relation {relation_id}"
    kind_name = schema.text(data, "kind", what)
    if kind_name not in KINDS:
        raise data.error(
            f"unknown relation kind {kind_name!r}; known kinds: " + ", ".join(KINDS), "kind"
        )
    kind = KINDS[kind_name]
    roles_data = schema.mapping(data["roles"], f"roles of {what}", data, "roles")
    if not roles_data:
        raise data.error(f"{what} fills none of its roles", "roles")
    roles: dict[str, tuple[Fill, ...]] = {}
    for role_name, filler in roles_data.items():
        role = kind.role(role_name)
        if role is None:
            raise roles_data.error(
                f"{kind.name} has no role {role_name!r}; its roles: " + ", ".join(kind.role_names),
                role_name,
            )
        if role.unit == "rate":
            raise roles_data.error(
                f"role {role_name!r} is filled from dated exchange rates; give rate_period instead",
                role_name,
            )
        fillers = filler if isinstance(filler, list) else [filler]
        if isinstance(filler, list) and not role.many:
            raise roles_data.error(
                f"role {role_name!r} of {kind.name} takes one claim, not a list", role_name
            )
        roles[role_name] = tuple(_fill(roles_data, role_name, f, article) for f in fillers)
    reading = schema.text(data, "reading", what)
    if reading is not None and reading not in kind.readings:
        allowed = ", ".join(kind.readings) or "none (this kind has one reading)"
        raise data.error(
            f"reading {reading!r} is not a reading of {kind.name}; readings: {allowed}", "reading"
        )
    return Relation(
        relation_id,
        kind.name,
        roles,
        reading,
        stated_period(data, "period", what),
        stated_period(data, "rate_period", what),
        schema.choice(data, "confidence", what, CONFIDENCES, "high"),
        schema.text(data, "note", what),
        data.line,
    )


def _fill(roles: Mapping, role: str, filler: Any, article: Article) -> Fill:
    if isinstance(filler, Mapping):
        schema.keys(filler, f"role {role}", required=(), optional=("value", "fact", "claim"))
        if ("value" in filler) == ("fact" in filler) or ("claim" in filler and "fact" in filler):
            raise roles.error(f"role {role!r} takes either {{value: ...}} or {{fact: ...}}", role)
        if "value" in filler:
            # {value: -4%, claim: c}: the figure of claim c as the words make it (a fall's
            # minus), so c counts as checked and its words are marked.
            source = filler.get("claim")
            if source is not None and (not isinstance(source, str) or source not in article.claims):
                raise roles.error(f"role {role!r} names the unknown claim {source!r}", role)
            return Fill("value", ref=source, value=stated_value(filler, "value", f"role {role}"))
        fact_id = schema.identifier(filler, "fact", f"role {role}")
        return Fill("fact", ref=fact_id)
    if not isinstance(filler, str) or isinstance(filler, bool):
        raise roles.error(
            f"role {role!r} must name a claim id, {{value: ...}} or {{fact: ...}}, not {filler!r}",
            role,
        )
    if filler not in article.claims:
        raise roles.error(f"role {role!r} names the unknown claim {filler!r}", role)
    return Fill("claim", ref=filler)


def _acceptance(data: Mapping, article: Article, relation_ids: set[str]) -> Acceptance:
    schema.keys(
        data,
        "an accepted finding",
        required=("rule", "reason"),
        optional=("claims", "relation", "by"),
    )
    claims = data.get("claims") or []
    if not isinstance(claims, list) or not all(isinstance(c, str) for c in claims):
        raise data.error("claims of an accepted finding must be a list of claim ids", "claims")
    for claim_id in claims:
        if claim_id not in article.claims:
            raise data.error(f"accepted finding names the unknown claim {claim_id!r}", "claims")
    relation = schema.text(data, "relation", "an accepted finding")
    if relation is not None and relation not in relation_ids:
        raise data.error(f"accepted finding names the unknown relation {relation!r}", "relation")
    if not claims and relation is None:
        raise data.error("an accepted finding names its claims or its relation")
    reason = (schema.text(data, "reason", "an accepted finding") or "").strip()
    if not reason:
        raise data.error("an accepted finding needs a reason", "reason")
    return Acceptance(
        schema.text(data, "rule", "an accepted finding") or "",
        frozenset(claims),
        relation,
        reason,
        schema.text(data, "by", "an accepted finding"),
        data.line,
    )
