"""UserRoleUpdateRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["UserRoleUpdateRequest", "UserRoleUpdateRequestParam"]


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


class UserRoleUpdateRequestParam(TypedDict, total=False):
    """Request form of :class:`UserRoleUpdateRequest`: a dict a type checker can check."""

    role: str | None
    """`owner` or `reader`"""

    role_id: str | None
    """Role ID to assign to the user."""

    technical_level: str | None
    """Technical level metadata."""

    developer_persona: str | None
    """Developer persona metadata."""
