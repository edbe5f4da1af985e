"""ThreadItemListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .thread_item import ThreadItem

__all__ = ["ThreadItemListResource"]


class ThreadItemListResource(OagenModel):
    """A paginated list of thread items rendered for the ChatKit API."""

    object: Literal["list"]
    """The type of object returned, must be `list`.

    Server default: ``"list"``."""

    data: list[ThreadItem]
    """A list of items"""

    first_id: str | None

    last_id: str | None

    has_more: bool
    """Whether there are more items available."""
