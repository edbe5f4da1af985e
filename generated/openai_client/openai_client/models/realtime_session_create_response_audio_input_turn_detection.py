"""RealtimeSessionCreateResponseAudioInputTurnDetection."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeSessionCreateResponseAudioInputTurnDetection"]


class RealtimeSessionCreateResponseAudioInputTurnDetection(OagenModel):
    """Configuration for turn detection."""

    type: str | None = None
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: float | None = None

    prefix_padding_ms: int | None = None

    silence_duration_ms: int | None = None
