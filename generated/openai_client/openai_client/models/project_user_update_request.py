"""ProjectUserUpdateRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ProjectUserUpdateRequest"]


class ProjectUserUpdateRequest(OagenModel):
    """ProjectUserUpdateRequest"""

    role: str | None = None
    """`owner` or `member`"""
