"""AuditLogExternalKeyRegistered."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel

__all__ = ["AuditLogExternalKeyRegistered"]


class AuditLogExternalKeyRegistered(OagenModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the external key configuration."""

    data: dict[str, Any] | None = None
    """The configuration for the external key."""
