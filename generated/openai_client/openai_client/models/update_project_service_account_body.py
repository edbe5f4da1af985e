"""UpdateProjectServiceAccountBody."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["UpdateProjectServiceAccountBody", "UpdateProjectServiceAccountBodyParam"]


class UpdateProjectServiceAccountBody(OagenModel):
    """Parameters for updating a project service account."""

    name: str | None = None
    """The updated service account name."""

    role: Literal["member", "owner"] | str | None = None
    """The updated service account role."""


class UpdateProjectServiceAccountBodyParam(TypedDict, total=False):
    """Request form of :class:`UpdateProjectServiceAccountBody`: a dict a type checker can check."""

    name: str
    """The updated service account name."""

    role: Literal["member", "owner"]
    """The updated service account role."""
