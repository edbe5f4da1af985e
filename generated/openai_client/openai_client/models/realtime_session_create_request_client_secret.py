"""RealtimeSessionCreateRequestClientSecret."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeSessionCreateRequestClientSecret"]


class RealtimeSessionCreateRequestClientSecret(OagenModel):
    """Ephemeral key returned by the API."""

    value: str
    """Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side."""

    expires_at: int
    """Timestamp for when the token expires. Currently, all tokens expire
    after one minute."""
