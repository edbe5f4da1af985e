"""ProjectUpdateRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ProjectUpdateRequest", "ProjectUpdateRequestParam"]


class ProjectUpdateRequest(OagenModel):
    """ProjectUpdateRequest"""

    name: str | None = None
    """The updated name of the project, this name appears in reports."""

    external_key_id: str | None = None
    """External key ID to associate with the project."""

    geography: str | None = None
    """Geography for the project."""


class ProjectUpdateRequestParam(TypedDict, total=False):
    """Request form of :class:`ProjectUpdateRequest`: a dict a type checker can check."""

    name: str | None
    """The updated name of the project, this name appears in reports."""

    external_key_id: str | None
    """External key ID to associate with the project."""

    geography: str | None
    """Geography for the project."""
