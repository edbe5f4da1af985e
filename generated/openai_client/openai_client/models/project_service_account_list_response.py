"""ProjectServiceAccountListResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .project_service_account import ProjectServiceAccount

__all__ = ["ProjectServiceAccountListResponse"]


class ProjectServiceAccountListResponse(OagenModel):
    """ProjectServiceAccountListResponse"""

    object: Literal["list"]

    data: list[ProjectServiceAccount]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
