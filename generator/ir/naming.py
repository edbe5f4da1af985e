"""Every identifier decision in one place.

Python identifiers are made from arbitrary spec strings (operation ids, tags, property names,
schema names, enum values).  All functions are pure and deterministic; collision handling lives in
:class:`Namespace`, which hands out names in the order they are asked for, so a stable traversal
order of the spec gives stable names.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Iterable

# Names that must never be used for a generated class in the models package or the package root,
# because the runtime or the package exports them.
RESERVED_CLASS_NAMES: frozenset[str] = frozenset(
    {
        "ApiClient",
        "ApiResponse",
        "AsyncApiClient",
        "AsyncClient",
        "Client",
        "Configuration",
        "OagenModel",
        "UnknownVariant",
        "Any",
        "Annotated",
        "Literal",
        "Union",
        "Optional",
        "Field",
        "BaseModel",
        "ConfigDict",
        "Tag",
        "Discriminator",
        "TypeAlias",
        "TYPE_CHECKING",
        "None",
        "True",
        "False",
        "datetime",
        "date",
        "typing",
    }
)

# Attributes of pydantic.BaseModel (v2) plus deprecated v1 names it still defines: a field with
# one of these names would shadow them and make pydantic warn or break.
PYDANTIC_RESERVED: frozenset[str] = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "fields",
        "model_fields",
        "model_config",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "to_dict",
        "to_json",
        "from_dict",
        "from_json",
    }
)

# Keyword arguments every generated operation method takes, so no parameter may use them.
METHOD_RESERVED: frozenset[str] = frozenset(
    {"self", "extra_headers", "extra_query", "extra_body", "timeout", "max_retries", "cls"}
)

_BUILTIN_SHADOWS: frozenset[str] = frozenset(
    {"id", "type", "object", "format", "input", "filter", "list", "dict", "str", "int", "float",
     "bool", "bytes", "hash", "min", "max", "range", "set", "all", "any", "next", "iter", "vars",
     "print", "open", "file", "map", "zip", "len", "sum", "round", "callable", "property", "super"}
)

_WORD_SPLIT = re.compile(
    r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*|[^\W_]+", re.UNICODE
)


def ascii_fold(text: str) -> str:
    """Strip accents and drop characters that have no ASCII form (``é`` → ``e``, ``日`` → ``"``)."""
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split any string into words: camelCase, PascalCase, snake, kebab, dotted, slashed."""
    return _WORD_SPLIT.findall(ascii_fold(text))


def snake_case(text: str, *, fallback: str = "value") -> str:
    """``createChatCompletion`` → ``create_chat_completion``; always a valid, non-keyword identifier."""
    parts = [w.lower() for w in words(text)]
    name = "_".join(parts) or fallback
    return _fix_identifier(name, fallback=fallback)


def pascal_case(text: str, *, fallback: str = "Model") -> str:
    """``chat-completion.chunk`` → ``ChatCompletionChunk``."""
    parts = words(text)
    name = "".join(p[:1].upper() + p[1:] for p in parts) or fallback
    return _fix_identifier(name, fallback=fallback)


def constant_case(text: str, *, fallback: str = "VALUE") -> str:
    """Enum member style: ``1d`` → ``VALUE_1D``, ``api_key.created`` → ``API_KEY_CREATED``."""
    name = "_".join(w.upper() for w in words(text)) or fallback
    return _fix_identifier(name, fallback=fallback)


def _fix_identifier(name: str, *, fallback: str) -> str:
    if not name:
        name = fallback
    if name[0].isdigit():
        pascal = fallback[:1].isupper() and not fallback.isupper()
        name = f"{fallback}{name}" if pascal else f"{fallback}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in ("None", "True", "False"):
        name += "_"
    assert name.isidentifier(), name
    return name


def member_name(wire: str) -> str:
    """A field/parameter name for a JSON name; shadowing pydantic attributes gets a trailing ``_``."""
    name = snake_case(wire, fallback="field")
    if name in PYDANTIC_RESERVED:
        name += "_"
    return name


def module_name(class_name: str) -> str:
    return snake_case(class_name, fallback="module")


class Namespace:
    """Hands out unique names inside one scope; deterministic for a given order of requests.

    ``taken`` names are reserved from the start. Uniqueness is case-insensitive when
    ``casefold`` is set (module names must not differ only by case on case-insensitive file
    systems: ``VLAN`` and ``Vlan`` give ``vlan`` and ``vlan_2``).
    """

    def __init__(self, taken: Iterable[str] = (), *, casefold: bool = False) -> None:
        self._casefold = casefold
        self._used: set[str] = {self._key(t) for t in taken}

    def _key(self, name: str) -> str:
        return name.casefold() if self._casefold else name

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._key(name) in self._used

    def claim(self, name: str, *, sep: str = "") -> str:
        """Return ``name`` or the first free ``name{sep}2``, ``name{sep}3``…, and reserve it."""
        candidate = name
        n = 2
        while self._key(candidate) in self._used:
            candidate = f"{name}{sep}{n}"
            n += 1
        self._used.add(self._key(candidate))
        return candidate


def shadows_builtin(name: str) -> bool:
    return name in _BUILTIN_SHADOWS
