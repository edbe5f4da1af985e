"""ListAuditLogsResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .audit_log import AuditLog

__all__ = ["ListAuditLogsResponse"]


class ListAuditLogsResponse(OagenModel):
    """ListAuditLogsResponse"""

    object: Literal["list"]

    data: list[AuditLog]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
