"""HostedToolPermissionUpdate."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["HostedToolPermissionUpdate"]


class HostedToolPermissionUpdate(OagenModel):
    """HostedToolPermissionUpdate"""

    enabled: bool
    """Whether to enable the hosted tool for the project."""
