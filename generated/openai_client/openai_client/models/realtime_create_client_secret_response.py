"""RealtimeCreateClientSecretResponse."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_create_client_secret_response_session import (
    RealtimeCreateClientSecretResponseSession,
)

__all__ = ["RealtimeCreateClientSecretResponse"]


class RealtimeCreateClientSecretResponse(OagenModel):
    """Response from creating a session and client secret for the Realtime API."""

    value: str
    """The generated client secret value."""

    expires_at: int
    """Expiration timestamp for the client secret, in seconds since epoch."""

    session: RealtimeCreateClientSecretResponseSession
    """The session configuration for either a realtime or transcription session."""
