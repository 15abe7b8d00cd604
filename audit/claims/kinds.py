"""The closed set of relation kinds: which roles each has and what unit each role is read in.

A relation in a claims file names a kind and fills its roles with claims, literal values or
reference facts; rule files pick a kind and say how to recompute one role from the others. The
kinds live in code because the engine must know how to prepare their inputs (units, years,
dated exchange rates); everything a rule says about them is data.

Role units:
    percent     a rate, read as a number of percent (0.35 and 35% are the same)
    pp          a difference of rates, in percentage points
    times       a multiple ("1.6 times")
    count       a plain number of people or things
    years       a length of time in years; derived from periods when not given
    days        a length of time in days; derived from the period of the total when not given
                (365 or 366 for a year, 90 to 92 for a quarter, the month's days for a month)
    period      the calendar period a figure is written per ("1 week"), for a count whose
                value carries none ("10,000 swims a week" is written "10,000 counted swims");
                derived from the figure's own unit ("£40,000 per week") when not given, else
                a day
    amount      any quantity, in the base unit of its dimension
    quotient:A/B  a quantity of A's dimension per one of B's ("$3.02 per kg" of dollars over
                kilograms), in base units
    same:ROLE   the same dimension as ROLE; an amount in another currency than ROLE's (a
                dollar part of a yuan whole, this year's sales in dollars against last year's in
                yuan) is converted into ROLE's at the relation's dated exchange rates first,
                with the band a conversion is allowed (a many-role's parts are not)
A many-role that `discounts` another is filled with rates, one per part of the other role, and
read as the sum of each part's earlier level, level / (1 + rate).
    rate        a dated exchange rate, filled in by the engine, never by the claims file
                (for unit_conversion: the unit factor, times a dated rate across currencies)
"""

from __future__ import annotations

from audit.records import record


@record(frozen=True)
class Role:
    """One role of a relation kind: its name, the unit it is read in, how it is filled."""

    name: str
    unit: str
    many: bool = False  # filled by a list of claims, summed before evaluation
    derived: bool = False  # filled by the engine when the claims file leaves it out
    # Read as the bare number written, without a bound the sentence puts on it: in "more than
    # 20 million yuan ($2.78 million)" the conversion is of 20 million itself.
    bare: bool = False
    # For a many-role of rates: each part discounts the same-numbered part of the named role,
    # and the role is read as the sum of level / (1 + rate), in that role's unit.
    discounts: str = ""
    # May be negative (a change, a figure restated or bounded as written). Other amounts and
    # counts are levels, so "under 3.2 trillion" is read as (0, 3.2 trillion), not from -inf.
    signed: bool = False
    # A unit of time the figure may be written per ("10 billion yuan a day" against a total in
    # yuan): read as the amount in one such unit, in the dimension of the role it is same as.
    per: str = ""
    # Meets a count of another thing where the vocabulary does not name one of the two: a
    # share's part is a kind of its whole ("46% of the 3,200 counted hires, or 1,472 women"),
    # while a share of shops in a count of workers stays unchecked.
    any_count: bool = False

    def __init__(
        self,
        name: str,
        unit: str,
        many: bool = False,
        derived: bool = False,
        bare: bool = False,
        discounts: str = "",
        signed: bool = False,
        per: str = "",
        any_count: bool = False,
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "many", many)
        object.__setattr__(self, "derived", derived)
        object.__setattr__(self, "bare", bare)
        object.__setattr__(self, "discounts", discounts)
        object.__setattr__(self, "signed", signed)
        object.__setattr__(self, "per", per)
        object.__setattr__(self, "any_count", any_count)

    @property
    def positive(self) -> bool:
        return not self.signed and (
            self.unit in ("amount", "count") or self.unit.startswith("same:")
        )


@record(frozen=True)
class Kind:
    """A relation kind: the roles its formula relates and the readings of an ambiguous phrase."""

    name: str
    title: str
    roles: tuple[Role, ...]
    # Ambiguous phrasings this kind is read under ("increased by N times": by or to).
    readings: tuple[str, ...] = ()
    # Readings that only apply when the compared figure is written in percent: "up 2%" of a
    # rate may be a relative change; "up 2 percentage points" cannot be.
    percent_only: tuple[str, ...] = ()
    # Checks an inequality, not an equality: any large enough slip would "explain" a miss, so
    # no single-slip cause is offered.
    inequality: bool = False

    def __init__(
        self,
        name: str,
        title: str,
        roles: tuple[Role, ...],
        readings: tuple[str, ...] = (),
        percent_only: tuple[str, ...] = (),
        inequality: bool = False,
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "roles", roles)
        object.__setattr__(self, "readings", readings)
        object.__setattr__(self, "percent_only", percent_only)
        object.__setattr__(self, "inequality", inequality)

    def role(self, name: str) -> Role | None:
        return next((r for r in self.roles if r.name == name), None)

    @property
    def role_names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.roles)


