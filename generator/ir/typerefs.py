"""Type references: the annotation a schema becomes, rendering itself with :meth:`TypeRef.py`.

:meth:`TypeRef.names` gives the named definitions a type mentions and :meth:`TypeRef.runtime`
the runtime names it needs, so imports follow from the types rather than from rendered text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

JsonScalar = str | int | float | bool | None

class TypeRef:
    """Base of the type-reference variants; immutable and hashable."""

    __slots__ = ()

    def py(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def names(self) -> frozenset[str]:
        """Named model-package definitions this type mentions."""
        return frozenset()

    def runtime(self) -> frozenset[str]:
        """Names from the generated package runtime this type needs (``FileTypes``…)."""
        return frozenset()

    def is_binary(self) -> bool:
        return False


@dataclass(frozen=True, slots=True)
class Prim(TypeRef):
    """A builtin or stdlib type, spelled as in generated code (``str``, ``datetime.datetime``)."""

    name: Literal["str", "int", "float", "bool", "bytes", "Any", "None", "datetime.datetime",
                  "datetime.date", "FileTypes", "object"]

    def py(self) -> str:
        return self.name

    def runtime(self) -> frozenset[str]:
        return frozenset({"FileTypes"}) if self.name == "FileTypes" else frozenset()

    def is_binary(self) -> bool:
        return self.name == "FileTypes"


ANY = Prim("Any")
STR = Prim("str")
NONE = Prim("None")


@dataclass(frozen=True, slots=True)
class Named(TypeRef):
    """A definition in the models package (model, enum, union or alias)."""

    name: str
    kind: Literal["model", "enum", "union", "alias"] = "model"
    open_enum: bool = False  # an enum reference that also accepts values the spec does not list
    enum_base: Literal["str", "int"] = "str"

    def py(self) -> str:
        if self.open_enum:
            return f"{self.name} | {self.enum_base}"
        return self.name

    def names(self) -> frozenset[str]:
        return frozenset({self.name})


@dataclass(frozen=True, slots=True)
class ListOf(TypeRef):
    item: TypeRef

    def py(self) -> str:
        return f"list[{self.item.py()}]"

    def names(self) -> frozenset[str]:
        return self.item.names()

    def runtime(self) -> frozenset[str]:
        return self.item.runtime()

    def is_binary(self) -> bool:
        return self.item.is_binary()


@dataclass(frozen=True, slots=True)
class MapOf(TypeRef):
    value: TypeRef

    def py(self) -> str:
        return f"dict[str, {self.value.py()}]"

    def names(self) -> frozenset[str]:
        return self.value.names()

    def runtime(self) -> frozenset[str]:
        return self.value.runtime()


@dataclass(frozen=True, slots=True)
class LiteralOf(TypeRef):
    """``Literal[...]``; with ``open`` also any other value of the base type (open enums)."""

    values: tuple[JsonScalar, ...]
    open: bool = False
    base: Literal["str", "int", "float", "bool"] = "str"

    def py(self) -> str:
        lit = f"Literal[{', '.join(py_literal(v) for v in self.values)}]"
        return f"{lit} | {self.base}" if self.open else lit


def alternatives(annotation: str) -> list[str]:
    """Top-level ``|`` alternatives of an annotation (brackets respected)."""
    out: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(annotation):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(annotation[start:i].strip())
            start = i + 1
    out.append(annotation[start:].strip())
    return [a for a in out if a]


_BASES = ("str", "int", "float", "bool")


@dataclass(frozen=True, slots=True)
class UnionOf(TypeRef):
    members: tuple[TypeRef, ...]

    def py(self) -> str:
        """Alternatives flattened and de-duplicated; plain base types last, so an open enum reads
        ``Literal['a', 'b'] | str`` rather than ``str | Literal['a', 'b'] | str``."""
        alts = list(dict.fromkeys(a for m in self.members for a in alternatives(m.py())))
        rest = [a for a in alts if a not in _BASES and a != "None"]
        tail = [a for a in _BASES if a in alts] + (["None"] if "None" in alts else [])
        return " | ".join(rest + tail)

    def names(self) -> frozenset[str]:
        return frozenset().union(*(m.names() for m in self.members))

    def runtime(self) -> frozenset[str]:
        return frozenset().union(*(m.runtime() for m in self.members))

    def is_binary(self) -> bool:
        return any(m.is_binary() for m in self.members)


@dataclass(frozen=True, slots=True)
class Nullable(TypeRef):
    inner: TypeRef

    def py(self) -> str:
        return f"{self.inner.py()} | None"

    def names(self) -> frozenset[str]:
        return self.inner.names()

    def runtime(self) -> frozenset[str]:
        return self.inner.runtime()

    def is_binary(self) -> bool:
        return self.inner.is_binary()


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value; strings via repr, so any text is safely escaped (double
    quotes, as black writes them, when the text has none)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        text = repr(value)
        return '"' + text[1:-1] + '"' if text.startswith("'") and '"' not in text else text
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(str(value))
