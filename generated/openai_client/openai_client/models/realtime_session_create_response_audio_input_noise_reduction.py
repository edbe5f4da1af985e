"""RealtimeSessionCreateResponseAudioInputNoiseReduction."""

from __future__ import annotations

from .._models import OagenModel
from .noise_reduction_type import NoiseReductionType

__all__ = ["RealtimeSessionCreateResponseAudioInputNoiseReduction"]


class RealtimeSessionCreateResponseAudioInputNoiseReduction(OagenModel):
    """Configuration for input audio noise reduction."""

    type: NoiseReductionType | str | None = None
