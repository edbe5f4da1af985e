"""RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .noise_reduction_type import NoiseReductionType

__all__ = [
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1Param",
]


class RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1(OagenModel):
    """Optional input noise reduction. Set to `null` to disable it."""

    type: NoiseReductionType | str


class RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1Param(
    TypedDict, total=False
):
    """Request form of :class:`RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1`: a dict a type checker can check."""

    type: Required[NoiseReductionType]
