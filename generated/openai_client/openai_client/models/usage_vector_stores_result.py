"""UsageVectorStoresResult."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UsageVectorStoresResult"]


class UsageVectorStoresResult(OagenModel):
    """The aggregated vector stores usage details of the specific time bucket."""

    object: Literal["organization.usage.vector_stores.result"]

    usage_bytes: int
    """The vector stores usage in bytes."""

    project_id: str | None = None
