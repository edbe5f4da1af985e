"""SetDefaultSkillVersionBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["SetDefaultSkillVersionBody"]


class SetDefaultSkillVersionBody(OagenModel):
    """Updates the default version pointer for a skill."""

    default_version: str
    """The skill version number to set as default."""
