"""Regular expressions compiled at their first use, not when their module is imported.

The extractor holds some seven hundred expressions; compiling them all took a one-article
`audit check` about a quarter of a second, though a short article uses fewer than a third of
them. `compile_later` returns a stand-in that compiles on the first call of any method and then
keeps the compiled pattern's methods as its own attributes, so later calls cost what calls on
a compiled pattern cost. Its `pattern` is there from the start, so expressions built from
another's text do not compile it.

The stand-in is not an `re.Pattern` (that type cannot be subclassed): call its methods
(`pattern.search(text)`), never `re.search(pattern, text)`.
"""

from __future__ import annotations

import re
from typing import Any, cast

# Every attribute of re.Pattern that code reads; each is copied from the compiled pattern at
# first use so that the stand-in's __getattr__ runs once.
_COPIED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _Later:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for an attribute not yet set: the first use of the pattern.
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _COPIED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"compile_later({self.pattern!r}, {self._flags})"


def compile_later(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used (a bad pattern fails then)."""
    return cast("re.Pattern[str]", _Later(pattern, int(flags)))
