"""ResponseItemList."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .item_resource import ItemResource

__all__ = ["ResponseItemList"]


class ResponseItemList(OagenModel):
    """A list of Response items."""

    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: list[ItemResource]
    """A list of items used to generate this response."""

    has_more: bool
    """Whether there are more items available."""

    first_id: str
    """The ID of the first item in the list."""

    last_id: str
    """The ID of the last item in the list."""
