"""ThreadListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .thread_resource import ThreadResource

__all__ = ["ThreadListResource"]


class ThreadListResource(OagenModel):
    """A paginated list of ChatKit threads."""

    object: Literal["list"]
    """The type of object returned, must be `list`.

    Server default: ``"list"``."""

    data: list[ThreadResource]
    """A list of items"""

    first_id: str | None

    last_id: str | None

    has_more: bool
    """Whether there are more items available."""
