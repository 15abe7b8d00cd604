"""The claims file as YAML an editor can read: keys in a fixed order, values as strings."""

from __future__ import annotations

from typing import Any

import yaml


class _Dumper(yaml.SafeDumper):
    """Safe dumper that writes spans as flow lists ([512, 597]) and long quotes unbroken."""


def _list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = all(isinstance(item, (int, float)) for item in data) or (
        all(isinstance(item, list) for item in data) and len(data) <= 4
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow or None)


_Dumper.add_representer(list, _list)


def dump_yaml(data: dict[str, Any]) -> str:
    """YAML text of a claims dict; values are strings already, so "7.80" keeps its digits."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=10_000,
        default_flow_style=False,
    )
