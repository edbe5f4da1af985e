"""OAuth2 client credentials (RFC 6749 §4.4): the token request, its answer, and a cache that
keeps each token until shortly before it expires.

The transports (``api_client``) do the I/O, sync or async; everything they need to decide is here.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

import httpx

from .exceptions import TokenError

__all__ = ["TOKEN_EXPIRY_SKEW", "TokenCache", "TokenRequest", "read_token"]

# A token is renewed this many seconds before the server says it expires, so that a request
# never leaves with a token that dies on the way.
TOKEN_EXPIRY_SKEW = 30.0

TokenKey = tuple[str, str, str, tuple[str, ...]]


@dataclass(frozen=True)
class TokenRequest:
    """One token the client needs: where to ask, as whom, for which scopes."""

    token_url: str
    client_id: str
    client_secret: str
    scopes: tuple[str, ...] = ()

    @property
    def key(self) -> TokenKey:
        return (self.token_url, self.client_id, self.client_secret, self.scopes)

    def build(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """The form POST of RFC 6749 §4.4.2; the client authenticates with HTTP basic, its id and
        secret form-urlencoded first (§2.3.1), which every authorization server must accept."""
        data = {"grant_type": "client_credentials"}
        if self.scopes:
            data["scope"] = " ".join(self.scopes)
        pair = f"{quote(self.client_id, safe='')}:{quote(self.client_secret, safe='')}"
        basic = base64.b64encode(pair.encode()).decode("ascii")
        return client.build_request(
            "POST",
            self.token_url,
            data=data,
            headers={"Authorization": f"Basic {basic}", "Accept": "application/json"},
        )


def read_token(response: httpx.Response) -> tuple[str, float | None]:
    """``(access_token, expires_in seconds or None)`` from a read token response; raises
    :class:`TokenError` for an error status or an answer without a token (§5.1, §5.2)."""
    url = response.request.url.copy_with(query=None)
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    if not response.is_success:
        detail = ""
        if isinstance(body, dict) and body.get("error"):
            detail = f": {body['error']}"
            if body.get("error_description"):
                detail += f" ({body['error_description']})"
        raise TokenError(
            f"the token endpoint {url} answered {response.status_code}{detail}",
            request=response.request,
            status_code=response.status_code,
        )
    token = body.get("access_token") if isinstance(body, dict) else None
    if not isinstance(token, str) or not token:
        raise TokenError(
            f"the token endpoint {url} answered without an access_token",
            request=response.request,
            status_code=response.status_code,
        )
    expires_in = body.get("expires_in") if isinstance(body, dict) else None
    if isinstance(expires_in, str):
        try:
            expires_in = float(expires_in)
        except ValueError:
            expires_in = None
    if isinstance(expires_in, bool) or not isinstance(expires_in, (int, float)):
        return token, None
    return token, float(expires_in)


class TokenCache:
    """Tokens by (token URL, client, scopes), each until ``expires_in`` minus the skew; a token
    without ``expires_in`` is kept until :meth:`drop` (a 401 drops it)."""

    def __init__(
        self,
        *,
        skew: float = TOKEN_EXPIRY_SKEW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._skew = skew
        self._clock = clock
        self._tokens: dict[TokenKey, tuple[str, float | None]] = {}

    def get(self, request: TokenRequest) -> str | None:
        entry = self._tokens.get(request.key)
        if entry is None:
            return None
        token, expires_at = entry
        if expires_at is not None and self._clock() >= expires_at:
            del self._tokens[request.key]
            return None
        return token

    def store(self, request: TokenRequest, response: httpx.Response) -> str:
        """Keep the token of a read token response (raising :class:`TokenError` for a failed
        one) and return it."""
        token, expires_in = read_token(response)
        expires_at = None if expires_in is None else self._clock() + expires_in - self._skew
        self._tokens[request.key] = (token, expires_at)
        return token

    def drop(self, request: TokenRequest) -> bool:
        """Forget a token (the server refused it); whether one was cached."""
        return self._tokens.pop(request.key, None) is not None

    def __repr__(self) -> str:  # tokens are secrets: never shown
        return f"TokenCache({len(self._tokens)} token(s))"
