"""InlineSkillParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .inline_skill_source_param import InlineSkillSourceParam

__all__ = ["InlineSkillParam"]


class InlineSkillParam(OagenModel):
    """InlineSkillParam"""

    type: Literal["inline"]
    """Defines an inline skill for this request.

    Server default: ``"inline"``."""

    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    source: InlineSkillSourceParam
    """Inline skill payload"""
