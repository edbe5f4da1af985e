"""UsageEmbeddingsResult."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UsageEmbeddingsResult"]


class UsageEmbeddingsResult(OagenModel):
    """The aggregated embeddings usage details of the specific time bucket."""

    object: Literal["organization.usage.embeddings.result"]

    input_tokens: int
    """The aggregated number of input tokens used."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    model: str | None = None
