"""AuditLogIpAllowlistConfigActivatedConfigsItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogIpAllowlistConfigActivatedConfigsItem"]


class AuditLogIpAllowlistConfigActivatedConfigsItem(OagenModel):
    """AuditLogIpAllowlistConfigActivatedConfigsItem"""

    id: str | None = None
    """The ID of the IP allowlist configuration."""

    name: str | None = None
    """The name of the IP allowlist configuration."""
