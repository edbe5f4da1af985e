"""Names generated code must not take for a generated identifier: what the runtime and the
package export, pydantic's model attributes, the per-call options, the Client's own attributes."""

from __future__ import annotations

from generator.runtime import exported_names

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
        # what the runtime brings into generated modules (a schema named `Call` must not shadow
        # the runtime's Call in the API module that imports both)
        "Call",
        "RequestOptions",
        "FileTypes",
        "Stream",
        "AsyncStream",
        "SyncPage",
        "AsyncPage",
        "AsyncPager",
        "Paging",
        "Mapping",
        "Path",
        "IO",
        "TypeAdapter",
        "TypedDict",
        "Required",
        "Sequence",
        "overload",
    }
    # every name a runtime module exports, read from the runtime's own source
    | exported_names()
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
        "model_deviations",
        "to_dict",
        "to_json",
        "from_dict",
        "from_json",
    }
)

# Keyword arguments every generated operation method takes, so no parameter may use them.
METHOD_RESERVED: frozenset[str] = frozenset(
    {"self", "extra_headers", "extra_query", "extra_body", "timeout", "max_retries",
     "strict_response_validation", "cls"}
)

# Every other name in Client(...)/Configuration(...) signatures and bodies: a credential argument
# must not duplicate one of them or shadow a module or builtin used there (os, httpx, dict, ...).
CONFIGURATION_ARGUMENTS: frozenset[str] = frozenset(
    {"self", "host", "base_url", "timeout", "max_retries", "max_retry_delay", "default_headers",
     "validate_responses", "strict_response_validation", "verify_ssl", "http_client", "configuration", "auth_for", "copy", "os",
     "httpx", "default_query", "credentials", "header_values", "with_overrides", "missing_credentials",
     "request_headers", "Mapping", "server", "server_variables", "check_host", "client_credentials",
     "can_authenticate", "webhook_secret", "dict", "repr", "super", "type"}
)

# Attributes of the generated Client/AsyncClient besides the API groups.
CLIENT_ATTRIBUTES: frozenset[str] = frozenset(
    {"api_client", "configuration", "close", "with_options", "copy", "webhooks", "aclose"}
)

_BUILTIN_SHADOWS: frozenset[str] = frozenset(
    {"id", "type", "object", "format", "input", "filter", "list", "dict", "str", "int", "float",
     "bool", "bytes", "hash", "min", "max", "range", "set", "all", "any", "next", "iter", "vars",
     "print", "open", "file", "map", "zip", "len", "sum", "round", "callable", "property", "super"}
)

# Module names the models package cannot use: a submodule becomes an attribute of the package, so
# one named like a name its __init__ uses (`getattr`, `globals`, `sorted`, `importlib`) would
# shadow it there.
RESERVED_MODULE_NAMES: frozenset[str] = frozenset(
    {"__init__", "__main__", "_base", "typing", "getattr", "globals", "sorted", "importlib",
     "annotations"}
)
