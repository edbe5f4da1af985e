"""ProjectUpdateRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ProjectUpdateRequest"]


class ProjectUpdateRequest(OagenModel):
    """ProjectUpdateRequest"""

    name: str | None = None
    """The updated name of the project, this name appears in reports."""

    external_key_id: str | None = None
    """External key ID to associate with the project."""

    geography: str | None = None
    """Geography for the project."""
