"""A models-package module → the view its template prints: classes, aliases, and the imports
they need (computed from what is printed, never by searching the rendered text)."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from typing import Any

from generator.ir import model as m
from generator.python import layout
from generator.python.code import Import, import_groups
from generator.python.escape import pyrepr
from generator.python.params import ParamTypes
from generator.python.runtime_names import runtime_import
from generator.python.types import Annotations, typing

_FIELD = Import("pydantic", "Field")
_TAG = Import("pydantic", "Tag")


@dataclass(frozen=True)
class FieldView:
    lines: tuple[str, ...]  # "name: annotation = default", laid out as black would
    doc: str
    laid_out: bool  # False: layout unsure, the module goes through black
    imports: frozenset[Import]


def _statement(lines: list[str] | None, flat: str) -> tuple[tuple[str, ...], bool]:
    return (tuple(lines), True) if lines is not None else ((flat,), False)


def field_view(f: m.Field, types: Annotations) -> FieldView:
    ann = f.annotation
    imports = set(types.of(f.type).imports)
    alias = f", validation_alias={pyrepr(f.wire)}, serialization_alias={pyrepr(f.wire)}" if f.needs_alias else ""
    if f.required:  # nullable or not, it must be present
        default = f"Field({alias[2:]})" if alias else None
    else:
        default = f"Field(default=None{alias})" if alias else "None"
    if default is not None and default.startswith("Field("):
        imports.add(_FIELD)
    doc = f.description
    if f.default is not None:
        doc = (doc + "\n\n" if doc else "") + f"Server default: ``{f.default}``."
    if f.example is not None:
        doc = (doc + "\n\n" if doc else "") + f"Example: ``{f.example}``."
    if f.deprecated:
        doc = (doc + "\n\n" if doc else "") + "Deprecated."
    flat = f"    {f.name}: {ann}" + (f" = {default}" if default is not None else "")
    lines, ok = _statement(layout.field(f.name, ann, default), flat)
    return FieldView(lines, doc, ok, frozenset(imports))


@dataclass(frozen=True)
class DefinitionView:
    d: m.Definition
    kind: str
    header: str  # class line
    fields: tuple[FieldView, ...] = ()
    alias_value: str = ""
    doc: str = ""
    lines: tuple[str, ...] = ()  # the alias statement, laid out
    laid_out: bool = True
    imports: frozenset[Import] = frozenset()
    constraints: tuple[str, ...] = ()  # the ``__oagen_constraints__`` statement, laid out


def constraint_table(d: m.Model) -> str:
    """The rules of the model's own fields as the value of a class attribute the runtime's
    ``check_request`` reads (attribute name → ``(keyword, operand, depth)`` tuples); "" when none
    has a rule."""
    entries = []
    for f in d.own_fields:
        rules = [f"({pyrepr(c.rule)}, {pyrepr(c.value)}, {c.depth})" for c in f.constraints]
        if rules:
            entries.append(f"{pyrepr(f.name)}: ({', '.join(rules)}{',' if len(rules) == 1 else ''})")
    if not entries:
        return ""
    return f"{{{', '.join(entries)}}}"


def _model_view(d: m.Model, types: Annotations, request_side: bool = False) -> DefinitionView:
    imports: set[Import] = set()
    if d.bases:
        imports |= {types.model_import(b) for b in d.bases}
    else:
        imports.add(runtime_import("OagenModel"))
    fields = tuple(field_view(f, types) for f in d.own_fields)
    if d.extra is not None:
        extra = types.of(d.extra).wrap("dict[str, {}]")
        flat = f"    __pydantic_extra__: {extra.text} = Field(init=False)"
        lines, ok = _statement(layout.field("__pydantic_extra__", extra.text, "Field(init=False)"), flat)
        fields = (*fields, FieldView(lines, "Additional properties.", ok, extra.imports | {_FIELD}))
    for f in fields:
        imports |= f.imports
    header = "\n".join(layout.class_header(d.name, ", ".join(d.bases) or "OagenModel"))
    table = constraint_table(d) if request_side else ""
    constraints: tuple[str, ...] = ()
    table_ok = True
    if table:  # responses never read it: only models a request can contain carry one
        imports |= {typing("ClassVar"), runtime_import("Constraints")}
        constraints, table_ok = _statement(
            layout.field("__oagen_constraints__", "ClassVar[Constraints]", table),
            f"    __oagen_constraints__: ClassVar[Constraints] = {table}")
    return DefinitionView(d, "model", header, fields, doc=d.description,
                          laid_out=all(f.laid_out for f in fields) and table_ok,
                          imports=frozenset(imports), constraints=constraints)


def _union_value(d: m.Union, types: Annotations) -> tuple[str, set[Import]]:
    imports: set[Import] = set()
    for v in d.variants:
        imports |= types.of(v.type).imports
    if not d.discriminator:
        types_ = tuple(v.type for v in d.variants) + ((m.NONE,) if d.nullable else ())
        return m.UnionOf(types_).py(), imports
    members = ", ".join(f"Annotated[{ann}, Tag({pyrepr(label)})]" for label, ann in d.choices)
    members += ', Annotated[UnknownVariant, Tag("UnknownVariant")]'
    default = f", default={pyrepr(d.default)}" if d.default else ""
    value = (f"Annotated[Union[{members}], tagged({pyrepr(d.discriminator)}, "
             f"{pyrepr(d.tag_map)}{default})]")
    if d.nullable:
        value += " | None"
    imports |= {typing("Annotated"), typing("Union"), _TAG, runtime_import("UnknownVariant"),
                runtime_import("tagged")}
    return value, imports


def definition_view(d: m.Definition, types: Annotations, request_side: bool = False) -> DefinitionView:
    if isinstance(d, m.Model):
        return _model_view(d, types, request_side)
    imports: set[Import] = {typing("TypeAlias")}
    if isinstance(d, m.Enum):
        kind, value = "enum", d.literal
        imports.add(typing("Literal"))
    elif isinstance(d, m.Union):
        kind = "union"
        value, found = _union_value(d, types)
        imports |= found
    else:
        kind, value = "alias", d.target.py()
        imports |= types.of(d.target).imports
    lines, ok = _statement(layout.alias(d.name, value), f"{d.name}: TypeAlias = {value}")
    return DefinitionView(d, kind, d.name, alias_value=value, doc=d.description, lines=lines,
                          laid_out=ok, imports=frozenset(imports))


@dataclass(frozen=True)
class ParamDefView:
    """The request-side ``TypedDict`` (or alias) of one definition."""

    name: str
    kind: str  # "typeddict" or "alias"
    lines: tuple[str, ...]  # the class header, the alias statement, or the functional TypedDict
    keys: tuple[FieldView, ...] = ()  # class-syntax TypedDict keys
    doc: str = ""
    laid_out: bool = True
    imports: frozenset[Import] = frozenset()


_TYPED_DICT = Import("typing_extensions", "TypedDict")


def param_view(d: m.Definition, params: ParamTypes,
               not_yet_defined: frozenset[str] = frozenset()) -> ParamDefView | None:
    name = params.names.get(d.name)
    if name is None:
        return None
    doc = f"Request form of :class:`{d.name}`: a dict a type checker can check."
    if not isinstance(d, m.Model):
        target = d.target if isinstance(d, m.Alias) else (
            m.UnionOf(tuple(v.type for v in d.variants) + ((m.NONE,) if d.nullable else ()))
            if isinstance(d, m.Union) else None)
        if target is None:
            return None
        value = params.of(target)
        lines, ok = _statement(layout.alias(name, value.text), f"{name}: TypeAlias = {value.text}")
        return ParamDefView(name, "alias", lines, doc=doc, laid_out=ok,
                            imports=value.imports | {typing("TypeAlias")})
    keys = params.keys(d)
    imports: set[Import] = {_TYPED_DICT}
    for k in keys:
        imports |= k.annotation.imports
    if all(k.wire.isidentifier() and not keyword.iskeyword(k.wire) for k in keys):
        views = []
        for k in keys:
            flat = f"    {k.wire}: {k.annotation.text}"
            lines, ok = _statement(layout.field(k.wire, k.annotation.text, None), flat)
            views.append(FieldView(lines, k.description, ok, k.annotation.imports))
        header = tuple(layout.class_header(name, "TypedDict, total=False"))
        return ParamDefView(name, "typeddict", header, tuple(views), doc,
                            all(v.laid_out for v in views), frozenset(imports))
    # keys that are not identifiers: the functional form (laid out like a call).  Its values are
    # evaluated when the module runs, so a key typed with this module's own Params defined at or
    # after this one (itself, recursively) is typed Any instead.
    items = []
    imports = {_TYPED_DICT}
    for k in keys:
        text = k.annotation.text
        if any(re.search(rf"\b{re.escape(n)}\b", text) for n in not_yet_defined):
            text = "Required[Any]" if text.startswith("Required[") else "Any"
            imports |= {typing("Any"), Import("typing_extensions", "Required")}
        else:
            imports |= k.annotation.imports
        items.append(f"{pyrepr(k.wire)}: {text}")
    line = f"{name} = TypedDict({pyrepr(name)}, {{{', '.join(items)}}}, total=False)"
    lines, ok = _statement(layout.statement(line), line)
    return ParamDefView(name, "functional", lines, doc=doc, laid_out=ok, imports=frozenset(imports))


def module_view(mod: m.Module, types: Annotations, params: ParamTypes) -> dict[str, Any]:
    views = [definition_view(d, types, d.name in params.names) for d in mod.definitions]
    own = [params.names[d.name] for d in mod.definitions if d.name in params.names]
    param_views = [
        pv for pv in (param_view(d, params, frozenset(own[own.index(params.names[d.name]):]))
                      if d.name in params.names else None for d in mod.definitions)
        if pv is not None
    ]
    imports: set[Import] = set()
    for v in views:
        imports |= v.imports
    for pv in param_views:
        imports |= pv.imports
    exported = [v.d.name for v in views] + [pv.name for pv in param_views]
    all_lines = layout.list_assignment("__all__", [pyrepr(n) for n in exported])
    return {
        "module": mod,
        "views": views,
        "params": param_views,
        "import_groups": import_groups(imports, f".models.{mod.name}"),
        "all_lines": all_lines or [f"__all__ = [{', '.join(pyrepr(n) for n in exported)}]"],
        "laid_out": all_lines is not None and all(v.laid_out for v in views)
        and all(pv.laid_out for pv in param_views),
    }
