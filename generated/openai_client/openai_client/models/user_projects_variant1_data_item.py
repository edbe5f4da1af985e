"""UserProjectsVariant1DataItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["UserProjectsVariant1DataItem"]


class UserProjectsVariant1DataItem(OagenModel):
    """UserProjectsVariant1DataItem"""

    id: str | None = None

    name: str | None = None

    role: str | None = None
