"""InviteRequestProjectsItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["InviteRequestProjectsItem"]


class InviteRequestProjectsItem(OagenModel):
    """InviteRequestProjectsItem"""

    id: str
    """Project's public ID"""

    role: Literal["member", "owner"] | str
    """Project membership role"""
