"""The spec's servers as data, and the base URL made from one of them and its variables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["ServerTemplate", "ServerVariable", "server_url"]


@dataclass(frozen=True)
class ServerVariable:
    """One ``{name}`` of a server URL: the Client argument that sets it, its default ("" when the
    spec gives none) and the values allowed (none: any)."""

    name: str
    argument: str
    default: str = ""
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServerTemplate:
    """One entry of the spec's ``servers``: ``https://{region}.example.com/v1``."""

    url: str
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()


def _pick(servers: Sequence[ServerTemplate], server: int | str | None) -> ServerTemplate:
    if not servers:
        raise ValueError("the spec declares no server: pass base_url=...")
    if server is None:
        return servers[0]
    if isinstance(server, int) and not isinstance(server, bool):
        if 0 <= server < len(servers):
            return servers[server]
        raise ValueError(
            f"server={server}: the spec declares {len(servers)} server(s), 0 to "
            f"{len(servers) - 1}"
        )
    for candidate in servers:
        if server in (candidate.url, candidate.description):
            return candidate
    choices = ", ".join(repr(s.description or s.url) for s in servers)
    raise ValueError(f"server={server!r} is none of the spec's servers: {choices}")


def server_url(
    servers: Sequence[ServerTemplate],
    server: int | str | None = None,
    values: Mapping[str, str | None] | None = None,
) -> str:
    """The base URL of a server (the first unless ``server`` names one, by index, URL or
    description) with its variables filled from ``values`` (by argument name), else their
    defaults.  Raises ValueError, saying what to pass, when a variable has neither, a value is
    not one the spec allows, or the URL is not absolute (a relative server URL)."""
    chosen = _pick(servers, server)
    url = chosen.url
    for var in chosen.variables:
        given = (values or {}).get(var.argument)
        value = var.default if given is None else given
        if not value:
            raise ValueError(
                f"the server URL {chosen.url!r} needs a value for {{{var.name}}}: pass "
                f"{var.argument}=... or base_url=..."
            )
        # a given value must be one the spec allows; the spec's own default is trusted
        if given is not None and var.enum and value not in var.enum:
            allowed = ", ".join(repr(v) for v in var.enum)
            raise ValueError(f"{var.argument}={value!r} is not one of {allowed}")
        placeholder = "{" + var.name + "}"
        if url.find(placeholder + "/") >= 0:  # `{endpoint}/api` with "http://h/": one slash
            value = value.rstrip("/")
        url = url.replace(placeholder, value)
    if "://" not in url:
        raise ValueError(
            f"the server URL {url!r} is relative: pass base_url=... (the absolute URL of the API)"
        )
    return url.rstrip("/")
