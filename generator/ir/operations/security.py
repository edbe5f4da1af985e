"""Security schemes → credentials of the generated Configuration; operations' requirements."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir import model as m
from generator.ir.operations.context import OperationContext
from generator.ir.pointers import escape_pointer
from generator.naming import (
    CLIENT_KEY_ARGUMENT,
    CONFIGURATION_ARGUMENTS,
    Namespace,
    claim_client_credentials,
    claim_client_header_argument,
    claim_credential,
    client_credential_env,
    credential_arguments,
    env_constant,
    snake_case,
)

# the first bearer/oauth2 scheme is `access_token`, the Client's `api_key` argument
_TAKEN = frozenset(CONFIGURATION_ARGUMENTS | {CLIENT_KEY_ARGUMENT, "access_token"})


def client_headers(ctx: OperationContext) -> tuple[m.ClientHeader, ...]:
    """The target's extra Client arguments sent as headers, named before any credential."""
    names = Namespace(_TAKEN)
    return tuple(
        m.ClientHeader(claim_client_header_argument(names, arg), h.header, h.env)
        for arg, h in ctx.target.client_headers.items()
    )


def security_schemes(ctx: OperationContext) -> tuple[m.SecurityScheme, ...]:
    raw = (ctx.doc.get("components") or {}).get("securitySchemes") or {}
    out: list[m.SecurityScheme] = []
    attrs = Namespace(_TAKEN | {h.argument for h in client_headers(ctx)})
    first_bearer = True
    first_client_credentials = True
    for key, value in raw.items():
        scheme = ctx.deref(value)
        if not isinstance(scheme, Mapping):
            continue
        override = ctx.target.auth.get(str(key))
        typ = str(scheme.get("type", "")).lower()
        kind: Any
        location: Any = "header"
        param = "Authorization"
        http_scheme = "Bearer"
        if typ == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            kind = "basic"
        elif typ == "http":
            kind = "bearer"  # a token after the scheme's name: `Authorization: <scheme> <token>`
            declared = str(scheme.get("scheme") or "").strip()
            if declared and declared.lower() != "bearer" and " " not in declared:
                http_scheme = declared
        elif typ == "apikey":
            kind = "apikey"
            location = scheme.get("in") if scheme.get("in") in ("header", "query", "cookie") else "header"
            param = str(scheme.get("name") or "X-API-Key")
        elif typ in ("oauth2", "openidconnect"):
            kind = "oauth2" if typ == "oauth2" else "openid"
        else:
            ctx.warn(f"/components/securitySchemes/{escape_pointer(str(key))}", "security-scheme-unsupported",
                     f"security scheme {key!r} of type {scheme.get('type')!r} is skipped")
            continue
        is_first_bearer = kind in ("bearer", "oauth2", "openid") and first_bearer
        if is_first_bearer:
            default_attr, default_env = "access_token", ctx.target.api_key_env
            first_bearer = False
        else:
            default_attr, default_env = snake_case(str(key), fallback="credential"), None
        basic = kind == "basic"
        if override and override.attr:
            attr = claim_credential(attrs, override.attr, basic)
        elif is_first_bearer:
            attr = default_attr  # reserved for it above
        else:
            attr = claim_credential(attrs, default_attr, basic)
        env = override.env if override and override.env else default_env
        arguments = credential_arguments(attr, basic)
        token_url = _token_url(scheme) if kind == "oauth2" else None
        client_env: tuple[str | None, str | None] = (None, None)
        if token_url is not None:
            pair = claim_client_credentials(attrs, attr, first_client_credentials)
            first_client_credentials = False
            arguments += pair
            client_env = (client_credential_env(ctx.target.package, pair[0]),
                          client_credential_env(ctx.target.package, pair[1]))
        out.append(m.SecurityScheme(str(key), kind, attr, env, location, param,
                                    str(scheme.get("description") or ""),
                                    arguments,
                                    env_constant(attr) if env and not basic else None, http_scheme,
                                    token_url, client_env))
    return tuple(out)


def requirements(ctx: OperationContext, op: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    """The operation's security alternatives (its own, else the document's), as scheme names."""
    req = op.get("security", ctx.doc.get("security"))
    if not isinstance(req, list):
        return ()
    out = []
    for alt in req:
        if isinstance(alt, Mapping):
            out.append(tuple(str(k) for k in alt))
    # The runtime takes the first alternative whose credentials are all configured, and `{}`
    # (optional security) always is: try it last, so a configured token is still sent.
    return tuple(sorted(out, key=lambda alt: not alt))


def _token_url(scheme: Mapping[str, Any]) -> str | None:
    """The ``tokenUrl`` of an OAuth2 scheme's client-credentials flow; None when it has none (the
    other flows need a user in a browser: the client takes the token they end with)."""
    flows = scheme.get("flows")
    flow = flows.get("clientCredentials") if isinstance(flows, Mapping) else None
    url = flow.get("tokenUrl") if isinstance(flow, Mapping) else None
    return url if isinstance(url, str) and url.strip() else None


def scopes(ctx: OperationContext, op: Mapping[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(scheme, scopes) for the client-credentials schemes of an operation's requirements: the
    scopes its token is requested with (the first requirement naming the scheme decides)."""
    req = op.get("security", ctx.doc.get("security"))
    if not isinstance(req, list):
        return ()
    raw = (ctx.doc.get("components") or {}).get("securitySchemes") or {}
    out: dict[str, tuple[str, ...]] = {}
    for alt in req:
        if not isinstance(alt, Mapping):
            continue
        for key, wanted in alt.items():
            scheme = ctx.deref(raw.get(key)) if isinstance(raw, Mapping) else None
            if (str(key) in out or not isinstance(wanted, list) or not wanted
                    or not isinstance(scheme, Mapping)
                    or str(scheme.get("type", "")).lower() != "oauth2" or _token_url(scheme) is None):
                continue
            out[str(key)] = tuple(str(w) for w in wanted)
    return tuple(out.items())
