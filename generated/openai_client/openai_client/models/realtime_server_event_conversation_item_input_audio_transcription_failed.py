"""RealtimeServerEventConversationItemInputAudioTranscriptionFailed."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
    RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
)

__all__ = ["RealtimeServerEventConversationItemInputAudioTranscriptionFailed"]


class RealtimeServerEventConversationItemInputAudioTranscriptionFailed(OagenModel):
    """Returned when input audio transcription is configured, and a transcription
    request for a user message failed. These events are separate from other
    `error` events so that the client can identify the related Item."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.failed"]
    """The event type, must be
    `conversation.item.input_audio_transcription.failed`."""

    item_id: str
    """The ID of the user message item."""

    content_index: int
    """The index of the content part containing the audio."""

    error: RealtimeServerEventConversationItemInputAudioTranscriptionFailedError
    """Details of the transcription error."""
