"""InviteRequestProjectsItem."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["InviteRequestProjectsItem", "InviteRequestProjectsItemParam"]


class InviteRequestProjectsItem(OagenModel):
    """InviteRequestProjectsItem"""

    id: str
    """Project's public ID"""

    role: Literal["member", "owner"] | str
    """Project membership role"""


class InviteRequestProjectsItemParam(TypedDict, total=False):
    """Request form of :class:`InviteRequestProjectsItem`: a dict a type checker can check."""

    id: Required[str]
    """Project's public ID"""

    role: Required[Literal["member", "owner"]]
    """Project membership role"""
