"""Where each runtime name lives inside a generated package (``Call`` → ``.api_client``).

Generated modules import runtime names through :func:`runtime_import`, so the import of a name
is data, and the naming authority can reserve every one of them (see
:data:`generator.naming.RESERVED_CLASS_NAMES`).
"""

from __future__ import annotations

from generator.python.code import Code, Import

RUNTIME_MODULES: dict[str, str] = {
    "ApiClient": ".api_client",
    "AsyncApiClient": ".api_client",
    "Call": ".api_client",
    "RequestOptions": ".api_client",
    "FileTypes": ".api_client",
    "json_body": ".api_client",
    "to_jsonable": ".api_client",
    "ApiResponse": ".api_response",
    "Stream": "._streaming",
    "AsyncStream": "._streaming",
    "BinaryStream": "._binary",
    "AsyncBinaryStream": "._binary",
    "SyncPage": "._pagination",
    "AsyncPage": "._pagination",
    "AsyncPager": "._pagination",
    "Paging": "._pagination",
    "paginate": "._pagination",
    "paginate_async": "._pagination",
    "OagenModel": "._models",
    "UnknownVariant": "._models",
    "tagged": "._models",
    "Configuration": ".configuration",
    "Omit": "._omit",
    "omit": "._omit",
    "body_from": "._omit",
    "Constraints": "._constraints",
}


def runtime_import(name: str) -> Import:
    return Import(RUNTIME_MODULES[name], name)


def runtime(name: str) -> Code:
    """A runtime name as code that imports it."""
    return Code(name, frozenset({runtime_import(name)}))
