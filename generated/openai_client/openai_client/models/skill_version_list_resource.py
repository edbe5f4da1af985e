"""SkillVersionListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .skill_version_resource import SkillVersionResource

__all__ = ["SkillVersionListResource"]


class SkillVersionListResource(OagenModel):
    """SkillVersionListResource"""

    object: Literal["list"]
    """The type of object returned, must be `list`.

    Server default: ``"list"``."""

    data: list[SkillVersionResource]
    """A list of items"""

    first_id: str | None

    last_id: str | None

    has_more: bool
    """Whether there are more items available."""
