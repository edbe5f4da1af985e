"""ProjectUserUpdateRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ProjectUserUpdateRequest", "ProjectUserUpdateRequestParam"]


class ProjectUserUpdateRequest(OagenModel):
    """ProjectUserUpdateRequest"""

    role: str | None = None
    """`owner` or `member`"""


class ProjectUserUpdateRequestParam(TypedDict, total=False):
    """Request form of :class:`ProjectUserUpdateRequest`: a dict a type checker can check."""

    role: str | None
    """`owner` or `member`"""
