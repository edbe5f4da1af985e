"""UserProjectsVariant1."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .user_projects_variant1_data_item import UserProjectsVariant1DataItem

__all__ = ["UserProjectsVariant1"]


class UserProjectsVariant1(OagenModel):
    """UserProjectsVariant1"""

    object: Literal["list"]

    data: list[UserProjectsVariant1DataItem]
