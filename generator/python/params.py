"""Request-side types: a ``TypedDict`` per model that request bodies use (``ChatRequestParam``).

A user writes a request as keyword arguments and plain dicts; these ``...Param`` types make mypy
and pyright check those dicts (a misspelt key, a wrong value type, an unknown ``Literal`` value,
a missing required key).  They are closed where the response models are open: an enum is its
``Literal`` values only (no ``| str``), because a typo must not reach the wire.  Nested models
accept their ``Param`` or the model itself.

Only definitions reachable from a request body get a ``Param``; names are claimed through the
naming authority (:func:`generator.naming.param_name`), in definition-name order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.ir import model as m
from generator.naming import Namespace, claim_param_name
from generator.python.code import Code, Import
from generator.python.types import Annotations, typing

_SEQUENCE = Import("collections.abc", "Sequence")
_MAPPING = Import("collections.abc", "Mapping")


def request_definitions(api: m.Api) -> list[str]:
    """Names of the definitions a request body can contain, directly or nested (sorted)."""
    defs = {d.name: d for d in api.definitions}
    seen: set[str] = set()
    todo: list[str] = []
    for op in api.operations:
        body = op.body
        if body is None:
            continue
        todo.extend(body.type.names())
        for f in body.fields:
            todo.extend(f.type.names())
    while todo:
        name = todo.pop()
        if name in seen or name not in defs:
            continue
        seen.add(name)
        todo.extend(defs[name].names())
    return sorted(seen)


def param_names(api: m.Api) -> dict[str, str]:
    """Definition name → its ``Param`` name, for the definitions that need one (models, and
    unions and aliases that contain models)."""
    defs = {d.name: d for d in api.definitions}
    wanted = request_definitions(api)
    needs: set[str] = set()
    changed = True
    while changed:  # an alias or union needs a Param when something it names needs one
        changed = False
        for name in wanted:
            d = defs[name]
            if name in needs:
                continue
            if isinstance(d, m.Model) or (
                not isinstance(d, m.Enum) and any(n in needs for n in d.names())
            ):
                needs.add(name)
                changed = True
    names = Namespace({d.name for d in api.definitions})
    return {name: claim_param_name(names, name) for name in sorted(needs)}


@dataclass(frozen=True)
class ParamKey:
    wire: str
    annotation: Code  # with Required[...] when the key must be present
    description: str


class ParamTypes:
    """Request-side annotations for one package."""

    def __init__(self, types: Annotations, params: Mapping[str, str],
                 definitions: Mapping[str, m.Definition]) -> None:
        self._types = types
        self._params = params
        self._defs = definitions

    @property
    def names(self) -> Mapping[str, str]:
        return self._params

    def model(self, t: m.TypeRef) -> m.Model | None:
        """The model a JSON request body of type ``t`` is, when it is one with a ``Param``."""
        if isinstance(t, m.Named) and t.name in self._params:
            d = self._defs.get(t.name)
            return d if isinstance(d, m.Model) else None
        return None

    def body_type(self, t: m.Named) -> Code:
        """A whole request body: the model or its ``Param``."""
        return self._named(t)

    def of(self, t: m.TypeRef) -> Code:
        """The annotation a request value of type ``t`` takes."""
        if isinstance(t, m.Named):
            return self._named(t)
        if isinstance(t, m.LiteralOf):
            return Code(m.LiteralOf(t.values).py(), frozenset({typing("Literal")}))
        if isinstance(t, m.ListOf):
            return self.of(t.item).wrap("Sequence[{}]", _SEQUENCE)
        if isinstance(t, m.MapOf):
            return self.of(t.value).wrap("Mapping[str, {}]", _MAPPING)
        if isinstance(t, m.Nullable):
            return self.of(t.inner).wrap("{} | None")
        if isinstance(t, m.UnionOf):
            parts = _unique(self.of(x) for x in t.members)
            return Code(" | ".join(p.text for p in parts), frozenset().union(*(p.imports for p in parts)))
        return self._types.of(t)

    def _named(self, t: m.Named) -> Code:
        param = self._params.get(t.name)
        model = self._types.named(t.name)
        if param is None:
            return model  # an enum (closed) or a definition without models in it
        param_code = Code(param, frozenset({Import(self._types.model_import(t.name).module, param)}))
        d = self._defs.get(t.name)
        if isinstance(d, m.Model):  # the model itself is accepted too
            return Code(f"{param} | {t.name}", param_code.imports | model.imports)
        return param_code

    def field(self, f: m.Field) -> Code:
        """The value a request may give a model field (``None`` included when it is nullable);
        the same in a ``Param`` key and in a keyword-form body argument."""
        ann = self.of(f.type)
        return or_none(ann) if f.nullable else ann

    def keys(self, d: m.Model) -> tuple[ParamKey, ...]:
        """The keys of a model's ``Param``: every field a request may send (not read-only)."""
        out = []
        for f in d.fields:
            if f.read_only:
                continue
            ann = self.field(f)
            if f.required:
                ann = ann.wrap("Required[{}]", Import("typing_extensions", "Required"))
            out.append(ParamKey(f.wire, ann, f.description))
        return tuple(out)


def _unique(codes: Iterable[Code]) -> list[Code]:
    seen: dict[str, Code] = {}
    for c in codes:
        seen.setdefault(c.text, c)
    return list(seen.values())


def or_none(code: Code) -> Code:
    """``code | None``, unless it admits ``None`` already (``None | None`` cannot be evaluated)."""
    if code.text in ("None", "Any") or code.text.endswith("| None"):
        return code
    return code.wrap("{} | None")
