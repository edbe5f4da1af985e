"""RealtimeTranslationSessionAudioInputNoiseReductionVariant1."""

from __future__ import annotations

from .._models import OagenModel
from .noise_reduction_type import NoiseReductionType

__all__ = ["RealtimeTranslationSessionAudioInputNoiseReductionVariant1"]


class RealtimeTranslationSessionAudioInputNoiseReductionVariant1(OagenModel):
    """Optional input noise reduction."""

    type: NoiseReductionType | str
