"""ProjectCreateRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ProjectCreateRequest"]


class ProjectCreateRequest(OagenModel):
    """ProjectCreateRequest"""

    name: str
    """The friendly name of the project, this name appears in reports."""

    geography: str | None = None
    """Create the project with the specified data residency region. Your organization must have access to Data residency functionality in order to use. See [data residency controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field."""

    external_key_id: str | None = None
    """External key ID to associate with the project."""
