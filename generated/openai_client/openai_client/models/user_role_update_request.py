"""UserRoleUpdateRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["UserRoleUpdateRequest"]


class UserRoleUpdateRequest(OagenModel):
    """UserRoleUpdateRequest"""

    role: str | None = None
    """`owner` or `reader`"""

    role_id: str | None = None
    """Role ID to assign to the user."""

    technical_level: str | None = None
    """Technical level metadata."""

    developer_persona: str | None = None
    """Developer persona metadata."""
