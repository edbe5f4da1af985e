"""AuditLogIpAllowlistConfigDeactivated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_ip_allowlist_config_deactivated_configs_item import (
    AuditLogIpAllowlistConfigDeactivatedConfigsItem,
)

__all__ = ["AuditLogIpAllowlistConfigDeactivated"]


class AuditLogIpAllowlistConfigDeactivated(OagenModel):
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigDeactivatedConfigsItem] | None = None
    """The configurations that were deactivated."""
