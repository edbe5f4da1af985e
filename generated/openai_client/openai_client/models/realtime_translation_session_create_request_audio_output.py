"""RealtimeTranslationSessionCreateRequestAudioOutput."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "RealtimeTranslationSessionCreateRequestAudioOutput",
    "RealtimeTranslationSessionCreateRequestAudioOutputParam",
]


class RealtimeTranslationSessionCreateRequestAudioOutput(OagenModel):
    """RealtimeTranslationSessionCreateRequestAudioOutput"""

    language: str | None = None
    """Target language for translated output audio and transcript deltas."""


class RealtimeTranslationSessionCreateRequestAudioOutputParam(TypedDict, total=False):
    """Request form of :class:`RealtimeTranslationSessionCreateRequestAudioOutput`: a dict a type checker can check."""

    language: str
    """Target language for translated output audio and transcript deltas."""
