"""ProjectApiKeyListResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .project_api_key import ProjectApiKey

__all__ = ["ProjectApiKeyListResponse"]


class ProjectApiKeyListResponse(OagenModel):
    """ProjectApiKeyListResponse"""

    object: Literal["list"]

    data: list[ProjectApiKey]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
