"""RealtimeSessionCreateRequestClientSecret."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "RealtimeSessionCreateRequestClientSecret",
    "RealtimeSessionCreateRequestClientSecretParam",
]


class RealtimeSessionCreateRequestClientSecret(OagenModel):
    """Ephemeral key returned by the API."""

    value: str
    """Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side."""

    expires_at: int
    """Timestamp for when the token expires. Currently, all tokens expire
    after one minute."""


class RealtimeSessionCreateRequestClientSecretParam(TypedDict, total=False):
    """Request form of :class:`RealtimeSessionCreateRequestClientSecret`: a dict a type checker can check."""

    value: Required[str]
    """Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side."""

    expires_at: Required[int]
    """Timestamp for when the token expires. Currently, all tokens expire
    after one minute."""
