"""AuditLogIpAllowlistConfigActivated."""

from __future__ import annotations

from .._models import OagenModel
from .audit_log_ip_allowlist_config_activated_configs_item import (
    AuditLogIpAllowlistConfigActivatedConfigsItem,
)

__all__ = ["AuditLogIpAllowlistConfigActivated"]


class AuditLogIpAllowlistConfigActivated(OagenModel):
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None = None
    """The configurations that were activated."""
