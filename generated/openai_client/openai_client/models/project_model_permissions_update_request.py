"""ProjectModelPermissionsUpdateRequest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ProjectModelPermissionsUpdateRequest", "ProjectModelPermissionsUpdateRequestParam"]


class ProjectModelPermissionsUpdateRequest(OagenModel):
    """ProjectModelPermissionsUpdateRequest"""

    mode: Literal["allow_list", "deny_list"] | str
    """The model permissions mode to apply."""

    model_ids: list[str]
    """The model IDs included in this permissions policy."""


class ProjectModelPermissionsUpdateRequestParam(TypedDict, total=False):
    """Request form of :class:`ProjectModelPermissionsUpdateRequest`: a dict a type checker can check."""

    mode: Required[Literal["allow_list", "deny_list"]]
    """The model permissions mode to apply."""

    model_ids: Required[Sequence[str]]
    """The model IDs included in this permissions policy."""
