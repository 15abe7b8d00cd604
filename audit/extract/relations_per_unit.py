"""A figure per unit of another quantity, and the total and quantity it divides.

    "The crop brought in $95.1 million, selling at an average price of $3.02 per kg" after
    "... last year's figure of 31.5 million kg"
                        per_unit: $3.02 per kg = $95.1 million / 31.5 million kg
    "Output rose to 255,700t. Sorghum was planted on 78,850ha, and the yield is 3.3t/ha."
                        per_unit: 3.3 t/ha = 255,700t / 78,850ha

A figure written per a unit of measure ("per kg", "/t", "t/ha") names the two quantities it is
the ratio of: one in its own unit or currency, one in the unit after "per". Each is looked for
in the figure's sentence, then in it and the sentence before, then (for a figure its sentence
dates, "For January-April the average price was ...") among the body's figures of that period
before it. Each must be the only level of its unit there: a change ("up 22,480t") or another
figure per unit is neither, and two of either leave the figure alone. A figure per a length of
time or per person is another kind's (per_day, per_capita). Medium confidence in one sentence,
low further.
"""

from __future__ import annotations

from audit.extract import lexicon as lx

# Per these, a figure is a rate in time or per head: the per_day and per_capita kinds'.
_OTHER_KINDS = frozenset(
    ("hour", "day", "night", "week", "month", "year", "annum", "person", "capita", "head",
     "household", "share", "resident", "inhabitant")
)  # fmt: skip


def per_units(b) -> None:
    changes = {
        v
        for r in b.relations
        for role, v in r["roles"].items()
        if role == "change" and isinstance(v, str)
    }
    # The body's figures by period, in text order, for a price its sentence dates (the
    # headline restates them).
    headline = min(b.by_sentence, default=0)
    by_period: dict[str, list] = {}
    for number, drafts in sorted(b.by_sentence.items()):
        for d in drafts if number != headline else ():
            by_period.setdefault(d.period, []).append(d)
    for ratio in b.audited:
        per = _per_unit(ratio)
        if per is None or ratio.id in b.converted:
            continue
        found = _total_and_quantity(b, ratio, per, changes, by_period)
        if found is None:
            continue
        total, quantity, where = found
        b.add(
            "per_unit",
            {"total": total.id, "quantity": quantity.id, "per_unit": ratio.id},
            confidence="medium" if where == "its sentence" else "low",
            note=f"a figure per {ratio.found.per}: the one total in its unit and the one "
            f"quantity in the unit it is per, in {where}",
        )


def _per_unit(draft) -> str | None:
    """The unit a figure is written per ("kg" -> "kilogram"), when it is a unit of measure."""
    per = draft.found.per
    if not per or draft.kind not in ("money", "measure") or draft.found.is_range:
        return None
    key = " ".join(per.split())
    unit = lx.MEASURE_UNITS.get(key) or lx.MEASURE_UNITS.get(key.lower())
    if unit is None or unit in _OTHER_KINDS or key.lower() in _OTHER_KINDS:
        return None
    return unit


def _total_and_quantity(b, ratio, per: str, changes: set[str], by_period: dict[str, list]):
    number = ratio.sentence.number
    # "For January-April the average price was US$1,933 per tonne": a figure dated by its own
    # sentence takes the total and quantity the body states for that period before it
    dated = (
        [d for d in by_period.get(ratio.period, []) if d.sentence.number <= number]
        if ratio.period
        else []
    )
    for figures, where in (
        (b.by_sentence.get(number, []), "its sentence"),
        (
            b.by_sentence.get(number, []) + b.by_sentence.get(number - 1, []),
            "its sentence and the one before",
        ),
        (dated, f"the sentences before, of its period ({ratio.period})"),
    ):
        levels = [
            d
            for d in figures
            if d is not ratio
            and d.found.per is None
            and d.id not in changes
            and d.id not in b.converted
            and not (d.period and ratio.period and d.period != ratio.period)
        ]
        totals = [d for d in levels if _in_the_ratios_own_unit(d, ratio)]
        quantities = [d for d in levels if d.kind == "measure" and d.found.unit == per]
        if len(totals) > 1 or len(quantities) > 1:
            return None  # two of a kind: the words do not say which
        if totals and quantities:
            return totals[0], quantities[0], where
    return None


def _in_the_ratios_own_unit(level, ratio) -> bool:
    if ratio.kind == "money":
        return level.kind == "money" and level.found.currency == ratio.found.currency
    return level.kind == "measure" and level.found.unit == ratio.found.unit
