"""UsageFileSearchCallsResult."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UsageFileSearchCallsResult"]


class UsageFileSearchCallsResult(OagenModel):
    """The aggregated file search calls usage details of the specific time bucket."""

    object: Literal["organization.usage.file_searches.result"]

    num_requests: int
    """The count of file search calls."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    vector_store_id: str | None = None
