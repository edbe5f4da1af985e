"""CreateSkillBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateSkillBody"]


class CreateSkillBody(OagenModel):
    """Uploads a skill either as a directory (multipart `files[]`) or as a single zip file."""

    files: list[bytes] | bytes
