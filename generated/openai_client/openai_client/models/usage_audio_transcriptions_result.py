"""UsageAudioTranscriptionsResult."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UsageAudioTranscriptionsResult"]


class UsageAudioTranscriptionsResult(OagenModel):
    """The aggregated audio transcriptions usage details of the specific time bucket."""

    object: Literal["organization.usage.audio_transcriptions.result"]

    seconds: int
    """The number of seconds processed."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    model: str | None = None
