"""ProjectServiceAccountApiKey."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectServiceAccountApiKey"]


class ProjectServiceAccountApiKey(OagenModel):
    """ProjectServiceAccountApiKey"""

    object: Literal["organization.project.service_account.api_key"]
    """The object type, which is always `organization.project.service_account.api_key`"""

    value: str

    name: str

    created_at: int

    id: str
