"""HostedToolPermission."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["HostedToolPermission"]


class HostedToolPermission(OagenModel):
    """Permission state for a single hosted tool on a project."""

    enabled: bool
    """Whether the hosted tool is enabled for the project."""
