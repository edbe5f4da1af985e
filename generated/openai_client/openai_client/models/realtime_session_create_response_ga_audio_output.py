"""RealtimeSessionCreateResponseGAAudioOutput."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_audio_formats import RealtimeAudioFormats
from .voice_ids_shared import VoiceIdsShared

__all__ = ["RealtimeSessionCreateResponseGAAudioOutput"]


class RealtimeSessionCreateResponseGAAudioOutput(OagenModel):
    """RealtimeSessionCreateResponseGAAudioOutput"""

    format: RealtimeAudioFormats | None = None
    """The format of the output audio."""

    voice: VoiceIdsShared | None = None
    """The voice the model uses to respond. Voice cannot be changed during the
    session once the model has responded with audio at least once. Current
    voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    `shimmer`, `verse`, `marin`, and `cedar`. We recommend `marin` and `cedar` for
    best quality.

    Server default: ``"alloy"``."""

    speed: float | None = None
    """The speed of the model's spoken response as a multiple of the original speed.
    1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.

    This parameter is a post-processing adjustment to the audio after it is generated, it's
    also possible to prompt the model to speak faster or slower.

    Server default: ``1``."""
