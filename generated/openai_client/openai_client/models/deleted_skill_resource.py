"""DeletedSkillResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeletedSkillResource"]


class DeletedSkillResource(OagenModel):
    """DeletedSkillResource"""

    object: Literal["skill.deleted"]
    """Server default: ``"skill.deleted"``."""

    deleted: bool

    id: str
