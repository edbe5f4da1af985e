"""A models-package module → the view its template prints: classes, aliases, and the imports
they need (computed from what is printed, never by searching the rendered text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.ir import model as m
from generator.python.code import Import, import_groups
from generator.python.runtime_names import runtime_import
from generator.python.types import Annotations, typing
from generator.render import layout
from generator.render.environment import pyrepr

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


def _model_view(d: m.Model, types: Annotations) -> DefinitionView:
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
    return DefinitionView(d, "model", header, fields, doc=d.description,
                          laid_out=all(f.laid_out for f in fields), imports=frozenset(imports))


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


def definition_view(d: m.Definition, types: Annotations) -> DefinitionView:
    if isinstance(d, m.Model):
        return _model_view(d, types)
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


def module_view(mod: m.Module, types: Annotations) -> dict[str, Any]:
    views = [definition_view(d, types) for d in mod.definitions]
    imports: set[Import] = set()
    for v in views:
        imports |= v.imports
    all_lines = layout.list_assignment("__all__", [pyrepr(v.d.name) for v in views])
    return {
        "module": mod,
        "views": views,
        "import_groups": import_groups(imports, f".models.{mod.name}"),
        "all_lines": all_lines or [f"__all__ = [{', '.join(pyrepr(v.d.name) for v in views)}]"],
        "laid_out": all_lines is not None and all(v.laid_out for v in views),
    }
