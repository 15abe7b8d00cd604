"""Expressions compiled at first use behave as compiled ones, and every one the tool ships
compiles (a typo in one would otherwise surface only on the text that first needs it)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import audit
from audit.lazy_regex import _Later, compile_later


def _shipped_patterns() -> list[tuple[str, str]]:
    found = []
    for module_info in pkgutil.walk_packages(audit.__path__, "audit."):
        if module_info.name in ("audit.__main__", "audit.dask_run"):  # runs; needs dask
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if isinstance(value, _Later):
                found.append((module_info.name, name))
    return found


SHIPPED = _shipped_patterns()


def test_the_extractor_defers_its_expressions() -> None:
    assert sum(module.startswith("audit.extract.") for module, _ in SHIPPED) > 300


@pytest.mark.parametrize(("module", "name"), SHIPPED)
def test_every_shipped_expression_compiles(module: str, name: str) -> None:
    pattern = getattr(importlib.import_module(module), name)
    assert pattern.groups >= 0  # the first use compiles it


def test_its_text_is_read_without_compiling_it() -> None:
    unbalanced = compile_later(r"(unclosed")
    assert unbalanced.pattern == "(unclosed"
    with pytest.raises(re.error):
        unbalanced.search("unclosed")


def test_it_keeps_its_flags() -> None:
    assert compile_later(r"rose\s+by", re.IGNORECASE).search("ROSE  BY") is not None
    assert compile_later(r"rose\s+by").search("ROSE BY") is None


@given(st.text(alphabet="ab1 .,", max_size=30))
def test_it_finds_what_a_compiled_pattern_finds(text: str) -> None:
    expression = r"(?P<digits>\d+)|(a+)b?"
    later, now = compile_later(expression), re.compile(expression)
    assert [m.span() for m in later.finditer(text)] == [m.span() for m in now.finditer(text)]
    assert later.sub("-", text) == now.sub("-", text)
    assert later.split(text) == now.split(text)
    assert later.groupindex == now.groupindex
