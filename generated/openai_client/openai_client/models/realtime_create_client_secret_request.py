"""RealtimeCreateClientSecretRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .realtime_create_client_secret_request_expires_after import (
    RealtimeCreateClientSecretRequestExpiresAfter,
    RealtimeCreateClientSecretRequestExpiresAfterParam,
)
from .realtime_create_client_secret_request_session import (
    RealtimeCreateClientSecretRequestSession,
    RealtimeCreateClientSecretRequestSessionParam,
)

__all__ = ["RealtimeCreateClientSecretRequest", "RealtimeCreateClientSecretRequestParam"]


class RealtimeCreateClientSecretRequest(OagenModel):
    """Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](/docs/guides/realtime)."""

    expires_after: RealtimeCreateClientSecretRequestExpiresAfter | None = None
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires."""

    session: RealtimeCreateClientSecretRequestSession | None = None
    """Session configuration to use for the client secret. Choose either a realtime
    session or a transcription session."""


class RealtimeCreateClientSecretRequestParam(TypedDict, total=False):
    """Request form of :class:`RealtimeCreateClientSecretRequest`: a dict a type checker can check."""

    expires_after: (
        RealtimeCreateClientSecretRequestExpiresAfterParam
        | RealtimeCreateClientSecretRequestExpiresAfter
    )
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires."""

    session: RealtimeCreateClientSecretRequestSessionParam
    """Session configuration to use for the client secret. Choose either a realtime
    session or a transcription session."""
