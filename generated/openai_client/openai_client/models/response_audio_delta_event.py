"""ResponseAudioDeltaEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseAudioDeltaEvent"]


class ResponseAudioDeltaEvent(OagenModel):
    """Emitted when there is a partial audio response."""

    type: Literal["response.audio.delta"]
    """The type of the event. Always `response.audio.delta`."""

    sequence_number: int
    """A sequence number for this chunk of the stream response."""

    delta: str
    """A chunk of Base64 encoded response audio bytes."""
