"""Security schemes as data, and how a credential is put on a request."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

__all__ = ["Credential", "SecurityScheme"]

Credential = tuple[Literal["header", "query", "cookie"], str, str]
"""``(location, name, value)``: where a credential goes on the request."""


@dataclass(frozen=True)
class SecurityScheme:
    """One entry of ``components/securitySchemes`` as the configuration needs it.

    ``arguments`` are the configuration attributes holding the secret: one, or two for HTTP basic
    (user name, password), or three for OAuth2 with a client-credentials flow (a token the user
    supplies, client id, client secret).  ``env`` is read when the (first) attribute is not
    given, ``client_env`` when the client id / secret are not.
    """

    key: str
    kind: Literal["bearer", "basic", "apikey", "oauth2", "openid"]
    arguments: tuple[str, ...]
    env: str | None = None
    location: Literal["header", "query", "cookie"] = "header"
    param: str = "Authorization"
    http_scheme: str = "Bearer"
    """The ``Authorization`` prefix of a token: ``Bearer`` or an HTTP scheme's own name."""
    token_url: str | None = None
    """OAuth2 client credentials: where tokens are fetched (None: the user supplies a token)."""
    client_env: tuple[str | None, str | None] = (None, None)
    """Environment variables of the client id and secret."""

    def env_for(self, index: int) -> str | None:
        """The environment variable read when argument ``index`` is not given."""
        if self.kind == "basic":
            return None
        if index == 0:
            return self.env
        if self.token_url is not None and index in (1, 2):
            return self.client_env[index - 1]
        return None

    def client_credentials(self, values: Mapping[str, str | None]) -> tuple[str, str] | None:
        """``(client id, secret)`` when tokens are to be fetched with them: the scheme has a
        client-credentials flow, both are set, and no token was supplied."""
        if self.token_url is None or len(self.arguments) < 3 or values.get(self.arguments[0]):
            return None
        client_id, secret = values.get(self.arguments[1]), values.get(self.arguments[2])
        if not client_id or not secret:
            return None
        return client_id, secret

    def credential(self, values: Mapping[str, str | None]) -> Credential | None:
        """The credential for this scheme from attribute values, or None when none is set."""
        secret = values.get(self.arguments[0])
        if self.kind == "basic":
            if secret is None:
                return None
            password = values.get(self.arguments[1]) if len(self.arguments) > 1 else None
            token = base64.b64encode(f"{secret}:{password or ''}".encode()).decode("ascii")
            return ("header", "Authorization", f"Basic {token}")
        if not secret:
            return None
        if self.kind == "apikey":
            return (self.location, self.param, secret)
        return ("header", "Authorization", f"{self.http_scheme} {secret}")
