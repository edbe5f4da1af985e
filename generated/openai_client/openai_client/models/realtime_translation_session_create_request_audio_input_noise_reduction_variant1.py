"""RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1."""

from __future__ import annotations

from .._models import OagenModel
from .noise_reduction_type import NoiseReductionType

__all__ = ["RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1"]


class RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1(OagenModel):
    """Optional input noise reduction. Set to `null` to disable it."""

    type: NoiseReductionType | str
