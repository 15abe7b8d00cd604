"""Records behave as the dataclasses they replace, and every record's written-out __init__
takes and stores exactly its fields."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import pickle
import pkgutil

import numpy as np
import pytest

import audit
from audit.records import FACTORY, record


def _records() -> list[type]:
    found = {}
    for module in pkgutil.walk_packages(audit.__path__, "audit."):
        if module.name == "audit.__main__":  # runs the command
            continue
        try:
            loaded = importlib.import_module(module.name)
        except ImportError:  # an optional extra (pyarrow, dask) not installed
            continue
        for value in vars(loaded).values():
            if (
                isinstance(value, type)
                and dataclasses.is_dataclass(value)
                and not value.__dataclass_params__.init  # type: ignore[attr-defined]
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


RECORDS = _records()


def test_the_gate_s_classes_are_records():
    names = {f"{c.__module__}.{c.__qualname__}" for c in RECORDS}
    assert {"audit.claims.claims_file.Claim", "audit.report.model.Finding"} <= names
    assert len(RECORDS) >= 30


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_a_record_s_init_takes_its_fields_in_order_with_their_defaults(cls):
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        assert parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        if field.default_factory is not dataclasses.MISSING:
            assert parameter.default is FACTORY, field.name
        elif field.default is not dataclasses.MISSING:
            assert parameter.default == field.default, field.name
        else:
            assert parameter.default is inspect.Parameter.empty, field.name


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_a_record_s_init_stores_each_field_as_given_or_as_its_factory_makes_it(cls):
    fields = dataclasses.fields(cls)
    given = {f.name: object() for f in fields}
    made = cls(**given)
    assert {f.name: getattr(made, f.name) for f in fields} == given
    required = {f.name: given[f.name] for f in fields if f.default is f.default_factory}
    first, second = cls(**required), cls(**required)
    for field in fields:
        if field.default_factory is not dataclasses.MISSING:
            assert _alike(getattr(first, field.name), field.default_factory())
            assert getattr(first, field.name) is not getattr(second, field.name)  # a new one
        elif field.default is not dataclasses.MISSING:
            assert getattr(first, field.name) == field.default


def _alike(made: object, expected: object) -> bool:
    """The same value, for values (arrays, column tables) that do not compare with ==."""
    if type(made) is not type(expected):
        return False
    if isinstance(made, np.ndarray):
        return made.dtype == expected.dtype and np.array_equal(made, expected)  # type: ignore[union-attr]
    if type(made).__eq__ is object.__eq__:
        return repr(vars(made)) == repr(vars(expected))
    return bool(made == expected)


# A record and the dataclass it stands for, to compare their behaviour.
@record(frozen=True, slots=True)
class Point:
    """A frozen record with slots."""

    x: int
    label: str = "p"
    tags: list[str] = dataclasses.field(default_factory=list, compare=False)

    def __init__(self, x: int, label: str = "p", tags: list[str] = FACTORY) -> None:
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "tags", [] if tags is FACTORY else tags)


@dataclasses.dataclass(frozen=True, slots=True)
class DataPoint:
    """The same as a dataclass."""

    x: int
    label: str = "p"
    tags: list[str] = dataclasses.field(default_factory=list, compare=False)


@record()
class Box:
    """A mutable record."""

    size: int
    hidden: str = dataclasses.field(default="", repr=False)

    def __init__(self, size: int, hidden: str = "") -> None:
        self.size = size
        self.hidden = hidden


@dataclasses.dataclass
class DataBox:
    """The same as a dataclass."""

    size: int
    hidden: str = dataclasses.field(default="", repr=False)


def test_a_record_s_repr_equality_and_hash_are_its_dataclass_s():
    assert repr(Point(3, "a", ["t"])) == repr(DataPoint(3, "a", ["t"])).replace("Data", "")
    assert repr(Box(2, "secret")) == repr(DataBox(2, "secret")).replace("Data", "")
    assert Point(3, "a", ["t"]) == Point(3, "a", ["other"])  # tags are not compared
    assert Point(3, "a") != Point(4, "a") and Point(3) != DataPoint(3)
    assert hash(Point(3, "a", ["t"])) == hash(DataPoint(3, "a", ["u"]))
    assert Box(2) == Box(2) and Box(2) != Box(3)
    with pytest.raises(TypeError):
        hash(Box(2))  # equal by value and mutable: unhashable, as a dataclass


def test_a_frozen_record_refuses_assignment_as_a_dataclass_does():
    point = Point(1)
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'x'"):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'x'"):
        del point.x  # type: ignore[misc]
    box = Box(1)
    box.size = 5
    assert box.size == 5


def test_records_pickle_copy_and_replace_as_dataclasses():
    point = Point(7, "q", ["t"])
    for twin in (pickle.loads(pickle.dumps(point)), copy.copy(point), copy.deepcopy(point)):
        assert twin == point and twin.tags == ["t"] and type(twin) is Point
    assert dataclasses.replace(point, label="r") == Point(7, "r")
    assert dataclasses.asdict(point) == {"x": 7, "label": "q", "tags": ["t"]}
    assert pickle.loads(pickle.dumps(Box(4, "h"))).hidden == "h"
    assert not hasattr(point, "__dict__")  # slots, as asked


def test_a_record_without_its_own_init_is_refused():
    with pytest.raises(TypeError, match="writes no __init__"):

        @record()
        class Bare:
            """No __init__."""

            x: int
