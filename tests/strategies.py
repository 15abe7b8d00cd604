"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
from hypothesis import strategies as st

from audit.intervals import Iv

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=1e-3, max_value=1e6, allow_nan=False, allow_infinity=False)


@st.composite
def interval_and_point(draw, elements=finite):
    """An interval and a number inside it."""
    a, b = sorted((draw(elements), draw(elements)))
    t = draw(st.floats(min_value=0, max_value=1))
    point = min(max(a + (b - a) * t, a), b)
    return Iv(np.array([a]), np.array([b])), point


@st.composite
def written_decimals(draw):
    """A decimal as news writes it: digits, optional thousands separators and decimals."""
    integer = draw(st.integers(min_value=0, max_value=10**9))
    decimals = draw(st.integers(min_value=0, max_value=4))
    fraction = draw(st.integers(min_value=0, max_value=10**decimals - 1)) if decimals else 0
    if decimals == 0 and integer % 10 == 0:
        integer += 1  # trailing zeros of an integer are read as rounding, not digits
    value = Decimal(integer) + (Decimal(fraction).scaleb(-decimals) if decimals else 0)
    return value, decimals


# --- Hostile input for the command line: claims files, rule files, article texts. ---

_junk_scalars = st.sampled_from(
    [
        "",
        "~",
        "null",
        "yes",
        "no",
        "0x1F",
        "1_000_000",
        "१२३",
        "12％",
        "1e309",
        "-0",
        ".inf",
        "2022/2001",
        "2021-2016",
        "0001-01-01",
        "9999-12-31",
        "--3.2 percent",
        "[",
        "{",
        "'",
        '"',
        "!!python/object:os.system",
        "&a",
        "*a",
        "\t",
        "\x00",
        "\u202e",
        "𝟙𝟚",
        "9" * 400,
    ]
)
_values = st.sampled_from(
    [
        "5",
        "more than 10",
        "1,604",
        "2.4 billion yuan",
        "3.2 percent",
        "6.5%",
        "1.6 times",
        "about 200 million",
        "12 years",
        "45 percentage points",
        "US$3 billion",
        "1.2 trillion yuan",
        "3 lakh",
        "5 crore rupees",
        "3亿",
        "12万",
        "-4.1%",
        "0",
    ]
)
_periods = st.sampled_from(["2023", "2016-2021", "2022-Q3", "2023-11", "2021-2016", "1", "9999"])
_kinds = st.sampled_from(["cagr_multiple", "cagr_gap", "share", "sum", "growth", "nonsense"])


def _yaml_scalar(text: str) -> str:
    """A YAML double-quoted scalar holding `text` (escaped so the file itself always parses)."""
    return (
        '"'
        + "".join(
            ch
            if ch.isprintable() and ch not in '"\\'
            else f"\\u{ord(ch):04x}"
            if ord(ch) < 0x10000
            else f"\\U{ord(ch):08x}"
            for ch in text
        )
        + '"'
    )


_scalar = st.one_of(
    _junk_scalars,
    _values,
    _periods,
    st.text(max_size=12),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)


@st.composite
def claims_yaml(draw) -> str:
    """YAML text of a claims file: mostly valid keys and values, with junk mixed in."""
    lines = [
        "article:",
        "  id: " + draw(st.sampled_from(["fuzz_1", "fuzz-2", "bad id", "'' "])),
        "  title: " + _yaml_scalar(draw(st.text(max_size=20))),
    ]
    if draw(st.booleans()):
        lines.append(
            "  published: "
            + draw(
                st.sampled_from(
                    ["2023-11-23", "2023-11", "0001-01-01", "9999-12-31", "2023-02-30", "soon"]
                )
            )
        )
    lines.append("claims:")
    ids = []
    for n in range(draw(st.integers(min_value=0, max_value=5))):
        cid = f"c{n}"
        ids.append(cid)
        lines += [
            f"  - id: {cid}",
            "    entity: " + draw(st.sampled_from(["Jiangxi", "China", ""])),
            "    metric: " + draw(st.sampled_from(["GDP", "exports", "population"])),
            "    value: " + _yaml_scalar(draw(st.one_of(_values, _scalar))),
        ]
        if draw(st.booleans()):
            lines.append("    period: " + _yaml_scalar(draw(st.one_of(_periods, _scalar))))
        if draw(st.booleans()):
            lines.append(
                f"    {draw(st.sampled_from(['unit', 'quote', 'span', 'junk']))}: "
                + _yaml_scalar(draw(_scalar))
            )
    if ids and draw(st.booleans()):
        lines += ["relations:", "  - id: r1", "    kind: " + draw(_kinds), "    roles:"]
        for role in draw(
            st.lists(
                st.sampled_from(
                    ["rate", "multiple", "gap", "part", "whole", "years", "base_start", "base_end"]
                ),
                min_size=1,
                max_size=3,
                unique=True,
            )
        ):
            filler = draw(
                st.one_of(
                    st.sampled_from(ids),
                    st.just("{fact: jiangxi.gdp.2016}"),
                    _scalar.map(_yaml_scalar),
                )
            )
            lines.append(f"      {role}: {filler}")
        if draw(st.booleans()):
            lines.append("    period: " + _yaml_scalar(draw(_periods)))
    text = "\n".join(lines) + "\n"
    depth = draw(st.integers(min_value=0, max_value=3))
    if depth:  # deep nesting tacked on as an extra value
        text += "extra: " + "[" * (depth * 40) + "]" * (depth * 40) + "\n"
    return text


