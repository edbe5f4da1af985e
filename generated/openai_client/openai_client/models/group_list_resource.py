"""GroupListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .group_response import GroupResponse

__all__ = ["GroupListResource"]


class GroupListResource(OagenModel):
    """Paginated list of organization groups."""

    object: Literal["list"]
    """Always `list`."""

    data: list[GroupResponse]
    """Groups returned in the current page."""

    has_more: bool
    """Whether additional groups are available when paginating."""

    next: str | None
    """Cursor to fetch the next page of results, or `null` if there are no more results."""
