"""Plain data (an extracted draft) as the positioned values a claims file loads into.

An article audited on the fly needs no YAML text: writing the draft and parsing it back costs
more than extracting it and grows faster than the article. The values come out as the YAML
round trip gives them (strings keep their digits, spans stay integers); there are no lines to
point at, so errors name the article file alone.
"""

from __future__ import annotations

import datetime
from typing import Any

from audit.claims.yamlsource import Mapping, Sequence


def from_plain(data: Any, name: str) -> Any:
    if isinstance(data, dict):
        result = Mapping()
        result.path, result.line, result.column = name, None, None  # type: ignore[assignment]
        result.key_marks = {}
        for key, value in data.items():
            result[key if isinstance(key, str) else str(key)] = from_plain(value, name)
        return result
    if isinstance(data, (list, tuple)):
        items = Sequence()
        items.path, items.line, items.column = name, None, None  # type: ignore[assignment]
        items.item_marks = []
        items.extend(from_plain(item, name) for item in data)
        return items
    if isinstance(data, float):
        return repr(data)  # as a YAML float keeps its written text
    if isinstance(data, (datetime.date, datetime.datetime)):
        return data.isoformat()
    return data
