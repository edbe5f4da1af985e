"""ProjectServiceAccountCreateResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .project_service_account_api_key import ProjectServiceAccountApiKey

__all__ = ["ProjectServiceAccountCreateResponse"]


class ProjectServiceAccountCreateResponse(OagenModel):
    """ProjectServiceAccountCreateResponse"""

    object: Literal["organization.project.service_account"]

    id: str

    name: str

    role: Literal["member"]
    """Service accounts can only have one role of type `member`"""

    created_at: int

    api_key: ProjectServiceAccountApiKey | None
