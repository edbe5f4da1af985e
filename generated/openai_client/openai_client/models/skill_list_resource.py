"""SkillListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .skill_resource import SkillResource

__all__ = ["SkillListResource"]


class SkillListResource(OagenModel):
    """SkillListResource"""

    object: Literal["list"]
    """The type of object returned, must be `list`.

    Server default: ``"list"``."""

    data: list[SkillResource]
    """A list of items"""

    first_id: str | None

    last_id: str | None

    has_more: bool
    """Whether there are more items available."""
