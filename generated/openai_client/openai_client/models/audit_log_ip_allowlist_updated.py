"""AuditLogIpAllowlistUpdated."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogIpAllowlistUpdated"]


class AuditLogIpAllowlistUpdated(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the IP allowlist configuration."""

    allowed_ips: list[str] | None = None
    """The updated set of IP addresses or CIDR ranges in the configuration."""
