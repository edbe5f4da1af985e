"""InlineSkillParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .inline_skill_source_param import InlineSkillSourceParam, InlineSkillSourceParamParam

__all__ = ["InlineSkillParam", "InlineSkillParamParam"]


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


class InlineSkillParamParam(TypedDict, total=False):
    """Request form of :class:`InlineSkillParam`: a dict a type checker can check."""

    type: Required[Literal["inline"]]
    """Defines an inline skill for this request."""

    name: Required[str]
    """The name of the skill."""

    description: Required[str]
    """The description of the skill."""

    source: Required[InlineSkillSourceParamParam | InlineSkillSourceParam]
    """Inline skill payload"""
