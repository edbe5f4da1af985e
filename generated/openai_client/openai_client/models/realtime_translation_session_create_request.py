"""RealtimeTranslationSessionCreateRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .realtime_translation_session_create_request_audio import (
    RealtimeTranslationSessionCreateRequestAudio,
    RealtimeTranslationSessionCreateRequestAudioParam,
)

__all__ = [
    "RealtimeTranslationSessionCreateRequest",
    "RealtimeTranslationSessionCreateRequestParam",
]


class RealtimeTranslationSessionCreateRequest(OagenModel):
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously."""

    model: str
    """The Realtime translation model used for this session."""

    audio: RealtimeTranslationSessionCreateRequestAudio | None = None
    """Configuration for translation input and output audio."""


class RealtimeTranslationSessionCreateRequestParam(TypedDict, total=False):
    """Request form of :class:`RealtimeTranslationSessionCreateRequest`: a dict a type checker can check."""

    model: Required[str]
    """The Realtime translation model used for this session."""

    audio: (
        RealtimeTranslationSessionCreateRequestAudioParam
        | RealtimeTranslationSessionCreateRequestAudio
    )
    """Configuration for translation input and output audio."""
