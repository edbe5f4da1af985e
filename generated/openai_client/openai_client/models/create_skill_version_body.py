"""CreateSkillVersionBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateSkillVersionBody"]


class CreateSkillVersionBody(OagenModel):
    """Uploads a new immutable version of a skill."""

    files: list[bytes] | bytes

    default: bool | None = None
    """Whether to set this version as the default."""
