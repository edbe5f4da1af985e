"""UsageImagesResult."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UsageImagesResult"]


class UsageImagesResult(OagenModel):
    """The aggregated images usage details of the specific time bucket."""

    object: Literal["organization.usage.images.result"]

    images: int
    """The number of images processed."""

    num_model_requests: int
    """The count of requests made to the model."""

    source: str | None = None

    size: str | None = None

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    model: str | None = None
