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
    (user name, password).  ``env`` is read when the (first) attribute is not given.
    """

    key: str
    kind: Literal["bearer", "basic", "apikey", "oauth2", "openid"]
    arguments: tuple[str, ...]
    env: str | None = None
    location: Literal["header", "query", "cookie"] = "header"
    param: str = "Authorization"
    http_scheme: str = "Bearer"
    """The ``Authorization`` prefix of a token: ``Bearer`` or an HTTP scheme's own name."""

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
