"""ProjectUserDeleteResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectUserDeleteResponse"]


class ProjectUserDeleteResponse(OagenModel):
    """ProjectUserDeleteResponse"""

    object: Literal["organization.project.user.deleted"]

    id: str

    deleted: bool
