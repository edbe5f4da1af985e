"""ResponseAudioTranscriptDeltaEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseAudioTranscriptDeltaEvent"]


class ResponseAudioTranscriptDeltaEvent(OagenModel):
    """Emitted when there is a partial transcript of audio."""

    type: Literal["response.audio.transcript.delta"]
    """The type of the event. Always `response.audio.transcript.delta`."""

    delta: str
    """The partial transcript of the audio response."""

    sequence_number: int
    """The sequence number of this event."""
