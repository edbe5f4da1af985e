"""ResponseAudioDoneEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseAudioDoneEvent"]


class ResponseAudioDoneEvent(OagenModel):
    """Emitted when the audio response is complete."""

    type: Literal["response.audio.done"]
    """The type of the event. Always `response.audio.done`."""

    sequence_number: int
    """The sequence number of the delta."""
