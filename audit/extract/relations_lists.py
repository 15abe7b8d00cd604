"""A count held to the names listed for it: "five cities, namely A, B, C, D and E".

The list is read from the words after the count (named_lists); "namely" makes the names all
of those counted (list_count), "including" some of them (partial_list_count). The number of
names is written as exact: they are counted, not rounded.
"""

from __future__ import annotations

from typing import Any

from audit.extract.drafts import Draft
from audit.extract.named_lists import named_list


def list_counts(builder: Any, drafts: list[Draft]) -> None:
    for draft in drafts:
        if not _is_count(draft) or draft.id in builder.in_pairs:
            continue
        found = named_list(builder.text, draft.found.end, draft.sentence.end)
        if found is None:
            continue
        builder.in_pairs.add(draft.id)
        kind = "list_count" if found.every else "partial_list_count"
        builder.add(
            kind,
            {"count": draft.id, "listed": {"value": f"exactly {len(found.names)}"}},
            confidence="medium",
            note=f"{len(found.names)} {found.counted} named after {found.cue!r}: "
            + ", ".join(found.names),
        )


def _is_count(draft: Draft) -> bool:
    """A plain whole number with nothing on it: no unit, scale, rate or qualifier."""
    found = draft.found
    return (
        found.kind == "number"
        and found.value is not None
        and found.value == found.value.to_integral_value()
        and found.value >= 2
        and found.scale is None
        and found.qualifier is None
        and not found.is_range
    )
