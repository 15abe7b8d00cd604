"""Records: dataclasses whose methods are not compiled each time the tool starts.

`dataclasses.dataclass` writes each class's __init__, __repr__ and __eq__ (and a frozen class's
__hash__, __setattr__ and __delattr__) as source text and compiles it when its module is
imported: on the path of a gate on one claims file, over thirty classes and about 180
compilations, a seventh of its instructions. A record is still a dataclass (fields(),
replace() and asdict() work on it, slots as asked), but its __init__ is written in its class
body, so it loads with the module's bytecode, and its other methods are shared functions made
for it here: the repr, equality and hash a dataclass has, and for a frozen record the same
FrozenInstanceError on assignment and the same pickling of its slots.

A record's __init__ takes its fields in order with their defaults; a field whose default is
made by a factory takes FACTORY as its default and stores a new value when given it.
tests/test_records.py holds every record's __init__ to its fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError, dataclass, fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

T = TypeVar("T")


class _Factory:
    """The default of an __init__ parameter whose field's default comes from a factory."""

    def __repr__(self) -> str:
        return "FACTORY"


FACTORY: Any = _Factory()


def _record(*, frozen: bool = False, slots: bool = False) -> Callable[[type[T]], type[T]]:
    """Make a class a record: a dataclass with the __init__ its body writes."""

    def make(cls: type[T]) -> type[T]:
        if "__init__" not in cls.__dict__:
            raise TypeError(f"the record {cls.__qualname__} writes no __init__")
        made = dataclass(init=False, repr=False, eq=False, slots=slots)(cls)
        _add_methods(made, frozen)
        return made

    return make


if TYPE_CHECKING:  # a type checker reads a record as the dataclass it is
    from dataclasses import dataclass as record
else:
    record = _record


def _tuple_of(names: list[str]) -> Callable[[Any], tuple]:
    if len(names) == 1:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    return attrgetter(*names) if names else lambda obj: ()  # type: ignore[return-value]


def _add_methods(cls: type[Any], frozen: bool) -> None:
    every = fields(cls)
    shown = [f.name for f in every if f.repr]
    compared = _tuple_of([f.name for f in every if f.compare])
    hashed = _tuple_of([f.name for f in every if (f.compare if f.hash is None else f.hash)])
    names = frozenset(f.name for f in every)

    def __repr__(self: Any) -> str:
        shown_fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({shown_fields})"

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    cls.__repr__ = __repr__  # type: ignore[method-assign,assignment]
    cls.__eq__ = __eq__  # type: ignore[method-assign,assignment]
    if not frozen:
        cls.__hash__ = None  # type: ignore[assignment]  # as a dataclass: equal, so unhashable
        return

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    cls.__hash__ = __hash__  # type: ignore[method-assign,assignment]
    cls.__setattr__ = __setattr__  # type: ignore[method-assign,assignment]
    cls.__delattr__ = __delattr__  # type: ignore[method-assign,assignment]
    if "__slots__" in cls.__dict__:
        # Pickling (to and from worker processes) restores slots by assignment, which a frozen
        # record refuses: its state is its fields' values, set as __init__ sets them.
        ordered = [f.name for f in every]

        def __getstate__(self: Any) -> list[Any]:
            return [getattr(self, name) for name in ordered]

        def __setstate__(self: Any, state: list[Any]) -> None:
            for name, value in zip(ordered, state, strict=True):
                object.__setattr__(self, name, value)

        cls.__getstate__ = __getstate__  # type: ignore[attr-defined]
        cls.__setstate__ = __setstate__  # type: ignore[attr-defined]
