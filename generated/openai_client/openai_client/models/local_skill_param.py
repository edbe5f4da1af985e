"""LocalSkillParam."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["LocalSkillParam", "LocalSkillParamParam"]


class LocalSkillParam(OagenModel):
    """LocalSkillParam"""

    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    path: str
    """The path to the directory containing the skill."""


class LocalSkillParamParam(TypedDict, total=False):
    """Request form of :class:`LocalSkillParam`: a dict a type checker can check."""

    name: Required[str]
    """The name of the skill."""

    description: Required[str]
    """The description of the skill."""

    path: Required[str]
    """The path to the directory containing the skill."""
