"""LocalSkillParam."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["LocalSkillParam"]


class LocalSkillParam(OagenModel):
    """LocalSkillParam"""

    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    path: str
    """The path to the directory containing the skill."""
