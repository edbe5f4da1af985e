"""SkillReferenceParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["SkillReferenceParam", "SkillReferenceParamParam"]


class SkillReferenceParam(OagenModel):
    """SkillReferenceParam"""

    type: Literal["skill_reference"]
    """References a skill created with the /v1/skills endpoint.

    Server default: ``"skill_reference"``."""

    skill_id: str
    """The ID of the referenced skill."""

    version: str | None = None
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""


class SkillReferenceParamParam(TypedDict, total=False):
    """Request form of :class:`SkillReferenceParam`: a dict a type checker can check."""

    type: Required[Literal["skill_reference"]]
    """References a skill created with the /v1/skills endpoint."""

    skill_id: Required[str]
    """The ID of the referenced skill."""

    version: str
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""
