"""ProjectServiceAccountCreateRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ProjectServiceAccountCreateRequest", "ProjectServiceAccountCreateRequestParam"]


class ProjectServiceAccountCreateRequest(OagenModel):
    """ProjectServiceAccountCreateRequest"""

    name: str
    """The name of the service account being created."""


class ProjectServiceAccountCreateRequestParam(TypedDict, total=False):
    """Request form of :class:`ProjectServiceAccountCreateRequest`: a dict a type checker can check."""

    name: Required[str]
    """The name of the service account being created."""
