"""UsageCompletionsResult."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UsageCompletionsResult"]


class UsageCompletionsResult(OagenModel):
    """The aggregated completions usage details of the specific time bucket."""

    object: Literal["organization.usage.completions.result"]

    input_tokens: int
    """The aggregated number of text input tokens used, including cached tokens. For customers subscribe to scale tier, this includes scale tier tokens."""

    input_cached_tokens: int | None = None
    """The aggregated number of text input tokens that has been cached from previous requests. For customers subscribe to scale tier, this includes scale tier tokens."""

    output_tokens: int
    """The aggregated number of text output tokens used. For customers subscribe to scale tier, this includes scale tier tokens."""

    input_audio_tokens: int | None = None
    """The aggregated number of audio input tokens used, including cached tokens."""

    output_audio_tokens: int | None = None
    """The aggregated number of audio output tokens used."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    model: str | None = None

    batch: bool | None = None

    service_tier: str | None = None
