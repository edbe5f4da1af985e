"""ChatCompletionRequestAssistantMessageAudioVariant1."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatCompletionRequestAssistantMessageAudioVariant1"]


class ChatCompletionRequestAssistantMessageAudioVariant1(OagenModel):
    """Data about a previous audio response from the model.
    [Learn more](/docs/guides/audio)."""

    id: str
    """Unique identifier for a previous audio response from the model."""
