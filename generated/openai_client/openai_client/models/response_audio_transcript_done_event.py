"""ResponseAudioTranscriptDoneEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseAudioTranscriptDoneEvent"]


class ResponseAudioTranscriptDoneEvent(OagenModel):
    """Emitted when the full audio transcript is completed."""

    type: Literal["response.audio.transcript.done"]
    """The type of the event. Always `response.audio.transcript.done`."""

    sequence_number: int
    """The sequence number of this event."""
