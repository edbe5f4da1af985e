"""RealtimeTranslationClientSecretCreateRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .realtime_translation_client_secret_create_request_expires_after import (
    RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    RealtimeTranslationClientSecretCreateRequestExpiresAfterParam,
)
from .realtime_translation_session_create_request import (
    RealtimeTranslationSessionCreateRequest,
    RealtimeTranslationSessionCreateRequestParam,
)

__all__ = [
    "RealtimeTranslationClientSecretCreateRequest",
    "RealtimeTranslationClientSecretCreateRequestParam",
]


class RealtimeTranslationClientSecretCreateRequest(OagenModel):
    """Create a translation session and client secret for the Realtime API."""

    expires_after: RealtimeTranslationClientSecretCreateRequestExpiresAfter | None = None
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires."""

    session: RealtimeTranslationSessionCreateRequest


class RealtimeTranslationClientSecretCreateRequestParam(TypedDict, total=False):
    """Request form of :class:`RealtimeTranslationClientSecretCreateRequest`: a dict a type checker can check."""

    expires_after: (
        RealtimeTranslationClientSecretCreateRequestExpiresAfterParam
        | RealtimeTranslationClientSecretCreateRequestExpiresAfter
    )
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires."""

    session: Required[
        RealtimeTranslationSessionCreateRequestParam | RealtimeTranslationSessionCreateRequest
    ]
