"""ChatCompletionRequestAssistantMessageAudioVariant1."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "ChatCompletionRequestAssistantMessageAudioVariant1",
    "ChatCompletionRequestAssistantMessageAudioVariant1Param",
]


class ChatCompletionRequestAssistantMessageAudioVariant1(OagenModel):
    """Data about a previous audio response from the model.
    [Learn more](/docs/guides/audio)."""

    id: str
    """Unique identifier for a previous audio response from the model."""


class ChatCompletionRequestAssistantMessageAudioVariant1Param(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestAssistantMessageAudioVariant1`: a dict a type checker can check."""

    id: Required[str]
    """Unique identifier for a previous audio response from the model."""
