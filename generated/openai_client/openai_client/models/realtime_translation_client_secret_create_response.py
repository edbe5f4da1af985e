"""RealtimeTranslationClientSecretCreateResponse."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_translation_session import RealtimeTranslationSession

__all__ = ["RealtimeTranslationClientSecretCreateResponse"]


class RealtimeTranslationClientSecretCreateResponse(OagenModel):
    """Response from creating a translation session and client secret for the Realtime API."""

    value: str
    """The generated client secret value."""

    expires_at: int
    """Expiration timestamp for the client secret, in seconds since epoch."""

    session: RealtimeTranslationSession
