"""HostedToolPermissionUpdate."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["HostedToolPermissionUpdate", "HostedToolPermissionUpdateParam"]


class HostedToolPermissionUpdate(OagenModel):
    """HostedToolPermissionUpdate"""

    enabled: bool
    """Whether to enable the hosted tool for the project."""


class HostedToolPermissionUpdateParam(TypedDict, total=False):
    """Request form of :class:`HostedToolPermissionUpdate`: a dict a type checker can check."""

    enabled: Required[bool]
    """Whether to enable the hosted tool for the project."""
