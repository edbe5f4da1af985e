"""ProjectServiceAccountCreateRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ProjectServiceAccountCreateRequest"]


class ProjectServiceAccountCreateRequest(OagenModel):
    """ProjectServiceAccountCreateRequest"""

    name: str
    """The name of the service account being created."""
