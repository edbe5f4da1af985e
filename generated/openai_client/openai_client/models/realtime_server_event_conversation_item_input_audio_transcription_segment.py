"""RealtimeServerEventConversationItemInputAudioTranscriptionSegment."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeServerEventConversationItemInputAudioTranscriptionSegment"]


class RealtimeServerEventConversationItemInputAudioTranscriptionSegment(OagenModel):
    """Returned when an input audio transcription segment is identified for an item."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.segment"]
    """The event type, must be `conversation.item.input_audio_transcription.segment`."""

    item_id: str
    """The ID of the item containing the input audio content."""

    content_index: int
    """The index of the input audio content part within the item."""

    text: str
    """The text for this segment."""

    id: str
    """The segment identifier."""

    speaker: str
    """The detected speaker label for this segment."""

    start: float
    """Start time of the segment in seconds."""

    end: float
    """End time of the segment in seconds."""