def _kind(
    name: str,
    title: str,
    *roles: Role,
    readings: tuple[str, ...] = (),
    percent_only: tuple[str, ...] = (),
    inequality: bool = False,
) -> Kind:
    return Kind(name, title, roles, readings, percent_only, inequality)


BY_OR_TO = ("by", "to")


YEARS = Role("years", "years", derived=True)
DAYS = Role("days", "days", derived=True)
PER_PERIOD = Role("per", "period", derived=True)
# Derived lengths of time: read from the relation's own column, never from the values table.
SPANS = ("years", "days", "period")
SPAN_ROLES = tuple(r.name for r in (YEARS, DAYS, PER_PERIOD))

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        _kind(
            "share",
            "a part as a percentage of a whole",
            Role("part", "amount"),
            Role("whole", "same:part", any_count=True),
            Role("share", "percent"),
        ),
        # "The unemployment rate was 25.5%": the unemployed over the labour force, which the
        # text gives only as its parts, the employed and the unemployed.
        _kind(
            "share_of_sum",
            "a part as a percentage of a whole stated only as its parts: the part and the rest",
            Role("part", "amount"),
            Role("rest", "same:part", many=True, any_count=True),
            Role("share", "percent"),
        ),
        # "A (15.0% of GDP) ... B (11.1% of GDP)" with no GDP given: the two shares imply one
        # whole, so each part over its share must agree.
        _kind(
            "shares_of_one_whole",
            "two parts, each as a percentage of one whole the text does not state",
            Role("part", "amount"),
            Role("share", "percent"),
            Role("other", "same:part"),
            Role("other_share", "percent"),
        ),
        _kind(
            "growth",
            "growth between two values, in percent",
            Role("start", "amount"),
            Role("end", "same:start"),
            Role("rate", "percent"),
        ),
        _kind(
            "change",
            "an absolute change and the rate it makes on the earlier value",
            Role("end", "amount"),
            Role("change", "same:end", signed=True),
            Role("rate", "percent"),
        ),
        _kind(
            "change_from",
            "an absolute change and the rate it makes on the stated earlier value",
            Role("start", "amount"),
            Role("change", "same:start", signed=True),
            Role("rate", "percent"),
        ),
        _kind(
            "cagr",
            "compound annual growth rate between two values",
            Role("start", "amount"),
            Role("end", "same:start"),
            Role("rate", "percent"),
            YEARS,
        ),
        _kind(
            "multiple",
            "one value as a multiple of another",
            Role("start", "amount"),
            Role("end", "same:start"),
            Role("multiple", "times"),
            readings=BY_OR_TO,
        ),
        _kind(
            "cagr_multiple",
            "a compound annual growth rate against the overall multiple",
            Role("rate", "percent"),
            Role("multiple", "times"),
            YEARS,
            readings=BY_OR_TO,
        ),
        _kind(
            "cagr_cumulative",
            "an average annual rate against the cumulative change it compounds to",
            Role("rate", "percent"),
            Role("change", "percent"),
            YEARS,
        ),
        _kind(
            "change_cagr",
            "an absolute change since a base year and the average annual rate it makes",
            Role("end", "amount"),
            Role("change", "same:end", signed=True),
            Role("rate", "percent"),
            YEARS,
        ),
        _kind(
            "pp_change",
            "the change between two rates, in percentage points",
            Role("start", "percent"),
            Role("end", "percent"),
            Role("change", "pp"),
            readings=("points", "relative"),
            percent_only=("relative",),
        ),
        _kind(
            "pp_per_year",
            "the average yearly change between two rates, in percentage points",
            Role("start", "percent"),
            Role("end", "percent"),
            Role("change", "pp"),
            YEARS,
        ),
        _kind(
            "rate_gap",
            "the gap between two rates, in percentage points",
            Role("higher", "percent"),
            Role("lower", "percent"),
            Role("gap", "pp"),
        ),
        _kind(
            "cagr_gap",
            "the gap between a rate and the compound growth of two other values",
            Role("rate", "percent"),
            Role("gap", "pp"),
            Role("base_start", "amount"),
            Role("base_end", "same:base_start"),
            YEARS,
        ),
        _kind(
            "cumulative_gap",
            "the gap between the annual rates of two cumulative changes",
            Role("higher", "percent"),
            Role("lower", "percent"),
            Role("gap", "pp"),
            YEARS,
        ),
        _kind(
            "conversion",
            "a currency amount and its conversion into another currency",
            Role("amount", "amount", bare=True),
            Role("converted", "amount", bare=True),
            Role("rate", "rate", derived=True),
        ),
        # Any two quantities of one dimension (miles and km, tonnes and pounds, C and F); a dated
        # currency rate joins the unit factor when the sides differ by currency (yuan per square
        # metre against dollars per square foot). The factor is derived, never given.
        _kind(
            "unit_conversion",
            "a quantity and its conversion into other units",
            Role("amount", "amount", bare=True),
            Role("converted", "amount", bare=True),
            Role("factor", "rate", derived=True),
        ),
        _kind(
            "sum",
            "parts that add up to a total",
            Role("total", "amount"),
            Role("parts", "same:total", many=True),
        ),
        # "Export earnings rose 46.4%, as volumes rose 28.9% and prices 13.6%": a value is
        # its volume times its price, so its growth compounds theirs.
        _kind(
            "value_growth",
            "growth of a value from the growth of its volume and of its price",
            Role("value", "percent"),
            Role("volume", "percent"),
            Role("price", "percent"),
        ),
        _kind(
            "aggregate_growth",
            "growth of a total from its components' levels and growth rates",
            Role("rate", "percent"),
            Role("levels", "amount", many=True),
            Role("rates", "same:levels", many=True, discounts="levels"),
        ),
        _kind(
            "balance_aggregate_growth",
            "growth of a two-sided total (trade) from each side's growth rate, the sides'"
            " levels implied by the total and the balance between them",
            Role("rate", "percent"),
            Role("total", "amount"),
            Role("balance", "same:total"),
            Role("a_rate", "percent"),
            Role("b_rate", "percent"),
        ),
        _kind(
            "difference_growth",
            "growth of a difference (a surplus, a deficit) from both sides'"
            " levels and growth rates",
            Role("a", "amount"),
            Role("a_rate", "percent"),
            Role("b", "same:a"),
            Role("b_rate", "percent"),
            Role("rate", "percent"),
        ),
        _kind(
            "bound",
            'an exact figure against a bound stated for it ("tops 100 billion")',
            Role("value", "amount", signed=True),
            Role("bound", "same:value", signed=True),
            inequality=True,
        ),
        _kind(
            "order",
            "one figure said to be larger than another",
            Role("larger", "amount", signed=True),
            Role("smaller", "same:larger", signed=True),
            inequality=True,
        ),
        _kind(
            "partial_sum",
            "parts named as included in a total, which need not cover it",
            Role("total", "amount"),
            Role("parts", "same:total", many=True),
            inequality=True,
        ),
        _kind(
            "list_count",
            'a count and the names listed as all of it ("five cities, namely A, B, C, D and E")',
            Role("count", "count"),
            Role("listed", "count"),
        ),
        _kind(
            "partial_list_count",
            'a count and names listed as some of it ("12 provinces, including A, B and C")',
            Role("count", "count"),
            Role("listed", "count"),
            inequality=True,
        ),
        _kind(
            "per_day",
            "a daily, weekly or monthly figure against a total over a period of days",
            Role("total", "amount"),
            Role("per_day", "same:total", per="day"),
            DAYS,
            PER_PERIOD,
        ),
        _kind(
            "per_capita",
            "a total divided by a count",
            Role("total", "amount"),
            Role("count", "count"),
            Role("per_capita", "same:total"),
        ),
        _kind(
            "per_unit",
            "a total divided by a quantity of another kind (a price per kilogram, a yield per "
            "hectare)",
            Role("total", "amount"),
            Role("quantity", "amount"),
            Role("per_unit", "quotient:total/quantity"),
        ),
        _kind(
            "restate",
            "the same figure stated twice in one article",
            Role("first", "amount", signed=True),
            Role("second", "same:first", signed=True),
        ),
        _kind(
            "reference",
            "a stated figure against a published reference fact",
            Role("value", "amount", signed=True),
            Role("reference", "same:value", signed=True),
        ),
    )
}
