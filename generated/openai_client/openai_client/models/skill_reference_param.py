"""SkillReferenceParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["SkillReferenceParam"]


class SkillReferenceParam(OagenModel):
    """SkillReferenceParam"""

    type: Literal["skill_reference"]
    """References a skill created with the /v1/skills endpoint.

    Server default: ``"skill_reference"``."""

    skill_id: str
    """The ID of the referenced skill."""

    version: str | None = None
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""
