"""UpdateProjectServiceAccountBody."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UpdateProjectServiceAccountBody"]


class UpdateProjectServiceAccountBody(OagenModel):
    """Parameters for updating a project service account."""

    name: str | None = None
    """The updated service account name."""

    role: Literal["member", "owner"] | str | None = None
    """The updated service account role."""
