"""DeletedSkillVersionResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeletedSkillVersionResource"]


class DeletedSkillVersionResource(OagenModel):
    """DeletedSkillVersionResource"""

    object: Literal["skill.version.deleted"]
    """Server default: ``"skill.version.deleted"``."""

    deleted: bool

    id: str

    version: str
    """The deleted skill version."""