@st.composite
def rule_yaml(draw) -> str:
    """YAML text of a rule file: the keys a rule has, each filled with valid or junk values."""
    fields = {
        "title": st.sampled_from(["A house check", ""]).map(_yaml_scalar),
        "kind": st.sampled_from(["per_capita", "share", "nonsense"]),
        "severity": st.sampled_from(["warning", "error", "fatal"]),
        "compare": st.sampled_from(["per_capita", "total", "nope"]),
        "formula": st.sampled_from(
            [
                "total / count",
                "total / 0",
                "__import__('os')",
                "total **",
                "count * 10**400",
                "(" * 200 + "total" + ")" * 200,
                "unknown_name + 1",
            ]
        ).map(_yaml_scalar),
        "message": st.just(_yaml_scalar("Stated {stated}; {formula} gives {computed}.")),
        "docs": st.just("{checks: a check, why: a reason, example: an example}"),
        "examples": st.sampled_from(
            [
                '{pass: [{total: "2.4 billion yuan", count: "1.2 million",'
                ' per_capita: "2,000 yuan"}]}',
                '{fail: [{total: "x", count: "0", per_capita: "1"}]}',
                "[]",
                "7",
            ]
        ),
    }
    lines = []
    for key, strategy in fields.items():
        if draw(st.integers(min_value=0, max_value=9)) > 0:
            lines.append(f"{key}: {draw(strategy)}")
    if draw(st.booleans()):
        lines.append(f"{draw(st.sampled_from(['junk', 'kind']))}: {_yaml_scalar(draw(_scalar))}")
    return "\n".join(lines) + "\n"


_phrases = st.sampled_from(
    [
        "GDP grew 6.5 percent in 2023",
        "exports rose 12% year on year",
        "since 2001",
        "during 2016-2021",
        "from 2021 to 2016",
        "on 2023-11-23",
        "at 09:30",
        "at 23:59:59",
        "fell --3.2 percent",
        "rose +-4 %",
        "to 3.2亿 yuan",
        "about 12万 people",
        "3 lakh rupees",
        "5.5 crore",
        "US$3 billion",
        "€4.2 million",
        "¥1.2 trillion",
        "£7bn",
        "1.6 times",
        "by 45 percentage points",
        "a population of 1.4 billion",
        "12％ higher",
        "0x1F units",
        "1_000_000 tonnes",
        "१२३ people",
        "in 0001",
        "in 9999",
        "9" * 300,
        "2022/2001",
        "Q3 2022",
        "in the first half of 2023",
        "an average annual growth of 7.1 percent",
        "twice as many",
        "one-third of",
        "from 1.2 million to 2.4 million",
        "2022-23",
    ]
)


@st.composite
def article_text(draw) -> str:
    """An invented article: sentences of figures, dates and spans, with random unicode between."""
    sentences = []
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        words = draw(st.lists(st.one_of(_phrases, st.text(max_size=8)), min_size=1, max_size=4))
        sentences.append("The province said " + " and ".join(words) + ".")
    return "A Title For The Story\n\n" + "\n".join(sentences) + "\n"
