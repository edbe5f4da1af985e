"""VideoListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .video_resource import VideoResource

__all__ = ["VideoListResource"]


class VideoListResource(OagenModel):
    """VideoListResource"""

    object: Literal["list"]
    """The type of object returned, must be `list`.

    Server default: ``"list"``."""

    data: list[VideoResource]
    """A list of items"""

    first_id: str | None

    last_id: str | None

    has_more: bool
    """Whether there are more items available."""
