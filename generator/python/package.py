"""Package-level views: the ``Client``/``AsyncClient`` facade and the credential arguments.

Every name printed by the package-level templates comes from here or from the IR (which took it
from :mod:`generator.naming`); the templates compose none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.ir import model as m
from generator.naming import API_CLIENT_CLASSES, CLIENT_CLASSES, SERVER_ARGUMENT, client_argument
from generator.python.escape import pyrepr


@dataclass(frozen=True)
class Credential:
    client_arg: str  # Client(...) argument
    config_arg: str  # Configuration(...) argument it fills


@dataclass(frozen=True)
class GroupAccessor:
    attr: str  # client.<attr>
    class_name: str  # the API class of this flavour
    module: str
    title: str


@dataclass(frozen=True)
class ClientClass:
    name: str  # "Client" / "AsyncClient"
    is_async: bool
    http_client: str  # "httpx.Client" / "httpx.AsyncClient"
    api_client: str  # "ApiClient" / "AsyncApiClient"
    groups: tuple[GroupAccessor, ...]


@dataclass(frozen=True)
class ServerArgument:
    argument: str  # Client(...) argument (claimed in the IR)
    annotation: str  # ``str | None`` or ``Literal["v1", "v2"] | None``
    doc: str  # what it is, its default


@dataclass(frozen=True)
class ClientView:
    credentials: tuple[Credential, ...]
    key_arg: str | None  # the argument for the first bearer key (``api_key``), if any
    key_env: str | None  # environment variable of the key the ``api_key`` argument sets
    classes: tuple[ClientClass, ...]
    type_imports: tuple[tuple[str, tuple[str, ...]], ...]  # (api module, class names) to import
    headers: tuple[m.ClientHeader, ...] = ()  # extra arguments sent as headers (names from the IR)
    server_arguments: tuple[ServerArgument, ...] = ()  # the servers' variables
    server_argument: str | None = None  # ``server`` when the spec has several servers
    uses_literal: bool = False  # an argument is a Literal (the module imports it)


def client_view(api: m.Api) -> ClientView:
    credentials: list[Credential] = []
    key_env: str | None = None
    for s in api.security_schemes:
        for arg in s.arguments or (s.attr,):
            credentials.append(Credential(client_argument(arg), arg))
            if arg == "access_token":
                key_env = s.env
    # the bearer key first: `api_key` leads the signature
    credentials.sort(key=lambda c: c.config_arg != "access_token")
    classes = []
    top = [g for g in api.groups if not g.parent]  # sub-resource groups hang off their parent
    flavours = zip((False, True), CLIENT_CLASSES, ("httpx.Client", "httpx.AsyncClient"),
                   API_CLIENT_CLASSES, strict=True)
    for is_async, name, http_client, api_client in flavours:
        groups = tuple(
            GroupAccessor(g.key, g.async_class_name if is_async else g.class_name, g.module, g.title)
            for g in top
        )
        classes.append(ClientClass(name, is_async, http_client, api_client, groups))
    imports = tuple((g.module, tuple(sorted((g.async_class_name, g.class_name)))) for g in top)
    key_arg = next((c.client_arg for c in credentials if c.config_arg == "access_token"), None)
    server_args = server_arguments(api.servers)
    return ClientView(tuple(credentials), key_arg, key_env, tuple(classes), imports,
                      api.client_headers, server_args,
                      SERVER_ARGUMENT if len(api.servers) > 1 else None,
                      any(a.annotation.startswith("Literal[") for a in server_args))


def server_arguments(servers: tuple[m.Server, ...]) -> tuple[ServerArgument, ...]:
    """One Client argument per server variable (a variable several servers share is one): a
    Literal of its values when the spec lists them (and every server agrees on them)."""
    by_argument: dict[str, list[m.ServerVariable]] = {}
    for server in servers:
        for var in server.variables:
            by_argument.setdefault(var.argument, []).append(var)
    out = []
    for argument, found in by_argument.items():
        first = found[0]
        same_enum = first.enum and all(v.enum == first.enum for v in found)
        annotation = (f"Literal[{', '.join(pyrepr(v) for v in first.enum)}] | None" if same_enum
                      else "str | None")
        what = first.description.strip().splitlines()[0].rstrip(".") if first.description.strip() else ""
        default = f"default {first.default!r}" if first.default else "no default: required"
        doc = f"``{{{first.name}}}`` of the server URL ({default})" + (f": {what}" if what else "")
        out.append(ServerArgument(argument, annotation, doc))
    return tuple(out)


def model_exports(api: m.Api, params: Mapping[str, str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(module, names) of the models package: every definition and every request ``Param``."""
    out = []
    for mod in api.modules:
        names = [d.name for d in mod.definitions]
        names += [params[d.name] for d in mod.definitions if d.name in params]
        out.append((mod.name, tuple(names)))
    return tuple(out)
