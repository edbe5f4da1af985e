"""RealtimeTranslationClientSecretCreateRequest."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_translation_client_secret_create_request_expires_after import (
    RealtimeTranslationClientSecretCreateRequestExpiresAfter,
)
from .realtime_translation_session_create_request import RealtimeTranslationSessionCreateRequest

__all__ = ["RealtimeTranslationClientSecretCreateRequest"]


class RealtimeTranslationClientSecretCreateRequest(OagenModel):
    """Create a translation session and client secret for the Realtime API."""

    expires_after: RealtimeTranslationClientSecretCreateRequestExpiresAfter | None = None
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires."""

    session: RealtimeTranslationSessionCreateRequest
