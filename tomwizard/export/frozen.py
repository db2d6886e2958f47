"""``@frozen``: immutable records of plain data for the export, made without generating code.

A class decorated with :func:`frozen` behaves as with ``@dataclass(frozen=True)``: an
``__init__`` from the annotated fields in order (positional or by keyword, class-level values
as defaults; then ``__post_init__`` if the class has one), equality and hash by the field values
in order (the same hash as the dataclass' tuple), a repr ``Name(field=value, ...)``, and
assigning or deleting an attribute raises :class:`dataclasses.FrozenInstanceError`. mypy reads
it as a frozen dataclass (``typing.dataclass_transform``).

Why not ``dataclass``: it compiles six functions from source for every frozen class when the
module is imported, about 0.3 ms a class; an export defines two dozen such classes in every
process but makes only about a thousand instances, so shared generic methods cost less.
Not supported (a ``TypeError`` when the class is made): ``dataclasses.field``, base classes
with fields.
"""

from __future__ import annotations

import inspect
from dataclasses import Field, FrozenInstanceError
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T")
_MISSING = object()


@dataclass_transform(frozen_default=True)
def frozen(cls: type[_T]) -> type[_T]:
    """Make ``cls`` a frozen record of its annotated fields (see the module docstring)."""
    names = tuple(
        name
        for name, annotation in inspect.get_annotations(cls).items()
        if not str(annotation).startswith(("ClassVar", "typing.ClassVar"))
    )
    defaults: dict[str, Any] = {}
    for name in names:
        default = cls.__dict__.get(name, _MISSING)
        if isinstance(default, Field):
            raise TypeError(f"{cls.__name__}.{name}: dataclasses.field is not supported")
        if default is not _MISSING:
            defaults[name] = default
        elif defaults:
            raise TypeError(f"{cls.__name__}: non-default field {name!r} after a default")
    known = frozenset(names)
    post_init = getattr(cls, "__post_init__", None)  # called after __init__, as dataclass does
    title = cls.__qualname__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(names):
            raise TypeError(f"{title}() takes {len(names)} arguments but {len(args)} were given")
        state = self.__dict__  # written directly: __setattr__ refuses
        state.update(zip(names, args, strict=False))
        for name, value in kwargs.items():
            if name not in known:
                raise TypeError(f"{title}() got an unexpected keyword argument {name!r}")
            if name in state:
                raise TypeError(f"{title}() got multiple values for argument {name!r}")
            state[name] = value
        if len(state) < len(names):
            for name in names:
                if name not in state:
                    if name not in defaults:
                        raise TypeError(f"{title}() missing required argument: {name!r}")
                    state[name] = defaults[name]
        if post_init is not None:
            post_init(self)

    def values(self: Any) -> tuple[Any, ...]:
        state = self.__dict__
        return tuple([state[name] for name in names])

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(values(self) == values(other))
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(values(self))

    def __repr__(self: Any) -> str:
        state = self.__dict__
        shown = ", ".join(f"{name}={state[name]!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    def __setattr__(self: Any, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self: Any, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    for method in (__init__, __eq__, __hash__, __repr__, __setattr__, __delattr__):
        method.__qualname__ = f"{title}.{method.__name__}"
        setattr(cls, method.__name__, method)
    return cls
