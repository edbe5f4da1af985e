"""LocalEnvironmentParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .local_skill_param import LocalSkillParam

__all__ = ["LocalEnvironmentParam"]


class LocalEnvironmentParam(OagenModel):
    """LocalEnvironmentParam"""

    type: Literal["local"]
    """Use a local computer environment.

    Server default: ``"local"``."""

    skills: list[LocalSkillParam] | None = None
    """An optional list of skills."""
