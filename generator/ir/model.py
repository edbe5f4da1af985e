"""The intermediate representation: plain, immutable, typed objects.

Everything a template needs is decided here (names, Python annotations, imports, module placement),
so templates only print.  Type references render themselves to annotation strings with
:meth:`TypeRef.py`; the set of named definitions they use comes from :meth:`TypeRef.names`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

JsonScalar = str | int | float | bool | None

# --------------------------------------------------------------------------------------------
# Type references
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# Definitions (the models package)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # Python attribute
    wire: str  # JSON property name
    type: TypeRef  # without the "| None" added for optional fields
    required: bool
    nullable: bool
    description: str = ""
    default: str | None = None  # a Python literal for a spec default, for docs only
    read_only: bool = False
    deprecated: bool = False

    @property
    def annotation(self) -> str:
        t = self.type.py()
        optional = self.nullable or not self.required
        if optional and not t.endswith("| None") and t not in ("None", "Any"):
            t = f"{t} | None"
        return t

    @property
    def needs_alias(self) -> bool:
        return self.name != self.wire


@dataclass(frozen=True, slots=True)
class Model:
    name: str
    pointer: str
    fields: tuple[Field, ...]
    description: str = ""
    bases: tuple[str, ...] = ()  # other models this one extends (allOf of a single $ref)
    inherited: frozenset[str] = frozenset()  # field names that a base defines identically
    extra: TypeRef | None = None  # additionalProperties type, when typed
    deprecated: bool = False
    kind: Literal["model"] = "model"

    def names(self) -> frozenset[str]:
        out: set[str] = set(self.bases)
        for f in self.fields:
            out |= f.type.names()
        if self.extra is not None:
            out |= self.extra.names()
        return frozenset(out)

    @property
    def own_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.name not in self.inherited)


@dataclass(frozen=True, slots=True)
class Enum:
    name: str
    pointer: str
    values: tuple[JsonScalar, ...]
    base: Literal["str", "int"] = "str"
    description: str = ""
    kind: Literal["enum"] = "enum"

    def names(self) -> frozenset[str]:
        return frozenset()

    @property
    def literal(self) -> str:
        return LiteralOf(self.values).py()


@dataclass(frozen=True, slots=True)
class Variant:
    type: TypeRef
    tags: tuple[str, ...] = ()  # discriminator values selecting this variant


@dataclass(frozen=True, slots=True)
class Union:
    name: str
    pointer: str
    variants: tuple[Variant, ...]
    discriminator: str | None = None  # wire name of the tag property, when every variant has tags
    description: str = ""
    default: str | None = None  # the choice (annotation) for a value whose tag is missing or null
    nullable: bool = False  # the schema also allows null
    kind: Literal["union"] = "union"

    def names(self) -> frozenset[str]:
        return frozenset().union(*(v.type.names() for v in self.variants))

    @property
    def tag_groups(self) -> dict[str, tuple[TypeRef, ...]]:
        """Tag value → the variants it selects (more than one when the spec reuses a tag)."""
        out: dict[str, list[TypeRef]] = {}
        for v in self.variants:
            for t in v.tags:
                out.setdefault(t, [])
                if v.type not in out[t]:
                    out[t].append(v.type)
        return {t: tuple(types) for t, types in out.items()}

    @property
    def choices(self) -> tuple[tuple[str, str], ...]:
        """``(label, annotation)`` per choice of the tagged union; a reused tag selects a plain
        union of its variants (parsed by trying each), every other tag exactly one model."""
        seen: dict[str, str] = {}
        for types in self.tag_groups.values():
            ann = " | ".join(t.py() for t in types)
            seen.setdefault(ann, ann)
        if self.default is not None:
            seen.setdefault(self.default, self.default)
        return tuple((label, ann) for label, ann in seen.items())

    @property
    def tag_map(self) -> dict[str, str]:
        return {t: " | ".join(x.py() for x in types) for t, types in self.tag_groups.items()}


@dataclass(frozen=True, slots=True)
class Alias:
    name: str
    pointer: str
    target: TypeRef
    description: str = ""
    kind: Literal["alias"] = "alias"

    def names(self) -> frozenset[str]:
        return self.target.names()


Definition = Model | Enum | Union | Alias


@dataclass(frozen=True, slots=True)
class Module:
    """A module of the models package; definitions that reference each other in a cycle share one."""

    name: str
    definitions: tuple[Definition, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]  # (module, names) from sibling modules
    needs_rebuild: bool = False


# --------------------------------------------------------------------------------------------
# Operations
# --------------------------------------------------------------------------------------------

ParamLocation = Literal["path", "query", "header", "cookie", "form"]
BodyKind = Literal["json", "multipart", "form", "binary", "text"]
ResponseKind = Literal["json", "binary", "text", "sse", "empty"]


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    wire: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str = ""
    default: str | None = None
    deprecated: bool = False
    style: str | None = None
    explode: bool = True

    @property
    def annotation(self) -> str:
        t = self.type.py()
        return t if self.required else f"{t} | None"


@dataclass(frozen=True, slots=True)
class RequestBody:
    kind: BodyKind
    content_type: str
    type: TypeRef
    required: bool
    param: str  # name of the Python parameter holding the body ("" when fields are flattened)
    description: str = ""
    fields: tuple[Parameter, ...] = ()  # multipart / form fields, flattened into keyword arguments
    model: str | None = None  # the model fields came from, for validation of flattened bodies

    @property
    def annotation(self) -> str:
        t = self.type.py()
        if isinstance(self.type, Named) and self.type.kind == "model":
            t = f"{t} | dict[str, Any]"
        return t if self.required else f"{t} | None"


@dataclass(frozen=True, slots=True)
class Header:
    name: str
    description: str
    type: str


@dataclass(frozen=True, slots=True)
class Response:
    status: str  # "200", "4XX", "default"
    kind: ResponseKind
    content_type: str | None
    type: TypeRef | None
    description: str = ""
    headers: tuple[Header, ...] = ()

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")

    @property
    def py(self) -> str:
        if self.type is None:
            return "None"
        return self.type.py()


@dataclass(frozen=True, slots=True)
class StreamInfo:
    event_type: TypeRef
    content_type: str = "text/event-stream"
    sets_stream_flag: bool = True  # send ``"stream": true`` in the JSON body
    ends_with_done: bool = True  # the server ends the stream with ``data: [DONE]``


@dataclass(frozen=True, slots=True)
class Pagination:
    cursor_param: str  # Python name of the cursor query parameter ("after")
    item_type: TypeRef
    cursor_field: str = "last_id"  # response field holding the next cursor
    data_field: str = "data"
    has_more_field: str = "has_more"
    cursor_on_item: bool = False  # the cursor is the last item's ``id`` (no ``last_id`` in the page)


@dataclass(frozen=True, slots=True)
class Operation:
    id: str
    name: str  # Python method name
    method: str  # upper case
    path: str
    group: str  # group key (attribute name on the facade)
    summary: str
    description: str
    params: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives; each a set of scheme names
    deprecated: bool = False
    stream: StreamInfo | None = None
    pagination: Pagination | None = None
    tags: tuple[str, ...] = ()
    pointer: str = ""

    @property
    def success(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.is_success)

    @property
    def errors(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if not r.is_success)

    @property
    def return_type(self) -> TypeRef | None:
        return self.primary_response.type if self.primary_response else None

    @property
    def primary_response(self) -> Response | None:
        ok = [r for r in self.success if r.kind != "sse"]
        return ok[0] if ok else None

    def params_in(self, location: ParamLocation) -> tuple[Parameter, ...]:
        return tuple(p for p in self.params if p.location == location)


@dataclass(frozen=True, slots=True)
class Group:
    key: str  # attribute on Client ("chat")
    class_name: str  # "ChatApi"
    module: str  # "chat_api"
    title: str  # the tag, or the path segment
    description: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    key: str  # name in components/securitySchemes
    kind: Literal["bearer", "basic", "apikey", "oauth2", "openid"]
    attr: str  # Configuration attribute holding the secret
    env: str | None  # environment variable read when the attribute is not given
    location: Literal["header", "query", "cookie"] = "header"
    param: str = "Authorization"  # header / query / cookie name
    description: str = ""


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Webhook:
    name: str
    event_type: TypeRef
    description: str = ""


@dataclass(frozen=True, slots=True)
class Api:
    title: str
    version: str
    description: str
    package: str
    package_version: str
    distribution: str  # the project (distribution) name: the target's project_name, or package
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    groups: tuple[Group, ...]
    modules: tuple[Module, ...]
    webhooks: tuple[Webhook, ...] = ()
    webhook_event: Named | None = None  # union of all webhook payloads, for parse_webhook_event()
    spec_sha256: str = ""
    notes: tuple[str, ...] = field(default=())  # degradations and renames, for --verbose

    @property
    def definitions(self) -> tuple[Definition, ...]:
        return tuple(d for m in self.modules for d in m.definitions)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(o for g in self.groups for o in g.operations)

    def module_of(self) -> dict[str, str]:
        return {d.name: m.name for m in self.modules for d in m.definitions}
