"""IR type references → annotations that carry their imports (:class:`~generator.python.code.Code`).

The text is the IR's own spelling (:meth:`TypeRef.py`); this module adds what that text needs:
``typing`` names, ``datetime``, the runtime's ``FileTypes``, and the models-package module of
every named definition.  Imports are data: a module imports exactly what its annotations use.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.ir import model as m
from generator.python.code import Code, Import
from generator.python.runtime_names import runtime_import

TYPING = "typing"


def typing(name: str) -> Import:
    return Import(TYPING, name)


ANY = Code("Any", frozenset({typing("Any")}))
NONE = Code("None")


class Annotations:
    """Annotations for one package: knows which models-package module defines each name."""

    def __init__(self, module_of: Mapping[str, str]) -> None:
        self._module_of = module_of

    def model_import(self, name: str) -> Import:
        return Import(f".models.{self._module_of[name]}", name)

    def of(self, t: m.TypeRef | None) -> Code:
        """The annotation of ``t`` (``None`` for no type)."""
        if t is None:
            return NONE
        return Code(t.py(), frozenset(self._imports(t)))

    def optional(self, t: m.TypeRef, *, required: bool) -> Code:
        """``t``, or ``t | None`` when the value may be left out."""
        code = self.of(t)
        return code if required else code.wrap("{} | None")

    def named(self, name: str) -> Code:
        """A bare reference to a models-package definition (a class used as a value)."""
        return Code(name, frozenset({self.model_import(name)}))

    def _imports(self, t: m.TypeRef) -> set[Import]:
        if isinstance(t, m.Prim):
            return _prim_imports(t.name)
        if isinstance(t, m.Named):
            return {self.model_import(t.name)}
        if isinstance(t, m.LiteralOf):
            return {typing("Literal")}
        if isinstance(t, m.ListOf):
            return self._imports(t.item)
        if isinstance(t, m.MapOf):
            return self._imports(t.value)
        if isinstance(t, m.Nullable):
            return self._imports(t.inner)
        if isinstance(t, m.UnionOf):
            return set().union(*(self._imports(x) for x in t.members))
        raise TypeError(f"unknown type reference {t!r}")


def _prim_imports(name: str) -> set[Import]:
    if name.startswith("datetime."):
        return {Import("datetime")}
    if name == "Any":
        return {typing("Any")}
    if name == "FileTypes":
        return {runtime_import("FileTypes")}
    return set()
