"""RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .log_prob_properties import LogProbProperties
from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed_usage import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage,
)

__all__ = ["RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted"]


class RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted(OagenModel):
    """This event is the output of audio transcription for user audio written to the
    user audio buffer. Transcription begins when the input audio buffer is
    committed by the client or server (in `server_vad` mode). Transcription runs
    asynchronously with Response creation, so this event may come before or after
    the Response events.

    Realtime API models accept audio natively, and thus input transcription is a
    separate process run on a separate ASR (Automatic Speech Recognition) model.
    The transcript may diverge somewhat from the model's interpretation, and
    should be treated as a rough guide."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.completed"]
    """The event type, must be
    `conversation.item.input_audio_transcription.completed`."""

    item_id: str
    """The ID of the user message item containing the audio."""

    content_index: int
    """The index of the content part containing the audio."""

    transcript: str
    """The transcribed text."""

    logprobs: list[LogProbProperties] | None = None

    usage: RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage
    """Usage statistics for the transcription."""
