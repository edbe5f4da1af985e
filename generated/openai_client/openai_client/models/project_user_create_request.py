"""ProjectUserCreateRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ProjectUserCreateRequest", "ProjectUserCreateRequestParam"]


class ProjectUserCreateRequest(OagenModel):
    """ProjectUserCreateRequest"""

    user_id: str | None = None
    """The ID of the user."""

    email: str | None = None
    """Email of the user to add."""

    role: str
    """`owner` or `member`"""


class ProjectUserCreateRequestParam(TypedDict, total=False):
    """Request form of :class:`ProjectUserCreateRequest`: a dict a type checker can check."""

    user_id: str | None
    """The ID of the user."""

    email: str | None
    """Email of the user to add."""

    role: Required[str]
    """`owner` or `member`"""
