"""RealtimeTranslationServerEventSessionOutputAudioDelta."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeTranslationServerEventSessionOutputAudioDelta"]


class RealtimeTranslationServerEventSessionOutputAudioDelta(OagenModel):
    """Returned when translated output audio is available. Output audio deltas are
    200 ms frames of PCM16 audio."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.output_audio.delta"]
    """The event type, must be `session.output_audio.delta`."""

    delta: str
    """Base64-encoded translated audio data."""

    sample_rate: int | None = None
    """Sample rate of the audio delta.

    Server default: ``24000``."""

    channels: int | None = None
    """Number of audio channels.

    Server default: ``1``."""

    format: Literal["pcm16"] | None = None
    """Audio encoding for `delta`."""

    elapsed_ms: int | None = None
