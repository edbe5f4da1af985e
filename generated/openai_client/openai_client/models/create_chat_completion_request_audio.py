"""CreateChatCompletionRequestAudio."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice, VoiceIdsOrCustomVoiceParam

__all__ = ["CreateChatCompletionRequestAudio", "CreateChatCompletionRequestAudioParam"]


class CreateChatCompletionRequestAudio(OagenModel):
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](/docs/guides/audio)."""

    voice: VoiceIdsOrCustomVoice
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `nova`, `onyx`,
    `sage`, `shimmer`, `marin`, and `cedar`. You may also provide a
    custom voice object with an `id`, for example `{ "id": "voice_1234" }`."""

    format: Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"] | str
    """Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`,
    `opus`, or `pcm16`."""


class CreateChatCompletionRequestAudioParam(TypedDict, total=False):
    """Request form of :class:`CreateChatCompletionRequestAudio`: a dict a type checker can check."""

    voice: Required[VoiceIdsOrCustomVoiceParam]
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `nova`, `onyx`,
    `sage`, `shimmer`, `marin`, and `cedar`. You may also provide a
    custom voice object with an `id`, for example `{ "id": "voice_1234" }`."""

    format: Required[Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"]]
    """Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`,
    `opus`, or `pcm16`."""
