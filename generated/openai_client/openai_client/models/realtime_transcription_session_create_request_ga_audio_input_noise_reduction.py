"""RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .noise_reduction_type import NoiseReductionType

__all__ = [
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam",
]


class RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction(OagenModel):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    type: NoiseReductionType | str | None = None


class RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam(
    TypedDict, total=False
):
    """Request form of :class:`RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction`: a dict a type checker can check."""

    type: NoiseReductionType
