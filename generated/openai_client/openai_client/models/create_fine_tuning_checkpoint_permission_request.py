"""CreateFineTuningCheckpointPermissionRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CreateFineTuningCheckpointPermissionRequest",
    "CreateFineTuningCheckpointPermissionRequestParam",
]


class CreateFineTuningCheckpointPermissionRequest(OagenModel):
    """CreateFineTuningCheckpointPermissionRequest"""

    project_ids: list[str]
    """The project identifiers to grant access to."""


class CreateFineTuningCheckpointPermissionRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateFineTuningCheckpointPermissionRequest`: a dict a type checker can check."""

    project_ids: Required[Sequence[str]]
    """The project identifiers to grant access to."""
