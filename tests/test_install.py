"""What an installed copy of the tool carries: the shipped rules and data files."""

import importlib.metadata

import pytest


def test_an_installed_wheel_carries_rules_units_and_facts():
    dist = importlib.metadata.distribution("claims-audit")
    files = {str(f) for f in dist.files or ()}
    if "audit/__init__.py" not in files:
        pytest.skip("an editable install lists no package files; CI installs the wheel")
    for needed in (
        "audit/rules/builtin/share/mismatch.yaml",
        "audit/data/units.json",
        "audit/data/units.txt",
        "audit/data/facts.yaml",
        "audit/data/facts/world_bank.npz",
    ):
        assert needed in files
