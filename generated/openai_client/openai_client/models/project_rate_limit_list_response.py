"""ProjectRateLimitListResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .project_rate_limit import ProjectRateLimit

__all__ = ["ProjectRateLimitListResponse"]


class ProjectRateLimitListResponse(OagenModel):
    """ProjectRateLimitListResponse"""

    object: Literal["list"]

    data: list[ProjectRateLimit]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
