"""ProjectApiKeyOwner."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount
from .project_api_key_owner_user import ProjectApiKeyOwnerUser

__all__ = ["ProjectApiKeyOwner"]


class ProjectApiKeyOwner(OagenModel):
    """ProjectApiKeyOwner"""

    type: Literal["user", "service_account"] | str | None = None
    """`user` or `service_account`"""

    user: ProjectApiKeyOwnerUser | None = None

    service_account: ProjectApiKeyOwnerServiceAccount | None = None
