"""LocalEnvironmentParam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .local_skill_param import LocalSkillParam, LocalSkillParamParam

__all__ = ["LocalEnvironmentParam", "LocalEnvironmentParamParam"]


class LocalEnvironmentParam(OagenModel):
    """LocalEnvironmentParam"""

    type: Literal["local"]
    """Use a local computer environment.

    Server default: ``"local"``."""

    skills: list[LocalSkillParam] | None = None
    """An optional list of skills."""


class LocalEnvironmentParamParam(TypedDict, total=False):
    """Request form of :class:`LocalEnvironmentParam`: a dict a type checker can check."""

    type: Required[Literal["local"]]
    """Use a local computer environment."""

    skills: Sequence[LocalSkillParamParam | LocalSkillParam]
    """An optional list of skills."""
