"""ProjectModelPermissionsUpdateRequest."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectModelPermissionsUpdateRequest"]


class ProjectModelPermissionsUpdateRequest(OagenModel):
    """ProjectModelPermissionsUpdateRequest"""

    mode: Literal["allow_list", "deny_list"] | str
    """The model permissions mode to apply."""

    model_ids: list[str]
    """The model IDs included in this permissions policy."""
