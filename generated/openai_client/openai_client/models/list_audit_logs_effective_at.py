"""ListAuditLogsEffectiveAt."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ListAuditLogsEffectiveAt"]


class ListAuditLogsEffectiveAt(OagenModel):
    """ListAuditLogsEffectiveAt"""

    gt: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is greater than this value."""

    gte: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is greater than or equal to this value."""

    lt: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is less than this value."""

    lte: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is less than or equal to this value."""
