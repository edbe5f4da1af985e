"""ProjectUserCreateRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ProjectUserCreateRequest"]


class ProjectUserCreateRequest(OagenModel):
    """ProjectUserCreateRequest"""

    user_id: str | None = None
    """The ID of the user."""

    email: str | None = None
    """Email of the user to add."""

    role: str
    """`owner` or `member`"""
