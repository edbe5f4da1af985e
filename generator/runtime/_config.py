"""Client configuration: base URL, credentials, timeouts, retries and default headers.

The generated ``configuration.py`` subclasses :class:`BaseConfiguration` with one typed argument
per credential; everything else (environment fallback, auth, copies, overrides) lives here,
driven by the package's security-scheme table in ``_settings``.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import httpx

from ._auth import Credential, SecurityScheme
from ._servers import server_url
from ._settings import (
    BASE_URL_ENV,
    CLIENT_ARGUMENTS,
    CLIENT_HEADERS,
    PACKAGE,
    SECURITY_SCHEMES,
    SERVERS,
    VERSION,
)

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "BaseConfiguration"]

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

_C = TypeVar("_C", bound="BaseConfiguration")
_SCHEMES: dict[str, SecurityScheme] = {s.key: s for s in SECURITY_SCHEMES}
_CREDENTIALS: tuple[str, ...] = tuple(a for s in SECURITY_SCHEMES for a in s.arguments)
_HEADER_ARGUMENTS: tuple[str, ...] = tuple(arg for arg, _, _ in CLIENT_HEADERS)


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _max_retries(value: int) -> int:
    if value < 0:
        raise ValueError("max_retries must be >= 0")
    return value


class BaseConfiguration:
    """Settings shared by every request of an ``ApiClient``.

    Credentials not given are read from the environment variable of their scheme, when it has
    one.  They never appear in ``repr()``, logs or error messages.
    """

    def __init__(
        self,
        host: str | None = None,
        *,
        server: int | str | None = None,
        server_variables: Mapping[str, str | None] | None = None,
        credentials: Mapping[str, str | None] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_delay: float = 60.0,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        header_values: Mapping[str, str | None] | None = None,
        strict_response_validation: bool = False,
        validate_responses: bool | None = None,
    ) -> None:
        # which server of the spec, and its variables (by Client argument): used to make the
        # base URL when none is given (``host``, or the environment)
        self.server: int | str | None = server
        self.server_variables: dict[str, str | None] = dict(server_variables or {})
        self._host: str | None = None
        self._host_problem: str = ""
        host = host or os.environ.get(BASE_URL_ENV)
        if host:
            self.host = host
        else:
            self._use_server()
        given = dict(credentials or {})
        unknown = sorted(set(given) - set(_CREDENTIALS))
        if unknown:
            raise TypeError(f"unknown credential(s): {', '.join(unknown)}")
        for scheme in SECURITY_SCHEMES:
            for i, name in enumerate(scheme.arguments):
                value = given.get(name)
                env = scheme.env_for(i)
                if value is None and env:
                    value = os.environ.get(env)
                setattr(self, name, value)
        headers_given = dict(header_values or {})
        unknown = sorted(set(headers_given) - set(_HEADER_ARGUMENTS))
        if unknown:
            raise TypeError(f"unknown argument(s): {', '.join(unknown)}")
        for name, _, env in CLIENT_HEADERS:
            value = headers_given.get(name)
            setattr(self, name, value if value is not None or not env else os.environ.get(env))
        self.timeout: httpx.Timeout = _timeout(timeout)
        self.max_retries: int = _max_retries(max_retries)
        self.max_retry_delay: float = max_retry_delay
        self.default_headers: dict[str, str] = {
            "User-Agent": f"{PACKAGE}/{VERSION} python-httpx/{httpx.__version__}",
            **dict(default_headers or {}),
        }
        # sent in the query of every request (a parameter of the call with the same name wins)
        self.default_query: dict[str, object] = dict(default_query or {})
        if validate_responses is not None:
            warnings.warn(
                "validate_responses is deprecated: use strict_response_validation",
                DeprecationWarning,
                stacklevel=3,  # the caller of the generated Configuration
            )
            strict_response_validation = validate_responses
        # False (the default): a body that does not match its declared type is built leniently
        # (see _lenient); True: it raises ApiResponseValidationError listing every error.
        self.strict_response_validation: bool = strict_response_validation

    @property
    def host(self) -> str:
        """The base URL; raises ValueError saying what to pass when none could be made from the
        spec's servers (a relative URL, a server variable without a value)."""
        if self._host is None:
            raise ValueError(self._host_problem)
        return self._host

    @host.setter
    def host(self, value: str) -> None:
        self._host = value.rstrip("/")

    def check_host(self) -> None:
        """Raise now, at construction, the error a request would meet for want of a base URL."""
        self.host  # noqa: B018 - read for the error it raises

    def _use_server(self) -> None:
        try:
            self.host = server_url(SERVERS, self.server, self.server_variables)
        except ValueError as exc:
            self._host = None
            self._host_problem = f"{exc} (or set the environment variable {BASE_URL_ENV})"

    @property
    def validate_responses(self) -> bool:
        """Deprecated alias of :attr:`strict_response_validation`."""
        return self.strict_response_validation

    def auth_for(self, scheme: str) -> Credential | None:
        """``(location, name, value)`` for a security scheme, or None when no credential is set."""
        known = _SCHEMES.get(scheme)
        if known is None:
            return None
        return known.credential({name: getattr(self, name, None) for name in known.arguments})

    def client_credentials(self, scheme: str) -> tuple[str, str, str] | None:
        """``(token URL, client id, client secret)`` when the scheme's tokens are fetched with
        client credentials (an OAuth2 client-credentials flow, no token supplied); a relative
        token URL is resolved against the base URL."""
        known = _SCHEMES.get(scheme)
        if known is None or known.token_url is None:
            return None
        pair = known.client_credentials({n: getattr(self, n, None) for n in known.arguments})
        if pair is None:
            return None
        token_url = str(httpx.URL(self.host + "/").join(known.token_url))
        return (token_url, *pair)

    def can_authenticate(self, scheme: str) -> bool:
        """Whether a credential for the scheme is set, or can be fetched with client credentials."""
        return self.auth_for(scheme) is not None or self.client_credentials(scheme) is not None

    def request_headers(self) -> dict[str, str]:
        """The headers every request starts from: the default headers, then the target's extra
        header arguments that are set (``organization=`` → ``OpenAI-Organization``)."""
        headers = dict(self.default_headers)
        for name, header, _ in CLIENT_HEADERS:
            value = getattr(self, name, None)
            if value is not None:
                headers[header] = value
        return headers

    def missing_credentials(self, security: Sequence[Sequence[str]]) -> str | None:
        """Why none of an operation's security alternatives can be satisfied, or None when one
        can (or the operation needs no credential: no alternatives, or an empty one)."""
        if not security or any(not alternative for alternative in security):
            return None
        wanted: list[str] = []
        for alternative in security:
            if all(self.can_authenticate(s) for s in alternative):
                return None
            for key in alternative:
                scheme = _SCHEMES.get(key)
                if scheme is None or self.can_authenticate(key):
                    continue
                argument = CLIENT_ARGUMENTS.get(scheme.arguments[0], scheme.arguments[0])
                hint = f"{argument}=..."
                if scheme.env and scheme.kind != "basic":
                    hint += f" or set the environment variable {scheme.env}"
                if scheme.token_url is not None and len(scheme.arguments) == 3:
                    client_id, secret = (CLIENT_ARGUMENTS.get(a, a) for a in scheme.arguments[1:])
                    hint += f", or {client_id}=... and {secret}=..."
                    if all(scheme.client_env):
                        hint += f" (or {scheme.client_env[0]} and {scheme.client_env[1]})"
                if hint not in wanted:
                    wanted.append(hint)
        if not wanted:  # only schemes this client cannot send: let the server decide
            return None
        return "no credentials are configured for this operation: pass " + "; or pass ".join(wanted)

    def __repr__(self) -> str:
        settings = f"host={self._host!r}, max_retries={self.max_retries}, timeout={self.timeout!r}"
        return f"Configuration({settings})"

    def copy(self: _C, **changes: Any) -> _C:
        """A copy with some settings changed (the original is left as it is)."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.default_headers = dict(self.default_headers)
        new.default_query = dict(self.default_query)
        for key, value in changes.items():
            if key == "validate_responses":  # the deprecated alias
                key = "strict_response_validation"
            if key != "host" and not hasattr(new, key):
                raise TypeError(f"unknown setting {key!r}")
            setattr(new, key, value)
        return new

    def with_overrides(
        self: _C,
        *,
        host: str | None = None,
        server: int | str | None = None,
        server_variables: Mapping[str, str | None] | None = None,
        credentials: Mapping[str, str | None] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        header_values: Mapping[str, str | None] | None = None,
        strict_response_validation: bool | None = None,
    ) -> _C:
        """A copy in which every argument that is given (not None) wins over this configuration.
        ``server`` or ``server_variables`` without ``host`` make the base URL again from the
        spec's servers.

        Explicit client arguments are applied this way, so ``Client(api_key=..., configuration=c)``
        uses the key it was given, and ``c`` itself is not changed.  ``default_headers`` are added
        to the configured ones (a header given here replaces one of the same name), and so is
        ``default_query``.
        """
        changes: dict[str, Any] = {}
        if host is not None:
            changes["host"] = host.rstrip("/")
        for name, value in (credentials or {}).items():
            if name not in _CREDENTIALS:
                raise TypeError(f"unknown credential {name!r}")
            if value is not None:
                changes[name] = value
        for name, value in (header_values or {}).items():
            if name not in _HEADER_ARGUMENTS:
                raise TypeError(f"unknown argument {name!r}")
            if value is not None:
                changes[name] = value
        if timeout is not None:
            changes["timeout"] = _timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = _max_retries(max_retries)
        if strict_response_validation is not None:
            changes["strict_response_validation"] = strict_response_validation
        new = self.copy(**changes)
        chosen = {k: v for k, v in (server_variables or {}).items() if v is not None}
        if host is None and (server is not None or chosen):
            # another server or variable given: the base URL is made again from the spec's
            new.server = server if server is not None else new.server
            new.server_variables = {**new.server_variables, **chosen}
            new._use_server()
        if default_headers:
            new.default_headers.update(default_headers)
        if default_query:
            new.default_query.update(default_query)
        return new
