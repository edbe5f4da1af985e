"""InviteRequest."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .invite_request_projects_item import InviteRequestProjectsItem

__all__ = ["InviteRequest"]


class InviteRequest(OagenModel):
    """InviteRequest"""

    email: str
    """Send an email to this address"""

    role: Literal["reader", "owner"] | str
    """`owner` or `reader`"""

    projects: list[InviteRequestProjectsItem] | None = None
    """An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one."""
