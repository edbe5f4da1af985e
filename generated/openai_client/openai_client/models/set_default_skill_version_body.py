"""SetDefaultSkillVersionBody."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["SetDefaultSkillVersionBody", "SetDefaultSkillVersionBodyParam"]


class SetDefaultSkillVersionBody(OagenModel):
    """Updates the default version pointer for a skill."""

    default_version: str
    """The skill version number to set as default."""


class SetDefaultSkillVersionBodyParam(TypedDict, total=False):
    """Request form of :class:`SetDefaultSkillVersionBody`: a dict a type checker can check."""

    default_version: Required[str]
    """The skill version number to set as default."""
