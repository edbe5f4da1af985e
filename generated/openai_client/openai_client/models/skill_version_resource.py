"""SkillVersionResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["SkillVersionResource"]


class SkillVersionResource(OagenModel):
    """SkillVersionResource"""

    object: Literal["skill.version"]
    """The object type, which is `skill.version`.

    Server default: ``"skill.version"``."""

    id: str
    """Unique identifier for the skill version."""

    skill_id: str
    """Identifier of the skill for this version."""

    version: str
    """Version number for this skill."""

    created_at: int
    """Unix timestamp (seconds) for when the version was created."""

    name: str
    """Name of the skill version."""

    description: str
    """Description of the skill version."""
