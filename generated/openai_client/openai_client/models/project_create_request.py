"""ProjectCreateRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ProjectCreateRequest", "ProjectCreateRequestParam"]


class ProjectCreateRequest(OagenModel):
    """ProjectCreateRequest"""

    name: str
    """The friendly name of the project, this name appears in reports."""

    geography: str | None = None
    """Create the project with the specified data residency region. Your organization must have access to Data residency functionality in order to use. See [data residency controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field."""

    external_key_id: str | None = None
    """External key ID to associate with the project."""


class ProjectCreateRequestParam(TypedDict, total=False):
    """Request form of :class:`ProjectCreateRequest`: a dict a type checker can check."""

    name: Required[str]
    """The friendly name of the project, this name appears in reports."""

    geography: str | None
    """Create the project with the specified data residency region. Your organization must have access to Data residency functionality in order to use. See [data residency controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field."""

    external_key_id: str | None
    """External key ID to associate with the project."""
