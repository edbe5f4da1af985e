"""InviteRequest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .invite_request_projects_item import InviteRequestProjectsItem, InviteRequestProjectsItemParam

__all__ = ["InviteRequest", "InviteRequestParam"]


class InviteRequest(OagenModel):
    """InviteRequest"""

    email: str
    """Send an email to this address"""

    role: Literal["reader", "owner"] | str
    """`owner` or `reader`"""

    projects: list[InviteRequestProjectsItem] | None = None
    """An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one."""


class InviteRequestParam(TypedDict, total=False):
    """Request form of :class:`InviteRequest`: a dict a type checker can check."""

    email: Required[str]
    """Send an email to this address"""

    role: Required[Literal["reader", "owner"]]
    """`owner` or `reader`"""

    projects: Sequence[InviteRequestProjectsItemParam | InviteRequestProjectsItem]
    """An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one."""
