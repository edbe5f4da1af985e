"""The intermediate representation: plain, immutable, typed objects.

Everything a template needs is decided here (names, Python annotations, imports, module placement),
so templates only print.  The values live in three modules by concern — :mod:`.typerefs` (type
references, which render themselves to annotation strings), :mod:`.definitions` (the models
package) and :mod:`.api` (operations, security, servers, the :class:`Api`) — and this module
gathers them, so that ``from generator.ir import model as m`` reaches every IR type.
"""

from __future__ import annotations

from generator.ir.api import (
    Api,
    BodyKind,
    ClientHeader,
    Group,
    Header,
    Operation,
    Pagination,
    Parameter,
    ParamLocation,
    RequestBody,
    Response,
    ResponseKind,
    SecurityScheme,
    Server,
    ServerVariable,
    StreamInfo,
    Webhook,
)
from generator.ir.definitions import (
    CONSTRAINT_RULES,
    Alias,
    Constraint,
    Definition,
    Enum,
    Field,
    Model,
    Module,
    Union,
    Variant,
)
from generator.ir.typerefs import (
    ANY,
    NONE,
    STR,
    JsonScalar,
    ListOf,
    LiteralOf,
    MapOf,
    Named,
    Nullable,
    Prim,
    TypeRef,
    UnionOf,
    alternatives,
    py_literal,
)

__all__ = [
    "ANY", "CONSTRAINT_RULES", "NONE", "STR", "Alias", "Api", "BodyKind", "ClientHeader", "Constraint",
    "Definition", "Enum", "Field", "Group",
    "Header", "JsonScalar", "ListOf", "LiteralOf", "MapOf", "Model", "Module", "Named", "Nullable",
    "Operation", "Pagination", "ParamLocation", "Parameter", "Prim", "RequestBody", "Response",
    "ResponseKind", "SecurityScheme", "Server", "ServerVariable", "StreamInfo", "TypeRef", "Union", "UnionOf",
    "Variant", "Webhook", "alternatives", "py_literal",
]
