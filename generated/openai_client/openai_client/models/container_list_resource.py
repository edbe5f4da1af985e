"""ContainerListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .container_resource import ContainerResource

__all__ = ["ContainerListResource"]


class ContainerListResource(OagenModel):
    """ContainerListResource"""

    object: Literal["list"]
    """The type of object returned, must be 'list'."""

    data: list[ContainerResource]
    """A list of containers."""

    first_id: str
    """The ID of the first container in the list."""

    last_id: str
    """The ID of the last container in the list."""

    has_more: bool
    """Whether there are more containers available."""
