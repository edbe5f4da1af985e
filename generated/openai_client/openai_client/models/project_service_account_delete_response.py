"""ProjectServiceAccountDeleteResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectServiceAccountDeleteResponse"]


class ProjectServiceAccountDeleteResponse(OagenModel):
    """ProjectServiceAccountDeleteResponse"""

    object: Literal["organization.project.service_account.deleted"]

    id: str

    deleted: bool
