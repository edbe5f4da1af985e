"""AuditLogIpAllowlistDeleted."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogIpAllowlistDeleted"]


class AuditLogIpAllowlistDeleted(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the IP allowlist configuration."""

    name: str | None = None
    """The name of the IP allowlist configuration."""

    allowed_ips: list[str] | None = None
    """The IP addresses or CIDR ranges that were in the configuration."""
