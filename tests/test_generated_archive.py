"""The engine benchmark's generator covers every kind, and its correct relations all hold:
a small archive of generated figures, rounded as a newsroom would, raises no false alarm."""

import importlib.util
from pathlib import Path

import numpy as np

from audit.claims.kinds import KINDS
from audit.engine import evaluate as engine
from audit.rules.rule_files import load_rules

spec = importlib.util.spec_from_file_location(
    "engine_benchmark", Path(__file__).parent.parent / "benchmarks" / "engine.py"
)
benchmark = importlib.util.module_from_spec(spec)
spec.loader.exec_module(benchmark)


def test_every_kind_is_generated():
    assert set(benchmark.GENERATORS) == set(KINDS)


def test_correct_generated_relations_all_hold_and_planted_errors_fail():
    tables, planted = benchmark.generate(len(KINDS) * 200, wrong=0.0, seed=11)
    status = engine.run(tables, load_rules())["status"]
    assert planted == 0 and set(status.tolist()) == {"consistent"}
    tables, planted = benchmark.generate(len(KINDS) * 200, wrong=1.0, seed=11)
    status = engine.run(tables, load_rules())["status"]
    assert np.count_nonzero(status == "inconsistent") >= 0.95 * planted
